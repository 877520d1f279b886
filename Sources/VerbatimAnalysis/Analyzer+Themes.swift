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
    ///
    /// Works on small arrays searched linearly rather than dictionaries: an
    /// item names a handful of themes, and hashing `ThemeRef`'s strings was a
    /// third of `annotate`'s time (callgrind, Benchmarks/perf/profile).
    func summarizeThemes(
        _ mentions: [ThemeMentionAt], _ scored: [ScoredTerm], _ contrastStarts: [Int], _ clauses: [Clause],
        _ text: NormalizedText
    ) -> [ThemeFinding] {
        guard !mentions.isEmpty else { return [] }
        // Scope boundaries: clause starts and contrast markers.
        var starts = clauses.map(\.range.lowerBound)
        if !contrastStarts.isEmpty {
            starts += contrastStarts
            starts.sort()
        }
        var sentenceOf: [Int] = []
        sentenceOf.reserveCapacity(starts.count)
        var c = 0
        for start in starts {
            while c + 1 < clauses.count && clauses[c + 1].range.lowerBound <= start { c += 1 }
            sentenceOf.append(clauses.isEmpty ? 0 : clauses[c].sentence)
        }
        // Mentions arrive in text order, so the mentions of one scope are consecutive.
        var scopeHasMention = [Bool](repeating: false, count: starts.count)
        var scopeOfMention = [Int](repeating: 0, count: mentions.count)
        for (i, m) in mentions.enumerated() {
            let s = scopeIndex(of: m.range.lowerBound, starts)
            scopeOfMention[i] = s
            scopeHasMention[s] = true
        }
        var scopeOfTerm = [Int](repeating: 0, count: scored.count)
        for (i, t) in scored.enumerated() { scopeOfTerm[i] = scopeIndex(of: t.position, starts) }

        // One slot per distinct reference, in order of first mention.
        var refs: [ThemeRef] = []
        var ranks: [Int32] = []
        var sums: [Double] = []
        var evidence: [[String]] = []
        refs.reserveCapacity(mentions.count)
        ranks.reserveCapacity(mentions.count)
        sums.reserveCapacity(mentions.count)
        evidence.reserveCapacity(mentions.count)
        var slotOfMention = [Int](repeating: 0, count: mentions.count)
        for (i, m) in mentions.enumerated() {
            let slot: Int
            if let k = ranks.firstIndex(of: m.rank) {
                slot = k
            } else {
                slot = refs.count
                refs.append(m.ref)
                ranks.append(m.rank)
                sums.append(0)
                var list: [String] = []
                list.reserveCapacity(4)
                evidence.append(list)
            }
            slotOfMention[i] = slot
            let e = text.originalText(m.range)
            if !evidence[slot].contains(e) { evidence[slot].append(e) }
        }
        var given: [Int] = []  // slots one term already fed
        given.reserveCapacity(refs.count)
        var lo = 0
        while lo < mentions.count {
            let s = scopeOfMention[lo]
            var hi = lo + 1
            while hi < mentions.count && scopeOfMention[hi] == s { hi += 1 }
            let idx = lo..<hi
            lo = hi
            if scopeOfTerm.contains(s) {
                // Each term to its nearest mention; every ref of that mention's term gets it.
                for t in scored.indices where scopeOfTerm[t] == s {
                    let r = scored[t].position..<max(scored[t].end, scored[t].position + 1)
                    var best = Int.max
                    for i in idx { best = min(best, gap(r, mentions[i].range)) }
                    // The nearest mentions (within a few bytes of each other: "菜很好吃" feeds 菜 and 好吃).
                    given.removeAll(keepingCapacity: true)
                    for i in idx where gap(r, mentions[i].range) <= best + 3 {
                        let slot = slotOfMention[i]
                        if !given.contains(slot) {
                            given.append(slot)
                            sums[slot] += scored[t].value
                        }
                    }
                }
            } else {
                // No sentiment here: borrow from the following theme-less scopes of the sentence.
                var next = s + 1
                while next < starts.count && sentenceOf[next] == sentenceOf[s] && !scopeHasMention[next]
                    && !contrastStarts.contains(starts[next])
                {
                    if scopeOfTerm.contains(next) {
                        var total = 0.0
                        for t in scored.indices where scopeOfTerm[t] == next { total += scored[t].value }
                        given.removeAll(keepingCapacity: true)
                        for i in idx where !given.contains(slotOfMention[i]) {
                            given.append(slotOfMention[i])
                            sums[slotOfMention[i]] += total
                        }
                        break
                    }
                    next += 1
                }
            }
        }
        // Merge a bare theme into its only subtheme.
        var merged = [Bool](repeating: false, count: refs.count)
        for bare in refs.indices where refs[bare].subtheme == nil {
            var only = -1
            var count = 0
            for k in refs.indices where k != bare && refs[k].subtheme != nil && refs[k].id == refs[bare].id {
                only = k
                count += 1
            }
            if count == 1 {
                sums[only] += sums[bare]
                for e in evidence[bare] where !evidence[only].contains(e) { evidence[only].append(e) }
                merged[bare] = true
            }
        }
        var order = refs.indices.filter { !merged[$0] }
        if order.count > 1 { order.sort { ranks[$0] < ranks[$1] } }  // ThemeRef order
        return order.map { k in
            let s = normalize(sums[k])
            return ThemeFinding(
                theme: refs[k], sentiment: s, label: SentimentLabel(score: s, neutralBand: lexicon.rules.neutralBand),
                evidence: evidence[k])
        }
    }

    /// The scope (index into `starts`) holding a position.
    @inline(__always)
    func scopeIndex(of position: Int, _ starts: [Int]) -> Int {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// A complaint is negative feedback about something actionable:
    /// a strong marker (投诉, 12315, "cancel my account") always counts; a
    /// weak one (退款, "refund") counts unless the item is positive; and a
    /// negative item counts when it is negative about at least one theme.
    /// The reason is only spelled out when `explain` is set (an empty string otherwise).
    func decideComplaint(
        _ markers: [Match], label: SentimentLabel, themes: [ThemeFinding], text: NormalizedText, explain: Bool
    ) -> (Bool, String) {
        var weak: Range<Int>?
        for m in markers {
            switch lexicon.roles(m).complaint {
            case .strong?: return (true, explain ? "complaint marker '\(text.originalText(m.range))'" : "")
            case .weak?: if weak == nil { weak = m.range }
            default: break
            }
        }
        if let weak, label != .pos {
            return (true, explain ? "complaint marker '\(text.originalText(weak))' in feedback that is not positive" : "")
        }
        if label == .neg {
            if let t = themes.first(where: { $0.label == .neg }) {
                return (true, explain ? "negative about \(t.theme)" : "")
            }
            return (false, explain ? "negative, but about nothing actionable the lexicon names" : "")
        }
        return (false, !explain ? "" : label == .pos ? "positive" : "not negative")
    }
}

/// Bytes between two ranges (0 when they overlap).
func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.overlaps(b) { return 0 }
    return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
}
