import VerbatimModel

/// A text after normalization, as UTF-8 bytes, with a map back to the
/// original so evidence can quote the writer's own words.
///
/// Normalization: ASCII and full-width letters lower-cased, full-width forms
/// half-width (NFKC), Traditional Chinese turned Simplified, curly quotes
/// straight, emoji variation selectors and skin tones dropped, runs of
/// spaces collapsed, elongated words shortened (`soooo` → `so`).
public struct NormalizedText: Sendable {
    /// The normalized UTF-8 bytes.
    public internal(set) var bytes: [UInt8]
    /// Every offset in `bytes` where a clause separator may start
    /// (`Segmenter.separatorStarts(of:)`), ascending: the normalizer notes
    /// them as it writes, so the segmenter need not scan every byte again.
    public internal(set) var separatorStarts: [Int32]
    /// The text's language by script: `LanguageDetector.detect(_:)` of
    /// `bytes`, from counts the normalizer keeps as it writes.
    public var language: Language { scripts.language }
    /// What `language` is decided from.
    var scripts: ScriptCounts
    /// Every character of the original has one spelling (`hasOneSpelling`):
    /// then different bytes are always different text, in any range.
    var originalHasOneSpelling: Bool
    /// For each normalized byte, the original byte offset of the character
    /// it came from; one extra element holds the original length.
    public var origin: [Int32]
    /// Words written in CAPITALS or elongated, as normalized byte ranges, in
    /// text order (a word both in CAPITALS and elongated has two spans with
    /// one range, CAPITALS first), so their ends never decrease.
    public var emphasis: [EmphasisSpan]
    /// Whether the text mixes cases, so CAPITALS stand out (VADER's rule:
    /// a text written all in capitals emphasizes nothing).
    public var capsAreEmphasis: Bool
    /// The original text's UTF-8 bytes (valid UTF-8). Kept as bytes, not a
    /// `String`, so a caller holding bytes (`annotate` reading JSON Lines)
    /// need not make and validate a `String` per item, and evidence can be
    /// written straight from them.
    public internal(set) var originalUTF8: [UInt8]

    /// The original text.
    public var original: String {
        get { String(decoding: originalUTF8, as: UTF8.self) }
        set {
            originalUTF8.removeAll(keepingCapacity: true)
            originalUTF8.append(contentsOf: newValue.utf8)
            originalHasOneSpelling = originalUTF8.withUnsafeBufferPointer { Self.hasOneSpelling($0) }
        }
    }

    public init(bytes: [UInt8], origin: [Int32], emphasis: [EmphasisSpan], capsAreEmphasis: Bool, original: String) {
        self.bytes = bytes
        self.separatorStarts = Segmenter.separatorStarts(of: bytes)
        self.scripts = bytes.withUnsafeBufferPointer { LanguageDetector.scriptCounts($0) }
        self.origin = origin
        self.emphasis = emphasis
        self.capsAreEmphasis = capsAreEmphasis
        self.originalUTF8 = Array(original.utf8)
        self.originalHasOneSpelling = originalUTF8.withUnsafeBufferPointer { Self.hasOneSpelling($0) }
    }

    /// The original byte range of a normalized byte range.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(origin[range.lowerBound])..<Int(origin[range.upperBound])
    }

    /// The original text of a normalized byte range.
    public func originalText(_ range: Range<Int>) -> String {
        original(bytes: originalRange(range))
    }

    /// The original text of an original byte range.
    public func original(bytes r: Range<Int>) -> String {
        originalUTF8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Whether two original byte ranges hold equal text as `String` compares
    /// it (canonical equivalence), without making strings in the usual cases:
    /// equal bytes are equal text, and different bytes are different text when
    /// both hold only characters no other spelling is equivalent to (ASCII,
    /// CJK ideographs, CJK punctuation, full-width forms).
    public func sameOriginalText(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let verdict: Bool? = originalUTF8.withUnsafeBufferPointer { utf8 in
            let x = UnsafeBufferPointer(rebasing: utf8[a])
            let y = UnsafeBufferPointer(rebasing: utf8[b])
            if Self.sameBytes(x, y) { return true }
            // Known for the whole text when it was normalized: no per-range scan (callgrind: ≈ 600
            // instructions a line on Chinese reviews, where each theme's quotes are compared).
            if originalHasOneSpelling { return false }
            return Self.hasOneSpelling(x) && Self.hasOneSpelling(y) ? false : nil
        }
        return verdict ?? (original(bytes: a) == original(bytes: b))
    }

    /// Byte equality; the generic `elementsEqual` cost ≈ 4× more on these few-byte ranges (callgrind).
    @inline(__always)
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        for k in 0..<x.count where x[k] != y[k] { return false }
        return true
    }

    /// Whether every character is one that no other character sequence is canonically equivalent to.
    static func hasOneSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            guard b >= 0xE0 && b < 0xF0 && i + 2 < n else { return false }
            let cp = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard hasOneSpelling(threeByteScalar: cp) else { return false }
            i += 3
        }
        return true
    }

    /// Whether a character of three UTF-8 bytes has one spelling (besides
    /// ASCII, the only characters that do: ideographs, CJK punctuation, full-width forms).
    @inline(__always)
    static func hasOneSpelling(threeByteScalar cp: UInt32) -> Bool {
        switch cp {
        case 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// The normalized text of a byte range, as a String.
    public func normalizedText(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

/// A word that stands out: written in CAPITALS or elongated (`soooo`).
public struct EmphasisSpan: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case caps, elongated }
    public var range: Range<Int>
    public var kind: Kind
}

/// Answers whether a word is worth keeping in a given spelling; the
/// normalizer asks it to decide how to shorten elongated words.
public protocol WordVocabulary: Sendable {
    /// Whether some lexicon term is this word, or starts with it and a space.
    func containsWord(_ word: ArraySlice<UInt8>) -> Bool
}

/// A vocabulary that knows no words (elongations shorten to two letters).
public struct EmptyVocabulary: WordVocabulary {
    public init() {}
    public func containsWord(_ word: ArraySlice<UInt8>) -> Bool { false }
}
