import VerbatimModel

/// What one thread's ``Aggregator`` can remember from record to record without it being part of
/// the aggregate: the table hashes of the theme refs and the lower-cased evidence terms it met.
///
/// Theme refs come from the lexicon and evidence terms from a small vocabulary, so the same few
/// hundred recur on every line; hashing each finding's id and subtheme and lower-casing and
/// hashing each evidence term again cost ≈ 1,500 instructions a record (callgrind). Entries are keyed by a string's 16 bytes of representation (its bytes when it
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

    /// A theme ref's representation and hashes; `id` and `subtheme` keep long strings alive.
    private struct RefEntry {
        var a: UInt64, b: UInt64, c: UInt64, d: UInt64
        var used: Bool
        var hasSubtheme: Bool
        var idHash: UInt64
        var refHash: UInt64
        var id: String
        var subtheme: String
    }

    private static let refSlots = 512
    private let refs: UnsafeMutablePointer<RefEntry>
    private static let termSlots = 4096
    // Manually managed: a class's array properties are checked for exclusive access on every use.
    private let terms: UnsafeMutablePointer<TermEntry>

    public init() {
        refs = .allocate(capacity: Self.refSlots)
        refs.initialize(repeating: RefEntry(a: 0, b: 0, c: 0, d: 0, used: false, hasSubtheme: false, idHash: 0, refHash: 0, id: "", subtheme: ""),
                        count: Self.refSlots)
        terms = .allocate(capacity: Self.termSlots)
        terms.initialize(repeating: TermEntry(a: 0, b: 0, raw: nil, term: LoweredTerm("")), count: Self.termSlots)
    }

    deinit {
        refs.deinitialize(count: Self.refSlots)
        refs.deallocate()
        terms.deinitialize(count: Self.termSlots)
        terms.deallocate()
    }

    /// FNV-1a of the ref's id and of the whole ref (``FindingKey/hashes(_:)``). A hit compares
    /// four words and copies nothing (a first version kept the ref as an optional and copied it
    /// on every hit, which cost more than hashing; callgrind).
    func hashes(of ref: ThemeRef) -> (id: UInt64, ref: UInt64) {
        let (a, b) = unsafeBitCast(ref.id, to: (UInt64, UInt64).self)
        var c: UInt64 = 0, d: UInt64 = 0
        let hasSubtheme = ref.subtheme != nil
        if let subtheme = ref.subtheme { (c, d) = unsafeBitCast(subtheme, to: (UInt64, UInt64).self) }
        let mixed = (a &* 0x9E37_79B9_7F4A_7C15 ^ b ^ c &* 0xC2B2_AE3D_27D4_EB4F ^ d) &* 0xBF58_476D_1CE4_E5B9
        let e = refs + Int(truncatingIfNeeded: mixed >> 55)
        if e.pointee.used && e.pointee.a == a && e.pointee.b == b && e.pointee.c == c && e.pointee.d == d
            && e.pointee.hasSubtheme == hasSubtheme {
            return (e.pointee.idHash, e.pointee.refHash)
        }
        let h = FindingKey.hashes(ref)
        e.pointee = RefEntry(a: a, b: b, c: c, d: d, used: true, hasSubtheme: hasSubtheme, idHash: h.id, refHash: h.ref,
                             id: ref.id, subtheme: ref.subtheme ?? "")
        return h
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
