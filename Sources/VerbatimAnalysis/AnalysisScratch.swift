/// Working storage one thread reuses from item to item.
///
/// Analysing an item needs a dozen small arrays (matches, clauses, scored
/// terms, scopes…). Allocating them afresh for every item was the largest
/// remaining cost of `annotate` (≈ 110 allocations per item, each ≈ 400–500
/// instructions with Swift's generic-metadata lookups; callgrind,
/// Benchmarks/perf/profile). A scratch keeps their capacity between items.
///
/// Not thread-safe: give each worker thread its own (`Analyzer.analyze(_:using:)`).
public final class AnalysisScratch {
    public init() {}
}
