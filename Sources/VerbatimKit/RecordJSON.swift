import VerbatimModel

/// The `ingest` output contract, schema `verbatim.record/1`: one JSON object
/// per record, keys in a fixed order, absent values omitted:
///
/// ```json
/// {"id":"r1","text":"送餐太慢了","texts":[{"question":"评价内容","text":"送餐太慢了"}],
///  "rating":{"value":2,"min":1,"max":5},"recommend":{"value":3,"min":0,"max":10},
///  "date":"2026-03-02T10:00:00+08:00","answered":"…","response_time_s":3600,
///  "author":"…","brand":"…","product":"…","store":"…","channel":"…",
///  "segments":{"age":"25-34"},"fields":{"aspectCategories":"food;service"},
///  "source":{"file":"corpora/a.csv","line":4,"record":3}}
/// ```
///
/// `id` is the input's own id, or the record's position (`file:line`, or
/// `file#record` for formats without lines) when it has none. `text` is the
/// main open text (the first non-blank answer) and is `null` for a respondent
/// who wrote nothing; `annotate` reads `id` and `text`.
public enum RecordJSON {
    /// One record as a JSON Lines line (with its newline).
    public static func line(_ r: Record) -> [UInt8] {
        var w = JSONWriter()
        write(r, into: &w)
        w.raw("\n")
        return w.bytes
    }

    static func write(_ r: Record, into w: inout JSONWriter) {
        w.raw("{")
        writeFields(r, into: &w)
        w.raw("}")
    }

    /// The record's keys without the enclosing braces (items.jsonl adds its analysis after them).
    /// - Parameter cache: escaped forms of the values that recur from record to record (question,
    ///   brand…, segments and fields, source file); the bytes are the same with or without it.
    static func writeFields(_ r: Record, into w: inout JSONWriter, cache: JSONStringCache? = nil) {
        // Recurring values through the cache; ids and answers are new on every line.
        func recurring(_ s: String) {
            if let cache { cache.write(s, into: &w) } else { w.string(s) }
        }
        w.raw("\"id\":")
        // Without an id of its own, the record's position identifies it (unique within a run).
        w.string(r.id ?? r.source.description)
        w.raw(",\"text\":")
        // The main text (`r.text`) is one of the answers: escaped once, its bytes repeated there.
        let main = r.texts.firstIndex { !$0.text.isAllWhitespace }
        var mainBytes = 0..<0
        if let main {
            let start = w.count
            w.string(r.texts[main].text)
            mainBytes = start..<w.count
        } else {
            w.raw("null")
        }
        w.raw(",\"texts\":[")
        for (i, t) in r.texts.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"question\":")
            recurring(t.question)
            w.raw(",\"text\":")
            if i == main { w.repeatBytes(mainBytes) } else { w.string(t.text) }
            w.raw("}")
        }
        w.raw("]")
        rating("rating", r.rating, &w, cache)
        rating("recommend", r.recommend, &w, cache)
        if let d = r.date { w.raw(",\"date\":"); date(d, &w) }
        if let d = r.answeredDate { w.raw(",\"answered\":"); date(d, &w) }
        if let s = r.responseTimeSeconds { w.raw(",\"response_time_s\":"); w.number(s) }
        if let v = r.author { w.raw(",\"author\":"); recurring(v) }
        if let v = r.brand { w.raw(",\"brand\":"); recurring(v) }
        if let v = r.product { w.raw(",\"product\":"); recurring(v) }
        if let v = r.store { w.raw(",\"store\":"); recurring(v) }
        if let v = r.channel { w.raw(",\"channel\":"); recurring(v) }
        map("segments", r.segments, &w, cache)
        map("fields", r.fields, &w, cache)
        w.raw(",\"source\":{\"file\":")
        recurring(r.source.file)
        w.raw(",\"line\":")
        if let l = r.source.line { w.int(l) } else { w.raw("null") }
        w.raw(",\"record\":")
        w.int(r.source.ordinal)
        w.raw("}")
    }

    /// `d.description` as a JSON string, written digit by digit for the usual dates (years
    /// 0–9999, valid fields): a date is on nearly every line, and building the string was ≈ 2,600
    /// instructions of items.jsonl's ≈ 29,000 per record (callgrind). ISO 8601 needs no escaping.
    private static func date(_ d: RecordDate, _ w: inout JSONWriter) {
        let time = d.secondOfDay ?? 0, offset = d.utcOffsetMinutes ?? 0
        guard (0...9999).contains(d.year), (0...99).contains(d.month), (0...99).contains(d.day), (0..<360_000).contains(time),
              abs(offset) < 6000 else {
            w.string(d.description)
            return
        }
        func digits(_ v: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var v = v
            while divisor > 0 {
                w.byte(UInt8(truncatingIfNeeded: v / divisor) + 0x30)
                v %= divisor
                divisor /= 10
            }
        }
        w.byte(0x22)
        digits(d.year, 4)
        w.byte(0x2D)
        digits(d.month, 2)
        w.byte(0x2D)
        digits(d.day, 2)
        if let t = d.secondOfDay {
            w.byte(0x54)
            digits(t / 3600, 2)
            w.byte(0x3A)
            digits(t / 60 % 60, 2)
            w.byte(0x3A)
            digits(t % 60, 2)
            if let o = d.utcOffsetMinutes {
                if o == 0 {
                    w.byte(0x5A)
                } else {
                    w.byte(o < 0 ? 0x2D : 0x2B)
                    digits(abs(o) / 60, 2)
                    w.byte(0x3A)
                    digits(abs(o) % 60, 2)
                }
            }
        }
        w.byte(0x22)
    }

    private static func rating(_ key: StaticString, _ rating: Rating?, _ w: inout JSONWriter, _ cache: JSONStringCache? = nil) {
        guard let rating else { return }
        if let cache {
            cache.writeRating(key, rating, into: &w)
            return
        }
        writeRating(key, rating, into: &w)
    }

    /// `,"rating":{"value":4,"min":1,"max":5}` (or `recommend`).
    static func writeRating(_ key: StaticString, _ rating: Rating, into w: inout JSONWriter) {
        w.raw(",\"")
        w.raw(key)
        w.raw("\":{\"value\":")
        w.number(rating.value)
        w.raw(",\"min\":")
        w.number(rating.scaleMin)
        w.raw(",\"max\":")
        w.number(rating.scaleMax)
        w.raw("}")
    }

    private static func map(_ key: StaticString, _ values: [String: String], _ w: inout JSONWriter, _ cache: JSONStringCache?) {
        guard !values.isEmpty else { return }
        func recurring(_ s: String) {
            if let cache { cache.write(s, into: &w) } else { w.string(s) }
        }
        w.raw(",\"")
        w.raw(key)
        w.raw("\":{")
        // One entry (a typical CSV's one extra column) needs no sorting.
        if values.count == 1, let (k, v) = values.first {
            recurring(k)
            w.raw(":")
            recurring(v)
            w.raw("}")
            return
        }
        // Sorted by UTF-8 bytes: deterministic on every machine.
        for (i, (k, v)) in values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if i > 0 { w.raw(",") }
            recurring(k)
            w.raw(":")
            recurring(v)
        }
        w.raw("}")
    }
}
