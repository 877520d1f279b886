import ArgumentParser
import Foundation
import VerbatimKit

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and count lexicon files.",
        subcommands: [Lint.self, Stats.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report malformed lines (file:line), duplicates, conflicting scores and unknown theme ids.",
            discussion: "Given directories are checked as overlays on the bundled lexicon (unless --alone). Exit code 4 when errors are found."
        )

        @Argument(help: "Lexicon directories to check (default: the bundled one).")
        var directories: [String] = []

        @Flag(help: "Check the directories on their own, without the bundled lexicon underneath.")
        var alone = false

        @Option(help: ArgumentHelp("Use this lexicon directory instead of the bundled one.", valueName: "DIR"))
        var lexiconRoot: String?

        func run() throws {
            var dirs = directories
            if !alone || dirs.isEmpty {
                guard let root = lexiconRoot ?? LexiconLocator.bundledDirectory() else {
                    printError("error: cannot find the bundled lexicons/ directory; pass --lexicon-root DIR")
                    throw ExitCodes.lexiconError
                }
                if !dirs.contains(root) { dirs.insert(root, at: 0) }
            }
            let report = LexiconReport.lint(directories: dirs)
            print(report.text, terminator: "")
            if report.errors > 0 { throw ExitCodes.lexiconError }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count entries per file, language and theme.")

        @OptionGroup var lexicon: LexiconOptions

        func run() throws {
            print(LexiconReport.stats(try lexicon.analyzer().lexicon), terminator: "")
        }
    }
}
