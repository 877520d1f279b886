/// A problem found while reading XML, with where it happened.
///
/// Prints as `path:line: error: message`, the form editors and CI logs link.
public struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or a label such as `<memory>`) being read.
    public var path: String
    /// 1-based line of the problem, 0 when unknown.
    public var line: Int
    /// What went wrong, in words.
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): error: \(message)" : "\(path): error: \(message)"
    }
}
