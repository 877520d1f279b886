import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// A pack's own `rules.tsv` changes the rule constants in that pack's domain only.
@Suite struct PackRulesTests {
    static let header = "# verbatim-lexicon 1\n# kind: rules\n# language: mul\n# version: t\n# source: test\n"

    /// The fixture lexicon plus an overlay whose restaurant pack sets its own constants.
    func lexicon(_ packRules: String) throws -> Lexicon {
        let dir = Paths.temporaryDirectory().appendingPathComponent("packs/restaurant")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try (Self.header + packRules).write(to: dir.appendingPathComponent("rules.tsv"), atomically: true, encoding: .utf8)
        return try Lexicon.load(directories: [Paths.fixtureLexicon, dir.deletingLastPathComponent().deletingLastPathComponent().path])
    }

    @Test(arguments: [("this is not good", "good"), ("这个不好", "好")])
    func negationScalarFromThePackAppliesInItsDomainOnly(_ text: String, _ term: String) throws {
        let lexicon = try lexicon("negation_scalar\t-0.3\n")
        let restaurant = try #require(lexicon.domainIndex("restaurant"))
        let general = Analyzer(lexicon: lexicon).analyze(text).contributions.first { $0.term == term }
        let packed = Analyzer(lexicon: lexicon, options: AnalysisOptions(domain: .pack(restaurant))).analyze(text)
            .contributions.first { $0.term == term }
        let g = try #require(general)
        let p = try #require(packed)
        #expect(abs(g.valence - g.baseValence * -0.74) < 1e-9)  // the core's constant
        #expect(abs(p.valence - p.baseValence * -0.3) < 1e-9)
        #expect(lexicon.rules.negationScalar == -0.74)
    }

    @Test(arguments: ["the drinks never came", "饮料没有送"])
    func absenceValenceFromThePack(_ text: String) throws {
        let lexicon = try lexicon("absence_valence\t-3\n")
        let restaurant = try #require(lexicon.domainIndex("restaurant"))
        let packed = Analyzer(lexicon: lexicon, options: AnalysisOptions(domain: .pack(restaurant))).analyze(text)
        let c = try #require(packed.contributions.first { $0.rules.first == "absence (negates nothing)" })
        #expect(abs(c.valence - -3 * lexicon.rules.absenceUnnamedFactor) < 1e-9)
    }

    @Test func scoreScaleConstantsAreCoreOnly() throws {
        let dir = Paths.temporaryDirectory()
        let pack = dir.appendingPathComponent("packs/restaurant")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try (Self.header + "alpha\t10\nno_such_rule\t1\n").write(to: pack.appendingPathComponent("rules.tsv"), atomically: true, encoding: .utf8)
        let (_, problems) = Lexicon.compile(directories: [Paths.fixtureLexicon, dir.path])
        #expect(problems.contains { $0.line == 6 && $0.code == .badValue && $0.message.contains("core rules.tsv") })
        #expect(problems.contains { $0.line == 7 && $0.code == .unknownRule })
    }
}
