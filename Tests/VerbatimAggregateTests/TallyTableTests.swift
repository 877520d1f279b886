import Foundation
import Testing
import VerbatimModel
@testable import VerbatimAggregate

/// `TallyTable` stands for the `Dictionary` it replaced: same contents, same JSON, same merges.
@Suite struct TallyTableTests {
    /// Deterministic pseudo-random keys, with repeats, Chinese and more than one growth.
    static func keys(_ n: Int, seed: UInt64) -> [String] {
        var state = seed
        let words = ["late", "cold", "送餐", "太慢", "rude", "staff", "味道", "price", "Late", "a", "", "很好吃的菜"]
        return (0..<n).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let w = words[Int(state >> 33) % words.count]
            return w + String(Int(state >> 40) % 97)
        }
    }

    @Test func countsEqualDictionaryCounts() {
        var table = TallyTable<String, Int>()
        var dictionary: [String: Int] = [:]
        for k in Self.keys(5_000, seed: 7) {
            table.values[table.slot(for: k, hash: k.tallyHash)] += 1
            dictionary[k, default: 0] += 1
        }
        #expect(table.dictionary == dictionary)
        #expect(table.keys.count == dictionary.count)
        for (k, v) in dictionary { #expect(table.index(of: k, hash: k.tallyHash).map { table.values[$0] } == v) }
        #expect(table.index(of: "missing", hash: "missing".tallyHash) == nil)
        #expect(TallyTable<String, Int>().index(of: "x", hash: "x".tallyHash) == nil)
    }

    @Test func mergeEqualsOnePass() {
        let all = Self.keys(3_000, seed: 11)
        var one = TallyTable<String, Int>()
        for k in all { one.values[one.slot(for: k, hash: k.tallyHash)] += 1 }
        var a = TallyTable<String, Int>(), b = TallyTable<String, Int>()
        for (i, k) in all.enumerated() {
            if i % 3 == 0 { a.values[a.slot(for: k, hash: k.tallyHash)] += 1 } else { b.values[b.slot(for: k, hash: k.tallyHash)] += 1 }
        }
        var ab = b
        ab.merge(a)
        #expect(ab == one)
        #expect(ab.dictionary == one.dictionary)
        #expect(ab.hashValue == one.hashValue)
    }

    /// Keys are hashed by their bytes but compared as strings: two canonically equal spellings
    /// may sit in two entries, and the dictionary (what summaries and partials see) joins them.
    @Test func canonicallyEqualSpellingsCountTogether() {
        var table = TallyTable<String, Int>()
        for k in ["caf\u{E9}", "cafe\u{301}", "caf\u{E9}"] { table.values[table.slot(for: k, hash: k.tallyHash)] += 1 }
        #expect(table.dictionary == ["caf\u{E9}": 3])
    }

    @Test func jsonIsTheDictionarys() throws {
        var table = TallyTable<String, Int>()
        for k in Self.keys(500, seed: 3) { table.values[table.slot(for: k, hash: k.tallyHash)] += 2 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        struct Holder<T: Codable>: Codable { var evidence: T }
        let fromTable = try encoder.encode(Holder(evidence: table))
        #expect(fromTable == (try encoder.encode(Holder(evidence: table.dictionary))))
        let back = try JSONDecoder().decode(Holder<TallyTable<String, Int>>.self, from: fromTable).evidence
        #expect(back == table)
    }

    @Test func themeRefKeysKeepIdAndSubthemeApart() {
        var table = TallyTable<ThemeRef, Int>()
        let refs = [ThemeRef(id: "delivery"), ThemeRef(id: "delivery", subtheme: "late"), ThemeRef(id: "deliverylate"),
                    ThemeRef(id: "delivery", subtheme: ""), ThemeRef(id: "delivery", subtheme: "late")]
        for r in refs { table.values[table.slot(for: r, hash: r.tallyHash)] += 1 }
        #expect(table.dictionary == [ThemeRef(id: "delivery"): 1, ThemeRef(id: "delivery", subtheme: "late"): 2,
                                     ThemeRef(id: "deliverylate"): 1, ThemeRef(id: "delivery", subtheme: ""): 1])
    }
}
