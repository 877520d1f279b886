import VerbatimAggregate
import VerbatimModel
import VerbatimReport

extension ThemeReport {
    /// `report.html`: one self-contained page (inline CSS and SVG, no script,
    /// nothing fetched); every string from the data is escaped by the builder.
    public func html() -> [UInt8] {
        var page = HTMLPage(title: "Verbatim theme report", lang: "en")
        page.subtitle = headline
        page.provenance = provenance
        page.append(overviewSection)
        page.append(complaintSection)
        page.append(allThemesSection)
        page.append(trendSection)
        for (i, segment) in summary.segments.enumerated() { page.append(segmentSection(segment, index: i)) }
        page.append(coverageSection)
        page.append(inputSection)
        page.append(methodSection)
        return Array(page.render().utf8)
    }

    var overviewSection: HTMLSection {
        HTMLSection(id: "overview", title: "Key figures") { c in
            c.kpis(kpis.map { k in
                KPITile(label: ReportText.kpiName(k), value: ReportText.kpiValue(k), ci: ReportText.kpiInterval(k), note: "n = \(ReportText.count(k.n))")
            })
            let missing = summary.kpis.all.filter { $0.value == nil }
            if !missing.isEmpty {
                c.note("Not available: " + missing.map { "\(ReportText.kpiName($0)) (\($0.unavailableReason ?? "no data"))" }.joined(separator: "; "))
            }
            let s = summary.accounting.sentiment
            let chart = StackedBarChart(title: "Sentiment of answers", categories: StackedBarChart.sentimentCategories(),
                                        rows: [.init(label: "All answers", values: [Double(s.positive), Double(s.neutral), Double(s.negative)],
                                                     note: ReportText.count(s.total))])
            c.figure(chart.render(), caption: "Positive, neutral and negative answers (n = \(ReportText.count(s.total))).")
        }
    }

    var complaintSection: HTMLSection {
        HTMLSection(id: "complaints", title: "Complaint themes") { c in
            let top = summary.themes.filter { $0.complaints > 0 }.prefix(15)
            if top.isEmpty {
                c.paragraph("No complaints were found.")
                return
            }
            let bars = HorizontalBarChart(
                title: "Complaints by theme", bars: top.map { t in
                    .init(label: text.theme(t.theme), value: Double(t.complaints), valueText: ReportText.count(t.complaints),
                          secondary: t.netSentiment, secondaryText: ReportText.signed(t.netSentiment))
                }, valueAxisLabel: "complaints", secondaryAxisLabel: "net sentiment", valueDecimals: 0)
            c.figure(bars.render(), caption: "Themes ranked by complaint volume, with their net sentiment (−1 … +1).")
            var table = HTMLTable(header: ["Theme", "Mentions", "Share", "Net sentiment", "Complaints", "Complaint share", "Impact without them"],
                                  numericColumns: [1, 2, 3, 4, 5])
            for t in top {
                table.append([.text(text.theme(t.theme)), .integer(t.mentions), .numericText(ReportText.percent(t.share)),
                              .numericText(ReportText.signed(t.netSentiment)), .integer(t.complaints),
                              .numericText(ReportText.percent(t.complaintShare)), .text(impactText(t))])
            }
            c.table(table)
            if !impactLines.isEmpty {
                c.heading("Ranked by impact on \(impactRanking.metric)")
                c.list(impactLines)
            }
            for t in top.prefix(Self.quotedThemes) where !t.complaintQuotes.isEmpty {
                c.heading(text.theme(t.theme))
                if !t.topTerms.isEmpty { c.paragraph("Top words: " + t.topTerms.map { "\($0.term) (\($0.count))" }.joined(separator: ", ")) }
                c.quotes(t.complaintQuotes.map { QuoteBlock(text: $0.text, meta: quoteMeta($0), lang: ReportText.language($0.language)) })
            }
        }
    }

    var allThemesSection: HTMLSection {
        HTMLSection(id: "themes", title: "All themes") { c in
            let shown = summary.themes.prefix(20)
            if !shown.isEmpty {
                let bars = HorizontalBarChart(
                    title: "Share of answers by theme", bars: shown.map { t in
                        .init(label: text.theme(t.theme), value: t.share, valueText: ReportText.percent(t.share),
                              secondary: t.netSentiment, secondaryText: ReportText.signed(t.netSentiment))
                    }, valueAxisLabel: "share of answers", secondaryAxisLabel: "net sentiment")
                c.figure(bars.render(), caption: "How often each theme is raised, and how people feel about it.")
            }
            var table = HTMLTable(header: ["Theme", "Mentions", "Positive", "Negative", "Neutral", "Net", "Complaints"], numericColumns: [1, 2, 3, 4, 5, 6])
            for (t, isSub) in themeRows {
                table.append([.text((isSub ? "↳ " : "") + text.theme(t.theme)), .integer(t.mentions), .integer(t.positive), .integer(t.negative),
                              .integer(t.neutral), .numericText(ReportText.signed(t.netSentiment)), .integer(t.complaints)])
            }
            // Every theme and subtheme is a long table: folded, so the page reads top-down.
            c.details(summary: "All \(summary.themes.count) themes and their subthemes (table)") { d in d.table(table) }
        }
    }

    var trendSection: HTMLSection {
        let trend = summary.trend
        return HTMLSection(id: "trends", title: "Trends by \(trend.period.rawValue)") { c in
            guard trend.periods.count >= 1 else {
                c.paragraph("No dated records: trends need a date column.")
                return
            }
            let labels = trend.periods.map(\.label)
            let volume = LineChart(title: "Answers and complaints", periods: labels, series: [
                .init(name: "answers", values: trend.periods.map { Double($0.items) }),
                .init(name: "complaints", values: trend.periods.map { Double($0.complaintItems) }),
            ], yDecimals: 0)
            c.figure(volume.render(), caption: "Volume per \(trend.period.rawValue).")
            if trend.periods.contains(where: { $0.nps != nil || $0.csat != nil }) {
                var series: [LineChart.Series] = []
                if trend.periods.contains(where: { $0.nps != nil }) { series.append(.init(name: "NPS", values: trend.periods.map { $0.nps?.nps })) }
                if trend.periods.contains(where: { $0.csat != nil }) { series.append(.init(name: "CSAT %", values: trend.periods.map { $0.csat.map { $0.share * 100 } })) }
                c.figure(LineChart(title: "NPS and CSAT", periods: labels, series: series, yDecimals: 0).render(), caption: "Scores per \(trend.period.rawValue).")
            }
            // Complaint share of the themes that complain most, with rising periods marked.
            let topThemes = summary.themes.filter { $0.complaints > 0 }.prefix(5).map(\.theme.id)
            if !topThemes.isEmpty {
                let series = topThemes.map { id -> LineChart.Series in
                    var flagged = Set<Int>()
                    let values = trend.periods.enumerated().map { (i, p) -> Double? in
                        guard let t = p.themes.first(where: { $0.theme == id }) else { return p.items > 0 ? 0 : nil }
                        if t.rising { flagged.insert(i) }
                        return t.complaintShareOfItems * 100
                    }
                    return .init(name: text.theme(id: id), values: values, flagged: flagged)
                }
                var chart = LineChart(title: "Complaint share of answers (%)", periods: labels, series: series, yDecimals: 1, yLabel: "% of answers")
                chart.flagLabel = "rising"
                c.figure(chart.render(), caption: "▲ marks a significant rise against the previous periods.")
            }
            if trend.rising.isEmpty {
                c.paragraph("No theme's complaint share rose significantly.")
            } else {
                c.list(trend.rising.map { r in
                    "Rising in \(r.period): \(text.theme(id: r.theme)) — \(ReportText.percent(r.share)) of answers complain about it, against \(ReportText.percent(r.previousShare)) in the previous periods (p = \(NumberFormat.fixed(r.pValue, decimals: 4)))."
                })
            }
            var table = HTMLTable(header: ["Period"] + Self.volumeHeader, numericColumns: [1, 2, 3, 4, 5, 6])
            for p in trend.periods { table.append([.text(p.label)] + Self.figures(p).map { .numericText($0) }) }
            c.table(table)
            if trend.undatedRespondents > 0 { c.note("\(ReportText.count(trend.undatedRespondents)) respondents have no date and appear in no period.") }
        }
    }

    func segmentSection(_ segment: SegmentSummary, index: Int) -> HTMLSection {
        HTMLSection(id: "segment-\(index + 1)", title: "By \(segment.field)") { c in
            if let note = segment.note { c.note(note) }
            guard segment.collected, !segment.values.isEmpty else { return }
            let themes = segment.themes.prefix(12)
            let values = segment.values.map(\.value)
            let cells = themes.map { theme in
                values.map { value -> Heatmap.Cell in
                    guard let cell = segment.cells.first(where: { $0.theme == theme && $0.value == value }) else { return .init(value: nil) }
                    return .init(value: cell.complaintShareOfItems * 100, text: NumberFormat.fixed(cell.complaintShareOfItems * 100, decimals: 0),
                                 significant: cell.significance == .higher || cell.significance == .lower,
                                 tooltip: "\(cell.complaints) complaints in \(cell.mentions) mentions")
                }
            }
            let maxShare = cells.flatMap { $0 }.compactMap(\.value).max() ?? 1
            var heatmap = Heatmap(title: "Complaint share of answers (%) by \(segment.field)", rowLabels: themes.map { text.theme(id: $0) },
                                  columnLabels: values, cells: cells, scale: .sequential(max: max(maxShare, 1)))
            heatmap.significanceNote = "* significantly different from the other values (Holm-corrected)"
            c.figure(heatmap.render(), caption: "Each cell: complaints about the theme as a % of the segment's answers.")
            var table = HTMLTable(header: [segment.field] + Self.volumeHeader, numericColumns: [1, 2, 3, 4, 5, 6])
            for v in segment.values { table.append([.text(v.value)] + Self.figures(v).map { .numericText($0) }) }
            c.table(table)
        }
    }

    var coverageSection: HTMLSection {
        let cov = summary.coverage
        return HTMLSection(id: "coverage", title: "Coverage") { c in
            c.kpis([
                KPITile(label: "Answers with no theme", value: ReportText.percent(cov.shareWithoutTheme), note: "\(ReportText.count(cov.itemsWithoutTheme)) of \(ReportText.count(cov.items))"),
                KPITile(label: "No sentiment signal", value: ReportText.percent(cov.shareWithoutSignal), note: "\(ReportText.count(cov.itemsWithoutSignal)) answers"),
                KPITile(label: "Negative, no theme", value: ReportText.count(cov.negativeItemsWithoutTheme)),
            ])
            if cov.unmatchedPhrases.isEmpty {
                c.paragraph("Every negative answer matched a theme.")
            } else {
                c.paragraph("Most frequent phrases in negative answers that match no theme — candidates for new themes or lexicon entries, so that a new kind of complaint is never invisible:")
                c.table(HTMLTable(header: ["Phrase", "Answers"], rows: cov.unmatchedPhrases.map { [.text($0.phrase), .integer($0.count)] }, numericColumns: [1]))
            }
        }
    }

    var inputSection: HTMLSection {
        HTMLSection(id: "input", title: "Input") { c in
            let t = document.input.totals
            c.paragraph("Read \(ReportText.count(t.read)) records = analysed \(ReportText.count(t.analyzed)) + skipped \(ReportText.count(t.skipped)) + duplicates \(ReportText.count(t.duplicates)) (\(ReportText.count(t.exactDuplicates)) exact, \(ReportText.count(t.normalizedDuplicates)) normalized); \(ReportText.count(t.withoutText)) respondents without text; \(ReportText.count(document.outsidePeriod)) outside the period.")
            if let caveat = ReportText.textsNotRemembered(document.input) { c.paragraph(caveat) }
            var table = HTMLTable(header: ["File", "Format", "Read", "Analysed", "Skipped", "Duplicates", "Note"], numericColumns: [2, 3, 4, 5])
            for f in document.input.files {
                table.append([.text(f.file), .text(f.format ?? "—"), .integer(f.read), .integer(f.analyzed), .integer(f.skipped), .integer(f.duplicates),
                              .text(f.passedOver ?? f.failure ?? (f.skippedByReason.isEmpty ? "" : f.skippedByReason.keys.sorted().map { "\($0) × \(f.skippedByReason[$0]!)" }.joined(separator: ", ")))])
            }
            c.table(table)
        }
    }

    var methodSection: HTMLSection {
        HTMLSection(id: "method", title: "Method") { c in
            c.details(summary: "How each figure is computed") { d in d.list(methodNotes) }
        }
    }
}
