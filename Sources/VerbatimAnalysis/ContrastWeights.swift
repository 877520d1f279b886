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
        // Each match gets at most one factor from its own sentence's marker and one from the
        // next sentence's opening marker; their product does not depend on the sentence order.
        if anyBut {
            for sentence in lastBut.indices where lastBut[sentence] >= 0 {
                let k = lastBut[sentence]
                let rule = roles.roles[Int(matches[k].roles)].contrast!
                let markerClause = clauseOfMatch[k]
                let opensSentence = markerClause == 0 || clauses[markerClause - 1].sentence != sentence
                let startsClause = matches[k].range.lowerBound <= clauses[markerClause].range.lowerBound + 1
                for j in matches.indices {
                    let s = clauses[clauseOfMatch[j]].sentence
                    if s == sentence {
                        weights[j] *= j < k ? rule.before : rule.after
                    } else if s == sentence - 1 && opensSentence && startsClause {
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
        for j in matches.indices { clauseWeights[clauseOfMatch[j]] = weights[j] }
    }

    @inline(__always) func weight(forMatchAt k: Int) -> Double { weights[k] }
    @inline(__always) func clauseWeight(_ c: Int) -> Double { clauseWeights[c] }
}
