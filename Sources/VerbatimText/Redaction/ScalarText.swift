/// A text as an array of folded Unicode scalar values, with the UTF-8 offset of each, for the
/// redaction detectors. Full-width ASCII forms (U+FF01…U+FF5E) fold to ASCII and ideographic or
/// no-break spaces to " ", so "１３８" and "＠" are found; offsets still point into the original.
struct ScalarText {
    let bytes: [UInt8]
    /// Folded scalar values.
    let u: [UInt32]
    /// `offsets[i]` is the UTF-8 offset of scalar `i`; `offsets[u.count]` is the byte count.
    let offsets: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var u: [UInt32] = []
        var offsets: [Int] = []
        u.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var o = 0
        for s in text.unicodeScalars {
            var v = s.value
            if v >= 0xFF01 && v <= 0xFF5E {
                v -= 0xFEE0
            } else if v == 0x3000 || v == 0xA0 {
                v = 0x20
            }
            u.append(v)
            offsets.append(o)
            o += UTF8.width(s)
        }
        offsets.append(o)
        self.u = u
        self.offsets = offsets
    }

    var count: Int { u.count }

    /// The value at `i`, or 0 outside the text (so boundary checks need no range tests).
    subscript(_ i: Int) -> UInt32 { i >= 0 && i < u.count ? u[i] : 0 }

    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    static func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    static func isAlnum(_ v: UInt32) -> Bool { isDigit(v) || isLetter(v) }
    static func isHex(_ v: UInt32) -> Bool { isDigit(v) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x66) }

    /// Whether the text at `i` starts with `word` (ASCII letters compared case-insensitively).
    func matches(_ word: [UInt32], at i: Int) -> Bool {
        guard i + word.count <= u.count else { return false }
        for (k, w) in word.enumerated() {
            let v = u[i + k]
            if v == w { continue }
            if Self.isLetter(w), Self.isLetter(v), v | 0x20 == w | 0x20 { continue }
            return false
        }
        return true
    }
}

/// One match: scalar indices `start..<end` in a ``ScalarText``.
struct RedactionSpan: Hashable {
    let start: Int
    let end: Int
    let kind: RedactionKind
}
