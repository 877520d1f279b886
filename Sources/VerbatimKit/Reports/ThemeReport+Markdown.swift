import VerbatimAggregate
import VerbatimReport

extension ThemeReport {
    /// `report.md`: the same sections as the HTML report, as Markdown tables.
    public func markdown() -> [UInt8] {
        var md = MarkdownDocument()
        md.heading("Verbatim theme report")
        md.paragraph(headline)

        md.heading("Key figures", level: 2)
        md.table(header: ["KPI", "value", "95% CI", "n"],
                 rows: summary.kpis.all.map { k in
                     [ReportText.kpiName(k), ReportText.kpiValue(k), ReportText.kpiInterval(k) ?? "", k.value == nil ? (k.unavailableReason ?? "") : ReportText.count(k.n)]
                 }, numericColumns: [1, 3])
        let s = summary.accounting.sentiment
        md.paragraph("Sentiment of answers: \(ReportText.percent(s.positiveShare)) positive, \(ReportText.percent(s.neutralShare)) neutral, \(ReportText.percent(s.negativeShare)) negative.")

        md.heading("Complaint themes", level: 2)
        md.table(header: ["theme", "mentions", "share", "net sentiment", "complaints", "complaint share", "impact without them"],
                 rows: summary.themes.prefix(20).map { t in
                     [text.theme(t.theme), ReportText.count(t.mentions), ReportText.percent(t.share), ReportText.signed(t.netSentiment),
                      ReportText.count(t.complaints), ReportText.percent(t.complaintShare), impactText(t)]
                 }, numericColumns: [1, 2, 3, 4, 5])
        if !impactLines.isEmpty {
            md.heading("Ranked by impact on \(impactRanking.metric)", level: 3)
            md.bulletList(impactLines)
        }
        for t in summary.themes.prefix(Self.quotedThemes) where !t.complaintQuotes.isEmpty {
            md.heading(text.theme(t.theme), level: 3)
            if !t.topTerms.isEmpty { md.paragraph("Top words: " + t.topTerms.map { "\($0.term) (\($0.count))" }.joined(separator: ", ")) }
            for q in t.complaintQuotes { md.quote(q.text, attribution: quoteMeta(q)) }
        }

        md.heading("All themes and subthemes", level: 2)
        md.table(header: ["theme", "mentions", "positive", "negative", "neutral", "net", "complaints"],
                 rows: themeRows.map { row in
                     let t = row.summary
                     return [(row.isSubtheme ? "↳ " : "") + text.theme(t.theme), ReportText.count(t.mentions), ReportText.count(t.positive),
                             ReportText.count(t.negative), ReportText.count(t.neutral), ReportText.signed(t.netSentiment), ReportText.count(t.complaints)]
                 }, numericColumns: [1, 2, 3, 4, 5, 6])

        let trend = summary.trend
        md.heading("Trends by \(trend.period.rawValue)", level: 2)
        if trend.periods.isEmpty {
            md.paragraph("No dated records: trends need a date column.")
        } else {
            md.table(header: ["Period"] + Self.volumeHeader,
                     rows: trend.periods.map { [$0.label] + Self.figures($0) }, numericColumns: [1, 2, 3, 4, 5, 6])
            if trend.rising.isEmpty {
                md.paragraph("No theme's complaint share rose significantly. \(trend.risingRule)")
            } else {
                md.bulletList(trend.rising.map { r in
                    "Rising in \(r.period): \(text.theme(id: r.theme)) — \(ReportText.percent(r.share)) of answers are complaints about it, against \(ReportText.percent(r.previousShare)) before (p = \(NumberFormat.fixed(r.pValue, decimals: 4)))."
                })
            }
        }
        if trend.undatedRespondents > 0 { md.paragraph("\(ReportText.count(trend.undatedRespondents)) respondents have no date and appear in no period.") }

        for segment in summary.segments {
            md.heading("By \(segment.field)", level: 2)
            if let note = segment.note { md.paragraph(note) }
            md.table(header: [segment.field] + Self.volumeHeader,
                     rows: segment.values.map { [$0.value] + Self.figures($0) }, numericColumns: [1, 2, 3, 4, 5, 6])
            let marked = segment.cells.filter { $0.significance == .higher || $0.significance == .lower }
            if !marked.isEmpty {
                md.bulletList(marked.map { c in
                    "\(text.theme(id: c.theme)) in \(c.value): complaints in \(ReportText.percent(c.complaintShareOfItems)) of answers vs \(ReportText.percent(c.restComplaintShareOfItems ?? 0)) elsewhere (\(c.significance == .higher ? "significantly higher" : "significantly lower"))"
                })
            }
        }

        let c = summary.coverage
        md.heading("Coverage", level: 2)
        md.paragraph("\(ReportText.percent(c.shareWithoutTheme)) of answers match no theme; \(ReportText.percent(c.shareWithoutSignal)) carry no sentiment signal; \(ReportText.count(c.negativeItemsWithoutTheme)) negative answers match no theme.")
        if !c.unmatchedPhrases.isEmpty {
            md.paragraph("Most frequent phrases in negative answers with no theme (candidates for new themes or lexicon entries):")
            md.table(header: ["phrase", "answers"], rows: c.unmatchedPhrases.map { [$0.phrase, ReportText.count($0.count)] }, numericColumns: [1])
        }

        md.heading("Input", level: 2)
        let totals = document.input.totals
        md.paragraph("Read \(ReportText.count(totals.read)) records = analysed \(ReportText.count(totals.analyzed)) + skipped \(ReportText.count(totals.skipped)) + duplicates \(ReportText.count(totals.duplicates)); \(ReportText.count(document.outsidePeriod)) outside the period.")
        if let caveat = ReportText.textsNotRemembered(document.input) { md.paragraph(caveat) }
        md.table(header: ["file", "format", "read", "analysed", "skipped", "duplicates", "note"],
                 rows: document.input.files.map { f in
                     [f.file, f.format ?? "—", ReportText.count(f.read), ReportText.count(f.analyzed), ReportText.count(f.skipped),
                      ReportText.count(f.duplicates), f.passedOver ?? f.failure ?? ""]
                 }, numericColumns: [2, 3, 4, 5])

        md.heading("Method", level: 2)
        md.bulletList(methodNotes)
        md.provenance(provenance)
        return Array(md.render().utf8)
    }
}
