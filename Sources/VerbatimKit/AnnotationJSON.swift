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
    /// - Parameter cache: escaped theme heads and evidence terms met before (`items.jsonl`
    ///   workers keep one); the bytes are the same with or without it.
    static func write(_ f: borrowing Finding, into w: inout JSONWriter, cache: JSONStringCache? = nil) {
        writeOpening(f.language, f.score, f.label, into: &w)
        f.themes.withUnsafeBufferPointer { writeThemes($0, into: &w, cache: cache) }
        writeClosing(complaint: f.complaint, into: &w)
    }

    /// ``write(_:into:cache:)`` for a finding read in place (an answer in an array's buffer):
    /// passed by value, each `Finding` was copied and destroyed around the call, ≈ 290
    /// instructions an items.jsonl answer (callgrind).
    static func write(_ f: UnsafePointer<Finding>, into w: inout JSONWriter, cache: JSONStringCache?) {
        writeOpening(f.pointee.language, f.pointee.score, f.pointee.label, into: &w)
        f.pointee.themes.withUnsafeBufferPointer { writeThemes($0, into: &w, cache: cache) }
        writeClosing(complaint: f.pointee.complaint, into: &w)
    }

    /// The themes' objects, comma-separated (what goes between `"themes":[` and `]`).
    @inline(__always)
    static func writeThemes(_ themes: UnsafeBufferPointer<ThemeFinding>, into w: inout JSONWriter, cache: JSONStringCache?) {
        for k in themes.indices {
            if k > 0 { w.byte(0x2C) }
            if let cache { cache.writeHead(themes[k].theme, into: &w) } else { writeHead(themes[k].theme, into: &w) }
            w.number(themes[k].sentiment)
            w.raw(",\"evidence\":[")
            themes[k].evidence.withUnsafeBufferPointer { evidence in
                for j in evidence.indices {
                    if j > 0 { w.byte(0x2C) }
                    if let cache { cache.write(evidence[j], into: &w) } else { w.string(evidence[j]) }
                }
            }
            w.raw("]}")
        }
    }

    /// The same bytes as `write(_:into:)` for the `Finding` the digest stands
    /// for, written from the analysis buffers (`annotate`'s path).
    static func write(_ d: FindingDigest, into w: inout JSONWriter, heads: ThemeHeadCache) {
        writeOpening(d.language, d.score, d.label, into: &w)
        for k in 0..<d.themeCount {
            if k > 0 { w.byte(0x2C) }
            heads.write(d, theme: k, into: &w)
            w.number(d.themeSentiment(k))
            w.raw(",\"evidence\":[")
            var first = true
            d.forEachEvidence(ofTheme: k) { quote in
                if !first { w.byte(0x2C) }
                first = false
                w.string(quote)
            }
            w.raw("]}")
        }
        writeClosing(complaint: d.complaint, into: &w)
    }

    /// `,"lang":…,"sentiment":{"score":…,"label":…},"themes":[` — shared by both writers.
    @inline(__always)
    static func writeOpening(_ language: Language, _ score: Double, _ label: SentimentLabel, into w: inout JSONWriter) {
        switch language {
        case .zh: w.raw(",\"lang\":\"zh\",\"sentiment\":{\"score\":")
        case .en: w.raw(",\"lang\":\"en\",\"sentiment\":{\"score\":")
        case .mixed: w.raw(",\"lang\":\"mixed\",\"sentiment\":{\"score\":")
        case .other: w.raw(",\"lang\":\"other\",\"sentiment\":{\"score\":")
        }
        w.number(score)
        switch label {
        case .pos: w.raw(",\"label\":\"pos\"},\"themes\":[")
        case .neg: w.raw(",\"label\":\"neg\"},\"themes\":[")
        case .neu: w.raw(",\"label\":\"neu\"},\"themes\":[")
        }
    }

    /// `],"complaint":…` — shared by both writers.
    @inline(__always)
    static func writeClosing(complaint: Bool, into w: inout JSONWriter) {
        if complaint { w.raw("],\"complaint\":true") } else { w.raw("],\"complaint\":false") }
    }

    /// A theme's `{"id":…,"subtheme":…,"sentiment":` fragment, escaped afresh.
    static func writeHead(_ theme: ThemeRef, into w: inout JSONWriter) {
        w.raw("{\"id\":")
        w.string(theme.id)
        w.raw(",\"subtheme\":")
        if let s = theme.subtheme { w.string(s) } else { w.raw("null") }
        w.raw(",\"sentiment\":")
    }
}

/// Pre-escaped theme head fragments (`AnnotationJSON.writeHead`), by the
/// analyzer's theme rank (`FindingDigest.themeRank`): one array read per theme
/// instead of escaping two strings. Not thread-safe: one per worker thread,
/// for one analyzer.
final class ThemeHeadCache {
    // One cache per worker thread, never shared: the run-time exclusivity checks on this
    // class property cost ≈ 600 instructions per line (callgrind) and guard nothing.
    @exclusivity(unchecked) private var heads: [[UInt8]] = []

    init() {}

    func write(_ d: FindingDigest, theme k: Int, into w: inout JSONWriter) {
        let rank = d.themeRank(k)
        if heads.isEmpty { heads = Array(repeating: [], count: d.themeRankCount) }
        if heads[rank].isEmpty {
            var fresh = JSONWriter()
            AnnotationJSON.writeHead(d.themeRef(k), into: &fresh)
            heads[rank] = fresh.bytes
        }
        heads[rank].withUnsafeBufferPointer { w.raw($0) }
    }
}
