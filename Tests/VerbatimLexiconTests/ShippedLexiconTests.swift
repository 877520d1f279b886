import Testing
import VerbatimModel
@testable import VerbatimLexicon

/// The lexicons we ship: they must load, lint clean and hold what the product promises.
@Suite struct ShippedLexiconTests {
    @Test func shippedLexiconHasNoLintErrors() {
        let (lexicon, problems) = Lexicon.compile(directories: [Paths.shippedLexicon])
        let errors = problems.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
        #expect(lexicon != nil)
    }

    @Test func shippedLexiconHasAtLeast6000ScoredEntriesPerLanguage() throws {
        let lexicon = try Lexicon.load(directories: [Paths.shippedLexicon])
        let counts = lexicon.scoredTermCounts()
        #expect(counts[.en, default: 0] >= 6000, "en: \(counts[.en, default: 0])")
        #expect(counts[.zh, default: 0] >= 6000, "zh: \(counts[.zh, default: 0])")
    }

    @Test func requiredThemesExistAsTopLevelThemes() throws {
        let lexicon = try Lexicon.load(directories: [Paths.shippedLexicon])
        let required = [
            "price", "value", "quality", "delivery", "packaging", "service", "staff", "wait_time", "refund_returns",
            "billing", "booking", "cancellation", "delay", "baggage", "cleanliness", "food", "ambience", "location",
            "room", "usability", "performance", "reliability", "account_login", "privacy", "communication",
        ]
        let top = Set(lexicon.themes.filter { $0.ref.subtheme == nil && $0.pack == nil }.map(\.ref.id))
        for id in required { #expect(top.contains(id), "missing theme \(id)") }
        #expect(top.count >= 25)
        for theme in lexicon.themes where theme.ref.subtheme == nil && theme.pack == nil {
            #expect(!theme.termsEn.isEmpty && !theme.termsZh.isEmpty, "\(theme.ref) needs English and Chinese terms")
        }
    }

    @Test func domainPacksExist() throws {
        let lexicon = try Lexicon.load(directories: [Paths.shippedLexicon])
        for pack in ["ecommerce", "restaurant", "hotel", "airline", "app"] {
            #expect(lexicon.domainIndex(pack) != nil, "missing pack \(pack)")
        }
    }

    @Test func everyShippedFileDeclaresProvenance() {
        let (files, _) = LexiconDirectory.read(Paths.shippedLexicon)
        for (file, _) in files {
            #expect(file.source?.isEmpty == false, "\(file.path) has no '# source:' header")
            #expect(!file.version.isEmpty, "\(file.path) has no '# version:' header")
        }
    }
}
