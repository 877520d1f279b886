import VerbatimModel

/// How one item mentions a theme: the findings for a theme id (any
/// subtheme) or for one exact theme/subtheme, combined.
///
/// The item's sentiment toward the theme is the mean of the matching
/// findings' sentiments; its label is `pos` when some finding is positive
/// and none negative, `neg` the other way round, otherwise `neu` (mixed or
/// neutral).
struct ThemeMention: Sendable, Hashable {
    var sentiment: Double
    var label: SentimentLabel
    var evidence: [String]

    init(_ findings: [ThemeFinding]) {
        let values = findings.map { FixedPoint.unit($0.sentiment) }
        sentiment = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        let pos = findings.contains { $0.label == .pos }
        let neg = findings.contains { $0.label == .neg }
        label = pos && !neg ? .pos : neg && !pos ? .neg : .neu
        evidence = findings.flatMap(\.evidence)
    }

    /// Mentions keyed by theme ref: each theme id (subtheme nil) and each exact
    /// theme/subtheme, sorted by ref.
    static func byRef(_ findings: [ThemeFinding]) -> [(ThemeRef, ThemeMention)] {
        var groups: [ThemeRef: [ThemeFinding]] = [:]
        for f in findings {
            groups[ThemeRef(id: f.theme.id), default: []].append(f)
            if f.theme.subtheme != nil { groups[f.theme, default: []].append(f) }
        }
        return groups.keys.sorted().map { ($0, ThemeMention(groups[$0]!)) }
    }

    /// Labels keyed by theme id only.
    static func byID(_ findings: [ThemeFinding]) -> [(String, SentimentLabel)] {
        var groups: [String: [ThemeFinding]] = [:]
        for f in findings { groups[f.theme.id, default: []].append(f) }
        return groups.keys.sorted().map { ($0, ThemeMention(groups[$0]!).label) }
    }
}
