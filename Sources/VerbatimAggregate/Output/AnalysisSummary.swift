/// Every figure an analysis report shows, computed by ``Aggregator/summary(_:)``.
/// Renderers only format it.
///
/// ```swift
/// let s = agg.summary(options)
/// s.accounting.respondents
/// s.kpis.all.filter { $0.value != nil }
/// s.themes.first?.quotes
/// s.trend.rising
/// ```
public struct AnalysisSummary: Sendable, Hashable, Codable {
    public var accounting: Accounting
    public var kpis: KPISet
    /// Theme ids ranked by complaints, then mentions, then id; each with its subthemes.
    public var themes: [ThemeSummary]
    public var coverage: Coverage
    public var trend: TrendSummary
    /// One per `segmentBy` field of the summary options, in that order.
    public var segments: [SegmentSummary]
    /// Rating scales seen, with counts, e.g. `1–5`.
    public var ratingScales: [ScaleCount]
    /// The CSAT rule in words.
    public var csatRule: String
}

/// A rating scale and how many ratings used it.
public struct ScaleCount: Sendable, Hashable, Codable {
    public var scale: String
    public var min: Double
    public var max: Double
    public var ratings: Int
}
