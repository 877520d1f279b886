/// A data table for an HTML page. Numeric cells are formatted with fixed decimals and numeric
/// columns are right-aligned.
///
/// ```swift
/// var t = HTMLTable(header: ["Theme", "Mentions", "Share"], caption: "Top themes")
/// t.append([.text("Delivery"), .integer(312), .number(0.256, decimals: 3)])
/// ```
public struct HTMLTable: Sendable, Hashable {
    /// One table cell.
    public enum Cell: Sendable, Hashable {
        /// Text from data (escaped).
        case text(String)
        /// A number with fixed decimals (right-aligned).
        case number(Double, decimals: Int)
        /// An integer (right-aligned).
        case integer(Int)
        /// Pre-formatted text that should align like a number, e.g. "+0.23" or "12%".
        case numericText(String)
        /// Safe markup, e.g. a small inline SVG.
        case markup(Markup)
        /// Nothing.
        case empty

        var isNumeric: Bool {
            switch self {
            case .number, .integer, .numericText: true
            default: false
            }
        }

        var content: Markup {
            switch self {
            case .text(let s), .numericText(let s): Markup(text: s)
            case .number(let v, let d): "\(v, decimals: d)"
            case .integer(let i): "\(i)"
            case .markup(let m): m
            case .empty: Markup()
            }
        }
    }

    public var header: [String]
    public var rows: [[Cell]]
    public var caption: String?
    /// Columns to right-align even if some cells are text; columns whose non-empty cells are all
    /// numeric are right-aligned anyway.
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[Cell]] = [], caption: String? = nil, numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.caption = caption
        self.numericColumns = numericColumns
    }

    /// A table of plain strings; `numericColumns` are right-aligned.
    public init(header: [String], textRows: [[String]], caption: String? = nil, numericColumns: Set<Int> = []) {
        self.init(header: header, rows: textRows.map { $0.map(Cell.text) }, caption: caption, numericColumns: numericColumns)
    }

    /// Appends a row.
    public mutating func append(_ row: [Cell]) { rows.append(row) }

    var markup: Markup {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var numeric = [Bool](repeating: false, count: columns)
        for c in 0..<columns {
            let cells = rows.compactMap { c < $0.count ? $0[c] : nil }.filter { $0 != .empty }
            numeric[c] = numericColumns.contains(c) || (!cells.isEmpty && cells.allSatisfy(\.isNumeric))
        }
        func cls(_ c: Int) -> Markup { numeric[c] ? " class=\"num\"" : "" }
        var m: Markup = "<div class=\"table-wrap\"><table>"
        if let caption { m += "<caption>\(caption)</caption>" }
        m += "<thead><tr>"
        for c in 0..<columns {
            m += "<th scope=\"col\"\(cls(c))>\(c < header.count ? header[c] : "")</th>"
        }
        m += "</tr></thead>\n<tbody>\n"
        for row in rows {
            m += "<tr>"
            for c in 0..<columns {
                let cell = c < row.count ? row[c] : .empty
                m += "<td\(cls(c))>\(cell.content)</td>"
            }
            m += "</tr>\n"
        }
        return m + "</tbody></table></div>"
    }
}
