import VerbatimModel

extension Aggregator {
    /// The per-period figures and rising themes.
    func trend(_ options: AggregateOptions) -> TrendSummary {
        let kind = options.period
        var buckets: [Int: GroupTally]
        switch kind {
        case .week: buckets = weeks.dictionary
        case .month: buckets = months.dictionary
        case .quarter:
            buckets = [:]
            for (m, t) in months.dictionary { buckets[PeriodCalendar.quarterIndex(month: m), default: GroupTally()].merge(t) }
        }
        let present = buckets.keys.sorted()
        var indexes = present
        if let first = present.first, let last = present.last, last - first < 1000 {
            indexes = Array(first...last)
        }
        let rule = options.rising
        var rising: [RisingTheme] = []
        var periods: [PeriodSummary] = []
        for index in indexes {
            let g = buckets[index] ?? GroupTally()
            let label = PeriodCalendar.label(index, kind)
            var previous = GroupTally()
            if rule.lookback > 0 {
                for back in 1...rule.lookback { if let p = buckets[index - back] { previous.merge(p) } }
            }
            let cells = g.themes.dictionary
            let ids = cells.keys.sorted {
                let a = cells[$0]!, b = cells[$1]!
                return (b.complaints, b.mentions, $0) < (a.complaints, a.mentions, $1)
            }
            var themes: [PeriodTheme] = []
            for id in ids {
                let c = g.cell(id)
                var flagged = false
                let prev = previous.cell(id)
                if c.complaints >= rule.minimumComplaints, g.items >= rule.minimumItems,
                    previous.items >= rule.minimumItems,
                    let test = TwoProportionTest(k1: c.complaints, n1: g.items, k2: prev.complaints, n2: previous.items),
                    test.pGreater < rule.alpha
                {
                    flagged = true
                    rising.append(RisingTheme(
                        period: label, theme: id, complaints: c.complaints, items: g.items, share: test.p1,
                        previousComplaints: prev.complaints, previousItems: previous.items, previousShare: test.p2,
                        z: test.z, pValue: test.pGreater))
                }
                themes.append(PeriodTheme(
                    theme: id, mentions: c.mentions, complaints: c.complaints,
                    complaintShareOfItems: g.items > 0 ? Double(c.complaints) / Double(g.items) : 0,
                    netSentiment: c.netSentiment, rising: flagged))
            }
            periods.append(PeriodSummary(
                label: label, start: PeriodCalendar.start(index, kind), respondents: g.respondents, items: g.items,
                complaintItems: g.complaintItems, sentiment: g.sentiment.distribution, nps: g.kpi.nps,
                csat: ShareEstimate(count: g.kpi.satisfied, n: g.kpi.rated), themes: themes))
        }
        let ruleText = "A theme is rising in a period when its complaint share of items there is higher than in the "
            + "pooled \(rule.lookback) previous periods (one-sided pooled two-proportion z-test, p < \(rule.alpha)), "
            + "with at least \(rule.minimumComplaints) complaints in the period and \(rule.minimumItems) items on each side."
        return TrendSummary(
            period: kind, periods: periods, undatedRespondents: undatedRespondents, undatedItems: undatedItems,
            rising: rising, risingRule: ruleText)
    }
}
