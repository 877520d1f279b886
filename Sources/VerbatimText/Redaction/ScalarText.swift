/// A text as an array of folded Unicode scalar values, for the redaction detectors. Full-width
/// ASCII forms (U+FF01…U+FF5E) fold to ASCII and ideographic or no-break spaces to " ", so "１３８"
/// and "＠" are found; ``byteOffset(of:from:)`` maps a scalar index back into the original bytes.
struct ScalarText {
    let bytes: [UInt8]
    /// Folded scalar values.
    let u: [UInt32]

    /// Whether the folded text has a ":" (every IPv6 address has one).
    let hasColon: Bool
    /// Whether the folded text has a "." (every IPv4 address has one).
    let hasDot: Bool
    /// Whether the folded text has an "@" (every e-mail address has one).
    let hasAt: Bool

    init(_ text: String) {
        let bytes = Array(text.utf8)
        let n = bytes.count
        var colon = false, dot = false, at = false
        var scalars = 0
        // Decoded by hand from the (valid) UTF-8 bytes into a preallocated buffer (at most one
        // scalar per byte): a fraction of the instructions of appending from `unicodeScalars`.
        let u = [UInt32](unsafeUninitializedCapacity: n) { values, valueCount in
            bytes.withUnsafeBufferPointer { b in
                var o = 0
                var k = 0
                while o < n {
                    let lead = UInt32(b[o])
                    var v: UInt32
                    var width: Int
                    if lead < 0x80 {
                        v = lead
                        width = 1
                    } else if lead < 0xE0 {
                        v = (lead & 0x1F) << 6 | UInt32(b[o + 1] & 0x3F)
                        width = 2
                    } else if lead < 0xF0 {
                        v = (lead & 0x0F) << 12 | UInt32(b[o + 1] & 0x3F) << 6 | UInt32(b[o + 2] & 0x3F)
                        width = 3
                    } else {
                        v = (lead & 0x07) << 18 | UInt32(b[o + 1] & 0x3F) << 12 | UInt32(b[o + 2] & 0x3F) << 6
                            | UInt32(b[o + 3] & 0x3F)
                        width = 4
                    }
                    if v >= 0xFF01 && v <= 0xFF5E {
                        v -= 0xFEE0
                    } else if v == 0x3000 || v == 0xA0 {
                        v = 0x20
                    }
                    if v == 0x3A { colon = true } else if v == 0x2E { dot = true } else if v == 0x40 { at = true }
                    values[k] = v
                    k += 1
                    o += width
                }
                scalars = k
            }
            valueCount = scalars
        }
        self.bytes = bytes
        self.u = u
        hasColon = colon
        hasDot = dot
        hasAt = at
    }

    var count: Int { u.count }

    /// The UTF-8 offset of scalar `index` (`count` gives the byte count), walking on from a
    /// scalar index and its offset at or before it. Only matches need offsets, so none are
    /// stored per scalar; the widths are the ones `init` decoded with.
    func byteOffset(of index: Int, from known: (scalar: Int, byte: Int)) -> Int {
        var k = known.scalar, o = known.byte
        while k < index {
            let lead = bytes[o]
            o += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            k += 1
        }
        return o
    }

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
