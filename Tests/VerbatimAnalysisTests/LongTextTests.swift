import Testing
import VerbatimLexicon
import VerbatimText
@testable import VerbatimAnalysis

/// One huge text (a 10 MB line without punctuation) must not make the theme
/// summary quadratic, and must not leave a worker holding buffers its size.
@Suite struct LongTextTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.shippedLexicon])

    /// `NearestMentions` finds exactly the mentions the scan finds: within the smallest gap + 3.
    @Test func nearestMentionsEqualTheScan() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<400 {
            // Mentions in order of their starts, some overlapping, some sharing a start.
            var mentions: [ThemeMentionAt] = []
            var at = next(5)
            for _ in 0..<(1 + next(60)) {
                at += next(4) == 0 ? 0 : next(12)
                mentions.append(ThemeMentionAt(rank: Int32(next(9)), clause: 0, range: at..<(at + 1 + next(8))))
            }
            let lo = next(mentions.count)
            let idx = lo..<(lo + 1 + next(mentions.count - lo))
            var maxEnd = ScratchArray<Int>()
            #expect(NearestMentions.prepare(mentions, idx, &maxEnd))
            for _ in 0..<20 {
                let p = next(at + 20)
                let r = p..<(p + 1 + next(6))
                let best = idx.map { gap(r, mentions[$0].range) }.min()!
                let expected = idx.filter { gap(r, mentions[$0].range) <= best + 3 }
                var found: [Int] = []
                NearestMentions.forEach(near: r, in: mentions, idx, maxEnd) { found.append($0) }
                #expect(found.sorted() == expected, "term \(r) in \(idx.map { mentions[$0].range })")
            }
        }
    }

    @Test func mentionsOutOfOrderAreLeftToTheScan() {
        let mentions = [
            ThemeMentionAt(rank: 0, clause: 0, range: 10..<12), ThemeMentionAt(rank: 1, clause: 0, range: 4..<6),
        ]
        var maxEnd = ScratchArray<Int>()
        #expect(!NearestMentions.prepare(mentions, 0..<2, &maxEnd))
    }

    /// A long run of one clause: every mention and term in one scope (the case that was quadratic).
    /// Themes and sentiment are those of the same words in a short text.
    @Test func hugeSingleClauseTextKeepsThemesAndSentiment() {
        let analyzer = Analyzer(lexicon: Self.lexicon)
        let unit = "the food was great and the staff were friendly "
        let short = analyzer.analyze(unit)
        let long = analyzer.analyze(String(repeating: unit, count: 20_000))  // ≈ 940 KB, one clause
        #expect(long.label == short.label)
        #expect(long.themes.map(\.theme) == short.themes.map(\.theme))
        #expect(long.themes.map(\.label) == short.themes.map(\.label))
    }

    @Test func hugeTextLeavesFreshBuffersBehind() {
        let analyzer = Analyzer(lexicon: Self.lexicon)
        let scratch = AnalysisScratch()
        _ = analyzer.analyze(String(repeating: "good food, slow delivery. ", count: 20_000), using: scratch)  // 520 KB
        #expect((scratch.buffers?.text.bytes.capacity ?? 0) < 64 << 10)
        #expect((scratch.buffers?.normalizer.entryCapacity ?? 0) < 64 << 10)
        // An ordinary text keeps its buffers for the next one.
        let ordinary = String(repeating: "good food, slow delivery. ", count: 100)
        _ = analyzer.analyze(ordinary, using: scratch)
        #expect((scratch.buffers?.text.bytes.capacity ?? 0) >= ordinary.utf8.count)
        // Same result with reused and fresh buffers.
        #expect(analyzer.analyze(ordinary, using: scratch) == analyzer.analyze(ordinary))
    }
}

/// The contrast weights computed in runs (one pass per sentence, running products for many
/// concessive markers) equal, bit for bit, the scan of every match per marker.
@Suite struct ContrastRunTests {
    @Test func runsGiveTheScansWeights() {
        let lexicon = LongTextTests.lexicon
        let analyzer = Analyzer(lexicon: lexicon)
        let pieces = [
            "although", "though", "but", "however", "the food was good", "the service was bad", "not great",
            "虽然", "但是", "不过", "很好吃", "太慢了", "尽管", "服务很差", "，", "。", ", ", ". ", "! ", "great", "awful",
        ]
        var seed: UInt64 = 42
        // Many concessive markers in one sentence (the running-product path), then random mixes.
        let fixed = [
            String(repeating: "although the food was good, ", count: 12) + "great",
            String(repeating: "although great although awful ", count: 8),
            String(repeating: "虽然很好吃，", count: 10) + "服务很差。" + String(repeating: "尽管太慢了", count: 6),
        ]
        for round in 0..<(300 + fixed.count) {
            var text = round < fixed.count ? fixed[round] : ""
            for _ in 0..<(round < fixed.count ? 0 : 1 + round % 60) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((seed >> 33) % UInt64(pieces.count))] + " "
            }
            let normalized = lexicon.normalizer.normalize(text)
            let matches = lexicon.match(normalized, domain: 0).polarity
            var clauses: [Clause] = []
            Segmenter.clauses(of: normalized.bytes, separatorStarts: normalized.separatorStarts, into: &clauses)
            var runs = ContrastBuffers()
            runs.compute(matches: matches, roles: analyzer.plain, clauses: clauses)
            var scan = ContrastBuffers()
            scan.compute(matches: matches, roles: analyzer.plain, clauses: clauses)  // fills the lists scanning needs
            scan.weights.reset(to: 1, count: matches.count)
            scan.computeByScanning(matches: matches, roles: analyzer.plain, clauses: clauses, anyBut: true)
            #expect(Array(runs.weights).map(\.bitPattern) == Array(scan.weights).map(\.bitPattern), "\(text)")
            if round < fixed.count { #expect(Set(Array(runs.weights)).count > 2, "\(text)") }
        }
    }
}
