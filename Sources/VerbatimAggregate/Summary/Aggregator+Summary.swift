import VerbatimModel

extension Aggregator {
    /// Computes every figure of the report from the counters.
    ///
    /// Summary-time fields of `options` (period, order volume, retention,
    /// quote and example counts, alpha, minimum counts, rising rule, segment
    /// and phrase limits, and which collected `segmentBy` fields to show)
    /// are read from `options`; what was collected follows the aggregator's
    /// own options. Deterministic: equal counters give equal summaries.
    ///
    /// ```swift
    /// let s = agg.summary(AggregateOptions(period: .week, orderVolume: 12_000))
    /// ```
    public func summary(_ options: AggregateOptions) -> AnalysisSummary {
        summaryWith(options)
    }

    /// The summary with the aggregator's own options.
    public func summary() -> AnalysisSummary { summaryWith(options) }

    private func summaryWith(_ options: AggregateOptions) -> AnalysisSummary {
        AnalysisSummary(
            accounting: accounting(), kpis: kpis(options), themes: themeSummaries(options),
            coverage: coverage(options), trend: trend(options),
            segments: options.segmentBy.map { segmentSummary(field: $0, options: options) },
            ratingScales: ratingScales.dictionary.sorted { $0.key < $1.key }.map {
                ScaleCount(scale: $0.key.label, min: $0.key.min, max: $0.key.max, ratings: $0.value.n)
            },
            csatRule: collecting.csat.description)
    }

    func accounting() -> Accounting {
        Accounting(
            respondents: total.respondents, respondentsWithText: total.respondents - respondentsWithoutText,
            respondentsWithoutText: respondentsWithoutText, items: total.items,
            sentiment: total.sentiment.distribution, complaintItems: total.complaintItems,
            complaintRespondents: complaintRespondents,
            itemsByLanguage: languages.dictionary.map { LanguageCount(language: $0.key, items: $0.value) }
                .sorted { ($1.items, $0.language.rawValue) < ($0.items, $1.language.rawValue) },
            undatedRespondents: undatedRespondents, excludedByDate: excludedByDate, excludedUndated: excludedUndated,
            invalidRecommend: invalidRecommend, invalidRating: invalidRating, invalidResponseTime: invalidResponseTime)
    }

    func coverage(_ options: AggregateOptions) -> Coverage {
        let n = Double(max(total.items, 1))
        return Coverage(
            items: total.items, itemsWithoutTheme: itemsWithoutTheme, shareWithoutTheme: Double(itemsWithoutTheme) / n,
            itemsWithoutSignal: itemsWithoutSignal, shareWithoutSignal: Double(itemsWithoutSignal) / n,
            negativeItemsWithoutTheme: negativeItemsWithoutTheme, unmatchedPhrases: phrases.top(options.maxPhrases),
            phraseSamplingLevel: phrases.level)
    }
}
