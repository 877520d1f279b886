import VerbatimModel

/// Groups (brands, stores, periods…) side by side with significance.
///
/// Every test compares one group with all other groups pooled (two-sided):
/// complaint share of items and praise share of items per theme (pooled
/// two-proportion z-tests), CSAT (same test) and NPS (z = ΔNPS / √(se₁² +
/// se₂²)). Holm–Bonferroni runs over all tests of the comparison at
/// `alpha`; only rejected tests become strengths or weaknesses.
public struct ComparisonSummary: Sendable, Hashable, Codable {
    public var groups: [GroupOverview]
    /// Theme ids by total complaints, then mentions, then id.
    public var themes: [ThemeComparison]
    public var testsRun: Int
    public var alpha: Double
}

/// One group's headline figures and findings.
public struct GroupOverview: Sendable, Hashable, Codable {
    public var name: String
    public var respondents: Int
    public var items: Int
    public var sentiment: SentimentDistribution
    public var nps: KPI
    public var csat: KPI
    public var averageRating: KPI
    public var averageRatingNormalized: KPI
    public var complaintRate: KPI
    public var npsTest: GroupTest?
    public var csatTest: GroupTest?
    /// Significant differences in the group's favour, strongest first.
    public var strengths: [ComparisonStatement]
    /// Significant differences against it, strongest first.
    public var weaknesses: [ComparisonStatement]
}

/// A theme across groups.
public struct ThemeComparison: Sendable, Hashable, Codable {
    public var theme: String
    /// One cell per group, in the groups' order.
    public var cells: [ThemeGroupCell]
}

/// A theme in one group.
public struct ThemeGroupCell: Sendable, Hashable, Codable {
    public var group: String
    public var mentions: Int
    /// mentions ÷ the group's items.
    public var share: Double
    public var netSentiment: Double?
    public var complaints: Int
    /// complaints ÷ the group's items.
    public var complaintShareOfItems: Double
    /// positive mentions ÷ the group's items.
    public var praiseShareOfItems: Double
    public var complaintTest: GroupTest?
    public var praiseTest: GroupTest?
}

/// A group-vs-rest test.
public struct GroupTest: Sendable, Hashable, Codable {
    /// The group's figure and the pooled others' (shares 0…1, NPS in points).
    public var value: Double
    public var others: Double
    public var z: Double
    public var pValue: Double
    /// Holm–Bonferroni adjusted over the comparison.
    public var adjustedPValue: Double
    public var significance: Significance
}

/// A plain-words finding with its machine-readable parts.
public struct ComparisonStatement: Sendable, Hashable, Codable {
    /// e.g. "Fewer complaints about delivery than the others (12% vs 31%, significant)".
    public var text: String
    /// `complaints`, `praise`, `nps` or `csat`.
    public var metric: String
    /// The theme id for theme metrics.
    public var theme: String?
    public var value: Double
    public var others: Double
    public var adjustedPValue: Double
}
