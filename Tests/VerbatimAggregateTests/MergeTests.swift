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

    /// The hashed grouping gives the string-comparing grouping it replaced (same refs, order and
    /// mentions), with each ref's and id's table hash.
    @Test func hashedGroupingEqualsTheStringGrouping() {
        let paths = ["delivery/late", "price", "delivery", "delivery-x", "price/fees", "a", "a/b", "ab", "delivery/slow"]
        var state: UInt64 = 5
        for n in [1, 2, 3, 6, 12] {
            for _ in 0..<30 {
                let findings = (0..<n).map { _ -> ThemeFinding in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return finding(paths[Int(state >> 33) % paths.count], Double(Int(state >> 50) % 200 - 100) / 100, ["t\(state % 3)"])
                }
                let hashes = ThemeMention.hashes(findings)
                for (f, h) in zip(findings, hashes) {
                    #expect(h.ref == f.theme.tallyHash && h.id == f.theme.id.tallyHash && h.id == ThemeRef(id: f.theme.id).tallyHash)
                }
                let hashed = ThemeMention.byRef(findings, hashes)
                let reference = Self.byRefComparingStrings(findings)
                #expect(hashed.map(\.ref) == reference.map(\.0))
                #expect(hashed.map(\.mention) == reference.map(\.1))
                #expect(hashed.allSatisfy { $0.hash == $0.ref.tallyHash })
                let ids = ThemeMention.byID(findings, hashes)
                let referenceIDs = Self.byIDComparingStrings(findings)
                #expect(ids.map(\.id) == referenceIDs.map(\.0) && ids.map(\.label) == referenceIDs.map(\.1))
                #expect(ids.allSatisfy { $0.hash == $0.id.tallyHash })
            }
        }
    }

    /// The string-comparing grouping `ThemeMention.byRef(_:_:)` replaced.
    static func byRefComparingStrings(_ findings: [ThemeFinding]) -> [(ThemeRef, ThemeMention)] {
        if findings.count == 1 {
            // One finding is the whole mention of its theme id and of its exact theme/subtheme.
            let theme = findings[0].theme, mention = ThemeMention(findings)
            return theme.subtheme == nil ? [(theme, mention)] : [(ThemeRef(id: theme.id), mention), (theme, mention)]
        }
        // Each ref is met first at some finding k: its mention is made of findings k… (no earlier
        // one matches), and "already met" is a scan of findings ..<k — no ref array to compare.
        var out: [(ThemeRef, ThemeMention)] = []
        out.reserveCapacity(2 * findings.count)
        for k in findings.indices {
            let theme = findings[k].theme
            let earlier = findings[..<k]
            if !earlier.contains(where: { $0.theme.id == theme.id }) {
                out.append((ThemeRef(id: theme.id), ThemeMention(findings[k...], where: { $0.theme.id == theme.id })))
            }
            if theme.subtheme != nil, !earlier.contains(where: { $0.theme == theme }) {
                out.append((theme, ThemeMention(findings[k...], where: { $0.theme == theme })))
            }
        }
        return out
    }

    /// The string-comparing grouping `ThemeMention.byID(_:_:)` replaced.
    static func byIDComparingStrings(_ findings: [ThemeFinding]) -> [(String, SentimentLabel)] {
        if findings.count == 1 { return [(findings[0].theme.id, ThemeMention.label(findings))] }
        var ids: [String] = []
        ids.reserveCapacity(findings.count)
        for f in findings where !ids.contains(f.theme.id) { ids.append(f.theme.id) }
        return ids.map { id in (id, ThemeMention.label(findings.lazy.filter { $0.theme.id == id })) }
    }

    @Test func evidenceTermsAreLowerCasedAndCountedOncePerItem() {
        #expect(ThemeTally.lowercased("Late") == "late" && ThemeTally.lowercased("太慢") == "太慢" && ThemeTally.lowercased("ÉTÉ") == "été")
        #expect(ThemeTally.characterCount("a\r\nb") == "a\r\nb".count && ThemeTally.characterCount("👩‍👩‍👧 ok") == "👩‍👩‍👧 ok".count)
    }
}
