import Foundation

/// Turns raw feedback into the form lexicon terms are written in.
///
/// Works on UTF-8 bytes with an ASCII fast path (shared/PLATFORM.md: byte
/// loops run at GB/s where `Character` iteration runs at 12–26 MB/s); only
/// rare characters outside the known-stable blocks go through Foundation's
/// NFKC, one scalar at a time.
///
/// ```swift
/// let normalizer = TextNormalizer()
/// normalizer.normalize("這家店ＧＯＯＤ！").bytes // "这家店good!" in UTF-8
/// ```
public struct TextNormalizer: Sendable {
    public let converter: ChineseScriptConverter

    public init(converter: ChineseScriptConverter = ChineseScriptConverter()) {
        self.converter = converter
    }

    /// Normalizes `text`; `vocabulary` decides how elongated words shorten.
    public func normalize(_ text: String, vocabulary: some WordVocabulary = EmptyVocabulary()) -> NormalizedText {
        var result = NormalizedText(bytes: [], origin: [], emphasis: [], capsAreEmphasis: false, original: "")
        normalize(text, vocabulary: vocabulary, into: &result)
        return result
    }

    /// Normalizes `text` into `result`, reusing its arrays' storage (one
    /// thread's scratch, item after item): the same result as `normalize(_:vocabulary:)`.
    public func normalize(_ text: String, vocabulary: some WordVocabulary = EmptyVocabulary(), into result: inout NormalizedText) {
        normalize(text, vocabulary: vocabulary, into: &result, scratch: NormalizerScratch())
    }

    /// Normalizes `text` into `result` with a thread's working buffers.
    public func normalize(
        _ text: String, vocabulary: some WordVocabulary, into result: inout NormalizedText, scratch: NormalizerScratch
    ) {
        var copy = text
        copy.withUTF8 { buf in normalize(utf8: buf, vocabulary: vocabulary, into: &result, scratch: scratch) }
    }

    /// Normalizes UTF-8 bytes into `result` with a thread's working buffers.
    ///
    /// - Precondition: `text` is valid UTF-8 (callers holding bytes validate
    ///   them once, as `annotate` does per line); it is not checked again here.
    public func normalize(
        utf8 text: UnsafeBufferPointer<UInt8>, vocabulary: some WordVocabulary, into result: inout NormalizedText,
        scratch: NormalizerScratch
    ) {
        var w = NormalizedWriter(scratch: scratch)
        swap(&w.emphasis, &result.emphasis)
        w.emphasis.removeAll(keepingCapacity: true)
        write(utf8: text, into: &w, vocabulary: vocabulary)
        // One copy out of the working buffers into the result's kept storage.
        result.bytes.removeAll(keepingCapacity: true)
        result.bytes.append(contentsOf: UnsafeBufferPointer(start: scratch.bytes, count: w.count))
        result.origin.removeAll(keepingCapacity: true)
        result.origin.append(contentsOf: UnsafeBufferPointer(start: scratch.origins, count: w.count + 1))
        result.separatorStarts.removeAll(keepingCapacity: true)
        result.separatorStarts.append(contentsOf: UnsafeBufferPointer(start: scratch.separators, count: w.separatorCount))
        swap(&result.emphasis, &w.emphasis)
        result.capsAreEmphasis = w.sawLower && w.sawUpperWord
        result.scripts = w.scripts
        result.originalHasOneSpelling = w.originalHasOneSpelling
        result.originalUTF8.removeAll(keepingCapacity: true)
        result.originalUTF8.append(contentsOf: text)
    }

    func write(utf8 src: UnsafeBufferPointer<UInt8>, into w: inout NormalizedWriter, vocabulary: some WordVocabulary) {
        // State lives in a struct with mutating methods rather than in local
        // variables captured by nested functions: captured `var`s are boxed and
        // every access was checked for exclusivity at run time (≈ 9 % of
        // annotate's instructions in callgrind, Benchmarks/perf/profile).
        // Every path but `slowNormalize` writes at most as many bytes as it reads.
        w.reserve(src.count + 1)
        var i = 0
        let n = src.count
        while i < n {
            let b = src[i]
            if (b == 0x68 || b == 0x48 || b == 0x77 || b == 0x57 || b == 0x40), let skip = Self.linkOrMentionLength(src, i) {
                // URLs and @mentions carry no sentiment, and "http://" holds the emoticon ":/".
                w.endWord(vocabulary)
                w.space(at: i)
                i += skip
                continue
            }
            if b < 0x80 {
                var c = b
                let isLetter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if isLetter && b == c {
                    // A run of lower-case letters (most of an English text) in one tight loop.
                    i = w.lowercaseRun(src, from: i)
                    continue
                } else if isLetter {
                    w.letter(c, upper: true, at: i)
                } else if c == 0x20 || c == 0x09 || c == 0x0D {
                    w.endWord(vocabulary)
                    w.space(at: i)
                } else {
                    w.endWord(vocabulary)
                    w.emitPunctuation(c, i)
                    w.lastWasSpace = (c == 0x0A)
                }
                i += 1
                continue
            }
            if b >= 0xE3 && b <= 0xE9 && i + 2 < n {
                // CJK ideographs (most of a Chinese text) without the general decode and switch:
                // copied as they are unless Traditional (≈ 40 → 15 instructions a character, callgrind).
                let cp = (UInt32(b & 0x0F) << 12) | (UInt32(src[i + 1] & 0x3F) << 6) | UInt32(src[i + 2] & 0x3F)
                if cp >= 0x4E00 || (cp >= 0x3400 && cp <= 0x4DBF) {
                    w.endWord(vocabulary)
                    let simplified = converter.simplified(cp)
                    if simplified == cp {
                        w.emit3(src.baseAddress! + i, i)
                    } else {
                        w.emitScalar(simplified, i)
                    }
                    w.lastWasSpace = false
                    i += 3
                    continue
                }
            }
            // Multi-byte scalar (input is valid UTF-8: a String's, or validated by the caller).
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var cp = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len where i + k < n { cp = (cp << 6) | (UInt32(src[i + k]) & 0x3F) }
            let at = i
            i += len
            // ASCII and the ideographs of the fast path above have one spelling; the rest is looked at here.
            if w.originalHasOneSpelling { w.originalHasOneSpelling = len == 3 && NormalizedText.hasOneSpelling(threeByteScalar: cp) }
            switch cp {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
                w.endWord(vocabulary)
                w.emitScalar(converter.simplified(cp), at)
                w.lastWasSpace = false
            case 0xFF01...0xFF5E:  // full-width ASCII
                var c = UInt8(cp - 0xFEE0)
                let upper = c >= 0x41 && c <= 0x5A
                if upper { c |= 0x20 }
                if c >= 0x61 && c <= 0x7A {
                    w.letter(c, upper: upper, at: at)
                } else {
                    w.endWord(vocabulary)
                    w.emitPunctuation(c, at)
                    w.lastWasSpace = false
                }
            case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F, 0x205F:  // spaces
                w.endWord(vocabulary)
                w.space(at: at)
            case 0x2018, 0x2019, 0x2032, 0xFF07:
                w.emitPunctuation(0x27, at)  // inside a word (don’t): keep the word going
                w.lastWasSpace = false
            case 0x201C, 0x201D:
                w.endWord(vocabulary)
                w.emitPunctuation(0x22, at)
                w.lastWasSpace = false
            case 0xFE0E, 0xFE0F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x1F3FB...0x1F3FF:
                continue  // invisible: variation selectors, zero-width, skin tones
            default:
                w.endWord(vocabulary)
                if Self.isStable(cp) {
                    w.emitScalar(cp, at)
                } else {
                    let scalars = Self.slowNormalize(cp)
                    w.reserve(w.count + 4 * scalars.count + (n - i) + 1)
                    for s in scalars { w.emitScalar(s, at) }
                }
                w.lastWasSpace = false
            }
        }
        w.endWord(vocabulary)
        // Trim one trailing space.
        if w.count > 0 && w.scratch.bytes[w.count - 1] == 0x20 { w.count -= 1 }
        w.scratch.origins[w.count] = Int32(truncatingIfNeeded: n)
    }

    static let linkPrefixes: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// Length of a URL (`http://`, `https://`, `www.`) or an `@mention` starting at `i`, if one does.
    static func linkOrMentionLength(_ src: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        @inline(__always) func lower(_ k: Int) -> UInt8 { k < src.count ? src[k] | 0x20 : 0 }
        @inline(__always) func isWord(_ k: Int) -> Bool {
            guard k < src.count else { return false }
            let c = src[k]
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        if i > 0 && isWord(i - 1) { return nil }  // inside a word: "show", "new@"
        var j = i
        if src[i] == 0x40 {
            j += 1
            while isWord(j) { j += 1 }
            return j - i > 1 ? j - i : nil
        }
        guard let prefix = linkPrefixes.first(where: { p in (0..<p.count).allSatisfy { lower(i + $0) == p[$0] } }) else { return nil }
        j = i + prefix.count
        while j < src.count {
            let c = src[j]
            if c <= 0x20 || c >= 0x80 || c == 0x22 || c == 0x3C || c == 0x3E { break }
            j += 1
        }
        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while j > i + prefix.count, [0x2E, 0x2C, 0x21, 0x3F, 0x29, 0x3B, 0x3A].contains(src[j - 1]) { j -= 1 }
        return j - i
    }

    /// Blocks whose characters NFKC and case folding leave alone.
    @inline(__always)
    static func isStable(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x3001...0x303F, 0x3041...0x30FF, 0xAC00...0xD7A3, 0x2010...0x2027, 0x2030...0x205E,
            0x2190...0x23FF, 0x2500...0x27BF, 0x2900...0x2BFF, 0x1F000...0x1FAFF, 0xFE30...0xFE4F:
            return true
        default:
            return false
        }
    }

    /// NFKC and lower-casing of one scalar (rare characters only).
    static func slowNormalize(_ cp: UInt32) -> [UInt32] {
        guard let scalar = Unicode.Scalar(cp) else { return [] }
        let s = String(Character(scalar)).precomposedStringWithCompatibilityMapping.lowercased()
        return s.unicodeScalars.map(\.value)
    }
}

/// A thread's working buffers for the normalizer: the normalized bytes and
/// their origins are written through pointers, then copied once into the
/// result. Appending to arrays checked uniqueness and capacity twice per
/// byte (≈ 15 % of normalizing's instructions, callgrind, Benchmarks/perf/profile).
///
/// Not thread-safe: one per thread (`TextNormalizer.normalize(_:vocabulary:into:scratch:)`).
public final class NormalizerScratch {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var origins: UnsafeMutablePointer<Int32>
    /// Offsets where a clause separator may start (`NormalizedText.separatorStarts`).
    private(set) var separators: UnsafeMutablePointer<Int32>
    private(set) var capacity: Int
    /// Entries the buffers hold (they grow to the longest text written). A public
    /// view: the stored property stays internal so the optimizer, seeing all its
    /// accesses, drops their run-time exclusivity checks (public, they cost ≈ 2M
    /// instructions on 2 MB of reviews; callgrind).
    public var entryCapacity: Int { capacity }

    public init() {
        capacity = 1024
        bytes = .allocate(capacity: capacity)
        origins = .allocate(capacity: capacity)
        separators = .allocate(capacity: capacity)
    }

    deinit {
        bytes.deallocate()
        origins.deallocate()
        separators.deallocate()
    }

    /// Room for `n` entries, keeping the first `used` bytes and origins and `separatorsUsed` separators.
    func reserve(_ n: Int, keeping used: Int, separatorsUsed: Int) {
        guard n > capacity else { return }
        let newCapacity = max(n, 2 * capacity)
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        let newOrigins = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        let newSeparators = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        newBytes.update(from: bytes, count: used)
        newOrigins.update(from: origins, count: used)
        newSeparators.update(from: separators, count: separatorsUsed)
        bytes.deallocate()
        origins.deallocate()
        separators.deallocate()
        bytes = newBytes
        origins = newOrigins
        separators = newSeparators
        capacity = newCapacity
    }
}

/// The normalized bytes being written, their origins, and the word in progress.
struct NormalizedWriter {
    let scratch: NormalizerScratch
    /// Bytes written so far (the origins have one more slot, for the end).
    var count = 0
    /// Separator offsets noted so far (at most one per byte written).
    var separatorCount = 0
    /// The scripts of what has been written, for `LanguageDetector`.
    var scripts = ScriptCounts()
    /// Every character read so far has one spelling (`NormalizedText.originalHasOneSpelling`).
    var originalHasOneSpelling = true
    var emphasis: [EmphasisSpan] = []
    var word = WordTracker()
    var sawLower = false
    var sawUpperWord = false
    var lastWasSpace = true  // drop leading spaces

    init(scratch: NormalizerScratch) {
        self.scratch = scratch
    }

    /// Room for `n` bytes (plus the end origin).
    mutating func reserve(_ n: Int) {
        scratch.reserve(n + 1, keeping: count, separatorsUsed: separatorCount)
    }

    @inline(__always)
    mutating func emit(_ b: UInt8, _ at: Int) {
        scratch.bytes[count] = b
        scratch.origins[count] = Int32(truncatingIfNeeded: at)
        count += 1
    }

    /// An ASCII character other than a letter or a space; notes where a clause separator may start.
    @inline(__always)
    mutating func emitPunctuation(_ c: UInt8, _ at: Int) {
        if Segmenter.isSeparatorByte(c) { noteSeparator() }
        scripts.inLatinWord = false
        emit(c, at)
    }

    /// The next byte written may start a clause separator.
    @inline(__always)
    mutating func noteSeparator() {
        scratch.separators[separatorCount] = Int32(truncatingIfNeeded: count)
        separatorCount += 1
    }

    /// One space for any run of white space (none at the start).
    @inline(__always)
    mutating func space(at i: Int) {
        if !lastWasSpace { emit(0x20, i) }
        lastWasSpace = true
        scripts.inLatinWord = false
    }

    /// A lower-cased ASCII letter, part of a word.
    @inline(__always)
    mutating func letter(_ c: UInt8, upper: Bool, at i: Int) {
        scripts.latinLetter()
        if !word.active { word.begin(at: count) }
        word.add(letter: c, upper: upper)
        if !upper { sawLower = true }
        emit(c, i)
        lastWasSpace = false
    }

    /// Writes the lower-case ASCII letters starting at `i` (at least one) as
    /// `letter` would one by one; returns the index after them. Letters after
    /// the first cannot start a URL or @mention (they are inside a word), so
    /// no link test is skipped. ≈ 30 → 10 instructions a letter (callgrind).
    /// Eight letters at a time (SWAR, where none repeats the one before) was
    /// tried: words average under five letters, and it cost ≈ 6M more
    /// instructions on 2 MB of English reviews for the same run time.
    @inline(__always)
    mutating func lowercaseRun(_ src: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        scripts.latinLetter()
        if !word.active { word.begin(at: count) }
        var t = word
        let out = scratch.bytes
        let origin = scratch.origins
        var k = count
        var j = i
        let n = src.count
        repeat {
            let c = src[j]
            t.letters += 1
            t.run = c == t.lastLetter ? t.run + 1 : 1
            t.lastLetter = c
            if t.run > t.longestRun { t.longestRun = t.run }
            out[k] = c
            origin[k] = Int32(truncatingIfNeeded: j)
            k += 1
            j += 1
        } while j < n && src[j] >= 0x61 && src[j] <= 0x7A
        word = t
        count = k
        sawLower = true
        lastWasSpace = false
        return j
    }

    /// A three-byte character copied as it is, all three bytes from `at`.
    @inline(__always)
    mutating func emit3(_ p: UnsafePointer<UInt8>, _ at: Int) {
        let out = scratch.bytes + count
        out[0] = p[0]
        out[1] = p[1]
        out[2] = p[2]
        let origin = scratch.origins + count
        let a = Int32(truncatingIfNeeded: at)
        origin[0] = a
        origin[1] = a
        origin[2] = a
        count += 3
        scripts.han += 1  // only ideographs come this way
        scripts.inLatinWord = false
    }

    mutating func emitScalar(_ cp: UInt32, _ at: Int) {
        scripts.count(cp)
        if cp < 0x80 {
            if Segmenter.isSeparatorByte(UInt8(cp)) { noteSeparator() }
            emit(UInt8(cp), at)
        } else if cp < 0x800 {
            emit(UInt8(0xC0 | (cp >> 6)), at)
            emit(UInt8(0x80 | (cp & 0x3F)), at)
        } else if cp < 0x10000 {
            if Segmenter.isSeparatorScalar(cp) { noteSeparator() }
            emit(UInt8(0xE0 | (cp >> 12)), at)
            emit(UInt8(0x80 | ((cp >> 6) & 0x3F)), at)
            emit(UInt8(0x80 | (cp & 0x3F)), at)
        } else {
            emit(UInt8(0xF0 | (cp >> 18)), at)
            emit(UInt8(0x80 | ((cp >> 12) & 0x3F)), at)
            emit(UInt8(0x80 | ((cp >> 6) & 0x3F)), at)
            emit(UInt8(0x80 | (cp & 0x3F)), at)
        }
    }

    /// Closes the word in progress: marks CAPITALS, shortens elongation.
    @inline(__always)
    mutating func endWord(_ vocabulary: some WordVocabulary) {
        guard word.active else { return }
        finishWord(vocabulary)
    }

    mutating func finishWord(_ vocabulary: some WordVocabulary) {
        let range = word.start..<count
        let caps = word.letters >= 2 && word.upper == word.letters
        if caps {
            emphasis.append(EmphasisSpan(range: range, kind: .caps))
            sawUpperWord = true
        }
        if word.longestRun >= 3 {
            shortenElongation(range, vocabulary)
            // The CAPITALS span covers the shortened word, not the bytes that follow it ("SOOOO good").
            if caps { emphasis[emphasis.count - 2].range = range.lowerBound..<count }
        }
        word = WordTracker()
    }

    /// The word in progress is the last thing written: its shortened form replaces it in place.
    mutating func shortenElongation(_ range: Range<Int>, _ vocabulary: some WordVocabulary) {
        let bytes = Array(UnsafeBufferPointer(start: scratch.bytes + range.lowerBound, count: range.count))
        let origins = Array(UnsafeBufferPointer(start: scratch.origins + range.lowerBound, count: range.count))
        let (two, twoOrigin) = collapseRuns(bytes[...], origins[...], keep: 2)
        let (one, oneOrigin) = collapseRuns(bytes[...], origins[...], keep: 1)
        let chosen: ([UInt8], [Int32])
        if vocabulary.containsWord(two[...]) {
            chosen = (two, twoOrigin)
        } else if vocabulary.containsWord(one[...]) {
            chosen = (one, oneOrigin)
        } else {
            chosen = (two, twoOrigin)
        }
        count = range.lowerBound
        for (b, o) in zip(chosen.0, chosen.1) {
            scratch.bytes[count] = b
            scratch.origins[count] = o
            count += 1
        }
        emphasis.append(EmphasisSpan(range: range.lowerBound..<(range.lowerBound + chosen.0.count), kind: .elongated))
    }
}

/// Tracks the ASCII word being written, for CAPS and elongation.
struct WordTracker {
    var active = false
    var start = 0
    var letters = 0
    var upper = 0
    var lastLetter: UInt8 = 0
    var run = 0
    var longestRun = 0

    mutating func begin(at index: Int) {
        self = WordTracker()
        active = true
        start = index
    }

    mutating func add(letter: UInt8, upper isUpper: Bool) {
        letters += 1
        if isUpper { upper += 1 }
        run = letter == lastLetter ? run + 1 : 1
        lastLetter = letter
        longestRun = max(longestRun, run)
    }
}

/// Shortens runs of one repeated letter to at most `keep` letters.
func collapseRuns(_ bytes: ArraySlice<UInt8>, _ origin: ArraySlice<Int32>, keep: Int) -> ([UInt8], [Int32]) {
    var out: [UInt8] = []
    var outOrigin: [Int32] = []
    var run = 0
    var last: UInt8 = 0
    for (b, o) in zip(bytes, origin) {
        run = b == last ? run + 1 : 1
        last = b
        if run <= keep {
            out.append(b)
            outOrigin.append(o)
        }
    }
    return (out, outOrigin)
}
