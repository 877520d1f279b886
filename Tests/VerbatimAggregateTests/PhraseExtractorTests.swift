import Testing
@testable import VerbatimAggregate

/// The byte path of `PhraseExtractor` gives the phrases the `Character` path defines, for every
/// text it accepts, including the limit cutting in mid-text.
@Suite struct PhraseExtractorTests {
    static let pieces = ["The", "checkout", "button", "is", "BROKEN", "can't", "I", "not", "working", "again", "a", "an",
                         " ", "  ", "\t", "\r\n", "\n", ",", "!", "'", "42", "x", "退款", "一直", "没", "到账", "客服", "不理人",
                         "的", "了", "是", "不是", "。", "，", "！", "（", "）", "\u{3000}", "\u{4DC0}", "\u{4000}", "㐀", "—", "…",
                         "“", "”", "Ａ", "ｂ", "１", "太慢了", "服务", "很好"]

    @Test(arguments: [1, 2, 3])
    func bytesGiveTheCharacterPhrases(seed: UInt64) {
        var rng = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            rng ^= rng << 13
            rng ^= rng >> 7
            rng ^= rng << 17
            return Int(rng % UInt64(n))
        }
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<(1 + next(30)) { text += Self.pieces[next(Self.pieces.count)] }
            for limit in [200, 3, 1] {
                let fast = PhraseExtractor.plainPhrases(in: text, limit: limit)
                #expect(fast != nil, "\(text)")
                #expect(fast == PhraseExtractor.characterPhrases(in: text, limit: limit), "\(text) limit \(limit)")
            }
        }
    }

    @Test(arguments: ["café", "e\u{301}", "한국어", "😀 bad", "İstanbul", "ｶﾞ", "〪x", "K\u{212A}"])
    func otherTextsTakeTheCharacterPath(_ text: String) {
        #expect(PhraseExtractor.plainPhrases(in: text, limit: 200) == nil)
        #expect(PhraseExtractor.phrases(in: text) == PhraseExtractor.characterPhrases(in: text))
    }
}
