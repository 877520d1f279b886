/// The numbers behind the scoring rules, overridable in `lexicons/rules.tsv`.
///
/// Defaults follow VADER (Hutto & Gilbert, ICWSM 2014) where VADER has the
/// rule: `B_INCR = 0.293`, `N_SCALAR = -0.74`, `C_INCR = 0.733` for CAPS,
/// 0.292 per `!` up to 4, `but` weighting 0.5 / 1.5, normalization α = 15.
public struct RuleConstants: Sendable, Hashable {
    /// Multiplier for a negated positive term (VADER `N_SCALAR`).
    public var negationScalar = -0.74
    /// Multiplier for a negated negative term: "not bad" is mildly positive, not glowing.
    public var negationScalarNegative = -0.5
    /// Added to the size of a term written in CAPITALS in mixed-case text (VADER `C_INCR`).
    public var capsEmphasis = 0.733
    /// Added to the size of an elongated term (`soooo good`).
    public var elongationEmphasis = 0.293
    /// Added to the size of the item sum per `!` (VADER), up to `exclamationMax`.
    public var exclamationStep = 0.292
    public var exclamationMax = 4.0
    /// Modifiers reach this many tokens ahead; farther ones count less (VADER: 1, 0.95, 0.9).
    public var modifierWindow = 3.0
    public var modifierDecay = 0.05
    /// Default negator scope in tokens when a negator line gives none.
    public var negatorScope = 3.0
    /// Questions: positive terms in a question clause are weakened more than negative ones
    /// ("is it good?" says little; "why is it so slow?" is still a complaint).
    public var questionPositive = 0.3
    public var questionNegative = 0.8
    /// Valence of "absence": a negator that negates no sentiment term, followed in its
    /// scope by a theme term (没有筷子, "no response") is a negative mention of that theme.
    public var absenceValence = -1.5
    /// Share of `absenceValence` counted for a negator that negates nothing and has no
    /// theme term in its scope (还没送到, "didn't get it", "no!"): a milder signal.
    public var absenceUnnamedFactor = 0.5
    /// Normalization S / sqrt(S² + α) (VADER).
    public var alpha = 15.0
    /// |score| below this is neutral.
    public var neutralBand = 0.05

    public init() {}

    /// Names as written in `rules.tsv`.
    public static let names: [String] = [
        "negation_scalar", "negation_scalar_negative", "caps_emphasis", "elongation_emphasis",
        "exclamation_step", "exclamation_max", "modifier_window", "modifier_decay", "negator_scope",
        "question_positive", "question_negative", "absence_valence", "absence_unnamed_factor", "alpha",
        "neutral_band",
    ]

    /// Constants only the core `rules.tsv` may set: they define the score scale and the
    /// neutral band, which must be the same in every domain for scores to compare.
    public static let globalNames: Set<String> = ["alpha", "neutral_band"]

    /// Sets a constant by name; false when the name is unknown.
    public mutating func set(_ name: String, _ value: Double) -> Bool {
        switch name {
        case "negation_scalar": negationScalar = value
        case "negation_scalar_negative": negationScalarNegative = value
        case "caps_emphasis": capsEmphasis = value
        case "elongation_emphasis": elongationEmphasis = value
        case "exclamation_step": exclamationStep = value
        case "exclamation_max": exclamationMax = value
        case "modifier_window": modifierWindow = value
        case "modifier_decay": modifierDecay = value
        case "negator_scope": negatorScope = value
        case "question_positive": questionPositive = value
        case "question_negative": questionNegative = value
        case "absence_valence": absenceValence = value
        case "absence_unnamed_factor": absenceUnnamedFactor = value
        case "alpha": alpha = value
        case "neutral_band": neutralBand = value
        default: return false
        }
        return true
    }
}
