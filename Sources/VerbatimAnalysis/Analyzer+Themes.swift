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
        // Scope boundaries: clause starts and contrast markers, merged in order (both lists
        // can be long in one huge text: an insertion sort of the markers was quadratic).
        sc.starts.removeAll()
        sc.isContrast.removeAll()
        if contrastStarts.isEmpty {
            for clause in clauses {
                sc.starts.append(clause.range.lowerBound)
                sc.isContrast.append(false)
            }
        } else {
            sc.contrastSorted.removeAll()
            for start in contrastStarts { sc.contrastSorted.append(start) }
            sc.contrastSorted.sort()
            var j = 0
            for clause in clauses {
                let start = clause.range.lowerBound
                while j < sc.contrastSorted.count && sc.contrastSorted[j] < start {
                    sc.starts.append(sc.contrastSorted[j])
                    j += 1
                }
                sc.starts.append(start)
            }
            while j < sc.contrastSorted.count {
                sc.starts.append(sc.contrastSorted[j])
                j += 1
            }
            // A scope starts at a contrast marker when its start is one (a clause may start with one).
            j = 0
            for start in sc.starts {
                while j < sc.contrastSorted.count && sc.contrastSorted[j] < start { j += 1 }
                sc.isContrast.append(j < sc.contrastSorted.count && sc.contrastSorted[j] == start)
            }
        }
        let scopeCount = sc.starts.count
        sc.sentenceOf.removeAll()
        var c = 0
        for start in sc.starts {
            while c + 1 < clauses.count && clauses[c + 1].range.lowerBound <= start { c += 1 }
            sc.sentenceOf.append(clauses.isEmpty ? 0 : clauses[c].sentence)
        }
        // Mentions arrive in text order, so the mentions of one scope are consecutive.
        sc.hasMention.reset(to: false, count: scopeCount)
        sc.ofMention.reset(to: 0, count: mentions.count)
        for (i, m) in mentions.enumerated() {
            let s = scopeIndex(of: m.range.lowerBound, sc.starts)
            sc.ofMention[i] = s
            sc.hasMention[s] = true
        }
        // The sentiment terms of each scope, in term order: terms sc.termList[termStart[s]..<termStart[s + 1]].
        sc.termStart.reset(to: 0, count: scopeCount + 1)
        sc.ofTerm.reset(to: 0, count: scored.count)
        for (i, t) in scored.enumerated() {
            let s = scopeIndex(of: t.position, sc.starts)
            sc.ofTerm[i] = s
            sc.termStart[s + 1] += 1
        }
        for s in 0..<scopeCount { sc.termStart[s + 1] += sc.termStart[s] }
        sc.termList.reset(to: 0, count: scored.count)
        sc.termFill.reset(to: 0, count: scopeCount)
        for i in scored.indices {
            let s = sc.ofTerm[i]
            sc.termList[sc.termStart[s] + sc.termFill[s]] = i
            sc.termFill[s] += 1
        }

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
            if sc.termStart[s + 1] > sc.termStart[s] {
                // Each term to its nearest mention; every ref of that mention's term gets it.
                let searched = idx.count > Self.nearestScanLimit && NearestMentions.prepare(mentions, idx, &sc.mentionMaxEnd)
                for k in sc.termStart[s]..<sc.termStart[s + 1] {
                    let t = sc.termList[k]
                    let r = scored[t].position..<max(scored[t].end, scored[t].position + 1)
                    // The nearest mentions (within a few bytes of each other: "菜很好吃" feeds 菜 and 好吃).
                    // A slot gets a term once; the order slots are given in does not change any sum.
                    sc.given.removeAll()
                    if searched {
                        NearestMentions.forEach(near: r, in: mentions, idx, sc.mentionMaxEnd) { i in
                            let slot = sc.slotOfMention[i]
                            if !sc.given.contains(slot) {
                                sc.given.append(slot)
                                sc.slotSums[slot] += scored[t].value
                            }
                        }
                    } else {
                        var best = Int.max
                        for i in idx { best = min(best, gap(r, mentions[i].range)) }
                        for i in idx where gap(r, mentions[i].range) <= best + 3 {
                            let slot = sc.slotOfMention[i]
                            if !sc.given.contains(slot) {
                                sc.given.append(slot)
                                sc.slotSums[slot] += scored[t].value
                            }
                        }
                    }
                }
            } else {
                // No sentiment here: borrow from the following theme-less scopes of the sentence.
                var next = s + 1
                while next < scopeCount && sc.sentenceOf[next] == sc.sentenceOf[s] && !sc.hasMention[next]
                    && !sc.isContrast[next]
                {
                    if sc.termStart[next + 1] > sc.termStart[next] {
                        var total = 0.0
                        for k in sc.termStart[next]..<sc.termStart[next + 1] { total += scored[sc.termList[k]].value }
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

    /// Above this many mentions in one scope, a term's nearest mentions are found by binary
    /// search (`NearestMentions`) instead of a scan of them all, which made a scope with
    /// thousands of mentions and terms (one huge unpunctuated text) quadratic.
    static let nearestScanLimit = 16

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
        fillThemeFindings(text, sc, cache, into: &findings)
        return findings
    }

    /// ``themeFindings(_:_:_:)`` written over `findings`, which keeps its capacity: its elements
    /// are overwritten in place and the surplus removed (emptying it first went through
    /// `replaceSubrange`, ≈ 100 instructions more an item; callgrind).
    @inline(__always)
    func fillThemeFindings(_ text: NormalizedText, _ sc: ScopeBuffers, _ cache: QuoteCache, into findings: inout [ThemeFinding]) {
        var n = 0
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
                text.originalUTF8.withUnsafeBufferPointer { original in
                    for e in sc.evidence where e.slot == k {
                        let bytes = UnsafeBufferPointer(rebasing: original[e.range])
                        evidence.append(bytes.count <= QuoteCache.maxBytes ? cache.quote(bytes) : String(decoding: bytes, as: UTF8.self))
                    }
                }
            }
            let finding = ThemeFinding(theme: plain.refs[Int(sc.slotRanks[k])], sentiment: s, label: themeLabel(s), evidence: evidence)
            if n < findings.count { findings[n] = finding } else { findings.append(finding) }
            n += 1
        }
        if findings.count > n { findings.removeSubrange(n...) }
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

/// A term's nearest theme mentions in a long run of them, without a scan of the whole run.
///
/// Finds the same mentions as the scan in `summarizeThemes`: those whose
/// `gap` to the term is at most the smallest gap + 3. The mentions are in
/// text order (by start); `mentionMaxEnd[i]` holds the largest end of the
/// run's mentions up to `i`, so everything before the term is searched from
/// the term backwards and stops where no earlier mention can come close enough.
enum NearestMentions {
    /// Fills `maxEnd` for the run `idx`; false when its mentions are not in
    /// order of their starts (then the caller scans).
    static func prepare(_ mentions: [ThemeMentionAt], _ idx: Range<Int>, _ maxEnd: inout ScratchArray<Int>) -> Bool {
        maxEnd.reset(to: 0, count: idx.count)
        var top = Int.min
        var previousStart = Int.min
        for i in idx {
            let range = mentions[i].range
            if range.lowerBound < previousStart { return false }
            previousStart = range.lowerBound
            top = max(top, range.upperBound)
            maxEnd[i - idx.lowerBound] = top
        }
        return true
    }

    /// Calls `body` with the index of each mention in `idx` within the smallest gap + 3 of `r`.
    @inline(__always)
    static func forEach(near r: Range<Int>, in mentions: [ThemeMentionAt], _ idx: Range<Int>, _ maxEnd: ScratchArray<Int>,
                        _ body: (Int) -> Void) {
        // First mention starting at or after the term's end.
        var a = idx.lowerBound
        var b = idx.upperBound
        while a < b {
            let mid = (a + b) / 2
            if mentions[mid].range.lowerBound < r.upperBound { a = mid + 1 } else { b = mid }
        }
        let after = a
        var best = Int.max
        if after < idx.upperBound { best = mentions[after].range.lowerBound - r.upperBound + 1 }
        if after > idx.lowerBound {
            // Every mention before `after` starts before the term ends: it overlaps the term or ends before it.
            let top = maxEnd[after - 1 - idx.lowerBound]
            best = min(best, top > r.lowerBound ? 0 : r.lowerBound - top + 1)
        }
        // Before: overlapping (gap 0) or ending at most best + 2 bytes before the term.
        let threshold = r.lowerBound - best - 2
        var i = after - 1
        while i >= idx.lowerBound && maxEnd[i - idx.lowerBound] >= threshold {
            if mentions[i].range.upperBound >= threshold { body(i) }
            i -= 1
        }
        i = after
        while i < idx.upperBound && mentions[i].range.lowerBound - r.upperBound + 1 <= best + 3 {
            body(i)
            i += 1
        }
    }
}

/// Bytes between two ranges (0 when they overlap).
func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    if a.overlaps(b) { return 0 }
    return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
}
