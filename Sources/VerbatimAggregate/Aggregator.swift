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
    /// Ratings on their own scale, per scale (usually one).
    var ratingScales: [RatingScale: Moments] = [:]
    var responseTimes = LogHistogram()
    var languages: [Language: Int] = [:]
    var itemsWithoutTheme = 0
    var itemsWithoutSignal = 0
    var negativeItemsWithoutTheme = 0
    var phrases = PhraseCounter()
    /// Theme ref → tally (read it through `themes.dictionary`).
    var themes = TallyTable<ThemeRef, ThemeTally>()
    var months: [Int: GroupTally] = [:]
    var weeks: [Int: GroupTally] = [:]
    /// Field → value → tally.
    var segments: [String: [String: GroupTally]] = [:]

    public init(options: AggregateOptions = AggregateOptions()) {
        self.options = options
        collecting = options.collecting
    }

    /// Adds one record and its analysed answers.
    public mutating func add(_ r: AnalyzedRecord) {
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
                ratingScales[RatingScale(rating), default: Moments()].add(rating.value, scale: FixedPoint.rating)
            } else {
                invalidRating += 1
            }
        }
        if let t = record.responseTimeSeconds, !responseTimes.add(t) { invalidResponseTime += 1 }

        // Each item's counts are worked out once, for the total, its month, its week and its segments.
        let items = r.answers.map(ItemCounts.init)
        total.add(respondent: kpi, items: items)
        if r.answers.isEmpty { respondentsWithoutText += 1 }
        if r.isComplaint { complaintRespondents += 1 }

        // A respondent complains about a handful of themes: their table slots, scanned linearly.
        var complainedThemes: [Int] = []
        for (a, counts) in zip(r.answers, items) {
            addItem(a, hashes: counts.findingHashes, record: record, complainedThemes: &complainedThemes)
        }
        for slot in complainedThemes { themes.values[slot].addComplainer(kpi) }

        if let d = record.date {
            months[PeriodCalendar.monthIndex(d), default: GroupTally()].add(respondent: kpi, items: items)
            weeks[PeriodCalendar.weekIndex(d), default: GroupTally()].add(respondent: kpi, items: items)
        } else {
            undatedRespondents += 1
            undatedItems += r.answers.count
        }

        for field in collecting.segmentBy {
            if field != "question" && field != "language" {
                // One value holding every answer: the items already summarized.
                let value = SegmentField.clean(SegmentField.recordValue(field, record))
                segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, items: items)
                continue
            }
            for (value, answers) in SegmentField.values(of: field, in: r) {
                segments[field, default: [:]][value, default: GroupTally()].add(respondent: kpi, answers: answers)
            }
        }
    }

    /// - Parameter hashes: the answer's findings' ``ThemeMention/hashes(_:)``.
    private mutating func addItem(_ a: AnalyzedAnswer, hashes: [ThemeMention.Hashes], record: Record,
                                  complainedThemes: inout [Int]) {
        let f = a.finding
        languages[f.language, default: 0] += 1
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
            // Mutated in place: copying a tally out and back would copy its samples per item.
            themes.values[slot].add(mention, answer: a, record: record, hash: hash)
        }
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
        for (k, v) in o.ratingScales { ratingScales[k, default: Moments()].merge(v) }
        responseTimes.merge(o.responseTimes)
        for (k, v) in o.languages { languages[k, default: 0] += v }
        itemsWithoutTheme += o.itemsWithoutTheme
        itemsWithoutSignal += o.itemsWithoutSignal
        negativeItemsWithoutTheme += o.negativeItemsWithoutTheme
        phrases.merge(o.phrases)
        themes.merge(o.themes)
        for (k, v) in o.months { months[k, default: GroupTally()].merge(v) }
        for (k, v) in o.weeks { weeks[k, default: GroupTally()].merge(v) }
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
