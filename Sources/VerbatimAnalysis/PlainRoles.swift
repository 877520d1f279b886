import VerbatimLexicon
import VerbatimModel

/// The lexicon's role table as plain data, for the per-item hot path.
///
/// `TermRoles` holds strings and arrays; every `lexicon.roles(m)` copied one
/// and retained and released five references, and `ThemeRef` copies two
/// strings more. Retain/release was ≈ 16 % of `annotate`'s instructions
/// (callgrind, Benchmarks/perf/profile). Here each role is a `PlainRole`
/// with no references, and themes are integer ranks in `ThemeRef` order, so
/// sorting and `covers` compare integers. Built once with the analyzer.
struct PlainRoles: Sendable {
    /// By role index (`Match.roles`).
    let roles: [PlainRole]
    /// Theme ranks of every role's `themes`, in order (`PlainRole.themes` indexes it).
    let themeRanks: [Int32]
    /// Aspect themes and valences of every role (`PlainRole.aspects` indexes them).
    let aspectRanks: [Int32]
    let aspectValences: [Double]
    /// Cue packs of every role (`PlainRole.cues` indexes it).
    let cuePacks: [Int32]
    /// The reference of each rank; ranks follow `ThemeRef` order.
    let refs: [ThemeRef]
    /// Per rank: the index of its theme id among the distinct ids, and whether it names no subtheme.
    let idOfRank: [Int32]
    let isBare: [Bool]

    init(lexicon: Lexicon) {
        let count = lexicon.roleCount
        var all = Set<ThemeRef>()
        for r in 0..<count {
            let roles = lexicon.roles(at: Int32(r))
            for t in roles.themes { all.insert(t) }
            for a in roles.aspects { all.insert(a.theme) }
        }
        let refs = all.sorted()
        var rank: [ThemeRef: Int32] = [:]
        for (k, ref) in refs.enumerated() { rank[ref] = Int32(k) }
        var idIndex: [String: Int32] = [:]
        var idOfRank: [Int32] = []
        for ref in refs {
            if idIndex[ref.id] == nil { idIndex[ref.id] = Int32(idIndex.count) }
            idOfRank.append(idIndex[ref.id]!)
        }
        var plain: [PlainRole] = []
        plain.reserveCapacity(count)
        var themeRanks: [Int32] = []
        var aspectRanks: [Int32] = []
        var aspectValences: [Double] = []
        var cuePacks: [Int32] = []
        for r in 0..<count {
            let roles = lexicon.roles(at: Int32(r))
            let themeStart = Int32(themeRanks.count)
            themeRanks += roles.themes.map { rank[$0]! }
            let aspectStart = Int32(aspectRanks.count)
            for a in roles.aspects {
                aspectRanks.append(rank[a.theme]!)
                aspectValences.append(a.valence)
            }
            let cueStart = Int32(cuePacks.count)
            cuePacks += roles.cues.map { Int32($0) }
            plain.append(
                PlainRole(
                    valence: roles.valence, expressive: roles.expressive, modifier: roles.modifier, politeness: roles.politeness, negator: roles.negator,
                    contrast: roles.contrast, irrealis: roles.irrealis, complaint: roles.complaint,
                    cutsText: roles.response == .cut,
                    themes: themeStart..<Int32(themeRanks.count), aspects: aspectStart..<Int32(aspectRanks.count),
                    cues: cueStart..<Int32(cuePacks.count)))
        }
        self.roles = plain
        self.themeRanks = themeRanks
        self.aspectRanks = aspectRanks
        self.aspectValences = aspectValences
        self.cuePacks = cuePacks
        self.refs = refs
        self.idOfRank = idOfRank
        self.isBare = refs.map { $0.subtheme == nil }
    }

    /// `ThemeRef.covers` on ranks: the same theme id, and `a` is bare or the same reference.
    @inline(__always)
    func covers(_ a: Int32, _ b: Int32) -> Bool {
        a == b || (isBare[Int(a)] && idOfRank[Int(a)] == idOfRank[Int(b)])
    }
}

/// One role of the lexicon without its strings and arrays (see `TermRoles`).
struct PlainRole: Sendable {
    var valence: Double?
    /// An expressive entry (emoji, emoticon, laughter): not negated.
    var expressive: Bool
    var modifier: Double?
    var politeness: Double?
    var negator: NegatorRule?
    var contrast: ContrastRule?
    var irrealis: IrrealisRule?
    var complaint: ComplaintStrength?
    /// A reply marker (`responses`, action `cut`): the text from here on is the business's, not the customer's.
    var cutsText: Bool
    /// Ranges into `PlainRoles.themeRanks`, `aspectRanks`/`aspectValences` and `cuePacks`.
    var themes: Range<Int32>
    var aspects: Range<Int32>
    var cues: Range<Int32>
}
