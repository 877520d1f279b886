/// Merges partials (``PartialDocument``) into one, as if a single run had
/// read every shard's inputs: the aggregators merge exactly (same figures,
/// whatever the order), the ingest accounting adds up, and provenance lists
/// every shard's inputs.
///
/// Partials merge only when they were made by this Verbatim version, with the
/// same lexicon (fingerprint) and the same ``AnalysisSettings`` (domain,
/// language, overlays, ingest options, `--segment-by`, `--csat-top-box`,
/// `--since`/`--until`, `--no-redact`); otherwise the figures would mix
/// different rules. The result does not depend on the order of `partials`.
///
/// ```swift
/// let merged = try PartialMerge.merge([("a.json", a), ("b.json", b)], lexiconFingerprint: lexicon.fingerprint)
/// merged.aggregate.summary().kpis.nps
/// ```
public enum PartialMerge {
    /// - Parameters:
    ///   - partials: each with the name used in messages (its path).
    ///   - lexiconFingerprint: the lexicon the caller will label the report with; partials must match it.
    /// - Throws: ``PartialError`` naming the first partial that differs and how.
    public static func merge(_ partials: [(name: String, document: PartialDocument)],
                             lexiconFingerprint: String) throws(PartialError) -> PartialDocument {
        guard let first = partials.first else { throw PartialError("no partials to merge") }
        let reference = first.document
        for (name, p) in partials {
            if p.producedBy.verbatim != VerbatimVersion.string {
                throw PartialError("\(name): made by Verbatim \(p.producedBy.verbatim); this is Verbatim \(VerbatimVersion.string) (rerun analyze --partial with this version)")
            }
            if p.producedBy.lexiconFingerprint != lexiconFingerprint {
                throw PartialError("\(name): lexicon fingerprint \(p.producedBy.lexiconFingerprint) differs from the loaded lexicon's \(lexiconFingerprint) (load the same lexicons with --lexicon-root / --lexicon, or rerun analyze --partial)")
            }
            if p.settings != reference.settings {
                throw PartialError("\(name): options \(describe(p.settings)) differ from \(first.name)'s \(describe(reference.settings))")
            }
        }
        // Summary-time options (period, orders…) are merge's to choose: start from the settings alone,
        // so the result does not depend on which partial comes first.
        var aggregate = Aggregator(options: reference.settings.aggregateOptions(period: .month, orders: nil, retention: []))
        for (name, p) in partials where !aggregate.canMerge(p.aggregate) {
            throw PartialError("\(name): its aggregate state was collected with other options than its settings say (\(describe(p.settings)))")
        }
        var input = IngestSummary()
        var outside = 0
        var inputs = Set<String>()
        for (_, p) in partials {
            aggregate.merge(p.aggregate)
            input.merge(p.input)
            outside += p.outsidePeriod
            inputs.formUnion(p.producedBy.inputs)
        }
        var producedBy = reference.producedBy
        producedBy.inputs = inputs.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        producedBy.options = reference.settings.options
        return PartialDocument(producedBy: producedBy, settings: reference.settings, input: input,
                               outsidePeriod: outside, aggregate: aggregate)
    }

    static func describe(_ s: AnalysisSettings) -> String { "(" + s.options.joined(separator: " ") + ")" }
}
