import VerbatimModel

/// Per-theme-id counters inside a period or segment value.
struct ThemeCell: Sendable, Hashable, Codable, TallyValue {
    var mentions = 0
    var complaints = 0
    var positive = 0
    var negative = 0

    mutating func merge(_ o: ThemeCell) {
        mentions += o.mentions
        complaints += o.complaints
        positive += o.positive
        negative += o.negative
    }

    /// Counts one item's mention of the theme id.
    mutating func count(complaint: Bool, label: SentimentLabel) {
        mentions += 1
        if complaint { complaints += 1 }
        if label == .pos { positive += 1 }
        if label == .neg { negative += 1 }
    }

    func subtracting(_ o: ThemeCell) -> ThemeCell {
        ThemeCell(
            mentions: mentions - o.mentions, complaints: complaints - o.complaints, positive: positive - o.positive,
            negative: negative - o.negative)
    }

    var netSentiment: Double? { mentions > 0 ? Double(positive - negative) / Double(mentions) : nil }
}

/// Counters for a slice of the data (a period, a segment value, everything):
/// respondents, items, sentiment, KPIs and per-theme-id cells.
struct GroupTally: Sendable, Hashable, Codable, TallyValue {
    var respondents = 0
    var items = 0
    var complaintItems = 0
    var sentiment = SentimentTally()
    var kpi = KPITally()
    /// Theme id → cell (encoded as a `[String: ThemeCell]`; read it through `themes.dictionary`).
    var themes = TallyTable<String, ThemeCell>()

    mutating func add(respondent k: RespondentKPI, answers: [AnalyzedAnswer]) {
        add(respondent: k, items: answers.map(ItemCounts.init))
    }

    /// Adds a respondent whose items were summarized once (the same items go to
    /// the total, a month, a week and segment values).
    mutating func add(respondent k: RespondentKPI, items: [ItemCounts]) {
        respondents += 1
        kpi.add(k)
        for item in items {
            self.items += 1
            sentiment.add(label: item.label, score: item.score)
            if item.complaint { complaintItems += 1 }
            for t in item.themes {
                themes.values[themes.slot(for: t.id, hash: t.hash)].count(complaint: item.complaint, label: t.label)
            }
        }
    }

    /// Adds a respondent and its answers, whose findings' keys (``FindingKey/fill(_:into:)``)
    /// are `keys`, answer after answer: the same counts as `add(respondent:items:)` with the
    /// answers' ``ItemCounts``, without making them.
    mutating func add(respondent k: RespondentKPI, answers: [AnalyzedAnswer], keys: UnsafeBufferPointer<FindingKey>) {
        respondents += 1
        kpi.add(k)
        var f = 0
        // `while` loops: `for` over the indices went through unspecialized iterators (callgrind).
        answers.withUnsafeBufferPointer { answers in
            var a = 0
            while a < answers.count {
                let complaint = answers[a].finding.complaint
                items += 1
                sentiment.add(label: answers[a].finding.label, score: answers[a].finding.score)
                if complaint { complaintItems += 1 }
                answers[a].finding.themes.withUnsafeBufferPointer { found in
                    var t = 0
                    while t < found.count {
                        let key = keys[f + t]
                        if key.firstOfID {
                            themes.values[themes.slot(for: found[t].theme.id, hash: key.idHash)].count(complaint: complaint, label: key.idLabel)
                        }
                        t += 1
                    }
                    f += found.count
                }
                a += 1
            }
        }
    }

    mutating func merge(_ o: GroupTally) {
        respondents += o.respondents
        items += o.items
        complaintItems += o.complaintItems
        sentiment.merge(o.sentiment)
        kpi.merge(o.kpi)
        themes.merge(o.themes)
    }

    /// The cell of theme `id`, empty when the group never met it. Theme ids are ASCII (the
    /// lexicon checks them), so the table holds each id in one entry.
    func cell(_ id: String) -> ThemeCell {
        themes.index(of: id, hash: id.tallyHash).map { themes.values[$0] } ?? ThemeCell()
    }
}

/// What a group tally needs of one item, worked out once per item.
struct ItemCounts: Sendable {
    var label: SentimentLabel
    var score: Double
    var complaint: Bool
    /// Theme ids (with their ``TallyKey/tallyHash``, worked out once for every group the item
    /// goes to) and the item's label toward each.
    var themes: [(id: String, hash: UInt64, label: SentimentLabel)]

    /// The item's findings' theme hashes (``ThemeMention/hashes(_:)``), for the theme tallies too.
    var findingHashes: [ThemeMention.Hashes]

    init(_ a: AnalyzedAnswer) {
        label = a.finding.label
        score = a.finding.score
        complaint = a.finding.complaint
        if a.finding.themes.isEmpty {
            findingHashes = []
            themes = []
        } else {
            findingHashes = ThemeMention.hashes(a.finding.themes)
            themes = ThemeMention.byID(a.finding.themes, findingHashes)
        }
    }
}
