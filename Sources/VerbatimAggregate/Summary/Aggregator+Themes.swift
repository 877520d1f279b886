import VerbatimModel

extension Aggregator {
    /// Theme ids ranked by complaints, mentions, id; each with its subthemes.
    func themeSummaries(_ options: AggregateOptions) -> [ThemeSummary] {
        let tallies = themes.dictionary
        let ids = tallies.keys.filter { $0.subtheme == nil }
        let subs = Dictionary(grouping: tallies.keys.filter { $0.subtheme != nil }, by: \.id)
        return ranked(ids, tallies).map { ref in
            var s = themeSummary(ref, tallies[ref]!, options)
            s.subthemes = ranked(subs[ref.id] ?? [], tallies).map { themeSummary($0, tallies[$0]!, options) }
            return s
        }
    }

    private func ranked(_ refs: [ThemeRef], _ tallies: [ThemeRef: ThemeTally]) -> [ThemeRef] {
        refs.sorted {
            let a = tallies[$0]!, b = tallies[$1]!
            if a.complaints != b.complaints { return a.complaints > b.complaints }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return $0 < $1
        }
    }

    private func themeSummary(_ ref: ThemeRef, _ t: ThemeTally, _ options: AggregateOptions) -> ThemeSummary {
        let items = Double(max(total.items, 1))
        let m = Double(max(t.mentions, 1))
        let mean = t.meanSentiment ?? 0
        let terms = t.evidence.dictionary.map { TermCount(term: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
        let examples = (t.complaintSample.candidates + t.otherSample.candidates).prefix(max(0, options.exampleCount))
            .map { ItemRef(recordID: $0.recordID, source: $0.source, question: $0.question) }
        return ThemeSummary(
            theme: ref, mentions: t.mentions, share: Double(t.mentions) / items, positive: t.positive,
            negative: t.negative, neutral: t.neutral, netSentiment: Double(t.positive - t.negative) / m,
            meanSentiment: mean, complaints: t.complaints, complaintShare: Double(t.complaints) / m,
            complaintShareOfItems: Double(t.complaints) / items, topTerms: Array(terms.prefix(5)),
            exampleItems: examples, quotes: Self.quotes(t, count: options.quoteCount),
            complaintQuotes: Self.complaintQuotes(t, count: options.quoteCount), impact: impact(t),
            subthemes: [])
    }

    /// Typical quotes: see ``Quote``.
    static func quotes(_ t: ThemeTally, count: Int) -> [Quote] {
        let complaintHeavy = t.complaints * 2 >= t.mentions && t.complaints > 0
        // Candidates of the theme's dominant kind (complaint or not) come first.
        return typical(t.complaintSample.candidates + t.otherSample.candidates, around: t.meanSentiment ?? 0, count: count) {
            $0.complaint == complaintHeavy ? 0 : 1
        }
    }

    /// Typical complaint quotes: complaint candidates only, closest to the complaints' mean sentiment.
    static func complaintQuotes(_ t: ThemeTally, count: Int) -> [Quote] {
        let candidates = t.complaintSample.candidates
        guard !candidates.isEmpty else { return [] }
        let mean = candidates.map(\.sentiment).reduce(0, +) / Double(candidates.count)
        return typical(candidates, around: mean, count: count) { _ in 0 }
    }

    /// The `count` most typical distinct texts: by `tier`, then by distance from `mean` plus a
    /// length penalty outside 15–200 characters (0.01 per character short, 0.002 per character
    /// beyond), ties by hash.
    static func typical(_ candidates: [QuoteCandidate], around mean: Double, count: Int,
                        tier: (QuoteCandidate) -> Int) -> [Quote] {
        func cost(_ c: QuoteCandidate) -> Double {
            var p = abs(c.sentiment - mean)
            if c.length < 15 { p += 0.01 * Double(15 - c.length) }
            if c.length > 200 { p += 0.002 * Double(c.length - 200) }
            return p
        }
        let ordered = candidates.map { ($0, tier($0), cost($0)) }.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            return QuoteCandidate.precedes(a.0, b.0)
        }
        var seen = Set<String>()
        var out: [Quote] = []
        for (c, _, _) in ordered where out.count < count {
            guard seen.insert(c.text).inserted else { continue }
            out.append(Quote(
                recordID: c.recordID, source: c.source, question: c.question, language: c.language, text: c.text,
                truncated: c.truncated, sentiment: c.sentiment, complaint: c.complaint))
        }
        return out
    }

    func impact(_ t: ThemeTally) -> ThemeImpact {
        let all = total.kpi
        let c = t.complainers
        let rest = all.subtracting(c)
        var npsImpact: Double?
        if let a = all.nps, let r = rest.nps { npsImpact = r.nps - a.nps }
        var csatImpact: Double?
        if let a = all.csatShare, let r = rest.csatShare { csatImpact = r - a }
        var normImpact: Double?
        if let a = all.normalized.mean(scale: FixedPoint.normalized),
            let r = rest.normalized.mean(scale: FixedPoint.normalized)
        {
            normImpact = r - a
        }
        var ratingImpact: Double?
        let scales = ratingScales.dictionary
        if scales.count == 1, let scale = scales.keys.first, let n = normImpact {
            ratingImpact = n * (scale.max - scale.min)
        }
        return ThemeImpact(
            complainingRespondents: t.complainingRespondents, promoters: c.promoters, passives: c.passives,
            detractors: c.detractors, rated: c.rated, satisfied: c.satisfied, nps: npsImpact, csat: csatImpact,
            averageRatingNormalized: normImpact, averageRating: ratingImpact)
    }
}
