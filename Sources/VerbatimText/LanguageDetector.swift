import VerbatimModel

/// Decides zh / en / mixed / other from the script of the characters.
///
/// Chinese characters count one each; a Latin word counts 1.5 (an English
/// word carries about as much as one or two hanzi). A text at least 75 %
/// Chinese by that weight is `zh`, at most 25 % is `en`, between is
/// `mixed`; a text dominated by other scripts, or with no letters, is `other`.
public enum LanguageDetector {
    /// The language of a normalized byte range.
    ///
    /// ```swift
    /// LanguageDetector.detect(Array("这个app很好用".utf8)[...]) // .zh
    /// ```
    public static func detect(_ bytes: ArraySlice<UInt8>) -> Language {
        bytes.withUnsafeBufferPointer { detect($0) }
    }

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
        scriptCounts(bytes).language
    }

    /// The counts `detect` decides from.
    static func scriptCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> ScriptCounts {
        var han = 0
        var latinWords = 0
        var otherLetters = 0
        var inWord = false
        var i = 0
        let end = bytes.count
        while i < end {
            // Eight ASCII bytes at once: English text without a byte loop (≈ 8 → 2 instructions a byte).
            if i + 8 <= end {
                let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0 {
                    let letters = asciiLetterMask(w)
                    let previous = (letters << 8) | (inWord ? 0x80 : 0)
                    latinWords += (letters & ~previous).nonzeroBitCount
                    inWord = letters >> 63 != 0
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
                if letter && !inWord { latinWords += 1 }
                inWord = letter
                i += 1
                continue
            }
            inWord = false
            // Common Chinese without decoding: lead bytes E5–E9 are U+5000–9FFF, E4 is
            // U+4000–4FFF (all Han but U+4DC0–4DFF, second byte B7).
            if b >= 0xE5 && b <= 0xE9 || (b == 0xE4 && i + 1 < end && bytes[i + 1] != 0xB7) {
                han += 1
                i += 3
                continue
            }
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var cp = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len where i + k < end { cp = (cp << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            i += len
            switch cp {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: han += 1
            case 0x00C0...0x024F: if !inWord { latinWords += 1 }; inWord = true
            case 0x0370...0x1FFF, 0x3040...0x30FF, 0xAC00...0xD7A3: otherLetters += 1
            default: break
            }
        }
        return ScriptCounts(han: han, latinWords: latinWords, otherLetters: otherLetters, inLatinWord: inWord)
    }

    /// 0x80 in each byte of `w` (all ASCII) that is a letter A–Z or a–z, 0 elsewhere.
    /// Folding with 0x20 maps A–Z onto a–z and no other ASCII byte into a–z;
    /// the two range tests cannot carry or borrow across bytes below 0x80.
    @inline(__always)
    static func asciiLetterMask(_ w: UInt64) -> UInt64 {
        let x = w | 0x2020_2020_2020_2020
        let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit where x ≥ 0x61
        let atMostZ = 0xFAFA_FAFA_FAFA_FAFA &- x  // high bit where x ≤ 0x7A
        return atLeastA & atMostZ & 0x8080_8080_8080_8080
    }

    static func verdict(han: Int, latinWords: Int, otherLetters: Int) -> Language {
        let latinWeight = Double(latinWords) * 1.5
        let total = Double(han) + latinWeight
        if total == 0 || Double(otherLetters) > total { return .other }
        let zhShare = Double(han) / total
        if zhShare >= 0.75 { return .zh }
        if zhShare <= 0.25 { return .en }
        return .mixed
    }
}

/// `LanguageDetector`'s counts kept while text is written (the normalizer
/// counts as it writes, so the detector need not read the text again:
/// ≈ 1.1k instructions a line, callgrind). The rules are the detector's,
/// character by character: an ASCII letter after anything but a Latin
/// letter starts a Latin word; a Latin-1 or Latin Extended letter
/// (U+00C0–U+024F) always does; ideographs and other scripts' letters count one each.
struct ScriptCounts: Sendable, Equatable {
    var han = 0
    var latinWords = 0
    var otherLetters = 0
    /// The last character written was a Latin letter (the detector's `inWord`).
    var inLatinWord = false

    /// An ASCII letter was written.
    @inline(__always)
    mutating func latinLetter() {
        if !inLatinWord { latinWords += 1 }
        inLatinWord = true
    }

    /// A scalar was written.
    @inline(__always)
    mutating func count(_ cp: UInt32) {
        if cp < 0x80 {
            if (cp >= 0x61 && cp <= 0x7A) || (cp >= 0x41 && cp <= 0x5A) {
                latinLetter()
            } else {
                inLatinWord = false
            }
            return
        }
        inLatinWord = false
        switch cp {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: han += 1
        case 0x00C0...0x024F:
            latinWords += 1
            inLatinWord = true
        case 0x0370...0x1FFF, 0x3040...0x30FF, 0xAC00...0xD7A3: otherLetters += 1
        default: break
        }
    }

    var language: Language { LanguageDetector.verdict(han: han, latinWords: latinWords, otherLetters: otherLetters) }
}
