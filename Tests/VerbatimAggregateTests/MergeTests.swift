import Foundation
import Testing
import VerbatimTestSupport
import VerbatimModel

@testable import VerbatimAggregate

@Suite struct MergeTests {
    typealias T = TestData
    static let options = AggregateOptions(segmentBy: ["brand", "region", "question", "language"])

    @Test(arguments: [UInt64(1), 2, 3])
    func shardsMergedInAnyOrderEqualOnePass(seed: UInt64) {
        let data = T.generated(count: 1500, seed: seed)
        let one = T.aggregate(data, Self.options)
        var rng = SplitMix64(seed: seed &+ 100)
        var shards = Array(repeating: [AnalyzedRecord](), count: 5)
        for r in data { shards[Int.random(in: 0..<5, using: &rng)].append(r) }
        let parts = shards.map { T.aggregate($0, Self.options) }

        let forward = Aggregator.merged(parts, options: Self.options)
        let backward = Aggregator.merged(parts.reversed(), options: Self.options)
        // Tree order: (0+1) + ((2+3) + 4).
        var left = parts[0]
        left.merge(parts[1])
        var right = parts[2]
        right.merge(parts[3])
        right.merge(parts[4])
        left.merge(right)

        for options in [Self.options, AggregateOptions(segmentBy: ["brand", "region"], period: .week),
                        AggregateOptions(period: .quarter, orderVolume: 9_000)] {
            let expected = one.summary(options)
            #expect(forward.summary(options) == expected)
            #expect(backward.summary(options) == expected)
            #expect(left.summary(options) == expected)
        }
        #expect(forward == one && backward == one && left == one)
    }

    @Test func mergingAnEmptyAggregatorChangesNothing() {
        let a = T.aggregate(T.generated(count: 200, seed: 9), Self.options)
        var b = a
        b.merge(Aggregator(options: Self.options))
        #expect(a == b)
    }

    @Test func shuffledInputGivesTheSameSummary() {
        let data = T.generated(count: 1200, seed: 42)
        var rng = SplitMix64(seed: 7)
        let shuffled = data.shuffled(using: &rng)
        #expect(T.aggregate(data, Self.options).summary(Self.options)
            == T.aggregate(shuffled, Self.options).summary(Self.options))
    }

    @Test func summaryJSONIsByteIdenticalAcrossRuns() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = T.generated(count: 600, seed: 5)
        let a = try encoder.encode(T.aggregate(data, Self.options).summary(Self.options))
        let b = try encoder.encode(T.aggregate(data.reversed(), Self.options).summary(Self.options))
        #expect(a == b)
        let decoded = try JSONDecoder().decode(AnalysisSummary.self, from: a)
        #expect(decoded.accounting.respondents == 600)
    }

    @Test func accountingAddsUp() {
        let s = T.aggregate(T.generated(count: 800, seed: 11), Self.options).summary(Self.options)
        let a = s.accounting
        #expect(a.respondents == 800)
        #expect(a.respondentsWithText + a.respondentsWithoutText == a.respondents)
        #expect(a.sentiment.total == a.items)
        #expect(a.itemsByLanguage.reduce(0) { $0 + $1.items } == a.items)
        #expect(s.trend.periods.reduce(0) { $0 + $1.respondents } + s.trend.undatedRespondents == a.respondents)
        #expect(s.trend.periods.reduce(0) { $0 + $1.items } + s.trend.undatedItems == a.items)
        let brand = s.segments[0]
        #expect(brand.values.reduce(0) { $0 + $1.respondents } == a.respondents)
        #expect(brand.values.map(\.value).contains("(none)"))
    }

    @Test func dateFilterExcludesAndCountsWhatItLeavesOut() {
        let records = [
            T.record(0, date: RecordDate(year: 2026, month: 1, day: 1)),
            T.record(1, date: RecordDate(year: 2026, month: 2, day: 1)),
            T.record(2, date: RecordDate(year: 2026, month: 3, day: 1)),
            T.record(3),
        ]
        let o = AggregateOptions(since: RecordDate(year: 2026, month: 1, day: 15), until: RecordDate(year: 2026, month: 2, day: 28))
        let a = T.aggregate(records, o).summary(o).accounting
        #expect(a.respondents == 1 && a.excludedByDate == 2 && a.excludedUndated == 1)
    }
}

@Suite struct ThemeMentionTests {
    private func finding(_ path: String, _ s: Double, _ evidence: [String]) -> ThemeFinding {
        ThemeFinding(theme: ThemeRef(path: path), sentiment: s, label: SentimentLabel(score: s, neutralBand: 0.05), evidence: evidence)
    }

    /// Grouping by scans gives, ref for ref, what the dictionary grouping gave (only the order of refs may differ).
    @Test func mentionsByRefAndByIDMatchTheDictionaryGrouping() {
        let findings = [finding("delivery/late", -0.8, ["太慢"]), finding("price", 0.4, ["cheap"]), finding("delivery", 0.3, ["Fast"]),
                        finding("delivery-x", -0.2, ["x"]), finding("delivery/late", -0.1, ["Late", "太慢"]), finding("price/fees", -0.5, [])]
        var groups: [ThemeRef: [ThemeFinding]] = [:]
        for f in findings {
            groups[ThemeRef(id: f.theme.id), default: []].append(f)
            if f.theme.subtheme != nil { groups[f.theme, default: []].append(f) }
        }
        let byRef = ThemeMention.byRef(findings)
        #expect(byRef.count == groups.count)
        for (ref, mention) in byRef { #expect(mention == ThemeMention(groups[ref]!), "\(ref)") }
        let byID = ThemeMention.byID(findings)
        #expect(Set(byID.map(\.0)) == Set(findings.map(\.theme.id)) && byID.count == 3)
        for (id, label) in byID { #expect(label == ThemeMention(findings.filter { $0.theme.id == id }).label) }
    }

    @Test func evidenceTermsAreLowerCasedAndCountedOncePerItem() {
        #expect(ThemeTally.lowercased("Late") == "late" && ThemeTally.lowercased("太慢") == "太慢" && ThemeTally.lowercased("ÉTÉ") == "été")
        #expect(ThemeTally.characterCount("a\r\nb") == "a\r\nb".count && ThemeTally.characterCount("👩‍👩‍👧 ok") == "👩‍👩‍👧 ok".count)
    }
}
