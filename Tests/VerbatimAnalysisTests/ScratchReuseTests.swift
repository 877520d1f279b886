import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// One thread's `AnalysisScratch` carries storage from item to item; nothing of one item may leak into the next.
@Suite struct ScratchReuseTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon])

    static let texts = [
        "菜很好吃，但是送餐太慢了", "the food was great and the service terrible", "", "服务，很差",
        "I want to cancel my account!!!", "没有筷子", "不是不好", String(repeating: "很好吃。", count: 400),
        "SOOOO GOOD", "这家店ＧＯＯＤ！", "Le café était bon 👍", "虽然贵，但是好吃", "no problem", "x",
    ]

    @Test(arguments: [true, false])
    func reusedScratchGivesTheSameFindingsAsFreshStorage(_ explanations: Bool) {
        for domain in [DomainChoice.general, .auto] {
            var options = AnalysisOptions()
            options.explanations = explanations
            options.domain = domain
            let analyzer = Analyzer(lexicon: Self.lexicon, options: options)
            let scratch = AnalysisScratch()
            // Twice through, in both orders, so every item follows a longer and a shorter one.
            for text in Self.texts + Self.texts.reversed() {
                #expect(analyzer.analyze(text, using: scratch) == analyzer.analyze(text))
            }
        }
    }

    @Test func evidenceQuotesCanonicallyEqualSpellingsOnce() throws {
        // "café" precomposed and decomposed are equal Strings; so are 豈 U+8C48 and its compatibility twin U+F900.
        let analyzer = Analyzer(lexicon: Self.lexicon)
        // The same word twice is quoted once, a different word again.
        let f = analyzer.analyze("good food, FOOD again, and pizza")
        #expect(f.themes.first { $0.theme.id == "food" }?.evidence == ["food", "FOOD", "pizza"])
        let g = analyzer.analyze("good food, food again")
        #expect(g.themes.first { $0.theme.id == "food" }?.evidence == ["food"])
        let text = analyzer.lexicon.normalizer.normalize("caf\u{E9} cafe\u{301} \u{8C48}\u{F900} 送餐 配送")
        let bytes = Array(text.original.utf8)
        func range(_ s: String, from: Int = 0) -> Range<Int> {
            let needle = Array(s.utf8)
            for i in from...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle {
                return i..<(i + needle.count)
            }
            fatalError("not found")
        }
        #expect(text.sameOriginalText(range("caf\u{E9}"), range("cafe\u{301}")))
        #expect(text.sameOriginalText(range("\u{8C48}"), range("\u{F900}")))
        #expect(!text.sameOriginalText(range("送餐"), range("配送")))
        #expect(text.sameOriginalText(range("送餐"), range("送餐")))
    }
}
