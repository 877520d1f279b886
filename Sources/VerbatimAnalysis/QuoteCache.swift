/// One-quote evidence lists (`ThemeFinding.evidence`) made before, by the quote's bytes.
///
/// Most themes of an item quote one short term ("delivery", "太慢"), and the same few hundred
/// terms recur on every line. Making each list afresh cost an array allocation, a `String`
/// made and validated from the bytes, and the array's destruction later: ≈ 1,600
/// instructions a record on the generated 10 MB CSV (callgrind). A hit hands out the stored
/// list (a retain); equal bytes make equal strings, so the findings are the same.
///
/// Quotes of up to 15 bytes are kept, keyed by their bytes and length packed into two words.
/// Direct-mapped; a miss builds the list and takes the slot. Not thread-safe: one per
/// `AnalysisBuffers` (one thread).
final class QuoteCache {
    private struct Entry {
        var low: UInt64
        var high: UInt64
        /// Empty in a free slot (a kept list always holds one quote).
        var quotes: [String]
    }

    /// The longest quote kept (two words of key, the top byte holding the length).
    static let maxBytes = 15
    private static let slots = 512
    // Allocated at the first lookup: `Analyzer.analyze(_: NormalizedText)` makes fresh buffers per call.
    // Manually managed: a class's array property is checked for exclusive access on every use.
    private var entries: UnsafeMutablePointer<Entry>?

    init() {}

    deinit {
        if let entries {
            entries.deinitialize(count: Self.slots)
            entries.deallocate()
        }
        if let strings {
            strings.deinitialize(count: Self.slots)
            strings.deallocate()
        }
    }

    /// `[String(decoding: bytes, as: UTF8.self)]`, from the cache when the same bytes came before.
    /// - Precondition: `bytes.count <= QuoteCache.maxBytes`.
    func quotes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var key: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &key) { k in
            if let base = bytes.baseAddress { k.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
            k[15] = UInt8(truncatingIfNeeded: bytes.count)
        }
        let table = entries ?? makeTable()
        let mixed = (key.0 &* 0x9E37_79B9_7F4A_7C15 ^ key.1) &* 0xBF58_476D_1CE4_E5B9
        let e = table + Int(truncatingIfNeeded: mixed >> 55)
        if e.pointee.low == key.0 && e.pointee.high == key.1 && !e.pointee.quotes.isEmpty { return e.pointee.quotes }
        let quotes = [String(decoding: bytes, as: UTF8.self)]
        e.pointee = Entry(low: key.0, high: key.1, quotes: quotes)
        return quotes
    }

    /// `String(decoding: bytes, as: UTF8.self)`, from the cache when the same bytes came before
    /// (the quotes of a theme with several: ≈ 3 a record, each made and validated afresh).
    /// Quotes of up to 15 bytes are small strings, held inline: a hit copies two words.
    /// - Precondition: `bytes.count <= QuoteCache.maxBytes`.
    func quote(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let key = Self.key(bytes)
        let table = strings ?? makeStrings()
        let mixed = (key.0 &* 0x9E37_79B9_7F4A_7C15 ^ key.1) &* 0xBF58_476D_1CE4_E5B9
        let e = table + Int(truncatingIfNeeded: mixed >> 55)
        if e.pointee.used && e.pointee.low == key.0 && e.pointee.high == key.1 { return e.pointee.quote }
        let quote = String(decoding: bytes, as: UTF8.self)
        e.pointee = StringEntry(low: key.0, high: key.1, used: true, quote: quote)
        return quote
    }

    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var key: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &key) { k in
            if let base = bytes.baseAddress { k.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
            k[15] = UInt8(truncatingIfNeeded: bytes.count)
        }
        return key
    }

    private struct StringEntry {
        var low: UInt64
        var high: UInt64
        var used: Bool
        var quote: String
    }

    private var strings: UnsafeMutablePointer<StringEntry>?

    private func makeStrings() -> UnsafeMutablePointer<StringEntry> {
        let table = UnsafeMutablePointer<StringEntry>.allocate(capacity: Self.slots)
        table.initialize(repeating: StringEntry(low: 0, high: 0, used: false, quote: ""), count: Self.slots)
        strings = table
        return table
    }

    private func makeTable() -> UnsafeMutablePointer<Entry> {
        let table = UnsafeMutablePointer<Entry>.allocate(capacity: Self.slots)
        table.initialize(repeating: Entry(low: 0, high: 0, quotes: []), count: Self.slots)
        entries = table
        return table
    }
}
