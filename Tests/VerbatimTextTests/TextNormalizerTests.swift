import Testing
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
