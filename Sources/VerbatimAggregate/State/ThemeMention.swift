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
        self.init(findings, where: { _ in true })
    }

    /// The mention made of the findings that pass `include`, in one pass (no intermediate arrays).
    init<Findings: Collection<ThemeFinding>>(_ findings: Findings, where include: (ThemeFinding) -> Bool) {
        var sum = 0.0, count = 0
        var pos = false, neg = false
        var evidence: [String] = []
        for f in findings where include(f) {
            // Summed in the findings' order, as the mean always was.
            sum += FixedPoint.unit(f.sentiment)
            count += 1
            if f.label == .pos { pos = true } else if f.label == .neg { neg = true }
            // The first finding's array is shared, not copied (one finding per mention is the rule).
            if count == 1 { evidence = f.evidence } else { evidence.append(contentsOf: f.evidence) }
        }
        sentiment = count == 0 ? 0 : sum / Double(count)
        label = pos && !neg ? .pos : neg && !pos ? .neg : .neu
        self.evidence = evidence
    }

    /// `pos` when some finding is positive and none negative, `neg` the other way round, else `neu`.
    static func label<C: Collection<ThemeFinding>>(_ findings: C) -> SentimentLabel {
        var pos = false, neg = false
        for f in findings {
            if f.label == .pos { pos = true } else if f.label == .neg { neg = true }
        }
        return pos && !neg ? .pos : neg && !pos ? .neg : .neu
    }

    /// Mentions keyed by theme ref: each theme id (subtheme nil) and each exact
    /// theme/subtheme, in the order first met. An item names a handful of
    /// themes, so linear scans beat hashing here (this was ≈ 6 % of analyze's
    /// instructions with a dictionary and a sort by `description`); callers
    /// only add the mentions up, so the order does not matter.
    static func byRef(_ findings: [ThemeFinding]) -> [(ThemeRef, ThemeMention)] {
        if findings.count == 1 {
            // One finding is the whole mention of its theme id and of its exact theme/subtheme.
            let theme = findings[0].theme, mention = ThemeMention(findings)
            return theme.subtheme == nil ? [(theme, mention)] : [(ThemeRef(id: theme.id), mention), (theme, mention)]
        }
        // Each ref is met first at some finding k: its mention is made of findings k… (no earlier
        // one matches), and "already met" is a scan of findings ..<k — no ref array to compare.
        var out: [(ThemeRef, ThemeMention)] = []
        out.reserveCapacity(2 * findings.count)
        for k in findings.indices {
            let theme = findings[k].theme
            let earlier = findings[..<k]
            if !earlier.contains(where: { $0.theme.id == theme.id }) {
                out.append((ThemeRef(id: theme.id), ThemeMention(findings[k...], where: { $0.theme.id == theme.id })))
            }
            if theme.subtheme != nil, !earlier.contains(where: { $0.theme == theme }) {
                out.append((theme, ThemeMention(findings[k...], where: { $0.theme == theme })))
            }
        }
        return out
    }

    /// Labels keyed by theme id only, in the order first met.
    static func byID(_ findings: [ThemeFinding]) -> [(String, SentimentLabel)] {
        if findings.count == 1 { return [(findings[0].theme.id, label(findings))] }
        var ids: [String] = []
        ids.reserveCapacity(findings.count)
        for f in findings where !ids.contains(f.theme.id) { ids.append(f.theme.id) }
        return ids.map { id in (id, label(findings.lazy.filter { $0.theme.id == id })) }
    }
}
