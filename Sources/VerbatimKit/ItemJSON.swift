import VerbatimModel

/// The `analyze` items contract, schema `verbatim.item/1`: the record's keys
/// (as `verbatim.record/1`) followed by `"analysis"`, one entry per open-text
/// answer, in the record's order:
///
/// ```json
/// {"id":"r2", …record keys…, "analysis":[{"question":"评价内容","lang":"zh",
///   "sentiment":{"score":-0.64,"label":"neg"},"themes":[{"id":"delivery","subtheme":"late",
///   "sentiment":-0.84,"evidence":["太慢"]}],"complaint":true}]}
/// ```
public enum ItemJSON {
    /// One analysed record as a JSON Lines line (with its newline); `producedBy`, when given, is
    /// written last (`"producedBy":"Verbatim 0.1.0; lexicon fb8fd02c2f6c6d32"`), so every line
    /// states what produced it.
    public static func line(_ item: AnalyzedRecord, producedBy: String? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        append(item, producedBy: producedBy, to: &bytes)
        return bytes
    }

    /// Appends ``line(_:producedBy:)`` to `bytes` (a batch of lines grows one buffer).
    public static func append(_ item: AnalyzedRecord, producedBy: String? = nil, to bytes: inout [UInt8]) {
        var w = JSONWriter()
        swap(&w.bytes, &bytes)
        defer { swap(&w.bytes, &bytes) }
        w.raw("{")
        RecordJSON.writeFields(item.record, into: &w)
        w.raw(",\"analysis\":[")
        for (i, answer) in item.answers.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"question\":")
            w.string(answer.question)
            AnnotationJSON.write(answer.finding, into: &w)
            w.raw("}")
        }
        w.raw("]")
        if let producedBy {
            w.raw(",\"producedBy\":")
            w.string(producedBy)
        }
        w.raw("}\n")
    }
}
