import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// The `responses` rule: a reply by the business appended to a review is not the customer's voice.
@Suite struct ResponseCutTests {
    /// The fixture lexicon plus an overlay with reply markers in both languages.
    static let analyzer: Analyzer = {
        let overlay = Paths.temporaryDirectory()
        let head = "# verbatim-lexicon 1\n# kind: responses\n# version: t\n# source: test\n"
        for (lang, body) in [("zh", "宾馆反馈\tcut\n看到宾馆反馈\tnone\n"), ("en", "response from the owner:\tcut\n")] {
            let dir = overlay.appendingPathComponent(lang)
            try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try! (head + "# language: \(lang)\n" + body).write(
                to: dir.appendingPathComponent("responses.tsv"), atomically: true, encoding: .utf8)
        }
        return Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon, overlay.path]))
    }()

    @Test(arguments: [
        ("the food was terrible. Response from the owner: thank you, we are great and the service is great", "food"),
        ("菜很差。宾馆反馈2008年8月5日：感谢您，服务很好，菜很好", "food"),
    ])
    func textAfterAReplyMarkerIsIgnored(_ text: String, _ theme: String) {
        let f = Self.analyzer.analyze(text)
        #expect(f.label == .neg)
        #expect(f.themes.map(\.theme.id) == [theme])  // `service` is only named in the reply
        #expect(f.contributions.allSatisfy { $0.valence < 0 })
    }

    @Test(arguments: ["Response from the owner: great service", "宾馆反馈：服务很好"])
    func aMarkerAtTheStartCutsNothing(_ text: String) {
        #expect(Self.analyzer.analyze(text).label == .pos)
    }

    @Test func aNonePhraseHidesTheMarker() {
        // The customer quotes the reply: 看到宾馆反馈 is a `none` phrase, so the rest still counts.
        #expect(Self.analyzer.analyze("菜很差，看到宾馆反馈说服务很好很好很好").label == .pos)
    }

    @Test func aBadActionIsALintError() {
        let dir = Paths.temporaryDirectory().appendingPathComponent("en")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! "# verbatim-lexicon 1\n# kind: responses\n# language: en\n# version: t\n# source: test\nowner reply:\tdrop\n".write(
            to: dir.appendingPathComponent("responses.tsv"), atomically: true, encoding: .utf8)
        let (_, problems) = Lexicon.compile(directories: [dir.deletingLastPathComponent().path])
        #expect(problems.contains { $0.line == 6 && $0.code == .badValue && $0.message.contains("cut or none") })
    }
}
