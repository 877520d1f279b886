import VerbatimLexicon
import VerbatimText

/// Working storage one thread reuses from item to item.
///
/// Analysing an item needs a few dozen small arrays (the normalized text,
/// matches, clauses, scored terms, scopes…). Allocating them afresh for
/// every item was the largest remaining cost of `annotate` (≈ 110
/// allocations per item, each ≈ 400–500 instructions with Swift's
/// generic-metadata lookups; callgrind, Benchmarks/perf/profile). A scratch
/// keeps their capacity between items.
///
/// Not thread-safe: give each worker thread its own (`Analyzer.analyze(_:using:)`).
public final class AnalysisScratch {
    /// Analysed in place through an `inout` (`Analyzer.analyze(_:using:)`,
    /// `withDigest`): moving them out and back copied the struct twice per item.
    /// A scratch belongs to one thread, so the run-time exclusivity check on
    /// this property would guard nothing.
    @exclusivity(unchecked) var buffers: AnalysisBuffers? = AnalysisBuffers()

    /// Texts longer than this (in UTF-8 bytes) leave fresh buffers behind.
    ///
    /// The buffers grow to the longest text a thread has seen (about 30 bytes
    /// per input byte across the normalized text, its origins, its tokens and matches)
    /// and would keep that size for the rest of the run: a single 10 MB line
    /// made a worker hold ≈ 300 MB more until the end. Dropping them after such
    /// a text costs one set of allocations per huge text, nothing per ordinary one.
    static let keepLimit = 256 << 10

    public init() {}

    /// After a text of `textBytes` UTF-8 bytes was analysed in place: fresh buffers if it was huge.
    @inline(__always)
    func dropBuffersIfHuge(afterTextBytes textBytes: Int) {
        if textBytes > Self.keepLimit { buffers = AnalysisBuffers() }
    }
}

/// The arrays behind one analysis; see `AnalysisScratch`.
struct AnalysisBuffers {
    var text = NormalizedText(bytes: [], origin: [], emphasis: [], capsAreEmphasis: false, original: "")
    let normalizer = NormalizerScratch()
    var matches = MatchSet()
    var cueMatches = MatchSet()
    var domainVotes: [Int] = []
    var clauses: [Clause] = []
    var tokenOfMatch: [Int] = []
    /// Theme mentions in text order, and where each clause's mentions begin (clauses + 1 entries).
    var mentions: [ThemeMentionAt] = []
    var clauseMentionStart = ScratchArray<Int>()
    var scored = ScratchArray<ScoredTerm>()
    var contrastStarts = ScratchArray<Int>()
    var clauseSums = ScratchArray<Double>()
    var negators: [PendingNegator] = []
    var modifiers: [PendingModifier] = []
    var negatorRecords: [NegatorRecord] = []
    var politeness = ScratchArray<PolitenessAt>()
    var contrast = ContrastBuffers()
    var scopes = ScopeBuffers()
    /// One-quote evidence lists met before (`themeFindings`).
    let quotes = QuoteCache()
}

/// Arrays of the contrast weights (ContrastWeights.swift).
struct ContrastBuffers {
    /// Weight per polarity match and per clause.
    var weights = ScratchArray<Double>()
    var clauseWeights = ScratchArray<Double>()
    var clauseOfMatch = ScratchArray<Int>()
    /// Per sentence, the match index of its last but-type marker, or -1.
    var lastBut = ScratchArray<Int>()
    var concessive = ScratchArray<Int>()
    /// Per sentence, its first match (`runStart[s]..<runStart[s + 1]`).
    var runStart = ScratchArray<Int>()
}

/// Lists of the theme summary (`summarizeThemes`), in `ScratchArray`s.
struct ScopeBuffers {
    var starts = ScratchArray<Int>()
    /// Per scope, whether it starts at a contrast marker.
    var isContrast = ScratchArray<Bool>()
    var contrastSorted = ScratchArray<Int>()
    var sentenceOf = ScratchArray<Int>()
    var hasMention = ScratchArray<Bool>()
    var ofMention = ScratchArray<Int>()
    var ofTerm = ScratchArray<Int>()
    /// The terms of each scope (`termList[termStart[s]..<termStart[s + 1]]`, in term order).
    var termStart = ScratchArray<Int>()
    var termList = ScratchArray<Int>()
    var termFill = ScratchArray<Int>()
    /// Largest mention end so far in a long run of mentions (`NearestMentions`).
    var mentionMaxEnd = ScratchArray<Int>()
    var slotRanks = ScratchArray<Int32>()
    var slotSums = ScratchArray<Double>()
    /// Per slot, its normalized sentiment (set for the slots in `order`).
    var slotScores = ScratchArray<Double>()
    var slotOfMention = ScratchArray<Int>()
    var evidence = ScratchArray<EvidenceAt>()
    var given = ScratchArray<Int>()
    var merged = ScratchArray<Bool>()
    /// The slots to report, in `ThemeRef` order (merged bare themes left out).
    var order = ScratchArray<Int>()
}

/// A theme slot's quoted evidence: an original byte range (as two offsets:
/// `Range` is not `BitwiseCopyable`, which `ScratchArray` needs).
struct EvidenceAt {
    var slot: Int
    var start: Int
    var end: Int

    init(slot: Int, range: Range<Int>) {
        self.slot = slot
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    var range: Range<Int> { start..<end }
}

/// A politeness formula waiting to learn whether anything else carries sentiment.
struct PolitenessAt {
    var match: Int
    var clause: Int
    var value: Double
}

extension Array {
    /// Empties the array and fills it with `count` copies of `value`, keeping its storage.
    /// (`append(contentsOf: repeatElement(…))` went through the generic `replaceSubrange`, ≈ 100 instructions a call.)
    @inline(__always)
    mutating func reset(to value: Element, count: Int) {
        if self.count > count {
            removeLast(self.count - count)
        } else {
            reserveCapacity(count)
            while self.count < count { append(value) }
        }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    }
}
