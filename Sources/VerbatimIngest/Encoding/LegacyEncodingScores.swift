/// How plausible a non-UTF-8 sample is as GB18030, Big5 or Windows-1252.
///
/// Each score is the share of the sample's non-ASCII characters that are
/// both valid and *common* in that encoding:
/// - GB18030: pairs in the GB2312 symbol rows (A1–A9) or its level-1 block
///   (B0–D7, the 3,755 most frequent simplified characters), trail ≥ A1.
/// - Big5: pairs in the symbol rows (A1–A3) or the frequent-character block
///   (A4–C6, 5,401 characters). Real Big5 text puts about 40 % of its trail
///   bytes in 40–7E, which GB2312 text never does; a Big5 reading with no
///   such trail bytes is marked down.
/// - Windows-1252: defined high bytes standing alone (Latin letters sit
///   between ASCII ones, while CJK bytes come in runs).
///
/// ```swift
/// let guess = LegacyEncodingScores(gbBytes).guess()   // .gb18030, confidence ≈ 0.97
/// ```
struct LegacyEncodingScores {
    var gb18030 = 0.0
    var big5 = 0.0
    var windows1252 = 0.0
    /// Non-ASCII characters seen under the winning reading, for the confidence.
    var gbUnits = 0
    var big5Units = 0
    var highBytes = 0

    init(_ sample: [UInt8]) {
        scoreGB18030(sample)
        scoreBig5(sample)
        scoreWindows1252(sample)
    }

    private mutating func scoreGB18030(_ s: [UInt8]) {
        var units = 0, common = 0, invalid = 0
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b < 0x80 { i += 1; continue }
            if b == 0x80 || b == 0xFF { invalid += 1; i += 1; continue }
            guard i + 1 < n else { break }      // cut by the end of the sample
            let t = s[i + 1]
            if (0x30...0x39).contains(t) {
                if i + 3 < n, (0x81...0xFE).contains(s[i + 2]), (0x30...0x39).contains(s[i + 3]) {
                    units += 1
                    i += 4
                } else if i + 3 >= n {
                    break
                } else {
                    invalid += 1
                    i += 1
                }
            } else if (0x40...0x7E).contains(t) || (0x80...0xFE).contains(t) {
                units += 1
                if t >= 0xA1 && ((0xA1...0xA9).contains(b) || (0xB0...0xD7).contains(b)) { common += 1 }
                i += 2
            } else {
                invalid += 1
                i += 1
            }
        }
        gbUnits = units
        gb18030 = Double(common) / Double(max(1, units + invalid))
    }

    private mutating func scoreBig5(_ s: [UInt8]) {
        var units = 0, common = 0, invalid = 0, lowTrail = 0
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b < 0x80 { i += 1; continue }
            if b == 0x80 || b == 0xFF { invalid += 1; i += 1; continue }
            guard i + 1 < n else { break }
            let t = s[i + 1]
            if (0x40...0x7E).contains(t) || (0xA1...0xFE).contains(t) {
                units += 1
                if t <= 0x7E { lowTrail += 1 }
                if (0xA1...0xC6).contains(b) { common += 1 }
                i += 2
            } else {
                invalid += 1
                i += 1
            }
        }
        big5Units = units
        var score = Double(common) / Double(max(1, units + invalid))
        if units >= 20 && lowTrail * 20 < units { score *= 0.6 }
        big5 = score
    }

    private mutating func scoreWindows1252(_ s: [UInt8]) {
        var high = 0, alone = 0, defined = 0
        for (k, b) in s.enumerated() where b >= 0x80 {
            high += 1
            guard Windows1252Decoder.isDefined(b) else { continue }
            defined += 1
            let before = k > 0 ? s[k - 1] : 0
            let after = k + 1 < s.count ? s[k + 1] : 0
            if before < 0x80 && after < 0x80 { alone += 1 }
        }
        highBytes = high
        guard high > 0 else { return }
        windows1252 = Double(defined) / Double(high) * (0.2 + 0.8 * Double(alone) / Double(high))
    }

    /// The best-scoring encoding, with a confidence from its score, its lead
    /// over the runner-up and how many characters back it.
    func guess() -> EncodingGuess {
        // On a tie GB18030 wins over Big5 (Excel in mainland China is the usual source).
        let candidates: [(TextEncoding, Double, Int)] = [
            (.gb18030, gb18030, gbUnits), (.big5, big5, big5Units), (.windows1252, windows1252, highBytes),
        ]
        let order = candidates.indices.sorted { candidates[$0].1 != candidates[$1].1 ? candidates[$0].1 > candidates[$1].1 : $0 < $1 }
        var (best, score, units) = candidates[order[0]]
        let second = candidates[order[1]].1
        // Nothing plausible (binary junk): Windows-1252 decodes every byte and swallows no delimiter.
        if score == 0 { (best, units) = (.windows1252, highBytes) }
        let separation = score > 0 ? min(1, (score - second) / (0.5 * score)) : 0
        let size = Double(units) / Double(units + 2)
        // A guess from plausibility is never certain: at most 0.99.
        let confidence = min(0.99, (score * (0.5 + 0.5 * separation) * size * 100).rounded() / 100)
        func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        let reason = "not UTF-8; plausible characters: GB18030 \(percent(gb18030)), Big5 \(percent(big5)), Windows-1252 \(percent(windows1252))"
        return EncodingGuess(encoding: best, confidence: max(0.01, confidence), reason: reason)
    }
}
