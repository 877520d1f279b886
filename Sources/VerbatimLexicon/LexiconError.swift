/// A problem in a lexicon file, with where it is.
///
/// Prints as `path:line: error: message` (or `warning:`), like jieba's
/// "invalid dictionary entry in <file> at Line <n>" but in the form editors
/// link. Each problem has a stable code for scripts and docs.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable codes; never renumber.
    public enum Code: String, Sendable, Hashable, Codable {
        case unreadable = "L001"
        case missingHeader = "L002"
        case badHeader = "L003"
        case unknownKind = "L004"
        case fieldCount = "L005"
        case badNumber = "L006"
        case outOfRange = "L007"
        case duplicate = "L008"
        case conflict = "L009"
        case unknownTheme = "L010"
        case emptyTerm = "L011"
        case unsorted = "L012"
        case badValue = "L013"
        case unknownRule = "L014"
        case noLexicon = "L015"
        case override = "L016"
    }

    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, note }

    public var path: String
    /// 1-based line, 0 for the whole file.
    public var line: Int
    public var code: Code
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int, code: Code, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.code = code
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return "\(place): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}
