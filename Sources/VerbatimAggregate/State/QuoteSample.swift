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
    /// Fed piece by piece; equal to hashing `"\(file)\u{1F}\(line ?? -1)\u{1F}\(ordinal)\u{1F}\(question)"`.
    static func hash(source: RecordSource, question: String) -> UInt64 {
        var h = FNV1a64()
        h.add(source.file)
        h.add(0x1F)
        h.add(decimal: source.line ?? -1)
        h.add(0x1F)
        h.add(decimal: source.ordinal)
        h.add(0x1F)
        h.add(question)
        return h.value
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
