import Foundation
import Testing
@testable import VerbatimReport

@Suite struct SVGChartTests {
    @Test(arguments: hostileStrings + ["", "配送速度太慢了而且客服态度也很差，希望改进"])
    func chartsAreWellFormedAccessibleAndEscaped(_ text: String) {
        for chart in SamplePages.charts(text) {
            let svg = chart.rendered
            #expect(xmlError(svg) == nil, "\(svg.prefix(300))")
            #expect(unsafeMarkup(svg) == [])
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("aria-label=\""))
            #expect(svg.contains("<title>"))
            if text.contains("<") { #expect(!svg.contains(text)) }
        }
    }

    @Test func chartsAreDeterministic() {
        #expect(SamplePages.charts("送餐 <x>") == SamplePages.charts("送餐 <x>"))
        // Fixed one-decimal coordinates: no long binary fractions in the output.
        let svg = SamplePages.charts("x").map(\.rendered).joined()
        #expect(svg.range(of: #"\d\.\d{2,}\""#, options: .regularExpression) == nil)
    }

    @Test func barLengthIsProportionalAndValueIsText() {
        var chart = HorizontalBarChart(title: "t", bars: [.init(label: "a", value: 1), .init(label: "b", value: 0.5)], valueDecimals: 1)
        chart.width = 400
        let svg = chart.render().rendered
        let widths = startTags(svg).filter { $0.name == "rect" }.compactMap { $0.attributes.first { $0.name == "width" }.flatMap { Double($0.value) } }
        #expect(widths.count == 2)
        #expect(abs(widths[0] - 2 * widths[1]) < 0.2)
        #expect(svg.contains(">1.0</text>"))
        #expect(svg.contains(">0.5</text>"))
    }

    @Test func divergingPanelUsesBlueForPositiveAndOrangeForNegative() {
        let svg = HorizontalBarChart(title: "t", bars: [.init(label: "a", value: 1, secondary: 0.5), .init(label: "b", value: 1, secondary: -0.5)])
            .render().rendered
        #expect(svg.contains("fill=\"\(Palette.positive)\""))
        #expect(svg.contains("fill=\"\(Palette.negative)\""))
        #expect(svg.contains(">+0.50</text>"))
        #expect(svg.contains(">-0.50</text>"))
    }

    @Test func longLabelsAreCutWithTheFullLabelInTitle() {
        var chart = HorizontalBarChart(title: "t", bars: [.init(label: "配送速度太慢了而且态度很差", value: 1)])
        chart.maxLabelColumns = 10
        let svg = chart.render().rendered
        #expect(svg.contains("<title>配送速度太慢了而且态度很差</title>配送速度…</text>"))
    }

    @Test func stackedBarsShowPercentagesAsText() {
        let svg = StackedBarChart(title: "t", categories: StackedBarChart.sentimentCategories(),
                                  rows: [.init(label: "Delivery", values: [50, 25, 25])]).render().rendered
        #expect(svg.contains(">50%</text>"))
        #expect(svg.contains(">25%</text>"))
        #expect(svg.contains("Delivery · Negative: 25% (25)"))
    }

    @Test func flaggedPointsGetAMarkerWithExplanation() {
        var chart = LineChart(title: "t", periods: ["Jan", "Feb"], series: [.init(name: "Late", values: [0.1, 0.3], flagged: [1])])
        chart.flagLabel = "significant rise"
        let svg = chart.render().rendered
        #expect(svg.contains("<polygon"))
        #expect(svg.contains("<title>Late · Feb: 0.30 (significant rise)</title>"))
    }

    @Test func significantHeatmapCellsAreMarkedNotOnlyColoured() {
        let svg = Heatmap(title: "t", rowLabels: ["r"], columnLabels: ["c"],
                          cells: [[.init(value: -0.5, text: "-0.50", significant: true)]]).render().rendered
        #expect(svg.contains(">-0.50*</text>"))
        #expect(svg.contains("stroke=\"#000000\" stroke-width=\"2.5\""))
    }

    @Test func emptyAndNonFiniteDataStillRender() {
        let charts: [Markup] = [
            HorizontalBarChart(title: "t", bars: []).render(),
            HorizontalBarChart(title: "t", bars: [.init(label: "x", value: .infinity)]).render(),
            StackedBarChart(title: "t", categories: [], rows: []).render(),
            LineChart(title: "t", periods: [], series: []).render(),
            LineChart(title: "t", periods: ["a"], series: [.init(name: "s", values: [.nan])]).render(),
            Heatmap(title: "t", rowLabels: [], columnLabels: [], cells: []).render(),
            GroupedBarChart(title: "t", categories: [], groups: [], values: []).render(),
        ]
        for c in charts { #expect(xmlError(c.rendered) == nil) }
    }
}

@Suite struct FormatTests {
    @Test(arguments: [
        (0.126, 2, "0.13"), (0.125, 2, "0.12"), (-0.001, 2, "0.00"), (-0.5, 1, "-0.5"), (3, 0, "3"), (1234.5678, 3, "1234.568"),
        (.nan, 2, "NaN"), (.infinity, 1, "∞"), (2.5, 0, "2"),
    ] as [(Double, Int, String)])
    func fixedDecimals(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
    }

    @Test func signedAndPercent() {
        #expect(NumberFormat.signed(0.25, decimals: 2) == "+0.25")
        #expect(NumberFormat.signed(-0.1, decimals: 2) == "-0.10")
        #expect(NumberFormat.signed(0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.percent(0.4567) == "46%")
        #expect(NumberFormat.percent(0.4567, decimals: 1) == "45.7%")
    }

    @Test(arguments: [
        ("abc", 3), ("配送", 4), ("ＡＢ", 4), ("e\u{301}", 1), ("👍🏻", 2), ("❤️", 2), ("配送 late", 9), ("", 0),
    ])
    func displayWidthCountsWideCharactersTwice(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test(arguments: [
        ("配送速度太慢了", 8, "配送速…"),
        ("配送速度太慢了", 14, "配送速度太慢了"),
        ("Delivery was late", 10, "Delivery …"),
        ("ab配送", 4, "ab…"),
        ("👍🏻👍🏻👍🏻", 4, "👍🏻…"),
        ("abc", 0, ""),
    ])
    func truncationIsWidthAware(_ text: String, _ width: Int, _ expected: String) {
        #expect(DisplayWidth.truncate(text, maxWidth: width) == expected)
        #expect(DisplayWidth.of(DisplayWidth.truncate(text, maxWidth: width)) <= width)
    }

    @Test func paletteIsOkabeItoAndDiverging() {
        #expect(Palette.diverging(-1) == "#D55E00")
        #expect(Palette.diverging(1) == "#0072B2")
        #expect(Palette.diverging(0) == "#F2F2F2")
        #expect(Palette.textColor(on: "#0072B2") == "#FFFFFF")
        #expect(Palette.textColor(on: "#F2F2F2") == "#111111")
    }
}
