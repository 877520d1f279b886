import Foundation
import Testing
import VerbatimModel
@testable import VerbatimLexicon

/// Compiling works on bytes and term ids; these check it keeps the `String` semantics it replaced
/// (canonical equivalence, `String` order, lines and fields cut on `Character`s).
@Suite struct LexiconCompileSemanticsTests {
    func write(_ files: [String: String]) -> String {
        let dir = Paths.temporaryDirectory()
        for (rel, content) in files {
            let url = dir.appendingPathComponent(rel)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! content.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    static func header(_ language: String) -> String {
        "# verbatim-lexicon 1\n# kind: sentiment\n# language: \(language)\n# version: t\n# source: test\n"
    }

    @Test func canonicallyEquivalentSpellingsAreOneTerm() throws {
        let dir = write(["en/sentiment.tsv": Self.header("en") + "cafe\u{301}\t1\ncaf\u{E9}\t1\n"])
        let (lexicon, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.map(\.code) == [.duplicate])
        #expect(problems.first?.line == 7)
        let terms = try #require(lexicon).terms
        #expect(terms.count == 1)
        #expect(try #require(lexicon).roles(ofTerm: "caf\u{E9}")?.valence == 1)
    }

    @Test func termsAreInStringOrder() throws {
        let dir = write([
            "zh/sentiment.tsv": Self.header("zh") + "好\t2\n坏\t-2\n好吃\t2\n",
            "en/sentiment.tsv": Self.header("en") + "z\t1\n\u{E9}t\u{E9}\t1\n\u{1F600}\t2\nab\t1\n",
        ])
        for dirs in [[dir], [Paths.shippedLexicon]] {
            let lexicon = try Lexicon.load(directories: dirs)
            #expect(lexicon.terms == lexicon.terms.sorted())
            #expect(zip(lexicon.terms, lexicon.terms.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test func unsortedWarningFollowsStringOrder() {
        // 坏 (U+574F) sorts before 好 (U+597D).
        let dir = write(["zh/sentiment.tsv": Self.header("zh") + "好\t2\n坏\t-2\n"])
        let (_, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.map(\.code) == [.unsorted])
        #expect(problems.first?.line == 7)
        #expect(problems.first?.message == "entries are not sorted by term ('坏' after '好')")
    }

    /// What parsing did when it split the decoded `String` (kept as the reference).
    static func characterLines(_ text: String) -> [(number: Int, fields: [String])] {
        var lines: [(Int, [String])] = []
        var number = 0
        // Every LF ends a line (also one after a CR: "\r\n" is one Character, so split on scalars).
        for raw in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(String(String.UnicodeScalarView(raw)))
            if line.unicodeScalars.last == "\r" { line = Substring(String(line.unicodeScalars.dropLast())) }
            if number == 1 || line.hasPrefix("#") { continue }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lines.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return lines
    }

    @Test(arguments: [
        "a\t1\nb\t2\n",
        "a\t1\r\nb\t2\r\n\r\nc\t3",
        "a\t1\rb\t2\n\r\n\n",
        "#\u{FE0F}\u{20E3}\t1\n#\tcomment\n# x\n",
        " \u{301}\t1\n \t \n\t\n\u{301}\t2\n",
        "\t\tx\t\n好\t-1\r",
    ])
    func linesAndFieldsAreCutLikeCharacters(_ body: String) {
        let text = "# verbatim-lexicon 1\n" + body
        let file = LexiconFile.parse(Array(text.utf8), path: "t.tsv", pack: nil)
        let expected = Self.characterLines(text)
        #expect(file.lines.map(\.number) == expected.map(\.number))
        #expect(file.lines.map(\.fields) == expected.map(\.fields))
    }

    @Test func windowsLineEndsReadLikeUnixOnes() throws {
        let body = "好吃\t2\n难吃\t-2\n"
        let unix = write(["zh/sentiment.tsv": Self.header("zh") + body])
        let windows = write(["zh/sentiment.tsv": (Self.header("zh") + body).replacingOccurrences(of: "\n", with: "\r\n")])
        let a = try Lexicon.load(directories: [unix])
        let b = try Lexicon.load(directories: [windows])
        #expect(b.files.first?.entries == 2)
        #expect(a.terms == b.terms)
        #expect(b.roles(ofTerm: "难吃")?.valence == -2)
    }

    @Test func keycapHashIsATermNotAComment() throws {
        let dir = write(["emoji/sentiment.tsv": Self.header("mul") + "#\u{FE0F}\u{20E3}\t1\n"])
        let lexicon = try Lexicon.load(directories: [dir])
        #expect(lexicon.files.first?.entries == 1)
    }

    /// On trimmed ids, as the compiler passes them (the pattern's `$` would also allow a final "\n").
    @Test func themeIDCheckMatchesItsPattern() {
        let samples = ["delivery", "delivery/speed", "a_1/b_2", "", "/", "a/", "/a", "a/b/c", "A", "a b", "a-b", "é", "a\nb", "a//b", "_", "0/0"]
        for s in samples {
            let regex = s.range(of: #"^[a-z0-9_]+(/[a-z0-9_]+)?$"#, options: .regularExpression) != nil
            #expect(LexiconCompiler.isThemeID(s) == regex, "\(s.debugDescription)")
        }
    }

    @Test func trimmingMatchesTrimmedWhitespace() {
        let samples = ["", " ", "a", " a ", "\ta\n", "\u{3000}好\u{3000}", "好", "a\u{A0}", "\u{2028}", "a b", "\u{301}", " \u{301}"]
        for s in samples {
            #expect(trimWhitespace(s) == s.trimmedWhitespace, "\(s.debugDescription)")
            #expect(Array(trimWhitespace(s).utf8) == Array(s.trimmedWhitespace.utf8))
        }
    }

    @Test func termKeysAreTheNFCBytes() {
        #expect(TermTable.isKnownNFC(Array("slow 好吃 12".utf8)))
        #expect(!TermTable.isKnownNFC(Array("caf\u{E9}".utf8)))
        #expect(!TermTable.isKnownNFC(Array("か\u{3099}".utf8)))
        #expect(TermTable.canonicalBytes("cafe\u{301}") == Array("caf\u{E9}".utf8))
        #expect(TermTable.canonicalBytes("か\u{3099}") == Array("が".utf8))
        var table = TermTable()
        #expect(table.id("cafe\u{301}") == table.id("caf\u{E9}"))
        #expect(table.spellings == ["cafe\u{301}"])
    }
}
