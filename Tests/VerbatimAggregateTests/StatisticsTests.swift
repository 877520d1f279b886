import Testing

@testable import VerbatimAggregate

@Suite struct StatisticsTests {
    @Test(arguments: [(0.0, 0.5), (1.959963984540054, 0.975), (-1.959963984540054, 0.025), (2.326347874, 0.99)])
    func normalCDFMatchesTables(x: Double, expected: Double) {
        #expect(abs(NormalDistribution.cdf(x) - expected) < 1e-9)
    }

    @Test func upperTailKeepsPrecisionFarOut() {
        #expect(NormalDistribution.upperTail(10) > 0)
        #expect(abs(NormalDistribution.upperTail(10) - 7.619853024160527e-24) / 7.6e-24 < 1e-6)
        #expect(abs(NormalDistribution.twoSided(-1.959963984540054) - 0.05) < 1e-9)
    }

    @Test func wilsonIntervalMatchesHandComputation() throws {
        let ci = try #require(Wilson.interval(successes: 8, of: 10))
        #expect(abs(ci.low - 0.4901624) < 1e-6)
        #expect(abs(ci.high - 0.9433178) < 1e-6)
    }

    @Test func wilsonIntervalStaysInsideZeroOneAtTheEdges() throws {
        let none = try #require(Wilson.interval(successes: 0, of: 20))
        #expect(none.low == 0 && none.high > 0.1 && none.high < 0.2)
        let all = try #require(Wilson.interval(successes: 20, of: 20))
        #expect(all.high == 1 && all.low > 0.8)
        #expect(Wilson.interval(successes: 0, of: 0) == nil)
        #expect(Wilson.interval(successes: 3, of: 2) == nil)
    }

    @Test func twoProportionTestMatchesHandComputation() throws {
        let t = try #require(TwoProportionTest(k1: 30, n1: 100, k2: 10, n2: 100))
        #expect(abs(t.z - 3.5355339) < 1e-6)  // 0.2 / √(0.2·0.8·0.02)
        #expect(abs(t.pGreater - 0.000203476) < 1e-8)
        #expect(abs(t.pLess - (1 - 0.000203476)) < 1e-8)
        #expect(abs(t.pTwoSided - 2 * 0.000203476) < 1e-8)
    }

    @Test func twoProportionTestWithoutVarianceHasZeroZ() throws {
        #expect(try #require(TwoProportionTest(k1: 0, n1: 10, k2: 0, n2: 10)).z == 0)
        #expect(TwoProportionTest(k1: 1, n1: 0, k2: 0, n2: 10) == nil)
    }

    @Test func holmRejectsStepDownAndAdjustsMonotonically() {
        let h = HolmBonferroni(pValues: [0.01, 0.04, 0.03], alpha: 0.05)
        #expect(h.rejected == [true, false, false])
        #expect(zip(h.adjusted, [0.03, 0.06, 0.06]).allSatisfy { abs($0 - $1) < 1e-12 })
        let h2 = HolmBonferroni(pValues: [0.001, 0.2, 0.012, 0.02], alpha: 0.05)
        // 0.001·4, 0.012·3, 0.02·2, 0.2·1 → 0.004, 0.036, 0.04, 0.2: the first three are rejected.
        #expect(h2.rejected == [true, false, true, true])
        #expect(HolmBonferroni(pValues: []).rejected.isEmpty)
    }

    @Test func npsEstimateMatchesHandComputation() throws {
        let e = try #require(NPSEstimate(promoters: 5, passives: 3, detractors: 2))
        #expect(abs(e.nps - 30) < 1e-9)
        // se = √((0.5 + 0.2 − 0.09) / 10) = 0.246982 → 24.698 points
        #expect(abs(e.standardError - 24.698178) < 1e-5)
        #expect(abs(e.interval.low - (30 - 1.959963984540054 * 24.698178)) < 1e-4)
        #expect(abs(e.interval.high - (30 + 1.959963984540054 * 24.698178)) < 1e-4)
    }

    @Test func npsIntervalIsClippedAndCollapsesWhenAllAgree() throws {
        let all = try #require(NPSEstimate(promoters: 7, passives: 0, detractors: 0))
        #expect(all.nps == 100 && all.interval == Interval(low: 100, high: 100))
        let one = try #require(NPSEstimate(promoters: 1, passives: 0, detractors: 1))
        #expect(one.nps == 0 && one.interval.low == -100 && one.interval.high == 100)
        #expect(NPSEstimate(promoters: 0, passives: 0, detractors: 0) == nil)
    }

    @Test func histogramQuantilesAreWithinHalfAPercent() throws {
        var h = LogHistogram()
        for v in 1...1000 { h.add(Double(v)) }
        let median = try #require(h.quantile(0.5))
        #expect(abs(median - 500) / 500 < 0.006)
        let p90 = try #require(h.quantile(0.9))
        #expect(abs(p90 - 900) / 900 < 0.006)
        #expect(h.quantile(1) == 1000)
        #expect(!h.add(-1) && !h.add(.nan) && h.count == 1000)
        #expect(LogHistogram().quantile(0.5) == nil)
    }

    @Test func histogramMergeEqualsOnePass() {
        var one = LogHistogram(), a = LogHistogram(), b = LogHistogram()
        for v in stride(from: 0.0, to: 5000, by: 7.3) {
            one.add(v)
            if Int(v) % 2 == 0 { a.add(v) } else { b.add(v) }
        }
        var ab = a
        ab.merge(b)
        var ba = b
        ba.merge(a)
        #expect(ab == one && ba == one)
    }
}
