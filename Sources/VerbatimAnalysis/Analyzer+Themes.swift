import VerbatimLexicon
import VerbatimModel
import VerbatimText

/// A sentiment term's final value and where it sits (normalized offset).
struct ScoredTerm {
    var position: Int
    var end: Int
    var clause: Int
    var value: Double
}

extension Analyzer {
    /// Aspect-level sentiment: each theme mention takes the sentiment of its
    /// own scope. Scopes are clauses, further split at contrast markers
    /// ("the food was good but the delivery was terrible"). Within a scope
    /// naming several themes, each sentiment term goes to its nearest
    /// mentions: an overlapping one, and any other within 3 bytes of the
    /// nearest ("菜很好吃" feeds both 菜 and 好吃). A mention whose scope has no
    /// sentiment takes the next scopes of the same sentence that name no theme
    /// ("服务员，态度很差"), never across a contrast marker. A bare theme
    /// merges into its subtheme when only one subtheme was found.
    func summarizeThemes(
        _ mentions: [(ref: ThemeRef, clause: Int, range: Range<Int>)], _ scored: [ScoredTerm],
        _ contrastStarts: [Int], _ clauses: [Clause], _ text: NormalizedText
    ) -> [ThemeFinding] {
        guard !mentions.isEmpty else { return [] }
        // Scope boundaries: clause starts and contrast markers.
        var starts = clauses.map(\.range.lowerBound) + contrastStarts
        starts.sort()
        var sentenceOf: [Int] = []
        for start in starts {
            var c = 0
            while c + 1 < clauses.count && clauses[c + 1].range.lowerBound <= start { c += 1 }
            sentenceOf.append(clauses.isEmpty ? 0 : clauses[c].sentence)
        }
        func scope(of position: Int) -> Int {
            var lo = 0
            var hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= position { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        var mentionsIn: [Int: [Int]] = [:]
        for (i, m) in mentions.enumerated() { mentionsIn[scope(of: m.range.lowerBound), default: []].append(i) }
        var termsIn: [Int: [Int]] = [:]
        for (i, t) in scored.enumerated() { termsIn[scope(of: t.position), default: []].append(i) }

        var sums: [ThemeRef: Double] = [:]
        var evidence: [ThemeRef: [String]] = [:]
        for m in mentions {
            let e = text.originalText(m.range)
            if !(evidence[m.ref]?.contains(e) ?? false) { evidence[m.ref, default: []].append(e) }
            if sums[m.ref] == nil { sums[m.ref] = 0 }
        }
        for (s, idx) in mentionsIn.sorted(by: { $0.key < $1.key }) {
            if let terms = termsIn[s] {
                // Each term to its nearest mention; every ref of that mention's term gets it.
                var given: Set<String> = []
                for t in terms {
                    let r = scored[t].position..<max(scored[t].end, scored[t].position + 1)
                    let best = idx.map { gap(r, mentions[$0].range) }.min()!
                    // The nearest mentions (within a few bytes of each other: "菜很好吃" feeds 菜 and 好吃).
                    for i in idx where gap(r, mentions[i].range) <= best + 3 {
                        let key = "\(t)|\(mentions[i].ref)"
                        if given.insert(key).inserted { sums[mentions[i].ref, default: 0] += scored[t].value }
                    }
                }
            } else {
                // No sentiment here: borrow from the following theme-less scopes of the sentence.
                var next = s + 1
                let contrastSet = Set(contrastStarts)
                while next < starts.count && sentenceOf[next] == sentenceOf[s] && mentionsIn[next] == nil
                    && !contrastSet.contains(starts[next])
                {
                    if let terms = termsIn[next] {
                        let total = terms.reduce(0) { $0 + scored[$1].value }
                        for ref in Set(idx.map { mentions[$0].ref }) { sums[ref, default: 0] += total }
                        break
                    }
                    next += 1
                }
            }
        }
        // Merge a bare theme into its only subtheme.
        for ref in Array(sums.keys) where ref.subtheme == nil {
            let subs = sums.keys.filter { $0.id == ref.id && $0.subtheme != nil }
            if subs.count == 1 {
                sums[subs[0]]! += sums[ref]!
                for e in evidence[ref] ?? [] where !(evidence[subs[0]]?.contains(e) ?? false) { evidence[subs[0], default: []].append(e) }
                sums[ref] = nil
            }
        }
        return sums.keys.sorted().map { ref in
            let s = normalize(sums[ref]!)
            return ThemeFinding(
                theme: ref, sentiment: s, label: SentimentLabel(score: s, neutralBand: lexicon.rules.neutralBand),
                evidence: evidence[ref] ?? [])
        }
    }

    /// A complaint is negative feedback about something actionable:
    /// a strong marker (投诉, 12315, "cancel my account") always counts; a
    /// weak one (退款, "refund") counts unless the item is positive; and a
    /// negative item counts when it is negative about at least one theme.
    func decideComplaint(_ markers: [Match], label: SentimentLabel, themes: [ThemeFinding], text: NormalizedText) -> (Bool, String) {
        var weak: String?
        for m in markers {
            switch lexicon.roles(m).complaint {
            case .strong?: return (true, "complaint marker '\(text.originalText(m.range))'")
            case .weak?: if weak == nil { weak = text.originalText(m.range) }
            default: break
            }
        }
        if let weak, label != .pos { return (true, "complaint marker '\(weak)' in feedback that is not positive") }
        if label == .neg {
            if let t = themes.first(where: { $0.label == .neg }) {
                return (true, "negative about \(t.theme)")
            }
            return (false, "negative, but about nothing actionable the lexicon names")
        }
        return (false, label == .pos ? "positive" : "not negative")
    }
}

/// Bytes between two ranges (0 when they overlap).
func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.overlaps(b) { return 0 }
    return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
}
