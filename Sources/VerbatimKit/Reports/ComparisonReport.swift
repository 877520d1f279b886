import VerbatimAggregate
import VerbatimLexicon
import VerbatimReport

/// The `compare` reports — compare.csv, compare.md, compare.html — composed
/// from a ``ComparisonDocument``; every figure and test comes computed.
public struct ComparisonReport {
    public let document: ComparisonDocument
    let text: ReportText
    let excel: Bool
    /// Themes shown in charts and tables.
    static let shownThemes = 15

    public init(document: ComparisonDocument, lexicon: Lexicon, excel: Bool = false) {
        self.document = document
        self.text = ReportText(lexicon: lexicon)
        self.excel = excel
    }

    var comparison: ComparisonSummary { document.comparison }
    var groups: [String] { comparison.groups.map(\.name) }
    var themes: [ThemeComparison] { Array(comparison.themes.prefix(Self.shownThemes)) }

    static func mark(_ test: GroupTest?) -> String {
        switch test?.significance {
        case .higher?: return " ▲"
        case .lower?: return " ▼"
        default: return ""
        }
    }

    var provenance: Provenance {
        Provenance(version: document.producedBy.verbatim,
                   lexicons: ["fingerprint \(document.producedBy.lexiconFingerprint)"] + document.producedBy.lexiconVersions,
                   options: document.producedBy.options + [document.grouping], inputs: document.producedBy.inputs)
    }

    var method: [String] {
        [
            "Each group is compared with all other groups pooled. Theme complaint and praise shares (of the group's answers) and CSAT: two-proportion z-test; NPS: z = ΔNPS / √(se₁² + se₂²).",
            "Holm–Bonferroni correction over all \(comparison.testsRun) tests of the comparison at α = \(NumberFormat.fixed(comparison.alpha, decimals: 2)); only significant differences become strengths and weaknesses. ▲ / ▼ mark a significantly higher / lower figure than the others.",
            "Quotes and texts are masked for personal data unless --no-redact.",
        ]
    }

    // MARK: compare.csv

    /// One row per theme × group; text cells neutralized against spreadsheet formulas.
    public func csv() -> [UInt8] {
        var csv = CSVWriter(excel: excel)
        csv.writeHeader(["theme", "label", "group", "mentions", "share_of_items", "net_sentiment", "complaints",
                         "complaint_share_of_items", "complaint_vs_others", "complaint_adjusted_p", "praise_share_of_items",
                         "praise_vs_others", "praise_adjusted_p", "produced_by"])
        for t in comparison.themes {
            for cell in t.cells {
                csv.writeRow([
                    .text(t.theme), .text(text.theme(id: t.theme)), .text(cell.group), .integer(cell.mentions),
                    .number(cell.share, decimals: 4), cell.netSentiment.map { .number($0, decimals: 4) } ?? .empty,
                    .integer(cell.complaints), .number(cell.complaintShareOfItems, decimals: 4),
                    .text(cell.complaintTest?.significance.rawValue ?? "notTested"),
                    cell.complaintTest.map { .number($0.adjustedPValue, decimals: 4) } ?? .empty,
                    .number(cell.praiseShareOfItems, decimals: 4), .text(cell.praiseTest?.significance.rawValue ?? "notTested"),
                    cell.praiseTest.map { .number($0.adjustedPValue, decimals: 4) } ?? .empty,
                    .text(document.producedBy.short),
                ])
            }
        }
        return Array(csv.text.utf8)
    }

    // MARK: compare.md

    public func markdown() -> [UInt8] {
        var md = MarkdownDocument()
        md.heading("Verbatim comparison: " + groups.joined(separator: " vs "))
        md.paragraph("Grouping: \(document.grouping).")
        md.heading("Groups", level: 2)
        md.table(header: ["group", "respondents", "answers", "negative", "NPS", "CSAT", "complaint rate"],
                 rows: comparison.groups.map { g in
                     [g.name, ReportText.count(g.respondents), ReportText.count(g.items), ReportText.percent(g.sentiment.negativeShare),
                      ReportText.kpiValue(g.nps) + Self.mark(g.npsTest), ReportText.kpiValue(g.csat) + Self.mark(g.csatTest),
                      ReportText.kpiValue(g.complaintRate)]
                 }, numericColumns: [1, 2, 3, 4, 5, 6])
        md.heading("Strengths and weaknesses", level: 2)
        for g in comparison.groups {
            md.heading(g.name, level: 3)
            let lines = g.strengths.map { "Strength: " + $0.text } + g.weaknesses.map { "Weakness: " + $0.text }
            if lines.isEmpty { md.paragraph("No significant difference from the others.") } else { md.bulletList(lines) }
        }
        md.heading("Complaint share of answers by theme", level: 2)
        md.table(header: ["theme"] + groups,
                 rows: themes.map { t in [text.theme(id: t.theme)] + t.cells.map { ReportText.percent($0.complaintShareOfItems) + Self.mark($0.complaintTest) } },
                 numericColumns: Set(1...max(1, groups.count)))
        md.heading("Net sentiment by theme", level: 2)
        md.table(header: ["theme"] + groups,
                 rows: themes.map { t in [text.theme(id: t.theme)] + t.cells.map { ReportText.optionalSigned($0.netSentiment) } },
                 numericColumns: Set(1...max(1, groups.count)))
        md.heading("Input", level: 2)
        md.bulletList(document.inputs.map { i in
            let t = i.input.totals
            return "\(i.group): read \(ReportText.count(t.read)) = analysed \(ReportText.count(t.analyzed)) + skipped \(ReportText.count(t.skipped)) + duplicates \(ReportText.count(t.duplicates))"
                + (ReportText.textsNotRemembered(i.input).map { " (\($0))" } ?? "")
        } + (document.withoutGroup > 0 ? ["\(ReportText.count(document.withoutGroup)) records in no compared group (no value for the grouping field, or a group too small)"] : [])
            + (document.smallGroups.isEmpty ? [] : ["Too small to compare: " + document.smallGroups.joined(separator: ", ")]))
        md.heading("Method", level: 2)
        md.bulletList(method)
        md.provenance(provenance)
        return Array(md.render().utf8)
    }

    // MARK: compare.html

    public func html() -> [UInt8] {
        var page = HTMLPage(title: "Verbatim comparison", lang: "en")
        page.subtitle = groups.joined(separator: " vs ") + " — grouped by " + document.grouping
        page.provenance = provenance
        page.append(HTMLSection(id: "groups", title: "Groups") { c in
            var table = HTMLTable(header: ["Group", "Respondents", "Answers", "Negative", "NPS", "CSAT", "Complaint rate"], numericColumns: [1, 2, 3, 4, 5, 6])
            for g in comparison.groups {
                table.append([.text(g.name), .integer(g.respondents), .integer(g.items), .numericText(ReportText.percent(g.sentiment.negativeShare)),
                              .numericText(ReportText.kpiValue(g.nps) + Self.mark(g.npsTest)),
                              .numericText(ReportText.kpiValue(g.csat) + Self.mark(g.csatTest)),
                              .numericText(ReportText.kpiValue(g.complaintRate))])
            }
            c.table(table)
            let chart = StackedBarChart(title: "Sentiment of answers by group", categories: StackedBarChart.sentimentCategories(),
                                        rows: comparison.groups.map { .init(label: $0.name, values: [Double($0.sentiment.positive), Double($0.sentiment.neutral), Double($0.sentiment.negative)], note: ReportText.count($0.sentiment.total)) })
            c.figure(chart.render(), caption: "Positive, neutral and negative answers per group.")
        })
        page.append(HTMLSection(id: "findings", title: "Strengths and weaknesses") { c in
            for g in comparison.groups {
                c.heading(g.name)
                let lines = g.strengths.map { "Strength: " + $0.text } + g.weaknesses.map { "Weakness: " + $0.text }
                if lines.isEmpty { c.paragraph("No significant difference from the others.") } else { c.list(lines) }
            }
        })
        page.append(HTMLSection(id: "themes", title: "Themes side by side") { c in
            let complaintChart = GroupedBarChart(
                title: "Complaint share of answers (%)", categories: themes.map { text.theme(id: $0.theme) }, groups: groups,
                values: themes.map { $0.cells.map { $0.complaintShareOfItems * 100 } }, valueDecimals: 1)
            c.figure(complaintChart.render(), caption: "Complaints about each theme as a % of each group's answers.")
            let netChart = GroupedBarChart(
                title: "Net sentiment by theme", categories: themes.map { text.theme(id: $0.theme) }, groups: groups,
                values: themes.map { $0.cells.map(\.netSentiment) }, valueDecimals: 2)
            c.figure(netChart.render(), caption: "(positive − negative) ÷ mentions, −1 … +1.")
            var table = HTMLTable(header: ["Theme"] + groups.flatMap { ["\($0): share", "\($0): complaints", "\($0): net"] },
                                  numericColumns: Set(1...max(1, groups.count * 3)))
            for t in themes {
                table.append([.text(text.theme(id: t.theme))] + t.cells.flatMap { cell -> [HTMLTable.Cell] in
                    [.numericText(ReportText.percent(cell.share)),
                     .numericText(ReportText.percent(cell.complaintShareOfItems) + Self.mark(cell.complaintTest)),
                     .numericText(ReportText.optionalSigned(cell.netSentiment))]
                })
            }
            c.table(table)
            c.note("▲ / ▼: significantly higher / lower than the other groups pooled (Holm-corrected).")
        })
        page.append(HTMLSection(id: "input", title: "Input") { c in
            c.list(document.inputs.map { i in
                let t = i.input.totals
                return "\(i.group): read \(ReportText.count(t.read)) = analysed \(ReportText.count(t.analyzed)) + skipped \(ReportText.count(t.skipped)) + duplicates \(ReportText.count(t.duplicates))"
                + (ReportText.textsNotRemembered(i.input).map { " (\($0))" } ?? "")
            } + (document.withoutGroup > 0 ? ["\(ReportText.count(document.withoutGroup)) records in no compared group (no value for the grouping field, or a group too small)"] : [])
            + (document.smallGroups.isEmpty ? [] : ["Too small to compare: " + document.smallGroups.joined(separator: ", ")]))
        })
        page.append(HTMLSection(id: "method", title: "Method") { c in
            c.details(summary: "How groups are compared") { d in d.list(method) }
        })
        return Array(page.render().utf8)
    }
}
