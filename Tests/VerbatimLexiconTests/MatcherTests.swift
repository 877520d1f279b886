import Testing
import VerbatimText
@testable import VerbatimLexicon

@Suite struct MatcherTests {
    static let lexicon = try! Lexicon.load(directories: [Paths.fixtureLexicon])

    func polarity(_ s: String) -> [String] {
        let t = Self.lexicon.normalizer.normalize(s, vocabulary: Self.lexicon)
        return Self.lexicon.match(t, domain: 0).polarity.map { t.normalizedText($0.range) }
    }

    @Test func longestMatchWins() {
        #expect(polarity("不错") == ["不错"])
        #expect(polarity("不好意思") == ["不好意思"])
        #expect(polarity("no problem") == ["no problem"])
    }

    @Test func englishTermsMatchWholeWordsOnly() {
        #expect(polarity("badge goods") == [])
        #expect(polarity("bad, good.") == ["bad", "good"])
    }

    @Test func chineseTermsMatchInsideRunningText() {
        #expect(polarity("这家很好吃") == ["很", "好吃"])
    }

    @Test func themeLaneIsIndependentOfPolarityLane() {
        let t = Self.lexicon.normalizer.normalize("送餐太慢")
        let m = Self.lexicon.match(t, domain: 0)
        #expect(m.themes.map { t.normalizedText($0.range) } == ["送餐太慢"])
        #expect(m.polarity.map { t.normalizedText($0.range) } == ["太", "慢"])
    }

    @Test func trieFindsEveryKeyAndNothingElse() {
        let keys: [[UInt8]] = ["a", "ab", "abc", "b", "ba", "好", "好吃", "好吃的"].map { Array($0.utf8) }
        let trie = ByteTrie(keys: keys)
        for (i, k) in keys.enumerated() { #expect(trie.key(at: trie.node(for: k[...])) == Int32(i)) }
        #expect(trie.node(for: Array("abd".utf8)[...]) == -1)
        #expect(trie.key(at: trie.node(for: Array("好吃".utf8)[...])) == 6)
        #expect(trie.node(for: Array("吃".utf8)[...]) == -1)
    }

    @Test func nodesWithManyChildrenFindEveryKey() {
        // "a" has 26 children, "b" only 3.
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { [UInt8(ascii: "a"), $0] }
        let keys: [[UInt8]] = letters + [[0x62, 0x61], [0x62, 0x62], [0x62, 0x63]] + ["送", "送餐", "送达", "送货", "送到"].map { Array($0.utf8) }
        let trie = ByteTrie(keys: keys)
        for (i, k) in keys.enumerated() { #expect(trie.key(at: trie.node(for: k[...])) == Int32(i)) }
        #expect(trie.node(for: [0x61, 0x41][...]) == -1)
        #expect(trie.node(for: [0x62, 0x64][...]) == -1)
    }

    @Test func matchingIntoReusedStorageEqualsAFreshMatch() {
        var reused = MatchSet()
        for s in ["这家很好吃", "送餐太慢", "no problem at all", "bad, good.", ""] {
            let t = Self.lexicon.normalizer.normalize(s, vocabulary: Self.lexicon)
            Self.lexicon.match(t, domain: 0, into: &reused)
            let fresh = Self.lexicon.match(t, domain: 0)
            #expect(reused.polarity == fresh.polarity)
            #expect(reused.themes == fresh.themes)
            #expect(reused.complaints == fresh.complaints)
        }
    }
}
