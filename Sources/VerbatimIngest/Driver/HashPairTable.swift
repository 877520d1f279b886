/// A hash table from 64-bit hashes to 64-bit hashes: the duplicate filter's memory of the texts
/// it has seen (normalized-text hash → exact-text hash).
///
/// The keys are FNV-1a hashes, already spread over all 64 bits, so their low bits pick the slot
/// directly; a `Dictionary` hashed each one again with the seeded SipHash, ≈ 700 instructions
/// per record for the lookup and the insertion (callgrind, `analyze` of a 10 MB CSV). Linear
/// probing in a power-of-two array at most 3/4 full: the memory of Swift's `Dictionary` at its
/// load factor (16 bytes a slot), so `--keep-duplicates`' bound (``DuplicateFilter/keptDuplicatesCapacity``
/// texts in 2^20 slots) holds as before.
///
/// ```swift
/// var t = HashPairTable()
/// t[0x1234] = 42
/// t[0x1234]   // 42
/// t.count     // 1
/// ```
struct HashPairTable {
    /// Keys and values side by side (key at 2k, value at 2k + 1); a key of 0 marks an empty slot,
    /// so the key 0 itself is kept apart.
    private var slots: [UInt64] = []
    private var zeroValue: UInt64?
    private(set) var count = 0

    init() {}

    subscript(key: UInt64) -> UInt64? {
        get {
            if key == 0 { return zeroValue }
            guard !slots.isEmpty else { return nil }
            return slots.withUnsafeBufferPointer { s in
                let mask = s.count / 2 - 1
                var i = Int(truncatingIfNeeded: key) & mask
                while true {
                    let k = s[2 * i]
                    if k == key { return s[2 * i + 1] }
                    if k == 0 { return nil }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            // Only insertions and replacements are needed (the filter never forgets).
            guard let value = newValue else { preconditionFailure("HashPairTable never removes") }
            if key == 0 {
                if zeroValue == nil { count += 1 }
                zeroValue = value
                return
            }
            if 4 * (count + 1) > 3 * (slots.count / 2) { grow() }
            if insert(key, value, into: &slots) { count += 1 }
        }
    }

    /// Puts `key` → `value` into `slots`; whether the key is new.
    private func insert(_ key: UInt64, _ value: UInt64, into slots: inout [UInt64]) -> Bool {
        slots.withUnsafeMutableBufferPointer { s in
            let mask = s.count / 2 - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = s[2 * i]
                if k == key {
                    s[2 * i + 1] = value
                    return false
                }
                if k == 0 {
                    s[2 * i] = key
                    s[2 * i + 1] = value
                    return true
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let capacity = max(16, slots.count)  // slots doubles: twice as many pairs
        var bigger = [UInt64](repeating: 0, count: 2 * capacity)
        for i in stride(from: 0, to: slots.count, by: 2) where slots[i] != 0 {
            _ = insert(slots[i], slots[i + 1], into: &bigger)
        }
        slots = bigger
    }
}
