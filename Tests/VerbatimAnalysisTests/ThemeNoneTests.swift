import Foundation
import Testing
import VerbatimLexicon
import VerbatimModel
@testable import VerbatimAnalysis

/// A `none` row of a `themes` file hides the theme terms inside its phrases from the analysis:
/// no theme mention, no theme sentiment, no absence against that theme.
@Suite struct ThemeNoneAnalysisTests {
    /// The fixture lexicon plus an overlay: `the place` is ambience, `the place to` a core `none`
    /// phrase, and the restaurant pack hides `food` in `food court`.
    static let lexicon: Lexicon = {
        let overlay = Paths.temporaryDirectory()
        let head = "# verbatim-lexicon 1\n# kind: themes\n# language: mul\n# version: t\n# source: test\n"
        for (rel, body) in [
            ("themes", "ambience\tAmbience\t环境\tthe place\t环境\nnone\t-\t-\tthe place to\t环境保护\n"),
            ("packs/restaurant", "none\t-\t-\tfood court\t-\n"),
        ] {
            let dir = overlay.appendingPathComponent(rel)
            try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try! (head + body).write(to: dir.appendingPathComponent("themes.tsv"), atomically: true, encoding: .utf8)
        }
        return try! Lexicon.load(directories: [Paths.fixtureLexicon, overlay.path])
    }()

    func themeIDs(_ text: String, domain: DomainChoice = .general) -> [String] {
        Analyzer(lexicon: Self.lexicon, options: AnalysisOptions(domain: domain)).analyze(text).themes.map(\.theme.id)
    }

    @Test func theLongerPhraseHidesTheThemeTerm() {
        #expect(themeIDs("the place to be, great") == [])
        #expect(themeIDs("loved the place") == ["ambience"])
        #expect(themeIDs("环境保护做得很好") == [])
        #expect(themeIDs("环境很好") == ["ambience"])
    }

    @Test func aPackNoneRowHidesInItsDomainOnly() throws {
        let restaurant = try #require(Self.lexicon.domainIndex("restaurant"))
        #expect(themeIDs("the food court was great") == ["food"])
        #expect(themeIDs("the food court was great", domain: .pack(restaurant)) == [])
        #expect(themeIDs("the place to be", domain: .pack(restaurant)) == [])  // the core row holds in the pack's domain
    }

    @Test func aHiddenTermIsNoAbsence() {
        // "not" before a hidden theme term counts as an unnamed absence, not one against ambience.
        let control = Analyzer(lexicon: Self.lexicon).analyze("not the place")
        #expect(control.contributions.contains { $0.rules.contains("absence of ambience") })
        let f = Analyzer(lexicon: Self.lexicon).analyze("not the place to be")
        #expect(f.contributions.contains { $0.rules.contains("absence (negates nothing)") })
        #expect(f.themes.isEmpty)
        #expect(!f.contributions.contains { $0.rules.contains { $0.hasPrefix("absence of") } })
    }
}
