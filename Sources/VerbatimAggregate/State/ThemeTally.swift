import VerbatimModel

/// Everything kept per theme id and per theme/subtheme.
struct ThemeTally: Sendable, Hashable, Codable {
    var mentions = 0
    var positive = 0
    var negative = 0
    var neutral = 0
    /// Fixed-point sum of the items' sentiment toward the theme.
    var sentimentSum = 0
    var complaints = 0
    /// Lower-cased evidence term → items using it (bounded by the lexicon's theme terms).
    var evidence: [String: Int] = [:]
    /// KPI counts of the respondents who raise the theme in a complaint (once per respondent).
    var complainers = KPITally()
    var complainingRespondents = 0
    /// Bottom-k samples of complaint and non-complaint items.
    var complaintSample = QuoteSample()
    var otherSample = QuoteSample()

    /// Counts one item's mention and offers it to the quote sample.
    mutating func add(_ mention: ThemeMention, answer a: AnalyzedAnswer, record: Record, hash: UInt64) {
        let complaint = a.finding.complaint
        mentions += 1
        switch mention.label {
        case .pos: positive += 1
        case .neg: negative += 1
        case .neu: neutral += 1
        }
        sentimentSum += FixedPoint.quantize(mention.sentiment, FixedPoint.score)
        if complaint { complaints += 1 }
        // Each distinct lower-cased term once per item. A single term needs no check; a few are
        // lower-cased once each into stack storage and checked against the earlier ones.
        let terms = mention.evidence
        if terms.count == 1 {
            evidence[Self.lowercased(terms[0]), default: 0] += 1
        } else if !terms.isEmpty {
            withUnsafeTemporaryAllocation(of: String.self, capacity: terms.count) { counted in
                var n = 0
                for raw in terms {
                    let term = Self.lowercased(raw)
                    if counted[0..<n].contains(term) { continue }
                    (counted.baseAddress! + n).initialize(to: term)
                    n += 1
                    evidence[term, default: 0] += 1
                }
                counted.baseAddress!.deinitialize(count: n)
            }
        }
        guard complaint ? complaintSample.admits(hash) : otherSample.admits(hash) else { return }
        let length = Self.characterCount(a.text)
        let c = QuoteCandidate(
            hash: hash, recordID: record.id, source: record.source, question: a.question, language: a.finding.language,
            text: length <= QuoteSample.maxStoredCharacters ? a.text : String(a.text.prefix(QuoteSample.maxStoredCharacters)),
            length: length, truncated: length > QuoteSample.maxStoredCharacters, sentiment: mention.sentiment,
            complaint: complaint)
        if complaint { complaintSample.add(c) } else { otherSample.add(c) }
    }

    mutating func merge(_ o: ThemeTally) {
        mentions += o.mentions
        positive += o.positive
        negative += o.negative
        neutral += o.neutral
        sentimentSum += o.sentimentSum
        complaints += o.complaints
        for (k, v) in o.evidence { evidence[k, default: 0] += v }
        complainers.merge(o.complainers)
        complainingRespondents += o.complainingRespondents
        complaintSample.merge(o.complaintSample)
        otherSample.merge(o.otherSample)
    }

    /// `lowercased()`, skipped for the common ASCII term without capitals.
    /// Also skipped for CJK: nothing in U+3000–U+9FFF (lead bytes E3–E9) has a lower case.
    static func lowercased(_ s: String) -> String {
        let needed = s.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { b in (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && (b < 0xE3 || b > 0xE9)) }
        } ?? s.utf8.contains { b in (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && (b < 0xE3 || b > 0xE9)) }
        return needed ? s.lowercased() : s
    }

    /// `s.count` (characters) without grapheme breaking when every scalar is its own character:
    /// ASCII (where only CR LF joins), CJK ideographs U+4E00–U+9FFF, CJK punctuation
    /// U+3000–U+3029 and full-width forms U+FF01–U+FF5E — none of them extends, joins or
    /// prepends. Any other scalar asks `count`. Quotes are mostly such text, and `count` was
    /// ≈ 8,000 instructions per sampled quote (callgrind).
    static func characterCount(_ s: String) -> Int {
        var n = 0
        var previous: UInt32 = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0..<0x80, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                if !(v == 0x0A && previous == 0x0D) { n += 1 }
                previous = v
            default:
                return s.count
            }
        }
        return n
    }

    var meanSentiment: Double? { mentions > 0 ? Double(sentimentSum) / FixedPoint.score / Double(mentions) : nil }
}
