import Testing
@testable import VerbatimText

@Suite struct PersonalDataScreenTests {
    /// What `redact` did before the screen: the older test, then every detector.
    static func reference(_ redactor: Redactor, _ text: String) -> Redaction {
        guard !redactor.kinds.isEmpty, Redactor.mayContainPersonalData(text) else { return Redaction(text: text, counts: [:]) }
        return redactor.scanned(text)
    }

    @Test(arguments: [
        ("booking 142624019, room 2127", false),  // 9 digits: no personal number
        ("订单号142624019，12:30送到。", false),
        ("Order #123456789, delivered at 12:30. Rider B203.", false),
        ("we were very quiet", false),  // no digit etc.: the older test already said no
        ("we were at 12:30", false),
        ("call 13812345678", true),
        ("call +1 234 5678 now", true),  // 8 digits after a "+"
        ("订单 123 456 789 0", true),  // 10 digits in one stretch
        ("１３８１２３４５６７８", true),  // full-width digits
        ("server 10.0.0.1", true),
        ("version 1.2.3", false),  // three digits: too few for IPv4
        ("addr fe80::1", true),
        ("12:30 13:05 14:10", false),
        ("a:b:c:d:e:f:1", true),  // six colons
        ("mail a@b.co", true),
        ("邮箱ａ＠ｂ．ｃｏ", true),
        ("wx: wang_88", true),
        ("WeChat: wang", true),
        ("weixin 1", true),
        ("awx 1", false),  // "wx" inside a word
        ("qq 12345", true),
        ("加v信 abc1234", true),
        ("加ｖ信 abc1234", true),
        ("微信 abc", true),
        ("徽信 abc", true),
        ("扣扣 12345", true),
        ("企鹅号 12345", true),
        ("wxid_abcdefgh1", true),
        ("好评 1", false),
    ])
    func screensTexts(text: String, possible: Bool) {
        #expect(PersonalDataScreen.mayMatch(text) == possible)
    }

    /// The older test alone turns some matches away; the screen keeps doing so, so outputs do not change.
    @Test func keepsTheOlderTest() {
        #expect(Redactor.scanned(Redactor())("wechat-abcdef").total == 1)
        #expect(!PersonalDataScreen.mayMatch("wechat-abcdef"))
        #expect(Redactor().redact("wechat-abcdef").text == "wechat-abcdef")
    }

    static let fragments: [String] = [
        " ", "  ", "-", ".", "(", ")", "+", "x", "X", ":", "::", "=", "@", "_", "/", "\\", ",", "，", "。", "、", "~", ">",
        "\u{3000}", "\u{A0}", "１", "３８", "＋", "：", "．", "＠", "（", "）", "－", "ｘ", "ｗｘ", "ＱＱ", "ｖ", "\t", "\r\n",
        "0", "1", "2", "12", "123", "1234", "12345", "123456", "1234567", "86", "0086", "010", "(010)", "+86", "138", "1381234",
        "13812345678", "4111111111111111", "4111 1111 1111 1111", "110101199003077777", "11010119900307777X", "415-555-2671",
        "192.168.1.20", "10.0.0", "255", "2001:db8::1", "1:2:3:4:5:6:", "a:b:c:d:e:f:", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "fe80", "db8", "abcd", "cafe",
        "wechat", "WeChat", "weixin", "we", "were", "wx", "vx", "qq", "QQ", "q", "w", "v", "wxid_", "v信", "微信", "威信", "薇信",
        "徽信", "扣扣", "扣", "企鹅号", "企", "鹅", "号", "信", "是", "为", "id", "ID", "i", "d", "example", "com", "a.b", "co",
        "好", "送餐太慢", "great", "food", "room", "order", "😀", "👍🏻", "é", "e\u{301}",
    ]

    /// Random texts built from the pieces detectors look at: the screen never turns away a text
    /// that the unscreened redactor (behind the older test) would change.
    @Test(arguments: [0, 1, 2, 3])
    func agreesWithTheUnscreenedRedactor(seed: UInt64) {
        var rng = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next() -> Int {
            rng ^= rng << 13
            rng ^= rng >> 7
            rng ^= rng << 17
            return Int(truncatingIfNeeded: rng >> 1)
        }
        let redactors = [Redactor(), Redactor(kinds: [.phone]), Redactor(kinds: [.wechat, .qq]), Redactor(kinds: [.ip, .email])]
        var changed = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(1 + next() % 12) { text += Self.fragments[next() % Self.fragments.count] }
            for r in redactors {
                let expected = Self.reference(r, text)
                #expect(r.redact(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                if expected.total > 0 { changed += 1 }
            }
        }
        #expect(changed > 1_000)  // the texts do exercise the detectors
    }
}
