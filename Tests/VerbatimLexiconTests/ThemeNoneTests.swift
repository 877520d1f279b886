import Foundation
import Testing
import VerbatimKit
import VerbatimModel
@testable import VerbatimLexicon

/// `none` rows of `themes` files: set phrases in the theme lane that name no theme and hide the
/// shorter theme terms inside them, with the usual core / pack precedence.
@Suite struct ThemeNoneTests {
    static let header = "# verbatim-lexicon 1\n# kind: themes\n# language: mul\n# version: t\n# source: test\n"

    /// A lexicon directory from relative paths and file bodies (each body gets the themes header).
    static func directory(_ files: [String: String]) -> String {
        let dir = Paths.temporaryDirectory()
        for (rel, body) in files {
            let url = dir.appendingPathComponent(rel)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! (header + body).write(to: url, atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// Core: `the place` is ambience, `the place to` and 环境保护 are `none`. Pack `restaurant`:
    /// `food court` is `none` there only, and `the place to` gets a theme of the pack's own.
    static let overlay = directory([
        "themes/themes.tsv": """
            ambience\tAmbience\t环境\tthe place|atmosphere\t环境
            none\t-\t-\tthe place to\t环境保护

            """,
        "packs/restaurant/themes.tsv": """
            none\t-\t-\tfood court\t-
            occasion\tOccasion\t场合\tthe place to\t-

            """,
    ])

    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon, overlay])

    /// Theme ids of the theme-lane matches of a text (a `none` match gives none).
    func themes(_ text: String, domain: Int = 0) -> [String] {
        let l = Self.lexicon
        return l.match(l.normalizer.normalize(text), domain: domain).themes.flatMap { l.roles($0).themes.map(\.id) }
    }

    @Test func aCoreNoneRowHidesTheShorterTermEverywhereButWhereAPackGivesItThemes() throws {
        #expect(themes("the place to be") == [])
        #expect(themes("loved the place") == ["ambience"])
        #expect(themes("the place, to be honest") == ["ambience"])  // "the place to" needs its words in a row
        #expect(themes("注意环境保护") == [])
        #expect(themes("环境很好") == ["ambience"])
        let roles = try #require(Self.lexicon.roles(ofTerm: "the place to"))
        #expect(roles.hidesThemes && roles.themes.isEmpty && roles.isIn(.theme))
        // The pack lists `the place to`: its themes decide in that domain.
        let restaurant = try #require(Self.lexicon.domainIndex("restaurant"))
        #expect(themes("the place to be", domain: restaurant) == ["occasion"])
        #expect(Self.lexicon.roles(ofTerm: "the place to", domain: restaurant)?.hidesThemes == false)
    }

    @Test func aPackNoneRowHidesOnlyInItsDomain() throws {
        let restaurant = try #require(Self.lexicon.domainIndex("restaurant"))
        #expect(themes("the food court was busy") == ["food"])
        #expect(themes("the food court was busy", domain: restaurant) == [])
        #expect(themes("the food was great", domain: restaurant) == ["food"])
    }

    @Test func noneIsNoTheme() throws {
        #expect(!Self.lexicon.themes.contains { $0.ref.id == "none" })
        #expect(Self.lexicon.theme(ThemeRef(id: "none")) == nil)
        let stats = LexiconReport.stats(Self.lexicon)
        #expect(stats.contains("  ambience\t"))
        #expect(!stats.contains("  none\t"))
        for r in 0..<Self.lexicon.roleCount {
            #expect(!Self.lexicon.roles(at: Int32(r)).themes.contains { $0.id == "none" })
        }
    }

    @Test func lintAcceptsNoneAndWarnsWhenATermIsBothNoneAndATheme() {
        // (The fixture lexicon alone has unsorted-file warnings on purpose: check the overlay.)
        let (_, clean) = Lexicon.compile(directories: [Self.overlay])
        #expect(clean.isEmpty, "\(clean)")
        // Either order of the rows: the warning is on the later one.
        let theme = "ambience\tAmbience\t环境\tthe place\t-\n"
        let none = "none\t-\t-\tthe place|the place to\t-\n"
        for body in [theme + none, none + theme] {
            let (lexicon, problems) = Lexicon.compile(directories: [Self.directory(["themes/themes.tsv": body])])
            #expect(problems.map(\.code) == [.conflict])
            #expect(problems.first?.severity == .warning)
            #expect(problems.first?.line == 7)
            #expect(problems.first?.message.contains("'the place'") == true)
            #expect(problems.first?.message.contains("'ambience'") == true)
            // The real theme wins.
            #expect(lexicon?.roles(ofTerm: "the place")?.themes == [ThemeRef(id: "ambience")])
            #expect(lexicon?.roles(ofTerm: "the place to")?.hidesThemes == true)
        }
        #expect(LexiconReport.lint(directories: [Self.overlay]).errors == 0)
    }

    @Test(arguments: ["none/place", "place/none"])
    func noneIsNoThemeIDOrSubtheme(_ id: String) {
        let dir = Self.directory(["themes/themes.tsv": "place\tPlace\t地方\tplace\t-\n\(id)\tx\tx\tthe place\t-\n"])
        let (_, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.contains { $0.code == .badValue && $0.severity == .error && $0.line == 7 })
    }

    @Test func theShippedRestaurantPackHidesThePlaceInRecommendations() throws {
        let shipped = try Lexicon.load(directories: [Paths.shippedLexicon])
        let restaurant = try #require(shipped.domainIndex("restaurant"))
        func ambience(_ text: String) -> Bool {
            shipped.match(shipped.normalizer.normalize(text), domain: restaurant).themes.contains {
                shipped.roles($0).themes.contains { $0.id == "ambience" }
            }
        }
        #expect(!ambience("this is the place to go for pho"))
        #expect(ambience("we loved the place"))
    }
}
