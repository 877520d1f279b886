/// A Markdown (GitHub-flavoured) document built block by block. All text is escaped with
/// ``MarkdownEscaping``; output is deterministic, blocks are separated by one blank line, and
/// tables are not padded.
///
/// ```swift
/// var md = MarkdownDocument()
/// md.heading("Themes", level: 2)
/// md.table(header: ["Theme", "Share"], rows: [["Delivery", "31%"]], numericColumns: [1])
/// md.quote("送餐太慢了", attribution: "reviews.csv:12")
/// let text = md.render()
/// ```
public struct MarkdownDocument: Sendable, Hashable {
    public private(set) var blocks: [String] = []

    public init() {}

    /// A heading of level 1…6 (clamped).
    public mutating func heading(_ text: String, level: Int = 1) {
        let l = max(1, min(6, level))
        blocks.append(String(repeating: "#", count: l) + " " + MarkdownEscaping.inline(text))
    }

    /// A paragraph (newlines in the text become spaces).
    public mutating func paragraph(_ text: String) {
        let t = MarkdownEscaping.inline(text)
        if !t.isEmpty { blocks.append(t) }
    }

    /// A bullet list; an empty list adds nothing.
    public mutating func bulletList(_ items: [String]) {
        guard !items.isEmpty else { return }
        blocks.append(items.map { "- " + MarkdownEscaping.inline($0) }.joined(separator: "\n"))
    }

    /// A block quote with an optional attribution line.
    public mutating func quote(_ text: String, attribution: String? = nil) {
        var lines = ["> " + MarkdownEscaping.inline(text)]
        if let attribution { lines += [">", "> — " + MarkdownEscaping.inline(attribution)] }
        blocks.append(lines.joined(separator: "\n"))
    }

    /// A table; `numericColumns` are right-aligned (`---:`). Rows are padded or cut to the header's width.
    public mutating func table(header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        guard !header.isEmpty else { return }
        func line(_ cells: [String]) -> String {
            "|" + cells.map { c in
                let e = MarkdownEscaping.tableCell(c)
                return e.isEmpty ? " |" : " " + e + " |"
            }.joined()
        }
        var lines = [line(header)]
        lines.append("|" + header.indices.map { numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|")
        for row in rows {
            lines.append(line(header.indices.map { $0 < row.count ? row[$0] : "" }))
        }
        blocks.append(lines.joined(separator: "\n"))
    }

    /// A horizontal rule.
    public mutating func rule() {
        blocks.append("---")
    }

    /// The provenance lines as a small paragraph block.
    public mutating func provenance(_ p: Provenance) {
        blocks.append(p.lines.map { "_" + MarkdownEscaping.inline($0) + "_" }.joined(separator: "  \n"))
    }

    /// The document, ending with one newline.
    public func render() -> String {
        blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }
}
