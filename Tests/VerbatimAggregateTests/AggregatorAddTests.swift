import Testing
import VerbatimModel
import VerbatimTestSupport

@testable import VerbatimAggregate

/// `Aggregator.add` keys each finding once (`FindingKey`) and counts mentions without making
/// them; these tests compare it with the code it replaced (kept below as the reference), on
/// records with repeated theme ids and refs, several answers, and evidence that differs only
/// by case or by canonically equivalent spellings.
@Suite struct AggregatorAddTests {
    static let paths = ["delivery", "delivery/late", "delivery/rude", "price", "price/fees", "food/cold", "food", "app", "a", "a/b", "ab",
                        "a-theme-id-over-fifteen-bytes", "a-theme-id-over-fifteen-bytes/and-a-long-subtheme"]
    static let terms = ["Late", "late", "LATE", "太慢", "太慢了", "e\u{301}t\u{E9}", "\u{E9}t\u{E9}", "ÉTÉ", "fast", "Fast",
                        "很慢 slow", "👍", "Ａbc", "abc", "ǅ", "ǆ", "a term longer than fifteen bytes", "A Term Longer Than Fifteen Bytes"]

    static func records(count: Int, seed: UInt64) -> [AnalyzedRecord] {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &rng)] }
        return (0..<count).map { i in
            let answers = (0..<Int.random(in: 0...3, using: &rng)).map { q -> AnalyzedAnswer in
                let findings = (0..<Int.random(in: 0...6, using: &rng)).map { _ -> ThemeFinding in
                    let s = Double(Int.random(in: -100...100, using: &rng)) / 100
                    return ThemeFinding(theme: ThemeRef(path: pick(paths)), sentiment: s,
                                        label: SentimentLabel(score: s, neutralBand: 0.05),
                                        evidence: (0..<Int.random(in: 0...3, using: &rng)).map { _ in pick(terms) })
                }
                let score = Double(Int.random(in: -100...100, using: &rng)) / 100
                let finding = Finding(language: pick([.en, .zh, .mixed]), domain: "general", score: score,
                                      label: SentimentLabel(score: score, neutralBand: 0.05), themes: findings,
                                      complaint: Bool.random(using: &rng), complaintReason: "", termCount: Int.random(in: 0...2, using: &rng),
                                      contributions: [], clauses: [])
                return AnalyzedAnswer(question: ["Why?", "Else?"][q % 2], text: pick(["送餐太慢了🙄", "The delivery was late", "❤\u{FE0F} ok"]) + " \(i)",
                                      finding: finding)
            }
            let record = Record(
                id: "r\(i)", source: RecordSource(file: "t.csv", line: i + 2, ordinal: i + 1),
                texts: answers.map { TextField(question: $0.question, text: $0.text) },
                rating: Bool.random(using: &rng) ? Rating(value: Double(Int.random(in: 1...5, using: &rng)), scaleMin: 1, scaleMax: 5) : nil,
                recommend: Bool.random(using: &rng) ? Rating(value: Double(Int.random(in: 0...10, using: &rng)), scaleMin: 0, scaleMax: 10) : nil,
                date: Int.random(in: 0..<8, using: &rng) == 0 ? nil
                    : RecordDate(year: 2026, month: Int.random(in: 1...6, using: &rng), day: Int.random(in: 1...28, using: &rng)),
                brand: pick(["Acme", "Bolt", nil]), segments: ["region": pick(["north", "south"])])
            return AnalyzedRecord(record: record, answers: answers)
        }
    }

    @Test(arguments: [1, 2, 3])
    func addCountsWhatTheMentionGroupingCounted(seed: UInt64) {
        for options in [AggregateOptions(), AggregateOptions(segmentBy: ["brand", "region", "question", "language"])] {
            var keyed = Aggregator(options: options)
            var scratched = Aggregator(options: options)
            var reference = Aggregator(options: options)
            let scratch = AggregatorScratch()
            for r in Self.records(count: 400, seed: seed) {
                keyed.add(r)
                scratched.add(r, scratch: scratch)
                reference.addAsBefore(r)
            }
            #expect(keyed == reference)
            #expect(scratched == reference)
            #expect(keyed.summary(options) == reference.summary(options))
        }
    }

    @Test func findingKeysMarkFirstsAndCombineLabels() {
        let f = { (path: String, s: Double) in
            ThemeFinding(theme: ThemeRef(path: path), sentiment: s, label: SentimentLabel(score: s, neutralBand: 0.05), evidence: [])
        }
        let findings = [f("delivery/late", -0.8), f("price", 0.4), f("delivery", 0.3), f("delivery/late", -0.1), f("price/fees", 0)]
        let keys = [FindingKey](unsafeUninitializedCapacity: findings.count) { buffer, n in
            FindingKey.fill(findings, into: buffer)
            n = findings.count
        }
        #expect(keys.map(\.firstOfID) == [true, true, false, false, false])
        #expect(keys.map(\.firstOfRef) == [true, false, false, false, true])
        #expect(keys[0].idLabel == .neu && keys[1].idLabel == .pos)  // delivery: neg and pos; price: pos and neu
        for (finding, key) in zip(findings, keys) {
            #expect(key.idHash == finding.theme.id.tallyHash && key.refHash == finding.theme.tallyHash)
        }
    }

    /// The scratch answers what it remembers, through evictions, for short and long strings.
    @Test func scratchRemembersHashesAndTerms() {
        let scratch = AggregatorScratch()
        for round in 0..<3 {
            for k in 0..<3_000 {
                let path = Self.paths[k % Self.paths.count] + (k % 7 == 0 ? "\(k % 900)" : "")
                let ref = ThemeRef(path: round == 1 ? path.uppercased() : path)
                let h = scratch.hashes(of: ref)
                #expect(h.id == ref.id.tallyHash && h.ref == ref.tallyHash, "\(ref)")
                let raw = Self.terms[k % Self.terms.count] + (k % 5 == 0 ? " \(k % 1_500)" : "")
                let term = scratch.term(raw)
                #expect(term.text == LoweredTerm(raw).text && term.hash == LoweredTerm(raw).hash && term.plain == LoweredTerm(raw).plain)
            }
        }
    }

    @Test(arguments: ["late", "Late", "太慢", "e\u{301}t\u{E9}", "ÉTÉ", "Ａbc", "ǅ", "", "👍"])
    func loweredTermsHashTheLowerCasedText(_ raw: String) {
        let term = LoweredTerm(raw)
        #expect(term.text == ThemeTally.lowercased(raw) && term.hash == term.text.tallyHash)
        #expect(term.plain == term.text.unicodeScalars.allSatisfy { $0.isASCII || (0x4000...0x9FFF).contains($0.value) })
        #expect(term.sameText(as: LoweredTerm("e\u{301}t\u{E9}")) == (term.text == "e\u{301}t\u{E9}".lowercased()))
    }
}

// MARK: - The code `add` replaced

extension Aggregator {
    /// `add` as it was: `ItemCounts` per answer, `ThemeMention.byRef`, `ThemeTally.add(mention)`
    /// with string comparisons.
    mutating func addAsBefore(_ r: AnalyzedRecord) {
        let record = r.record
        if collecting.since != nil || collecting.until != nil {
            guard let d = record.date else {
                excludedUndated += 1
                return
            }
            let day = d.daysSinceEpoch
            if let s = collecting.since, day < s {
                excludedByDate += 1
                return
            }
            if let u = collecting.until, day > u {
                excludedByDate += 1
                return
            }
        }
        let kpi = RespondentKPI(record, csat: collecting.csat)
        if record.recommend != nil, kpi.nps == nil { invalidRecommend += 1 }
        if let rating = record.rating {
            if RespondentKPI.isValid(rating) {
                let scale = RatingScale(rating)
                ratingScales.values[ratingScales.slot(for: scale, hash: scale.tallyHash)].add(rating.value, scale: FixedPoint.rating)
            } else {
                invalidRating += 1
            }
        }
        if let t = record.responseTimeSeconds, !responseTimes.add(t) { invalidResponseTime += 1 }
        let items = r.answers.map(ItemCounts.init)
        total.add(respondent: kpi, items: items)
        if r.answers.isEmpty { respondentsWithoutText += 1 }
        if r.isComplaint { complaintRespondents += 1 }
        var complainedThemes: [Int] = []
        for (a, counts) in zip(r.answers, items) {
            addItemAsBefore(a, hashes: counts.findingHashes, record: record, complainedThemes: &complainedThemes)
        }
        for slot in complainedThemes { themes.values[slot].addComplainer(kpi) }
        if let d = record.date {
            let month = PeriodCalendar.monthIndex(d), week = PeriodCalendar.weekIndex(d)
            months.values[months.slot(for: month, hash: month.tallyHash)].add(respondent: kpi, items: items)
            weeks.values[weeks.slot(for: week, hash: week.tallyHash)].add(respondent: kpi, items: items)
        } else {
            undatedRespondents += 1
            undatedItems += r.answers.count
        }
        for field in collecting.segmentBy {
            if field != "question" && field != "language" {
                let value = SegmentField.clean(SegmentField.recordValue(field, record))
                segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, items: items)
                continue
            }
            for (value, answers) in SegmentField.values(of: field, in: r) {
                segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, answers: answers)
            }
        }
    }

    private mutating func addItemAsBefore(_ a: AnalyzedAnswer, hashes: [ThemeMention.Hashes], record: Record,
                                          complainedThemes: inout [Int]) {
        let f = a.finding
        languages.values[languages.slot(for: f.language, hash: f.language.tallyHash)] += 1
        if f.label == .neu && (f.score == 0 || f.termCount == 0) { itemsWithoutSignal += 1 }
        if f.themes.isEmpty {
            itemsWithoutTheme += 1
            if f.label == .neg {
                negativeItemsWithoutTheme += 1
                for p in PhraseExtractor.phrases(in: a.text) { phrases.add(p) }
            }
            return
        }
        let hash = QuoteCandidate.hash(source: record.source, question: a.question)
        for (ref, refHash, mention) in ThemeMention.byRef(f.themes, hashes) {
            let slot = themes.slot(for: ref, hash: refHash)
            if f.complaint, !complainedThemes.contains(slot) { complainedThemes.append(slot) }
            themes.values[slot].addAsBefore(mention, answer: a, record: record, hash: hash)
        }
    }
}

extension ThemeTally {
    mutating func addAsBefore(_ mention: ThemeMention, answer a: AnalyzedAnswer, record: Record, hash: UInt64) {
        let complaint = a.finding.complaint
        mentions += 1
        switch mention.label {
        case .pos: positive += 1
        case .neg: negative += 1
        case .neu: neutral += 1
        }
        sentimentSum += FixedPoint.quantize(mention.sentiment, FixedPoint.score)
        if complaint { complaints += 1 }
        var counted: [String] = []
        for raw in mention.evidence {
            let term = raw.lowercased()
            if counted.contains(term) { continue }
            counted.append(term)
            evidence.values[evidence.slot(for: term, hash: term.tallyHash)] += 1
        }
        guard complaint ? complaintSample.admits(hash) : otherSample.admits(hash) else { return }
        let length = a.text.count
        let c = QuoteCandidate(
            hash: hash, recordID: record.id, source: record.source, question: a.question, language: a.finding.language,
            text: length <= QuoteSample.maxStoredCharacters ? a.text : String(a.text.prefix(QuoteSample.maxStoredCharacters)),
            length: length, truncated: length > QuoteSample.maxStoredCharacters, sentiment: mention.sentiment,
            complaint: complaint)
        if complaint { complaintSample.add(c) } else { otherSample.add(c) }
    }
}
