/// Guesses a file's text encoding from its first bytes (≈ 64 KiB).
///
/// In order: a byte order mark is certain; text that is (almost all) valid
/// UTF-8 is UTF-8; NUL bytes on every other position without a BOM are
/// UTF-16; anything else is scored as GB18030, Big5 or Windows-1252 by how
/// plausible its bytes are (see ``LegacyEncodingScores``).
///
/// ```swift
/// let guess = EncodingDetector.detect(sample, isWholeFile: false)
/// print(guess.encoding, guess.confidence, guess.reason)
/// ```
public enum EncodingDetector {
    /// How much of a file detection looks at.
    public static let sampleSize = 64 * 1024

    /// The likely encoding of `sample`, the start of a file.
    /// - Parameter isWholeFile: the sample is the entire file (so an
    ///   incomplete sequence at its end is an error, not a cut).
    public static func detect(_ sample: [UInt8], isWholeFile: Bool) -> EncodingGuess {
        if let bom = byteOrderMark(sample) { return bom }
        if sample.isEmpty {
            return EncodingGuess(encoding: .utf8, confidence: 1, reason: "empty file")
        }
        let utf8 = UTF8Census(sample, isWholeFile: isWholeFile)
        if utf8.multibyte == 0 && utf8.invalid == 0 && !utf8.hasNUL {
            return isWholeFile
                ? EncodingGuess(encoding: .utf8, confidence: 1, reason: "ASCII only")
                : EncodingGuess(encoding: .utf8, confidence: 0.9, reason: "ASCII only in the first \(sample.count / 1024) KiB")
        }
        if let utf16 = utf16ByNULs(sample) { return utf16 }
        if utf8.invalid == 0 {
            let confidence = min(0.99, 0.75 + 0.05 * Double(utf8.multibyte))
            return EncodingGuess(encoding: .utf8, confidence: confidence,
                                 reason: "valid UTF-8 (\(utf8.multibyte) multibyte characters)")
        }
        // A UTF-8 file with a few damaged bytes is still UTF-8: decoding it as
        // GB18030 would garble every other character.
        if utf8.multibyte >= 4 && utf8.invalid * 20 <= utf8.multibyte {
            let share = Double(utf8.invalid) / Double(utf8.multibyte + utf8.invalid)
            return EncodingGuess(encoding: .utf8, confidence: max(0.5, 0.95 - 5 * share),
                                 reason: "UTF-8 with \(utf8.invalid) invalid sequences among \(utf8.multibyte) multibyte characters")
        }
        return LegacyEncodingScores(sample).guess()
    }

    /// Whether `sample` (the start of a file) is binary rather than text: NUL
    /// bytes that are not UTF-16's pattern, or many control bytes.
    ///
    /// ```swift
    /// EncodingDetector.looksBinary([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0])   // true (a ZIP)
    /// EncodingDetector.looksBinary(Array("a,b\n1,2\n".utf8))                // false
    /// ```
    public static func looksBinary(_ sample: [UInt8]) -> Bool {
        if sample.isEmpty { return false }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        var nul = 0
        var control = 0
        for b in sample {
            if b == 0 { nul += 1 }
            // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls and DEL do not.
            else if b < 0x20 && !(0x09...0x0D).contains(b) && b != 0x1B || b == 0x7F { control += 1 }
        }
        if nul > 0 && utf16ByNULs(sample) != nil { return false }
        // Half a percent of NULs or five percent of controls: a stray NUL in a
        // text file stays below both.
        return nul * 200 > sample.count || (nul + control) * 20 > sample.count
    }

    static func byteOrderMark(_ sample: [UInt8]) -> EncodingGuess? {
        for encoding in [TextEncoding.utf8, .utf16LE, .utf16BE, .gb18030] {
            if let bom = encoding.byteOrderMark, sample.starts(with: bom) {
                return EncodingGuess(encoding: encoding, confidence: 1, reason: "byte order mark", bomLength: bom.count)
            }
        }
        return nil
    }

    /// UTF-16 without a BOM: ASCII characters put a NUL on every other byte.
    static func utf16ByNULs(_ sample: [UInt8]) -> EncodingGuess? {
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var even = 0
        var odd = 0
        var k = 0
        while k + 1 < sample.count {
            if sample[k] == 0 { even += 1 }
            if sample[k + 1] == 0 { odd += 1 }
            k += 2
        }
        if odd * 4 > pairs && even * 20 < pairs {
            return EncodingGuess(encoding: .utf16LE, confidence: 0.8, reason: "NUL bytes at odd offsets, no BOM (UTF-16LE)")
        }
        if even * 4 > pairs && odd * 20 < pairs {
            return EncodingGuess(encoding: .utf16BE, confidence: 0.8, reason: "NUL bytes at even offsets, no BOM (UTF-16BE)")
        }
        return nil
    }
}

/// Counts of well-formed and ill-formed UTF-8 in a sample.
struct UTF8Census {
    var multibyte = 0
    var invalid = 0
    var hasNUL = false

    init(_ sample: [UInt8], isWholeFile: Bool) {
        sample.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 0 { hasNUL = true }
                    i += 1
                    continue
                }
                switch UTF8Repairer.sequence(at: i, in: p) {
                case .valid(let length):
                    multibyte += 1
                    i += length
                case .incomplete:
                    // Cut by the end of the sample: only wrong when nothing follows.
                    if isWholeFile { invalid += 1 }
                    i = p.count
                case .invalid(let length):
                    invalid += 1
                    i += length
                }
            }
        }
    }
}
