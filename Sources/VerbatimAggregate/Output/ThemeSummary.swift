import VerbatimModel

/// Everything reported about one theme (or theme/subtheme).
///
/// Counts are items (answers). Shares: `share` = mentions ÷ all items;
/// `complaintShare` = complaints ÷ mentions; `complaintShareOfItems` =
/// complaints ÷ all items.
///
/// ```swift
/// for t in summary.themes { print(t.theme, t.complaints, t.complaintShare) }
/// ```
public struct ThemeSummary: Sendable, Hashable, Codable {
    public var theme: ThemeRef
    public var mentions: Int
    public var share: Double
    public var positive: Int
    public var negative: Int
    public var neutral: Int
    /// (positive − negative) ÷ mentions, in [−1, 1].
    public var netSentiment: Double
    /// Mean of the items' sentiment toward the theme, in [−1, 1].
    public var meanSentiment: Double
    /// Complaint items mentioning the theme.
    public var complaints: Int
    public var complaintShare: Double
    public var complaintShareOfItems: Double
    /// Top 5 evidence terms (lower-cased) by items, then term.
    public var topTerms: [TermCount]
    /// Items from the sample, complaints first (by hash): references for drill-down.
    public var exampleItems: [ItemRef]
    /// Representative quotes, see ``Quote``.
    public var quotes: [Quote]
    /// Representative complaint quotes only (typical of the theme's complaints), for complaint sections.
    public var complaintQuotes: [Quote]
    /// Remove-and-recompute driver figures.
    public var impact: ThemeImpact
    /// Subthemes of a theme id, ranked like themes (empty for subtheme entries).
    public var subthemes: [ThemeSummary]
}

/// A reference to one item: its record and question.
public struct ItemRef: Sendable, Hashable, Codable {
    public var recordID: String?
    public var source: RecordSource
    public var question: String
}

/// A representative quote of a theme.
///
/// Chosen deterministically from the theme's bottom-k hash sample (a uniform
/// sample of 24 complaint and 24 other items): when at least half of the
/// theme's mentions are complaints, complaint items come first, otherwise
/// non-complaint items do. Within that order candidates
/// are scored by |item sentiment − theme mean sentiment| plus a length
/// penalty outside 15–200 characters (0.01 per character short of 15, 0.002
/// per character beyond 200), lowest first; ties by hash. So quotes are
/// *typical*, not the longest or the angriest. A text already chosen is not
/// repeated.
public struct Quote: Sendable, Hashable, Codable {
    public var recordID: String?
    public var source: RecordSource
    public var question: String
    public var language: Language
    /// As given to the aggregator (redact before), cut at 1,000 characters.
    public var text: String
    public var truncated: Bool
    /// The item's sentiment toward the theme.
    public var sentiment: Double
    public var complaint: Bool
}

/// How the KPIs would move without the respondents who raise a theme in a
/// complaint: impact = KPI(all respondents except them) − KPI(all).
///
/// This is the "remove-and-recompute" driver analysis. It measures how
/// much of the KPI gap sits with those respondents; it is not causal
/// (fixing the theme need not turn them into promoters, and they may be
/// unhappy for other reasons too). Positive NPS impact = the theme drags
/// NPS down by that many points.
public struct ThemeImpact: Sendable, Hashable, Codable {
    /// Respondents with a complaint item mentioning the theme.
    public var complainingRespondents: Int
    public var promoters: Int
    public var passives: Int
    public var detractors: Int
    /// Of those respondents: rated, and satisfied per the CSAT rule.
    public var rated: Int
    public var satisfied: Int
    /// NPS points; nil when NPS is unavailable or nobody would remain.
    public var nps: Double?
    /// CSAT share points (0.05 = 5 percentage points).
    public var csat: Double?
    /// Change of the mean normalized (0–1) rating.
    public var averageRatingNormalized: Double?
    /// Change of the mean rating on its scale (single-scale data only).
    public var averageRating: Double?
}
