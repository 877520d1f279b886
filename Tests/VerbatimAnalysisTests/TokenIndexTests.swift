import Testing
@testable import VerbatimAnalysis
@testable import VerbatimLexicon

@Suite struct TokenIndexTests {
    /// Token numbers of the given terms (each matched at its first occurrence after the previous one).
    func numbers(_ text: String, _ terms: [String]) -> [Int] {
        let bytes = Array(text.utf8)
        var matches: [Match] = []
        var from = 0
        for term in terms {
            let t = Array(term.utf8)
            var at = from
            while !bytes[at...].starts(with: t) { at += 1 }
            matches.append(Match(range: at..<(at + t.count), roles: 0))
            from = at + t.count
        }
        var out: [Int] = []
        TokenIndex.tokens(bytes: bytes, matches: matches, into: &out)
        return out
    }

    @Test func wordsCharactersAndMatchesAreTokensPunctuationIsNot() {
        #expect(numbers("not really like it", ["not", "really", "like"]) == [0, 1, 2])
        #expect(numbers("not the good", ["not", "good"]) == [0, 2])
        #expect(numbers("not don't good", ["not", "good"]) == [0, 2])  // an apostrophe joins a word
        #expect(numbers("not a_b good", ["not", "good"]) == [0, 3])  // "_" does not
        #expect(numbers("not, ... good!", ["not", "good"]) == [0, 1])
        #expect(numbers("我不是很喜欢", ["不", "很", "喜欢"]) == [0, 2, 3])
        #expect(numbers("不、好。", ["不", "好"]) == [0, 1])  // CJK punctuation is no token
        #expect(numbers("不…好", ["不", "好"]) == [0, 1])  // nor general punctuation
        #expect(numbers("not 😀 good", ["not", "good"]) == [0, 2])
    }

    /// Numbers count from the first match: what comes before it or after the last changes nothing.
    @Test func numbersCountFromTheFirstMatch() {
        #expect(numbers("so many words before it: not good at all today", ["not", "good"]) == [0, 1])
        #expect(numbers("前面有很多字不好后面也有", ["不", "好"]) == [0, 1])
        #expect(numbers("nothing matched", []) == [])
    }
}
