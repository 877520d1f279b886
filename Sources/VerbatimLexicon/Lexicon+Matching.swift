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
    /// The text's tokens, kept for the next text's storage.
    var tokens = TextTokens()

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
    ///
    /// Walks the token trie (`TokenTrie`) from every token: the text is cut
    /// into words and characters once, then each step reads one table entry.
    public func match(
        _ text: NormalizedText, domain: Int, languages: LanguageFilter = .all, cues: Bool = false, into result: inout MatchSet
    ) {
        let view = cues ? cueView : views[domain]
        result.polarity.removeAll(keepingCapacity: true)
        result.themes.removeAll(keepingCapacity: true)
        result.complaints.removeAll(keepingCapacity: true)
        result.cues.removeAll(keepingCapacity: true)
        let n = text.bytes.count
        // One allocation per lane instead of repeated growth from empty (≈ one term per 12 bytes).
        if !cues {
            result.polarity.reserveCapacity(n / 12 + 4)
            result.themes.reserveCapacity(n / 24 + 2)
        }
        // The token storage out of `result` while the lanes are appended to.
        var cut = TextTokens()
        swap(&cut, &result.tokens)
        defer { swap(&cut, &result.tokens) }
        text.bytes.withUnsafeBufferPointer { cut.cut($0, tokenTrie) }
        // Three copies of the walk, each with its lanes and language test known when compiled: a
        // constant lane set drops the unused lanes' work, `.all` drops the language look-up.
        if cues {
            walk(cut, view: view, lanes: 0b1000, languages: languages, checkLanguages: true, into: &result)
        } else if languages.en && languages.zh {
            walk(cut, view: view, lanes: 0b0111, languages: languages, checkLanguages: false, into: &result)
        } else {
            walk(cut, view: view, lanes: 0b0111, languages: languages, checkLanguages: true, into: &result)
        }
    }

    /// Leftmost-longest per lane from every token of `cut`.
    @inline(__always)
    private func walk(
        _ cut: TextTokens, view: [Int32], lanes: UInt8, languages: LanguageFilter, checkLanguages: Bool, into result: inout MatchSet
    ) {
        let tokenCount = cut.count
        let trie = tokenTrie
        var next = (0, 0, 0, 0)
        cut.start.withUnsafeBufferPointer { starts in
        cut.token.withUnsafeBufferPointer { tokens in
        view.withUnsafeBufferPointer { view in
        laneMasks.withUnsafeBufferPointer { laneMasks in
            for s in 0..<tokenCount {
                // Most tokens start no key (spaces, punctuation, words no key begins with): ask first.
                var node = trie.child(0, tokens[s])
                if node < 0 { continue }
                let i = Int(starts[s])
                var free: UInt8 = 0
                if next.0 <= i { free |= 1 }
                if next.1 <= i { free |= 2 }
                if next.2 <= i { free |= 4 }
                if next.3 <= i { free |= 8 }
                free &= lanes
                if free == 0 { continue }
                var best: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
                var bestEnd = (0, 0, 0, 0)
                var t = s + 1
                while true {
                    let key = trie.keyOfNode[Int(node)]
                    if key >= 0 {
                        let r = view[Int(key)]
                        if r >= 0 && (!checkLanguages || languages.allows(languages_(r))) {
                            // Keys end at token ends: a word-like ending never runs on into a letter or digit.
                            let j = Int(starts[t])
                            let m = laneMasks[Int(r)] & free
                            if m & 1 != 0 { best.0 = r; bestEnd.0 = j }
                            if m & 2 != 0 { best.1 = r; bestEnd.1 = j }
                            if m & 4 != 0 { best.2 = r; bestEnd.2 = j }
                            if m & 8 != 0 { best.3 = r; bestEnd.3 = j }
                        }
                    }
                    if t >= tokenCount { break }
                    node = trie.child(node, tokens[t])
                    if node < 0 { break }
                    t += 1
                }
                if best.0 >= 0 { result.polarity.append(Match(range: i..<bestEnd.0, roles: best.0)); next.0 = bestEnd.0 }
                if best.1 >= 0 { result.themes.append(Match(range: i..<bestEnd.1, roles: best.1)); next.1 = bestEnd.1 }
                if best.2 >= 0 { result.complaints.append(Match(range: i..<bestEnd.2, roles: best.2)); next.2 = bestEnd.2 }
                if best.3 >= 0 { result.cues.append(Match(range: i..<bestEnd.3, roles: best.3)); next.3 = bestEnd.3 }
            }
        }
        }
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
