/// One lexical piece of a date string. Spaces are dropped by the tokenizer:
/// every form Verbatim reads is told apart by its separators and words.
enum DateToken: Equatable {
    /// A run of ASCII (or full-width) digits: its value and how many digits it had.
    case number(Int, digits: Int)
    /// `-` `/` `.` `:` `,` `+`.
    case symbol(UInt8)
    /// An English month name or abbreviation, 1…12.
    case month(Int)
    /// An English weekday (`Mon`, `Tuesday`) or a Chinese one (`星期一`, `周一`); its value is ignored.
    case weekday
    /// `am`/`pm` and `上午`/`下午`/`晚上`…: whether the hour is after noon.
    case meridiem(pm: Bool)
    /// `T` between an ISO date and its time.
    case timeDesignator
    /// `Z`, `UTC`, `GMT`, `UT`: offset 0 (an explicit offset may follow `UTC`/`GMT`).
    case utc
    /// An unambiguous named US zone (RFC 2822: EST, EDT, MST, MDT, PST, PDT, CDT), in minutes.
    case namedZone(Int)
    /// `st`/`nd`/`rd`/`th` after a day number, and `at` before a time: ignorable words.
    case filler
    /// A Chinese date or time mark.
    case mark(DateMark)
}

/// The Chinese marks dates are written with.
enum DateMark: Equatable {
    case year, month, day, hour, minute, second, half
}

/// Splits a date string into ``DateToken``s; nil as soon as it meets
/// anything that no supported form contains (an unknown word, a stray letter).
enum DateTokenizer {
    /// Longer strings are not dates (and are not worth scanning).
    static let maxLength = 80

    static func tokens(_ text: String) -> [DateToken]? {
        var out: [DateToken] = []
        out.reserveCapacity(12)
        var scalars = Array(text.unicodeScalars)
        if scalars.count > maxLength { return nil }
        // A trailing comment, as in JavaScript's `GMT+0800 (China Standard Time)` or RFC 2822.
        if let open = scalars.lastIndex(of: "("), scalars.last == ")" { scalars.removeSubrange(open...) }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let v = s.value
            if let d = digitValue(v) {
                var value = 0
                var digits = 0
                while i < scalars.count, let dd = digitValue(scalars[i].value) {
                    if digits < 12 { value = value * 10 + dd }
                    digits += 1
                    i += 1
                }
                _ = d
                if digits > 12 { return nil }
                out.append(.number(value, digits: digits))
                continue
            }
            if isLetter(v) {
                var word: [UInt8] = []
                while i < scalars.count, isLetter(scalars[i].value) {
                    if word.count > 12 { return nil }
                    word.append(UInt8(scalars[i].value | 0x20))
                    i += 1
                }
                guard let token = wordToken(word) else { return nil }
                out.append(token)
                continue
            }
            i += 1
            switch v {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000: continue
            case 0x2D, 0x2F, 0x2E, 0x3A, 0x2C, 0x2B: out.append(.symbol(UInt8(v)))
            case 0xFF1A: out.append(.symbol(UInt8(ascii: ":")))   // full-width colon
            case 0xFF0C, 0x3001: out.append(.symbol(UInt8(ascii: ",")))
            case 0x2212: out.append(.symbol(UInt8(ascii: "-")))  // minus sign in offsets
            case 0x5E74: out.append(.mark(.year))     // 年
            case 0x6708: out.append(.mark(.month))    // 月
            case 0x65E5, 0x53F7: out.append(.mark(.day))  // 日 号
            case 0x65F6, 0x6642, 0x70B9, 0x9EDE: out.append(.mark(.hour))  // 时 時 点 點
            case 0x5206: out.append(.mark(.minute))   // 分
            case 0x79D2: out.append(.mark(.second))   // 秒
            case 0x534A: out.append(.mark(.half))     // 半
            case 0x661F, 0x793C, 0x79AE, 0x5468, 0x9031:  // 星期X 礼拜X 周X
                if v == 0x661F || v == 0x793C || v == 0x79AE {
                    guard i < scalars.count, scalars[i] == "期" || scalars[i] == "拜" else { return nil }
                    i += 1
                }
                guard i < scalars.count, "一二三四五六日天".unicodeScalars.contains(scalars[i]) else { return nil }
                i += 1
                out.append(.weekday)
            case 0x4E0A, 0x4E0B, 0x4E2D, 0x665A, 0x65E9, 0x51CC, 0x508D:  // 上 下 中 晚 早 凌 傍 + 午/上/晨/晚
                guard i < scalars.count else { return nil }
                let next = scalars[i]
                i += 1
                switch (s, next) {
                case ("上", "午"), ("早", "上"), ("凌", "晨"), ("早", "晨"): out.append(.meridiem(pm: false))
                case ("下", "午"), ("晚", "上"), ("傍", "晚"): out.append(.meridiem(pm: true))
                case ("中", "午"): out.append(.meridiem(pm: true))
                default: return nil
                }
            default: return nil
            }
        }
        return out
    }

    private static func digitValue(_ v: UInt32) -> Int? {
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }  // full-width digits
        return nil
    }

    private static func isLetter(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }

    private static let months: [(String, Int)] = [
        ("jan", 1), ("january", 1), ("feb", 2), ("february", 2), ("mar", 3), ("march", 3), ("apr", 4), ("april", 4),
        ("may", 5), ("jun", 6), ("june", 6), ("jul", 7), ("july", 7), ("aug", 8), ("august", 8), ("sep", 9),
        ("sept", 9), ("september", 9), ("oct", 10), ("october", 10), ("nov", 11), ("november", 11),
        ("dec", 12), ("december", 12),
    ]
    private static let words: [[UInt8]: DateToken] = {
        var m: [[UInt8]: DateToken] = [:]
        for (name, n) in months { m[Array(name.utf8)] = .month(n) }
        for name in ["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
                     "fri", "friday", "sat", "saturday", "sun", "sunday"] {
            m[Array(name.utf8)] = .weekday
        }
        m[Array("am".utf8)] = .meridiem(pm: false)
        m[Array("pm".utf8)] = .meridiem(pm: true)
        m[Array("t".utf8)] = .timeDesignator
        for name in ["z", "utc", "gmt", "ut"] { m[Array(name.utf8)] = .utc }
        // RFC 2822's zones minus CST (China Standard Time in Chinese exports, Central in US ones).
        for (name, hours) in [("est", -5), ("edt", -4), ("cdt", -5), ("mst", -7), ("mdt", -6), ("pst", -8), ("pdt", -7)] {
            m[Array(name.utf8)] = .namedZone(hours * 60)
        }
        for name in ["st", "nd", "rd", "th", "at"] { m[Array(name.utf8)] = .filler }
        return m
    }()

    private static func wordToken(_ word: [UInt8]) -> DateToken? { words[word] }
}
