/// The role chosen for one column, with how it was decided.
struct ColumnDecision: Sendable, Hashable {
    /// Why the role was chosen: `preset`, `name`, `content`, `--map`.
    enum Basis: String, Sendable, Hashable {
        case preset, name, content, map = "--map"
    }

    var role: ColumnRole
    var basis: Basis
    /// The measured scale of a rating or recommend column.
    var scale: ClosedRange<Double>?
}

/// Chooses a column's role from its header name (``FieldNames``) and its
/// sampled content (``ColumnProfile``).
///
/// The name is trusted when the content agrees with it (a `rating` column
/// of numbers); when it does not (a `满意度` column of words, a `time` column
/// of durations) or when the name says nothing (`col3`), the content decides:
///
/// - star glyphs, or whole numbers 0…10 with at least 3 as a maximum → a rating
///   (a 0…10 column that reaches 0 and goes above 5 is a recommend score);
/// - mostly dates (not plain numbers) → a date;
/// - long, varied values with letters or CJK → text;
/// - unique short codes → an id;
/// - few distinct short words → a segment;
/// - anything else is kept as a plain field.
///
/// ```swift
/// let d = ColumnRoleDetector.decide(name: "col2", profile: ColumnProfile(values: ["0", "9", "10", "7"]))
/// d.role    // .recommend
/// d.scale   // 0...10
/// ```
enum ColumnRoleDetector {
    static func decide(name: String, profile p: ColumnProfile, fixed: ColumnRole? = nil) -> ColumnDecision {
        if let fixed { return ColumnDecision(role: fixed, basis: .preset, scale: scale(for: fixed, p)) }
        let named = FieldNames.role(forName: name)
        if p.nonEmpty == 0 {
            return ColumnDecision(role: named ?? .ignore, basis: named == nil ? .content : .name, scale: nil)
        }
        let numeric = p.numericShare >= 0.9
        let stars = p.starShare >= 0.8
        if let named {
            switch named {
            case .rating, .recommend:
                if numeric || stars, let s = scale(for: named, p) { return ColumnDecision(role: named, basis: .name, scale: s) }
                if !numeric && !stars && isTextLike(p) { return ColumnDecision(role: .text, basis: .content, scale: nil) }
            case .text:
                if !numeric { return ColumnDecision(role: .text, basis: .name, scale: nil) }
            case .date, .answeredDate:
                // A `time` column of plain numbers is a duration or a count, not a date; values
                // without digits are not dates either (`sentiment` merely contains `time`).
                if !numeric, p.digitShare >= 0.5 { return ColumnDecision(role: named, basis: .name, scale: nil) }
            case .segment, .channel:
                // Trusted unless the values are long sentences (`message` merely contains `age`).
                if p.meanWidth < 30 { return ColumnDecision(role: named, basis: .name, scale: nil) }
            default:
                return ColumnDecision(role: named, basis: .name, scale: nil)
            }
        }
        return byContent(p, named: named)
    }

    private static func byContent(_ p: ColumnProfile, named: ColumnRole?) -> ColumnDecision {
        func content(_ role: ColumnRole, _ scale: ClosedRange<Double>? = nil) -> ColumnDecision {
            ColumnDecision(role: role, basis: .content, scale: scale)
        }
        if p.starShare >= 0.8 { return content(.rating, RatingScale.stars(slots: p.starSlots)) }
        if p.numericShare >= 0.9, let range = p.numericRange {
            if p.integerShare >= 0.9, range.lowerBound >= 0, range.upperBound <= 10, range.upperBound >= 3, p.distinct <= 11 {
                if range.lowerBound == 0 && range.upperBound > 5 { return content(.recommend, 0...10) }
                return content(.rating, RatingScale.measure(observed: range))
            }
            if p.integerShare >= 0.9, p.distinctRatio >= 0.95, p.nonEmpty >= 3 { return content(.id) }
            return content(.field)
        }
        if p.dateShare >= 0.8 { return content(.date) }
        if isTextLike(p) { return content(.text) }
        if p.distinctRatio >= 0.95, p.nonEmpty >= 3, p.wordyShare == 0, p.meanWidth <= 40 { return content(.id) }
        if p.distinct <= 20, p.meanWidth <= 30, p.letterShare >= 0.5, p.distinctRatio <= 0.6 || p.distinct <= 2 {
            return content(.segment)
        }
        return content(.field)
    }

    /// Long, varied values with letters or CJK: what people write.
    static func isTextLike(_ p: ColumnProfile) -> Bool {
        guard p.letterShare >= 0.5, p.numericShare < 0.5 else { return false }
        if p.meanWidth >= 20 && p.distinctRatio >= 0.3 { return true }
        return p.meanWidth >= 8 && p.wordyShare >= 0.5 && p.distinctRatio >= 0.7
    }

    /// The scale of a rating or recommend column from its values.
    static func scale(for role: ColumnRole, _ p: ColumnProfile) -> ClosedRange<Double>? {
        guard role == .rating || role == .recommend else { return nil }
        if p.starShare >= 0.8 { return RatingScale.stars(slots: p.starSlots) }
        guard let range = p.numericRange else { return role == .recommend ? 0...10 : nil }
        if role == .recommend { return range.upperBound <= 10 && range.lowerBound >= 0 ? 0...10 : RatingScale.measure(observed: range) }
        return RatingScale.measure(observed: range)
    }
}
