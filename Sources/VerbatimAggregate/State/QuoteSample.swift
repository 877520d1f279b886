import VerbatimModel

/// One item kept as a quote candidate.
struct QuoteCandidate: Sendable, Hashable, Codable {
    var hash: UInt64
    var recordID: String?
    var source: RecordSource
    var question: String
    var language: Language
    /// The text, cut at ``QuoteSample/maxStoredCharacters``.
    var text: String
    /// Characters of the full text.
    var length: Int
    var truncated: Bool
    /// The item's sentiment toward the theme.
    var sentiment: Double
    var complaint: Bool

    /// A total order: by hash, then by where the item is, then by text, so
    /// that ties (equal hashes) never depend on arrival order.
    static func precedes(_ a: QuoteCandidate, _ b: QuoteCandidate) -> Bool {
        if a.hash != b.hash { return a.hash < b.hash }
        if a.source.file != b.source.file { return a.source.file < b.source.file }
        if a.source.ordinal != b.source.ordinal { return a.source.ordinal < b.source.ordinal }
        if a.question != b.question { return a.question < b.question }
        return a.text < b.text
    }

    /// The hash that orders the sample: FNV-1a of the record's source and the question.
    /// Fed piece by piece; equal to hashing `"\(file)\u{1F}\(line ?? -1)\u{1F}\(ordinal)\u{1F}\(question)"`
    /// with ``FNV1a64``, computed here over contiguous bytes (it is taken for every item with a theme).
    static func hash(source: RecordSource, question: String) -> UInt64 {
        var h = FNV1a64.offset
        add(source.file, to: &h)
        add(0x1F, to: &h)
        addDecimal(source.line ?? -1, to: &h)
        add(0x1F, to: &h)
        addDecimal(source.ordinal, to: &h)
        add(0x1F, to: &h)
        add(question, to: &h)
        return h
    }

    static func add(_ byte: UInt8, to h: inout UInt64) { h = (h ^ UInt64(byte)) &* FNV1a64.prime }

    static func add(_ s: String, to h: inout UInt64) {
        var state = h
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes { state = (state ^ UInt64(b)) &* FNV1a64.prime }
        }
        if done == nil {
            for b in s.utf8 { state = (state ^ UInt64(b)) &* FNV1a64.prime }
        }
        h = state
    }

    /// Feeds the bytes of `String(v)` without making the string.
    static func addDecimal(_ v: Int, to h: inout UInt64) {
        if v < 0 { add(0x2D, to: &h) }
        var m = v.magnitude
        // UInt64.max has 20 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 0
            repeat {
                digits[n] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            while n > 0 {
                n -= 1
                add(digits[n], to: &h)
            }
        }
    }
}

/// A bottom-k sample: the `capacity` candidates with the smallest hashes.
///
/// Because the hash is fixed per item, the sample of a union is the bottom-k
/// of the union of samples: uniform, independent of order, exactly mergeable.
struct QuoteSample: Sendable, Hashable, Codable {
    static let capacity = 24
    static let maxStoredCharacters = 1_000

    private(set) var candidates: [QuoteCandidate] = []

    /// Whether a candidate with this hash could enter (cheap pre-check before building it).
    func admits(_ hash: UInt64) -> Bool {
        candidates.count < Self.capacity || hash <= candidates[candidates.count - 1].hash
    }

    mutating func add(_ c: QuoteCandidate) {
        let i = candidates.firstIndex { QuoteCandidate.precedes(c, $0) } ?? candidates.count
        if i > 0, candidates[i - 1] == c { return }
        guard i < Self.capacity else { return }
        candidates.insert(c, at: i)
        if candidates.count > Self.capacity { candidates.removeLast() }
    }

    mutating func merge(_ o: QuoteSample) {
        for c in o.candidates { add(c) }
    }
}
