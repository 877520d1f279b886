import Foundation
import Testing

/// `verbatim analyze --partial` and `verbatim merge` as users run them.
///
/// The bundled corpora are split by folder into three disjoint shards
/// (delivery; hotels; social + sample-reviews.jsonl). No duplicate text spans
/// two shards (112 duplicates in one run = 100 + 10 + 2 in the shards), so the
/// merge must reproduce the single run exactly — input accounting included —
/// except for the documented difference: provenance lists the shards' inputs
/// (`data/delivery, …`) where the single run lists `data`. Cross-shard
/// duplicates, which merge cannot see, are therefore not exercised here.
@Suite struct MergeCLITests {
    let cli = CLITests()
    static let reports = ["summary.json", "themes.csv", "report.md", "report.html"]
    static let options = ["--domain", "auto", "--segment-by", "region", "--quiet"]

    /// A copy of the corpora's feedback files (no README, no hidden folder) with one
    /// `analyze` over all of it and one partial per shard, made once for the suite.
    struct Fixture {
        let dir: URL
        let single: URL
        let partials: [String]

        static let shared: Result<Fixture, Error> = Result { try Fixture() }

        init() throws {
            let cli = CLITests()
            dir = Paths.temporaryDirectory()
            let data = dir.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let corpora = Paths.root.appendingPathComponent("corpora")
            for name in ["delivery", "hotels", "social", "sample-reviews.jsonl"] {
                try FileManager.default.copyItem(at: corpora.appendingPathComponent(name), to: data.appendingPathComponent(name))
            }
            single = dir.appendingPathComponent("single")
            let r = try cli.run(["analyze", "data", "--out", "single"] + MergeCLITests.options, in: dir)
            guard r.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
            let shards = [["data/delivery"], ["data/hotels"], ["data/social", "data/sample-reviews.jsonl"]]
            var partials: [String] = []
            for (i, shard) in shards.enumerated() {
                let name = "part-\(i).json"
                let p = try cli.run(["analyze"] + shard + ["--partial", name] + MergeCLITests.options, in: dir)
                guard p.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: p.stderr]) }
                partials.append(name)
            }
            self.partials = partials
        }

        func read(_ folder: String, _ name: String) throws -> Data {
            try Data(contentsOf: dir.appendingPathComponent(folder).appendingPathComponent(name))
        }
    }

    private func fixture() throws -> Fixture { try Fixture.shared.get() }

    /// Replaces the provenance inputs (the one documented difference) in a report's text.
    private func withoutInputs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("_Inputs: ") { return "_Inputs: …_  " }
            if let r = line.range(of: "<p>Inputs: ") {
                let end = line[r.upperBound...].range(of: "</p>")!.lowerBound
                return line[..<r.upperBound] + "…" + line[end...]
            }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test func mergedPartialsGiveTheReportsOfOneRun() throws {
        let f = try fixture()
        let r = try cli.run(["merge"] + f.partials + ["--out", "merged"], in: f.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("total: read 1591 = analyzed 1478 + skipped 1 + duplicates 112"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.dir.appendingPathComponent("merged").path).sorted() == Self.reports.sorted())

        #expect(try f.read("merged", "themes.csv") == f.read("single", "themes.csv"))
        let one = try #require(JSONSerialization.jsonObject(with: f.read("single", "summary.json")) as? [String: Any])
        var merged = try #require(JSONSerialization.jsonObject(with: f.read("merged", "summary.json")) as? [String: Any])
        for key in ["analysis", "input", "outsidePeriod", "schema"] {
            #expect(NSDictionary(dictionary: [key: merged[key] as Any]).isEqual(to: [key: one[key] as Any]), "summary.json \(key) differs")
        }
        var producedBy = try #require(merged["producedBy"] as? [String: Any])
        #expect(producedBy["inputs"] as? [String] == ["data/delivery", "data/hotels", "data/sample-reviews.jsonl", "data/social"])
        producedBy["inputs"] = ["data"]
        merged["producedBy"] = producedBy
        #expect(NSDictionary(dictionary: merged).isEqual(to: one), "summary.json differs beyond provenance inputs")

        for name in ["report.md", "report.html"] {
            let a = String(decoding: try f.read("single", name), as: UTF8.self)
            let b = String(decoding: try f.read("merged", name), as: UTF8.self)
            #expect(a != b, "\(name): the inputs line should name the shards")
            #expect(withoutInputs(a) == withoutInputs(b), "\(name) differs beyond the inputs line")
        }
    }

    @Test func mergeOrderDoesNotMatter() throws {
        let f = try fixture()
        let p = f.partials
        let a = try cli.run(["merge", p[0], p[1], p[2], "--out", "abc", "--period", "week", "--partial", "abc.json"], in: f.dir)
        let b = try cli.run(["merge", p[2], p[0], p[1], "--out", "cab", "--period", "week", "--partial", "cab.json"], in: f.dir)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        for name in Self.reports {
            #expect(try f.read("abc", name) == f.read("cab", name), "\(name) depends on the merge order")
        }
        #expect(try Data(contentsOf: f.dir.appendingPathComponent("abc.json")) == Data(contentsOf: f.dir.appendingPathComponent("cab.json")))
    }

    @Test func mergingInStagesEqualsMergingAtOnce() throws {
        let f = try fixture()
        let p = f.partials
        let stage = try cli.run(["merge", p[1], p[2], "--partial", "stage.json"], in: f.dir)
        #expect(stage.status == 0, "\(stage.stderr)")
        let staged = try cli.run(["merge", "stage.json", p[0], "--out", "staged"], in: f.dir)
        let direct = try cli.run(["merge"] + p + ["--out", "direct"], in: f.dir)
        #expect(staged.status == 0 && direct.status == 0)
        for name in Self.reports {
            #expect(try f.read("staged", name) == f.read("direct", name), "\(name) differs when merged in stages")
        }
    }

    @Test func partialsWithOtherOptionsAreRefused() throws {
        let f = try fixture()
        let other = try cli.run(["analyze", "data/social", "--partial", "other.json", "--domain", "auto", "--quiet"], in: f.dir)
        #expect(other.status == 0, "\(other.stderr)")
        let r = try cli.run(["merge", f.partials[0], "other.json", "--out", "refused"], in: f.dir)
        #expect(r.status == 6)
        #expect(r.stderr.contains("other.json: options"), "\(r.stderr)")
        #expect(r.stderr.contains("--segment-by region"))
        #expect(!FileManager.default.fileExists(atPath: f.dir.appendingPathComponent("refused").path))
    }

    @Test func damagedOrMissingPartialsAreReported() throws {
        let f = try fixture()
        try Data("{\"schema\":\"verbatim.summary/1\"}".utf8).write(to: f.dir.appendingPathComponent("summary-not-partial.json"))
        try Data("garbage".utf8).write(to: f.dir.appendingPathComponent("garbage.json"))
        let full = try f.read("", f.partials[0])
        try full.prefix(full.count / 2).write(to: f.dir.appendingPathComponent("truncated.json"))

        let wrong = try cli.run(["merge", "summary-not-partial.json", "--out", "x"], in: f.dir)
        #expect(wrong.status == 6 && wrong.stderr.contains("expected 'verbatim.partial/1'"), "\(wrong.stderr)")
        let garbage = try cli.run(["merge", "garbage.json", "--out", "x"], in: f.dir)
        #expect(garbage.status == 6 && garbage.stderr.contains("garbage.json: not a partial"), "\(garbage.stderr)")
        let truncated = try cli.run(["merge", "truncated.json", "--out", "x"], in: f.dir)
        #expect(truncated.status == 6 && truncated.stderr.contains("truncated.json"), "\(truncated.stderr)")
        let missing = try cli.run(["merge", "missing.json", "--out", "x"], in: f.dir)
        #expect(missing.status == 2 && missing.stderr.contains("missing.json: error: cannot open the partial"))
    }

    @Test func analyzeNeedsOutOrPartial() throws {
        let f = try fixture()
        let r = try cli.run(["analyze", "data/social", "--quiet"], in: f.dir)
        #expect(r.status == 64)
        #expect(r.stderr.contains("give --out DIR, --partial FILE, or both"))
        let m = try cli.run(["merge", f.partials[0]], in: f.dir)
        #expect(m.status == 64)
    }
}
