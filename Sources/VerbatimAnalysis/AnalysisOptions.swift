import VerbatimLexicon
import VerbatimModel

/// Which domain pack an analysis uses.
public enum DomainChoice: Sendable, Hashable {
    /// The core lexicon only.
    case general
    /// A pack, by its index in `Lexicon.domains`.
    case pack(Int)
    /// Per item, the pack whose cue words occur most (general when none or a tie).
    case auto
}

/// How the item's language is decided.
public enum LanguageChoice: String, Sendable, Hashable, CaseIterable {
    /// Detected from the script; all lexicons apply.
    case auto
    /// English (and emoji) entries only; reported as `en`.
    case en
    /// Chinese (and emoji) entries only; reported as `zh`.
    case zh
}

/// Options of one analysis run.
public struct AnalysisOptions: Sendable, Hashable {
    public var domain: DomainChoice
    public var language: LanguageChoice
    /// Whether findings carry their explanation: `contributions` with the
    /// rules applied to each term, `clauses`, `complaintReason`. Scores,
    /// labels, themes, evidence and the complaint flag are the same either
    /// way; `annotate` and `analyze` turn this off because building the
    /// explanation's strings cost more than the analysis itself (callgrind,
    /// Benchmarks/perf/profile).
    public var explanations: Bool

    public init(domain: DomainChoice = .general, language: LanguageChoice = .auto, explanations: Bool = true) {
        self.domain = domain
        self.language = language
        self.explanations = explanations
    }
}

extension DomainChoice {
    /// The choice a domain name means: `general`, `auto`, or a pack of `lexicon`; nil when unknown.
    ///
    /// ```swift
    /// DomainChoice(name: "hotel", lexicon: lexicon) // .pack(i)
    /// ```
    public init?(name: String, lexicon: Lexicon) {
        switch name {
        case "general": self = .general
        case "auto": self = .auto
        default:
            guard let i = lexicon.domainIndex(name) else { return nil }
            self = .pack(i)
        }
    }
}
