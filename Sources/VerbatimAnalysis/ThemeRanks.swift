import VerbatimLexicon
import VerbatimModel

/// Every theme reference of a lexicon numbered in `ThemeRef` order, so the
/// per-item theme summary compares and sorts integers instead of strings.
///
/// Built once with the analyzer; `ranks(ofRole:)` lists the ranks of a
/// role's `themes`, in the same order.
struct ThemeRanks: Sendable {
    private let byRole: [[Int32]]

    init(lexicon: Lexicon) {
        var all: [ThemeRef] = []
        for r in 0..<lexicon.roleCount { all += lexicon.roles(at: Int32(r)).themes }
        let sorted = Array(Set(all)).sorted()
        var rank: [ThemeRef: Int32] = [:]
        for (k, ref) in sorted.enumerated() { rank[ref] = Int32(k) }
        byRole = (0..<lexicon.roleCount).map { r in lexicon.roles(at: Int32(r)).themes.map { rank[$0]! } }
    }

    @inline(__always)
    func ranks(ofRole role: Int32) -> [Int32] { byRole[Int(role)] }
}
