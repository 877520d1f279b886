/// A line chart of several series over periods (months, weeks …). Series differ by colour and
/// dash pattern; missing values break the line; flagged points (e.g. a significant rise in a
/// complaint) get a triangle marker with a `<title>` explaining it.
///
/// ```swift
/// let chart = LineChart(
///     title: "Complaint share by month",
///     periods: ["2026-01", "2026-02", "2026-03"],
///     series: [.init(name: "Late delivery", values: [0.10, 0.12, 0.21], flagged: [2])],
///     yDecimals: 2)
/// ```
public struct LineChart: Sendable, Hashable {
    /// One line.
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per period; nil where there is no data.
        public var values: [Double?]
        /// Indices of periods to mark.
        public var flagged: Set<Int>
        public init(name: String, values: [Double?], flagged: Set<Int> = []) {
            self.name = name
            self.values = values
            self.flagged = flagged
        }
    }

    public var title: String
    public var periods: [String]
    public var series: [Series]
    /// The y range; default: from min(0, smallest) to the largest value.
    public var yRange: ClosedRange<Double>?
    public var yDecimals: Int
    public var yLabel: String?
    /// The word used in marker titles, e.g. "flagged: significant rise".
    public var flagLabel: String = "flagged"
    public var description: String?
    public var width: Double = 720
    public var height: Double = 320

    public init(title: String, periods: [String], series: [Series], yRange: ClosedRange<Double>? = nil,
                yDecimals: Int = 2, yLabel: String? = nil, description: String? = nil) {
        self.title = title
        self.periods = periods
        self.series = series
        self.yRange = yRange
        self.yDecimals = yDecimals
        self.yLabel = yLabel
        self.description = description
    }

    /// The chart as inline SVG.
    public func render() -> Markup {
        var c = SVGCanvas(width: width, height: height)
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var lo = yRange?.lowerBound ?? min(0, values.min() ?? 0)
        var hi = yRange?.upperBound ?? (values.max() ?? 1)
        if !(lo.isFinite && hi.isFinite) { (lo, hi) = (0, 1) }
        if hi <= lo { hi = lo + 1 }
        // Room for half of the last period label, which is centred on the last point.
        let lastColumns = min(12, DisplayWidth.of(SVGCanvas.singleLine(periods.last ?? "")))
        let left = 56.0
        let right = max(16.0, SVGCanvas.pixels(lastColumns, size: 10) / 2 + 4)
        let top = 40.0
        let bottom = 36.0
        let plotW = width - left - right
        let plotH = height - top - bottom
        func y(_ v: Double) -> Double { top + plotH * (1 - (max(lo, min(hi, v)) - lo) / (hi - lo)) }
        let n = max(periods.count, 1)
        func x(_ i: Int) -> Double { n == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(n - 1) }

        c.legend(series.enumerated().map { ($1.name, Palette.series($0), Palette.dash($0)) }, x: left, y: 16)
        if let yLabel { c.label(yLabel, x: 4, y: top - 10, maxWidth: 30, size: 10, fill: "#555555") }
        for t in 0...4 {
            let v = lo + (hi - lo) * Double(t) / 4
            c.line(x1: left, y1: y(v), x2: width - right, y2: y(v))
            c.text(NumberFormat.fixed(v, decimals: yDecimals), x: left - 6, y: y(v) + 4, anchor: .end, size: 10, fill: "#555555")
        }
        // Period labels: as many as fit, evenly thinned, the last one always shown.
        let maxColumns = periods.map { DisplayWidth.of(SVGCanvas.singleLine($0)) }.max() ?? 1
        let fitting = max(1, Int(plotW / (SVGCanvas.pixels(min(maxColumns, 12), size: 10) + 8)))
        let step = max(1, Int((Double(periods.count) / Double(fitting)).rounded(.up)))
        for (i, p) in periods.enumerated() where i % step == 0 || i == periods.count - 1 {
            if i != periods.count - 1, (periods.count - 1 - i) < step, i != 0 { continue }
            c.label(p, x: x(i), y: height - bottom + 16, maxWidth: 12, anchor: .middle, size: 10, fill: "#555555")
        }
        c.line(x1: left, y1: top + plotH, x2: width - right, y2: top + plotH, stroke: "#999999")
        for (k, s) in series.enumerated() {
            let color = Palette.series(k)
            let name = SVGCanvas.singleLine(s.name)
            c.add("<g>")
            // Lines: one polyline per run of consecutive values.
            var run: [String] = []
            func flush(_ c: inout SVGCanvas) {
                if run.count > 1 {
                    var m: Markup = "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\""
                    if !Palette.dash(k).isEmpty { m += " stroke-dasharray=\"\(Palette.dash(k))\"" }
                    c.add(m + "/>")
                }
                run = []
            }
            for i in periods.indices {
                if i < s.values.count, let v = s.values[i], v.isFinite {
                    run.append("\(SVGCanvas.n(x(i))),\(SVGCanvas.n(y(v)))")
                } else {
                    flush(&c)
                }
            }
            flush(&c)
            for i in periods.indices {
                guard i < s.values.count, let v = s.values[i], v.isFinite else { continue }
                let label = "\(name) · \(SVGCanvas.singleLine(periods[i])): \(NumberFormat.fixed(v, decimals: yDecimals))"
                if s.flagged.contains(i) {
                    let px = x(i), py = y(v)
                    let points = "\(SVGCanvas.n(px)),\(SVGCanvas.n(py - 8)) \(SVGCanvas.n(px - 7)),\(SVGCanvas.n(py + 5)) \(SVGCanvas.n(px + 7)),\(SVGCanvas.n(py + 5))"
                    c.add("<polygon points=\"\(points)\" fill=\"\(color)\" stroke=\"#000000\" stroke-width=\"1.5\"><title>\(label) (\(flagLabel))</title></polygon>")
                    c.text("!", x: px, y: py - 11, anchor: .middle, size: 11, weight: "700")
                } else {
                    c.add("<circle cx=\"\(SVGCanvas.n(x(i)))\" cy=\"\(SVGCanvas.n(y(v)))\" r=\"3\" fill=\"\(color)\"><title>\(label)</title></circle>")
                }
            }
            c.add("</g>")
        }
        return c.svg(title: title, description: description)
    }
}
