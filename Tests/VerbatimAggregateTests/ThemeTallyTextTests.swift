import Testing
import VerbatimModel
@testable import VerbatimAggregate

/// The fast paths of `ThemeTally.characterCount` and `lowercased` agree with `count` and `lowercased()`.
@Suite struct ThemeTallyTextTests {
    @Test(arguments: [
        "", "plain ascii", "a\r\nb\r\n", "\r\r\n\n", "送餐太慢了，汤都洒了！", "服务员态度很好。\r\n下次还来",
        "ＡＢＣ１２３！ and 中文", "〈括号〉「引号」", "好\u{0301}", "e\u{0301}t\u{00E9}", "👩‍👩‍👧 ok", "한국어", "ﾊﾟ",
        "〰〪", "\u{1F1E8}\u{1F1F3} flag", "tab\tand\u{7F}control",
    ])
    func characterCountEqualsCount(_ s: String) {
        #expect(ThemeTally.characterCount(s) == s.count)
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
