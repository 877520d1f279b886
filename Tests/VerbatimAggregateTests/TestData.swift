import VerbatimModel
import VerbatimTestSupport

@testable import VerbatimAggregate


enum TestData {
    /// One analysed answer; `themes` as `id` or `id/sub` with their sentiment.
    static func answer(
        _ text: String, question: String = "Why?", label: SentimentLabel? = nil, score: Double = 0,
        themes: [(String, Double)] = [], complaint: Bool = false, language: Language = .en,
        evidence: [String] = [], signal: Bool = true
    ) -> AnalyzedAnswer {
        let findings = themes.map { path, s in
            ThemeFinding(
                theme: ThemeRef(path: path), sentiment: s, label: SentimentLabel(score: s, neutralBand: 0.05),
                evidence: evidence)
        }
        let contributions = signal
            ? [Contribution(text: "x", term: "x", start: 0, end: 1, clause: 0, baseValence: score, valence: score, rules: [])]
            : []
        let finding = Finding(
            language: language, domain: "general", score: score,
            label: label ?? SentimentLabel(score: score, neutralBand: 0.05), themes: findings, complaint: complaint,
            complaintReason: complaint ? "test" : "", contributions: contributions, clauses: [])
        return AnalyzedAnswer(question: question, text: text, finding: finding)
    }

    static func record(
        _ ordinal: Int, file: String = "t.csv", answers: [AnalyzedAnswer] = [], recommend: Double? = nil,
        rating: Double? = nil, scale: (Double, Double) = (1, 5), date: RecordDate? = nil,
        responseTime: Double? = nil, brand: String? = nil, segments: [String: String] = [:]
    ) -> AnalyzedRecord {
        let rec = Record(
            id: "r\(ordinal)", source: RecordSource(file: file, line: ordinal + 1, ordinal: ordinal),
            texts: answers.map { TextField(question: $0.question, text: $0.text) },
            rating: rating.map { Rating(value: $0, scaleMin: scale.0, scaleMax: scale.1) },
            recommend: recommend.map { Rating(value: $0, scaleMin: 0, scaleMax: 10) }, date: date,
            responseTimeSeconds: responseTime, brand: brand, segments: segments)
        return AnalyzedRecord(record: rec, answers: answers)
    }

    static func aggregate(_ records: [AnalyzedRecord], _ options: AggregateOptions = AggregateOptions()) -> Aggregator {
        var a = Aggregator(options: options)
        for r in records { a.add(r) }
        return a
    }

    static let themeIDs = ["delivery", "delivery/late", "price", "staff", "food/cold", "app"]
    static let enTexts = [
        "The delivery was late again and the food was cold", "Great staff, very friendly",
        "Too expensive for what you get", "The app keeps crashing when I pay", "ok", "Loved it",
    ]
    static let zhTexts = ["送餐太慢了，等了很久", "服务员态度很好", "价格太贵了", "外卖送到的时候已经凉了", "还行", "很满意"]

    /// A varied dataset: dates over 2025–2026 (some missing), brands,
    /// stores, ratings, recommend answers, response times, 0–2 answers per
    /// record in English and Chinese, themes and complaints.
    static func generated(count: Int, seed: UInt64) -> [AnalyzedRecord] {
        var rng = SplitMix64(seed: seed)
        var out: [AnalyzedRecord] = []
        for i in 0..<count {
            var answers: [AnalyzedAnswer] = []
            let nAnswers = Int.random(in: 0...2, using: &rng)
            for q in 0..<nAnswers {
                let zh = Bool.random(using: &rng)
                let texts = zh ? zhTexts : enTexts
                let text = texts[Int.random(in: 0..<texts.count, using: &rng)] + (Bool.random(using: &rng) ? "" : " \(i)")
                let score = (Double(Int.random(in: -100...100, using: &rng)) / 100)
                var themes: [(String, Double)] = []
                for t in themeIDs where Int.random(in: 0..<5, using: &rng) == 0 {
                    themes.append((t, Double(Int.random(in: -100...100, using: &rng)) / 100))
                }
                answers.append(answer(
                    text, question: q == 0 ? "Why?" : "Anything else?", score: score, themes: themes,
                    complaint: score < -0.3 && Bool.random(using: &rng), language: zh ? .zh : .en,
                    evidence: themes.isEmpty ? [] : [zh ? "太慢" : "Late"], signal: Int.random(in: 0..<4, using: &rng) > 0))
            }
            let dated = Int.random(in: 0..<10, using: &rng) > 0
            let date = dated
                ? RecordDate(year: 2025 + Int.random(in: 0...1, using: &rng), month: Int.random(in: 1...12, using: &rng),
                    day: Int.random(in: 1...28, using: &rng))
                : nil
            out.append(record(
                i, file: i % 3 == 0 ? "a.csv" : "b.json", answers: answers,
                recommend: Bool.random(using: &rng) ? Double(Int.random(in: 0...10, using: &rng)) : nil,
                rating: Bool.random(using: &rng) ? Double(Int.random(in: 1...5, using: &rng)) : nil, date: date,
                responseTime: Bool.random(using: &rng) ? Double(Int.random(in: 0...200_000, using: &rng)) : nil,
                brand: ["Acme", "Bolt", "Cora", nil][Int.random(in: 0...3, using: &rng)],
                segments: ["region": ["north", "south", "east"][Int.random(in: 0...2, using: &rng)]]))
        }
        return out
    }
}
