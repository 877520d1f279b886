import VerbatimModel

/// What a contrast marker does to the sentiment around it.
public struct ContrastRule: Sendable, Hashable {
    /// Weight of the sentiment before the marker (`but`) or of the marker's own clause (`although`).
    public var before: Double
    /// Weight of the sentiment after the marker (`but`) or of the rest of the sentence (`although`).
    public var after: Double
    /// `although`-type (concessive) markers weaken their own clause, not the preceding ones.
    public var concessive: Bool
}

/// Why an irrealis marker changes the sentiment that follows it in its clause.
public enum IrrealisEffect: String, Sendable, Hashable, CaseIterable {
    case suppress, flip, rhetorical, nearmiss
}

/// An irrealis marker: condition, wish, disappointed expectation, rhetorical question, near miss.
public struct IrrealisRule: Sendable, Hashable {
    public var effect: IrrealisEffect
    public var factor: Double
}

/// A negator and how far it reaches.
public struct NegatorRule: Sendable, Hashable {
    /// Tokens after the negator it can reach (English words; Chinese characters or matched terms).
    public var scope: Int
    /// Custom multiplier (weak negators such as 不太 / "not very"); nil uses the rules' defaults.
    public var scalar: Double?
}

/// How strongly a marker signals a complaint.
public enum ComplaintStrength: String, Sendable, Hashable, CaseIterable {
    /// Always a complaint (投诉, 12315, "cancel my account").
    case strong
    /// A complaint only when the item is not positive (退款, "refund").
    case weak
    /// A set phrase that hides a marker ("no complaints").
    case none
}

/// What a reply marker does.
public enum ResponseAction: String, Sendable, Hashable, CaseIterable {
    /// The text from the marker to the end is a reply by the business: it is ignored.
    case cut
    /// A set phrase that hides a shorter marker (the customer quoting a reply).
    case none
}

/// A valence that applies only when the clause mentions a theme.
public struct AspectValence: Sendable, Hashable {
    public var theme: ThemeRef
    public var valence: Double
}

/// Everything the lexicon says about one term in one domain.
public struct TermRoles: Sendable, Hashable {
    public var term: String
    public var language: LexiconLanguage
    public var valence: Double?
    /// `path:line` of the valence, for explanations.
    public var valenceSource: String?
    /// A `sentiment` entry of kind `expressive` (emoji, emoticons, laughter: "lol", "哈哈"): it shows the
    /// writer's mood beside what they say, so negators do not flip it ("not today :)").
    public var expressive = false
    public var modifier: Double?
    /// A politeness formula (thanks, 谢谢): counts only when nothing else in the item carries sentiment.
    public var politeness: Double?
    public var negator: NegatorRule?
    public var contrast: ContrastRule?
    public var irrealis: IrrealisRule?
    public var aspects: [AspectValence] = []
    public var themes: [ThemeRef] = []
    /// A theme-lane `none` entry (a `themes` row with id `none`): the term takes part in the theme
    /// lane's longest match but names no theme, so it hides shorter theme terms inside it
    /// ("the place to" hides the ambience term "the place"). `themes` is then empty.
    public var hidesThemes = false
    public var complaint: ComplaintStrength?
    /// A marker of a reply by the business appended to the feedback (`responses` files).
    public var response: ResponseAction?
    /// Packs this term suggests (cue words for `--domain auto`).
    public var cues: [Int] = []

    /// Lanes: longest match is decided separately in each, so a phrase can
    /// be a sentiment term and hold a theme term at the same time.
    public enum Lane: Int, CaseIterable, Sendable { case polarity = 0, theme, complaint, cue }

    public func isIn(_ lane: Lane) -> Bool {
        switch lane {
        case .polarity:
            return valence != nil || politeness != nil || modifier != nil || negator != nil || contrast != nil || irrealis != nil
                || !aspects.isEmpty || response != nil
        case .theme: return !themes.isEmpty || hidesThemes
        case .complaint: return complaint != nil
        case .cue: return !cues.isEmpty
        }
    }

    var laneMask: UInt8 {
        var m: UInt8 = 0
        for lane in Lane.allCases where isIn(lane) { m |= 1 << UInt8(lane.rawValue) }
        return m
    }
}
