/// A 100 % stacked horizontal bar per row, e.g. the positive / neutral / negative distribution of
/// each theme. Segments wide enough show their percentage as text; every segment has a `<title>`.
///
/// ```swift
/// let chart = StackedBarChart(
///     title: "Sentiment by theme",
///     categories: StackedBarChart.sentimentCategories(),
///     rows: [.init(label: "Delivery", values: [120, 40, 210])])
/// ```
public struct StackedBarChart: Sendable, Hashable {
    /// One segment kind, with its legend name and colour.
    public struct Category: Sendable, Hashable {
        public var name: String
        public var color: String
        public init(name: String, color: String) {
            self.name = name
            self.color = color
        }
    }

    /// One bar: a label and one non-negative value per category (counts or shares).
    public struct Row: Sendable, Hashable {
        public var label: String
        public var values: [Double]
        /// Shown after the bar, e.g. "n = 370".
        public var note: String?
        public init(label: String, values: [Double], note: String? = nil) {
            self.label = label
            self.values = values
            self.note = note
        }
    }

    public var title: String
    public var categories: [Category]
    public var rows: [Row]
    public var description: String?
    public var width: Double = 720
    public var maxLabelColumns: Int = 28

    public init(title: String, categories: [Category], rows: [Row], description: String? = nil) {
        self.title = title
        self.categories = categories
        self.rows = rows
        self.description = description
    }

    /// Positive (blue), neutral (grey), negative (orange), in that order.
    public static func sentimentCategories(positive: String = "Positive", neutral: String = "Neutral",
                                           negative: String = "Negative") -> [Category] {
        [Category(name: positive, color: Palette.positive), Category(name: neutral, color: Palette.neutral),
         Category(name: negative, color: Palette.negative)]
    }

    /// The chart as inline SVG.
    public func render() -> Markup {
        let rowHeight = 26.0
        let top = 34.0
        let labelColumns = max(4, SVGCanvas.labelColumns(rows.map(\.label), cap: maxLabelColumns))
        let x0 = SVGCanvas.pixels(labelColumns) + 10
        let noteWidth = rows.contains { $0.note != nil } ? 70.0 : 0
        let barWidth = max(100, width - x0 - noteWidth - 10)
        let height = top + Double(max(rows.count, 1)) * rowHeight + 8
        var c = SVGCanvas(width: width, height: height)
        c.legend(categories.map { ($0.name, $0.color, nil) }, x: x0, y: 16)
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            let label = SVGCanvas.singleLine(row.label)
            c.add("<g>")
            c.label(label, x: x0 - 8, y: y + 16, maxWidth: labelColumns, anchor: .end)
            let values = categories.indices.map { k in
                k < row.values.count && row.values[k].isFinite ? max(0, row.values[k]) : 0
            }
            let total = values.reduce(0, +)
            if total <= 0 {
                c.rect(x: x0, y: y + 4, width: barWidth, height: rowHeight - 8, fill: "#FFFFFF", stroke: "#BBBBBB",
                       title: "\(label): no data")
                c.text("no data", x: x0 + 6, y: y + 16, fill: "#666666")
            } else {
                var x = x0
                for (k, category) in categories.enumerated() where values[k] > 0 {
                    let share = values[k] / total
                    let w = barWidth * share
                    let pct = NumberFormat.percent(share)
                    c.rect(x: x, y: y + 4, width: w, height: rowHeight - 8, fill: category.color,
                           title: "\(label) · \(category.name): \(pct) (\(NumberFormat.fixed(values[k], decimals: values[k].rounded() == values[k] ? 0 : 2)))")
                    if w >= 30 {
                        c.text(pct, x: x + w / 2, y: y + 16, anchor: .middle, size: 11,
                               fill: Palette.textColor(on: category.color))
                    }
                    x += w
                }
            }
            if let note = row.note {
                c.label(note, x: x0 + barWidth + 6, y: y + 16, maxWidth: 10, size: 11, fill: "#555555")
            }
            c.add("</g>")
        }
        return c.svg(title: title, description: description)
    }
}
