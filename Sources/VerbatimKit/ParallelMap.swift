import Foundation

/// Maps `items` on `jobs` threads and returns the results in input order.
///
/// Each worker takes one contiguous slice, so results are written without
/// locks and the output is identical for any `jobs` (the analysis of one item
/// never depends on another).
func parallelMap<Item, Result>(_ items: [Item], jobs: Int, _ transform: (Item) -> Result) -> [Result] {
    if jobs <= 1 || items.count < 2 { return items.map(transform) }
    let slots = ResultSlots<Result>(count: items.count)
    let workers = min(jobs, items.count)
    let chunk = (items.count + workers - 1) / workers
    withoutActuallyEscaping(transform) { transform in
        let work = UncheckedBox((items, transform))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let (items, transform) = work.value
            let lo = w * chunk
            let hi = min(items.count, lo + chunk)
            if lo < hi { for k in lo..<hi { slots.set(k, transform(items[k])) } }
        }
    }
    return slots.values
}

/// Result storage written by several workers at distinct indexes.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    // Each index is written by exactly one worker, and read only after all finished.
    func set(_ i: Int, _ v: Value) { storage.withUnsafeMutableBufferPointer { $0[i] = v } }
    var values: [Value] { storage.map { $0! } }
}

/// Carries a non-Sendable value into `concurrentPerform`; callers guarantee it is only read.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
