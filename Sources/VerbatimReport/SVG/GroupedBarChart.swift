/// Grouped horizontal bars for side-by-side comparison: for each category (e.g. a theme) one bar
/// per group (e.g. brand or period), coloured by group, each with its value as text. Handles
/// negative values with a zero line.
///
/// ```swift
/// let chart = GroupedBarChart(
///     title: "Share of complaints by brand",
///     categories: ["Delivery", "Price"], groups: ["Brand A", "Brand B"],
///     values: [[0.21, 0.14], [0.08, nil]])
/// ```
public struct GroupedBarChart: Sendable, Hashable {
    public var title: String
    public var categories: [String]
    public var groups: [String]
    /// `values[category][group]`; nil draws no bar and writes "–".
    public var values: [[Double?]]
    /// Optional texts in the same shape as `values`, shown instead of the formatted number.
    public var valueTexts: [[String]]?
    public var valueDecimals: Int
    public var description: String?
    public var width: Double = 720
    public var maxLabelColumns: Int = 24

    public init(title: String, categories: [String], groups: [String], values: [[Double?]],
                valueTexts: [[String]]? = nil, valueDecimals: Int = 2, description: String? = nil) {
        self.title = title
        self.categories = categories
        self.groups = groups
        self.values = values
        self.valueTexts = valueTexts
        self.valueDecimals = valueDecimals
        self.description = description
    }

    /// The chart as inline SVG.
    public func render() -> Markup {
        let barH = 14.0
        let gap = 10.0
        let top = 30.0
        let labelColumns = max(4, SVGCanvas.labelColumns(categories, cap: maxLabelColumns))
        let x0 = SVGCanvas.pixels(labelColumns) + 10
        let textW = 56.0
        let plotW = max(100, width - x0 - textW - 8)
        let blockH = Double(max(groups.count, 1)) * barH + gap
        let height = top + Double(max(categories.count, 1)) * blockH + 6
        var c = SVGCanvas(width: width, height: height)
        let all = values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
        let lo = min(0, all.min() ?? 0)
        var hi = max(0, all.max() ?? 0)
        if hi <= lo { hi = lo + 1 }
        func x(_ v: Double) -> Double { x0 + plotW * (max(lo, min(hi, v)) - lo) / (hi - lo) }
        c.legend(groups.enumerated().map { ($1, Palette.series($0), nil) }, x: x0, y: 16)
        if lo < 0 { c.line(x1: x(0), y1: top - 4, x2: x(0), y2: height - 4, stroke: "#999999") }
        for (i, category) in categories.enumerated() {
            let y = top + Double(i) * blockH
            let label = SVGCanvas.singleLine(category)
            c.add("<g>")
            c.label(label, x: x0 - 8, y: y + blockH / 2, maxWidth: labelColumns, anchor: .end)
            for (k, group) in groups.enumerated() {
                let v = i < values.count && k < values[i].count ? values[i][k] : nil
                let by = y + Double(k) * barH
                let text = valueTexts.flatMap { i < $0.count && k < $0[i].count ? $0[i][k] : nil }
                    ?? v.map { NumberFormat.fixed($0, decimals: valueDecimals) } ?? "–"
                let tip = "\(label) · \(SVGCanvas.singleLine(group)): \(text)"
                if let v, v.isFinite {
                    let a = x(min(0, v)), b = x(max(0, v))
                    c.rect(x: a, y: by + 1, width: b - a, height: barH - 2, fill: Palette.series(k), title: tip)
                    c.text(text, x: b + 4, y: by + barH - 3, size: 10)
                } else {
                    c.text(text, x: x(0) + 4, y: by + barH - 3, size: 10, fill: "#777777", title: tip)
                }
            }
            c.add("</g>")
        }
        return c.svg(title: title, description: description)
    }
}
