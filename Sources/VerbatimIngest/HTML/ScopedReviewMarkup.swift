import VerbatimXML

/// schema.org reviews written in the page's own markup: microdata
/// (`itemscope itemtype=".../Review"`, `itemprop="reviewBody"`) or RDFa
/// (`typeof="Review"`, `property="reviewBody"`).
///
/// A property belongs to the nearest enclosing item, so an unclosed review
/// `<div>` that swallows the next review still gives each review its own
/// properties; nested items (`reviewRating`, `author`, `itemReviewed`) become
/// nested ``MarkupItem``s, and the item around a review (a `Product`) is its parent.
enum ScopedReviewMarkup {
    enum Syntax: String {
        case microdata, rdfa = "RDFa"

        /// XPath of item elements.
        var items: String { self == .microdata ? "//*[@itemscope]" : "//*[@typeof]" }
        var propertyAttribute: String { self == .microdata ? "itemprop" : "property" }

        func isScope(_ node: HTMLNode) -> Bool { node.hasAttribute(self == .microdata ? "itemscope" : "typeof") }

        func types(_ node: HTMLNode) -> [String] {
            let raw = node.attribute(self == .microdata ? "itemtype" : "typeof") ?? ""
            return raw.split(whereSeparator: \.isWhitespace).map { MarkupItem.localName(String($0)) }
        }
    }

    /// The review items of the page in document order.
    static func extract(from page: HTMLDocument, syntax: Syntax) -> [MarkupItem] {
        guard let scopes = try? page.nodes(syntax.items) else { return [] }
        var cache: [HTMLNode: MarkupItem] = [:]
        var reviews: [MarkupItem] = []
        for scope in scopes where syntax.types(scope).contains(where: { $0.hasSuffix("Review") }) {
            let item = self.item(for: scope, in: page, syntax: syntax, cache: &cache, depth: 0)
            item.parent = enclosingScope(of: scope, syntax: syntax).map {
                self.item(for: $0, in: page, syntax: syntax, cache: &cache, depth: 0)
            }
            reviews.append(item)
        }
        return reviews
    }

    private static func enclosingScope(of node: HTMLNode, syntax: Syntax) -> HTMLNode? {
        var p = node.parent
        while let candidate = p {
            if syntax.isScope(candidate) { return candidate }
            p = candidate.parent
        }
        return nil
    }

    private static func item(for scope: HTMLNode, in page: HTMLDocument, syntax: Syntax,
                             cache: inout [HTMLNode: MarkupItem], depth: Int) -> MarkupItem {
        if let cached = cache[scope] { return cached }
        let item = MarkupItem(types: syntax.types(scope), line: scope.line)
        cache[scope] = item
        let text = scope.text
        if !text.isEmpty { item.add("#text", .text(text)) }
        guard depth < 8, let candidates = try? page.nodes(".//*[@\(syntax.propertyAttribute)]", relativeTo: scope) else { return item }
        for node in candidates where enclosingScope(of: node, syntax: syntax) == scope {
            let names = (node.attribute(syntax.propertyAttribute) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            let value: MarkupItem.Value = syntax.isScope(node)
                ? .item(self.item(for: node, in: page, syntax: syntax, cache: &cache, depth: depth + 1))
                : .text(propertyValue(node))
            for name in names { item.add(name, value) }
        }
        return item
    }

    /// A property's value: `content`, then the element's URL or machine value, then its text.
    static func propertyValue(_ node: HTMLNode) -> String {
        if let content = node.attribute("content") { return content }
        switch node.name {
        case "meta": return node.attribute("content") ?? ""
        case "a", "link", "area": return node.attribute("href") ?? node.text
        case "img", "audio", "video", "source": return node.attribute("src") ?? ""
        case "time": return node.attribute("datetime") ?? node.text
        case "data", "meter": return node.attribute("value") ?? node.text
        default: return node.text
        }
    }
}
