import VerbatimLexicon

/// Token numbers of the polarity matches, for negation and modifier windows.
///
/// A token is an English word, a matched lexicon term, or one Chinese (or
/// other non-Latin) character; spaces and punctuation are not tokens.
enum TokenIndex {
    /// Fills `ofMatch` with the token number of each polarity match, in match order.
    static func tokens(bytes: [UInt8], matches: [Match], into ofMatch: inout [Int]) {
        ofMatch.reset(to: 0, count: matches.count)
        var token = 0
        var i = 0
        var m = 0
        let n = bytes.count
        while i < n {
            if m < matches.count && matches[m].range.lowerBound <= i {
                ofMatch[m] = token
                token += 1
                i = max(i, matches[m].range.upperBound)
                m += 1
                continue
            }
            let b = bytes[i]
            if TokenIndex.isAlnum(b) {
                token += 1
                var j = i + 1
                while j < n && (TokenIndex.isAlnum(bytes[j]) || bytes[j] == 0x27) { j += 1 }
                if m < matches.count && matches[m].range.lowerBound < j { j = matches[m].range.lowerBound }
                i = j
            } else if b >= 0x80 {
                let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                if !TokenIndex.isPunctuation(bytes, i) { token += 1 }
                i += len
            } else {
                i += 1
            }
        }
        while m < matches.count {
            ofMatch[m] = token
            token += 1
            m += 1
        }
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// CJK punctuation (U+3000–303F) and general punctuation (U+2000–206F) are not tokens.
    static func isPunctuation(_ b: [UInt8], _ i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        return (b[i] == 0xE3 && b[i + 1] == 0x80) || (b[i] == 0xE2 && (b[i + 1] == 0x80 || b[i + 1] == 0x81))
    }
}
