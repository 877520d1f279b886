import Foundation

extension IngestSummary {
    /// Adds the accounting of another run (another shard of the inputs), for
    /// `verbatim merge`: files listed together, sorted by name; totals,
    /// `distinctTexts` added; stopped early when either did.
    ///
    /// Duplicates are detected within each run only: a text that occurs in
    /// two shards is analysed in both, and `distinctTexts` is then an upper
    /// bound. (Sharing the duplicate filter's hashes between shards would cost
    /// 16 bytes per distinct text; partials stay bounded by the aggregate state.)
    /// Merging is commutative: files with the same name (the same file in two
    /// shards, or two machines' `export.csv`) are ordered by their content.
    ///
    /// ```swift
    /// var all = shardA.ingest
    /// all.merge(shardB.ingest)
    /// all.totals.read == shardA.ingest.totals.read + shardB.ingest.totals.read   // true
    /// ```
    public mutating func merge(_ other: IngestSummary) {
        totals.add(other.totals)
        distinctTexts += other.distinctTexts
        if textsNotRemembered != nil || other.textsNotRemembered != nil {
            textsNotRemembered = (textsNotRemembered ?? 0) + (other.textsNotRemembered ?? 0)
        }
        stoppedEarly = stoppedEarly || other.stoppedEarly
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let keyed = (files + other.files).map { f in
            (f, [UInt8]((try? encoder.encode(f)) ?? Data()))
        }
        files = keyed.sorted { a, b in
            if a.0.file != b.0.file { return Array(a.0.file.utf8).lexicographicallyPrecedes(Array(b.0.file.utf8)) }
            return a.1.lexicographicallyPrecedes(b.1)
        }.map(\.0)
    }
}
