extension StringProtocol {
    /// The text without leading and trailing Unicode white space (spaces, tabs, newlines, U+3000…).
    ///
    /// Hand-written: Foundation's `trimmingCharacters(in:)` goes through NSString and was ≈ 6–8 %
    /// of `analyze` and of lexicon loading (callgrind, Benchmarks/perf/profile).
    ///
    /// ```swift
    /// "  送餐太慢 \n".trimmedWhitespace   // "送餐太慢"
    /// ```
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// Whether every character is white space (true for ""): `allSatisfy(\.isWhitespace)`,
    /// answered from the UTF-8 bytes in the usual cases.
    ///
    /// ASCII white space (tab, LF, VT, FF, CR, space) is skipped and any other printable ASCII
    /// byte answers false at once, as does a first scalar outside Unicode's White_Space list
    /// (a character whose first scalar is not white space is not white space); anything else
    /// (control bytes, non-ASCII after white space, where a combining mark may join the
    /// space) asks `Character`. `Record.text` asks it of every record several times (ingest,
    /// duplicate filter, items.jsonl), and the `Character` walk cost ≈ 850 instructions each
    /// time (callgrind, `analyze` of a 10 MB CSV).
    ///
    /// ```swift
    /// " \t\r\n".isAllWhitespace   // true
    /// "\u{3000}好".isAllWhitespace  // false
    /// ```
    @inlinable
    public var isAllWhitespace: Bool {
        let quick: Bool?? = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var i = 0
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                    i += 1
                    continue
                case 0x21..<0x80: return false
                case 0xC0...:
                    guard i == 0 else { return nil }
                    // The first scalar, decoded (the storage is valid UTF-8).
                    var v = UInt32(c)
                    if c < 0xE0 {
                        v = (v & 0x1F) << 6 | UInt32(b[1] & 0x3F)
                    } else if c < 0xF0 {
                        v = (v & 0x0F) << 12 | UInt32(b[1] & 0x3F) << 6 | UInt32(b[2] & 0x3F)
                    } else {
                        v = (v & 0x07) << 18 | UInt32(b[1] & 0x3F) << 12 | UInt32(b[2] & 0x3F) << 6 | UInt32(b[3] & 0x3F)
                    }
                    switch v {
                    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return nil
                    default: return false
                    }
                default: return nil
                }
            }
            return true
        }
        if let quick, let answer = quick { return answer }
        return allSatisfy(\.isWhitespace)
    }
}
