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
        // Each distinct lower-cased term once per item. An item names a few terms: a single term
        // needs no check, a few are checked against the earlier ones (no array to allocate).
        let terms = mention.evidence
        if terms.count == 1 {
            evidence[Self.lowercased(terms[0]), default: 0] += 1
        } else if terms.count <= 8 {
            for k in terms.indices {
                let term = Self.lowercased(terms[k])
                var seen = false
                for j in 0..<k where Self.lowercased(terms[j]) == term {
                    seen = true
                    break
                }
                if !seen { evidence[term, default: 0] += 1 }
            }
        } else {
            var counted: [String] = []
            counted.reserveCapacity(terms.count)
            for raw in terms {
                let term = Self.lowercased(raw)
                if counted.contains(term) { continue }
                counted.append(term)
                evidence[term, default: 0] += 1
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
        for b in s.utf8 where (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && (b < 0xE3 || b > 0xE9)) { return s.lowercased() }
        return s
    }

    /// `s.count` (characters), without grapheme breaking for ASCII text (where only CR LF joins).
    static func characterCount(_ s: String) -> Int {
        var crlf = 0
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b >= 0x80 { return s.count }
            if b == 0x0A && previous == 0x0D { crlf += 1 }
            previous = b
        }
        return s.utf8.count - crlf
    }

    var meanSentiment: Double? { mentions > 0 ? Double(sentimentSum) / FixedPoint.score / Double(mentions) : nil }
}
