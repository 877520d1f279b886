import Foundation
import Testing
@testable import VerbatimText

@Suite struct RedactorTests {
    static let redactor = Redactor()

    @Test(arguments: [
        // E-mail
        ("mail me at john.doe+x@example.co.uk please", "mail me at [email] please"),
        ("邮箱：zhang_san@163.com，谢谢", "邮箱：[email]，谢谢"),
        ("邮箱ａｂｃ＠ｑｑ．ｃｏｍ", "邮箱[email]"),  // full-width
        ("12345678@qq.com", "[email]"),
        // Digit-count shortcuts: 8 digits after "+" are a phone, 9 without are not; texts without ":" only scan IPv4
        ("call +1 234 5678 now", "call [phone] now"),
        ("booking 142624019, room 2127", "booking 142624019, room 2127"),
        ("server 10.0.0.1 down", "server [ip] down"),
        ("addr fe80::1 and 1.2.3.4", "addr [ip] and [ip]"),
        ("we were very quiet", "we were very quiet"),
        ("wx: wang_88", "wx: [wechat]"),
        // The stretch shortcut: 9 digits pass, 10 are tried; a "+" anywhere lowers the bar to 8
        ("订单 123 456 789 已送达", "订单 123 456 789 已送达"),
        ("room 12 call 415-555-2671", "room 12 call [phone]"),
        ("price 12.50 x 3 (415) 555-2671", "price 12.50 x 3 [phone]"),
        ("12:30 +44 20 7946 0958", "12:30 [phone]"),
        // Offsets computed from the bytes: the placeholders land right after CJK, emoji and full-width text
        ("👍🏻好评 电话13812345678 😀 邮箱ａ＠ｂ．ｃｏ", "👍🏻好评 电话[phone] 😀 邮箱[email]"),
        // IPv6 is only tried where a ":" follows within five scalars
        ("deadbeef cafe: 2001:db8::1 at 12:30", "deadbeef cafe: [ip] at 12:30"),
        // Chinese mobile
        ("电话13812345678", "电话[phone]"),
        ("手机 138 1234 5678 联系", "手机 [phone] 联系"),
        ("call +86 138-1234-5678 now", "call [phone] now"),
        ("+8613812345678", "[phone]"),
        ("0086 13812345678", "[phone]"),
        ("手机：１３８１２３４５６７８", "手机：[phone]"),  // full-width digits
        ("2026-03-02 13812345678 留言", "2026-03-02 [phone] 留言"),
        ("tel13812345678", "tel[phone]"),
        // Landlines and international
        ("座机 010-12345678", "座机 [phone]"),
        ("(010) 1234 5678", "[phone]"),
        ("0755-1234567-123 转分机", "[phone] 转分机"),
        ("+44 20 7946 0958", "[phone]"),
        ("+86-10-12345678 转人工", "[phone] 转人工"),
        ("my number is 13812345678.", "my number is [phone]."),
        ("+1 (555) 123-4567", "[phone]"),
        ("call (555) 123-4567 today", "call [phone] today"),
        ("555-123-4567", "[phone]"),
        ("555.123.4567", "[phone]"),
        // ID numbers, cards
        ("身份证号11010519491231002X已提交", "身份证号[id-card]已提交"),
        ("身份证 110105194912310021", "身份证 110105194912310021"),  // wrong checksum: an ordinary number
        ("ID 110105491231002", "ID [id-card]"),  // 15-digit legacy
        ("card 4111 1111 1111 1111 charged", "card [card] charged"),
        ("卡号4111-1111-1111-1111", "卡号[card]"),
        ("6222021234567890128 银联", "[card] 银联"),
        // Network
        ("from 192.168.1.20 yesterday", "from [ip] yesterday"),
        ("IP:10.0.0.1。", "IP:[ip]。"),
        ("server 2001:db8::8a2e:370:7334 down", "server [ip] down"),
        ("::1 is loopback", "[ip] is loopback"),
        ("fe80:0:0:0:0:0:0:1", "[ip]"),
        // WeChat / QQ
        ("加我微信 wang_88 详聊", "加我微信 [wechat] 详聊"),
        ("微信号：abc123456", "微信号：[wechat]"),
        ("V信13812345678", "V信[wechat]"),
        ("vx: lucky_cat", "vx: [wechat]"),
        ("add me on WeChat jsmith88", "add me on WeChat [wechat]"),
        ("wechat id: john_smith", "wechat id: [wechat]"),
        ("wxid_abc123def456 是我", "[wechat] 是我"),
        ("QQ 123456789", "QQ [qq]"),
        ("qq号:10001", "qq号:[qq]"),
        ("扣扣 987654321", "扣扣 [qq]"),
        ("QQ群 12345678", "QQ群 [qq]"),
    ])
    func masksPersonalData(_ input: String, _ expected: String) {
        #expect(Self.redactor.redact(input).text == expected)
    }

    @Test(arguments: [
        "价格¥128，共3单",
        "送达时间 2026-03-02 14:30，评分5星",
        "Version 5.2.0 crashed twice",
        "Rated 4.5/5 after 12 days",
        "订单号 20260302123456",
        "1,234,567 views",
        "2026/03/02 10:30:45",
        "I paid with WeChat yesterday",
        "用微信支付了128元",
        "微信支付很方便",
        "QQ音乐很好用",
        "qq.com 打不开",
        "std::vector and a::b",
        "Call me maybe 555-1234",
        "room 1208, floor 12",
        "3.14159265358979",
        "12:30:45",
        "排队等了 30 分钟，45 元",
        "0000 0000 0000 0000",
        "ISBN 978-7-111-54742-6",
        "订单 1709251200 已发货",
        "2026年3月2日 14:05",
        "价格 1,280 元 12:30 到店",
        "微信: 8.0.42 版本",
        "WeChat 8.0.42",
        "打了12345678901次",
        "IP 256.1.1.1",
        "QQ 01234567",
        "",
        "😀👍 好评",
    ])
    func leavesOrdinaryNumbersAlone(_ input: String) {
        let r = Self.redactor.redact(input)
        #expect(r.text == input)
        #expect(r.counts.isEmpty)
    }

    @Test func countsEachKind() {
        let r = Self.redactor.redact("a@b.cn c@d.org 13812345678 QQ 12345678 192.168.0.1")
        #expect(r.counts == [.email: 2, .phone: 1, .qq: 1, .ip: 1])
        #expect(r.total == 5)
        #expect(r.text == "[email] [email] [phone] QQ [qq] [ip]")
    }

    @Test func onlyRequestedKindsAreMasked() {
        let r = Redactor(kinds: [.email]).redact("a@b.cn 13812345678")
        #expect(r.text == "[email] 13812345678")
    }

    @Test func luhnAndIDChecksums() {
        #expect(Checksums.luhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
        #expect(!Checksums.luhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]))
        #expect(Checksums.chineseID18([1, 1, 0, 1, 0, 5, 1, 9, 4, 9, 1, 2, 3, 1, 0, 0, 2, 10]))
    }

    @Test func survivesHostileText() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789 -+().:@_xX微信QQqq号abcdef１＠\u{0}\n")
        for _ in 0..<2000 {
            let s = String((0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let r = Self.redactor.redact(s)
            // Idempotent on the placeholders: redacting again changes nothing more.
            #expect(Self.redactor.redact(r.text).text == r.text, "\(s)")
        }
        let long = String(repeating: "1", count: 100_000) + " 13812345678 " + String(repeating: "a@", count: 10_000)
        #expect(Self.redactor.redact(long).counts[.phone] == 1)
    }

    /// Speed is measured in Benchmarks/, never asserted here (machines are noisy); this checks a batch is masked consistently.
    @Test func aLargeBatchIsMaskedConsistently() {
        let texts = [
            "送餐太慢了，等了一个小时，打电话 13812345678 也没人接，差评！",
            "The delivery was late again and the soup was cold. Order #20260302, $12.50.",
            "环境不错，服务态度很好，价格¥128，下次还来。5星",
            "Contact me at someone@example.com or WeChat abc12345 if needed.",
        ]
        let n = 4_000
        var masked = 0
        for i in 0..<n { masked += Self.redactor.redact(texts[i % texts.count]).total }
        #expect(masked == n / 4 * 3)
    }
}
