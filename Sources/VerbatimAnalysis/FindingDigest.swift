import VerbatimModel
import VerbatimText

/// One analysis's result as `annotate` writes it, read in place from a
/// scratch's buffers: the same facts as the `Finding` (language, score,
/// label, complaint; each theme's reference, sentiment and evidence) without
/// building it.
///
/// A `Finding` costs a `String` per evidence quote (made and validated from
/// the bytes, then escaped from them again), an array per theme and the
/// retains of every `ThemeRef`, and then its destruction: ≈ 9 % of
/// `annotate`'s instructions on Chinese reviews (callgrind,
/// Benchmarks/perf/profile). The digest points at the bytes instead.
///
/// Valid only inside the closure `Analyzer.withDigest` hands it to: its
/// pointers lead into the scratch, which the next item overwrites.
package struct FindingDigest {
    package let language: Language
    package let score: Double
    package let label: SentimentLabel
    package let complaint: Bool
    /// Every theme reference by rank (`PlainRoles.refs`): one array, not the whole analyzer, per item.
    let refs: [ThemeRef]
    let original: UnsafeBufferPointer<UInt8>
    let order: UnsafeBufferPointer<Int>
    let slotRanks: UnsafeBufferPointer<Int32>
    let slotScores: UnsafeBufferPointer<Double>
    let evidence: UnsafeBufferPointer<EvidenceAt>

    /// How many themes the item names (`Finding.themes.count`).
    package var themeCount: Int { order.count }

    /// Theme `k`'s rank: an index in `0..<themeRankCount`, the same for the same
    /// reference throughout this analyzer's life (a cache key).
    package func themeRank(_ k: Int) -> Int { Int(slotRanks[order[k]]) }

    /// How many distinct theme references the analyzer can report.
    package var themeRankCount: Int { refs.count }

    /// Theme `k`'s reference (`Finding.themes[k].theme`).
    package func themeRef(_ k: Int) -> ThemeRef { refs[themeRank(k)] }

    /// Theme `k`'s sentiment in [−1, 1] (`Finding.themes[k].sentiment`).
    package func themeSentiment(_ k: Int) -> Double { slotScores[order[k]] }

    /// Theme `k`'s evidence, in order, as the original text's UTF-8 bytes
    /// (`Finding.themes[k].evidence`).
    package func forEachEvidence(ofTheme k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let slot = order[k]
        for e in evidence where e.slot == slot {
            body(UnsafeBufferPointer(rebasing: original[e.range]))
        }
    }
}

extension Analyzer {
    /// Analyzes UTF-8 text with a thread's scratch and hands `body` the result
    /// as a digest: what `analyze(_:using:)` finds, without making a `Finding`.
    ///
    /// - Precondition: `text` is valid UTF-8 (`annotate` checks every line once).
    package func withDigest<R>(
        ofUTF8 text: UnsafeBufferPointer<UInt8>, using scratch: AnalysisScratch, _ body: (FindingDigest) -> R
    ) -> R {
        if scratch.buffers == nil { scratch.buffers = AnalysisBuffers() }
        // In place, as `analyze(_:using:)`: moving the buffers out of the scratch and back cost
        // two copies of the struct per line (≈ 860 instructions of memcpy; callgrind).
        let result = withDigest(ofUTF8: text, in: &scratch.buffers!, body)
        scratch.dropBuffersIfHuge(afterTextBytes: text.count)
        return result
    }

    private func withDigest<R>(
        ofUTF8 text: UnsafeBufferPointer<UInt8>, in b: inout AnalysisBuffers, _ body: (FindingDigest) -> R
    ) -> R {
        lexicon.normalizer.normalize(utf8: text, vocabulary: vocabulary, into: &b.text, scratch: b.normalizer)
        // A second reference to the text's arrays for the analysis, which only reads them.
        let normalized = b.text
        let v = verdict(normalized, &b)
        return normalized.originalUTF8.withUnsafeBufferPointer { original in
            body(
                FindingDigest(
                    language: v.language, score: v.score, label: v.label, complaint: v.complaint, refs: plain.refs,
                    original: original, order: b.scopes.order.buffer, slotRanks: b.scopes.slotRanks.buffer,
                    slotScores: b.scopes.slotScores.buffer, evidence: b.scopes.evidence.buffer))
        }
    }
}
