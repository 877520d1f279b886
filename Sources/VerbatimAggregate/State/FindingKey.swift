import VerbatimModel

/// What the aggregator works out once about each finding of an item: its table hashes, whether
/// it is the first of the item's findings with its theme id or its exact theme/subtheme, and the
/// label of all the item's findings with its id.
///
/// Every table an item goes to (the total, its month, its week, its segments, the theme tallies)
/// reads these instead of grouping the findings again; they are plain values in a stack buffer
/// per record. Grouping into arrays of `(ThemeRef, ThemeMention)` (`ThemeMention.byRef`) and
/// `ItemCounts` cost ≈ 5,500 instructions per item on the generated 10 MB CSV, most of it
/// retaining and releasing the arrays' strings (callgrind).
struct FindingKey {
    /// FNV-1a of the theme id (the id's ``TallyKey/tallyHash``).
    var idHash: UInt64
    /// FNV-1a of the whole ref (the ref's `tallyHash`; `idHash` without a subtheme).
    var refHash: UInt64
    /// No earlier finding of the item has this theme id.
    var firstOfID: Bool
    /// The finding has a subtheme and no earlier finding of the item has this exact ref.
    var firstOfRef: Bool
    /// `pos` when some finding of the item with this id is positive and none negative, `neg` the
    /// other way round, else `neu` (``ThemeMention/label(_:)``); set on the first of the id.
    var idLabel: SentimentLabel

    /// FNV-1a of the ref's id, and of the id, a 0 and the subtheme (the id's hash without one).
    static func hashes(_ ref: ThemeRef) -> (id: UInt64, ref: UInt64) {
        var h = FNV1a64()
        h.add(ref.id)
        let id = h.value
        if let subtheme = ref.subtheme {
            h.add(0)
            h.add(subtheme)
        }
        return (id, h.value)
    }

    /// Fills `keys` (one per finding, in order) for one item's findings.
    /// - Parameter scratch: remembers the refs' hashes; nil works each out.
    static func fill(_ findings: [ThemeFinding], into keys: UnsafeMutableBufferPointer<FindingKey>, scratch: AggregatorScratch? = nil) {
        findings.withUnsafeBufferPointer { f in
            for k in f.indices {
                let h = scratch?.hashes(of: f[k].theme) ?? hashes(f[k].theme)
                keys[k] = FindingKey(idHash: h.id, refHash: h.ref, firstOfID: false, firstOfRef: false, idLabel: .neu)
            }
            for k in f.indices {
                let theme = f[k].theme, key = keys[k]
                var firstOfID = true, firstOfRef = theme.subtheme != nil
                for j in 0..<k {
                    if firstOfID, keys[j].idHash == key.idHash, f[j].theme.id == theme.id { firstOfID = false }
                    if firstOfRef, keys[j].refHash == key.refHash, f[j].theme == theme { firstOfRef = false }
                }
                keys[k].firstOfID = firstOfID
                keys[k].firstOfRef = firstOfRef
                if firstOfID {
                    var pos = false, neg = false
                    for j in k..<f.count where keys[j].idHash == key.idHash && f[j].theme.id == theme.id {
                        if f[j].label == .pos { pos = true } else if f[j].label == .neg { neg = true }
                    }
                    keys[k].idLabel = pos && !neg ? .pos : neg && !pos ? .neg : .neu
                }
            }
        }
    }
}

/// An evidence term lower-cased once per item (``ThemeTally/lowercased(_:)``) with its table hash.
struct LoweredTerm {
    var text: String
    var hash: UInt64
    /// Only ASCII and U+4000–U+9FFF: scalars without decompositions or combining classes, so
    /// such texts are equal (canonically equivalent, as `==` asks) exactly when their bytes are.
    var plain: Bool

    /// One pass over the bytes decides whether lower-casing may change the text and whether it
    /// is plain, and hashes it (a per-byte predicate closure, a scan for plainness and the hash
    /// were three passes: ≈ 30 instructions an evidence byte, most of the aggregator's own
    /// instructions per item; callgrind).
    init(_ raw: String) {
        var copy = raw
        let (hash, plain, mayChange) = copy.withUTF8 { Self.scan($0) }
        if mayChange {
            // A capital letter or a scalar outside ASCII and U+3000–U+9FFF: `lowercased()` decides.
            text = ThemeTally.lowercased(raw)
            var lowered = text
            (self.hash, self.plain, _) = lowered.withUTF8 { Self.scan($0) }
        } else {
            text = raw
            self.hash = hash
            self.plain = plain
        }
    }

    /// FNV-1a of the bytes; whether only ASCII and U+4000–U+9FFF occur (plain); whether
    /// ``ThemeTally/lowercased(_:)`` may change the text (an ASCII capital, or a lead byte
    /// outside E3–E9, i.e. a scalar outside ASCII and U+3000–U+9FFF).
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, plain: Bool, mayChange: Bool) {
        var h = FNV1a64.offset
        var outsidePlain = false
        var mayChange = false
        for b in bytes {
            h = (h ^ UInt64(b)) &* FNV1a64.prime
            let lead = b >= 0xC0
            mayChange = mayChange || b &- 0x41 < 26 || (lead && b &- 0xE3 > 6)
            outsidePlain = outsidePlain || (lead && b &- 0xE4 > 5)
        }
        return (h, !outsidePlain, mayChange)
    }

    /// `==` on the texts, without comparing two plain texts whose hashes differ.
    func sameText(as o: LoweredTerm) -> Bool {
        if hash != o.hash && plain && o.plain { return false }
        return text == o.text
    }
}
