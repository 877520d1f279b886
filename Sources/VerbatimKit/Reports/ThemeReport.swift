import VerbatimAggregate
import VerbatimIngest
import VerbatimLexicon
import VerbatimModel
import VerbatimReport

/// The `analyze` reports — themes.csv, report.md, report.html — composed from a
/// ``SummaryDocument``. Composition only: every figure comes computed from the
/// Aggregate stage; this type chooses, orders, words and formats.
public struct ThemeReport {
    public let document: SummaryDocument
    let text: ReportText
    let excel: Bool

    /// Themes shown with quotes in the complaint section.
    static let quotedThemes = 6

    public init(document: SummaryDocument, lexicon: Lexicon, excel: Bool = false) {
        self.document = document
        self.text = ReportText(lexicon: lexicon)
        self.excel = excel
    }

    var summary: AnalysisSummary { document.analysis }

    /// Themes ranked by complaints (the Aggregate stage's order) with their subthemes after each.
    var themeRows: [(summary: ThemeSummary, isSubtheme: Bool)] {
        summary.themes.flatMap { t in [(t, false)] + t.subthemes.map { ($0, true) } }
    }

    // MARK: themes.csv

    /// One row per theme and subtheme; text cells are neutralized against spreadsheet formulas.
    public func themesCSV() -> [UInt8] {
        var csv = CSVWriter(excel: excel)
        csv.writeHeader([
            "theme", "subtheme", "label", "mentions", "share_of_items", "positive", "negative", "neutral", "net_sentiment",
            "mean_sentiment", "complaints", "complaint_share", "complaint_share_of_items", "impact_nps_points",
            "impact_csat_points", "impact_rating", "top_terms", "example_ids", "produced_by",
        ])
        for (t, _) in themeRows {
            csv.writeRow([
                .text(t.theme.id), t.theme.subtheme.map { .text($0) } ?? .empty, .text(text.theme(t.theme)),
                .integer(t.mentions), .number(t.share, decimals: 4), .integer(t.positive), .integer(t.negative),
                .integer(t.neutral), .number(t.netSentiment, decimals: 4), .number(t.meanSentiment, decimals: 4),
                .integer(t.complaints), .number(t.complaintShare, decimals: 4), .number(t.complaintShareOfItems, decimals: 4),
                t.impact.nps.map { .number($0, decimals: 2) } ?? .empty,
                t.impact.csat.map { .number($0 * 100, decimals: 2) } ?? .empty,
                t.impact.averageRating.map { .number($0, decimals: 3) } ?? .empty,
                .text(t.topTerms.map { "\($0.term) (\($0.count))" }.joined(separator: "; ")),
                .text(t.exampleItems.map { $0.recordID ?? $0.source.description }.joined(separator: "; ")),
                .text(document.producedBy.short),
            ])
        }
        return Array(csv.text.utf8)
    }

    // MARK: shared pieces

    var kpis: [KPI] { summary.kpis.all.filter { $0.value != nil } }

    var headline: String {
        let a = summary.accounting
        return "\(ReportText.count(a.respondents)) respondents, \(ReportText.count(a.items)) answers with text, "
            + "\(ReportText.percent(a.sentiment.negativeShare)) negative, \(ReportText.count(a.complaintItems)) complaints."
    }

    var provenance: Provenance {
        Provenance(version: document.producedBy.verbatim,
                   lexicons: ["fingerprint \(document.producedBy.lexiconFingerprint)"] + document.producedBy.lexiconVersions,
                   options: document.producedBy.options, inputs: document.producedBy.inputs)
    }

    func quoteMeta(_ q: Quote) -> String {
        let who = q.recordID ?? q.source.description
        return "\(who) · \(q.question) · sentiment \(ReportText.signed(q.sentiment))" + (q.complaint ? " · complaint" : "")
            + (q.truncated ? " · shortened" : "")
    }

    func impactText(_ t: ThemeSummary) -> String {
        var parts: [String] = []
        if let v = t.impact.nps { parts.append("NPS \(NumberFormat.signed(v, decimals: 1)) pts") }
        if let v = t.impact.csat { parts.append("CSAT \(NumberFormat.signed(v * 100, decimals: 1)) pts") }
        if let v = t.impact.averageRating { parts.append("rating \(NumberFormat.signed(v, decimals: 2))") }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    /// Themes ranked by impact: by NPS impact when NPS exists, else CSAT, else the normalized rating.
    var impactRanking: (metric: String, themes: [ThemeSummary]) {
        let ranked: [(String, (ThemeSummary) -> Double?)] = [
            ("NPS", { $0.impact.nps }), ("CSAT", { $0.impact.csat.map { $0 * 100 } }), ("average rating", { $0.impact.averageRatingNormalized.map { $0 * 100 } }),
        ]
        for (name, value) in ranked {
            let themes = summary.themes.filter { (value($0) ?? 0) > 0 }
                .sorted { (value($0)!, $1.theme.id) > (value($1)!, $0.theme.id) }
            if !themes.isEmpty { return (name, Array(themes.prefix(8))) }
        }
        return ("", [])
    }

    /// "Rooms · 房间: NPS +13.5 pts" lines for the impact ranking.
    var impactLines: [String] {
        let (metric, themes) = impactRanking
        guard !themes.isEmpty else { return [] }
        return themes.map { t in "\(text.theme(t.theme)): \(impactText(t)) without the respondents who complain about it" }
    }

    /// Header and figures of a period or segment row: respondents, answers, negative share,
    /// complaints, NPS, CSAT (the same columns in Markdown and HTML).
    static let volumeHeader = ["Respondents", "Answers", "Negative", "Complaints", "NPS", "CSAT"]

    static func volumeFigures(respondents: Int, items: Int, sentiment: SentimentDistribution, complaints: Int,
                              nps: NPSEstimate?, csat: ShareEstimate?) -> [String] {
        [ReportText.count(respondents), ReportText.count(items), ReportText.percent(sentiment.negativeShare), ReportText.count(complaints),
         nps.map { NumberFormat.signed($0.nps, decimals: 0) } ?? "—", csat.map { ReportText.percent($0.share) } ?? "—"]
    }

    static func figures(_ p: PeriodSummary) -> [String] {
        volumeFigures(respondents: p.respondents, items: p.items, sentiment: p.sentiment, complaints: p.complaintItems, nps: p.nps, csat: p.csat)
    }

    static func figures(_ v: SegmentValue) -> [String] {
        volumeFigures(respondents: v.respondents, items: v.items, sentiment: v.sentiment, complaints: v.complaintItems, nps: v.nps, csat: v.csat)
    }

    var methodNotes: [String] {
        var notes = summary.kpis.all.map { "\(ReportText.kpiName($0)): \($0.formula)" }
        notes.append("Impact (driver analysis): each KPI recomputed without the respondents whose answers raise the theme as a complaint, minus the KPI over everyone. It shows how much the theme weighs on the score; it is not a causal estimate.")
        notes.append("Rising complaints: \(summary.trend.risingRule)")
        notes.append("Segments: complaint share of answers in each segment value against all other values, two-proportion z-test, Holm–Bonferroni correction over all cells tested (cells with at least 5 mentions); * marks a significant difference.")
        notes.append("Quotes: chosen deterministically from a uniform hash sample of each theme's answers, the most typical first (sentiment closest to the theme's mean, 15–200 characters preferred); personal data masked unless --no-redact.")
        notes.append("CSAT rule: \(summary.csatRule).")
        return notes
    }
}
