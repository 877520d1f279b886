/// What Verbatim concluded about one piece of feedback: overall sentiment,
/// the themes it raises with their own sentiment, whether it is a
/// complaint, and the evidence for all of it.
public struct Finding: Sendable, Hashable, Codable {
    /// The item's language, detected or forced.
    public var language: Language
    /// The domain pack used (`general` for the core lexicon only).
    public var domain: String
    /// Overall sentiment in [−1, 1].
    public var score: Double
    public var label: SentimentLabel
    /// Themes mentioned, sorted by theme id then subtheme.
    public var themes: [ThemeFinding]
    public var complaint: Bool
    /// Why the item is (or is not) a complaint, in words; empty when the
    /// analysis was run without explanations.
    public var complaintReason: String
    /// How many sentiment-bearing terms (including politeness formulas and
    /// absences) the analysis found: `contributions.count` when explained.
    public var termCount: Int
    /// Every sentiment-bearing term with the rules applied to it; empty when
    /// the analysis was run without explanations (`AnalysisOptions.explanations`).
    public var contributions: [Contribution]
    /// The clauses the text was split into; empty without explanations.
    public var clauses: [ClauseSummary]

    /// - Parameter termCount: defaults to `contributions.count`.
    public init(
        language: Language, domain: String, score: Double, label: SentimentLabel, themes: [ThemeFinding],
        complaint: Bool, complaintReason: String, termCount: Int? = nil, contributions: [Contribution],
        clauses: [ClauseSummary]
    ) {
        self.language = language
        self.domain = domain
        self.score = score
        self.label = label
        self.themes = themes
        self.complaint = complaint
        self.complaintReason = complaintReason
        self.termCount = termCount ?? contributions.count
        self.contributions = contributions
        self.clauses = clauses
    }
}

/// One theme (or subtheme) an item mentions and how the writer feels about it.
public struct ThemeFinding: Sendable, Hashable, Codable {
    public var theme: ThemeRef
    /// Sentiment of the clauses that mention the theme, in [−1, 1].
    public var sentiment: Double
    public var label: SentimentLabel
    /// The matched words as they appear in the text.
    public var evidence: [String]

    public init(theme: ThemeRef, sentiment: Double, label: SentimentLabel, evidence: [String]) {
        self.theme = theme
        self.sentiment = sentiment
        self.label = label
        self.evidence = evidence
    }
}

/// One sentiment term's part in the overall score.
public struct Contribution: Sendable, Hashable, Codable {
    /// The term as it appears in the text.
    public var text: String
    /// The lexicon entry it matched (normalized form).
    public var term: String
    /// UTF-8 byte offsets into the original text.
    public var start: Int
    public var end: Int
    public var clause: Int
    /// Valence from the lexicon (−4…+4), after domain and aspect choice.
    public var baseValence: Double
    /// Valence after every rule.
    public var valence: Double
    /// The rules applied, in order, e.g. `intensifier 非常 +0.293`, `negated by 不 ×-0.74`.
    public var rules: [String]

    public init(
        text: String, term: String, start: Int, end: Int, clause: Int, baseValence: Double, valence: Double,
        rules: [String]
    ) {
        self.text = text
        self.term = term
        self.start = start
        self.end = end
        self.clause = clause
        self.baseValence = baseValence
        self.valence = valence
        self.rules = rules
    }
}

/// A clause of the text with its language and summed sentiment.
public struct ClauseSummary: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var language: Language
    /// Sum of the clause's contributions (before normalization).
    public var sum: Double
    /// The contrast weight applied to the clause.
    public var weight: Double
    public var themes: [ThemeRef]

    public init(text: String, start: Int, end: Int, language: Language, sum: Double, weight: Double, themes: [ThemeRef]) {
        self.text = text
        self.start = start
        self.end = end
        self.language = language
        self.sum = sum
        self.weight = weight
        self.themes = themes
    }
}
