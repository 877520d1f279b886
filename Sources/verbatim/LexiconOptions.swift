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
    func directories() throws -> [String] { try Self.directories(root: lexiconRoot, overlays: overlays) }

    /// The bundled lexicon (or `root`) followed by the overlays.
    static func directories(root: String?, overlays: [String]) throws -> [String] {
        guard let root = root ?? LexiconLocator.bundledDirectory() else {
            printError("error: cannot find the bundled lexicons/ directory; pass --lexicon-root DIR or set VERBATIM_LEXICONS")
            throw ExitCodes.lexiconError
        }
        return [root] + overlays
    }

    /// Loads a lexicon, reporting problems on stderr (exit code 4).
    static func load(root: String?, overlays: [String]) throws -> Lexicon {
        do {
            return try Lexicon.load(directories: try directories(root: root, overlays: overlays))
        } catch let error as LexiconError {
            printError(error.description)
            throw ExitCodes.lexiconError
        }
    }

    /// Loads the lexicon and builds the analyzer, reporting problems on stderr.
    /// - Parameter explanations: whether findings carry their explanation (only `explain` prints it).
    func analyzer(explanations: Bool = false) throws -> Analyzer {
        let lexicon = try Self.load(root: lexiconRoot, overlays: overlays)
        guard let choice = DomainChoice(name: domain, lexicon: lexicon) else {
            throw ValidationError("unknown domain '\(domain)'; known: auto, \(lexicon.domains.joined(separator: ", "))")
        }
        return Analyzer(lexicon: lexicon, options: AnalysisOptions(domain: choice, language: lang, explanations: explanations))
    }
}

extension LanguageChoice: ExpressibleByArgument {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
