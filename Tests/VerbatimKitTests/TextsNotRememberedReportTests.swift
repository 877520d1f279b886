import Foundation
import Testing
@testable import VerbatimKit

/// The `--keep-duplicates` caveat (`input.textsNotRemembered`) is shown next to
/// the duplicate counts in report.md, report.html and the comparison reports,
/// and only when the duplicate counter overflowed (so other reports are unchanged).
@Suite struct TextsNotRememberedReportTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon])
    static let caveat = "--keep-duplicates: 1,234 text(s) met after the first 750,000 distinct ones were not remembered, so the duplicate counts are lower bounds."

    func input(notRemembered: Int?) -> IngestSummary {
        var input = IngestSummary()
        input.totals.read = 10
        input.totals.analyzed = 10
        input.textsNotRemembered = notRemembered
        return input
    }

    func themeReport(notRemembered: Int?) -> ThemeReport {
        let provenance = RunProvenance(lexicon: Self.lexicon, options: [], inputs: ["x.csv"])
        let document = SummaryDocument(producedBy: provenance, input: input(notRemembered: notRemembered), outsidePeriod: 0,
                                       analysis: Aggregator().summary())
        return ThemeReport(document: document, lexicon: Self.lexicon)
    }

    func comparisonReport(notRemembered: Int?) -> ComparisonReport {
        let provenance = RunProvenance(lexicon: Self.lexicon, options: [], inputs: ["x.csv"])
        let options = AggregateOptions()
        let document = ComparisonDocument(
            producedBy: provenance, grouping: "brand",
            inputs: [.init(group: "A", input: input(notRemembered: notRemembered), outsidePeriod: 0)], withoutGroup: 0,
            comparison: Aggregator.comparison(groups: [(name: "A", aggregator: Aggregator(options: options)),
                                                       (name: "B", aggregator: Aggregator(options: options))], options: options))
        return ComparisonReport(document: document, lexicon: Self.lexicon)
    }

    @Test func theThemeReportsStateTheCaveatInTheirInputSection() {
        let report = themeReport(notRemembered: 1234)
        let markdown = String(decoding: report.markdown(), as: UTF8.self)
        let html = String(decoding: report.html(), as: UTF8.self)
        #expect(markdown.contains("## Input"))
        #expect(markdown.contains(Self.caveat))
        // After the accounting line it qualifies.
        if let input = markdown.range(of: "## Input"), let caveat = markdown.range(of: Self.caveat) {
            #expect(input.upperBound < caveat.lowerBound)
        }
        #expect(html.contains("--keep-duplicates: 1,234 text(s) met after the first 750,000 distinct ones were not remembered"))
    }

    @Test func theThemeReportsSayNothingWhenEveryTextWasRemembered() {
        for n in [nil, 0] {
            let report = themeReport(notRemembered: n)
            #expect(!String(decoding: report.markdown(), as: UTF8.self).contains("not remembered"))
            #expect(!String(decoding: report.html(), as: UTF8.self).contains("not remembered"))
        }
    }

    @Test func theComparisonReportsStateTheCaveatPerGroup() {
        let with = comparisonReport(notRemembered: 1234)
        #expect(String(decoding: with.markdown(), as: UTF8.self).contains("A: read 10 = analysed 10 + skipped 0 + duplicates 0 (" + Self.caveat + ")"))
        #expect(String(decoding: with.html(), as: UTF8.self).contains("1,234 text(s) met after the first 750,000"))
        let without = comparisonReport(notRemembered: nil)
        #expect(!String(decoding: without.markdown(), as: UTF8.self).contains("not remembered"))
        #expect(!String(decoding: without.html(), as: UTF8.self).contains("not remembered"))
    }
}
