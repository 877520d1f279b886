import Foundation
import Testing
import VerbatimTestSupport

/// `verbatim analyze` and `verbatim compare` as users run them.
@Suite struct AnalyzeCLITests {
    let cli = CLITests()
    static let outputs = ["items.jsonl", "summary.json", "themes.csv", "report.md", "report.html"]

    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-analyze-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A small hostile export: script in reviews, personal data, formula-looking brand names.
    private func hostileInput(in dir: URL) throws -> URL {
        let csv = dir.appendingPathComponent("hostile.csv")
        try Data("""
            id,brand,rating,date,region,review
            h1,=HYPERLINK("http://evil"),1,2026-01-05,North,"<script>alert('x')</script> delivery was late and the food cold"
            h2,=HYPERLINK("http://evil"),2,2026-01-09,South,"<img src=x onerror=alert(1)> 送餐太慢了，菜都凉了"
            h3,@SUM(A1),5,2026-02-02,North,"Great food, call me on 13812345678 or mail li.lei@example.com"
            h4,@SUM(A1),4,2026-02-11,South,"配送很快，服务很好，加我微信 wxid_abc123"
            h5,+cmd,1,2026-02-20,North,"\\"><svg onload=alert(2)> refund never arrived, terrible support"
            h6,+cmd,3,2026-03-01,South,"The room was clean but the wifi was slow"
            """.utf8).write(to: csv)
        return csv
    }

    @Test func analyzeWritesEveryOutputByteIdenticallyAcrossRunsAndJobs() throws {
        let corpora = Paths.root.appendingPathComponent("corpora").path
        let a = try tempDir(), b = try tempDir()
        let r1 = try cli.run(["analyze", corpora, "--out", a.path, "--domain", "auto", "--segment-by", "brand", "--jobs", "1", "--quiet"])
        #expect(r1.status == 0, "\(r1.stderr.suffix(500))")
        let r2 = try cli.run(["analyze", corpora, "--out", b.path, "--domain", "auto", "--segment-by", "brand", "--jobs", "2", "--quiet"])
        #expect(r2.status == 0)
        for name in Self.outputs {
            let x = try Data(contentsOf: a.appendingPathComponent(name))
            let y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between runs")
            #expect(x.count > 100, "\(name) is nearly empty")
        }
        // Nothing but the outputs (no temporary files left behind).
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.path).sorted() == Self.outputs.sorted())
        let summary = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: a.appendingPathComponent("summary.json"))) as? [String: Any])
        #expect(summary["schema"] as? String == "verbatim.summary/1")
        let html = try String(contentsOf: a.appendingPathComponent("report.html"), encoding: .utf8)
        for id in ["overview", "complaints", "themes", "trends", "segment-1", "coverage", "input", "method"] {
            #expect(html.contains("id=\"\(id)\""), "section \(id) missing")
        }
        #expect(!html.contains("<script"))
    }

    @Test func personalDataIsMaskedUnlessAskedAndFormulasAreNeutralized() throws {
        let dir = try tempDir()
        let input = try hostileInput(in: dir)
        let out = dir.appendingPathComponent("masked")
        let r = try cli.run(["analyze", input.path, "--out", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in Self.outputs {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("13812345678"), "\(name) leaks a phone number")
            #expect(!text.contains("li.lei@example.com"), "\(name) leaks an e-mail address")
            #expect(!text.contains("wxid_abc123"), "\(name) leaks a WeChat id")
        }
        let items = try String(contentsOf: out.appendingPathComponent("items.jsonl"), encoding: .utf8)
        #expect(items.contains("[phone]") && items.contains("[email]"))
        let kept = dir.appendingPathComponent("kept")
        #expect(try cli.run(["analyze", input.path, "--out", kept.path, "--quiet", "--no-redact"]).status == 0)
        #expect(try String(contentsOf: kept.appendingPathComponent("items.jsonl"), encoding: .utf8).contains("13812345678"))

        let compared = dir.appendingPathComponent("compare")
        let c = try cli.run(["compare", input.path, "--by", "brand", "--min-group", "1", "--out", compared.path, "--quiet"])
        #expect(c.status == 0, "\(c.stderr)")
        let csv = try String(contentsOf: compared.appendingPathComponent("compare.csv"), encoding: .utf8)
        for line in csv.split(separator: "\n").dropFirst() {
            for field in line.split(separator: ",") {
                let f = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                #expect(!(f.hasPrefix("=") || f.hasPrefix("@") || f.hasPrefix("+")), "formula-like cell: \(field)")
            }
        }
        #expect(csv.contains("'=HYPERLINK"))
    }

    @Test(.enabled(if: ChromiumRunner.shouldRun), .timeLimit(.minutes(3)))
    func reportsShowHostileReviewsAsTextInARealBrowser() throws {
        let chromium = try #require(ChromiumRunner.find(), "Chromium is required (VERBATIM_REQUIRE_CHROMIUM=1) but not installed")
        let dir = try tempDir()
        let input = try hostileInput(in: dir)
        let out = dir.appendingPathComponent("out")
        #expect(try cli.run(["analyze", input.path, "--out", out.path, "--quiet"]).status == 0)
        #expect(try cli.run(["compare", input.path, "--by", "brand", "--min-group", "1", "--out", out.path, "--quiet"]).status == 0)
        for (page, sections) in [("report.html", ["overview", "complaints", "trends", "coverage", "input", "method"]),
                                 ("compare.html", ["groups", "findings", "themes", "input", "method"])] {
            let dom = try chromium.dumpDOM(of: out.appendingPathComponent(page))
            #expect(!dom.contains("<script"), "\(page): a script element reached the DOM")
            #expect(!dom.contains("<img"), "\(page): an img element reached the DOM")
            #expect(dom.range(of: #"<[^>]+\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(page): an event handler attribute reached the DOM")
            for id in sections { #expect(dom.contains("id=\"\(id)\""), "\(page): section \(id) missing") }
            if page == "report.html" {
                #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;") || dom.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                        "the script text should show as text")
            }
        }
        let png = dir.appendingPathComponent("report.png")
        try chromium.screenshot(of: out.appendingPathComponent("report.html"), to: png)
        #expect(((try? Data(contentsOf: png))?.count ?? 0) > 10_000)
    }

    @Test func compareNeedsTwoGroupsAndNamesThem() throws {
        let bad = try cli.run(["compare", "--group", "A=x", "--out", "/tmp/x"])
        #expect(bad.status == 64)
        let dir = try tempDir()
        let input = try hostileInput(in: dir)
        let one = try cli.run(["compare", input.path, "--by", "region", "--min-group", "4", "--out", dir.appendingPathComponent("o").path, "--quiet"])
        #expect(one.status == 64)
        #expect(one.stderr.contains("needs at least two"))
    }
}

/// KPI inputs that come from options: order volume, retention periods, CSAT top box, period filters.
@Suite struct AnalyzeKPIOptionTests {
    let cli = CLITests()

    @Test func ordersRetentionAndPeriodOptionsReachTheSummary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-kpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let csv = dir.appendingPathComponent("r.csv")
        try Data("""
            id,created,answered,rating,recommend,comment
            a,2026-01-05 10:00,2026-01-05 11:00,5,10,Great food and fast delivery
            b,2026-01-20 09:00,2026-01-20 09:30,2,3,The delivery was late and the food was cold
            c,2026-02-03 12:00,2026-02-03 14:00,4,9,Friendly driver
            d,2026-03-10 08:00,2026-03-10 08:10,1,0,Refund never arrived
            """.utf8).write(to: csv)
        let retention = dir.appendingPathComponent("retention.csv")
        try Data("period,customers_at_start,customers_at_end,new_customers\n2026-01,200,210,30\n".utf8).write(to: retention)
        let out = dir.appendingPathComponent("out")
        let r = try cli.run(["analyze", csv.path, "--out", out.path, "--orders", "2000", "--retention", retention.path,
                             "--until", "2026-02-28", "--quiet", "--map", "answered=answered"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        #expect(doc["outsidePeriod"] as? Int == 1)  // record d is after --until
        let kpis = try #require((doc["analysis"] as? [String: Any])?["kpis"] as? [String: Any])
        func value(_ name: String) -> Double? { (kpis[name] as? [String: Any])?["value"] as? Double }
        // a, b, c: promoters a and c, detractor b → NPS (2 − 1) / 3 = +33.3 points.
        #expect(abs((value("nps") ?? 0) - 100.0 / 3) < 0.01)
        // CSAT top-2 of 1–5: a (5) and c (4) of three.
        #expect(abs((value("csat") ?? 0) - 2.0 / 3) < 0.0001)
        // Response times 3600, 1800, 7200 s: median 3600 (within the documented ±0.5 %).
        #expect(abs((value("responseTimeMedian") ?? 0) - 3600) <= 18)
        #expect(value("complaintsPerThousandOrders") != nil)
        let retentionKPIs = try #require(kpis["retention"] as? [[String: Any]])
        let rate = (retentionKPIs.first?["kpi"] as? [String: Any])?["value"] as? Double
        #expect(abs((rate ?? 0) - 0.9) < 0.0001)  // (210 − 30) / 200
    }
}
