/// Where something came from: a file (or `-` for stdin) and a 1-based line.
///
/// Prints as `path:line`, the form editors and CI logs link.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { "\(path):\(line)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line) < (b.path, b.line)
    }
}
