/// The library's front door: load lexicons once, then analyze texts.
///
/// ```swift
/// import VerbatimKit
///
/// let pipeline = try Pipeline(domain: "restaurant")
/// let finding = pipeline.analyze("菜很好吃，但是送餐太慢了")
/// print(finding.label, finding.complaint)  // neg true
/// for theme in finding.themes { print(theme.theme, theme.label) }  // food … pos, delivery … neg
/// ```
///
/// See also: `Analyzer` for the scoring rules, `Lexicon` for the data.
public struct Pipeline: Sendable {
    public let analyzer: Analyzer

    /// Loads the bundled lexicons (or `lexiconRoot`) plus any overlays.
    /// - Parameters:
    ///   - domain: `general`, `auto`, or a pack name.
    ///   - language: `.auto`, `.en` or `.zh`.
    /// - Throws: `LexiconError` for a bad lexicon line or missing directory, or an unknown domain.
    public init(
        lexiconRoot: String? = nil, overlays: [String] = [], domain: String = "general", language: LanguageChoice = .auto
    ) throws(LexiconError) {
        guard let root = lexiconRoot ?? LexiconLocator.bundledDirectory() else {
            throw LexiconError(path: "lexicons", line: 0, code: .noLexicon, message: "cannot find the bundled lexicons/ directory")
        }
        let lexicon = try Lexicon.load(directories: [root] + overlays)
        guard let choice = DomainChoice(name: domain, lexicon: lexicon) else {
            throw LexiconError(path: root, line: 0, code: .badValue, message: "unknown domain '\(domain)'")
        }
        analyzer = Analyzer(lexicon: lexicon, options: AnalysisOptions(domain: choice, language: language))
    }

    /// Analyzes one text.
    public func analyze(_ text: String) -> Finding { analyzer.analyze(text) }
}
