extension ScalarText {
    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// Keywords that introduce a WeChat id. Chinese ones need no separator; Latin ones must stand
    /// as a word and need an explicit separator (":", "=", "号", "id") or an id with a digit, so
    /// "I paid with WeChat yesterday" keeps its words.
    static let wechatCJK = ["微信号", "微信", "威信", "薇信", "徽信", "v信"].map(scalars)
    static let wechatLatin = ["wechat", "weixin", "wx", "vx"].map(scalars)
    static let qqCJK = ["扣扣", "企鹅号"].map(scalars)
    static let qqLatin = [scalars("qq")]
    static let wxid = scalars("wxid_")
    static let keywordSets: [([[UInt32]], Bool, RedactionKind)] = [
        (wechatCJK, false, .wechat), (wechatLatin, true, .wechat), (qqCJK, false, .qq), (qqLatin, true, .qq),
    ]

    /// Separators allowed between a keyword and the id; the Bool says whether it is explicit.
    static func separator(_ v: UInt32) -> Bool? {
        switch v {
        case 0x20, 0x09: false
        case 0x3A, 0x3D, 0x2D, 0x7E, 0x3E: true  // : = - ~ >
        case 0x53F7, 0x662F, 0x4E3A, 0x7801, 0x8D26, 0x7FA4, 0x3001, 0x2F: true  // 号 是 为 码 账 群 、 /
        default: nil
        }
    }

    /// WeChat ids after a WeChat keyword, raw "wxid_…" ids, and QQ numbers after a QQ keyword.
    func handles() -> [RedactionSpan] {
        var spans: [RedactionSpan] = []
        var i = 0
        while i < count {
            let v = u[i]
            // Quick reject: every keyword starts with one of these.
            guard Self.mayStartHandleKeyword(v) else {
                i += 1
                continue
            }
            // Latin keywords by their first two letters (we-chat, we-ixin, wx, vx, v信, qq): English
            // words starting with w, v or q rarely get past this.
            let first = v | 0x20
            if first == 0x77 || first == 0x76 || first == 0x71 {
                let next = self[i + 1], second = next | 0x20
                guard (first == 0x77 && (second == 0x65 || second == 0x78)) || (first == 0x76 && (second == 0x78 || next == 0x4FE1))
                    || (first == 0x71 && second == 0x71) else {
                    i += 1
                    continue
                }
            }
            if matches(Self.wxid, at: i), !Self.isAlnum(self[i - 1]) {
                var end = i + Self.wxid.count
                while Self.isIdChar(self[end]) { end += 1 }
                if end - i >= 10, end - i <= 40 {
                    spans.append(RedactionSpan(start: i, end: end, kind: .wechat))
                    i = end
                    continue
                }
            }
            if let span = handle(at: i) {
                spans.append(span)
                i = span.end
                continue
            }
            i += 1
        }
        return spans
    }

    /// Whether a keyword may start with `v`: w, v or q in either case (wechat, weixin, wx, vx, v信,
    /// qq), or 微 威 薇 徽 扣 企. ASCII is answered with one comparison chain of three.
    static func mayStartHandleKeyword(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let l = v | 0x20
            return l == 0x77 || l == 0x76 || l == 0x71
        }
        switch v {
        case 0x5FAE, 0x5A01, 0x8587, 0x5FBD, 0x6263, 0x4F01: return true
        default: return false
        }
    }

    func handle(at i: Int) -> RedactionSpan? {
        for (keywords, latin, kind) in Self.keywordSets {
            for k in keywords where matches(k, at: i) {
                if latin, Self.isLetter(self[i - 1]) || Self.isLetter(self[i + k.count]) { continue }
                if let span = id(after: i + k.count, latin: latin, kind: kind) { return span }
            }
        }
        return nil
    }

    /// The id after a keyword ending at `p`, if any.
    func id(after p: Int, latin: Bool, kind: RedactionKind) -> RedactionSpan? {
        var pos = p
        var explicit = false
        var skipped = 0
        var sawId = false
        while skipped < 8 {
            if let e = Self.separator(self[pos]) {
                explicit = explicit || e
                pos += 1
                skipped += 1
            } else if !sawId, (self[pos] | 0x20) == 0x69, (self[pos + 1] | 0x20) == 0x64, !Self.isAlnum(self[pos + 2]) {
                explicit = true  // "wechat id: …", "微信ID …"
                sawId = true
                pos += 2
            } else {
                break
            }
        }
        let start = pos
        switch kind {
        case .qq:
            guard Self.isDigit(self[start]), self[start] != 0x30 else { return nil }
            var end = start
            while Self.isDigit(self[end]) { end += 1 }
            guard (5...11).contains(end - start), !Self.isLetter(self[end]), self[end] != 0x40 else { return nil }
            return RedactionSpan(start: start, end: end, kind: .qq)
        default:
            guard Self.isAlnum(self[start]) else { return nil }
            var end = start
            var digits = 0
            while Self.isIdChar(self[end]) {
                if Self.isDigit(self[end]) { digits += 1 }
                end += 1
            }
            let length = end - start
            let allDigits = digits == length
            guard length <= 20, length >= (allDigits ? 5 : 6), self[end] != 0x40, self[end] != 0x2E || !Self.isAlnum(self[end + 1])
            else { return nil }
            if latin, !explicit, digits == 0 { return nil }
            return RedactionSpan(start: start, end: end, kind: .wechat)
        }
    }

    static func isIdChar(_ v: UInt32) -> Bool { isAlnum(v) || v == 0x5F || v == 0x2D }
}
