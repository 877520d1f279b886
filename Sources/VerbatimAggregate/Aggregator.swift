import VerbatimModel

/// Streams ``AnalyzedRecord``s into counters from which every figure of an
/// analysis report is computed.
///
/// The state is counters, fixed-point sums, a log-bucketed histogram and
/// bottom-k hash samples, so memory grows with themes × periods × segment
/// values, not with records, and aggregators built on different shards
/// ``merge(_:)`` to exactly the state of one pass, in any order.
///
/// ```swift
/// var agg = Aggregator(options: AggregateOptions(segmentBy: ["brand"]))
/// for r in analyzed { agg.add(r) }
/// let summary = agg.summary(AggregateOptions(segmentBy: ["brand"]))
/// summary.kpis.nps.value   // e.g. 31.5
/// ```
///
/// To compare brands (or stores, channels…), build one aggregator per value
/// of the field while streaming, e.g. `groups[r.record.brand ?? "(none)", default: Aggregator(options: o)].add(r)`,
/// then call ``Aggregator/comparison(groups:options:)``.
public struct Aggregator: Sendable, Hashable {
    /// The options whose collecting fields (since, until, segmentBy, csat) this aggregator uses.
    public let options: AggregateOptions
    let collecting: CollectingOptions

    var total = GroupTally()
    var respondentsWithoutText = 0
    var complaintRespondents = 0
    var excludedByDate = 0
    var excludedUndated = 0
    var undatedRespondents = 0
    var undatedItems = 0
    var invalidRecommend = 0
    var invalidRating = 0
    var invalidResponseTime = 0
    /// Ratings on their own scale, per scale (usually one). Tables, like the themes', so that no
    /// key is hashed with the seeded SipHash per record (≈ 1,300 instructions a record for the
    /// scale, language, month and week; callgrind); read them through `.dictionary`.
    var ratingScales = TallyTable<RatingScale, Moments>()
    var responseTimes = LogHistogram()
    var languages = TallyTable<Language, Int>()
    var itemsWithoutTheme = 0
    var itemsWithoutSignal = 0
    var negativeItemsWithoutTheme = 0
    var phrases = PhraseCounter()
    /// Theme ref → tally (read it through `themes.dictionary`).
    var themes = TallyTable<ThemeRef, ThemeTally>()
    var months = TallyTable<Int, GroupTally>()
    var weeks = TallyTable<Int, GroupTally>()
    /// Field → value → tally.
    var segments: [String: [String: GroupTally]] = [:]

    public init(options: AggregateOptions = AggregateOptions()) {
        self.options = options
        collecting = options.collecting
    }

    /// Adds one record and its analysed answers.
    public mutating func add(_ r: AnalyzedRecord) {
        add(r, scratch: nil)
    }

    /// ``add(_:)`` with a thread's ``AggregatorScratch``, which remembers hashes and lower-cased
    /// terms from record to record (the counts are the same).
    public mutating func add(_ r: AnalyzedRecord, scratch: AggregatorScratch?) {
        if collecting.since != nil || collecting.until != nil {
            guard let d = r.record.date else {
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
        let kpi = RespondentKPI(recommend: r.record.recommend, rating: r.record.rating, csat: collecting.csat)
        if r.record.recommend != nil, kpi.nps == nil { invalidRecommend += 1 }
        if let rating = r.record.rating {
            if RespondentKPI.isValid(rating) {
                let scale = RatingScale(rating)
                ratingScales.values[ratingScales.slot(for: scale, hash: scale.tallyHash)].add(rating.value, scale: FixedPoint.rating)
            } else {
                invalidRating += 1
            }
        }
        if let t = r.record.responseTimeSeconds, !responseTimes.add(t) { invalidResponseTime += 1 }
        if r.answers.isEmpty { respondentsWithoutText += 1 }
        if r.isComplaint { complaintRespondents += 1 }

        // Each finding is keyed once (hashes, first of its id or ref, its id's label) for every
        // table the item goes to: the total, its month, its week, its segments, the theme tallies.
        // The answers read in place (a `for` over the array copied each one; callgrind).
        r.answers.withUnsafeBufferPointer { answers in
        var findings = 0
        for a in answers.indices { findings += answers[a].finding.themes.count }
        withUnsafeTemporaryAllocation(of: FindingKey.self, capacity: max(1, findings)) { keys in
            var f = 0
            for a in answers.indices {
                let n = answers[a].finding.themes.count
                if n > 0 {
                    FindingKey.fill(answers[a].finding.themes, into: UnsafeMutableBufferPointer(rebasing: keys[f..<f + n]), scratch: scratch)
                }
                f += n
            }
            let keyed = UnsafeBufferPointer(rebasing: keys[0..<findings])
            total.add(respondent: kpi, answers: r.answers, keys: keyed)

            // A respondent complains about a handful of themes: their table slots, scanned linearly.
            var complainedThemes: [Int] = []
            f = 0
            for a in answers.indices {
                let n = answers[a].finding.themes.count
                addItem(answers[a], keys: UnsafeBufferPointer(rebasing: keyed[f..<f + n]), record: r.record,
                        complainedThemes: &complainedThemes, scratch: scratch)
                f += n
            }
            for slot in complainedThemes { themes.values[slot].addComplainer(kpi) }

            if let d = r.record.date {
                let month = PeriodCalendar.monthIndex(d), week = PeriodCalendar.weekIndex(d)
                months.values[months.slot(for: month, hash: month.tallyHash)].add(respondent: kpi, answers: r.answers, keys: keyed)
                weeks.values[weeks.slot(for: week, hash: week.tallyHash)].add(respondent: kpi, answers: r.answers, keys: keyed)
            } else {
                undatedRespondents += 1
                undatedItems += r.answers.count
            }

            for field in collecting.segmentBy {
                if field != "question" && field != "language" {
                    // One value holding every answer: the items already keyed.
                    let value = SegmentField.clean(SegmentField.recordValue(field, r.record))
                    segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, answers: r.answers, keys: keyed)
                    continue
                }
                for (value, answers) in SegmentField.values(of: field, in: r) {
                    segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, answers: answers)
                }
            }
        }
        }
    }

    /// Counts one answer in the theme tallies: each theme id the answer names, and each exact
    /// theme/subtheme, once, with the mention made of the answer's findings for it
    /// (``ThemeMention``: mean sentiment, combined label, evidence in order).
    /// - Parameter keys: the answer's findings' keys.
    private mutating func addItem(_ a: borrowing AnalyzedAnswer, keys: UnsafeBufferPointer<FindingKey>, record: borrowing Record,
                                  complainedThemes: inout [Int], scratch: AggregatorScratch?) {
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
        f.themes.withUnsafeBufferPointer { found in
            // The answer's evidence terms, lower-cased and hashed once (a term of a subtheme
            // finding counts under its id and under its subtheme).
            // Loops here and below index with `while`: `for` over ranges and arrays went through
            // unspecialized iterators in these closures (≈ 600 instructions an item; callgrind).
            var termCount = 0
            var k = 0
            while k < found.count {
                termCount += found[k].evidence.count
                k += 1
            }
            withUnsafeTemporaryAllocation(of: LoweredTerm.self, capacity: max(1, termCount)) { terms in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * max(1, found.count)) { ranges in
                    // ranges[2k], ranges[2k + 1]: finding k's terms.
                    var n = 0
                    var k = 0
                    while k < found.count {
                        ranges[2 * k] = n
                        found[k].evidence.withUnsafeBufferPointer { evidence in
                            var e = 0
                            while e < evidence.count {
                                (terms.baseAddress! + n).initialize(to: scratch?.term(evidence[e]) ?? LoweredTerm(evidence[e]))
                                n += 1
                                e += 1
                            }
                        }
                        ranges[2 * k + 1] = n
                        k += 1
                    }
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, termCount)) { counted in
                        var k = 0
                        while k < found.count {
                            defer { k += 1 }
                            let key = keys[k]
                            if key.firstOfID {
                                let theme = found[k].theme
                                addMention(of: ThemeRef(id: theme.id), hash: key.idHash, found, from: k,
                                           where: { keys[$0].idHash == key.idHash && found[$0].theme.id == theme.id },
                                           terms: terms, ranges: ranges, counted: counted, answer: a, record: record,
                                           quoteHash: hash, complainedThemes: &complainedThemes)
                            }
                            if key.firstOfRef {
                                let theme = found[k].theme
                                addMention(of: theme, hash: key.refHash, found, from: k,
                                           where: { keys[$0].refHash == key.refHash && found[$0].theme == theme },
                                           terms: terms, ranges: ranges, counted: counted, answer: a, record: record,
                                           quoteHash: hash, complainedThemes: &complainedThemes)
                            }
                        }
                    }
                    terms.baseAddress!.deinitialize(count: n)
                }
            }
        }
    }

    /// Counts the mention of `ref` made of the findings `from…` that pass `include` (finding
    /// `from` does) in `ref`'s tally, and notes a complained-about slot.
    @inline(__always)
    private mutating func addMention(
        of ref: ThemeRef, hash refHash: UInt64, _ found: UnsafeBufferPointer<ThemeFinding>, from start: Int,
        where include: (Int) -> Bool, terms: UnsafeMutableBufferPointer<LoweredTerm>, ranges: UnsafeMutableBufferPointer<Int>,
        counted: UnsafeMutableBufferPointer<Int>, answer a: AnalyzedAnswer, record: Record, quoteHash: UInt64,
        complainedThemes: inout [Int]
    ) {
        let slot = themes.slot(for: ref, hash: refHash)
        if a.finding.complaint, !complainedThemes.contains(slot) { complainedThemes.append(slot) }
        themes.values[slot].add(found, from: start, where: include, terms: UnsafeBufferPointer(terms),
                                ranges: UnsafeBufferPointer(ranges), counted: counted, answer: a, record: record, hash: quoteHash)
    }

    /// Adds another aggregator's counts. The result equals one pass over
    /// both inputs, whatever the split and the merge order.
    ///
    /// - Precondition: both were created with the same collecting options
    ///   (since, until, segmentBy, csat).
    public mutating func merge(_ o: Aggregator) {
        precondition(collecting == o.collecting, "Aggregator.merge: collecting options differ")
        total.merge(o.total)
        respondentsWithoutText += o.respondentsWithoutText
        complaintRespondents += o.complaintRespondents
        excludedByDate += o.excludedByDate
        excludedUndated += o.excludedUndated
        undatedRespondents += o.undatedRespondents
        undatedItems += o.undatedItems
        invalidRecommend += o.invalidRecommend
        invalidRating += o.invalidRating
        invalidResponseTime += o.invalidResponseTime
        ratingScales.merge(o.ratingScales)
        responseTimes.merge(o.responseTimes)
        languages.merge(o.languages)
        itemsWithoutTheme += o.itemsWithoutTheme
        itemsWithoutSignal += o.itemsWithoutSignal
        negativeItemsWithoutTheme += o.negativeItemsWithoutTheme
        phrases.merge(o.phrases)
        themes.merge(o.themes)
        months.merge(o.months)
        weeks.merge(o.weeks)
        for (field, values) in o.segments {
            for (k, v) in values { segments[field, default: [:]][k, default: GroupTally()].merge(v) }
        }
    }

    /// Merges several aggregators (e.g. shards) into one.
    public static func merged(_ parts: [Aggregator], options: AggregateOptions) -> Aggregator {
        var a = Aggregator(options: options)
        for p in parts { a.merge(p) }
        return a
    }
}

/// A rating scale, e.g. 1…5.
struct RatingScale: Sendable, Hashable, Comparable {
    var min: Double
    var max: Double

    init(_ r: Rating) {
        min = r.scaleMin
        max = r.scaleMax
    }

    static func < (a: RatingScale, b: RatingScale) -> Bool { (a.min, a.max) < (b.min, b.max) }

    var label: String { "\(Self.format(min))–\(Self.format(max))" }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
