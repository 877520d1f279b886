/// Shared drawing helpers of the charts: every number is written with one decimal and every text
/// is escaped, so output is deterministic and safe. Internal: charts are the public API.
struct SVGCanvas {
    var body = Markup()
    let width: Double
    var height: Double

    /// Font size of ordinary chart text in pixels, and the width of one display column at that size.
    static let fontSize = 12.0
    static let columnWidth = 6.8

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func n(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

    mutating func add(_ m: Markup) { body += m }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1, title: String? = nil) {
        var m: Markup = "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { m += " stroke=\"\(stroke)\" stroke-width=\"\(Self.n(strokeWidth))\"" }
        if let title {
            m += "><title>\(title)</title></rect>"
        } else {
            m += "/>"
        }
        body += m
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ s: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = fontSize,
                       weight: String? = nil, fill: String = Palette.ink, title: String? = nil) {
        var m: Markup = "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\""
        if anchor != .start { m += " text-anchor=\"\(anchor.rawValue)\"" }
        if let weight { m += " font-weight=\"\(weight)\"" }
        m += ">"
        if let title { m += "<title>\(title)</title>" }
        body += m + "\(s)</text>"
    }

    /// A label cut to `maxWidth` display columns; the full text goes into a `<title>` when cut.
    mutating func label(_ s: String, x: Double, y: Double, maxWidth: Int, anchor: Anchor = .start,
                        size: Double = fontSize, weight: String? = nil, fill: String = Palette.ink) {
        let flat = Self.singleLine(s)
        let cut = DisplayWidth.truncate(flat, maxWidth: maxWidth)
        text(cut, x: x, y: y, anchor: anchor, size: size, weight: weight, fill: fill, title: cut == flat ? nil : flat)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = Palette.grid,
                       width: Double = 1, dash: String = "") {
        var m: Markup = "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
        if !dash.isEmpty { m += " stroke-dasharray=\"\(dash)\"" }
        body += m + "/>"
    }

    /// The root `<svg>` with `role="img"`, an `aria-label`, `<title>` and optional `<desc>`.
    func svg(title: String, description: String?) -> Markup {
        let t = Self.singleLine(title)
        var m: Markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" role=\"img\" aria-label=\"\(t)\" font-family=\"system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif\">"
        m += "<title>\(t)</title>"
        if let description { m += "<desc>\(description)</desc>" }
        return m + body + "</svg>"
    }

    /// Whitespace runs (including newlines) folded to single spaces, ends trimmed.
    static func singleLine(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.unicodeScalars {
            if ch.properties.isWhitespace {
                space = true
            } else {
                if space, !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The pixel width needed for `columns` display columns.
    static func pixels(_ columns: Int, size: Double = fontSize) -> Double {
        Double(columns) * columnWidth * size / fontSize
    }

    /// The widest label, in display columns, capped at `cap`.
    static func labelColumns(_ labels: [String], cap: Int) -> Int {
        min(cap, labels.map { DisplayWidth.of(singleLine($0)) }.max() ?? 0)
    }

    /// A legend of colour swatches with names, in one row starting at (x, y); returns its height.
    mutating func legend(_ items: [(name: String, color: String, dash: String?)], x: Double, y: Double) {
        var cx = x
        for item in items {
            if let dash = item.dash {
                line(x1: cx, y1: y - 4, x2: cx + 18, y2: y - 4, stroke: item.color, width: 2.5, dash: dash)
                cx += 22
            } else {
                rect(x: cx, y: y - 10, width: 11, height: 11, fill: item.color)
                cx += 15
            }
            let name = DisplayWidth.truncate(Self.singleLine(item.name), maxWidth: 24)
            text(name, x: cx, y: y)
            cx += Self.pixels(DisplayWidth.of(name)) + 14
        }
    }
}
