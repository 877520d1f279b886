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
        var han = 0
        var latinWords = 0
        var otherLetters = 0
        var inWord = false
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
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
        let latinWeight = Double(latinWords) * 1.5
        let total = Double(han) + latinWeight
        if total == 0 || Double(otherLetters) > total { return .other }
        let zhShare = Double(han) / total
        if zhShare >= 0.75 { return .zh }
        if zhShare <= 0.25 { return .en }
        return .mixed
    }
}
