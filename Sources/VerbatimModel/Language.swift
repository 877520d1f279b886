/// The language of an item or clause, decided from its script.
///
/// `mixed` means both Chinese characters and Latin words carry weight;
/// `other` means neither does (another script, or only emoji and digits).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case zh, en, mixed, other
}

/// The language a lexicon entry belongs to. `mul` entries (emoji,
/// emoticons) apply to every language.
public enum LexiconLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case en, zh, mul
}
