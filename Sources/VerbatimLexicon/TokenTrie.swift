/// The lexicon's keys as a trie over tokens instead of bytes: a token is a
/// maximal run of ASCII word bytes (letters, digits, `_`: one English word)
/// or one other character (a hanzi, a punctuation mark, a space, an emoji).
///
/// Matching gives exactly what walking the byte trie from every character
/// start does under the word rules (`Lexicon.match`): an English-like term
/// starts and ends only where a word does, so it starts and ends at token
/// boundaries, and a key that ends at a token boundary of the text is
/// exactly one that passes the byte walk's "no letter or digit runs on" test.
/// The text is cut into tokens once; a walk then takes one table step per
/// word or character, where the byte walk took one per byte and re-read
/// every word from each of its starts. callgrind (Benchmarks/perf/profile,
/// `annotate --jobs 1`, 2 MB): matching went from ≈ 14.0k to ≈ 8.8k
/// instructions a line on English reviews (≈ 4.4k of them cutting the
/// text) and from ≈ 9.1k to ≈ 6.6k on Chinese.
///
/// Token ids: a character is its code point (< 0x110000); a word of the
/// lexicon is `wordFlag | id`; a word no key holds is `unknownWord`, which
/// has no edge anywhere.
struct TokenTrie: Sendable {
    static let wordFlag: UInt32 = 0x4000_0000
    static let unknownWord: UInt32 = 0x7FFF_FFFF

    /// Nodes with more edges than this are looked up in `bigKeys` (a hash
    /// table) rather than by scanning their edge row.
    static let scanLimit = 8

    /// Key index (as in the byte trie) ending at each node, or -1.
    let keyOfNode: FrozenBuffer<Int32>

    // The words of the keys: an open-addressing table of word ids, checked against their bytes.
    private let wordSlots: FrozenBuffer<Int32>
    private let wordMask: Int
    /// Word `id`'s bytes, eight to a chunk (little-endian, the last one
    /// zero-filled), are `wordChunks[wordStart[id]...]`; its length `wordLength[id]`.
    private let wordChunks: FrozenBuffer<UInt64>
    private let wordStart: FrozenBuffer<Int32>
    private let wordLength: FrozenBuffer<Int32>

    // Edges from the root: direct tables for BMP characters and for words.
    private let rootBMP: FrozenBuffer<Int32>
    private let rootWord: FrozenBuffer<Int32>

    // Edges of node `n`: `edgeToken/edgeChild[edgeStart[n]..<edgeStart[n + 1]]`.
    private let edgeStart: FrozenBuffer<Int32>
    private let edgeToken: FrozenBuffer<UInt32>
    private let edgeChild: FrozenBuffer<Int32>

    // Edges of nodes with many children, and root edges of characters beyond the BMP:
    // (node << 32 | token) → child, linear probing; an empty slot holds `UInt64.max`.
    private let bigKeys: FrozenBuffer<UInt64>
    private let bigChild: FrozenBuffer<Int32>
    private let bigShift: UInt64

    /// Builds the trie; `keys[i]` is reported as `i` (`keyOfNode`). Keys are valid UTF-8.
    init(keys: [[UInt8]]) {
        // 1. The words of every key.
        var wordIDs: [[UInt8]: Int32] = [:]
        var words: [[UInt8]] = []
        var tokenized: [[UInt32]] = []
        tokenized.reserveCapacity(keys.count)
        for key in keys {
            var tokens: [UInt32] = []
            Self.forEachToken(of: key) { range, character in
                if let character {
                    tokens.append(character)
                } else {
                    let word = Array(key[range])
                    let id: Int32
                    if let known = wordIDs[word] {
                        id = known
                    } else {
                        id = Int32(words.count)
                        wordIDs[word] = id
                        words.append(word)
                    }
                    tokens.append(Self.wordFlag | UInt32(id))
                }
            }
            tokenized.append(tokens)
        }
        var slotCount = 16
        while slotCount < 2 * words.count { slotCount *= 2 }
        var slots = [Int32](repeating: -1, count: slotCount)
        var chunks: [UInt64] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        for (id, word) in words.enumerated() {
            let scanned = word.withUnsafeBufferPointer { Self.scanWord($0.baseAddress!, 0, $0.count) }
            starts.append(Int32(chunks.count))
            lengths.append(Int32(word.count))
            var k = 0
            while k < word.count {
                var chunk: UInt64 = 0
                for (b, byte) in word[k..<min(k + 8, word.count)].enumerated() { chunk |= UInt64(byte) << (8 * UInt64(b)) }
                chunks.append(chunk)
                k += 8
            }
            var s = Int(truncatingIfNeeded: scanned.hash) & (slotCount - 1)
            while slots[s] >= 0 { s = (s + 1) & (slotCount - 1) }
            slots[s] = Int32(id)
        }
        wordSlots = FrozenBuffer(slots)
        wordMask = slotCount - 1
        wordChunks = FrozenBuffer(chunks)
        wordStart = FrozenBuffer(starts)
        wordLength = FrozenBuffer(lengths)

        // 2. The trie over token sequences: edges as flat (parent, token, child) lists, put into
        // rows by a counting sort on the parent (no array per node: ≈ 40 % of building it, callgrind).
        var children: [UInt64: Int32] = [:]
        var keyOf: [Int32] = [-1]
        var parents: [Int32] = []
        var labels: [UInt32] = []
        for (k, tokens) in tokenized.enumerated() where !tokens.isEmpty {
            var node: Int32 = 0
            for t in tokens {
                let edge = UInt64(UInt32(node)) << 32 | UInt64(t)
                if let child = children[edge] {
                    node = child
                } else {
                    let child = Int32(keyOf.count)
                    keyOf.append(-1)
                    parents.append(node)
                    labels.append(t)  // edge e leads to node e + 1
                    children[edge] = child
                    node = child
                }
            }
            if keyOf[Int(node)] == -1 { keyOf[Int(node)] = Int32(k) }
        }
        let nodeCount = keyOf.count
        keyOfNode = FrozenBuffer(keyOf)

        var edgeStart = [Int32](repeating: 0, count: nodeCount + 1)
        for p in parents { edgeStart[Int(p) + 1] += 1 }
        for node in 0..<nodeCount { edgeStart[node + 1] += edgeStart[node] }
        var fill = edgeStart
        var edgeToken = [UInt32](repeating: 0, count: parents.count)
        var edgeChild = [Int32](repeating: 0, count: parents.count)
        for e in parents.indices {
            let slot = Int(fill[Int(parents[e])])
            edgeToken[slot] = labels[e]
            edgeChild[slot] = Int32(e + 1)
            fill[Int(parents[e])] += 1
        }
        var rootBMP = [Int32](repeating: -1, count: 0x10000)
        var rootWord = [Int32](repeating: -1, count: max(1, words.count))
        var big: [(UInt64, Int32)] = []
        for node in 0..<nodeCount {
            let row = Int(edgeStart[node])..<Int(edgeStart[node + 1])
            if node == 0 {
                for e in row {
                    let t = edgeToken[e]
                    if t < 0x10000 {
                        rootBMP[Int(t)] = edgeChild[e]
                    } else if t & Self.wordFlag != 0 {
                        rootWord[Int(t & ~Self.wordFlag)] = edgeChild[e]
                    } else {
                        big.append((UInt64(t), edgeChild[e]))
                    }
                }
            } else if row.count > Self.scanLimit {
                for e in row { big.append((UInt64(UInt32(node)) << 32 | UInt64(edgeToken[e]), edgeChild[e])) }
            }
        }
        self.rootBMP = FrozenBuffer(rootBMP)
        self.rootWord = FrozenBuffer(rootWord)
        self.edgeStart = FrozenBuffer(edgeStart)
        self.edgeToken = FrozenBuffer(edgeToken)
        self.edgeChild = FrozenBuffer(edgeChild)

        var bits: UInt64 = 4
        while (1 << bits) < 2 * big.count { bits += 1 }
        let size = 1 << Int(bits)
        var bigKeys = [UInt64](repeating: .max, count: size)
        var bigChild = [Int32](repeating: -1, count: size)
        let shift = 64 - bits
        for (key, child) in big {
            var s = Int((key &* Self.mixer) >> shift)
            while bigKeys[s] != .max { s = (s + 1) & (size - 1) }
            bigKeys[s] = key
            bigChild[s] = child
        }
        self.bigKeys = FrozenBuffer(bigKeys)
        self.bigChild = FrozenBuffer(bigChild)
        self.bigShift = shift
    }

    static let mixer: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The child of `node` along `token`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ token: UInt32) -> Int32 {
        if node == 0 {
            if token < 0x10000 { return rootBMP[Int(token)] }
            if token & Self.wordFlag != 0 {
                return token == Self.unknownWord ? -1 : rootWord[Int(token & ~Self.wordFlag)]
            }
            return bigLookup(UInt64(token))
        }
        let lo = Int(edgeStart[Int(node)])
        let hi = Int(edgeStart[Int(node) + 1])
        if hi - lo > Self.scanLimit { return bigLookup(UInt64(UInt32(node)) << 32 | UInt64(token)) }
        var e = lo
        while e < hi {
            if edgeToken[e] == token { return edgeChild[e] }
            e += 1
        }
        return -1
    }

    @inline(__always)
    private func bigLookup(_ key: UInt64) -> Int32 {
        let mask = (1 << (64 - bigShift)) - 1
        var s = Int((key &* Self.mixer) >> bigShift)
        while true {
            let k = bigKeys[s]
            if k == key { return bigChild[s] }
            if k == .max { return -1 }
            s = (s + 1) & Int(mask)
        }
    }

    /// The word starting at `i` (a word byte) of `p[0..<n]`: where it ends and its token.
    @inline(__always)
    func word(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (end: Int, token: UInt32) {
        let w = Self.scanWord(p, i, n)
        let count = w.end - i
        var s = Int(truncatingIfNeeded: w.hash) & wordMask
        while true {
            let id = Int(wordSlots[s])
            if id < 0 { return (w.end, Self.unknownWord) }
            if Int(wordLength[id]) == count {
                let at = Int(wordStart[id])
                if wordChunks[at] == w.first {
                    if count <= 8 { return (w.end, Self.wordFlag | UInt32(id)) }
                    // Longer words (rare): the rest byte by byte.
                    var k = 8
                    while k < count && UInt8(truncatingIfNeeded: wordChunks[at + k / 8] >> (8 * UInt64(k % 8))) == p[i + k] { k += 1 }
                    if k == count { return (w.end, Self.wordFlag | UInt32(id)) }
                }
            }
            s = (s + 1) & wordMask
        }
    }

    /// Scans the run of ASCII word bytes starting at `i` eight bytes at a
    /// time: its end, its hash (each zero-filled eight-byte chunk mixed in
    /// with a multiply, then the length) and its first chunk.
    ///
    /// Eight bytes a step instead of one: cutting English text into words
    /// byte by byte (run test, hash and check a byte at a time) cost ≈ 5k
    /// instructions a line, more than the trie walk it feeds (callgrind).
    @inline(__always)
    static func scanWord(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (end: Int, hash: UInt64, first: UInt64) {
        var h: UInt64 = 0
        var first: UInt64 = 0
        var k = i
        var isFirst = true
        while true {
            var chunk: UInt64
            if k + 8 <= n {
                chunk = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            } else {
                chunk = 0
                var b = 0
                while k + b < n {
                    chunk |= UInt64(p[k + b]) << (8 * UInt64(b))
                    b += 1
                }
            }
            let mask = wordByteMask(chunk)
            let run = mask == 0x8080_8080_8080_8080 ? 8 : (~mask & 0x8080_8080_8080_8080).trailingZeroBitCount / 8
            if run < 8 { chunk &= (1 << (8 * UInt64(run))) &- 1 }
            if isFirst {
                first = chunk
                isFirst = false
            }
            h = (h ^ chunk) &* mixer
            h ^= h >> 29
            k += run
            if run < 8 { break }
        }
        h = (h ^ UInt64(truncatingIfNeeded: k - i)) &* mixer
        return (k, h ^ (h >> 32), first)
    }

    /// 0x80 in each byte of `w` that is an ASCII word byte (`isWordByte`:
    /// a letter, a digit or `_`), 0 elsewhere. Every test works on the low
    /// seven bits, so no sum or difference carries or borrows across bytes;
    /// bytes ≥ 0x80 are masked out at the end.
    @inline(__always)
    static func wordByteMask(_ w: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = w & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low | 0x2020_2020_2020_2020  // A–Z onto a–z
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & (0xFAFA_FAFA_FAFA_FAFA &- folded)  // 0x61–0x7A
        let digits = (low &+ 0x5050_5050_5050_5050) & (0xB9B9_B9B9_B9B9_B9B9 &- low)  // 0x30–0x39
        let v = low ^ 0x5F5F_5F5F_5F5F_5F5F  // zero where "_"
        let underscores = ~((v &+ 0x7F7F_7F7F_7F7F_7F7F) | v)
        return (letters | digits | underscores) & ~w & high
    }

    /// Calls `body` for each token of valid UTF-8 `bytes`, in order: a word's
    /// byte range with `nil`, or a character's byte range with its code point.
    static func forEachToken(of bytes: [UInt8], _ body: (Range<Int>, UInt32?) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if isWordByte(b) {
                var j = i + 1
                while j < n && isWordByte(bytes[j]) { j += 1 }
                body(i..<j, nil)
                i = j
            } else {
                let (cp, len) = decodeScalar(bytes, i)
                body(i..<(i + len), cp)
                i += len
            }
        }
    }

    /// The scalar at `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var cp = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len where i + k < bytes.count { cp = (cp << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (cp, len)
    }
}

/// A text cut into tokens (`TokenTrie`): where each starts, and its id.
///
/// Reused item after item (a thread's `MatchSet`): the arrays only grow,
/// `count` says how much of them the last text filled, and they are written
/// through buffer pointers (no per-element uniqueness or capacity checks:
/// every byte of every item passes through here).
struct TextTokens: Sendable {
    /// Byte offset of each token; `start[count]` is the text's length.
    private(set) var start: [Int32] = []
    private(set) var token: [UInt32] = []
    /// Tokens in the last text cut.
    private(set) var count = 0

    /// Cuts valid UTF-8 into tokens, replacing the previous text's.
    mutating func cut(_ buf: UnsafeBufferPointer<UInt8>, _ trie: TokenTrie) {
        let n = buf.count
        if start.count < n + 1 {  // at most one token per byte, plus the end
            let size = max(n + 1, 2 * start.count, 256)
            start = [Int32](repeating: 0, count: size)
            token = [UInt32](repeating: 0, count: size)
        }
        var count = 0
        start.withUnsafeMutableBufferPointer { starts in
        token.withUnsafeMutableBufferPointer { tokens in
            if let p = buf.baseAddress {
                var i = 0
                while i < n {
                    let b = p[i]
                    starts[count] = Int32(truncatingIfNeeded: i)
                    if isWordByte(b) {
                        let w = trie.word(p, i, n)
                        tokens[count] = w.token
                        i = w.end
                    } else if b < 0x80 {
                        tokens[count] = UInt32(b)
                        i += 1
                    } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                        // Three-byte characters (CJK) without the general length switch.
                        tokens[count] = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
                        i += 3
                    } else {
                        let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        var cp = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                        var k = 1
                        while k < len && i + k < n {
                            cp = (cp << 6) | (UInt32(p[i + k]) & 0x3F)
                            k += 1
                        }
                        tokens[count] = cp
                        i += len
                    }
                    count += 1
                }
            }
            starts[count] = Int32(truncatingIfNeeded: n)
        }
        }
        self.count = count
    }
}
