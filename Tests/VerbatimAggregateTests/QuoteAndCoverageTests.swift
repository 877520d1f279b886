import Testing
import VerbatimTestSupport
import VerbatimModel

@testable import VerbatimAggregate

@Suite struct QuoteAndCoverageTests {
    typealias T = TestData

    static func deliveryData() -> [AnalyzedRecord] {
        var out: [AnalyzedRecord] = []
        for i in 0..<60 {
            let s = -0.5 + Double(i % 5) * 0.02
            out.append(T.record(i, answers: [T.answer(
                "Delivery number \(i) was late by an hour", score: s, themes: [("delivery/late", s)], complaint: true)]))
        }
        out.append(T.record(100, answers: [T.answer(
            String(repeating: "absolutely furious, the worst delivery ever ", count: 20), score: -1,
            themes: [("delivery/late", -1)], complaint: true)]))
        out.append(T.record(101, answers: [T.answer("late", score: -0.5, themes: [("delivery/late", -0.5)], complaint: true)]))
        for i in 0..<10 {
            out.append(T.record(200 + i, answers: [T.answer("Delivery was quick today \(i)", score: 0.6, themes: [("delivery", 0.6)])]))
        }
        return out
    }

    @Test func quotesAreTypicalComplaintsAndDeterministic() throws {
        let data = Self.deliveryData()
        let s = T.aggregate(data).summary(AggregateOptions())
        let delivery = try #require(s.themes.first)
        #expect(delivery.quotes.count == 3)
        for q in delivery.quotes {
            #expect(q.complaint)
            #expect(q.text.hasPrefix("Delivery number"))  // not the rant, not the one-word answer
            #expect(abs(q.sentiment - delivery.meanSentiment) < 0.2)
        }
        var rng = SplitMix64(seed: 4)
        let again = T.aggregate(data.shuffled(using: &rng)).summary(AggregateOptions())
        #expect(again.themes.first?.quotes == delivery.quotes)
        #expect(delivery.exampleItems.count == 5)
        #expect(delivery.subthemes.map(\.theme) == [ThemeRef(id: "delivery", subtheme: "late")])
    }

    @Test func quoteSampleKeepsTheSmallestHashesWhateverTheOrder() {
        var a = QuoteSample(), b = QuoteSample()
        let candidates = (0..<100).map { i in
            QuoteCandidate(
                hash: QuoteCandidate.hash(source: RecordSource(file: "f", line: i, ordinal: i), question: "q"),
                recordID: nil, source: RecordSource(file: "f", line: i, ordinal: i), question: "q", language: .en,
                text: "t\(i)", length: 2, truncated: false, sentiment: 0, complaint: false)
        }
        for c in candidates { a.add(c) }
        for c in candidates.reversed() { b.add(c) }
        #expect(a == b)
        #expect(a.candidates.count == QuoteSample.capacity)
        #expect(a.candidates.map(\.hash) == candidates.map(\.hash).sorted().prefix(QuoteSample.capacity).map { $0 })
    }

    @Test func themesCountEvidenceSharesAndRanking() throws {
        let s = T.aggregate([
            T.record(0, answers: [T.answer("Late", themes: [("delivery", -0.5)], complaint: true, evidence: ["Late"])]),
            T.record(1, answers: [T.answer("late!", themes: [("delivery", -0.5)], complaint: true, evidence: ["late", "slow"])]),
            T.record(2, answers: [T.answer("Nice staff", themes: [("staff", 0.8)], evidence: ["staff"])]),
            T.record(3, answers: [T.answer("Nice staff", themes: [("staff", 0.8)], evidence: ["staff"])]),
            T.record(4, answers: [T.answer("Nice staff", themes: [("staff", 0.8)], evidence: ["staff"])]),
            T.record(5, answers: [T.answer("nothing")]),
        ]).summary(AggregateOptions())
        #expect(s.themes.map(\.theme.id) == ["delivery", "staff"])  // complaints first, though staff has more mentions
        let d = s.themes[0]
        #expect(d.topTerms == [TermCount(term: "late", count: 2), TermCount(term: "slow", count: 1)])
        #expect(d.share == 2.0 / 6 && d.complaintShare == 1 && d.complaintShareOfItems == 2.0 / 6)
        #expect(s.themes[1].netSentiment == 1 && s.themes[1].complaints == 0)
        #expect(s.coverage.itemsWithoutTheme == 1)
    }

    @Test(arguments: [
        ("The checkout button is broken again", ["checkout", "checkout button", "button", "broken"]),
        ("I can't log in, not working!", ["can't", "can't log", "log", "not", "not working", "working"]),
        ("退款一直没到账", ["退款", "款一", "一直", "直没", "到账", "退款一", "款一直", "一直没", "直没到", "没到账"]),
        ("客服不理人。", ["客服", "服不", "不理", "理人", "客服不", "服不理", "不理人"]),
    ])
    func phrasesSkipStopWordsInBothLanguages(text: String, expected: [String]) {
        #expect(PhraseExtractor.phrases(in: text) == expected)
    }

    @Test func coverageListsUnmatchedPhrasesOfNegativeItemsWithoutTheme() throws {
        var records: [AnalyzedRecord] = []
        for i in 0..<3 { records.append(T.record(i, answers: [T.answer("The checkout button is broken \(i)", score: -0.6)])) }
        for i in 3..<5 { records.append(T.record(i, answers: [T.answer("退款一直没到账", score: -0.5, language: .zh)])) }
        records.append(T.record(9, answers: [T.answer("checkout fine", score: 0.5)]))  // positive: ignored
        records.append(T.record(10, answers: [T.answer("meh", score: 0, signal: false)]))
        let c = T.aggregate(records).summary(AggregateOptions()).coverage
        #expect(c.negativeItemsWithoutTheme == 5 && c.itemsWithoutTheme == 7)
        #expect(c.itemsWithoutSignal == 1)
        // "checkout" and "button" always come as "checkout button": only the longer phrase is listed.
        #expect(Array(c.unmatchedPhrases.prefix(2)) == [
            PhraseCount(phrase: "broken", count: 3), PhraseCount(phrase: "checkout button", count: 3),
        ])
        #expect(c.unmatchedPhrases.contains(PhraseCount(phrase: "没到账", count: 2)))
        #expect(!c.unmatchedPhrases.contains { $0.phrase == "到账" || $0.phrase == "没到" })
        #expect(c.phraseSamplingLevel == 0)
    }

    @Test func phraseListKeepsAFragmentThatAlsoStandsAlone() {
        var p = PhraseCounter()
        for _ in 0..<3 { p.add("checkout button"); p.add("checkout"); p.add("button") }
        p.add("checkout")
        p.add("app")
        p.add("apple pie")
        #expect(p.top(10).map(\.phrase) == ["checkout", "checkout button", "app", "apple pie"])
    }

    @Test func phraseCounterSamplesBeyondCapacityAndMergesExactly() {
        var one = PhraseCounter(capacity: 100)
        var a = PhraseCounter(capacity: 100), b = PhraseCounter(capacity: 100)
        for i in 0..<1000 {
            for _ in 0...(i % 3) {
                one.add("p\(i)")
                if i % 2 == 0 { a.add("p\(i)") } else { b.add("p\(i)") }
            }
        }
        var ab = a
        ab.merge(b)
        var ba = b
        ba.merge(a)
        #expect(one.level > 0 && one.counts.count <= 100)
        #expect(ab == one && ba == one)
        #expect(one.counts.allSatisfy { $0.value == Int($0.key.dropFirst())! % 3 + 1 })
    }
}
