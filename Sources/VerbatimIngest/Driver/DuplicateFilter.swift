import VerbatimModel

/// Recognises records whose text was already seen from the same source field.
///
/// Two kinds: exact duplicates (the same bytes) and normalized duplicates (the
/// same after folding case, full-width forms, whitespace and punctuation:
/// "Great food!!" and "great food"). The only per-record memory is one entry
/// per distinct text: a 64-bit hash of the normalized text mapped to a 64-bit
/// hash of the exact text — 16 bytes of hashes (plus the hash table's own
/// overhead, about 1.5–2× at Swift's load factors). With 64-bit hashes two
/// different texts collide with probability ≈ n²/2⁶⁵ (≈ 3·10⁻⁶ at 10 million
/// texts).
///
/// Records without text are never duplicates: a score-only survey answer is a
/// respondent, not a copy.
///
/// With a `capacity` (``keptDuplicatesCapacity`` under `--keep-duplicates`,
/// where nothing is dropped and the counts are only informative), memory
/// stays bounded: once `capacity` texts are remembered, later texts are
/// still compared with them but not remembered themselves
/// (``notRemembered``), so past that point the duplicate counts are lower
/// bounds — a copy of a text first met after the limit is not recognised.
public struct DuplicateFilter {
    /// What a record is, once checked.
    public enum Verdict: Sendable, Hashable {
        case first
        case exactDuplicate
        case normalizedDuplicate
    }

    private var seen = HashPairTable()
    /// The most texts remembered; nil remembers every distinct text.
    public let capacity: Int?
    /// Texts met after the table was full, judged first but not remembered.
    public private(set) var notRemembered = 0

    /// The limit under `--keep-duplicates`: 750,000 texts fit a hash table of
    /// 2^20 entries (≈ 16 MB at Swift's 3/4 load factor), what a 100 MB
    /// input of short reviews needs anyway, so RSS stops growing there.
    public static let keptDuplicatesCapacity = 750_000

    public init(capacity: Int? = nil) {
        self.capacity = capacity.map { max(0, $0) }
    }

    /// The number of texts judged first (remembered, or met after the table was full).
    public var distinctTexts: Int { seen.count + notRemembered }

    /// Checks `record` and remembers its text.
    public mutating func check(_ record: Record) -> Verdict {
        guard record.hasText else { return .first }
        var exact = FNV1a64()
        var normalized = FNV1a64()
        for field in record.texts where !field.text.isAllWhitespace {
            exact.add(field.question)
            exact.add(0)
            exact.add(field.text)
            exact.add(0)
            normalized.add(field.question)
            normalized.add(0)
            Self.addNormalized(field.text, to: &normalized)
            normalized.add(0)
        }
        if let previous = seen[normalized.value] {
            return previous == exact.value ? .exactDuplicate : .normalizedDuplicate
        }
        if let capacity, seen.count >= capacity {
            notRemembered += 1
            return .first
        }
        seen[normalized.value] = exact.value
        return .first
    }

    /// Feeds the text with case, width, whitespace and punctuation folded away.
    ///
    /// Walks the UTF-8 bytes: ASCII and the scalars U+4000–U+9FFF (lead bytes E4–E9: the CJK
    /// ideographs and extension A, which pass as they are, and the Yijing hexagrams
    /// U+4DC0–U+4DFF, symbols the scalar rules pass as they are too) are handled inline, any
    /// other scalar by its Unicode properties (``addNormalized(scalar:to:)``). Three-byte
    /// characters led by E4–E9 are hashed without being decoded (decoding each and testing
    /// its range was ≈ 14 instructions a byte of Chinese text; callgrind).
    static func addNormalized(_ text: String, to hash: inout FNV1a64) {
        var copy = text
        var h = hash
        Self.asciiFold.withUnsafeBufferPointer { fold in copy.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    // Letters lowered, digits kept; whitespace, punctuation, symbols, controls: nothing (0).
                    let folded = fold[Int(b)]
                    if folded != 0 { h.add(folded) }
                    i += 1
                    continue
                }
                if b &- 0xE4 < 6 && i + 2 < n {
                    h.add(b)
                    h.add(bytes[i + 1])
                    h.add(bytes[i + 2])
                    i += 3
                    continue
                }
                // A three-byte sequence E3 xx xx is U+3000–U+3FFF: extension A's start
                // (U+3400–U+3FFF) passes as it is.
                if b == 0xE3 && i + 2 < n {
                    let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                    if v >= 0x3400 {
                        h.add(b)
                        h.add(bytes[i + 1])
                        h.add(bytes[i + 2])
                        i += 3
                        continue
                    }
                }
                // Anything else: decode one scalar (the input is valid UTF-8) and ask its properties.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                var k = 1
                while k < length && i + k < n {
                    v = (v << 6) | UInt32(bytes[i + k] & 0x3F)
                    k += 1
                }
                addNormalized(scalar: v, to: &h)
                i += length
            }
        } }
        hash = h
    }

    /// What each ASCII byte adds to the normalized hash: A–Z lowered, a–z and 0–9 as they are,
    /// 0 (nothing) for the rest. One load instead of three range tests per byte.
    static let asciiFold: [UInt8] = (0..<128).map { b -> UInt8 in
        if b >= 0x41 && b <= 0x5A { return UInt8(b + 32) }
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { return UInt8(b) }
        return 0
    }

    /// One non-ASCII scalar, folded: full-width ASCII to ASCII, the ideographic space,
    /// white space and punctuation dropped, case lowered.
    static func addNormalized(scalar value: UInt32, to hash: inout FNV1a64) {
        var v = value
        // Full-width ASCII (！ → !, Ａ → A) and the ideographic space.
        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 } else if v == 0x3000 { return }
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 0x41 && b <= 0x5A { hash.add(b + 32); return }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { hash.add(b); return }
            return  // ASCII whitespace, punctuation, symbols, controls
        }
        // The punctuation of Chinese text (、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟) and general
        // punctuation (‐–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧): all in P* categories, dropped without asking
        // the scalar's properties (≈ 600 instructions each).
        switch v {
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0x2010...0x2027: return
        default: break
        }
        guard let s = Unicode.Scalar(v) else { return }
        let p = s.properties
        if p.isWhitespace { return }
        switch p.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .format, .control:
            return
        default: break
        }
        if p.changesWhenLowercased {
            for l in p.lowercaseMapping.utf8 { hash.add(l) }
        } else {
            for b in String(s).utf8 { hash.add(b) }
        }
    }
}
