/// Candidate phrases of an item for the coverage report: English word
/// unigrams and bigrams without stop words, and Chinese character bigrams
/// and trigrams of each run of CJK ideographs that are not made only of
/// stop characters. Each phrase is returned once per item (counts are
/// item frequencies), at most `limit` per item so a huge answer costs little.
enum PhraseExtractor {
    static func phrases(in text: String, limit: Int = 200) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        func emit(_ p: String) {
            guard out.count < limit, seen.insert(p).inserted else { return }
            out.append(p)
        }
        var words: [String] = []   // current English run (no punctuation between)
        var word = ""
        var cjk: [Character] = []  // current CJK run

        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        func endEnglish() {
            endWord()
            for (i, w) in words.enumerated() where !StopWords.english.contains(w) {
                if w.count >= 2 { emit(w) }
                if i + 1 < words.count, !StopWords.english.contains(words[i + 1]) { emit(w + " " + words[i + 1]) }
            }
            words = []
        }
        func endCJK() {
            if cjk.count >= 2 {
                for n in 2...3 where cjk.count >= n {
                    for i in 0...(cjk.count - n) {
                        let gram = cjk[i..<(i + n)]
                        if gram.allSatisfy({ StopWords.chinese.contains($0) }) { continue }
                        emit(String(gram))
                    }
                }
            }
            cjk = []
        }

        for ch in text.lowercased() {
            if isCJK(ch) {
                endEnglish()
                cjk.append(ch)
                continue
            }
            endCJK()
            if ch.isASCII, ch.isLetter || ch == "'" {
                word.append(ch)
            } else if ch == " " || ch == "\t" {
                endWord()
            } else {
                endEnglish()
            }
            if out.count >= limit { break }
        }
        endEnglish()
        endCJK()
        return out
    }

    static func isCJK(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return false }
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }
}
