import VerbatimModel

/// Recognises records whose text was already seen from the same source field.
///
/// Two kinds: exact duplicates (the same bytes) and normalized duplicates (the
/// same after folding case, full-width forms, whitespace and punctuation:
/// "Great food!!" and "great food"). The only per-record memory is one entry
/// per distinct text: a 64-bit hash of the normalized text mapped to a 64-bit
/// hash of the exact text — 16 bytes of hashes (plus the hash table's own
/// overhead, about 1.5–2× at Swift's load factors). With 64-bit hashes two
/// different texts collide with probability ≈ n²/2⁶⁵ (≈ 3·10⁻⁶ at 10 million
/// texts).
///
/// Records without text are never duplicates: a score-only survey answer is a
/// respondent, not a copy.
public struct DuplicateFilter {
    /// What a record is, once checked.
    public enum Verdict: Sendable, Hashable {
        case first
        case exactDuplicate
        case normalizedDuplicate
    }

    private var seen: [UInt64: UInt64] = [:]

    public init() {}

    /// The number of distinct texts remembered.
    public var distinctTexts: Int { seen.count }

    /// Checks `record` and remembers its text.
    public mutating func check(_ record: Record) -> Verdict {
        guard record.hasText else { return .first }
        var exact = FNV1a64()
        var normalized = FNV1a64()
        for field in record.texts where !field.text.allSatisfy(\.isWhitespace) {
            exact.add(field.question)
            exact.add(0)
            exact.add(field.text)
            exact.add(0)
            normalized.add(field.question)
            normalized.add(0)
            Self.addNormalized(field.text, to: &normalized)
            normalized.add(0)
        }
        if let previous = seen[normalized.value] {
            return previous == exact.value ? .exactDuplicate : .normalizedDuplicate
        }
        seen[normalized.value] = exact.value
        return .first
    }

    /// Feeds the text with case, width, whitespace and punctuation folded away.
    static func addNormalized(_ text: String, to hash: inout FNV1a64) {
        for scalar in text.unicodeScalars {
            var v = scalar.value
            // Full-width ASCII (！ → !, Ａ → A) and the ideographic space.
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 } else if v == 0x3000 { continue }
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A { hash.add(b + 32); continue }
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { hash.add(b); continue }
                continue  // ASCII whitespace, punctuation, symbols, controls
            }
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            if p.isWhitespace { continue }
            switch p.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation, .format, .control:
                continue
            default: break
            }
            if p.changesWhenLowercased {
                for l in p.lowercaseMapping.utf8 { hash.add(l) }
            } else {
                for b in String(s).utf8 { hash.add(b) }
            }
        }
    }
}
