import VerbatimModel

extension Aggregator {
    /// One segment field: top values, `(other)`, `(none)`, and the tested theme × value matrix.
    func segmentSummary(field: String, options: AggregateOptions) -> SegmentSummary {
        guard collecting.segmentBy.contains(field) else {
            return SegmentSummary(
                field: field, collected: false,
                note: "not collected: pass it in segmentBy when creating the Aggregator", values: [], themes: [],
                cells: [], testsRun: 0)
        }
        let byValue = segments[field] ?? [:]
        let named = byValue.keys.filter { $0 != SegmentField.none }.sorted {
            let a = byValue[$0]!, b = byValue[$1]!
            return (b.respondents, b.items, $0) < (a.respondents, a.items, $1)
        }
        var shown: [(String, GroupTally)] = named.prefix(max(0, options.maxSegmentValues)).map { ($0, byValue[$0]!) }
        if named.count > options.maxSegmentValues {
            var other = GroupTally()
            for v in named.dropFirst(options.maxSegmentValues) { other.merge(byValue[v]!) }
            shown.append((SegmentField.other, other))
        }
        if let none = byValue[SegmentField.none] { shown.append((SegmentField.none, none)) }

        var fieldTotal = GroupTally()
        for (_, g) in shown { fieldTotal.merge(g) }
        let totals = fieldTotal.themes.dictionary
        let themeIDs = totals.keys.sorted {
            let a = totals[$0]!, b = totals[$1]!
            return (b.complaints, b.mentions, $0) < (a.complaints, a.mentions, $1)
        }

        var cells: [SegmentCell] = []
        var tested: [(cell: Int, z: Double, p: Double)] = []
        for id in themeIDs {
            let all = fieldTotal.cell(id)
            for (value, g) in shown {
                let c = g.cell(id)
                let rest = all.subtracting(c)
                let restItems = fieldTotal.items - g.items
                var cell = SegmentCell(
                    theme: id, value: value, mentions: c.mentions, complaints: c.complaints,
                    complaintShareOfItems: g.items > 0 ? Double(c.complaints) / Double(g.items) : 0,
                    complaintShareOfMentions: c.mentions > 0 ? Double(c.complaints) / Double(c.mentions) : nil,
                    netSentiment: c.netSentiment,
                    restComplaintShareOfItems: restItems > 0 ? Double(rest.complaints) / Double(restItems) : nil,
                    pValue: nil, adjustedPValue: nil, significance: .notTested)
                if c.mentions >= options.minimumMentionsForTest,
                    let t = TwoProportionTest(k1: c.complaints, n1: g.items, k2: rest.complaints, n2: restItems)
                {
                    cell.pValue = t.pTwoSided
                    tested.append((cells.count, t.z, t.pTwoSided))
                }
                cells.append(cell)
            }
        }
        let holm = HolmBonferroni(pValues: tested.map(\.p), alpha: options.alpha)
        for (i, t) in tested.enumerated() {
            cells[t.cell].adjustedPValue = holm.adjusted[i]
            cells[t.cell].significance = holm.rejected[i] ? (t.z > 0 ? .higher : .lower) : .notSignificant
        }
        let values = shown.map { v, g in
            SegmentValue(
                value: v, respondents: g.respondents, items: g.items, complaintItems: g.complaintItems,
                sentiment: g.sentiment.distribution, nps: g.kpi.nps,
                csat: ShareEstimate(count: g.kpi.satisfied, n: g.kpi.rated))
        }
        return SegmentSummary(
            field: field, collected: true, note: nil, values: values, themes: themeIDs, cells: cells,
            testsRun: tested.count)
    }
}
