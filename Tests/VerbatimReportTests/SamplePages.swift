import VerbatimReport

/// Pages and charts built with `text` in every place data can go.
enum SamplePages {
    static func charts(_ text: String) -> [Markup] {
        [
            HorizontalBarChart(title: text, bars: [
                .init(label: text, value: 0.31, valueText: text, secondary: -0.42, secondaryText: text),
                .init(label: "配送 Delivery", value: 0.12, secondary: 0.5),
                .init(label: "Price", value: .nan),
            ], valueAxisLabel: text, secondaryAxisLabel: text, description: text).render(),
            StackedBarChart(title: text, categories: StackedBarChart.sentimentCategories(positive: text),
                            rows: [.init(label: text, values: [10, 5, 20], note: text), .init(label: "empty", values: [0, 0, 0])],
                            description: text).render(),
            LineChart(title: text, periods: ["2026-01", text, "2026-03"],
                      series: [.init(name: text, values: [0.1, nil, 0.3], flagged: [2]), .init(name: "b", values: [0.2, 0.25, 0.1])],
                      yLabel: text, description: text).render(),
            Heatmap(title: text, rowLabels: [text, "Price"], columnLabels: [text, "B"],
                    cells: [[.init(value: -0.4, text: text, significant: true, tooltip: text), .init(value: 0.2)],
                            [.init(value: nil, text: text), .init(value: 1.5, text: "+1.50")]],
                    description: text).render(),
            GroupedBarChart(title: text, categories: [text, "Price"], groups: [text, "B"],
                            values: [[0.2, -0.1], [nil, 0.4]], valueTexts: [[text, "x"], ["y", "z"]],
                            description: text).render(),
        ]
    }

    static func page(_ text: String) -> HTMLPage {
        var page = HTMLPage(title: text, lang: text)
        page.subtitle = text
        page.tableOfContentsTitle = text
        page.append(HTMLSection(id: "summary", title: text) { c in
            c.heading(text, id: text)
            c.paragraph(text)
            c.paragraph(text, lang: text)
            c.note(text)
            c.list([text, "second"])
            c.kpis([KPITile(label: text, value: text, ci: text, note: text), KPITile(label: "Records", value: "1,204")])
        })
        page.append(HTMLSection(id: text, title: text) { c in
            var t = HTMLTable(header: [text, "n", "share"], caption: text, numericColumns: [2])
            t.append([.text(text), .integer(3), .number(0.256, decimals: 3)])
            t.append([.text("配送"), .numericText(text), .empty])
            c.table(t)
            c.table(HTMLTable(header: ["a"], textRows: [[text]]))
        })
        page.append(HTMLSection(id: "quotes", title: "Quotes") { c in
            c.quote(QuoteBlock(text: text, meta: text, lang: text, marks: [0..<3]))
            c.quotes([QuoteBlock(text: "送餐太慢了，" + text, meta: "r.csv:2", lang: "zh", marks: [6..<12])])
        })
        page.append(HTMLSection(id: "charts", title: "Charts") { c in
            for chart in charts(text) { c.figure(chart, caption: text) }
        })
        page.append(HTMLSection(id: "method", title: "Method") { c in
            c.details(summary: text) { d in
                d.paragraph(text)
                d.list([text])
            }
            c.markup(Markup(text: text))
        })
        page.provenance = Provenance(tool: text, version: text, lexicons: [text], options: [text], inputs: [text], notes: [text])
        return page
    }
}

extension SamplePages {
    /// A realistic bilingual page, for looking at (screenshots) and for the lead's golden tests.
    static func demo() -> HTMLPage {
        var page = HTMLPage(title: "Customer feedback — March 2026", lang: "en")
        page.subtitle = "1,204 records from 3 files (English 61%, 中文 39%)"
        page.append(HTMLSection(id: "summary", title: "Summary") { c in
            c.kpis([
                KPITile(label: "Net sentiment", value: "+0.23", ci: "95% CI +0.19 … +0.27", note: "n = 1,204"),
                KPITile(label: "Negative share", value: "28%", ci: "95% CI 25% … 31%"),
                KPITile(label: "Complaints", value: "192", note: "16% of records"),
                KPITile(label: "Mean rating", value: "3.9 / 5"),
            ])
            c.paragraph("Delivery complaints rose sharply in March; price perception improved.")
        })
        page.append(HTMLSection(id: "themes", title: "Themes 主题") { c in
            c.figure(HorizontalBarChart(title: "Themes by share of records", bars: [
                .init(label: "配送 Delivery", value: 0.31, valueText: "31%", secondary: -0.42),
                .init(label: "口味 Taste", value: 0.24, valueText: "24%", secondary: 0.55),
                .init(label: "Price / value for money", value: 0.18, valueText: "18%", secondary: 0.08),
                .init(label: "客服态度和处理投诉的速度都非常慢", value: 0.09, valueText: "9%", secondary: -0.71),
            ], valueAxisLabel: "Share of records", secondaryAxisLabel: "Net sentiment (−1 … +1)").render(),
                     caption: "Bars: share of records mentioning the theme. Right: net sentiment.")
            c.figure(StackedBarChart(title: "Sentiment by theme", categories: StackedBarChart.sentimentCategories(),
                                     rows: [.init(label: "配送 Delivery", values: [80, 40, 253], note: "n = 373"),
                                            .init(label: "口味 Taste", values: [190, 50, 49], note: "n = 289"),
                                            .init(label: "Price", values: [90, 70, 57], note: "n = 217")]).render())
            var t = HTMLTable(header: ["Theme", "Records", "Share", "Net sentiment"], caption: "Top themes")
            t.append([.text("配送 Delivery"), .integer(373), .numericText("31%"), .number(-0.42, decimals: 2)])
            t.append([.text("口味 Taste"), .integer(289), .numericText("24%"), .number(0.55, decimals: 2)])
            c.table(t)
        })
        page.append(HTMLSection(id: "trends", title: "Trends") { c in
            c.figure(LineChart(title: "Complaint share by month", periods: ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"],
                               series: [.init(name: "Late delivery 配送延迟", values: [0.08, 0.09, 0.07, 0.1, 0.12, 0.21], flagged: [5]),
                                        .init(name: "Cold food", values: [0.05, 0.06, nil, 0.05, 0.04, 0.05]),
                                        .init(name: "Rude staff", values: [0.03, 0.02, 0.03, 0.03, 0.02, 0.03])],
                               yLabel: "share of records").render(), caption: "▲ marks a significant rise.")
            c.figure(Heatmap(title: "Net sentiment by theme and brand", rowLabels: ["配送 Delivery", "口味 Taste", "Price"],
                             columnLabels: ["Brand A", "Brand B", "品牌C"],
                             cells: [[.init(value: -0.42, text: "-0.42", significant: true), .init(value: -0.1, text: "-0.10"), .init(value: 0.05, text: "+0.05")],
                                     [.init(value: 0.55, text: "+0.55"), .init(value: 0.61, text: "+0.61", significant: true), .init(value: nil, text: "n<30")],
                                     [.init(value: 0.08, text: "+0.08"), .init(value: -0.2, text: "-0.20"), .init(value: 0.3, text: "+0.30")]]).render())
            c.figure(GroupedBarChart(title: "Complaint share by brand", categories: ["配送 Delivery", "Price"], groups: ["Brand A", "Brand B", "品牌C"],
                                     values: [[0.21, 0.14, 0.1], [0.08, nil, 0.12]]).render())
        })
        page.append(HTMLSection(id: "quotes", title: "Quotes") { c in
            c.quote(QuoteBlock(text: "送餐太慢了，等了一个多小时，饭都凉了。", meta: "reviews.csv:12 · 2★ · 2026-03-02", lang: "zh", marks: [0..<15]))
            c.quote(QuoteBlock(text: "The delivery was late again and the soup was cold.", meta: "survey.xlsx row 88 · 1★", lang: "en", marks: [4..<12]))
        })
        page.append(HTMLSection(id: "method", title: "Method") { c in
            c.details(summary: "How sentiment is scored") { d in
                d.paragraph("Lexicon-based scoring with negation and contrast rules; confidence intervals by bootstrap.")
                d.list(["Neutral band ±0.05", "Themes from lexicon core 2025.06.0"])
            }
        })
        page.provenance = Provenance(version: "0.1.0", lexicons: ["core en 2025.06.0", "core zh 2025.06.0"],
                                     options: ["--neutral-band 0.05"], inputs: ["reviews.csv", "survey.xlsx"])
        return page
    }
}
