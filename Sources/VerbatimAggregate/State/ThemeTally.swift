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
        count(sentiment: mention.sentiment, label: mention.label, complaint: a.finding.complaint)
        // Each distinct lower-cased term once per item.
        var counted: [LoweredTerm] = []
        for raw in mention.evidence {
            let term = LoweredTerm(raw)
            if counted.contains(where: { $0.sameText(as: term) }) { continue }
            counted.append(term)
            countEvidence(term)
        }
        offerQuote(answer: a, record: record, hash: hash, sentiment: mention.sentiment)
    }

    /// Counts one item's mention made of its findings `found[start...]` that pass `include`
    /// (``ThemeMention``: sentiments summed in order and averaged, labels combined, each distinct
    /// lower-cased evidence term once) and offers the item to the quote sample: what
    /// ``add(_:answer:record:hash:)`` does with that mention, without making it.
    /// - Parameters:
    ///   - terms: the item's evidence terms lower-cased (``LoweredTerm``), finding after finding;
    ///     finding `j`'s are `terms[ranges[2j]..<ranges[2j + 1]]`.
    ///   - counted: room for the indexes of the distinct terms (as many as `terms`).
    @inline(__always)
    mutating func add(
        _ found: UnsafeBufferPointer<ThemeFinding>, from start: Int, where include: (Int) -> Bool,
        terms: UnsafeBufferPointer<LoweredTerm>, ranges: UnsafeBufferPointer<Int>, counted: UnsafeMutableBufferPointer<Int>,
        answer a: AnalyzedAnswer, record: Record, hash: UInt64
    ) {
        var total = 0.0
        var count = 0
        var pos = false, neg = false
        var distinct = 0
        // `while` loops: `for` over these ranges went through unspecialized iterators (callgrind).
        var j = start
        while j < found.count {
            defer { j += 1 }
            guard include(j) else { continue }
            total += FixedPoint.unit(found[j].sentiment)
            count += 1
            let label = found[j].label
            if label == .pos { pos = true } else if label == .neg { neg = true }
            var t = ranges[2 * j]
            let end = ranges[2 * j + 1]
            while t < end {
                defer { t += 1 }
                var c = 0
                while c < distinct && !terms[counted[c]].sameText(as: terms[t]) { c += 1 }
                if c < distinct { continue }
                counted[distinct] = t
                distinct += 1
                countEvidence(terms[t])
            }
        }
        let sentiment = total / Double(count)
        self.count(sentiment: sentiment, label: pos && !neg ? .pos : neg && !pos ? .neg : .neu, complaint: a.finding.complaint)
        offerQuote(answer: a, record: record, hash: hash, sentiment: sentiment)
    }

    /// Counts one item's mention: its sentiment toward the theme and label, and whether the item is a complaint.
    @inline(__always)
    mutating func count(sentiment: Double, label: SentimentLabel, complaint: Bool) {
        mentions += 1
        switch label {
        case .pos: positive += 1
        case .neg: negative += 1
        case .neu: neutral += 1
        }
        sentimentSum += FixedPoint.quantize(sentiment, FixedPoint.score)
        if complaint { complaints += 1 }
    }

    /// Counts an item using an evidence term (the caller passes each distinct lower-cased term of an item once).
    @inline(__always)
    mutating func countEvidence(_ term: LoweredTerm) {
        evidence.values[evidence.slot(for: term.text, hash: term.hash)] += 1
    }

    /// Offers the item to the complaint or other quote sample (built only when the sample admits its hash).
    mutating func offerQuote(answer a: AnalyzedAnswer, record: Record, hash: UInt64, sentiment: Double) {
        let complaint = a.finding.complaint
        guard complaint ? complaintSample.admits(hash) : otherSample.admits(hash) else { return }
        let length = Self.characterCount(a.text)
        let c = QuoteCandidate(
            hash: hash, recordID: record.id, source: record.source, question: a.question, language: a.finding.language,
            text: length <= QuoteSample.maxStoredCharacters ? a.text : String(a.text.prefix(QuoteSample.maxStoredCharacters)),
            length: length, truncated: length > QuoteSample.maxStoredCharacters, sentiment: sentiment,
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
        var needed = false
        for b in s.utf8 where (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && (b < 0xE3 || b > 0xE9)) {
            needed = true
            break
        }
        return needed ? s.lowercased() : s
    }

    /// `s.count` (characters) without grapheme breaking when every scalar is its own character or
    /// extends the one before: ASCII (where only CR LF joins), CJK ideographs U+4E00–U+9FFF, CJK
    /// punctuation U+3000–U+3029, full-width forms U+FF01–U+FF5E, general punctuation
    /// U+2010–U+2027 (dashes, quotes, bullets, ellipsis), symbols and dingbats U+2600–U+27BF and
    /// the emoji blocks U+1F300–U+1F64F, U+1F680–U+1F6FF, U+1F900–U+1F9FF stand alone; variation
    /// selectors U+FE0E/FE0F and skin tones U+1F3FB–U+1F3FF extend the character before (not a
    /// control, CR or LF, after which they would stand alone). Any other scalar (ZWJ, regional
    /// indicators, combining marks, Hangul…) asks `count`. Quotes are mostly such text, and
    /// `count` was ≈ 8,000 instructions per sampled quote (callgrind); a review with an emoji
    /// took that path until the emoji ranges were added (≈ 3,500 instructions per sampled quote
    /// on the generated 10 MB CSV).
    static func characterCount(_ s: String) -> Int {
        let counted: Int?? = s.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var n = 0
            var i = 0
            var previousCR = false
            // Nothing extends the start of the text, a control, CR or LF.
            var afterBreak = true
            while i < b.count {
                // Eight ASCII bytes without a CR at a time: eight characters (one less when an LF
                // completes a CR before them). Byte by byte, English quotes cost ≈ 20
                // instructions a character (callgrind).
                if i + 8 <= b.count, let base = b.baseAddress {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
                    if w & 0x8080_8080_8080_8080 == 0 && (cr &- 0x0101_0101_0101_0101) & ~cr & 0x8080_8080_8080_8080 == 0 {
                        n += previousCR && b[i] == 0x0A ? 7 : 8
                        previousCR = false
                        let last = b[i + 7]
                        afterBreak = last < 0x20 || last == 0x7F
                        i += 8
                        continue
                    }
                }
                let lead = b[i]
                if lead < 0x80 {
                    if !(lead == 0x0A && previousCR) { n += 1 }
                    previousCR = lead == 0x0D
                    afterBreak = lead < 0x20 || lead == 0x7F
                    i += 1
                    continue
                }
                previousCR = false
                if lead >= 0xE0 && lead < 0xF0 && i + 2 < b.count {
                    let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    switch v {
                    case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E, 0x2010...0x2027, 0x2600...0x27BF: n += 1
                    case 0xFE0E, 0xFE0F: if afterBreak { return nil }
                    default: return nil
                    }
                    afterBreak = false
                    i += 3
                    continue
                }
                if lead >= 0xF0 && i + 3 < b.count {
                    let v = UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                        | UInt32(b[i + 3] & 0x3F)
                    switch v {
                    case 0x1F3FB...0x1F3FF: if afterBreak { return nil }
                    case 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: n += 1
                    default: return nil
                    }
                    afterBreak = false
                    i += 4
                    continue
                }
                return nil
            }
            return n
        }
        if let counted, let n = counted { return n }
        return s.count
    }

    var meanSentiment: Double? { mentions > 0 ? Double(sentimentSum) / FixedPoint.score / Double(mentions) : nil }
}
