import VerbatimModel

/// Per-theme-id counters inside a period or segment value.
struct ThemeCell: Sendable, Hashable, Codable {
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

    func subtracting(_ o: ThemeCell) -> ThemeCell {
        ThemeCell(
            mentions: mentions - o.mentions, complaints: complaints - o.complaints, positive: positive - o.positive,
            negative: negative - o.negative)
    }

    var netSentiment: Double? { mentions > 0 ? Double(positive - negative) / Double(mentions) : nil }
}

/// Counters for a slice of the data (a period, a segment value, everything):
/// respondents, items, sentiment, KPIs and per-theme-id cells.
struct GroupTally: Sendable, Hashable, Codable {
    var respondents = 0
    var items = 0
    var complaintItems = 0
    var sentiment = SentimentTally()
    var kpi = KPITally()
    var themes: [String: ThemeCell] = [:]

    mutating func add(respondent k: RespondentKPI, answers: [AnalyzedAnswer]) {
        respondents += 1
        kpi.add(k)
        for a in answers {
            items += 1
            sentiment.add(label: a.finding.label, score: a.finding.score)
            if a.finding.complaint { complaintItems += 1 }
            for (id, label) in ThemeMention.byID(a.finding.themes) {
                var cell = themes[id, default: ThemeCell()]
                cell.mentions += 1
                if a.finding.complaint { cell.complaints += 1 }
                if label == .pos { cell.positive += 1 }
                if label == .neg { cell.negative += 1 }
                themes[id] = cell
            }
        }
    }

    mutating func merge(_ o: GroupTally) {
        respondents += o.respondents
        items += o.items
        complaintItems += o.complaintItems
        sentiment.merge(o.sentiment)
        kpi.merge(o.kpi)
        for (k, v) in o.themes { themes[k, default: ThemeCell()].merge(v) }
    }

    func cell(_ id: String) -> ThemeCell { themes[id] ?? ThemeCell() }
}
