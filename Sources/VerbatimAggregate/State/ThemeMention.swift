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
        var sum = Sum()
        for f in findings where include(f) { sum.add(f) }
        self = sum.mention
    }

    /// The mention made of `findings[start...]` whose index passes `include` (the same sum, in
    /// the same order, as the element-filtering initializer).
    init(_ findings: [ThemeFinding], from start: Int, where include: (Int) -> Bool) {
        var sum = Sum()
        for j in start..<findings.count where include(j) { sum.add(findings[j]) }
        self = sum.mention
    }

    private init(sentiment: Double, label: SentimentLabel, evidence: [String]) {
        self.sentiment = sentiment
        self.label = label
        self.evidence = evidence
    }

    /// Findings combined one by one, in order (both initializers share it, so they cannot drift apart).
    private struct Sum {
        var total = 0.0
        var count = 0
        var pos = false
        var neg = false
        var evidence: [String] = []

        mutating func add(_ f: ThemeFinding) {
            // Summed in the findings' order, as the mean always was.
            total += FixedPoint.unit(f.sentiment)
            count += 1
            if f.label == .pos { pos = true } else if f.label == .neg { neg = true }
            // The first finding's array is shared, not copied (one finding per mention is the rule).
            if count == 1 { evidence = f.evidence } else { evidence.append(contentsOf: f.evidence) }
        }

        var mention: ThemeMention {
            ThemeMention(
                sentiment: count == 0 ? 0 : total / Double(count), label: pos && !neg ? .pos : neg && !pos ? .neg : .neu,
                evidence: evidence)
        }
    }

    /// A finding's theme hashes: FNV-1a of its theme id (a theme id's ``TallyKey/tallyHash``) and
    /// of its whole ref (the ref's `tallyHash`, which goes on from the id's).
    struct Hashes: Sendable {
        var id: UInt64
        var ref: UInt64
    }

    /// Each finding's hashes, worked out once per item: the aggregator's tables take them, and
    /// comparing them first spares most string comparisons when grouping findings.
    static func hashes(_ findings: [ThemeFinding]) -> [Hashes] {
        findings.map { f in
            var h = FNV1a64()
            h.add(f.theme.id)
            let id = h.value
            if let subtheme = f.theme.subtheme {
                h.add(0)
                h.add(subtheme)
            }
            return Hashes(id: id, ref: h.value)
        }
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
        byRef(findings, hashes(findings)).map { ($0.ref, $0.mention) }
    }

    /// ``byRef(_:)`` with each ref's `tallyHash`, from the findings' ``hashes(_:)``.
    static func byRef(_ findings: [ThemeFinding], _ hashes: [Hashes]) -> [(ref: ThemeRef, hash: UInt64, mention: ThemeMention)] {
        if findings.count == 1 {
            let theme = findings[0].theme, mention = ThemeMention(findings), h = hashes[0]
            return theme.subtheme == nil ? [(theme, h.ref, mention)] : [(ThemeRef(id: theme.id), h.id, mention), (theme, h.ref, mention)]
        }
        var out: [(ref: ThemeRef, hash: UInt64, mention: ThemeMention)] = []
        out.reserveCapacity(2 * findings.count)
        for k in findings.indices {
            let theme = findings[k].theme, h = hashes[k]
            let sameID = { (j: Int) in hashes[j].id == h.id && findings[j].theme.id == theme.id }
            if !(0..<k).contains(where: sameID) {
                out.append((ThemeRef(id: theme.id), h.id, ThemeMention(findings, from: k, where: sameID)))
            }
            if theme.subtheme != nil {
                let sameRef = { (j: Int) in hashes[j].ref == h.ref && findings[j].theme == theme }
                if !(0..<k).contains(where: sameRef) {
                    out.append((theme, h.ref, ThemeMention(findings, from: k, where: sameRef)))
                }
            }
        }
        return out
    }

    /// Labels keyed by theme id only, in the order first met.
    static func byID(_ findings: [ThemeFinding]) -> [(String, SentimentLabel)] {
        byID(findings, hashes(findings)).map { ($0.id, $0.label) }
    }

    /// ``byID(_:)`` with each id's `tallyHash`, from the findings' ``hashes(_:)``.
    static func byID(_ findings: [ThemeFinding], _ hashes: [Hashes]) -> [(id: String, hash: UInt64, label: SentimentLabel)] {
        if findings.count == 1 { return [(findings[0].theme.id, hashes[0].id, label(findings))] }
        var out: [(id: String, hash: UInt64, label: SentimentLabel)] = []
        out.reserveCapacity(findings.count)
        for k in findings.indices {
            let id = findings[k].theme.id, h = hashes[k].id
            let sameID = { (j: Int) in hashes[j].id == h && findings[j].theme.id == id }
            if (0..<k).contains(where: sameID) { continue }
            var pos = false, neg = false
            for j in k..<findings.count where sameID(j) {
                if findings[j].label == .pos { pos = true } else if findings[j].label == .neg { neg = true }
            }
            out.append((id, h, pos && !neg ? .pos : neg && !pos ? .neg : .neu))
        }
        return out
    }
}
