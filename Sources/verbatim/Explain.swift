import ArgumentParser
import Foundation
import VerbatimKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how one text is scored: clauses, matched terms, rules applied, themes, complaint."
    )

    @Argument(help: "The text to explain.")
    var text: String

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print the breakdown as JSON.")
    var json = false

    func run() throws {
        let finding = try lexicon.analyzer(explanations: true).analyze(text)
        print(json ? ExplanationRenderer.json(finding) : ExplanationRenderer.text(finding), terminator: "")
    }
}
