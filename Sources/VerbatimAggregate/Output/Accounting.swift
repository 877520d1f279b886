import VerbatimModel

/// Where every record and item of the analysis went.
///
/// respondents = respondentsWithText + respondentsWithoutText, and the
/// records the date filter left out are counted apart
/// (`excludedByDate`, `excludedUndated`), so nothing is invisible.
public struct Accounting: Sendable, Hashable, Codable {
    /// Records analysed (after the date filter).
    public var respondents: Int
    public var respondentsWithText: Int
    public var respondentsWithoutText: Int
    /// Open-text answers analysed.
    public var items: Int
    /// Items by label with shares and the mean score.
    public var sentiment: SentimentDistribution
    public var complaintItems: Int
    /// Respondents with at least one complaint item.
    public var complaintRespondents: Int
    /// Items per language, by count then language.
    public var itemsByLanguage: [LanguageCount]
    /// Respondents without a date (they are in every figure but the trend).
    public var undatedRespondents: Int
    /// Records outside `since`…`until`, left out.
    public var excludedByDate: Int
    /// Records without a date, left out because a date filter was set.
    public var excludedUndated: Int
    /// Recommend answers not on 0–10 (or outside it), not counted for NPS.
    public var invalidRecommend: Int
    /// Ratings outside their scale or with an empty scale, not counted.
    public var invalidRating: Int
    /// Negative or non-finite response times, not counted.
    public var invalidResponseTime: Int
}

/// Items in one language.
public struct LanguageCount: Sendable, Hashable, Codable {
    public var language: Language
    public var items: Int
}

/// A phrase and the number of items using it.
public struct PhraseCount: Sendable, Hashable, Codable {
    public var phrase: String
    public var count: Int
}

/// An evidence term and the number of items in which it evidenced the theme.
public struct TermCount: Sendable, Hashable, Codable {
    public var term: String
    public var count: Int
}
