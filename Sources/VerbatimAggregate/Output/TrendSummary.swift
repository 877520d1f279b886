import VerbatimModel

/// Figures per period, oldest first.
///
/// Periods run from the first to the last dated record with empty periods
/// filled in (unless the span exceeds 1,000 periods, when only periods with
/// data are listed). Records without a date are counted in
/// `undatedRespondents`/`undatedItems`, so nothing is invisible.
public struct TrendSummary: Sendable, Hashable, Codable {
    public var period: PeriodKind
    public var periods: [PeriodSummary]
    public var undatedRespondents: Int
    public var undatedItems: Int
    /// Every (period, theme) flagged as rising, oldest first, then by theme.
    public var rising: [RisingTheme]
    /// The rule used for `rising`, in words.
    public var risingRule: String
}

/// One period.
public struct PeriodSummary: Sendable, Hashable, Codable {
    /// `2026-03`, `2026-W09` or `2026-Q1`.
    public var label: String
    /// First day of the period.
    public var start: RecordDate
    public var respondents: Int
    public var items: Int
    public var complaintItems: Int
    public var sentiment: SentimentDistribution
    /// Nil when the period has no 0–10 recommend answers.
    public var nps: NPSEstimate?
    /// CSAT share with its Wilson interval; nil without ratings.
    public var csat: ShareEstimate?
    /// Theme ids mentioned in the period, by complaints, mentions, then id.
    public var themes: [PeriodTheme]
}

/// A proportion with its count, denominator and Wilson 95 % interval.
public struct ShareEstimate: Sendable, Hashable, Codable {
    public var count: Int
    public var n: Int
    public var share: Double
    public var interval: Interval

    init?(count: Int, n: Int) {
        guard n > 0, let ci = Wilson.interval(successes: count, of: n) else { return nil }
        self.count = count
        self.n = n
        share = Double(count) / Double(n)
        interval = ci
    }
}

/// A theme id in one period.
public struct PeriodTheme: Sendable, Hashable, Codable {
    public var theme: String
    public var mentions: Int
    public var complaints: Int
    /// complaints ÷ the period's items.
    public var complaintShareOfItems: Double
    /// Net sentiment of the mentions.
    public var netSentiment: Double?
    /// Whether the rising rule flags it in this period.
    public var rising: Bool
}

/// A theme whose complaint share rose significantly.
public struct RisingTheme: Sendable, Hashable, Codable {
    public var period: String
    public var theme: String
    public var complaints: Int
    public var items: Int
    public var share: Double
    /// Pooled look-back periods.
    public var previousComplaints: Int
    public var previousItems: Int
    public var previousShare: Double
    public var z: Double
    /// One-sided p-value.
    public var pValue: Double
}
