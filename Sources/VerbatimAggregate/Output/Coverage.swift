/// How much of the text the lexicons explain, and what they miss.
public struct Coverage: Sendable, Hashable, Codable {
    public var items: Int
    public var itemsWithoutTheme: Int
    public var shareWithoutTheme: Double
    /// Items labelled neutral with a zero score or no sentiment term.
    public var itemsWithoutSignal: Int
    public var shareWithoutSignal: Double
    /// Negative items with no theme: where the phrases come from.
    public var negativeItemsWithoutTheme: Int
    /// Most frequent phrases (items using them) among negative items with no
    /// theme: candidates for new themes or lexicon entries. English word
    /// unigrams/bigrams without stop words; Chinese character bigrams and
    /// trigrams not made only of stop characters. By count then phrase; a
    /// phrase inside a longer listed one with the same count is left out.
    public var unmatchedPhrases: [PhraseCount]
    /// 0 when the phrase counts are exact; L > 0 when more than 50,000
    /// distinct phrases forced hash sampling (each phrase kept with
    /// probability 2^−L, counts of kept phrases still exact).
    public var phraseSamplingLevel: Int
}
