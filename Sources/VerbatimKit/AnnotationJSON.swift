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
                if k > 0 { w.bytes.append(0x2C) }
                if let themeHeads {
                    themeHeads.write(themes[k].theme, into: &w)
                } else {
                    ThemeHeads.writeHead(themes[k].theme, into: &w)
                }
                w.number(themes[k].sentiment)
                w.raw(",\"evidence\":[")
                themes[k].evidence.withUnsafeBufferPointer { evidence in
                    for j in evidence.indices {
                        if j > 0 { w.bytes.append(0x2C) }
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
final class ThemeHeads {
    private var heads: [ThemeRef: [UInt8]] = [:]

    init() {}

    func write(_ theme: ThemeRef, into w: inout JSONWriter) {
        if let head = heads[theme] {
            w.bytes.append(contentsOf: head)
            return
        }
        var fresh = JSONWriter()
        Self.writeHead(theme, into: &fresh)
        heads[theme] = fresh.bytes
        w.bytes.append(contentsOf: fresh.bytes)
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
