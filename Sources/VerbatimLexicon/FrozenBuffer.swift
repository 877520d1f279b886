/// An immutable copy of an array, read without bounds or uniqueness checks.
///
/// For the matcher's tables, built once per run and read for every byte of
/// every item: `Array` subscripts re-check bounds and reload the buffer on
/// each access, ≈ a third of the trie walk's instructions (callgrind,
/// Benchmarks/perf/profile). Indices come from the trie's own construction,
/// so they are in range by design; debug builds still check.
final class FrozenBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ array: [Element]) {
        count = array.count
        base = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { src in
            if let s = src.baseAddress { base.initialize(from: s, count: src.count) }
        }
    }

    deinit { base.deallocate() }

    @inline(__always)
    subscript(_ i: Int) -> Element {
        assert(i >= 0 && i < count, "FrozenBuffer index out of range")
        return base[i]
    }
}
