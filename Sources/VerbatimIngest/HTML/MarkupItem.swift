import Foundation

/// A schema.org item read from a page, whatever the syntax (JSON-LD,
/// microdata, RDFa): its types and its properties in order.
///
/// Property names are reduced to their schema.org name (`schema:reviewBody`,
/// `https://schema.org/reviewBody` → `reviewBody`); a property may repeat.
final class MarkupItem {
    enum Value {
        case text(String)
        case item(MarkupItem)
    }

    /// Type names without vocabulary (`Review`, `Product`).
    var types: [String]
    var properties: [(name: String, value: Value)] = []
    /// The line the item starts on (0 when unknown).
    var line: Int
    /// The enclosing item (a `Product` holding `review`s), when there is one.
    /// Parents never point back at these children, so there is no cycle.
    var parent: MarkupItem?

    init(types: [String], line: Int) {
        self.types = types
        self.line = line
    }

    /// `https://schema.org/Review`, `schema:Review`, `Review` → `Review`.
    static func localName(_ name: String) -> String {
        var s = Substring(name.trimmingCharacters(in: .whitespaces))
        if let i = s.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) { s = s[s.index(after: i)...] }
        return String(s)
    }

    /// Whether any type is a review (`Review`, `UserReview`, `CriticReview`, `EmployerReview`…).
    var isReview: Bool { types.contains { $0.hasSuffix("Review") } }

    func add(_ name: String, _ value: Value) { properties.append((MarkupItem.localName(name), value)) }

    /// The first text value of a property; an item value gives its `name` (or its own text).
    func string(_ name: String) -> String? {
        for (n, v) in properties where n == name {
            switch v {
            case .text(let s): if !s.isEmpty { return s }
            case .item(let item): if let s = item.string("name") ?? item.string("#text") { return s }
            }
        }
        return nil
    }

    /// The first item value of a property.
    func item(_ name: String) -> MarkupItem? {
        for (n, v) in properties where n == name { if case .item(let item) = v { return item } }
        return nil
    }
}
