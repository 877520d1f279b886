/// Gives each distinct normalized term a small integer id, so the compiler's tables are keyed by
/// `Int32` instead of `String`: hashing and comparing non-ASCII `String`s is Unicode-aware
/// (NFC on every hash) and was ≈ 40 % of lexicon loading (callgrind).
///
/// Terms are told apart exactly as `String` equality tells them apart (canonical equivalence):
/// the key of a term is the UTF-8 of its NFC form, and lexicographic order on those bytes is
/// `String`'s `<`. An id keeps the first spelling seen, so results stay deterministic even when
/// a lexicon writes the same term in two canonically equivalent ways.
struct TermTable {
    private var ids: [TermKey: Int32] = [:]
    /// The first spelling seen of each id.
    private(set) var spellings: [String] = []
    /// The NFC UTF-8 bytes of each id.
    private(set) var keys: [[UInt8]] = []

    var count: Int { spellings.count }

    /// The id of `term`, new if it has none yet.
    mutating func id(_ term: String) -> Int32 {
        let key = TermKey(bytes: Self.canonicalBytes(term))
        if let id = ids[key] { return id }
        let id = Int32(spellings.count)
        ids[key] = id
        spellings.append(term)
        keys.append(key.bytes)
        return id
    }

    /// The UTF-8 bytes of the NFC form of `s`: what `String`'s `==`, `hash` and `<` work on.
    static func canonicalBytes(_ s: String) -> [UInt8] {
        let bytes = Array(s.utf8)
        return isKnownNFC(bytes) ? bytes : s._nfcCodeUnits
    }

    /// True when every scalar is ASCII or a CJK unified ideograph (the blocks text normalization
    /// keeps): such text is already NFC and composes with nothing. Anything else may not be.
    static func isKnownNFC(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            // U+3400…U+4DBF and U+4E00…U+9FFF are three-byte sequences led by E3…E9.
            guard b >= 0xE3 && b <= 0xE9 && i + 2 < n else { return false }
            let cp = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard (0x3400...0x4DBF).contains(cp) || (0x4E00...0x9FFF).contains(cp) else { return false }
            i += 3
        }
        return true
    }
}

/// Bytes hashed in one call (`[UInt8]`'s own hashing feeds the hasher byte by byte).
struct TermKey: Hashable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (a: TermKey, b: TermKey) -> Bool { a.bytes == b.bytes }
}
