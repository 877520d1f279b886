import VerbatimLexicon
import VerbatimText

/// Weights from contrast markers (VADER's `_but_check`, extended).
///
/// `but`-type markers (但是, however): sentiment before the last marker of a
/// sentence × `before`, from the marker on × `after`; a marker that opens
/// its sentence also discounts the previous sentence ("房间很好。但是服务很差。").
/// `although`-type markers (虽然, although): the marker's own clause ×
/// `before`, the rest of the sentence × `after` — unless the sentence also
/// has a `but`-type marker (虽然…但是), which then decides alone.
///
/// Lives in the thread's scratch (`AnalysisBuffers.contrast`); `compute` refills it per item.
extension ContrastBuffers {
    mutating func compute(matches: [Match], roles: PlainRoles, clauses: [Clause]) {
        weights.reset(to: 1, count: matches.count)
        clauseWeights.reset(to: 1, count: clauses.count)
        guard let lastClause = clauses.last else { return }
        clauseOfMatch.removeAll()
        for m in matches { clauseOfMatch.append(Analyzer.clauseIndex(of: m.range.lowerBound, in: clauses)) }
        lastBut.reset(to: -1, count: lastClause.sentence + 1)
        concessive.removeAll()
        var anyBut = false
        for (k, m) in matches.enumerated() {
            guard let rule = roles.roles[Int(m.roles)].contrast else { continue }
            if rule.concessive {
                concessive.append(k)
            } else {
                lastBut[clauses[clauseOfMatch[k]].sentence] = k
                anyBut = true
            }
        }
        // Matches come in text order, so each sentence's matches are one run (checked: a
        // scan of every match per marker was quadratic in one huge text with many markers).
        var inOrder = true
        for j in clauseOfMatch.indices.dropFirst() where clauseOfMatch[j] < clauseOfMatch[j - 1] {
            inOrder = false
            break
        }
        if !inOrder {
            computeByScanning(matches: matches, roles: roles, clauses: clauses, anyBut: anyBut)
        } else {
            // runStart[s]..<runStart[s + 1]: the matches of sentence s.
            runStart.reset(to: matches.count, count: lastClause.sentence + 2)
            var next = 0
            for j in clauseOfMatch.indices {
                let s = clauses[clauseOfMatch[j]].sentence
                while next <= s {
                    runStart[next] = j
                    next += 1
                }
            }
            // Each match gets at most one factor from its own sentence's marker and then one from the
            // next sentence's opening marker, in that order (as the scan below multiplies them).
            if anyBut {
                for sentence in lastBut.indices where lastBut[sentence] >= 0 {
                    let (k, rule, discountsPrevious) = butMarker(of: sentence, matches: matches, roles: roles, clauses: clauses)
                    if discountsPrevious && sentence > 0 {
                        for j in runStart[sentence - 1]..<runStart[sentence] { weights[j] *= rule.before }
                    }
                    for j in runStart[sentence]..<runStart[sentence + 1] { weights[j] *= j < k ? rule.before : rule.after }
                }
            }
            var first = 0
            while first < concessive.count {
                let sentence = clauses[clauseOfMatch[concessive[first]]].sentence
                var end = first + 1
                while end < concessive.count && clauses[clauseOfMatch[concessive[end]]].sentence == sentence { end += 1 }
                // 虽然…但是: the but-type marker already weights both sides; do not stack.
                if lastBut[sentence] < 0 {
                    weighConcessive(markers: first..<end, upTo: runStart[sentence + 1], matches: matches, roles: roles)
                }
                first = end
            }
        }
        for j in matches.indices { clauseWeights[clauseOfMatch[j]] = weights[j] }
    }

    /// The concessive markers `concessive[markers]` of one sentence (ending before match `end`):
    /// each match after a marker × `before` in the marker's clause, × `after` past it, one
    /// factor per earlier marker, multiplied in marker order.
    private mutating func weighConcessive(markers: Range<Int>, upTo end: Int, matches: [Match], roles: PlainRoles) {
        let firstMarker = concessive[markers.lowerBound]
        let w0 = firstMarker + 1 < end ? weights[firstMarker + 1] : 1
        var uniform = true
        for j in (firstMarker + 1)..<max(firstMarker + 1, end) where weights[j] != w0 {
            uniform = false
            break
        }
        if markers.count <= 4 || !uniform {
            // A few markers: each weighs the rest of its sentence.
            for m in markers {
                let k = concessive[m]
                let rule = roles.roles[Int(matches[k].roles)].contrast!
                for j in (k + 1)..<max(k + 1, end) {
                    weights[j] *= clauseOfMatch[j] == clauseOfMatch[k] ? rule.before : rule.after
                }
            }
            return
        }
        // Many markers, one starting weight: running products give every match the same
        // product, in the same order, as the loop above, in one pass.
        var afterAll = w0  // w0 × every passed marker's `after`
        var sameClause = w0  // afterAll when the clause began × this clause's passed markers' `before`
        var clause = clauseOfMatch[firstMarker]
        var m = markers.lowerBound
        for j in firstMarker..<end {
            if clauseOfMatch[j] != clause {
                clause = clauseOfMatch[j]
                sameClause = afterAll
            }
            if j > firstMarker { weights[j] = sameClause }
            if m < markers.upperBound && concessive[m] == j {
                let rule = roles.roles[Int(matches[j].roles)].contrast!
                afterAll *= rule.after
                sameClause *= rule.before
                m += 1
            }
        }
    }

    /// A sentence's last but-type marker: its match index, its rule, and whether it also
    /// discounts the previous sentence (it opens its sentence: "房间很好。但是服务很差。").
    private func butMarker(of sentence: Int, matches: [Match], roles: PlainRoles, clauses: [Clause])
        -> (k: Int, rule: ContrastRule, discountsPrevious: Bool)
    {
        let k = lastBut[sentence]
        let markerClause = clauseOfMatch[k]
        let opensSentence = markerClause == 0 || clauses[markerClause - 1].sentence != sentence
        let startsClause = matches[k].range.lowerBound <= clauses[markerClause].range.lowerBound + 1
        return (k, roles.roles[Int(matches[k].roles)].contrast!, opensSentence && startsClause)
    }

    /// The same weights as `compute`, by scanning every match per marker (matches out of text order).
    mutating func computeByScanning(matches: [Match], roles: PlainRoles, clauses: [Clause], anyBut: Bool) {
        if anyBut {
            for sentence in lastBut.indices where lastBut[sentence] >= 0 {
                let (k, rule, discountsPrevious) = butMarker(of: sentence, matches: matches, roles: roles, clauses: clauses)
                for j in matches.indices {
                    let s = clauses[clauseOfMatch[j]].sentence
                    if s == sentence {
                        weights[j] *= j < k ? rule.before : rule.after
                    } else if s == sentence - 1 && discountsPrevious {
                        weights[j] *= rule.before
                    }
                }
            }
        }
        for k in concessive {
            let rule = roles.roles[Int(matches[k].roles)].contrast!
            let markerClause = clauseOfMatch[k]
            let sentence = clauses[markerClause].sentence
            // 虽然…但是: the but-type marker already weights both sides; do not stack.
            if lastBut[sentence] >= 0 { continue }
            for j in matches.indices where j > k && clauses[clauseOfMatch[j]].sentence == sentence {
                weights[j] *= clauseOfMatch[j] == markerClause ? rule.before : rule.after
            }
        }
    }

    @inline(__always) func weight(forMatchAt k: Int) -> Double { weights[k] }
    @inline(__always) func clauseWeight(_ c: Int) -> Double { clauseWeights[c] }
}
