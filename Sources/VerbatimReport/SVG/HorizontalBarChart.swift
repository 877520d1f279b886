/// A horizontal bar chart: one bar per label with its value written as text, and optionally a
/// second, diverging series on −1…1 (e.g. net sentiment: blue right of zero, orange left).
///
/// ```swift
/// let chart = HorizontalBarChart(
///     title: "Themes by share of records",
///     bars: [.init(label: "配送 Delivery", value: 0.31, valueText: "31%", secondary: -0.42, secondaryText: "-0.42")],
///     valueAxisLabel: "Share", secondaryAxisLabel: "Net sentiment")
/// let svg: Markup = chart.render()
/// ```
public struct HorizontalBarChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// The value as shown; default: the value with the chart's decimals.
        public var valueText: String?
        /// A value in −1…1 for the diverging panel (clamped); nil leaves the panel empty for this bar.
        public var secondary: Double?
        public var secondaryText: String?

        public init(label: String, value: Double, valueText: String? = nil, secondary: Double? = nil, secondaryText: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.secondary = secondary
            self.secondaryText = secondaryText
        }
    }

    public var title: String
    public var bars: [Bar]
    public var valueAxisLabel: String
    /// When set (or when any bar has a secondary value) the diverging panel is drawn.
    public var secondaryAxisLabel: String?
    /// The value at the full bar length; default: the largest value.
    public var maxValue: Double?
    public var valueDecimals: Int = 2
    public var description: String?
    public var width: Double = 720
    /// Labels longer than this many display columns are cut with "…" (CJK characters count 2).
    public var maxLabelColumns: Int = 28
    public var barColor: String = Palette.okabeIto[0]

    public init(title: String, bars: [Bar], valueAxisLabel: String = "", secondaryAxisLabel: String? = nil,
                maxValue: Double? = nil, valueDecimals: Int = 2, description: String? = nil) {
        self.title = title
        self.bars = bars
        self.valueAxisLabel = valueAxisLabel
        self.secondaryAxisLabel = secondaryAxisLabel
        self.maxValue = maxValue
        self.valueDecimals = valueDecimals
        self.description = description
    }

    /// The chart as inline SVG.
    public func render() -> Markup {
        let hasSecondary = secondaryAxisLabel != nil || bars.contains { $0.secondary != nil }
        let rowHeight = 24.0
        let top = 30.0
        let labelColumns = max(4, SVGCanvas.labelColumns(bars.map(\.label), cap: maxLabelColumns))
        let labelWidth = SVGCanvas.pixels(labelColumns) + 10
        let valueTextWidth = 56.0
        let x0 = labelWidth
        let available = max(120, width - x0 - 8)
        let primaryWidth = hasSecondary ? available * 0.55 - valueTextWidth : available - valueTextWidth
        let secondaryLeft = x0 + primaryWidth + valueTextWidth + 12
        let secondaryWidth = hasSecondary ? max(60, width - secondaryLeft - valueTextWidth) : 0
        let height = top + Double(max(bars.count, 1)) * rowHeight + 10
        var c = SVGCanvas(width: width, height: height)

        let finiteValues = bars.map(\.value).filter(\.isFinite)
        let maxV = maxValue.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? max(finiteValues.max() ?? 0, 1e-12)

        c.label(valueAxisLabel, x: x0, y: 16, maxWidth: Int(primaryWidth / SVGCanvas.columnWidth), weight: "600")
        if hasSecondary {
            c.label(secondaryAxisLabel ?? "", x: secondaryLeft, y: 16, maxWidth: Int(secondaryWidth / SVGCanvas.columnWidth), weight: "600")
            let mid = secondaryLeft + secondaryWidth / 2
            c.line(x1: mid, y1: top - 6, x2: mid, y2: height - 6, stroke: "#999999")
            c.text("-1", x: secondaryLeft, y: height - 1, anchor: .start, size: 9, fill: "#666666")
            c.text("+1", x: secondaryLeft + secondaryWidth, y: height - 1, anchor: .end, size: 9, fill: "#666666")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            let valueText = bar.valueText ?? NumberFormat.fixed(bar.value, decimals: valueDecimals)
            let label = SVGCanvas.singleLine(bar.label)
            c.add("<g>")
            c.add("<title>\(label): \(valueText)\(bar.secondaryText.map { " · " + $0 } ?? "")</title>")
            c.label(label, x: x0 - 8, y: y + 15, maxWidth: labelColumns, anchor: .end)
            let fraction = bar.value.isFinite ? max(0, min(1, bar.value / maxV)) : 0
            let length = primaryWidth * fraction
            c.rect(x: x0, y: y + 4, width: length, height: rowHeight - 8, fill: barColor)
            c.text(valueText, x: x0 + length + 4, y: y + 15)
            if hasSecondary, let s = bar.secondary, s.isFinite {
                let v = max(-1, min(1, s))
                let mid = secondaryLeft + secondaryWidth / 2
                let w = abs(v) * secondaryWidth / 2
                c.rect(x: v < 0 ? mid - w : mid, y: y + 4, width: w, height: rowHeight - 8,
                       fill: v < 0 ? Palette.negative : Palette.positive)
                let text = bar.secondaryText ?? NumberFormat.signed(s, decimals: 2)
                c.text(text, x: secondaryLeft + secondaryWidth + 6, y: y + 15)
            }
            c.add("</g>")
        }
        return c.svg(title: title, description: description)
    }
}
