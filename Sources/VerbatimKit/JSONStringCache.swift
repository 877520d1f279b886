import VerbatimModel

/// JSON-escaped forms of the strings that recur from line to line — column names, the source
/// file, brands, regions, evidence terms — and of theme heads (`{"id":…,"subtheme":…,
/// "sentiment":`) and ratings, so each is written once instead of on every line.
///
/// Keyed by a string's 16 bytes of representation: a string of up to 15 UTF-8 bytes holds its
/// bytes there ("delivery", "太慢了", "West"), a longer one its storage's address and length.
/// Equal keys therefore mean equal strings, as long as a longer string's storage outlives its
/// entry — which the entry guarantees by holding the string. Different keys may still be equal
/// strings (two copies of a long string), which only costs a miss. Direct-mapped; a key takes
/// its slot at its second miss in a row there, so values seen once (an order number in a
/// field) are escaped as usual and leave the slot's entry alone.
///
/// On the generated 10 MB CSV, escaping these short strings was ≈ 200 instructions each, ≈ 12
/// strings per items.jsonl line plus two per theme (callgrind); a hit copies the stored bytes.
///
/// Not thread-safe: one per worker thread.
final class JSONStringCache {
    private struct Entry {
        /// A string's representation, or a theme's id and subtheme representations; `kind`
        /// tells them apart.
        var key: Key
        /// Keeps long strings' storage (their addresses are in the key) alive.
        var keep: (String, String?)
        /// The JSON fragment; empty in a free slot.
        var bytes: [UInt8]
        /// The key that missed here last (it takes the slot if it misses again).
        var candidate: Key
    }

    private struct Key: Equatable {
        var a: UInt64, b: UInt64, c: UInt64, d: UInt64
        var kind: UInt8
    }

    static let slots = 1024
    // Manually managed: a class's array property is checked for exclusive access on every
    // use, which cost more than the lookup (see ThemeHeadCache).
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.slots)
        let none = Key(a: 0, b: 0, c: 0, d: 0, kind: 0)
        entries.initialize(repeating: Entry(key: none, keep: ("", nil), bytes: [], candidate: none), count: Self.slots)
    }

    deinit {
        entries.deinitialize(count: Self.slots)
        entries.deallocate()
    }

    /// Writes `s` as a JSON string (what `JSONWriter.string` writes).
    func write(_ s: String, into w: inout JSONWriter) {
        let (a, b) = unsafeBitCast(s, to: (UInt64, UInt64).self)
        let key = Key(a: a, b: b, c: 0, d: 0, kind: 1)
        let e = slot(key)
        if e.pointee.key == key {
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else if e.pointee.candidate == key {
            var fresh = JSONWriter()
            fresh.string(s)
            e.pointee.key = key
            e.pointee.keep = (s, nil)
            e.pointee.bytes = fresh.bytes
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else {
            e.pointee.candidate = key
            w.string(s)
        }
    }

    /// Writes a theme's `{"id":…,"subtheme":…,"sentiment":` (`AnnotationJSON.writeHead`).
    func writeHead(_ theme: ThemeRef, into w: inout JSONWriter) {
        let (a, b) = unsafeBitCast(theme.id, to: (UInt64, UInt64).self)
        let (c, d) = theme.subtheme.map { unsafeBitCast($0, to: (UInt64, UInt64).self) } ?? (0, 0)
        let key = Key(a: a, b: b, c: c, d: d, kind: theme.subtheme == nil ? 2 : 3)
        let e = slot(key)
        if e.pointee.key == key {
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else if e.pointee.candidate == key {
            var fresh = JSONWriter()
            AnnotationJSON.writeHead(theme, into: &fresh)
            e.pointee.key = key
            e.pointee.keep = (theme.id, theme.subtheme)
            e.pointee.bytes = fresh.bytes
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else {
            e.pointee.candidate = key
            AnnotationJSON.writeHead(theme, into: &w)
        }
    }

    /// Writes `,"rating":{"value":…,"min":…,"max":…}` (`RecordJSON.writeRating`): ratings take
    /// a few values, and three numbers formatted per line cost ≈ 550 instructions (callgrind).
    func writeRating(_ name: StaticString, _ rating: Rating, into w: inout JSONWriter) {
        let kind: UInt8 = name.utf8CodeUnitCount == 6 ? 4 : 5  // "rating" or "recommend"
        let key = Key(a: rating.value.bitPattern, b: rating.scaleMin.bitPattern, c: rating.scaleMax.bitPattern, d: 0, kind: kind)
        let e = slot(key)
        if e.pointee.key == key {
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else if e.pointee.candidate == key {
            var fresh = JSONWriter()
            RecordJSON.writeRating(name, rating, into: &fresh)
            e.pointee.key = key
            e.pointee.keep = ("", nil)
            e.pointee.bytes = fresh.bytes
            e.pointee.bytes.withUnsafeBufferPointer { w.raw($0) }
        } else {
            e.pointee.candidate = key
            RecordJSON.writeRating(name, rating, into: &w)
        }
    }

    @inline(__always)
    private func slot(_ k: Key) -> UnsafeMutablePointer<Entry> {
        let mixed = (k.a &* 0x9E37_79B9_7F4A_7C15 ^ k.b ^ k.c &* 0xC2B2_AE3D_27D4_EB4F ^ k.d ^ UInt64(k.kind)) &* 0xBF58_476D_1CE4_E5B9
        return entries + Int(truncatingIfNeeded: mixed >> 54)
    }
}
