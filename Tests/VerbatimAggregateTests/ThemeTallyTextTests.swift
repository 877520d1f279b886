import Testing
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
}
