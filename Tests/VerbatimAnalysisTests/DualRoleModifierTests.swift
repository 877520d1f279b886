import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// A word that is both a sentiment term and an intensifier ("damn", 贼 "thief" / "very") intensifies
/// a sentiment term that follows it within reach, and counts on its own only when none follows.
@Suite struct DualRoleModifierTests {
    static let analyzer: Analyzer = {
        let overlay = Paths.temporaryDirectory()
        func write(_ rel: String, _ kind: String, _ lang: String, _ body: String) {
            let url = overlay.appendingPathComponent(rel)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! "# verbatim-lexicon 1\n# kind: \(kind)\n# language: \(lang)\n# version: t\n# source: test\n\(body)"
                .write(to: url, atomically: true, encoding: .utf8)
        }
        write("en/sentiment.tsv", "sentiment", "en", "damn\t-1.2\n")
        write("en/modifiers.tsv", "modifiers", "en", "damn\t0.293\n")
        write("zh/sentiment.tsv", "sentiment", "zh", "贼\t-1.5\n")
        write("zh/modifiers.tsv", "modifiers", "zh", "贼\t0.3\n")
        return Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon, overlay.path]))
    }()

    @Test(arguments: [("this is damn good", "damn", "good"), ("这个贼好", "贼", "好")])
    func intensifiesTheSentimentTermAfterIt(_ text: String, _ word: String, _ term: String) throws {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .pos)
        #expect(!f.contributions.contains { $0.term == word })  // it does not count itself
        let c = try #require(f.contributions.first { $0.term == term })
        #expect(c.valence > c.baseValence && c.rules.contains { $0.hasPrefix("intensified by") })
    }

    @Test(arguments: [("damn, it rained", "damn"), ("被贼偷了", "贼")])
    func countsOnItsOwnWhenNoSentimentTermFollows(_ text: String, _ word: String) throws {
        let f = Self.analyzer.analyze(text)
        let c = try #require(f.contributions.first { $0.term == word })
        #expect(c.valence < 0 && f.label == .neg)
    }
}
