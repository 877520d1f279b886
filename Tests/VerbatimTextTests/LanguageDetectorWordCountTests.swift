import Testing
import VerbatimModel
import VerbatimTestSupport
@testable import VerbatimText

@Suite struct LanguageDetectorWordCountTests {
    /// The byte-at-a-time counting the eight-byte path must agree with.
    static func referenceCounts(_ bytes: [UInt8]) -> (han: Int, latinWords: Int, other: Int) {
        var han = 0, latin = 0, other = 0
        var inWord = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
                if letter && !inWord { latin += 1 }
                inWord = letter
                i += 1
                continue
            }
            inWord = false
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var cp = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len where i + k < bytes.count { cp = (cp << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            i += len
            switch cp {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: han += 1
            case 0x00C0...0x024F: latin += 1; inWord = true
            case 0x0370...0x1FFF, 0x3040...0x30FF, 0xAC00...0xD7A3: other += 1
            default: break
            }
        }
        return (han, latin, other)
    }

    @Test func eightBytePathCountsAsTheByteLoop() {
        let pieces = ["the ", "Food", " was", "GREAT", "!!", " 好吃", "，", "app", "很好用", "don't", "café", "@x", "[a]", "`z{",
                      "12ab", "Ü", "ñ", "カタ", "한국", "😀", "\t", "\n", "Z", "a", " "]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let bytes = Array(text.utf8)
            let r = Self.referenceCounts(bytes)
            let expected = LanguageDetector.verdict(han: r.han, latinWords: r.latinWords, otherLetters: r.other)
            #expect(LanguageDetector.detect(bytes[...]) == expected, "\(text)")
        }
        // Every ASCII byte value, in every position of an eight-byte block.
        for b in UInt8(0)..<0x80 {
            for at in 0..<9 {
                var bytes = Array("abcdefgh ijklmnop".utf8)
                bytes[at] = b
                let r = Self.referenceCounts(bytes)
                #expect(LanguageDetector.detect(bytes[...]) == LanguageDetector.verdict(han: r.han, latinWords: r.latinWords, otherLetters: r.other))
            }
        }
    }

    @Test func letterMaskMarksExactlyTheLetters() {
        for b in UInt8(0)..<0x80 {
            let isLetter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            for at in 0..<8 {
                let w = UInt64(b) << (8 * UInt64(at)) | (at == 0 ? 0 : 0x21)  // a '!' in byte 0 when b is elsewhere
                let mask = LanguageDetector.asciiLetterMask(w)
                #expect((mask >> (8 * UInt64(at) + 7)) & 1 == (isLetter ? 1 : 0), "byte \(b) at \(at)")
            }
        }
    }
}

@Suite struct NormalizerScriptCountTests {
    /// The counts the normalizer keeps as it writes equal the detector's
    /// counts over the bytes it wrote, for text of every kind the normalizer
    /// treats differently (Traditional characters, full-width forms, Latin
    /// letters with accents, other scripts, links, invisible characters, NFKC expansions).
    @Test func normalizerCountsEqualTheDetectorsOverItsOutput() {
        let pieces = [
            "good", "GOOD", "Good", "x", "don’t", "don't", "a1b", "_", "123", " ", "  ", "\n", "\t", ",", "，", "。", "!", "好", "這家",
            "㐀", "龥", "豈", "𠀀", "𪚥", "Café", "É", "ÉÉ", "ŋ", "ǿ", "Ω", "Ж", "あ", "カ", "한", "ｶ", "ＡＢＣ", "ａ", "１", "ﬁ", "Ⅻ", "①",
            "😀", "👍🏻", "❤️", "\u{200B}", "\u{FEFF}", "http://x.com", "www.y.org", "@user", "soooo", "e\u{301}", "ß", "İ",
        ]
        var random = SplitMix64(seed: 23)
        let normalizer = TextNormalizer()
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<(Int(random.next() % 10)) { s += pieces[Int(random.next() % UInt64(pieces.count))] }
            let t = normalizer.normalize(s)
            let scanned = t.bytes.withUnsafeBufferPointer { LanguageDetector.scriptCounts($0) }
            #expect(t.scripts.han == scanned.han, "\(s)")
            #expect(t.scripts.latinWords == scanned.latinWords, "\(s)")
            #expect(t.scripts.otherLetters == scanned.otherLetters, "\(s)")
            #expect(t.language == LanguageDetector.detect(t.bytes[...]), "\(s)")
        }
    }
}
