/// Candidate phrases of an item for the coverage report: English word
/// unigrams and bigrams without stop words, and Chinese character bigrams
/// and trigrams of each run of CJK ideographs that are not made only of
/// stop characters. Each phrase is returned once per item (counts are
/// item frequencies), at most `limit` per item so a huge answer costs little.
enum PhraseExtractor {
    static func phrases(in text: String, limit: Int = 200) -> [String] {
        if let phrases = plainPhrases(in: text, limit: limit) { return phrases }
        return characterPhrases(in: text, limit: limit)
    }

    /// ``phrases(in:limit:)`` by `Character`s of the lower-cased text: the definition, for any text.
    static func characterPhrases(in text: String, limit: Int = 200) -> [String] {
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

    /// ``characterPhrases(in:limit:)`` from the bytes, for texts made only of scalars that are
    /// characters of their own and lower-case without leaving their class: ASCII, the
    /// ideographs U+3400–U+9FFF (with the Yijing hexagrams U+4DC0–U+4DFF), CJK punctuation U+3000–U+3029, general punctuation
    /// U+2010–U+2027 and full-width forms U+FF01–U+FF5E (a CR LF pair is one character, but
    /// ends a run of words as its two bytes do). Nil for any other text.
    ///
    /// Lower-casing the text, walking its `Character`s and making a `String` of every CJK gram
    /// cost ≈ 200,000 instructions per negative answer without a theme (callgrind, generated
    /// 10 MB CSV); here a gram is a slice of the text's bytes and stop characters are looked up
    /// by scalar.
    static func plainPhrases(in text: String, limit: Int) -> [String]? {
        var copy = text
        return copy.withUTF8 { b -> [String]? in
            // Only texts of the classes above.
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                guard c >= 0xE0, c < 0xF0, i + 2 < b.count else { return nil }
                let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                switch v {
                case 0x3400...0x9FFF, 0x3000...0x3029, 0x2010...0x2027, 0xFF01...0xFF5E: i += 3
                default: return nil
                }
            }

            var seen = Set<String>()
            var out: [String] = []
            func emit(_ p: String) {
                guard out.count < limit, seen.insert(p).inserted else { return }
                out.append(p)
            }
            var words: [String] = []
            var word: [UInt8] = []
            // The current CJK run: where its bytes start and how many ideographs (three bytes each) it has.
            var cjkStart = 0
            var cjkCount = 0

            func endWord() {
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
            func endEnglish() {
                endWord()
                for (i, w) in words.enumerated() where !StopWords.english.contains(w) {
                    if w.utf8.count >= 2 { emit(w) }
                    if i + 1 < words.count, !StopWords.english.contains(words[i + 1]) { emit(w + " " + words[i + 1]) }
                }
                words = []
            }
            func endCJK() {
                if cjkCount >= 2 {
                    for n in 2...3 where cjkCount >= n {
                        for i in 0...(cjkCount - n) {
                            let start = cjkStart + 3 * i
                            var allStop = true
                            for k in 0..<n where !StopWords.chineseScalars.contains(scalar(b, start + 3 * k)) {
                                allStop = false
                                break
                            }
                            if allStop { continue }
                            emit(String(decoding: UnsafeBufferPointer(rebasing: b[start..<start + 3 * n]), as: UTF8.self))
                        }
                    }
                }
                cjkCount = 0
            }

            i = 0
            while i < b.count {
                var c = b[i]
                if c >= 0x80 {
                    let v = scalar(b, i)
                    if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) {
                        endEnglish()
                        if cjkCount == 0 { cjkStart = i }
                        cjkCount += 1
                        i += 3
                        continue
                    }
                    // Any other scalar here ends both runs.
                    endCJK()
                    endEnglish()
                    i += 3
                    if out.count >= limit { break }
                    continue
                }
                endCJK()
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if (c >= 0x61 && c <= 0x7A) || c == 0x27 {
                    word.append(c)
                } else if c == 0x20 || c == 0x09 {
                    endWord()
                } else {
                    endEnglish()
                }
                i += 1
                if out.count >= limit { break }
            }
            endEnglish()
            endCJK()
            return out
        }
    }

    /// The scalar of the three-byte character at `i`.
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
    }

    static func isCJK(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return false }
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }
}
