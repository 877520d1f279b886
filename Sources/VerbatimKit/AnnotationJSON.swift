import VerbatimModel

/// The `annotate` output contract, schema `verbatim.annotate/1`:
/// `{"id", "lang", "sentiment": {"score", "label"}, "themes": [{"id",
/// "subtheme", "sentiment", "evidence"}], "complaint"}`.
enum AnnotationJSON {
    /// Writes the fields after `id` (the caller writes `{"id":…` and the closing brace).
    static func write(_ f: Finding, into w: inout JSONWriter) {
        w.raw(",\"lang\":")
        w.string(f.language.rawValue)
        w.raw(",\"sentiment\":{\"score\":")
        w.number(f.score)
        w.raw(",\"label\":")
        w.string(f.label.rawValue)
        w.raw("},\"themes\":[")
        for (k, t) in f.themes.enumerated() {
            if k > 0 { w.raw(",") }
            w.raw("{\"id\":")
            w.string(t.theme.id)
            w.raw(",\"subtheme\":")
            if let s = t.theme.subtheme { w.string(s) } else { w.raw("null") }
            w.raw(",\"sentiment\":")
            w.number(t.sentiment)
            w.raw(",\"evidence\":[")
            for (j, e) in t.evidence.enumerated() {
                if j > 0 { w.raw(",") }
                w.string(e)
            }
            w.raw("]}")
        }
        w.raw("],\"complaint\":")
        w.bool(f.complaint)
    }
}
