/// One segment field: its values and the theme × value matrix.
public struct SegmentSummary: Sendable, Hashable, Codable {
    public var field: String
    /// False when the field was not in the aggregator's `segmentBy`; then
    /// `values` is empty and `note` says so.
    public var collected: Bool
    public var note: String?
    /// Top values by respondents (then items, then value), then `(other)`
    /// pooling the rest and `(none)` for records without the field.
    public var values: [SegmentValue]
    /// Theme ids by complaints overall, then id: the matrix rows.
    public var themes: [String]
    /// One cell per theme × value, row by row in `themes` × `values` order.
    public var cells: [SegmentCell]
    /// Cells tested (≥ minimum mentions); Holm–Bonferroni runs over these.
    public var testsRun: Int
}

/// One value of a segment field.
public struct SegmentValue: Sendable, Hashable, Codable {
    public var value: String
    /// For `question`/`language`, respondents with an answer in the value
    /// (a respondent may count under several).
    public var respondents: Int
    public var items: Int
    public var complaintItems: Int
    public var sentiment: SentimentDistribution
    public var nps: NPSEstimate?
    public var csat: ShareEstimate?
}

/// Whether a value (or group) differs significantly from the rest.
public enum Significance: String, Sendable, Hashable, Codable {
    case higher, lower, notSignificant, notTested
}

/// A theme × segment value cell.
///
/// The test compares the value's complaint share of items (complaints about
/// the theme ÷ the value's items) with the rest of the field's items,
/// two-sided pooled two-proportion z-test, run only when the value has at
/// least the minimum mentions of the theme; p-values are Holm–Bonferroni
/// adjusted over all tested cells of the field.
public struct SegmentCell: Sendable, Hashable, Codable {
    public var theme: String
    public var value: String
    public var mentions: Int
    public var complaints: Int
    /// complaints ÷ the value's items.
    public var complaintShareOfItems: Double
    /// complaints ÷ mentions.
    public var complaintShareOfMentions: Double?
    public var netSentiment: Double?
    /// The same share over all other values.
    public var restComplaintShareOfItems: Double?
    public var pValue: Double?
    public var adjustedPValue: Double?
    public var significance: Significance
}
