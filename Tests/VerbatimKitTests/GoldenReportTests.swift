import Foundation
import Testing

/// `analyze` and `compare` over the bundled corpora, compared whole with the
/// expected reports in Fixtures/Expected. After a deliberate change (lexicon
/// data, wording), regenerate them with `VERBATIM_UPDATE_GOLDEN=1 swift test
/// --filter GoldenReportTests` and review the diff.
@Suite struct GoldenReportTests {
    let cli = CLITests()
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Expected")
    static var updating: Bool { ProcessInfo.processInfo.environment["VERBATIM_UPDATE_GOLDEN"] == "1" }

    private func compare(_ produced: URL, _ golden: String) throws {
        let goldenURL = Self.expected.appendingPathComponent(golden)
        let actual = try Data(contentsOf: produced)
        if Self.updating {
            try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: goldenURL)
            return
        }
        let wanted = try Data(contentsOf: goldenURL)
        if actual != wanted {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let w = String(decoding: wanted, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, w).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, w.count)
            Issue.record("\(golden) differs from the expected file at line \(line + 1):\n  got:    \(line < a.count ? String(a[line]) : "<end>")\n  wanted: \(line < w.count ? String(w[line]) : "<end>")")
        }
    }

    @Test func analyzeOverTheBundledCorporaMatchesTheExpectedReport() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-golden-\(UUID().uuidString)")
        let r = try cli.run(["analyze", "corpora", "--out", out.path, "--domain", "auto", "--segment-by", "region", "--quiet"], in: Paths.root)
        #expect(r.status == 0, "\(r.stderr.suffix(400))")
        try compare(out.appendingPathComponent("report.md"), "analyze-corpora/report.md")
        try compare(out.appendingPathComponent("themes.csv"), "analyze-corpora/themes.csv")
    }

    @Test func compareOverTheBundledCorporaMatchesTheExpectedReport() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-golden-\(UUID().uuidString)")
        let r = try cli.run(["compare", "corpora/delivery", "--by", "brand", "--alias", "快点到=DashBite", "--alias", "饭来了=Fanlai Eats",
                             "--alias", "跳跳盒=Hopbox", "--out", out.path, "--domain", "auto", "--quiet", "--excel"], in: Paths.root)
        #expect(r.status == 0, "\(r.stderr.suffix(400))")
        try compare(out.appendingPathComponent("compare.md"), "compare-corpora/compare.md")
        try compare(out.appendingPathComponent("compare.csv"), "compare-corpora/compare.csv")
        // --excel: a byte order mark and CRLF line ends.
        let csv = try Data(contentsOf: out.appendingPathComponent("compare.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n"))
    }
}
