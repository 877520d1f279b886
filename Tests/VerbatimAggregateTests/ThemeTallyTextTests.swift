import Testing
import VerbatimModel
@testable import VerbatimAggregate

/// The fast paths of `ThemeTally.characterCount` and `lowercased` agree with `count` and `lowercased()`.
@Suite struct ThemeTallyTextTests {
    @Test(arguments: [
        "", "plain ascii", "a\r\nb\r\n", "\r\r\n\n", "送餐太慢了，汤都洒了！", "服务员态度很好。\r\n下次还来",
        "ＡＢＣ１２３！ and 中文", "〈括号〉「引号」", "好\u{0301}", "e\u{0301}t\u{00E9}", "👩‍👩‍👧 ok", "한국어", "ﾊﾟ",
        "〰〪", "\u{1F1E8}\u{1F1F3} flag", "tab\tand\u{7F}control",
        "太难吃了🙄", "😡😡 never again", "❤\u{FE0F} love it", "👍🏻👍🏿ok", "\u{FE0F}start", "a\n\u{FE0F}", "\r\n👍🏻",
        "x\u{1F3FB}", "“quoted” — fine… •", "👩\u{200D}💻 dev", "✨✨✨", "🥰🙌🔥💀", "\u{1F650}", "\t\u{FE0F}",
    ])
    func characterCountEqualsCount(_ s: String) {
        #expect(ThemeTally.characterCount(s) == s.count)
    }

    /// CR, LF and a control at every offset of ASCII runs read eight bytes at a time, with an
    /// emoji or an extender after them.
    @Test func characterCountEqualsCountAroundWordBoundaries() {
        for k in 0..<20 {
            for tail in ["", "\n", "\r\n", "\u{FE0F}", "好", "👍🏻", "abcdefgh\n"] {
                for piece in ["\r\n", "\r", "\n", "\u{1}", "\r\r\n\n"] {
                    let s = String(repeating: "a", count: k) + piece + String(repeating: "b", count: 9 - k % 9) + tail
                    #expect(ThemeTally.characterCount(s) == s.count, "\(s.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    /// Every scalar of the ranges the fast path counts, alone, after a letter, before an extender and after a line break.
    @Test func characterCountEqualsCountOverItsRanges() {
        let ranges: [ClosedRange<UInt32>] = [0x2000...0x2030, 0x25F0...0x27C0, 0x2FF0...0x3030, 0xFE00...0xFE10,
                                             0xFF00...0xFF60, 0x1F2F0...0x1F700, 0x1F8F0...0x1FA00]
        for range in ranges {
            for v in range {
                guard let u = Unicode.Scalar(v) else { continue }
                let c = String(u)
                for s in [c, "a" + c, c + "\u{FE0F}", c + "\u{1F3FB}", "\n" + c, c + c, "好" + c + "b"] {
                    #expect(ThemeTally.characterCount(s) == s.count, "\(s.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    @Test(arguments: ["late", "Late", "LATE", "太慢", "ÉTÉ", "été", "Ａbc", "ǅ", "mIxEd 中文"])
    func lowercasedEqualsLowercased(_ s: String) {
        #expect(ThemeTally.lowercased(s) == s.lowercased())
    }

    @Test(arguments: [(0, 1), (12, 345), (-1, 0), (999_999_999, 1_234_567_890_123)])
    func quoteHashIsFNV1aOfTheWrittenSource(_ line: Int, _ ordinal: Int) {
        for (file, lineValue) in [("corpora/a.csv", Optional(line)), ("-", nil), ("评论/数据.csv", Optional(line))] {
            let source = RecordSource(file: file, line: lineValue, ordinal: ordinal)
            let written = "\(file)\u{1F}\(lineValue ?? -1)\u{1F}\(ordinal)\u{1F}评价内容"
            #expect(QuoteCandidate.hash(source: source, question: "评价内容") == FNV1a64.hash(written))
        }
    }
}
