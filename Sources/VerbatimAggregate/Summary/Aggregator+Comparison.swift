import Foundation
import VerbatimModel

extension Aggregator {
    /// Compares groups side by side; see ``ComparisonSummary`` for the tests.
    ///
    /// Build one aggregator per group while streaming (split by brand,
    /// store, channel, period…), all with the same options:
    ///
    /// ```swift
    /// var groups: [String: Aggregator] = [:]
    /// for r in analyzed { groups[r.record.brand ?? "(none)", default: Aggregator(options: o)].add(r) }
    /// let c = Aggregator.comparison(groups: groups, options: o)
    /// c.groups[0].weaknesses.first?.text
    /// // "More complaints about delivery than the others (31% vs 12%, significant)"
    /// ```
    public static func comparison(groups: [(name: String, aggregator: Aggregator)], options: AggregateOptions)
        -> ComparisonSummary
    {
        let tallies = groups.map(\.aggregator.total)
        var others: [GroupTally] = []
        for i in tallies.indices {
            var o = GroupTally()
            for j in tallies.indices where j != i { o.merge(tallies[j]) }
            others.append(o)
        }
        var grand = GroupTally()
        for t in tallies { grand.merge(t) }
        let cells = grand.themes.dictionary
        let themeIDs = cells.keys.sorted {
            let a = cells[$0]!, b = cells[$1]!
            return (b.complaints, b.mentions, $0) < (a.complaints, a.mentions, $1)
        }

        // Collect every test, then correct them together.
        enum Slot: Hashable { case nps(Int), csat(Int), complaints(Int, Int), praise(Int, Int) }
        var tests: [(slot: Slot, value: Double, others: Double, z: Double, p: Double)] = []
        let minimum = options.minimumMentionsForTest
        for (i, g) in tallies.enumerated() where groups.count > 1 {
            let o = others[i]
            if let a = g.kpi.nps, let b = o.kpi.nps {
                let se = (a.standardError * a.standardError + b.standardError * b.standardError).squareRoot()
                if se > 0 {
                    let z = (a.nps - b.nps) / se
                    tests.append((.nps(i), a.nps, b.nps, z, NormalDistribution.twoSided(z)))
                }
            }
            if let t = TwoProportionTest(k1: g.kpi.satisfied, n1: g.kpi.rated, k2: o.kpi.satisfied, n2: o.kpi.rated) {
                tests.append((.csat(i), t.p1, t.p2, t.z, t.pTwoSided))
            }
            for (ti, id) in themeIDs.enumerated() {
                let c = g.cell(id), oc = o.cell(id)
                if c.complaints + oc.complaints >= minimum,
                    let t = TwoProportionTest(k1: c.complaints, n1: g.items, k2: oc.complaints, n2: o.items)
                {
                    tests.append((.complaints(i, ti), t.p1, t.p2, t.z, t.pTwoSided))
                }
                if c.positive + oc.positive >= minimum,
                    let t = TwoProportionTest(k1: c.positive, n1: g.items, k2: oc.positive, n2: o.items)
                {
                    tests.append((.praise(i, ti), t.p1, t.p2, t.z, t.pTwoSided))
                }
            }
        }
        let holm = HolmBonferroni(pValues: tests.map(\.p), alpha: options.alpha)
        var results: [Slot: GroupTest] = [:]
        for (k, t) in tests.enumerated() {
            results[t.slot] = GroupTest(
                value: t.value, others: t.others, z: t.z, pValue: t.p, adjustedPValue: holm.adjusted[k],
                significance: holm.rejected[k] ? (t.z > 0 ? .higher : .lower) : .notSignificant)
        }

        var overviews: [GroupOverview] = []
        for (i, (name, agg)) in groups.enumerated() {
            let g = tallies[i]
            let k = agg.kpis(options)
            var strengths: [ComparisonStatement] = []
            var weaknesses: [ComparisonStatement] = []
            func note(_ test: GroupTest?, metric: String, theme: String?, good: Significance, text: (Bool) -> String) {
                guard let test, test.significance == .higher || test.significance == .lower else { return }
                let s = ComparisonStatement(
                    text: text(test.significance == .higher), metric: metric, theme: theme, value: test.value,
                    others: test.others, adjustedPValue: test.adjustedPValue)
                if test.significance == good { strengths.append(s) } else { weaknesses.append(s) }
            }
            let npsTest = results[.nps(i)]
            note(npsTest, metric: "nps", theme: nil, good: .higher) { up in
                "\(up ? "Higher" : "Lower") NPS than the others (\(points(npsTest!.value)) vs \(points(npsTest!.others)), significant)"
            }
            let csatTest = results[.csat(i)]
            note(csatTest, metric: "csat", theme: nil, good: .higher) { up in
                "\(up ? "Higher" : "Lower") CSAT than the others (\(percent(csatTest!.value)) vs \(percent(csatTest!.others)), significant)"
            }
            for (ti, id) in themeIDs.enumerated() {
                let ct = results[.complaints(i, ti)]
                note(ct, metric: "complaints", theme: id, good: .lower) { up in
                    "\(up ? "More" : "Fewer") complaints about \(id) than the others (\(percent(ct!.value)) vs \(percent(ct!.others)), significant)"
                }
                let pt = results[.praise(i, ti)]
                note(pt, metric: "praise", theme: id, good: .higher) { up in
                    "\(up ? "More" : "Less") praise for \(id) than the others (\(percent(pt!.value)) vs \(percent(pt!.others)), significant)"
                }
            }
            let order: (ComparisonStatement, ComparisonStatement) -> Bool = {
                ($0.adjustedPValue, $0.text) < ($1.adjustedPValue, $1.text)
            }
            overviews.append(GroupOverview(
                name: name, respondents: g.respondents, items: g.items, sentiment: g.sentiment.distribution,
                nps: k.nps, csat: k.csat, averageRating: k.averageRating,
                averageRatingNormalized: k.averageRatingNormalized, complaintRate: k.complaintRate, npsTest: npsTest,
                csatTest: csatTest, strengths: strengths.sorted(by: order), weaknesses: weaknesses.sorted(by: order)))
        }

        let themeRows = themeIDs.enumerated().map { ti, id in
            ThemeComparison(
                theme: id,
                cells: tallies.enumerated().map { i, g in
                    let c = g.cell(id)
                    let n = Double(max(g.items, 1))
                    return ThemeGroupCell(
                        group: groups[i].name, mentions: c.mentions, share: Double(c.mentions) / n,
                        netSentiment: c.netSentiment, complaints: c.complaints,
                        complaintShareOfItems: Double(c.complaints) / n, praiseShareOfItems: Double(c.positive) / n,
                        complaintTest: results[.complaints(i, ti)], praiseTest: results[.praise(i, ti)])
                })
        }
        return ComparisonSummary(groups: overviews, themes: themeRows, testsRun: tests.count, alpha: options.alpha)
    }

    /// Compares named groups, ordered by name.
    public static func comparison(groups: [String: Aggregator], options: AggregateOptions) -> ComparisonSummary {
        comparison(groups: groups.keys.sorted().map { ($0, groups[$0]!) }, options: options)
    }
}

/// A share as a percentage for sentences: one decimal below 10 %, none above.
func percent(_ x: Double) -> String {
    let p = x * 100
    return p < 10 ? String(format: "%.1f%%", p) : String(format: "%.0f%%", p)
}

/// NPS points for sentences.
func points(_ x: Double) -> String { String(format: "%.0f", x) }
