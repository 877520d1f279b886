import VerbatimModel

/// What to aggregate and how to summarize it.
///
/// Some fields decide what an ``Aggregator`` *collects* and are read from
/// the options it was created with (`since`, `until`, `segmentBy`, `csat`);
/// the rest shape the *summary* and are read from the options passed to
/// ``Aggregator/summary(_:)``. Aggregators merge only when their collecting
/// fields agree.
///
/// ```swift
/// var options = AggregateOptions()
/// options.period = .week
/// options.segmentBy = ["brand", "region"]
/// var agg = Aggregator(options: options)
/// ```
public struct AggregateOptions: Sendable, Hashable, Codable {
    // MARK: Collecting (read at `add`)

    /// Inclusive first calendar day kept (by `record.date`). When `since` or
    /// `until` is set, records without a date are left out and counted in
    /// ``Accounting/excludedUndated``; records outside the range are counted
    /// in ``Accounting/excludedByDate``. The aggregator filters; the caller need not.
    public var since: RecordDate?
    /// Inclusive last calendar day kept.
    public var until: RecordDate?
    /// Segment fields: names from `record.segments` (then `record.fields`),
    /// or the special names `brand`, `product`, `store`, `channel`,
    /// `question` and `language` (the last two are per item).
    public var segmentBy: [String]
    /// Which ratings count as satisfied for CSAT.
    public var csat: CSATDefinition

    // MARK: Summarizing (read at `summary`)

    /// Trend period: month (default), ISO week or quarter.
    public var period: PeriodKind
    /// Orders in the analysed time span, for complaints per 1,000 orders.
    public var orderVolume: Int?
    /// Customer counts per period for retention rates.
    public var retention: [RetentionPeriod]
    /// Representative quotes per theme.
    public var quoteCount: Int
    /// Example item references per theme.
    public var exampleCount: Int
    /// Significance level of segment and comparison tests (after Holm–Bonferroni).
    public var alpha: Double
    /// Minimum mentions of a theme in a segment value or group before it is tested.
    public var minimumMentionsForTest: Int
    /// Rising-theme flag: one-sided level, look-back periods and minimum counts.
    public var rising: RisingRule
    /// Segment values shown per field; the rest are pooled as `(other)`.
    public var maxSegmentValues: Int
    /// Unmatched phrases reported in ``Coverage``.
    public var maxPhrases: Int

    public init(
        since: RecordDate? = nil, until: RecordDate? = nil, segmentBy: [String] = [],
        csat: CSATDefinition = CSATDefinition(), period: PeriodKind = .month, orderVolume: Int? = nil,
        retention: [RetentionPeriod] = [], quoteCount: Int = 3, exampleCount: Int = 5, alpha: Double = 0.05,
        minimumMentionsForTest: Int = 5, rising: RisingRule = RisingRule(), maxSegmentValues: Int = 20,
        maxPhrases: Int = 20
    ) {
        self.since = since
        self.until = until
        self.segmentBy = segmentBy
        self.csat = csat
        self.period = period
        self.orderVolume = orderVolume
        self.retention = retention
        self.quoteCount = quoteCount
        self.exampleCount = exampleCount
        self.alpha = alpha
        self.minimumMentionsForTest = minimumMentionsForTest
        self.rising = rising
        self.maxSegmentValues = maxSegmentValues
        self.maxPhrases = maxPhrases
    }

    /// The fields that decide what is collected; equal for mergeable aggregators.
    var collecting: CollectingOptions {
        CollectingOptions(
            since: since?.daysSinceEpoch, until: until?.daysSinceEpoch, segmentBy: segmentBy, csat: csat)
    }
}

/// The collecting part of ``AggregateOptions`` (dates as days since the epoch).
struct CollectingOptions: Sendable, Hashable {
    var since: Int?
    var until: Int?
    var segmentBy: [String]
    var csat: CSATDefinition
}

/// Trend period.
public enum PeriodKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), labelled `2026-W09`.
    case week
    /// Calendar months, labelled `2026-03`.
    case month
    /// Calendar quarters, labelled `2026-Q1`.
    case quarter
}

/// Which ratings count as satisfied for CSAT.
///
/// By default the top two points of the rating's own scale: 4–5 on 1–5,
/// 6–7 on 1–7, 9–10 on 0–10 (value ≥ scaleMax − 1). Short scales keep at
/// most half their points in the box, so 0–1 (thumbs) counts only 1 and
/// 1–3 only 3. With
/// `minimumNormalized` set, a rating counts when its 0–1 normalized value
/// reaches it instead.
///
/// ```swift
/// CSATDefinition()                         // top-2 box
/// CSATDefinition(minimumNormalized: 0.8)   // ≥ 80 % of the scale
/// ```
public struct CSATDefinition: Sendable, Hashable, Codable {
    /// Number of top scale points counted as satisfied (default 2).
    public var topBox: Int
    /// Overrides `topBox` when set.
    public var minimumNormalized: Double?

    public init(topBox: Int = 2, minimumNormalized: Double? = nil) {
        self.topBox = topBox
        self.minimumNormalized = minimumNormalized
    }

    /// Whether a rating counts as satisfied.
    public func isSatisfied(_ r: Rating) -> Bool {
        if let m = minimumNormalized { return r.normalized >= m - 1e-9 }
        let points = Int((r.scaleMax - r.scaleMin).rounded(.down)) + 1
        let box = max(1, min(topBox, points / 2))
        return r.value >= r.scaleMax - Double(box - 1) - 1e-9
    }

    /// The rule in words, for the report.
    public var description: String {
        if let m = minimumNormalized { return "rating at least \(Int((m * 100).rounded())) % of its scale" }
        return topBox == 1 ? "top box of the rating scale" : "top-\(topBox) box of the rating scale (4–5 on 1–5)"
    }
}

/// Customer counts for one period, for a retention rate.
public struct RetentionPeriod: Sendable, Hashable, Codable {
    public var label: String
    public var customersAtStart: Int
    public var customersAtEnd: Int
    public var newCustomers: Int

    public init(label: String, customersAtStart: Int, customersAtEnd: Int, newCustomers: Int) {
        self.label = label
        self.customersAtStart = customersAtStart
        self.customersAtEnd = customersAtEnd
        self.newCustomers = newCustomers
    }
}

/// When a theme counts as rising in a period.
///
/// Its complaint share of items in period t (complaints about the theme ÷
/// all items in t) is compared with the pooled share of the `lookback`
/// calendar periods before t (empty periods count as zero items) by a
/// one-sided pooled two-proportion z-test; the theme is rising when
/// p < `alpha`, t has at least `minimumComplaints` complaints about it, and
/// both t and the pooled look-back have at least `minimumItems` items.
public struct RisingRule: Sendable, Hashable, Codable {
    public var alpha: Double
    public var lookback: Int
    public var minimumComplaints: Int
    public var minimumItems: Int

    public init(alpha: Double = 0.01, lookback: Int = 3, minimumComplaints: Int = 5, minimumItems: Int = 20) {
        self.alpha = alpha
        self.lookback = lookback
        self.minimumComplaints = minimumComplaints
        self.minimumItems = minimumItems
    }
}
