import Testing
import VerbatimTestSupport
import VerbatimText
@testable import VerbatimLexicon

@Suite struct TokenTrieTests {
    static let shipped = try! Lexicon.load(directories: [Paths.shippedLexicon])

    /// The eight-byte word test agrees with `isWordByte` on every byte value at every position.
    @Test func wordByteMaskAgreesWithTheByteTest() {
        let fillers: [UInt8] = [0x61, 0x20, 0xE5, 0x5F, 0x00, 0x7F, 0x80, 0xFF]
        for filler in fillers {
            for b in UInt8.min...UInt8.max {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = b
                    let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let mask = TokenTrie.wordByteMask(w)
                    for k in 0..<8 {
                        let bit = (mask >> (8 * UInt64(k) + 7)) & 1 != 0
                        #expect(bit == isWordByte(bytes[k]), "byte \(bytes[k]) at \(k) among \(filler)")
                    }
                    #expect(mask & ~0x8080_8080_8080_8080 == 0)
                }
            }
        }
    }

    /// A word's end and hash do not depend on where it sits or what follows it.
    @Test func scanWordEndsAtTheRunEndAndHashesTheWordAlone() {
        var random = SplitMix64(seed: 11)
        let wordBytes = Array("abcdefghijklmnopqrstuvwxyz0123456789_ABC".utf8)
        let stops: [[UInt8]] = [[], [0x20], [0x27], Array("好".utf8), [0x2E, 0x61], [0x00]]
        for _ in 0..<3000 {
            let length = 1 + Int(random.next() % 30)
            let word = (0..<length).map { _ in wordBytes[Int(random.next() % UInt64(wordBytes.count))] }
            let alone = word.withUnsafeBufferPointer { TokenTrie.scanWord($0.baseAddress!, 0, $0.count) }
            #expect(alone.end == length)
            for stop in stops {
                let lead = Int(random.next() % 9)
                let text = [UInt8](repeating: 0x2C, count: lead) + word + stop
                let scanned = text.withUnsafeBufferPointer { TokenTrie.scanWord($0.baseAddress!, lead, $0.count) }
                #expect(scanned.end == lead + length, "\(word) + \(stop)")
                #expect(scanned.hash == alone.hash)
                #expect(scanned.first == alone.first)
            }
        }
    }

    /// Every key is found as one token sequence, and words no key holds have no token.
    @Test func keysAreFoundTokenByToken() {
        let keys = ["a", "ab", "good", "not good", "don't", "好", "好吃", "好吃的", ":)", "😀", "wifi很好", "verylongword_with_digits123", "a+"]
        let trie = TokenTrie(keys: keys.map { Array($0.utf8) })
        for (k, key) in keys.enumerated() {
            var node: Int32 = 0
            let bytes = Array(key.utf8)
            bytes.withUnsafeBufferPointer { p in
                TokenTrie.forEachToken(of: bytes) { range, character in
                    let token = character ?? trie.word(p.baseAddress!, range.lowerBound, p.count).token
                    if node >= 0 { node = trie.child(node, token) }
                }
            }
            #expect(node >= 0 && trie.keyOfNode[Int(node)] == Int32(k), "\(key)")
        }
        let unknown = Array("goodness".utf8).withUnsafeBufferPointer { trie.word($0.baseAddress!, 0, $0.count).token }
        #expect(unknown == TokenTrie.unknownWord)
        #expect(trie.child(0, unknown) == -1)
        let long = Array("verylongword_with_digits124".utf8).withUnsafeBufferPointer { trie.word($0.baseAddress!, 0, $0.count).token }
        #expect(long == TokenTrie.unknownWord)
    }

    /// The token walk finds, lane by lane, exactly what walking the byte trie
    /// from every character start finds under the word rules (the matcher it
    /// replaced, kept here as the reference), in every domain and for cues.
    @Test func tokenWalkFindsWhatTheByteWalkFinds() {
        let lexicon = Self.shipped
        var random = SplitMix64(seed: 5)
        let extras = [" ", " ", ", ", "，", "。", "!", "'", "-", "_", "1", "x", "好", "不", "😀", ":)", "é", "ＧＯＯＤ", "\n", "#", "a", "the"]
        var texts: [String] = [
            "菜很好吃，但是送餐太慢了", "not bad at all, no problem!!", "I don't like it", "wifi很好 but the room was dirty",
            "soooo goood", "x_y good_bad good-bad", "", " ", "a", "😀😀", "不好意思，没有不满意",
        ]
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + Int(random.next() % 12)) {
                if random.next() % 3 == 0 {
                    s += extras[Int(random.next() % UInt64(extras.count))]
                } else {
                    s += lexicon.terms[Int(random.next() % UInt64(lexicon.terms.count))]
                }
                if random.next() % 2 == 0 { s += extras[Int(random.next() % UInt64(extras.count))] }
            }
            texts.append(s)
        }
        var reused = MatchSet()
        for text in texts {
            let t = lexicon.normalizer.normalize(text, vocabulary: lexicon)
            for domain in lexicon.domains.indices {
                for filter in [LanguageFilter.all, .english, .chinese] {
                    lexicon.match(t, domain: domain, languages: filter, into: &reused)
                    let reference = byteWalk(lexicon, t.bytes, view: lexicon.views[domain], languages: filter, lanes: 0b0111)
                    #expect(reused.polarity == reference.polarity, "\(text)")
                    #expect(reused.themes == reference.themes, "\(text)")
                    #expect(reused.complaints == reference.complaints, "\(text)")
                }
            }
            lexicon.match(t, domain: 0, cues: true, into: &reused)
            #expect(reused.cues == byteWalk(lexicon, t.bytes, view: lexicon.cueView, languages: .all, lanes: 0b1000).cues)
        }
    }

    /// Leftmost-longest per lane, walking the byte trie from every character
    /// start that is not inside a word, a key counting only where a word-like
    /// ending does not run on into a letter or digit.
    func byteWalk(_ lexicon: Lexicon, _ buf: [UInt8], view: [Int32], languages: LanguageFilter, lanes: UInt8) -> MatchSet {
        var result = MatchSet()
        let trie = lexicon.trie
        let n = buf.count
        var next = [0, 0, 0, 0]
        var i = 0
        while i < n {
            let b = buf[i]
            if b & 0xC0 == 0x80 || (isWordByte(b) && i > 0 && isWordByte(buf[i - 1])) {
                i += 1
                continue
            }
            var free: UInt8 = 0
            for lane in 0..<4 where next[lane] <= i { free |= 1 << lane }
            free &= lanes
            var best: [Int32] = [-1, -1, -1, -1]
            var bestEnd = [0, 0, 0, 0]
            var node = trie.child(0, b)
            var j = i + 1
            while node >= 0 && free != 0 {
                let key = trie.key(at: node)
                if key >= 0 {
                    let r = view[Int(key)]
                    if r >= 0 && languages.allows(lexicon.languages[Int(r)]) && !(isWordByte(buf[j - 1]) && j < n && isWordByte(buf[j])) {
                        for lane in 0..<4 where lexicon.laneMasks[Int(r)] & free & (1 << lane) != 0 {
                            best[lane] = r
                            bestEnd[lane] = j
                        }
                    }
                }
                if j >= n { break }
                node = trie.child(node, buf[j])
                j += 1
            }
            if best[0] >= 0 { result.polarity.append(Match(range: i..<bestEnd[0], roles: best[0])); next[0] = bestEnd[0] }
            if best[1] >= 0 { result.themes.append(Match(range: i..<bestEnd[1], roles: best[1])); next[1] = bestEnd[1] }
            if best[2] >= 0 { result.complaints.append(Match(range: i..<bestEnd[2], roles: best[2])); next[2] = bestEnd[2] }
            if best[3] >= 0 { result.cues.append(Match(range: i..<bestEnd[3], roles: best[3])); next[3] = bestEnd[3] }
            i += 1
        }
        return result
    }
}
