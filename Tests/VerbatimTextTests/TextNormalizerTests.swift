import Testing
import VerbatimTestSupport
@testable import VerbatimText

@Suite struct TextNormalizerTests {
    static let normalizer = TextNormalizer()

    func norm(_ s: String) -> String {
        String(decoding: Self.normalizer.normalize(s).bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("ＡＢＣ１２３！", "abc123!"),  // full-width → half-width, lower-cased
        ("這個酒店服務態度很差", "这个酒店服务态度很差"),  // Traditional → Simplified
        ("價格還貴，臺灣", "价格还贵,台湾"),
        ("Don’t  LIKE   it", "don't like it"),  // curly quote, spaces collapsed, case folded
        ("👍🏻❤️", "👍❤"),  // skin tone and variation selector dropped
        ("Café", "café"),
        ("  leading and trailing  ", "leading and trailing"),
        ("see http://url_removed :) and www.x.com.", "see :) and ."),  // links dropped: "http://" holds ":/"
        ("@happy_user thanks", "thanks"),  // mentions dropped
        ("Visit WWW.EXAMPLE.COM now", "visit now"),
        ("show me", "show me"),  // not a link
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(norm(input) == expected)
    }

    @Test func normalizationIsIdempotent() {
        for s in ["ＡＢＣ 這個 soooo GOOD!!", "混合 Mixed テキスト ①②", "\u{0}\u{FFFD}x", "💩💩 ok"] {
            let once = norm(s)
            #expect(norm(once) == once, "\(s)")
        }
    }

    @Test func originMapsBackToTheWritersOwnWords() {
        let text = Self.normalizer.normalize("服務ＧＲＥＡＴ！")
        // "great" in normalized bytes: after 6 bytes of 服务.
        let range = 6..<11
        #expect(text.normalizedText(range) == "great")
        #expect(text.originalText(range) == "ＧＲＥＡＴ")
    }

    @Test func capitalsAreEmphasisOnlyInMixedCaseText() {
        let mixed = Self.normalizer.normalize("the food was GREAT")
        #expect(mixed.capsAreEmphasis)
        #expect(mixed.emphasis.contains { $0.kind == .caps })
        let shouting = Self.normalizer.normalize("THE FOOD WAS GREAT")
        #expect(!shouting.capsAreEmphasis)
    }

    struct Vocabulary: WordVocabulary {
        let words: Set<String>
        func containsWord(_ word: ArraySlice<UInt8>) -> Bool { words.contains(String(decoding: word, as: UTF8.self)) }
    }

    @Test func elongationShortensToAKnownWord() {
        let v = Vocabulary(words: ["so", "good", "cool"])
        #expect(String(decoding: Self.normalizer.normalize("soooo goooood cooool", vocabulary: v).bytes, as: UTF8.self) == "so good cool")
        let t = Self.normalizer.normalize("sooooo", vocabulary: v)
        #expect(t.emphasis.contains { $0.kind == .elongated })
        #expect(t.originalText(0..<t.bytes.count) == "sooooo")
    }

    @Test func capitalsSpanOfAnElongatedWordCoversOnlyTheShortenedWord() {
        let v = Vocabulary(words: ["so", "good"])
        let t = Self.normalizer.normalize("it was SOOOOO good", vocabulary: v)
        #expect(String(decoding: t.bytes, as: UTF8.self) == "it was so good")
        let caps = t.emphasis.filter { $0.kind == .caps }.map(\.range)
        let elongated = t.emphasis.filter { $0.kind == .elongated }.map(\.range)
        #expect(caps == [7..<9])  // "so", not "so g" (the bytes the unshortened word covered)
        #expect(elongated == [7..<9])
        #expect(t.emphasis.map(\.kind) == [.caps, .elongated])
        // Ends never decrease (the analyzer binary-searches them).
        let mixed = Self.normalizer.normalize("NOOOO WAY, sooo GOOOD and COOL!!", vocabulary: Vocabulary(words: ["no", "so", "good"]))
        let ends = mixed.emphasis.map(\.range.upperBound)
        #expect(ends == ends.sorted())
        #expect(mixed.emphasis.allSatisfy { $0.range.upperBound <= mixed.bytes.count })
    }

    @Test func scratchReusedAcrossTextsGivesTheSameResultAndGrowsWhenNeeded() {
        let normalizer = TextNormalizer()
        let scratch = NormalizerScratch()
        var reused = normalizer.normalize("")
        // U+FDFA expands to 18 characters under NFKC: far past the scratch's first 1024 bytes.
        let texts = [
            "這家店ＧＯＯＤ！", String(repeating: "\u{FDFA}", count: 200), "soooo goooood", "", String(repeating: "好", count: 2000),
            "Don’t   stop", "http://x.com :) @bob",
        ]
        for text in texts + texts.reversed() {
            normalizer.normalize(text, vocabulary: EmptyVocabulary(), into: &reused, scratch: scratch)
            let fresh = normalizer.normalize(text)
            #expect(reused.bytes == fresh.bytes)
            #expect(reused.origin == fresh.origin)
            #expect(reused.emphasis == fresh.emphasis)
            #expect(reused.capsAreEmphasis == fresh.capsAreEmphasis)
            #expect(reused.original == text)
        }
    }
}

@Suite struct LowercaseRunTests {
    /// Lower-case words of every length, with letters repeated two to five
    /// times: the bytes and origins written, and elongations (three or more of
    /// a letter) shortened and marked, as a reference computed here by hand.
    @Test func wordsOfEveryLengthAndRepeatMatchTheLetterByLetterRule() {
        var random = SplitMix64(seed: 19)
        let normalizer = TextNormalizer()
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for _ in 0..<4000 {
            var input: [UInt8] = []
            var expected: [UInt8] = []
            var origins: [Int32] = []
            var elongated: [Range<Int>] = []
            for w in 0..<(1 + Int(random.next() % 6)) {
                if w > 0 {
                    let separator: UInt8 = random.next() % 4 == 0 ? 0x2C : 0x20
                    expected.append(separator)
                    origins.append(Int32(input.count))
                    input.append(separator)
                }
                // A word: letters, some repeated two to five times.
                var word: [UInt8] = []
                for _ in 0..<(1 + Int(random.next() % 12)) {
                    let c = letters[Int(random.next() % 26)]
                    let times = random.next() % 5 == 0 ? 2 + Int(random.next() % 4) : 1
                    word += repeatElement(c, count: times)
                }
                // Runs of three or more make the word elongated: every run is cut to two.
                var runs: [(UInt8, Int, Int)] = []  // letter, first index in input, length
                for (k, c) in word.enumerated() {
                    if let last = runs.last, last.0 == c { runs[runs.count - 1].2 += 1 } else { runs.append((c, input.count + k, 1)) }
                }
                let isElongated = runs.contains { $0.2 >= 3 }
                let start = expected.count
                for (c, first, length) in runs {
                    for k in 0..<(isElongated ? min(length, 2) : length) {
                        expected.append(c)
                        origins.append(Int32(first + k))
                    }
                }
                if isElongated { elongated.append(start..<expected.count) }
                input += word
            }
            origins.append(Int32(input.count))
            let text = String(decoding: input, as: UTF8.self)
            let t = normalizer.normalize(text)
            #expect(t.bytes == expected, "\(text)")
            #expect(t.origin == origins, "\(text)")
            #expect(t.emphasis.filter { $0.kind == .elongated }.map(\.range) == elongated, "\(text)")
        }
    }
}

@Suite struct OneSpellingTests {
    /// The normalizer's whole-text answer equals the per-range scan over the
    /// whole original, and with it different bytes are different text.
    @Test func normalizerKnowsWhetherEveryCharacterHasOneSpelling() {
        let normalizer = TextNormalizer()
        let t = normalizer.normalize("送餐很快，配送也好 ok! ＯＫ。「好」")
        #expect(t.originalHasOneSpelling)
        let bytes = t.originalUTF8
        func range(_ s: String) -> Range<Int> {
            let needle = Array(s.utf8)
            let i = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            return i..<(i + needle.count)
        }
        #expect(!t.sameOriginalText(range("送餐"), range("配送")))
        #expect(t.sameOriginalText(range("送餐"), range("送餐")))
        for s in ["café", "cafe\u{301}", "😀", "ｶ", "\u{200B}", "Ω", "\u{F900}", "ﬁ"] {
            #expect(!normalizer.normalize("好 \(s)").originalHasOneSpelling, "\(s)")
        }
        var random = SplitMix64(seed: 29)
        let pieces = ["a", " ", "好", "，", "。", "「", "ＡＢ", "é", "e\u{301}", "😀", "ｶ", "\u{F900}", "\u{3029}", "\u{302A}", "〇"]
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<(Int(random.next() % 8)) { s += pieces[Int(random.next() % UInt64(pieces.count))] }
            let n = normalizer.normalize(s)
            #expect(n.originalHasOneSpelling == n.originalUTF8.withUnsafeBufferPointer { NormalizedText.hasOneSpelling($0) }, "\(s)")
        }
    }
}
