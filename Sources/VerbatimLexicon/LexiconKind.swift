/// What a lexicon file holds, from its `# kind:` header.
public enum LexiconKind: String, Sendable, Hashable, Codable, CaseIterable {
    case sentiment
    case politeness
    case modifiers
    case negators
    case contrast
    case irrealis
    case complaints
    case aspectSentiment = "aspect-sentiment"
    case themes
    case pack
    case rules
    /// Markers of a reply appended by the business (宾馆反馈, "Response from the owner"): the text from there on is not the customer's.
    case responses

    /// How many TAB-separated fields a line of this kind has.
    public var fieldCounts: ClosedRange<Int> {
        switch self {
        case .politeness, .modifiers, .complaints, .pack, .rules, .responses: return 2...2
        case .sentiment, .negators: return 2...3
        case .contrast: return 3...4
        case .irrealis, .aspectSentiment: return 3...3
        case .themes: return 5...5
        }
    }

    /// The column names, for messages and `# columns:` headers.
    public var columns: String {
        switch self {
        case .sentiment: return "term valence [kind]"
        case .politeness: return "term valence"
        case .modifiers: return "term factor"
        case .negators: return "term scope [scalar]"
        case .contrast: return "term before after [kind]"
        case .irrealis: return "term effect factor"
        case .complaints: return "term strength"
        case .aspectSentiment: return "term theme valence"
        case .themes: return "theme label_en label_zh terms_en terms_zh"
        case .pack: return "key value"
        case .rules: return "name value"
        case .responses: return "term action"
        }
    }
}
