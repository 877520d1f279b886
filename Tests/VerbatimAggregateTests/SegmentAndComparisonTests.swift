import Testing
import VerbatimTestSupport
import VerbatimModel

@testable import VerbatimAggregate

@Suite struct SegmentAndComparisonTests {
    typealias T = TestData

    /// Records of one brand with the given delivery-complaint rate.
    static func brand(_ name: String, rate: Double, count: Int, start: Int, seed: UInt64) -> [AnalyzedRecord] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { i in
            let complaint = Double.random(in: 0..<1, using: &rng) < rate
            let praise = Double.random(in: 0..<1, using: &rng) < 0.2
            var themes: [(String, Double)] = complaint ? [("delivery", -0.7)] : praise ? [("staff", 0.8)] : []
            if !complaint && Double.random(in: 0..<1, using: &rng) < 0.1 { themes.append(("delivery", 0.5)) }
            let a = T.answer(complaint ? "late again" : "fine", score: complaint ? -0.7 : 0.4, themes: themes, complaint: complaint)
            return T.record(start + i, answers: [a], recommend: complaint ? 3 : 9, brand: name)
        }
    }

    static let options = AggregateOptions(segmentBy: ["brand"])

    @Test func segmentWithARealDifferenceIsMarkedHigherAndLower() throws {
        let data = Self.brand("Acme", rate: 0.30, count: 200, start: 0, seed: 1)
            + Self.brand("Bolt", rate: 0.05, count: 200, start: 1000, seed: 2)
        let seg = try #require(T.aggregate(data, Self.options).summary(Self.options).segments.first)
        #expect(seg.collected && seg.values.map(\.value) == ["Acme", "Bolt"])
        let cells = seg.cells.filter { $0.theme == "delivery" }
        #expect(cells.map(\.significance) == [.higher, .lower])
        #expect(try #require(cells[0].adjustedPValue) < 0.05)
        #expect(seg.testsRun >= 2)
    }

    @Test func segmentWithoutADifferenceIsNotSignificant() throws {
        let data = Self.brand("Acme", rate: 0.15, count: 200, start: 0, seed: 1)
            + Self.brand("Bolt", rate: 0.15, count: 200, start: 1000, seed: 2)
            + Self.brand("Cora", rate: 0.15, count: 200, start: 2000, seed: 3)
        let seg = try #require(T.aggregate(data, Self.options).summary(Self.options).segments.first)
        #expect(seg.cells.allSatisfy { $0.significance != .higher && $0.significance != .lower })
    }

    @Test func segmentValuesBeyondTheLimitArePooledAsOther() throws {
        var data: [AnalyzedRecord] = []
        for i in 0..<30 {
            for j in 0...(30 - i) { data.append(T.record(data.count, answers: [T.answer("x")], segments: ["shop": "S\(i)", "n": "\(j)"])) }
        }
        data.append(T.record(data.count))
        var o = AggregateOptions(segmentBy: ["shop"])
        o.maxSegmentValues = 5
        let seg = try #require(T.aggregate(data, o).summary(o).segments.first)
        #expect(seg.values.map(\.value) == ["S0", "S1", "S2", "S3", "S4", "(other)", "(none)"])
        #expect(seg.values.reduce(0) { $0 + $1.respondents } == data.count)
    }

    @Test func segmentNotCollectedSaysSo() throws {
        let a = T.aggregate([T.record(0)])
        let seg = try #require(a.summary(AggregateOptions(segmentBy: ["brand"])).segments.first)
        #expect(!seg.collected && seg.note != nil)
    }

    @Test func comparisonFindsAKnownDifferenceAndSaysItInWords() throws {
        let groups = [
            ("Acme", T.aggregate(Self.brand("Acme", rate: 0.30, count: 300, start: 0, seed: 1))),
            ("Bolt", T.aggregate(Self.brand("Bolt", rate: 0.08, count: 300, start: 1000, seed: 2))),
            ("Cora", T.aggregate(Self.brand("Cora", rate: 0.10, count: 300, start: 2000, seed: 3))),
        ]
        let c = Aggregator.comparison(groups: groups, options: AggregateOptions())
        #expect(c.groups.map(\.name) == ["Acme", "Bolt", "Cora"])
        let acme = c.groups[0]
        let weakness = try #require(acme.weaknesses.first { $0.metric == "complaints" })
        #expect(weakness.theme == "delivery")
        #expect(weakness.text.hasPrefix("More complaints about delivery than the others ("))
        #expect(weakness.text.hasSuffix(", significant)"))
        #expect(acme.weaknesses.contains { $0.metric == "nps" })
        #expect(c.groups[1].strengths.contains { $0.metric == "complaints" && $0.text.hasPrefix("Fewer complaints about delivery") })
        let row = try #require(c.themes.first { $0.theme == "delivery" })
        #expect(row.cells.map(\.group) == ["Acme", "Bolt", "Cora"])
        #expect(row.cells[0].complaintTest?.significance == .higher)
        #expect(c.testsRun > 0)
    }

    @Test func comparisonWithoutADifferenceHasNoFindings() {
        let groups: [String: Aggregator] = [
            "Acme": T.aggregate(Self.brand("Acme", rate: 0.15, count: 300, start: 0, seed: 1)),
            "Bolt": T.aggregate(Self.brand("Bolt", rate: 0.15, count: 300, start: 1000, seed: 2)),
            "Cora": T.aggregate(Self.brand("Cora", rate: 0.15, count: 300, start: 2000, seed: 3)),
        ]
        let c = Aggregator.comparison(groups: groups, options: AggregateOptions())
        #expect(c.groups.allSatisfy { $0.strengths.isEmpty && $0.weaknesses.isEmpty })
        #expect(c.groups.map(\.nps.value).allSatisfy { $0 != nil })
    }
}
