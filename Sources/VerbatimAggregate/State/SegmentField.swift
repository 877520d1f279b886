import VerbatimModel

/// Reads a segment field's value(s) from a record.
enum SegmentField {
    /// The value shown for a record without the field.
    static let none = "(none)"
    /// The pooled values beyond the top ones.
    static let other = "(other)"

    /// The value(s) of `field` with the answers that belong to each. Record
    /// fields give one value holding all answers; `question` and `language`
    /// give one value per distinct question or language (a respondent with
    /// no text counts under `(none)`), sorted by value.
    static func values(of field: String, in r: AnalyzedRecord) -> [(String, [AnalyzedAnswer])] {
        switch field {
        case "question", "language":
            guard !r.answers.isEmpty else { return [(none, [])] }
            var groups: [String: [AnalyzedAnswer]] = [:]
            for a in r.answers {
                let v = field == "question" ? clean(a.question) : a.finding.language.rawValue
                groups[v, default: []].append(a)
            }
            return groups.keys.sorted().map { ($0, groups[$0]!) }
        default:
            return [(clean(recordValue(field, r.record)), r.answers)]
        }
    }

    static func recordValue(_ field: String, _ record: Record) -> String? {
        switch field {
        case "brand": return record.brand
        case "product": return record.product
        case "store": return record.store
        case "channel": return record.channel
        default: return record.segments[field] ?? record.fields[field]
        }
    }

    static func clean(_ v: String?) -> String {
        guard let v, !v.allSatisfy(\.isWhitespace) else { return none }
        return v
    }
}
