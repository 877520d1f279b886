import Foundation
import VerbatimModel

/// Reads feedback records from JSON: an array of objects, JSON Lines, an
/// export object holding the array under a key, or Twitter/X's `tweets.js`.
///
/// Streams: an array is split element by element (``JSONElementScanner``),
/// so memory is bounded by the largest record (`maxFieldBytes`), not the file.
/// Where the records are:
/// - `--json-path data.reviews` (syntax in ``JSONPath``) names them;
/// - else a top-level array holds them;
/// - else a top-level object with its own text field is one record;
/// - else the top-level object's only array of objects (at any object-only
///   depth), or, when there are several, the one under a well-known key
///   (`reviews`, `items`, `data`, `results`, `records`, `comments`, `tweets`,
///   `posts`); several unknown ones stop with a message asking for `--json-path`.
///
/// Each record's fields are flattened (``JSONFieldFlattener``) and given roles
/// through ``FieldRecordBuilder``. A malformed, oversized, too deep or
/// truncated record is skipped with its line; reading resumes at the next one.
///
/// ```swift
/// let sink = CollectingSink()
/// try JSONRecordReader.read(InputFile(path: "tweets.js"), options: IngestOptions(), into: sink)
/// sink.records.first?.text   // the first tweet's full_text
/// ```
public enum JSONRecordReader: RecordReader {
    /// Keys whose array is taken when a top-level object holds several arrays of objects.
    static let wellKnownKeys = ["reviews", "items", "data", "results", "records", "comments", "tweets", "posts"]

    public static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        let input = try DecodedInput(file, forcedEncoding: options.encoding, sink: sink)
        // Leading blank chunks are counted, not kept (a file of blanks must not fill memory).
        var first: [UInt8] = []
        var startLine = 1
        while let chunk = try input.nextChunk() {
            if chunk.allSatisfy(isWhitespace) {
                startLine += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                continue
            }
            first = chunk
            break
        }
        guard !first.isEmpty else {
            throw IngestError(.emptyFile, path: file.displayPath, message: "the file holds no JSON")
        }
        if first.prefix(4096).contains(0) {
            throw IngestError(.binaryFile, path: file.displayPath, message: "NUL bytes: this is not a JSON text file")
        }
        let format: InputFormat
        if let forced = options.format, [.json, .jsonLines, .tweetsJS].contains(forced) {
            format = forced
        } else if let sniffed = sniff(first) {
            let name = file.displayPath.lowercased()
            format = sniffed == .json && (name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")) ? .jsonLines : sniffed
        } else {
            throw IngestError(.malformedJSON, path: file.displayPath, line: 1,
                              message: "not JSON: the first character is not '[', '{' or a tweets.js assignment")
        }
        sink.note("format", format.rawValue)
        var context = Context(file: file, options: options, sink: sink, startLine: startLine)
        if format == .jsonLines {
            try readLines(first: first, rest: input, context: &context)
        } else {
            try readDocument(first: first, rest: input, tweetsJS: format == .tweetsJS, context: &context)
        }
        if !context.dropped.isEmpty {
            sink.note("json fields left out", context.dropped.joined(separator: ", ") + " (arrays of objects)")
        }
    }

    /// What reading one file shares between records.
    struct Context {
        let file: InputFile
        let options: IngestOptions
        let sink: RecordSink
        let builder: FieldRecordBuilder
        /// The line the first kept chunk starts on.
        let startLine: Int
        var dropped: [String] = []

        init(file: InputFile, options: IngestOptions, sink: RecordSink, startLine: Int = 1) {
            self.file = file
            self.startLine = startLine
            self.options = options
            self.sink = sink
            self.builder = FieldRecordBuilder(options: options)
        }

        func error(_ code: IngestError.Code, line: Int?, _ message: String) -> IngestError {
            IngestError(code, path: file.displayPath, line: line, message: message)
        }
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Turns one parsed element into a record (or a skip).
    static func handle(_ value: JSONValue, line: Int, ordinal: Int, context: inout Context) {
        let source = RecordSource(file: context.file.displayPath, line: line, ordinal: ordinal)
        guard case .object(let members) = value else {
            context.sink.skip(context.error(.unusableRecord, line: line, "record \(ordinal) is \(value.kindDescription), not an object"))
            return
        }
        let flat = JSONFieldFlattener.flatten(JSONFieldFlattener.unwrap(members))
        for name in flat.dropped where context.dropped.count < 20 && !context.dropped.contains(name) {
            context.dropped.append(name)
        }
        guard let record = context.builder.build(flat.fields, source: source, sink: context.sink) else { return }
        guard record.hasText || record.rating != nil || record.recommend != nil || record.date != nil else {
            context.sink.skip(context.error(.unusableRecord, line: line,
                                            "record \(ordinal) has no text, rating or date field"))
            return
        }
        context.sink.emit(record)
    }

    /// Parses an element's bytes and hands the value on; a parse error skips the record with the failing line.
    static func parseAndHandle(_ bytes: ArraySlice<UInt8>, line: Int, ordinal: Int, atEndOfFile: Bool = false, context: inout Context) {
        do throws(JSONValueParser.Failure) {
            let value = try JSONValueParser.parse(bytes)
            handle(value, line: line, ordinal: ordinal, context: &context)
        } catch {
            let offset = min(error.offset, bytes.count)
            let errorLine = line + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if error.truncated && atEndOfFile {
                context.sink.skip(context.error(.truncated, line: line, "file ends inside record \(ordinal)"))
            } else {
                context.sink.skip(context.error(.malformedJSON, line: errorLine, "record \(ordinal) is not valid JSON (\(error.message)); skipped"))
            }
        }
    }
}
