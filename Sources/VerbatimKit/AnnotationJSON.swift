import VerbatimModel

/// The `annotate` output contract, schema `verbatim.annotate/1`:
/// `{"id", "lang", "sentiment": {"score", "label"}, "themes": [{"id",
/// "subtheme", "sentiment", "evidence"}], "complaint"}`.
///
/// Keys, languages, labels and theme heads come from small fixed sets, so
/// they are written as whole pre-escaped fragments: one append instead of a
/// key, an escaped value and another key (each append of a byte array costs
/// ≈ 100 instructions whatever its length; callgrind, Benchmarks/perf/profile).
enum AnnotationJSON {
    /// Writes the fields after `id` (the caller writes `{"id":…` and the closing brace).
    /// - Parameter themeHeads: a per-thread cache of theme fragments; without
    ///   one, each theme's head is escaped afresh (same bytes).
    static func write(_ f: Finding, into w: inout JSONWriter, themeHeads: ThemeHeads? = nil) {
        switch f.language {
        case .zh: w.raw(",\"lang\":\"zh\",\"sentiment\":{\"score\":")
        case .en: w.raw(",\"lang\":\"en\",\"sentiment\":{\"score\":")
        case .mixed: w.raw(",\"lang\":\"mixed\",\"sentiment\":{\"score\":")
        case .other: w.raw(",\"lang\":\"other\",\"sentiment\":{\"score\":")
        }
        w.number(f.score)
        switch f.label {
        case .pos: w.raw(",\"label\":\"pos\"},\"themes\":[")
        case .neg: w.raw(",\"label\":\"neg\"},\"themes\":[")
        case .neu: w.raw(",\"label\":\"neu\"},\"themes\":[")
        }
        f.themes.withUnsafeBufferPointer { themes in
            for k in themes.indices {
                if k > 0 { w.byte(0x2C) }
                if let themeHeads {
                    themeHeads.write(themes[k].theme, into: &w)
                } else {
                    ThemeHeads.writeHead(themes[k].theme, into: &w)
                }
                w.number(themes[k].sentiment)
                w.raw(",\"evidence\":[")
                themes[k].evidence.withUnsafeBufferPointer { evidence in
                    for j in evidence.indices {
                        if j > 0 { w.byte(0x2C) }
                        w.string(evidence[j])
                    }
                }
                w.raw("]}")
            }
        }
        if f.complaint { w.raw("],\"complaint\":true") } else { w.raw("],\"complaint\":false") }
    }
}

/// Pre-escaped `{"id":"…","subtheme":…,"sentiment":` fragments for the
/// themes seen so far. Not thread-safe: one per worker thread.
///
/// Looked up by the bits of the two strings, not by hashing their text (a
/// `[ThemeRef: [UInt8]]` lookup cost ≈ 600 instructions, more than escaping
/// afresh): equal bits mean equal text, because a small string's bits are its
/// text and a large one's hold its storage, which the entry keeps alive
/// (and immutable: it is shared). The same text in another storage only adds
/// an entry; past `capacity` entries, heads are escaped afresh.
final class ThemeHeads {
    private typealias Key = (UInt64, UInt64, UInt64, UInt64)
    private struct Entry {
        var key: Key
        /// Keeps the strings' storage alive while their bits serve as the key.
        var theme: ThemeRef
        var head: [UInt8]
    }

    private static let slotBits = 10
    private static let capacity = 1 << (slotBits - 1)
    // One cache per worker thread, never shared: the run-time exclusivity checks on these
    // class properties cost ≈ 600 instructions per line (callgrind) and guard nothing.
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1 << slotBits)
    @exclusivity(unchecked) private var entries: [Entry] = []

    init() {}

    func write(_ theme: ThemeRef, into w: inout JSONWriter) {
        let id = unsafeBitCast(theme.id, to: (UInt64, UInt64).self)
        let sub = unsafeBitCast(theme.subtheme, to: (UInt64, UInt64).self)
        let key: Key = (id.0, id.1, sub.0, sub.1)
        let mixed = (id.0 &* 0x9E37_79B9_7F4A_7C15) ^ (id.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ (sub.0 &* 0x1656_67B1_9E37_79F9) ^ sub.1
        var slot = Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
        let mask = (1 << Self.slotBits) - 1
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if entries[e].key == key {
                w.raw(entries[e].head)
                return
            }
            slot = (slot + 1) & mask
        }
        var fresh = JSONWriter()
        Self.writeHead(theme, into: &fresh)
        w.raw(fresh.bytes)
        if entries.count < Self.capacity {
            slots[slot] = Int32(entries.count)
            entries.append(Entry(key: key, theme: theme, head: fresh.bytes))
        }
    }

    /// The fragment itself, escaped afresh.
    static func writeHead(_ theme: ThemeRef, into w: inout JSONWriter) {
        w.raw("{\"id\":")
        w.string(theme.id)
        w.raw(",\"subtheme\":")
        if let s = theme.subtheme { w.string(s) } else { w.raw("null") }
        w.raw(",\"sentiment\":")
    }
}
