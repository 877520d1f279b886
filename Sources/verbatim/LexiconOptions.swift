import ArgumentParser
import Foundation
import VerbatimKit

/// Options every analysing command shares.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Overlay a lexicon directory (repeatable; later ones override earlier ones).", valueName: "DIR"))
    var overlays: [String] = []

    @Option(help: ArgumentHelp("Use this lexicon directory instead of the bundled one.", valueName: "DIR"))
    var lexiconRoot: String?

    @Option(help: "Domain pack: general, auto (per item, from cue words), or a pack name (ecommerce, restaurant, hotel, airline, app).")
    var domain: String = "general"

    @Option(help: "Language: auto (detected per item), en or zh (only that language's entries apply).")
    var lang: LanguageChoice = .auto

    /// The directories to load, core first.
    func directories() throws -> [String] {
        guard let root = lexiconRoot ?? LexiconLocator.bundledDirectory() else {
            printError("error: cannot find the bundled lexicons/ directory; pass --lexicon-root DIR or set VERBATIM_LEXICONS")
            throw ExitCodes.lexiconError
        }
        return [root] + overlays
    }

    /// Loads the lexicon and builds the analyzer, reporting problems on stderr.
    func analyzer() throws -> Analyzer {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.load(directories: try directories())
        } catch let error as LexiconError {
            printError(error.description)
            throw ExitCodes.lexiconError
        }
        guard let choice = DomainChoice(name: domain, lexicon: lexicon) else {
            throw ValidationError("unknown domain '\(domain)'; known: auto, \(lexicon.domains.joined(separator: ", "))")
        }
        return Analyzer(lexicon: lexicon, options: AnalysisOptions(domain: choice, language: lang))
    }
}

extension LanguageChoice: ExpressibleByArgument {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
