/// A heatmap of rows × columns (e.g. themes × brands) with a diverging or sequential colour
/// scale, the value written in each cell, and a bold outline plus "*" for significant cells.
///
/// ```swift
/// let chart = Heatmap(
///     title: "Net sentiment by theme and brand",
///     rowLabels: ["Delivery", "Price"], columnLabels: ["Brand A", "Brand B"],
///     cells: [[.init(value: -0.4, text: "-0.40", significant: true), .init(value: 0.1, text: "+0.10")],
///             [.init(value: 0.2, text: "+0.20"), .init(value: nil, text: "n<30")]])
/// ```
public struct Heatmap: Sendable, Hashable {
    /// One cell; `value` nil draws an empty (white) cell.
    public struct Cell: Sendable, Hashable {
        public var value: Double?
        public var text: String?
        public var significant: Bool
        /// Extra tooltip text (e.g. "n = 120, p = 0.003").
        public var tooltip: String?
        public init(value: Double?, text: String? = nil, significant: Bool = false, tooltip: String? = nil) {
            self.value = value
            self.text = text
            self.significant = significant
            self.tooltip = tooltip
        }
    }

    /// How values map to colours.
    public enum Scale: Sendable, Hashable {
        /// −limit (orange) … 0 (grey) … +limit (blue).
        case diverging(limit: Double)
        /// 0 (grey) … max (blue).
        case sequential(max: Double)
    }

    public var title: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `cells[row][column]`; missing cells are drawn empty.
    public var cells: [[Cell]]
    public var scale: Scale
    /// Legend text for the significance marker.
    public var significanceNote: String = "* significant"
    public var description: String?
    public var width: Double = 720
    public var maxLabelColumns: Int = 24

    public init(title: String, rowLabels: [String], columnLabels: [String], cells: [[Cell]],
                scale: Scale = .diverging(limit: 1), description: String? = nil) {
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.cells = cells
        self.scale = scale
        self.description = description
    }

    func color(_ v: Double) -> String {
        switch scale {
        case .diverging(let limit): Palette.diverging(limit > 0 ? v / limit : v)
        case .sequential(let max): Palette.sequential(max > 0 ? v / max : v)
        }
    }

    /// The chart as inline SVG.
    public func render() -> Markup {
        let labelColumns = max(4, SVGCanvas.labelColumns(rowLabels, cap: maxLabelColumns))
        let x0 = SVGCanvas.pixels(labelColumns) + 10
        let columns = max(columnLabels.count, 1)
        let cellW = min(110, max(36, (width - x0 - 8) / Double(columns)))
        let cellH = 28.0
        let top = 54.0
        let height = top + Double(max(rowLabels.count, 1)) * cellH + 8
        var c = SVGCanvas(width: width, height: height)
        // Legend: five swatches across the scale, and the significance note.
        let stops: [Double] = switch scale {
        case .diverging(let limit): [-limit, -limit / 2, 0, limit / 2, limit]
        case .sequential(let max): [0, max / 4, max / 2, 3 * max / 4, max]
        }
        var lx = x0
        for s in stops {
            c.rect(x: lx, y: 6, width: 34, height: 14, fill: color(s))
            c.text(NumberFormat.fixed(s, decimals: 2), x: lx + 17, y: 17, anchor: .middle, size: 9,
                   fill: Palette.textColor(on: color(s)))
            lx += 36
        }
        c.text(significanceNote, x: lx + 10, y: 17, size: 10, fill: "#555555")
        let headerColumns = max(2, Int((cellW - 4) / SVGCanvas.pixels(1, size: 10)))
        for (j, l) in columnLabels.enumerated() {
            c.label(l, x: x0 + Double(j) * cellW + cellW / 2, y: top - 8, maxWidth: headerColumns, anchor: .middle,
                    size: 10, weight: "600")
        }
        for (i, rowLabel) in rowLabels.enumerated() {
            let y = top + Double(i) * cellH
            c.label(rowLabel, x: x0 - 8, y: y + 18, maxWidth: labelColumns, anchor: .end)
            for j in 0..<columnLabels.count {
                let cell = i < cells.count && j < cells[i].count ? cells[i][j] : Cell(value: nil)
                let fill = cell.value.map(color) ?? "#FFFFFF"
                let text = (cell.text ?? cell.value.map { NumberFormat.fixed($0, decimals: 2) } ?? "") + (cell.significant ? "*" : "")
                var tip = "\(SVGCanvas.singleLine(rowLabel)) × \(SVGCanvas.singleLine(columnLabels[j])): \(text.isEmpty ? "no data" : text)"
                if let t = cell.tooltip { tip += " (\(t))" }
                c.add("<g>")
                c.rect(x: x0 + Double(j) * cellW + 1, y: y + 1, width: cellW - 2, height: cellH - 2, fill: fill,
                       stroke: cell.significant ? "#000000" : "#DDDDDD", strokeWidth: cell.significant ? 2.5 : 1, title: tip)
                c.label(text, x: x0 + Double(j) * cellW + cellW / 2, y: y + 18, maxWidth: headerColumns, anchor: .middle,
                        size: 11, weight: cell.significant ? "700" : nil, fill: Palette.textColor(on: fill))
                c.add("</g>")
            }
        }
        return c.svg(title: title, description: description)
    }
}
