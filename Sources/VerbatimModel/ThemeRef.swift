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

    /// Orders by `description` (`delivery` < `delivery/late` < `delivery_fee`)
    /// without building it: analysis sorts every item's themes.
    public static func < (a: ThemeRef, b: ThemeRef) -> Bool {
        var x = a.orderKey
        var y = b.orderKey
        while true {
            switch (x.next(), y.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (p?, q?):
                if p >= 0x80 || q >= 0x80 { return a.description < b.description }  // let String order non-ASCII
                if p != q { return p < q }
            }
        }
    }

    /// The UTF-8 bytes of `description`, without building it.
    private var orderKey: DescriptionBytes {
        DescriptionBytes(id: id.utf8.makeIterator(), slash: subtheme != nil, sub: subtheme?.utf8.makeIterator())
    }
}

/// Iterates `id`, then `/` and `subtheme` when there is one.
private struct DescriptionBytes: IteratorProtocol {
    var id: String.UTF8View.Iterator
    var slash: Bool
    var sub: String.UTF8View.Iterator?

    mutating func next() -> UInt8? {
        if let b = id.next() { return b }
        if slash {
            slash = false
            return 0x2F
        }
        return sub?.next()
    }
}
