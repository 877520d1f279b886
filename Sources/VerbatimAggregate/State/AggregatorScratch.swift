import VerbatimModel

/// What one thread's ``Aggregator`` can remember from record to record without it being part of
/// the aggregate: the lower-cased evidence terms it met, with their table hashes.
///
/// Evidence terms come from a small vocabulary, so the same few hundred recur on every line.
/// (A like cache of theme refs' hashes cost more than hashing the short ids and subthemes
/// again; callgrind.) Entries are keyed by a string's 16 bytes of representation (its bytes when it
/// has up to 15, else its storage's address and length, which the entry keeps alive by holding
/// the string): equal keys are equal strings. Direct-mapped; a miss works the value out and takes
/// the slot. Nothing here changes what is counted.
///
/// Not thread-safe: one per aggregating thread.
///
/// ```swift
/// let scratch = AggregatorScratch()
/// var aggregator = Aggregator(options: options)
/// for r in analysed { aggregator.add(r, scratch: scratch) }
/// ```
public final class AggregatorScratch {
    private struct TermEntry {
        var a: UInt64, b: UInt64
        var raw: String?
        var term: LoweredTerm
    }

    private static let termSlots = 4096
    // Manually managed: a class's array properties are checked for exclusive access on every use.
    private let terms: UnsafeMutablePointer<TermEntry>

    public init() {
        terms = .allocate(capacity: Self.termSlots)
        terms.initialize(repeating: TermEntry(a: 0, b: 0, raw: nil, term: LoweredTerm("")), count: Self.termSlots)
    }

    deinit {
        terms.deinitialize(count: Self.termSlots)
        terms.deallocate()
    }

    /// The evidence term lower-cased and hashed (``LoweredTerm``).
    func term(_ raw: String) -> LoweredTerm {
        let (a, b) = unsafeBitCast(raw, to: (UInt64, UInt64).self)
        let slot = Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15 ^ b) &* 0xBF58_476D_1CE4_E5B9) >> 52)
        let e = terms + slot
        if e.pointee.raw != nil, e.pointee.a == a, e.pointee.b == b { return e.pointee.term }
        let term = LoweredTerm(raw)
        e.pointee = TermEntry(a: a, b: b, raw: raw, term: term)
        return term
    }
}
