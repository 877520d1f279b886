import VerbatimModel

/// A problem met while reading input: a fatal one for a file (thrown) or a
/// per-record one (reported to the ``RecordSink`` and counted).
///
/// Prints as `path:line: error: message [I012]`, the form editors and CI
/// logs link. Respondent text is never part of the message.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable codes, so scripts and tests can match a problem without parsing words.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The file cannot be opened or read.
        case unreadable = "I001"
        /// The file is empty.
        case emptyFile = "I002"
        /// The file looks binary (NUL bytes, control characters) or is a format we do not read.
        case binaryFile = "I003"
        /// Bytes that are not valid in the file's encoding.
        case invalidEncoding = "I004"
        /// A CSV field opened with a quote that never closes.
        case unterminatedQuote = "I005"
        /// A field larger than the limit (`--max-field-bytes`).
        case oversizedField = "I006"
        /// A row whose shape does not fit the table (too many or too few cells).
        case malformedRow = "I007"
        /// Malformed XML or HTML the parser cannot recover from.
        case malformedMarkup = "I008"
        /// XML that declares or references entities (XXE, entity bombs).
        case refusedEntities = "I009"
        /// JSON that does not parse.
        case malformedJSON = "I010"
        /// A record with neither text nor any score, date or field to count.
        case emptyRecord = "I011"
        /// A record the reader cannot use for another reason (no text field in a JSON object…).
        case unusableRecord = "I012"
        /// The file ended in the middle of a record.
        case truncated = "I013"
        /// A value that does not parse (a date, a rating): the record is kept, the value dropped.
        case badValue = "I014"
        /// A user option that does not fit the input (`--map` names a missing column…).
        case badOption = "I015"
        /// A file skipped on purpose (hidden, excluded by a glob).
        case skippedFile = "I016"
    }

    public var code: Code
    /// The input's display path (`-` for stdin).
    public var path: String
    /// 1-based line, when the format has lines.
    public var line: Int?
    /// Byte offset into the file, for encoding problems.
    public var byteOffset: Int?
    /// What went wrong, in words (never respondent text).
    public var message: String

    public init(_ code: Code, path: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): error: \(message) [\(code.rawValue)]"
    }
}
