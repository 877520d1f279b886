import Testing
import VerbatimModel
import VerbatimTestSupport
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

@Suite struct SeparatorStartsTests {
    /// The normalizer's separator offsets give the clauses the byte-by-byte
    /// segmenter (the one they replaced, kept below as the reference) found,
    /// and `separatorStarts(of:)` (the public initializer's scan) agrees with the normalizer.
    @Test func clausesFromTheNormalizersOffsetsEqualTheByteScan() {
        let pieces = [
            "good", "不错", "，", ",", "。", ".", "...", "…", "!", "！", "?", "？", ";", "；", ":", "：", "3:30", "3.5", "~", "～",
            "、", "\n", "\r\n", " ", "　", "﹐", "﹒", "ＡＢＣ", "😀", ":)", "e.g.", "http://x.com/a.b", "@user", "WOW", "soooo",
            "這家店", "がんばって", "“", "’", "\t", "é", "ß", "ﬁ", "Ⅻ",
        ]
        var random = SplitMix64(seed: 3)
        let normalizer = TextNormalizer()
        var texts = ["", " ", "。", "!!!", "... hi", "a.b", "好。", "：", "，，好"]
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<(Int(random.next() % 14)) { s += pieces[Int(random.next() % UInt64(pieces.count))] }
            texts.append(s)
        }
        var clauses: [Clause] = []
        for s in texts {
            let t = normalizer.normalize(s)
            #expect(t.separatorStarts == Segmenter.separatorStarts(of: t.bytes), "\(s)")
            Segmenter.clauses(of: t.bytes, separatorStarts: t.separatorStarts, into: &clauses)
            #expect(clauses == Self.referenceClauses(of: t.bytes), "\(s)")
        }
    }

    /// The segmenter before separator offsets: every byte looked at.
    static func referenceClauses(of bytes: [UInt8]) -> [Clause] {
        var clauses: [Clause] = []
        var start = 0
        var sentence = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let (kind, len) = Segmenter.separator(bytes, i)
            if kind == .none {
                i += 1
                continue
            }
            var end = i + len
            var question = kind == .question
            var bangs = kind == .exclamation ? 1 : 0
            var endsSentence = kind != .clause
            while end < n {
                let (k, l) = Segmenter.separator(bytes, end)
                if k == .none { break }
                if k == .question { question = true }
                if k == .exclamation { bangs += 1 }
                if k != .clause { endsSentence = true }
                end += l
            }
            while end < n && bytes[end] == 0x20 { end += 1 }
            if Segmenter.hasContent(bytes, start..<end) {
                clauses.append(Clause(range: start..<end, sentence: sentence, isQuestion: question, exclamations: bangs))
                if endsSentence { sentence += 1 }
            } else if let last = clauses.indices.last {
                clauses[last].range = clauses[last].range.lowerBound..<end
            } else {
                i = end
                continue
            }
            start = end
            i = end
        }
        if start < n {
            if Segmenter.hasContent(bytes, start..<n) || clauses.isEmpty {
                clauses.append(Clause(range: start..<n, sentence: sentence, isQuestion: false, exclamations: 0))
            } else {
                clauses[clauses.count - 1].range = clauses[clauses.count - 1].range.lowerBound..<n
            }
        }
        return clauses
    }
}
