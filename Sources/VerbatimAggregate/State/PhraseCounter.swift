import VerbatimModel

/// Counts phrases in bounded memory, mergeable exactly in any order.
///
/// Below `capacity` distinct phrases every count is exact. Beyond it the
/// counter keeps only phrases whose FNV-1a hash has its top `level` bits
/// zero, raising `level` until at most `capacity` phrases remain (distinct
/// sampling, Gibbons 2001). A kept phrase has passed every lower level, so
/// its count is exact; the approximation is which phrases are kept: at
/// level L each phrase survives with probability 2^−L regardless of its
/// frequency, so a frequent phrase can be missing from the top list. The
/// final level is the smallest that fits the whole input, hence the same
/// for one pass or any merge of shards.
struct PhraseCounter: Sendable, Hashable, Codable {
    var capacity = 50_000
    private(set) var level = 0
    private(set) var counts: [String: Int] = [:]

    private func passes(_ phrase: String, at level: Int) -> Bool {
        level == 0 || FNV1a64.hash(phrase) >> UInt64(64 - level) == 0
    }

    mutating func add(_ phrase: String, count: Int = 1) {
        guard passes(phrase, at: level) else { return }
        counts[phrase, default: 0] += count
        shrinkIfNeeded()
    }

    mutating func merge(_ o: PhraseCounter) {
        if o.level > level {
            level = o.level
            counts = counts.filter { passes($0.key, at: level) }
        }
        for (k, v) in o.counts where passes(k, at: level) { counts[k, default: 0] += v }
        shrinkIfNeeded()
    }

    private mutating func shrinkIfNeeded() {
        while counts.count > capacity && level < 63 {
            level += 1
            let l = level
            counts = counts.filter { passes($0.key, at: l) }
        }
    }

    /// The `limit` most frequent phrases, by count then phrase, leaving out
    /// a phrase contained in a longer frequent phrase with the same count
    /// ("checkout" when "checkout button" always carries it, 务员 under
    /// 服务员): closed n-grams, so one phrase does not fill the list with
    /// its fragments.
    func top(_ limit: Int) -> [PhraseCount] {
        let ranked = counts.map { PhraseCount(phrase: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.phrase) < ($0.count, $1.phrase) }
        let pool = ranked.prefix(max(limit * 10, 200))
        var out: [PhraseCount] = []
        for p in pool where out.count < limit {
            let covered = pool.contains { q in
                q.count == p.count && q.phrase.count > p.phrase.count && Self.contains(q.phrase, p.phrase)
            }
            if !covered { out.append(p) }
        }
        return out
    }

    /// Whether `long` contains `short`: word-aligned for English, by characters for Chinese.
    static func contains(_ long: String, _ short: String) -> Bool {
        if short.unicodeScalars.allSatisfy(\.isASCII) {
            return (" " + long + " ").contains(" " + short + " ")
        }
        return long.contains(short)
    }
}
