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
        append(item, producedBy: producedBy, cache: nil, to: &bytes)
    }

    /// ``append(_:producedBy:to:)`` with a worker's cache of escaped recurring strings (same bytes).
    static func append(_ item: AnalyzedRecord, producedBy: String?, cache: JSONStringCache?, to bytes: inout [UInt8]) {
        var w = JSONWriter()
        swap(&w.bytes, &bytes)
        defer { swap(&w.bytes, &bytes) }
        w.raw("{")
        RecordJSON.writeFields(item.record, into: &w, cache: cache)
        w.raw(",\"analysis\":[")
        // Read in place (a `for` over the array copied each answer).
        item.answers.withUnsafeBufferPointer { answers in
            for i in answers.indices {
                if i > 0 { w.raw(",") }
                w.raw("{\"question\":")
                if let cache { cache.write(answers[i].question, into: &w) } else { w.string(answers[i].question) }
                // The finding's address in the buffer (nothing is written through it): no copy.
                withUnsafePointer(to: &UnsafeMutablePointer(mutating: answers.baseAddress! + i).pointee.finding) {
                    AnnotationJSON.write($0, into: &w, cache: cache)
                }
                w.raw("}")
            }
        }
        w.raw("]")
        if let producedBy {
            w.raw(",\"producedBy\":")
            if let cache { cache.write(producedBy, into: &w) } else { w.string(producedBy) }
        }
        w.raw("}\n")
    }
}

/// Writes items.jsonl lines (``ItemJSON``) for one thread, escaping the strings that recur from
/// line to line — question, source file, brand, segment values, theme ids, evidence terms,
/// `producedBy` — once instead of on every line. The bytes are ``ItemJSON/append(_:producedBy:to:)``'s.
///
/// Not thread-safe: make one per worker thread.
///
/// ```swift
/// let writer = ItemLineWriter(producedBy: "Verbatim 0.1.0; lexicon fb8fd02c2f6c6d32")
/// var out: [UInt8] = []
/// for item in analysed { writer.append(item, to: &out) }
/// ```
public final class ItemLineWriter {
    /// Written last on every line, as in ``ItemJSON/line(_:producedBy:)``.
    public let producedBy: String?
    private let cache = JSONStringCache()

    public init(producedBy: String? = nil) {
        self.producedBy = producedBy
    }

    /// Appends the item's line (with its newline) to `bytes`.
    public func append(_ item: AnalyzedRecord, to bytes: inout [UInt8]) {
        ItemJSON.append(item, producedBy: producedBy, cache: cache, to: &bytes)
    }
}
