/// Masks personal data in free text before it is shown in a report: e-mail addresses, phone
/// numbers (Chinese mobile and landline, international "+CC", US), Chinese resident ID numbers
/// (18 digits with a valid checksum and birth date; 15-digit legacy), payment card numbers
/// (13–19 digits, Luhn-valid, known issuer prefixes), IPv4/IPv6 addresses, and WeChat/QQ ids
/// written after a keyword (微信, 微信号, V信, wx, WeChat …; QQ, 扣扣, qq号 …).
///
/// Ordinary numbers stay: prices (¥128), counts, dates (2026-03-02), times, ratings ("5星"),
/// versions (5.2.0), and order numbers that are not card- or ID-shaped. Full-width digits and
/// punctuation (１３８…, ＠) are recognised as well.
///
/// It scans the text's Unicode scalars directly (no regular expressions); a text without digits,
/// "@", ":", "=", "id", "号", "信" or full-width forms, or in which no detector's necessary
/// condition holds (``PersonalDataScreen``), is returned untouched after one byte scan.
///
/// ```swift
/// let r = Redactor().redact("加我微信 wang_88，或打 138-1234-5678，邮箱 a.b@example.com")
/// r.text    // "加我微信 [wechat]，或打 [phone]，邮箱 [email]"
/// r.counts  // [.wechat: 1, .phone: 1, .email: 1]
/// ```
public struct Redactor: Sendable, Hashable {
    /// The kinds that are masked; the others are left in the text.
    public var kinds: Set<RedactionKind>

    /// A redactor for `kinds` (default: all).
    public init(kinds: Set<RedactionKind> = Set(RedactionKind.allCases)) {
        self.kinds = kinds
    }

    /// `text` with every match replaced by a placeholder such as "[phone]", and the counts.
    public func redact(_ text: String) -> Redaction {
        guard !kinds.isEmpty, PersonalDataScreen.mayMatch(text) else { return Redaction(text: text, counts: [:]) }
        return scanned(text)
    }

    /// ``redact(_:)`` without the screen: every detector scans the text.
    func scanned(_ text: String) -> Redaction {
        let t = ScalarText(text)
        var spans: [RedactionSpan] = []
        // With every kind (the default) no span needs filtering and no set needs asking.
        let all = kinds.count == RedactionKind.allCases.count
        if all || kinds.contains(.email) { spans += t.emails() }
        if all {
            spans += t.handles()
            spans += t.ipAddresses()
            spans += t.numbers()
        } else {
            if kinds.contains(.wechat) || kinds.contains(.qq) { spans += t.handles().filter { kinds.contains($0.kind) } }
            if kinds.contains(.ip) { spans += t.ipAddresses() }
            if !kinds.isDisjoint(with: [.phone, .idCard, .card]) { spans += t.numbers().filter { kinds.contains($0.kind) } }
        }
        guard !spans.isEmpty else { return Redaction(text: text, counts: [:]) }

        // Keep the strongest matches that do not overlap: by kind priority, then longer, then earlier.
        spans.sort { ($0.kind.priority, $1.end - $1.start, $0.start) < ($1.kind.priority, $0.end - $0.start, $1.start) }
        var kept: [RedactionSpan] = []
        for s in spans where !kept.contains(where: { $0.start < s.end && s.start < $0.end }) {
            kept.append(s)
        }
        kept.sort { $0.start < $1.start }

        var out = [UInt8]()
        out.reserveCapacity(t.bytes.count)
        var counts: [RedactionKind: Int] = [:]
        var position = 0
        var known = (scalar: 0, byte: 0)
        for s in kept {
            let from = t.byteOffset(of: s.start, from: known)
            let to = t.byteOffset(of: s.end, from: (s.start, from))
            known = (s.end, to)
            out += t.bytes[position..<from]
            out += s.kind.placeholder.utf8
            counts[s.kind, default: 0] += 1
            position = to
        }
        out += t.bytes[position...]
        return Redaction(text: String(decoding: out, as: UTF8.self), counts: counts)
    }

    /// ``redact(_:)`` with all kinds.
    public static func redact(_ text: String) -> Redaction {
        Redactor().redact(text)
    }

    /// The redactor's first, cheaper screen: false when the text has no digit, "@", ":", "=", "id",
    /// full-width form, "号" or "信". ``PersonalDataScreen`` applies it together with its own
    /// tests; kept on its own as the reference its tests compare with.
    static func mayContainPersonalData(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var hit = false
        var copy = text
        copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x30...0x39, 0x40, 0x3A, 0x3D, 0xEF:
                    hit = true
                case 0x64 where previous | 0x20 == 0x69, 0x44 where previous | 0x20 == 0x69:  // "id"
                    hit = true
                case 0xE5 where i + 2 < bytes.count && bytes[i + 1] == 0x8F && bytes[i + 2] == 0xB7:  // 号
                    hit = true
                case 0xE4 where i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xA1:  // 信
                    hit = true
                default:
                    break
                }
                if hit { return }
                previous = b
                i += 1
            }
        }
        return hit
    }
}
