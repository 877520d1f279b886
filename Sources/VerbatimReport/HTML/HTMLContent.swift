/// The block content of a section or a `<details>` element, built by appending blocks in order.
/// Every method escapes its text; the only way to add markup is ``markup(_:)`` with a ``Markup``
/// value, which is itself safe by construction.
///
/// ```swift
/// var c = HTMLContent()
/// c.paragraph("Delivery complaints rose in March.")
/// c.kpis([KPITile(label: "Records", value: "1,204")])
/// c.details(summary: "Method") { $0.paragraph("Lexicon-based scoring …") }
/// ```
public struct HTMLContent: Sendable, Hashable {
    public private(set) var blocks: [Markup] = []

    public init() {}

    /// A sub-heading (`<h3>` in a section, `<h4>` inside details), with an optional anchor id.
    public mutating func heading(_ text: String, id: String? = nil) {
        if let id, let anchor = HTMLPage.anchor(id) {
            blocks.append("<h3 id=\"\(anchor)\">\(text)</h3>")
        } else {
            blocks.append("<h3>\(text)</h3>")
        }
    }

    /// A paragraph; `lang` marks text in another language than the page ("zh", "en").
    public mutating func paragraph(_ text: String, lang: String? = nil) {
        if let lang, let tag = HTMLPage.languageTag(lang) {
            blocks.append("<p lang=\"\(tag)\">\(text)</p>")
        } else {
            blocks.append("<p>\(text)</p>")
        }
    }

    /// A small, muted paragraph (caveats, sample sizes).
    public mutating func note(_ text: String) {
        blocks.append("<p class=\"note\">\(text)</p>")
    }

    /// A bullet list.
    public mutating func list(_ items: [String]) {
        blocks.append("<ul>\(items.map { "<li>\($0)</li>" as Markup })</ul>")
    }

    /// A row of KPI tiles.
    public mutating func kpis(_ tiles: [KPITile]) {
        blocks.append("<div class=\"kpis\">\(tiles.map(\.markup))</div>")
    }

    /// A table.
    public mutating func table(_ table: HTMLTable) {
        blocks.append(table.markup)
    }

    /// A quote.
    public mutating func quote(_ quote: QuoteBlock) {
        blocks.append(quote.markup)
    }

    /// Several quotes.
    public mutating func quotes(_ quotes: [QuoteBlock]) {
        for q in quotes { blocks.append(q.markup) }
    }

    /// A figure: a chart (inline SVG from the ``SVG`` charts) with an optional caption.
    public mutating func figure(_ chart: Markup, caption: String? = nil) {
        if let caption {
            blocks.append("<figure>\(chart)<figcaption>\(caption)</figcaption></figure>")
        } else {
            blocks.append("<figure>\(chart)</figure>")
        }
    }

    /// A collapsible `<details>` block, e.g. for method notes; closed unless `open`.
    public mutating func details(summary: String, open: Bool = false, _ build: (inout HTMLContent) -> Void) {
        var inner = HTMLContent()
        build(&inner)
        let body = Markup.joined(inner.blocks.map { $0 }, separator: "\n")
        blocks.append("<details\(open ? " open" as Markup : "")><summary>\(summary)</summary>\n\(body)\n</details>")
    }

    /// Safe markup built elsewhere (for example a chart without a figure).
    public mutating func markup(_ markup: Markup) {
        blocks.append(markup)
    }
}
