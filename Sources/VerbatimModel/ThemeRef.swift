/// A theme of the taxonomy, optionally narrowed to a subtheme.
///
/// Written `delivery/late` in lexicon files and reported as
/// `{"id": "delivery", "subtheme": "late"}`.
public struct ThemeRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var id: String
    public var subtheme: String?

    public init(id: String, subtheme: String? = nil) {
        self.id = id
        self.subtheme = subtheme
    }

    /// Parses `id` or `id/subtheme`.
    public init(path: String) {
        if let slash = path.firstIndex(of: "/") {
            id = String(path[..<slash])
            subtheme = String(path[path.index(after: slash)...])
        } else {
            id = path
            subtheme = nil
        }
    }

    /// `id` or `id/subtheme`.
    public var description: String { subtheme.map { "\(id)/\($0)" } ?? id }

    /// Whether a mention of `other` counts as a mention of `self`:
    /// a plain theme matches any of its subthemes.
    public func covers(_ other: ThemeRef) -> Bool {
        id == other.id && (subtheme == nil || subtheme == other.subtheme)
    }

    public static func < (a: ThemeRef, b: ThemeRef) -> Bool { a.description < b.description }
}
