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
struct ContrastWeights {
    private var weights: [Double]
    private var clauseWeights: [Double]

    init(matches: [Match], lexicon: Lexicon, clauses: [Clause]) {
        weights = [Double](repeating: 1, count: matches.count)
        clauseWeights = [Double](repeating: 1, count: clauses.count)
        guard !clauses.isEmpty else { return }
        func clause(of pos: Int) -> Int {
            var lo = 0
            var hi = clauses.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if clauses[mid].range.lowerBound <= pos { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        let clauseOf = matches.map { clause(of: $0.range.lowerBound) }
        var lastBut: [Int: Int] = [:]  // sentence → match index of its last but-type marker
        var concessive: [Int] = []
        for (k, m) in matches.enumerated() {
            guard let rule = lexicon.roles(m).contrast else { continue }
            if rule.concessive { concessive.append(k) } else { lastBut[clauses[clauseOf[k]].sentence] = k }
        }
        for (sentence, k) in lastBut {
            let rule = lexicon.roles(matches[k]).contrast!
            let markerClause = clauseOf[k]
            let opensSentence = markerClause == 0 || clauses[markerClause - 1].sentence != sentence
            let startsClause = matches[k].range.lowerBound <= clauses[markerClause].range.lowerBound + 1
            for j in matches.indices {
                let s = clauses[clauseOf[j]].sentence
                if s == sentence {
                    weights[j] *= j < k ? rule.before : rule.after
                } else if s == sentence - 1 && opensSentence && startsClause {
                    weights[j] *= rule.before
                }
            }
        }
        for k in concessive {
            let rule = lexicon.roles(matches[k]).contrast!
            let markerClause = clauseOf[k]
            let sentence = clauses[markerClause].sentence
            // 虽然…但是: the but-type marker already weights both sides; do not stack.
            if lastBut[sentence] != nil { continue }
            for j in matches.indices where j > k && clauses[clauseOf[j]].sentence == sentence {
                weights[j] *= clauseOf[j] == markerClause ? rule.before : rule.after
            }
        }
        for j in matches.indices { clauseWeights[clauseOf[j]] = weights[j] }
    }

    func weight(forMatchAt k: Int) -> Double { weights[k] }
    func clauseWeight(_ c: Int) -> Double { clauseWeights[c] }
}
