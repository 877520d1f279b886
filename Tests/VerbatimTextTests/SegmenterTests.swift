import Testing
import VerbatimModel
@testable import VerbatimText

@Suite struct SegmenterTests {
    func clauses(_ s: String) -> [String] {
        let t = TextNormalizer().normalize(s)
        return Segmenter.clauses(of: t.bytes).map { t.normalizedText($0.range) }
    }

    @Test func splitsChineseClausesAndSentences() {
        let t = TextNormalizer().normalize("菜很好吃，但是送餐太慢了。下次不来了！")
        let cs = Segmenter.clauses(of: t.bytes)
        #expect(cs.map { t.normalizedText($0.range) } == ["菜很好吃,", "但是送餐太慢了。", "下次不来了!"])
        #expect(cs.map(\.sentence) == [0, 0, 1])
        #expect(cs[2].exclamations == 1)
    }

    @Test func splitsEnglishWithoutBreakingNumbersOrEmoticons() {
        #expect(clauses("Rated 3.5 stars. Great food :) but slow") == ["rated 3.5 stars. ", "great food :) but slow"])
    }

    @Test func marksQuestions() {
        let t = TextNormalizer().normalize("为什么这么慢？？")
        #expect(Segmenter.clauses(of: t.bytes).first?.isQuestion == true)
    }

    @Test func clausesCoverTheTextExactly() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab 好，。!?;:~.\n…、x😀")
        for _ in 0..<300 {
            let s = String((0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let bytes = TextNormalizer().normalize(s).bytes
            let cs = Segmenter.clauses(of: bytes)
            var position = 0
            for c in cs {
                #expect(c.range.lowerBound == position)
                position = c.range.upperBound
            }
            #expect(position == bytes.count, "\(s)")
        }
    }
}

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("这家店的菜很好吃", Language.zh),
        ("这个app很好用", .zh),
        ("The delivery was late again", .en),
        ("The 外卖 was great but 太慢", .mixed),
        ("Очень хорошо", .other),
        ("👍👍 123", .other),
    ])
    func detects(_ text: String, _ expected: Language) {
        #expect(LanguageDetector.detect(TextNormalizer().normalize(text).bytes[...]) == expected)
    }
}
