/// Shell-style file globs for `--include` / `--exclude`.
///
/// `*` matches any run of characters except `/`, `**` any run including `/`,
/// `?` one character, `[abc]` / `[a-z]` / `[!abc]` a set. A pattern without
/// `/` is matched against the file name alone (`*.csv`); one with `/` against
/// the path relative to the folder given on the command line (`2026/**/*.json`).
/// Hand-written because glibc's `fnmatch` has no `**`.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let scalars: [Unicode.Scalar]
    private let matchesPath: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        self.scalars = Array(pattern.unicodeScalars)
        self.matchesPath = pattern.contains("/")
    }

    public var description: String { pattern }

    /// Whether the file at `relativePath` (with `/` separators) matches.
    public func matches(relativePath: String) -> Bool {
        let subject = matchesPath ? relativePath : String(relativePath.split(separator: "/").last ?? "")
        return Self.match(scalars[...], Array(subject.unicodeScalars)[...])
    }

    private static func match(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = p
        var s = s
        while let c = p.first {
            switch c {
            case "*":
                let doubleStar = p.dropFirst().first == "*"
                let rest = p.dropFirst(doubleStar ? 2 : 1)
                // `**/` also matches no folder at all.
                if doubleStar, rest.first == "/", match(rest.dropFirst(), s) { return true }
                var tail = s
                while true {
                    if match(rest, tail) { return true }
                    guard let next = tail.first, doubleStar || next != "/" else { return false }
                    tail = tail.dropFirst()
                }
            case "?":
                guard let next = s.first, next != "/" else { return false }
                p = p.dropFirst()
                s = s.dropFirst()
            case "[":
                guard let next = s.first, let (matched, after) = matchSet(p.dropFirst(), next) else {
                    // An unclosed `[` is a literal.
                    guard s.first == "[" else { return false }
                    p = p.dropFirst()
                    s = s.dropFirst()
                    continue
                }
                guard matched else { return false }
                p = after
                s = s.dropFirst()
            default:
                guard s.first == c else { return false }
                p = p.dropFirst()
                s = s.dropFirst()
            }
        }
        return s.isEmpty
    }

    /// Matches `ch` against a set body starting after `[`; nil when the set never closes.
    private static func matchSet(_ body: ArraySlice<Unicode.Scalar>, _ ch: Unicode.Scalar) -> (Bool, ArraySlice<Unicode.Scalar>)? {
        var b = body
        var negate = false
        if b.first == "!" || b.first == "^" {
            negate = true
            b = b.dropFirst()
        }
        var matched = false
        var first = true
        while let c = b.first {
            if c == "]" && !first { return (matched != negate, b.dropFirst()) }
            first = false
            b = b.dropFirst()
            if b.first == "-", let hi = b.dropFirst().first, hi != "]" {
                if c.value <= ch.value && ch.value <= hi.value { matched = true }
                b = b.dropFirst(2)
            } else if c == ch {
                matched = true
            }
        }
        return nil
    }
}
