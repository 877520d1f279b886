import VerbatimKit
import ArgumentParser

/// The `verbatim` command: a thin layer over VerbatimKit.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Sentiment, themes and complaints in English and Chinese customer feedback.",
        version: VerbatimVersion.string,
        subcommands: [Analyze.self, Annotate.self, Compare.self, Explain.self, Ingest.self, Inspect.self, LexiconCommand.self, Merge.self]
    )
}

/// Exit codes, documented in README.md.
enum ExitCodes {
    /// An input file could not be opened or read.
    static let unreadableInput = ExitCode(2)
    /// `--strict` stopped at a bad input line or record.
    static let badLine = ExitCode(3)
    /// The lexicon failed to load, or lint found errors.
    static let lexiconError = ExitCode(4)
    /// An output file could not be written.
    static let unwritableOutput = ExitCode(5)
    /// `merge`: a partial is damaged, or partials were made with another Verbatim version, lexicon or options.
    static let partialsIncompatible = ExitCode(6)
}
