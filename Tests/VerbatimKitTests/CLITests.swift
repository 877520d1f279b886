import Foundation
import Testing

/// The `verbatim` executable as users run it: help text, exit codes, streams.
@Suite struct CLITests {
    static var binary: String {
        // Tests run from the build directory that also holds the `verbatim` executable.
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("verbatim").path) && dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("verbatim").path
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ args: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A full disk is reported with exit 5, not a crash (it trapped inside `FileHandle.write` before).
    @Test func annotateReportsAnUnwritableStandardOutput() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }  // Linux only
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["annotate", "-"]
        let input = Pipe()
        let err = Pipe()
        p.standardInput = input
        p.standardOutput = full
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data("great food\nslow delivery\n".utf8))
        try input.fileHandleForWriting.close()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 5)
        #expect(e.contains("annotate: error: cannot write standard output (No space left on device)"), "\(e)")
    }

    @Test func topLevelHelpListsTheCommands() throws {
        let r = try run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout == """
            OVERVIEW: Sentiment, themes and complaints in English and Chinese customer
            feedback.

            USAGE: verbatim <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              analyze                 Analyze feedback files and write theme reports:
                                      items, themes, KPIs, trends, segments.
              annotate                Annotate JSON Lines or plain text lines: one JSON
                                      object out per line in, in order.
              compare                 Compare brands (or stores, channels…) side by side,
                                      with significance tests.
              explain                 Show how one text is scored: clauses, matched terms,
                                      rules applied, themes, complaint.
              ingest                  Read feedback files of any supported format into
                                      normalized JSON Lines records.
              inspect                 Show what Verbatim sees in feedback files: format,
                                      encoding, column roles, counts, first records.
              lexicon                 Check and count lexicon files.
              merge                   Merge partial analyses (analyze --partial) into the
                                      reports of one run over all their inputs.

              See 'verbatim help <subcommand>' for detailed help.

            """)
    }

    @Test func annotateStreamsStdinAndCountsBadLines() throws {
        let r = try run(["annotate", "--lexicon-root", Paths.fixtureLexicon], stdin: "good\n{bad\n")
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stderr.contains("<stdin>:2: error: invalid JSON"))
        #expect(r.stderr.contains("annotate: 2 line(s), 1 annotated, 1 bad"))
    }

    @Test func strictExitsWithCode3() throws {
        let r = try run(["annotate", "--strict", "--lexicon-root", Paths.fixtureLexicon], stdin: "good\n{bad\nok\n")
        #expect(r.status == 3)
        #expect(r.stdout.split(separator: "\n").count == 2)
    }

    @Test func missingInputFileExitsWithCode2() throws {
        let r = try run(["annotate", "/nonexistent/x.jsonl", "--lexicon-root", Paths.fixtureLexicon])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/x.jsonl: error: cannot open"))
    }

    @Test func brokenLexiconExitsWithCode4NamingFileAndLine() throws {
        let dir = Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("en"), withIntermediateDirectories: true)
        try "# verbatim-lexicon 1\n# kind: sentiment\n# language: en\n# version: t\ngood\t1.9\tword\tx\n"
            .write(to: dir.appendingPathComponent("en/sentiment.tsv"), atomically: true, encoding: .utf8)
        let r = try run(["explain", "good", "--lexicon-root", Paths.fixtureLexicon, "--lexicon", dir.path])
        #expect(r.status == 4)
        #expect(r.stderr.contains("en/sentiment.tsv:5: error: expected 2 to 3 TAB-separated fields"))
    }

    @Test func unknownDomainIsAUsageError() throws {
        let r = try run(["explain", "good", "--domain", "spaceships", "--lexicon-root", Paths.fixtureLexicon])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown domain 'spaceships'"))
    }

    @Test func explainShowsRulesAndJSON() throws {
        let text = try run(["explain", "not very good", "--lexicon-root", Paths.fixtureLexicon])
        #expect(text.stdout.contains("good  [good]  base +1.900 → -0.950  (negated by not very ×-0.5)"))
        let json = try run(["explain", "not very good", "--json", "--lexicon-root", Paths.fixtureLexicon])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["label"] as? String == "neg")
    }

    @Test func lexiconLintAndStats() throws {
        let lint = try run(["lexicon", "lint", "--lexicon-root", Paths.fixtureLexicon])
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("0 error(s)"))
        let stats = try run(["lexicon", "stats", "--lexicon-root", Paths.fixtureLexicon])
        #expect(stats.stdout.contains("domains: general, restaurant"))
    }
}
