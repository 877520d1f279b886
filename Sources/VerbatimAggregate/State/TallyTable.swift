import VerbatimModel

/// A key of a ``TallyTable``: hashed with FNV-1a over its UTF-8 bytes, a hash the
/// aggregator works out once per item and reuses for every table the item goes to.
protocol TallyKey: Hashable, Sendable {
    /// FNV-1a of the key's bytes.
    var tallyHash: UInt64 { get }
}

extension String: TallyKey {
    var tallyHash: UInt64 { FNV1a64.hash(self) }
}

extension ThemeRef: TallyKey {
    var tallyHash: UInt64 {
        var h = FNV1a64()
        h.add(id)
        if let subtheme {
            h.add(0)
            h.add(subtheme)
        }
        return h.value
    }
}

extension Int: TallyKey {
    /// Period indexes are small consecutive numbers: a multiply spreads them over the slots.
    var tallyHash: UInt64 { UInt64(bitPattern: Int64(self)) &* 0x9E37_79B9_7F4A_7C15 }
}

extension Language: TallyKey {
    var tallyHash: UInt64 {
        switch self {
        case .zh: 1
        case .en: 2
        case .mixed: 3
        case .other: 4
        }
    }
}

extension RatingScale: TallyKey {
    /// From the bounds' bits: 0.0 and -0.0 (equal keys) may take two entries, which
    /// ``TallyTable/dictionary`` merges.
    var tallyHash: UInt64 { (min.bitPattern &* 0x9E37_79B9_7F4A_7C15 ^ max.bitPattern) &* 0xBF58_476D_1CE4_E5B9 }
}

/// A value of a ``TallyTable``: starts empty and merges exactly.
protocol TallyValue: Sendable {
    init()
    mutating func merge(_ other: Self)
}

extension Int: TallyValue {
    /// Counts merge by adding.
    mutating func merge(_ other: Int) { self += other }
}

/// The aggregator's hash table for tallies keyed by theme id, theme ref or evidence term, and
/// by period, language or rating scale.
///
/// A `Dictionary` hashed every key with the seeded SipHash (`Hasher`) at every access: ≈ 300
/// instructions per lookup, ≈ 8 % of `analyze`'s instructions (callgrind). Here the caller hashes
/// a key once (FNV-1a, ``TallyKey``) and passes the hash to every table it updates; keys,
/// hashes and values sit in arrays in insertion order, found through a power-of-two slot array
/// with linear probing.
///
/// To the outside — `Codable`, `==`, the summaries — it is the `Dictionary` it replaces
/// (``dictionary``), so partial files are byte-identical. Keys are compared with `==`
/// (canonical equivalence) but hashed by their bytes, so two canonically equal spellings
/// with different bytes may sit in two entries; ``dictionary`` merges them, as the
/// `Dictionary` would have counted them together.
///
/// ```swift
/// var t = TallyTable<String, Int>()
/// let k = "late", h = k.tallyHash
/// t.values[t.slot(for: k, hash: h)] += 1
/// t.dictionary   // ["late": 1]
/// ```
struct TallyTable<Key: TallyKey, Value: TallyValue>: Sendable {
    /// Keys in insertion order; `values[i]` and `hashes[i]` belong to `keys[i]`.
    private(set) var keys: [Key] = []
    /// Mutable in place through a ``slot(for:hash:)`` index.
    var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Entry index + 1 per slot (0 = empty); the count is a power of two, at most half full.
    private var slots: [Int32] = []

    init() {}

    var isEmpty: Bool { keys.isEmpty }

    /// The index of `key`'s entry, added with an empty value when missing.
    /// - Parameter hash: `key.tallyHash`.
    mutating func slot(for key: Key, hash: UInt64) -> Int {
        if 2 * (keys.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        // The probe reads the arrays through buffer pointers: subscripting them checked bounds
        // and retained and released each compared key (≈ 70 instructions a lookup; callgrind).
        let found: Int? = slots.withUnsafeBufferPointer { sl in
            hashes.withUnsafeBufferPointer { hs in
                keys.withUnsafeBufferPointer { ks in
                    while true {
                        let e = Int(sl[s])
                        if e == 0 { return nil }
                        if hs[e - 1] == hash && ks[e - 1] == key { return e - 1 }
                        s = (s + 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        keys.append(key)
        hashes.append(hash)
        values.append(Value())
        slots[s] = Int32(keys.count)
        return keys.count - 1
    }

    /// The index of `key`'s entry; nil when missing.
    func index(of key: Key, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            if hashes[e - 1] == hash && keys[e - 1] == key { return e - 1 }
            s = (s + 1) & mask
        }
    }

    /// Adds another table's entries, merging values of equal keys.
    mutating func merge(_ o: TallyTable) {
        for i in o.keys.indices { values[slot(for: o.keys[i], hash: o.hashes[i])].merge(o.values[i]) }
    }

    /// The entries as a `Dictionary` (what the summaries and the partial file see).
    var dictionary: [Key: Value] {
        var d = [Key: Value](minimumCapacity: keys.count)
        for i in keys.indices {
            if d[keys[i]] == nil { d[keys[i]] = values[i] } else { d[keys[i]]!.merge(values[i]) }
        }
        return d
    }

    /// A table holding `dictionary`'s entries.
    init(_ dictionary: [Key: Value]) {
        for (k, v) in dictionary { values[slot(for: k, hash: k.tallyHash)] = v }
    }

    private mutating func grow() {
        let count = max(8, slots.count * 2)
        slots = [Int32](repeating: 0, count: count)
        let mask = count - 1
        for i in keys.indices {
            var s = Int(truncatingIfNeeded: hashes[i]) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(i + 1)
        }
    }
}

extension TallyTable: Equatable where Value: Equatable {
    static func == (a: TallyTable, b: TallyTable) -> Bool { a.dictionary == b.dictionary }
}

extension TallyTable: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) { hasher.combine(dictionary) }
}

/// Encoded as the dictionary it stands for, so the JSON is what a `Dictionary` gave.
extension TallyTable: Codable where Key: Codable, Value: Codable {
    init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Key: Value].self))
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(dictionary)
    }
}
