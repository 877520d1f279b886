import VerbatimModel

/// An aggregator's state as JSON, so a run can be saved as a partial
/// (`analyze --partial`) and merged later on another machine.
///
/// Deterministic with `JSONEncoder.OutputFormatting.sortedKeys`: maps keyed by
/// strings or integers are JSON objects (sorted by the encoder); maps keyed
/// by a struct (themes, rating scales) are written as arrays sorted by key,
/// because `JSONEncoder` writes such dictionaries in hash order.
///
/// ```swift
/// let encoder = JSONEncoder()
/// encoder.outputFormatting = .sortedKeys
/// let bytes = try encoder.encode(aggregator)
/// let back = try JSONDecoder().decode(Aggregator.self, from: bytes)   // == aggregator
/// ```
extension Aggregator: Codable {
    enum CodingKeys: String, CodingKey {
        case options, total, respondentsWithoutText, complaintRespondents, excludedByDate, excludedUndated
        case undatedRespondents, undatedItems, invalidRecommend, invalidRating, invalidResponseTime, ratingScales
        case responseTimes, languages, itemsWithoutTheme, itemsWithoutSignal, negativeItemsWithoutTheme, phrases
        case themes, months, weeks, segments
    }

    /// One rating scale's moments.
    struct ScaleEntry: Codable {
        var min: Double
        var max: Double
        var moments: Moments
    }

    /// One theme's (or subtheme's) tally.
    struct ThemeEntry: Codable {
        var theme: ThemeRef
        var tally: ThemeTally
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(options, forKey: .options)
        try c.encode(total, forKey: .total)
        try c.encode(respondentsWithoutText, forKey: .respondentsWithoutText)
        try c.encode(complaintRespondents, forKey: .complaintRespondents)
        try c.encode(excludedByDate, forKey: .excludedByDate)
        try c.encode(excludedUndated, forKey: .excludedUndated)
        try c.encode(undatedRespondents, forKey: .undatedRespondents)
        try c.encode(undatedItems, forKey: .undatedItems)
        try c.encode(invalidRecommend, forKey: .invalidRecommend)
        try c.encode(invalidRating, forKey: .invalidRating)
        try c.encode(invalidResponseTime, forKey: .invalidResponseTime)
        let scales = ratingScales.dictionary
        try c.encode(
            scales.keys.sorted().map { ScaleEntry(min: $0.min, max: $0.max, moments: scales[$0]!) },
            forKey: .ratingScales)
        try c.encode(responseTimes, forKey: .responseTimes)
        var byLanguage: [String: Int] = [:]
        for (k, v) in languages.dictionary { byLanguage[k.rawValue] = v }
        try c.encode(byLanguage, forKey: .languages)
        try c.encode(itemsWithoutTheme, forKey: .itemsWithoutTheme)
        try c.encode(itemsWithoutSignal, forKey: .itemsWithoutSignal)
        try c.encode(negativeItemsWithoutTheme, forKey: .negativeItemsWithoutTheme)
        try c.encode(phrases, forKey: .phrases)
        let tallies = themes.dictionary
        try c.encode(tallies.keys.sorted().map { ThemeEntry(theme: $0, tally: tallies[$0]!) }, forKey: .themes)
        try c.encode(months.dictionary, forKey: .months)
        try c.encode(weeks.dictionary, forKey: .weeks)
        try c.encode(segments, forKey: .segments)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(options: try c.decode(AggregateOptions.self, forKey: .options))
        total = try c.decode(GroupTally.self, forKey: .total)
        respondentsWithoutText = try c.decode(Int.self, forKey: .respondentsWithoutText)
        complaintRespondents = try c.decode(Int.self, forKey: .complaintRespondents)
        excludedByDate = try c.decode(Int.self, forKey: .excludedByDate)
        excludedUndated = try c.decode(Int.self, forKey: .excludedUndated)
        undatedRespondents = try c.decode(Int.self, forKey: .undatedRespondents)
        undatedItems = try c.decode(Int.self, forKey: .undatedItems)
        invalidRecommend = try c.decode(Int.self, forKey: .invalidRecommend)
        invalidRating = try c.decode(Int.self, forKey: .invalidRating)
        invalidResponseTime = try c.decode(Int.self, forKey: .invalidResponseTime)
        var scales: [RatingScale: Moments] = [:]
        for e in try c.decode([ScaleEntry].self, forKey: .ratingScales) { scales[RatingScale(min: e.min, max: e.max)] = e.moments }
        ratingScales = TallyTable(scales)
        responseTimes = try c.decode(LogHistogram.self, forKey: .responseTimes)
        var byLanguage: [Language: Int] = [:]
        for (k, v) in try c.decode([String: Int].self, forKey: .languages) {
            guard let language = Language(rawValue: k) else {
                throw DecodingError.dataCorruptedError(forKey: .languages, in: c, debugDescription: "unknown language '\(k)'")
            }
            byLanguage[language] = v
        }
        languages = TallyTable(byLanguage)
        itemsWithoutTheme = try c.decode(Int.self, forKey: .itemsWithoutTheme)
        itemsWithoutSignal = try c.decode(Int.self, forKey: .itemsWithoutSignal)
        negativeItemsWithoutTheme = try c.decode(Int.self, forKey: .negativeItemsWithoutTheme)
        phrases = try c.decode(PhraseCounter.self, forKey: .phrases)
        for e in try c.decode([ThemeEntry].self, forKey: .themes) {
            themes.values[themes.slot(for: e.theme, hash: e.theme.tallyHash)] = e.tally
        }
        months = TallyTable(try c.decode([Int: GroupTally].self, forKey: .months))
        weeks = TallyTable(try c.decode([Int: GroupTally].self, forKey: .weeks))
        segments = try c.decode([String: [String: GroupTally]].self, forKey: .segments)
    }

    /// Whether ``merge(_:)`` accepts `other`: both collected with the same
    /// since, until, segmentBy and CSAT rule. Check it before merging state
    /// read from files; `merge` itself stops the process on a mismatch.
    public func canMerge(_ other: Aggregator) -> Bool { collecting == other.collecting }
}

extension RatingScale {
    init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }
}
