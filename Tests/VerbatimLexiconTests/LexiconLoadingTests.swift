import Foundation
import Testing
import VerbatimModel
@testable import VerbatimLexicon

@Suite struct LexiconLoadingTests {
    func write(_ files: [String: String]) -> String {
        let dir = Paths.temporaryDirectory()
        for (rel, content) in files {
            let url = dir.appendingPathComponent(rel)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! content.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    static let header = "# verbatim-lexicon 1\n# kind: sentiment\n# language: zh\n# version: t\n# source: test\n"

    @Test func malformedLineFailsTheLoadNamingFileAndLine() throws {
        let dir = write(["zh/sentiment.tsv": Self.header + "满意\t2.1\n太慢\t-1.8\tword\textra\n"])
        #expect {
            _ = try Lexicon.load(directories: [dir])
        } throws: { error in
            let e = error as! LexiconError
            return e.path.hasSuffix("zh/sentiment.tsv") && e.line == 7 && e.code == .fieldCount
                && e.description.contains("sentiment.tsv:7: error: expected 2 to 3 TAB-separated fields (term valence [kind]), found 4")
        }
    }

    /// An unknown complaint strength or response action names the allowed spellings.
    @Test func unknownChoiceListsTheAllowedValues() {
        func header(_ kind: String) -> String { "# verbatim-lexicon 1\n# kind: \(kind)\n# language: en\n# version: t\n# source: test\n" }
        let dir = write([
            "en/complaints.tsv": header("complaints") + "refund\tmaybe\n",
            "en/responses.tsv": header("responses") + "owner reply:\tdrop\n",
        ])
        let (_, problems) = Lexicon.compile(directories: [dir])
        let messages = problems.filter { $0.code == .badValue && $0.line == 6 }.map(\.message).sorted()
        #expect(messages == ["complaint strength 'maybe' must be strong, weak or none", "response action 'drop' must be cut or none"])
    }

    @Test func badNumberAndRangeAreReported() {
        let dir = write(["zh/sentiment.tsv": Self.header + "好\tgood\n坏\t-9\n"])
        let (_, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.contains { $0.line == 6 && $0.code == .badNumber })
        #expect(problems.contains { $0.line == 7 && $0.code == .outOfRange })
    }

    @Test func byteOrderMarkIsTolerated() throws {
        let lexicon = try Lexicon.load(directories: [write(["zh/sentiment.tsv": "\u{FEFF}" + Self.header + "满意\t2.1\n"])])
        #expect(lexicon.roles(ofTerm: "满意")?.valence == 2.1)
    }

    @Test func missingFormatLineIsAnError() {
        let (_, problems) = Lexicon.compile(directories: [write(["zh/sentiment.tsv": "满意\t2.1\n"])])
        #expect(problems.contains { $0.code == .missingHeader && $0.line == 1 })
    }

    @Test func duplicatesAndConflictsAreFoundByLint() {
        let dir = write(["zh/sentiment.tsv": Self.header + "好\t1.9\n好\t1.9\n满意\t2\n满意\t-2\n"])
        let (_, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.contains { $0.code == .duplicate && $0.severity == .warning && $0.line == 7 })
        #expect(problems.contains { $0.code == .conflict && $0.severity == .error && $0.line == 9 })
    }

    @Test func unknownThemeIdIsAnError() {
        let dir = write([
            "themes/themes.tsv": "# verbatim-lexicon 1\n# kind: themes\n# language: mul\n# version: t\nprice\tPrice\t价格\tprice\t价格\n",
            "en/aspect_sentiment.tsv": "# verbatim-lexicon 1\n# kind: aspect-sentiment\n# language: en\n# version: t\ncheap\tprice\t1.5\ncheap\tqualty\t-2\n",
        ])
        let (_, problems) = Lexicon.compile(directories: [dir])
        #expect(problems.filter { $0.code == .unknownTheme }.map(\.line) == [6])
    }

    @Test func laterDirectoriesOverrideEarlierOnes() throws {
        let user = write(["zh/sentiment.tsv": Self.header + "好\t-1\n新词\t2.5\n"])
        let lexicon = try Lexicon.load(directories: [Paths.fixtureLexicon, user])
        #expect(lexicon.roles(ofTerm: "好")?.valence == -1)
        #expect(lexicon.roles(ofTerm: "新词")?.valence == 2.5)
        #expect(lexicon.roles(ofTerm: "满意")?.valence == 2.1)  // untouched entries stay
    }

    @Test func termsAreNormalizedLikeText() throws {
        let dir = write(["zh/sentiment.tsv": Self.header + "滿意\t2\nＧＯＯＤ\t1.9\n"])
        let lexicon = try Lexicon.load(directories: [dir])
        #expect(lexicon.roles(ofTerm: "满意") != nil)
        #expect(lexicon.roles(ofTerm: "good") != nil)
    }

    @Test func packsOverrideTheCoreOnlyInTheirDomain() throws {
        let lexicon = try Lexicon.load(directories: [Paths.fixtureLexicon])
        let restaurant = try #require(lexicon.domainIndex("restaurant"))
        #expect(lexicon.roles(ofTerm: "slow")?.valence == -1.2)
        #expect(lexicon.roles(ofTerm: "slow", domain: restaurant)?.valence == -2)
        #expect(lexicon.roles(ofTerm: "油腻") == nil)
        #expect(lexicon.roles(ofTerm: "油腻", domain: restaurant)?.valence == -2)
    }

    @Test func fingerprintIsStable() throws {
        let a = try Lexicon.load(directories: [Paths.fixtureLexicon])
        let b = try Lexicon.load(directories: [Paths.fixtureLexicon])
        #expect(a.fingerprint == b.fingerprint && a.fingerprint.count == 16)
    }

    /// Partials made on machines with the lexicon elsewhere must still merge.
    @Test func fingerprintIgnoresWhereTheFolderIsButNotItsContent() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-lexicon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Paths.fixtureLexicon), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let original = try Lexicon.load(directories: [Paths.fixtureLexicon])
        #expect(try Lexicon.load(directories: [copy.path]).fingerprint == original.fingerprint)
        let file = try #require(FileManager.default.enumerator(atPath: copy.path)?.compactMap { $0 as? String }.first { $0.hasSuffix(".tsv") })
        let handle = try FileHandle(forWritingTo: copy.appendingPathComponent(file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(try Lexicon.load(directories: [copy.path]).fingerprint != original.fingerprint)
    }
}
