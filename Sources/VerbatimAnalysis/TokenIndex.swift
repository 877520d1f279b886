import VerbatimLexicon

/// Token numbers of the polarity matches, for negation and modifier windows.
///
/// A token is an English word, a matched lexicon term, or one Chinese (or
/// other non-Latin) character; spaces and punctuation are not tokens.
enum TokenIndex {
    /// Fills `ofMatch` with the token number of each polarity match, in match order.
    ///
    /// Numbers count from the first match (0): the windows only ever use
    /// differences between them, so the text before the first match and
    /// after the last is not read (≈ a third of this walk on English reviews, callgrind).
    static func tokens(bytes: [UInt8], matches: [Match], into ofMatch: inout [Int]) {
        ofMatch.reset(to: 0, count: matches.count)
        let n = bytes.count
        var token = 0
        var m = 0
        // Raw buffers: this walks every byte of every item.
        bytes.withUnsafeBufferPointer { bytes in
        matches.withUnsafeBufferPointer { matches in
        ofMatch.withUnsafeMutableBufferPointer { ofMatch in
            // Where the next match starts (n when none is left).
            var nextMatch = matches.isEmpty ? n : matches[0].range.lowerBound
            var i = nextMatch
            while i < n {
                if nextMatch <= i {
                    ofMatch[m] = token
                    token += 1
                    i = max(i, matches[m].range.upperBound)
                    m += 1
                    if m == matches.count { break }
                    nextMatch = matches[m].range.lowerBound
                    continue
                }
                let b = bytes[i]
                if TokenIndex.isAlnum(b) {
                    token += 1
                    var j = i + 1
                    while j < n && (TokenIndex.isAlnum(bytes[j]) || bytes[j] == 0x27) { j += 1 }
                    if nextMatch < j { j = nextMatch }
                    i = j
                } else if b >= 0x80 {
                    let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    // CJK punctuation (U+3000–303F) and general punctuation (U+2000–206F) are not tokens.
                    let punctuation = i + 2 < n
                        && ((b == 0xE3 && bytes[i + 1] == 0x80) || (b == 0xE2 && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81)))
                    if !punctuation { token += 1 }
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
        }
        }
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }
}
