import Foundation
import Testing
import VerbatimModel

@testable import VerbatimAggregate

@Suite struct EdgeCaseTests {
    typealias T = TestData

    @Test func hostileNumbersNeitherCrashNorLeakIntoTheSummary() throws {
        var bad = T.record(0, answers: [T.answer("x", score: .nan, themes: [("delivery", .infinity)], complaint: true)])
        bad.record.rating = Rating(value: 1e300, scaleMin: 0, scaleMax: 1e301)
        bad.record.recommend = Rating(value: .nan, scaleMin: 0, scaleMax: 10)
        bad.record.responseTimeSeconds = .infinity
        var inverted = T.record(1, rating: 3)
        inverted.record.rating = Rating(value: 3, scaleMin: 5, scaleMax: 1)
        let s = T.aggregate([bad, inverted, T.record(2, answers: [T.answer("y", score: 7)])]).summary(AggregateOptions())
        #expect(s.accounting.invalidRating == 2 && s.accounting.invalidRecommend == 1)
        #expect(s.accounting.invalidResponseTime == 1)
        #expect(s.accounting.sentiment.meanScore == 0.5)  // NaN counts 0, 7 is clamped to 1
        #expect(s.themes.first?.meanSentiment == 0)  // non-finite counts as 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        _ = try encoder.encode(s)  // throws on NaN or infinity
    }

    @Test func anEmptyAggregatorSummarizes() throws {
        let s = Aggregator().summary(AggregateOptions(segmentBy: ["brand"]))
        #expect(s.accounting.respondents == 0 && s.themes.isEmpty && s.trend.periods.isEmpty)
        #expect(s.kpis.complaintRate.value == nil && s.accounting.sentiment.meanScore == nil)
        _ = try JSONEncoder().encode(s)
    }

    @Test func severalSubthemesInOneItemCountOnceForTheirTheme() throws {
        let a = T.answer("late and cold", score: -0.6, themes: [("food/cold", -0.4), ("food/late", -0.8)], complaint: true)
        let s = T.aggregate([T.record(0, answers: [a])]).summary(AggregateOptions())
        let food = try #require(s.themes.first)
        #expect(food.mentions == 1 && food.complaints == 1)
        #expect(abs(food.meanSentiment - -0.6) < 1e-9)
        #expect(food.subthemes.map(\.theme.description) == ["food/late", "food/cold"].sorted())
        #expect(food.impact.complainingRespondents == 1)
    }

    @Test func mixedThemeSentimentInOneItemIsNeutral() throws {
        let a = T.answer("x", themes: [("food/taste", 0.6), ("food/cold", -0.6)])
        let food = try #require(T.aggregate([T.record(0, answers: [a])]).summary(AggregateOptions()).themes.first)
        #expect(food.neutral == 1 && food.positive == 0 && food.negative == 0)
    }

    @Test func questionAndLanguageSegmentsCountItemsUnderEachValue() throws {
        let r = T.record(0, answers: [
            T.answer("late", question: "Why?", language: .en), T.answer("太慢", question: "Other?", language: .zh),
            T.answer("再来", question: "Other?", language: .zh),
        ], recommend: 10)
        let o = AggregateOptions(segmentBy: ["question", "language"])
        let s = T.aggregate([r, T.record(1, recommend: 0)], o).summary(o)
        let q = s.segments[0], l = s.segments[1]
        #expect(q.values.map(\.value) == ["Other?", "Why?", "(none)"])
        #expect(q.values.map(\.items) == [2, 1, 0])
        #expect(q.values.map(\.respondents) == [1, 1, 1])
        #expect(q.values[0].nps?.nps == 100 && q.values[2].nps?.nps == -100)
        #expect(l.values.map(\.value) == ["zh", "en", "(none)"])  // by respondents, then items
        #expect(l.values.first { $0.value == "zh" }?.items == 2)
    }

    @Test func kpiListIsInReportOrder() {
        let s = Aggregator().summary(AggregateOptions(retention: [
            RetentionPeriod(label: "Q1", customersAtStart: 10, customersAtEnd: 9, newCustomers: 1),
        ]))
        #expect(s.kpis.all.map(\.id) == [
            "nps", "csat", "averageRating", "averageRatingNormalized", "complaintRate", "complaintsPerThousandOrders",
            "responseTimeMedian", "responseTimeP90", "retention",
        ])
    }
}
