import VerbatimModel
import VerbatimText

/// A lexicon hit: a normalized byte range and what the term means there.
public struct Match: Sendable, Hashable {
    /// Normalized byte range.
    public var range: Range<Int>
    /// Index of the term's roles in the lexicon (domain already applied).
    public var roles: Int32
}

/// Matches found in one text, one non-overlapping list per lane.
public struct MatchSet: Sendable {
    public var polarity: [Match] = []
    public var themes: [Match] = []
    public var complaints: [Match] = []
    public var cues: [Match] = []

    public init() {}
}

/// Which entries a match may use, by language.
public struct LanguageFilter: Sendable, Hashable {
    public var en: Bool
    public var zh: Bool
    public static let all = LanguageFilter(en: true, zh: true)
    public static let english = LanguageFilter(en: true, zh: false)
    public static let chinese = LanguageFilter(en: false, zh: true)

    @inline(__always)
    func allows(_ l: LexiconLanguage) -> Bool {
        switch l {
        case .mul: return true
        case .en: return en
        case .zh: return zh
        }
    }
}

extension Lexicon: WordVocabulary {
    /// Whether a term is this word or starts with it and a space (for elongation).
    public func containsWord(_ word: ArraySlice<UInt8>) -> Bool { trie.hasWord(word) }
}

/// The lexicon's terms as a normalizer vocabulary, shared by reference.
public final class LexiconVocabulary: WordVocabulary {
    let trie: ByteTrie

    public init(_ lexicon: Lexicon) { trie = lexicon.trie }

    public func containsWord(_ word: ArraySlice<UInt8>) -> Bool { trie.hasWord(word) }
}

/// Letters, digits and `_` join into words: `url_removed` holds no `removed`.
///
/// Two bit masks instead of four range tests: the test runs at every
/// character start of every item (seven compares for each Chinese
/// character; ≈ 1,100 instructions a line, callgrind).
@inline(__always)
func isWordByte(_ b: UInt8) -> Bool {
    let digits: UInt64 = 0x03FF_0000_0000_0000  // bits 48–57: "0"–"9"
    let letters: UInt64 = 0x07FF_FFFE_87FF_FFFE  // from 0x40: bits 1–26 "A"–"Z", 31 "_", 33–58 "a"–"z"
    if b < 64 { return (digits >> UInt64(b)) & 1 != 0 }
    if b < 128 { return (letters >> UInt64(b &- 64)) & 1 != 0 }
    return false
}

extension Lexicon {
    /// Finds terms leftmost-longest, independently in each lane.
    ///
    /// English-like terms (starting or ending with a letter or digit) match
    /// whole words only; Chinese terms match anywhere.
    /// - Parameters:
    ///   - domain: index into `domains`; `cues: true` matches the packs' cue words instead.
    public func match(_ text: NormalizedText, domain: Int, languages: LanguageFilter = .all, cues: Bool = false) -> MatchSet {
        var result = MatchSet()
        match(text, domain: domain, languages: languages, cues: cues, into: &result)
        return result
    }

    /// `match(_:domain:languages:cues:)` into `result`, reusing its arrays' storage (one thread's scratch).
    public func match(
        _ text: NormalizedText, domain: Int, languages: LanguageFilter = .all, cues: Bool = false, into result: inout MatchSet
    ) {
        let bytes = text.bytes
        let view = cues ? cueView : views[domain]
        result.polarity.removeAll(keepingCapacity: true)
        result.themes.removeAll(keepingCapacity: true)
        result.complaints.removeAll(keepingCapacity: true)
        result.cues.removeAll(keepingCapacity: true)
        let n = bytes.count
        // One allocation per lane instead of repeated growth from empty (≈ one term per 12 bytes).
        if !cues {
            result.polarity.reserveCapacity(n / 12 + 4)
            result.themes.reserveCapacity(n / 24 + 2)
        }
        var next = (0, 0, 0, 0)
        let lanes: UInt8 = cues ? 0b1000 : 0b0111
        var i = 0
        bytes.withUnsafeBufferPointer { buf in
            while i < n {
                let b = buf[i]
                if b & 0xC0 == 0x80 {  // UTF-8 continuation byte: not a character start
                    i += 1
                    continue
                }
                if isWordByte(b) && i > 0 && isWordByte(buf[i - 1]) {
                    i += 1
                    continue
                }
                // The next character start: past a whole character, not byte by byte through
                // its continuation bytes (two wasted steps per Chinese character).
                let step = b < 0xC0 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var free: UInt8 = 0
                if next.0 <= i { free |= 1 }
                if next.1 <= i { free |= 2 }
                if next.2 <= i { free |= 4 }
                if next.3 <= i { free |= 8 }
                free &= lanes
                if free == 0 {
                    i += step
                    continue
                }
                var best: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
                var bestEnd = (0, 0, 0, 0)
                // Whole three-byte characters (CJK) in one step each; keys end only at character ends.
                var node: Int32
                var j: Int
                if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                    node = trie.first3(buf.baseAddress! + i)
                    j = i + 3
                } else {
                    node = trie.child(0, b)
                    j = i + 1
                }
                while node >= 0 {
                    let key = trie.key(at: node)
                    if key >= 0 {
                        let r = view[Int(key)]
                        if r >= 0 && languages.allows(languages_(r)) {
                            // A word-like ending must not run on into a letter or digit.
                            let boundary = !(isWordByte(buf[j - 1]) && j < n && isWordByte(buf[j]))
                            if boundary {
                                let m = laneMasks[Int(r)] & free
                                if m & 1 != 0 { best.0 = r; bestEnd.0 = j }
                                if m & 2 != 0 { best.1 = r; bestEnd.1 = j }
                                if m & 4 != 0 { best.2 = r; bestEnd.2 = j }
                                if m & 8 != 0 { best.3 = r; bestEnd.3 = j }
                            }
                        }
                    }
                    if j >= n { break }
                    let c = buf[j]
                    if c >= 0xE0 && c < 0xF0 && j + 2 < n {
                        node = trie.child3(node, buf.baseAddress! + j)
                        j += 3
                    } else {
                        node = trie.child(node, c)
                        j += 1
                    }
                }
                if best.0 >= 0 { result.polarity.append(Match(range: i..<bestEnd.0, roles: best.0)); next.0 = bestEnd.0 }
                if best.1 >= 0 { result.themes.append(Match(range: i..<bestEnd.1, roles: best.1)); next.1 = bestEnd.1 }
                if best.2 >= 0 { result.complaints.append(Match(range: i..<bestEnd.2, roles: best.2)); next.2 = bestEnd.2 }
                if best.3 >= 0 { result.cues.append(Match(range: i..<bestEnd.3, roles: best.3)); next.3 = bestEnd.3 }
                i += step
            }
        }
    }

    @inline(__always)
    func languages_(_ r: Int32) -> LexiconLanguage { languages[Int(r)] }
}

extension Lexicon {
    /// How many role entries the lexicon holds (the range of `Match.roles`).
    public var roleCount: Int { roleTable.count }

    /// The roles at a role index (`Match.roles`).
    public func roles(at index: Int32) -> TermRoles { roleTable[Int(index)] }
}
