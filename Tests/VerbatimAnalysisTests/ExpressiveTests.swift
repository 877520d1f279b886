import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// `sentiment` entries of kind `expressive` (emoji, emoticons, laughter) are not negated:
/// they stand beside the negated statement, and the negator waits for the words after them.
@Suite struct ExpressiveTests {
    /// The fixture lexicon plus an overlay with expressive entries in both languages and a plain word.
    static let analyzer: Analyzer = {
        let overlay = Paths.temporaryDirectory()
        let head = "# verbatim-lexicon 1\n# kind: sentiment\n# version: t\n# source: test\n"
        for (lang, body) in [
            ("en", "funny\t1.5\nlol\t1.6\texpressive\n"), ("zh", "哈哈\t1.5\texpressive\n好笑\t1.5\tword\n"),
            ("emoji", ":)\t1.8\texpressive\n"),
        ] {
            let dir = overlay.appendingPathComponent(lang)
            try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try! (head + "# language: \(lang == "emoji" ? "mul" : lang)\n" + body).write(
                to: dir.appendingPathComponent("sentiment.tsv"), atomically: true, encoding: .utf8)
        }
        return Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon, overlay.path]))
    }()

    func valence(_ text: String, _ term: String) -> Double? {
        Self.analyzer.analyze(text).contributions.first { $0.term == term }?.valence
    }

    @Test(arguments: [("not today :)", ":)", 1.8), ("not today lol", "lol", 1.6), ("不哈哈", "哈哈", 1.5), ("没有哈哈", "哈哈", 1.5)])
    func expressiveTermsAreNotNegated(_ text: String, _ term: String, _ expected: Double) {
        #expect(valence(text, term) == expected)
        #expect(Self.analyzer.analyze(text).label == .pos)
    }

    @Test(arguments: [("not lol funny", "funny", "lol"), ("不哈哈好笑", "好笑", "哈哈"), ("not :) good", "good", ":)")])
    func theNegatorWaitsForTheWordAfterThem(_ text: String, _ word: String, _ expressive: String) throws {
        #expect(try #require(valence(text, word)) < 0)
        #expect(try #require(valence(text, expressive)) > 0)
    }

    @Test func aWordEntryIsStillNegated() throws {
        #expect(try #require(valence("not funny", "funny")) < 0)
        #expect(try #require(valence("不好笑", "好笑")) < 0)
    }

    @Test func theKindIsReadAndCheckedByTheLexicon() {
        #expect(Self.analyzer.lexicon.roles(ofTerm: "lol")?.expressive == true)
        #expect(Self.analyzer.lexicon.roles(ofTerm: "好笑")?.expressive == false)
        let dir = Paths.temporaryDirectory().appendingPathComponent("en")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! "# verbatim-lexicon 1\n# kind: sentiment\n# language: en\n# version: t\n# source: test\nlol\t1.6\tlaughter\n".write(
            to: dir.appendingPathComponent("sentiment.tsv"), atomically: true, encoding: .utf8)
        let (_, problems) = Lexicon.compile(directories: [dir.deletingLastPathComponent().path])
        #expect(problems.contains { $0.code == .badValue && $0.line == 6 && $0.message.contains("'word' or 'expressive'") })
    }
}
