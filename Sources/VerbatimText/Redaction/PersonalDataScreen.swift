/// One pass over a text's UTF-8 bytes that tells whether any redaction detector could match,
/// so that most texts skip ``ScalarText`` (an array of scalars per text) and the four detector
/// passes over it.
///
/// Each detector has a necessary condition that a byte walk can check on the fly, on the same
/// folded scalars the detectors see (full-width ASCII forms folded to ASCII, U+3000 and U+00A0
/// to a space):
///
/// - e-mail: an "@" (``ScalarText/emails()`` starts at one);
/// - phone, resident ID, card: a stretch of the scalars a digit-group run may take — digits,
///   "+", "(", ")", " ", "-", ".", "x" — holding 10 digits, or 8 with a "+"
///   (``ScalarText/numbers()`` passes over every shorter stretch);
/// - IPv4: a run of digits and dots with at least 4 digits and 3 dots (four dotted octets);
/// - IPv6: "::" or at least six ":" (an address is either compressed, or has eight groups,
///   or six groups and an IPv4 tail);
/// - WeChat / QQ: a keyword — "wechat", "weixin", "wx", "vx", "qq" not preceded by a letter
///   ("wxid_" too, which starts with "wx"), "v信", 微信 威信 薇信 徽信, 扣扣, 企鹅.
///
/// A text passes only if it also passes the older, cheaper test the redactor always applied
/// (a digit, "@", ":", "=", a 0xEF byte, "id", 号 or 信), which some matches can slip past
/// ("wechat-abcdef" has none of them): texts it turned away stay untouched, as before.
///
/// On the generated 10 MB mixed CSV every text has an order number or a time, so the older
/// test passed nearly all of them; redaction cost ≈ 10,000 instructions per record
/// (callgrind), mostly building ``ScalarText`` and scanning it four times for order numbers
/// that are too short to be personal. With this screen a text costs one byte walk.
///
/// ```swift
/// PersonalDataScreen.mayMatch("booking 142624019, room 2127")   // false: 9 digits
/// PersonalDataScreen.mayMatch("call 13812345678")               // true
/// ```
enum PersonalDataScreen {
    /// Whether some detector could match `text` (false: `redact` returns it untouched).
    static func mayMatch(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { mayMatch(utf8: $0) }
    }

    /// ``mayMatch(_:)`` on valid UTF-8.
    ///
    /// Most of a text is letters, spaces and CJK ideographs that can only end a run of digits:
    /// an inner loop passes over them (≈ 5 instructions an ASCII byte, one test per
    /// ideograph), and only the other scalars go through the full step. Keywords and "::" are
    /// recognised by reading the neighbouring bytes instead of carrying the last scalars along
    /// (fed to a state machine one scalar at a time, the screen cost ≈ 40 instructions a
    /// scalar; callgrind). Full-width letters, digits and "@" (rare in feedback) count as
    /// possible matches at once, so those neighbouring bytes only ever need to be ASCII.
    static func mayMatch(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return false }
        let n = b.count
        // The byte at `k`, 0 outside the text.
        func at(_ k: Int) -> UInt8 { k >= 0 && k < n ? p[k] : 0 }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
        func is3(_ k: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool { k >= 0 && p[k] == a && p[k + 1] == b && p[k + 2] == c }
        // The older test has passed / a detector's condition has held.
        var older = false
        var possible = false
        // Digits and whether a "+" was met in the current stretch of digit-group scalars.
        var stretchDigits = 0
        var stretchPlus = false
        // Digits and dots in the current run of digits and dots.
        var runDigits = 0
        var runDots = 0
        var colons = 0
        // Where the last ":" ended (a ":" starting there makes "::").
        var colonEnd = -1
        var i = 0
        while i < n {
            // Pass over scalars that only end runs: ASCII in `plainLow`/`plainHigh`, and
            // ideographs U+4000–U+9FFF (lead bytes E4–E9) other than 信 号 扣 鹅.
            var sawSpace = false
            var sawOther = false
            while i < n {
                let c = p[i]
                if c < 0x40 {
                    guard Self.plainLow >> c & 1 != 0 else { break }
                    if c == 0x20 { sawSpace = true } else { sawOther = true }
                    i += 1
                } else if c < 0x80 {
                    guard Self.plainHigh >> (c & 0x3F) & 1 != 0 else { break }
                    sawOther = true
                    i += 1
                } else if c &- 0xE4 < 6 {
                    switch UInt32(c) << 16 | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) {
                    case 0xE4_BFA1, 0xE5_8FB7, 0xE6_89A3, 0xE9_B985: break
                    default:
                        sawOther = true
                        i += 3
                        continue
                    }
                    break
                } else {
                    break
                }
            }
            // Anything but a space ends a stretch; everything passed over ends a run of digits and dots.
            if sawOther {
                stretchDigits = 0
                stretchPlus = false
            }
            if sawOther || sawSpace {
                runDigits = 0
                runDots = 0
            }
            guard i < n else { break }

            let start = i
            var c = p[i]
            if c < 0x80 {
                i += 1
            } else if c >= 0xE0 && c < 0xF0 {
                let c1 = p[i + 1], c2 = p[i + 2]
                i += 3
                if c == 0xEF {
                    // U+F000–U+FFFF: the older test passes; full-width ASCII folds to ASCII.
                    older = true
                    let v = 0xF000 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
                    if v &- 0xFF01 <= 0xFF5E - 0xFF01 {
                        c = UInt8(truncatingIfNeeded: v - 0xFEE0)
                        if isLetter(c) || c &- 0x30 < 10 || c == 0x40 { possible = true }
                    } else {
                        stretchDigits = 0
                        stretchPlus = false
                        runDigits = 0
                        runDots = 0
                        if possible { return true }
                        continue
                    }
                } else if c == 0xE3 && c1 == 0x80 && c2 == 0x80 {
                    c = 0x20  // U+3000 folds to a space
                } else {
                    stretchDigits = 0
                    stretchPlus = false
                    runDigits = 0
                    runDots = 0
                    switch UInt32(c) << 16 | UInt32(c1) << 8 | UInt32(c2) {
                    case 0xE4_BFA1:  // 信, after 微 威 薇 徽 or v
                        older = true
                        if at(start - 1) | 0x20 == 0x76 || is3(start - 3, 0xE5, 0xBE, 0xAE) || is3(start - 3, 0xE5, 0xA8, 0x81)
                            || is3(start - 3, 0xE8, 0x96, 0x87) || is3(start - 3, 0xE5, 0xBE, 0xBD) {
                            possible = true
                        }
                    case 0xE5_8FB7: older = true  // 号
                    case 0xE6_89A3: if is3(start - 3, 0xE6, 0x89, 0xA3) { possible = true }  // 扣扣
                    case 0xE9_B985: if is3(start - 3, 0xE4, 0xBC, 0x81) { possible = true }  // 企鹅
                    default: break
                    }
                    if possible && older { return true }
                    continue
                }
            } else {
                i += c < 0xE0 ? 2 : 4
                if c == 0xC2 && p[start + 1] == 0xA0 {
                    c = 0x20  // U+00A0 folds to a space
                } else {
                    stretchDigits = 0
                    stretchPlus = false
                    runDigits = 0
                    runDots = 0
                    continue
                }
            }
            // An ASCII scalar (as written or folded) that started at `start`.
            let lower = c | 0x20
            if lower &- 0x61 < 26 {
                // A letter ends a run of digits and dots; only "x" may sit in a digit-group stretch.
                runDigits = 0
                runDots = 0
                if lower != 0x78 {
                    stretchDigits = 0
                    stretchPlus = false
                }
                // Keywords after a non-letter: wechat, weixin, wx (wxid_), vx, qq.
                if (lower == 0x77 || lower == 0x76 || lower == 0x71) && !isLetter(at(start - 1)) {
                    let next = at(i) | 0x20
                    switch lower {
                    case 0x77:
                        if next == 0x78 {
                            possible = true
                        } else if next == 0x65 {
                            let a = at(i + 1) | 0x20, b = at(i + 2) | 0x20, c = at(i + 3) | 0x20, d = at(i + 4) | 0x20
                            if (a == 0x63 && b == 0x68 && c == 0x61 && d == 0x74) || (a == 0x69 && b == 0x78 && c == 0x69 && d == 0x6E) {
                                possible = true
                            }
                        }
                    case 0x76: if next == 0x78 { possible = true }
                    default: if next == 0x71 { possible = true }
                    }
                } else if lower == 0x64 && at(start - 1) | 0x20 == 0x69 {
                    older = true  // "id", as written
                }
            } else if c &- 0x30 < 10 {
                older = true
                stretchDigits += 1
                runDigits += 1
                if stretchDigits >= 10 || (stretchPlus && stretchDigits >= 8) || (runDots >= 3 && runDigits >= 4) {
                    possible = true
                }
            } else {
                switch c {
                case 0x20, 0x2D, 0x28, 0x29:  // in a stretch, not in a run
                    runDigits = 0
                    runDots = 0
                case 0x2E:  // "." in both
                    runDots += 1
                    if runDots >= 3 && runDigits >= 4 { possible = true }
                case 0x2B:
                    stretchPlus = true
                    if stretchDigits >= 8 { possible = true }
                    runDigits = 0
                    runDots = 0
                default:
                    stretchDigits = 0
                    stretchPlus = false
                    runDigits = 0
                    runDots = 0
                    switch c {
                    case 0x40:
                        older = true
                        possible = true
                    case 0x3A:
                        older = true
                        colons += 1
                        if colonEnd == start || colons >= 6 { possible = true }
                        colonEnd = i
                    case 0x3D: older = true
                    default: break
                    }
                }
            }
            if possible && older { return true }
        }
        return false
    }

    /// ASCII bytes the inner loop passes over, as bit masks for 0x00–0x3F and 0x40–0x7F: every
    /// byte but the digits, "+ - . ( ) : = @" and the letters d, q, v, w, x in either case.
    static let plainLow: UInt64 = 0xD800_94FF_FFFF_FFFF
    static let plainHigh: UInt64 = 0xFE3D_FFEF_FE3D_FFEE
}
