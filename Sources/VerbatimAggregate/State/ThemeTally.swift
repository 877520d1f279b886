import VerbatimModel

/// Everything kept per theme id and per theme/subtheme.
struct ThemeTally: Sendable, Hashable, Codable, TallyValue {
    var mentions = 0
    var positive = 0
    var negative = 0
    var neutral = 0
    /// Fixed-point sum of the items' sentiment toward the theme.
    var sentimentSum = 0
    var complaints = 0
    /// Lower-cased evidence term → items using it (bounded by the lexicon's theme terms);
    /// encoded as a `[String: Int]`, read through `evidence.dictionary`.
    var evidence = TallyTable<String, Int>()
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
            let term = Self.lowercased(terms[0])
            evidence.values[evidence.slot(for: term, hash: term.tallyHash)] += 1
        } else if !terms.isEmpty {
            withUnsafeTemporaryAllocation(of: String.self, capacity: terms.count) { counted in
                var n = 0
                for raw in terms {
                    let term = Self.lowercased(raw)
                    if counted[0..<n].contains(term) { continue }
                    (counted.baseAddress! + n).initialize(to: term)
                    n += 1
                    evidence.values[evidence.slot(for: term, hash: term.tallyHash)] += 1
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

    /// Counts a respondent who raises the theme in a complaint (one dictionary access for both counters).
    mutating func addComplainer(_ kpi: RespondentKPI) {
        complainers.add(kpi)
        complainingRespondents += 1
    }

    mutating func merge(_ o: ThemeTally) {
        mentions += o.mentions
        positive += o.positive
        negative += o.negative
        neutral += o.neutral
        sentimentSum += o.sentimentSum
        complaints += o.complaints
        evidence.merge(o.evidence)
        complainers.merge(o.complainers)
        complainingRespondents += o.complainingRespondents
        complaintSample.merge(o.complaintSample)
        otherSample.merge(o.otherSample)
    }

    /// `lowercased()`, skipped for the common ASCII term without capitals.
    /// Also skipped for CJK: nothing in U+3000–U+9FFF (lead bytes E3–E9) has a lower case.
    static func lowercased(_ s: String) -> String {
        let mayChange: (UInt8) -> Bool = { b in (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && (b < 0xE3 || b > 0xE9)) }
        let needed = s.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayChange) } ?? s.utf8.contains(where: mayChange)
        return needed ? s.lowercased() : s
    }

    /// `s.count` (characters) without grapheme breaking when every scalar is its own character:
    /// ASCII (where only CR LF joins), CJK ideographs U+4E00–U+9FFF, CJK punctuation
    /// U+3000–U+3029 and full-width forms U+FF01–U+FF5E — none of them extends, joins or
    /// prepends. Any other scalar asks `count`. Quotes are mostly such text, and `count` was
    /// ≈ 8,000 instructions per sampled quote (callgrind).
    static func characterCount(_ s: String) -> Int {
        let counted: Int?? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var n = 0
            var i = 0
            var previousCR = false
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    if !(lead == 0x0A && previousCR) { n += 1 }
                    previousCR = lead == 0x0D
                    i += 1
                    continue
                }
                // Only three-byte scalars can be in the ranges below.
                guard lead >= 0xE0, lead < 0xF0, i + 2 < b.count else { return nil }
                let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                switch v {
                case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: n += 1
                default: return nil
                }
                previousCR = false
                i += 3
            }
            return n
        }
        if let counted, let n = counted { return n }
        return s.count
    }

    var meanSentiment: Double? { mentions > 0 ? Double(sentimentSum) / FixedPoint.score / Double(mentions) : nil }
}
