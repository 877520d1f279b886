import Foundation
import Testing

/// `verbatim ingest` and `verbatim inspect` as users run them.
@Suite struct IngestCLITests {
    let cli = CLITests()

    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func ingestWritesRecordsAtomicallyAndASummaryThatReconciles() throws {
        let dir = try tempDir()
        let csv = dir.appendingPathComponent("in/reviews.csv")
        try FileManager.default.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("""
            id,rating,date,region,comment
            r1,5,2026-03-02,North,"Great food, fast delivery"
            r2,2,2026-03-03,South,"送餐太慢了，菜都凉了"
            r3,1,2026-03-04,South,"Great food, fast delivery"
            r4,4,2026-03-05,North,
            r5,3,2026-03-06,East,"never closed quote
            """.utf8).write(to: csv)
        let out = dir.appendingPathComponent("out/records.jsonl")
        let r = try cli.run(["ingest", dir.appendingPathComponent("in").path, "--out", out.path])
        #expect(r.status == 0)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"id":"r1","text":"Great food, fast delivery""#))
        #expect(lines[2].contains(#""text":null"#))
        #expect(r.stderr.contains("reviews.csv:6: error:"))
        #expect(r.stderr.contains("total: read 5 = analyzed 3 + skipped 1 + duplicates 1 (1 exact, 0 normalized); 1 without text"))
        let summaryURL = dir.appendingPathComponent("out/records.summary.json")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: summaryURL)) as? [String: Any])
        #expect(summary["schema"] as? String == "verbatim.ingest-summary/1")
        let totals = try #require(summary["totals"] as? [String: Any])
        #expect(totals["read"] as? Int == 5 && totals["analyzed"] as? Int == 3 && totals["skipped"] as? Int == 1)
        // No temporary files are left beside the outputs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path).sorted() == ["records.jsonl", "records.summary.json"])
    }

    @Test func ingestIsByteIdenticalAcrossRuns() throws {
        let a = try cli.run(["ingest", Paths.root.appendingPathComponent("corpora").path])
        let b = try cli.run(["ingest", Paths.root.appendingPathComponent("corpora").path])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.split(separator: "\n").count > 1000)
        #expect(a.stderr.contains("skipped 1"))  // the deliberately broken GB18030 row
    }

    @Test func ingestPipesIntoAnnotateLineForLine() throws {
        let dir = try tempDir()
        let tsv = dir.appendingPathComponent("r.tsv")
        try Data("评论\t评分\n菜很好吃，但是送餐太慢了\t3\n服务态度非常好\t5\n".utf8).write(to: tsv)
        let ingested = try cli.run(["ingest", tsv.path])
        #expect(ingested.status == 0)
        let annotated = try cli.run(["annotate", "-", "--lexicon-root", Paths.fixtureLexicon], stdin: ingested.stdout)
        let lines = annotated.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":""# + tsv.path + #":2","lang":"zh""#))
    }

    @Test func strictStopsAtTheFirstSkippedRecordAndWritesNothing() throws {
        let dir = try tempDir()
        let json = dir.appendingPathComponent("r.jsonl")
        try Data("{\"text\":\"ok\"}\n{broken\n{\"text\":\"fine\"}\n".utf8).write(to: json)
        let out = dir.appendingPathComponent("o.jsonl")
        let r = try cli.run(["ingest", json.path, "--strict", "--out", out.path])
        #expect(r.status == 3)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aMissingInputIsFatalAndBadOptionsAreUsageErrors() throws {
        let missing = try cli.run(["ingest", "/no/such/dir"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/dir: error: no such file or folder [I001]"))
        let badMap = try cli.run(["ingest", "-", "--map", "colour=Comment"])
        #expect(badMap.status == 64)
        let badEncoding = try cli.run(["ingest", "-", "--encoding", "ebcdic"])
        #expect(badEncoding.status == 64)
    }

    @Test func inspectShowsFormatEncodingRolesAndFirstRecords() throws {
        let file = Paths.root.appendingPathComponent("corpora/hotels/tencent-survey.csv").path
        let r = try cli.run(["inspect", file, "--records", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("format: csv"))
        #expect(r.stdout.contains("encoding: utf-8"))
        #expect(r.stdout.contains("preset: tencent-survey"))
        #expect(r.stdout.contains("column 编号: id"))
        #expect(r.stdout.contains("record 1: {"))
    }
}
