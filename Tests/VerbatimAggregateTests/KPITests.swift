import Testing
import VerbatimModel

@testable import VerbatimAggregate

@Suite struct KPITests {
    typealias T = TestData

    @Test func npsCountsPromotersPassivesAndDetractorsPerRespondent() throws {
        let values: [Double] = [10, 9, 9, 10, 9, 8, 7, 7, 3, 0]
        let s = T.aggregate(values.enumerated().map { T.record($0.offset, recommend: $0.element) })
            .summary(AggregateOptions())
        let nps = s.kpis.nps
        #expect(try #require(nps.value) == 30)
        #expect(nps.n == 10)
        #expect(nps.parts.map(\.value) == [5, 3, 2])
        let ci = try #require(nps.interval)
        #expect(abs(ci.low - -18.4072) < 1e-3 && abs(ci.high - 78.4072) < 1e-3)
        #expect(nps.unavailableReason == nil)
        #expect(nps.formula.contains("promoters") && nps.formulaZh.contains("推荐者"))
    }

    @Test func allPromotersGiveNPS100WithACollapsedInterval() throws {
        let s = T.aggregate((0..<4).map { T.record($0, recommend: 10) }).summary(AggregateOptions())
        #expect(s.kpis.nps.value == 100)
        #expect(s.kpis.nps.interval == Interval(low: 100, high: 100))
    }

    @Test func kpisWithoutTheirDataAreNilWithAReason() {
        let s = T.aggregate([T.record(0, answers: [T.answer("hello")])]).summary(AggregateOptions())
        for k in [s.kpis.nps, s.kpis.csat, s.kpis.averageRating, s.kpis.averageRatingNormalized,
                  s.kpis.complaintsPerThousandOrders, s.kpis.responseTimeMedian, s.kpis.responseTimeP90] {
            #expect(k.value == nil, "\(k.id)")
            #expect(k.unavailableReason?.isEmpty == false, "\(k.id)")
        }
        #expect(s.kpis.nps.unavailableReason == "no 0–10 recommend answers")
        #expect(s.kpis.csat.unavailableReason == "no ratings")
    }

    @Test func recommendOffTheZeroToTenScaleIsNotCountedForNPS() {
        var r = T.record(0)
        r.record.recommend = Rating(value: 4, scaleMin: 1, scaleMax: 5)
        let s = T.aggregate([r]).summary(AggregateOptions())
        #expect(s.kpis.nps.value == nil)
        #expect(s.accounting.invalidRecommend == 1)
    }

    @Test func csatIsTopTwoBoxWithWilsonInterval() throws {
        let s = T.aggregate([5.0, 4, 3].enumerated().map { T.record($0.offset, rating: $0.element) })
            .summary(AggregateOptions())
        #expect(abs(try #require(s.kpis.csat.value) - 2.0 / 3) < 1e-12)
        #expect(s.kpis.csat.interval == Wilson.interval(successes: 2, of: 3))
        #expect(s.kpis.csat.n == 3)
    }

    @Test(arguments: [
        ((1.0, 7.0), [7.0, 6, 5], 2),  // 6–7 on 1–7
        ((0.0, 10.0), [10.0, 9, 8, 0], 2),  // 9–10 on 0–10
        ((1.0, 5.0), [5.0, 4, 4, 2], 3),
        ((0.0, 1.0), [1.0, 0, 1], 2),  // thumbs: only the top point
        ((1.0, 3.0), [3.0, 2, 1], 1),
    ])
    func csatTopTwoFollowsTheRatingScale(scale: (Double, Double), values: [Double], satisfied: Int) {
        let s = T.aggregate(values.enumerated().map { T.record($0.offset, rating: $0.element, scale: scale) })
            .summary(AggregateOptions())
        #expect(s.kpis.csat.parts.first?.value == Double(satisfied))
    }

    @Test func averageRatingHasMeanNormalMeanAndNormalInterval() throws {
        let s = T.aggregate([5.0, 4, 3].enumerated().map { T.record($0.offset, rating: $0.element) })
            .summary(AggregateOptions())
        let avg = s.kpis.averageRating
        #expect(try #require(avg.value) == 4)
        let ci = try #require(avg.interval)  // 4 ± 1.96 · 1/√3, clipped at 5
        #expect(abs(ci.low - (4 - 1.959963984540054 / 3.0.squareRoot())) < 1e-9)
        #expect(ci.high == 5)
        #expect(try #require(s.kpis.averageRatingNormalized.value) == 0.75)
        #expect(s.ratingScales == [ScaleCount(scale: "1–5", min: 1, max: 5, ratings: 3)])
    }

    @Test func averageRatingOnMixedScalesFallsBackToNormalized() throws {
        let s = T.aggregate([
            T.record(0, rating: 5, scale: (1, 5)), T.record(1, rating: 10, scale: (0, 10)),
        ]).summary(AggregateOptions())
        #expect(s.kpis.averageRating.value == nil)
        #expect(s.kpis.averageRating.unavailableReason?.contains("several scales") == true)
        #expect(s.kpis.averageRatingNormalized.value == 1)
    }

    @Test func oneRatingHasAMeanButNoInterval() {
        let s = T.aggregate([T.record(0, rating: 4)]).summary(AggregateOptions())
        #expect(s.kpis.averageRating.value == 4)
        #expect(s.kpis.averageRating.interval == nil)
    }

    @Test func complaintRateCountsItemsAndPerThousandCountsRespondents() throws {
        let records = [
            T.record(0, answers: [T.answer("bad", complaint: true), T.answer("worse", question: "Q2", complaint: true)]),
            T.record(1, answers: [T.answer("fine")]),
            T.record(2, answers: [T.answer("meh")]),
            T.record(3),
        ]
        let s = T.aggregate(records).summary(AggregateOptions(orderVolume: 500))
        #expect(s.kpis.complaintRate.value == 0.5)  // 2 of 4 items
        #expect(s.kpis.complaintRate.interval == Wilson.interval(successes: 2, of: 4))
        #expect(s.kpis.complaintsPerThousandOrders.value == 2)  // 1 respondent ÷ 500 × 1000
        #expect(s.accounting.respondents == 4 && s.accounting.items == 4)
        #expect(s.accounting.respondentsWithoutText == 1 && s.accounting.complaintRespondents == 1)
    }

    @Test func oneItemGivesACompleteAccounting() throws {
        let s = T.aggregate([T.record(0, answers: [T.answer("Late", score: -0.5, themes: [("delivery", -0.5)], complaint: true)])])
            .summary(AggregateOptions())
        #expect(s.accounting.items == 1 && s.accounting.sentiment.negative == 1)
        #expect(s.accounting.sentiment.negativeShare == 1 && s.accounting.sentiment.meanScore == -0.5)
        #expect(s.kpis.complaintRate.value == 1)
        #expect(s.themes.map(\.theme.id) == ["delivery"])
        #expect(s.themes[0].complaintShare == 1 && s.themes[0].netSentiment == -1)
    }

    @Test func responseTimeMedianAndP90ComeFromTheHistogram() throws {
        let times: [Double] = [60, 120, 3600, -5]
        let s = T.aggregate(times.enumerated().map { T.record($0.offset, responseTime: $0.element) })
            .summary(AggregateOptions())
        let median = try #require(s.kpis.responseTimeMedian.value)
        #expect(abs(median - 120) / 120 < 0.005)
        #expect(s.kpis.responseTimeP90.value == 3600)
        #expect(s.kpis.responseTimeMedian.n == 3)
        #expect(s.accounting.invalidResponseTime == 1)
    }

    @Test func retentionIsEndMinusNewOverStart() {
        let s = T.aggregate([]).summary(AggregateOptions(retention: [
            RetentionPeriod(label: "2026-Q1", customersAtStart: 100, customersAtEnd: 90, newCustomers: 10),
            RetentionPeriod(label: "2026-Q2", customersAtStart: 0, customersAtEnd: 5, newCustomers: 5),
        ]))
        #expect(s.kpis.retention.map(\.kpi.value) == [0.8, nil])
        #expect(s.kpis.retention[1].kpi.unavailableReason != nil)
    }

    @Test func impactIsKPIWithoutComplainersMinusKPIWithAll() throws {
        let late = T.answer("late", score: -0.8, themes: [("delivery/late", -0.8)], complaint: true)
        let s = T.aggregate([
            T.record(0, recommend: 10, rating: 5), T.record(1, recommend: 9, rating: 4),
            T.record(2, answers: [late], recommend: 2, rating: 1), T.record(3, recommend: 8, rating: 3),
        ]).summary(AggregateOptions())
        let delivery = try #require(s.themes.first)
        // All: (2 − 1)/4 = 25; without respondent 2: 2/3 promoters = 66.7.
        #expect(abs(try #require(delivery.impact.nps) - (200.0 / 3 - 25)) < 1e-9)
        // CSAT 2/4 → 2/3.
        #expect(abs(try #require(delivery.impact.csat) - (2.0 / 3 - 0.5)) < 1e-9)
        // Mean rating 3.25 → 4.
        #expect(abs(try #require(delivery.impact.averageRating) - 0.75) < 1e-9)
        #expect(delivery.impact.detractors == 1 && delivery.impact.complainingRespondents == 1)
        #expect(delivery.subthemes.first?.impact == delivery.impact)
    }
}
