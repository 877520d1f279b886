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
    ///
    /// Leaves the result in `b.scopes`: `order` lists the theme slots in
    /// output order (`ThemeRef` order), `slotScores` their sentiment and
    /// `evidence` their quotes; `themeFindings` turns them into values.
    func summarizeThemes(_ text: NormalizedText, _ b: inout AnalysisBuffers) {
        b.scopes.order.removeAll()
        guard !b.mentions.isEmpty else { return }
        // Disjoint stored properties of one inout struct: no copies, no exclusivity conflict.
        summarizeThemes(text, b.clauses, b.mentions, b.scored, b.contrastStarts, &b.scopes)
    }

    func summarizeThemes(
        _ text: NormalizedText, _ clauses: [Clause], _ mentions: [ThemeMentionAt], _ scored: ScratchArray<ScoredTerm>,
        _ contrastStarts: ScratchArray<Int>, _ sc: inout ScopeBuffers
    ) {
        // Scope boundaries: clause starts and contrast markers.
        sc.starts.removeAll()
        for clause in clauses { sc.starts.append(clause.range.lowerBound) }
        if !contrastStarts.isEmpty {
            for start in contrastStarts { sc.starts.append(start) }
            sc.starts.sort()
        }
        sc.sentenceOf.removeAll()
        var c = 0
        for start in sc.starts {
            while c + 1 < clauses.count && clauses[c + 1].range.lowerBound <= start { c += 1 }
            sc.sentenceOf.append(clauses.isEmpty ? 0 : clauses[c].sentence)
        }
        // Mentions arrive in text order, so the mentions of one scope are consecutive.
        sc.hasMention.reset(to: false, count: sc.starts.count)
        sc.ofMention.reset(to: 0, count: mentions.count)
        for (i, m) in mentions.enumerated() {
            let s = scopeIndex(of: m.range.lowerBound, sc.starts)
            sc.ofMention[i] = s
            sc.hasMention[s] = true
        }
        sc.ofTerm.reset(to: 0, count: scored.count)
        for (i, t) in scored.enumerated() { sc.ofTerm[i] = scopeIndex(of: t.position, sc.starts) }

        // One slot per distinct reference, in order of first mention; its evidence as
        // (slot, original byte range) pairs, distinct texts only, turned into strings at the end.
        sc.slotRanks.removeAll()
        sc.slotSums.removeAll()
        sc.evidence.removeAll()
        sc.slotOfMention.reset(to: 0, count: mentions.count)
        for (i, m) in mentions.enumerated() {
            let slot: Int
            if let k = sc.slotRanks.firstIndex(of: m.rank) {
                slot = k
            } else {
                slot = sc.slotRanks.count
                sc.slotRanks.append(m.rank)
                sc.slotSums.append(0)
            }
            sc.slotOfMention[i] = slot
            addEvidence(slot, text.originalRange(m.range), text, &sc.evidence)
        }
        var lo = 0
        while lo < mentions.count {
            let s = sc.ofMention[lo]
            var hi = lo + 1
            while hi < mentions.count && sc.ofMention[hi] == s { hi += 1 }
            let idx = lo..<hi
            lo = hi
            if sc.ofTerm.contains(s) {
                // Each term to its nearest mention; every ref of that mention's term gets it.
                for t in scored.indices where sc.ofTerm[t] == s {
                    let r = scored[t].position..<max(scored[t].end, scored[t].position + 1)
                    var best = Int.max
                    for i in idx { best = min(best, gap(r, mentions[i].range)) }
                    // The nearest mentions (within a few bytes of each other: "菜很好吃" feeds 菜 and 好吃).
                    sc.given.removeAll()
                    for i in idx where gap(r, mentions[i].range) <= best + 3 {
                        let slot = sc.slotOfMention[i]
                        if !sc.given.contains(slot) {
                            sc.given.append(slot)
                            sc.slotSums[slot] += scored[t].value
                        }
                    }
                }
            } else {
                // No sentiment here: borrow from the following theme-less scopes of the sentence.
                var next = s + 1
                while next < sc.starts.count && sc.sentenceOf[next] == sc.sentenceOf[s] && !sc.hasMention[next]
                    && !contrastStarts.contains(sc.starts[next])
                {
                    if sc.ofTerm.contains(next) {
                        var total = 0.0
                        for t in scored.indices where sc.ofTerm[t] == next { total += scored[t].value }
                        sc.given.removeAll()
                        for i in idx where !sc.given.contains(sc.slotOfMention[i]) {
                            sc.given.append(sc.slotOfMention[i])
                            sc.slotSums[sc.slotOfMention[i]] += total
                        }
                        break
                    }
                    next += 1
                }
            }
        }
        // Merge a bare theme into its only subtheme (its evidence after the subtheme's own).
        let slots = sc.slotRanks.count
        sc.merged.reset(to: false, count: slots)
        for bare in 0..<slots where plain.isBare[Int(sc.slotRanks[bare])] {
            let id = plain.idOfRank[Int(sc.slotRanks[bare])]
            var only = -1
            var count = 0
            for k in 0..<slots where k != bare && !plain.isBare[Int(sc.slotRanks[k])] && plain.idOfRank[Int(sc.slotRanks[k])] == id {
                only = k
                count += 1
            }
            if count == 1 {
                sc.slotSums[only] += sc.slotSums[bare]
                for e in sc.evidence.indices where sc.evidence[e].slot == bare {
                    addEvidence(only, sc.evidence[e].range, text, &sc.evidence)
                }
                sc.merged[bare] = true
            }
        }
        // ThemeRef order is rank order; a handful of slots: insertion sort.
        sc.order.removeAll()
        for k in 0..<slots where !sc.merged[k] {
            var at = sc.order.count
            while at > 0 && sc.slotRanks[sc.order[at - 1]] > sc.slotRanks[k] { at -= 1 }
            sc.order.insert(k, at: at)
        }
        sc.slotScores.reset(to: 0, count: slots)
        for k in sc.order { sc.slotScores[k] = normalize(sc.slotSums[k]) }
    }

    /// A theme slot's label (its sentiment against the neutral band).
    @inline(__always)
    func themeLabel(_ score: Double) -> SentimentLabel {
        SentimentLabel(score: score, neutralBand: lexicon.rules.neutralBand)
    }

    /// The themes `summarizeThemes` left in `sc`, as values.
    /// - Parameter cache: one-quote lists made before (most themes quote one short term).
    func themeFindings(_ text: NormalizedText, _ sc: ScopeBuffers, _ cache: QuoteCache) -> [ThemeFinding] {
        var findings: [ThemeFinding] = []
        findings.reserveCapacity(sc.order.count)
        for k in sc.order {
            let s = sc.slotScores[k]
            var quotes = 0
            var only = EvidenceAt(slot: k, range: 0..<0)
            for e in sc.evidence where e.slot == k {
                quotes += 1
                only = e
            }
            var evidence: [String] = []
            if quotes == 1 && only.end - only.start <= QuoteCache.maxBytes {
                evidence = text.originalUTF8.withUnsafeBufferPointer { cache.quotes(UnsafeBufferPointer(rebasing: $0[only.range])) }
            } else {
                evidence.reserveCapacity(quotes)  // one allocation, not one per growth
                for e in sc.evidence where e.slot == k { evidence.append(text.original(bytes: e.range)) }
            }
            findings.append(
                ThemeFinding(theme: plain.refs[Int(sc.slotRanks[k])], sentiment: s, label: themeLabel(s), evidence: evidence))
        }
        return findings
    }

    /// Adds a slot's evidence unless the slot already quotes the same text.
    ///
    /// "The same" is `String` equality, which is canonical equivalence: equal
    /// bytes are equal; different bytes are different unless a combining or
    /// otherwise composable character is involved, and only then are strings made.
    func addEvidence(_ slot: Int, _ range: Range<Int>, _ text: NormalizedText, _ evidence: inout ScratchArray<EvidenceAt>) {
        for e in evidence where e.slot == slot {
            if text.sameOriginalText(e.range, range) { return }
        }
        evidence.append(EvidenceAt(slot: slot, range: range))
    }

    /// The scope (index into `starts`) holding a position.
    @inline(__always)
    func scopeIndex(of position: Int, _ starts: ScratchArray<Int>) -> Int {
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
        _ markers: [Match], label: SentimentLabel, themes sc: ScopeBuffers, text: NormalizedText, explain: Bool
    ) -> (Bool, String) {
        var weak: Range<Int>?
        for m in markers {
            switch plain.roles[Int(m.roles)].complaint {
            case .strong?: return (true, explain ? "complaint marker '\(text.originalText(m.range))'" : "")
            case .weak?: if weak == nil { weak = m.range }
            default: break
            }
        }
        if let weak, label != .pos {
            return (true, explain ? "complaint marker '\(text.originalText(weak))' in feedback that is not positive" : "")
        }
        if label == .neg {
            if let k = sc.order.first(where: { themeLabel(sc.slotScores[$0]) == .neg }) {
                return (true, explain ? "negative about \(plain.refs[Int(sc.slotRanks[k])])" : "")
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
