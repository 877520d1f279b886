/// A growable list of plain values for per-item working storage: reads and
/// writes without `Array`'s uniqueness and bounds checks.
///
/// The theme summary touches a dozen small arrays a few times per mention;
/// with `Array` the copy-on-write uniqueness checks alone were ≈ 90 calls per
/// item and the summary cost ≈ 5,000 instructions per Chinese review
/// (callgrind, Benchmarks/perf/profile).
///
/// Not a value type: copies share one storage. It lives in a thread's
/// `AnalysisScratch` and is only ever used in place. Debug builds check indices.
struct ScratchArray<Element: BitwiseCopyable>: Sequence {
    private var storage: ScratchStorage<Element>
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init() {
        capacity = 16
        storage = ScratchStorage(capacity: capacity)
        base = storage.base
    }

    var isEmpty: Bool { count == 0 }
    /// The elements in place; valid until the next change.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
    var indices: Range<Int> { 0..<count }

    subscript(_ i: Int) -> Element {
        @inline(__always) get {
            assert(i >= 0 && i < count, "ScratchArray index out of range")
            return base[i]
        }
        @inline(__always) nonmutating set {
            assert(i >= 0 && i < count, "ScratchArray index out of range")
            base[i] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { grow(to: capacity * 2) }
        base[count] = value
        count += 1
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// Empties the list and fills it with `count` copies of `value`.
    mutating func reset(to value: Element, count n: Int) {
        if n > capacity { grow(to: Swift.max(n, capacity * 2)) }
        base.update(repeating: value, count: n)
        count = n
    }

    mutating func insert(_ value: Element, at index: Int) {
        assert(index >= 0 && index <= count)
        if count == capacity { grow(to: capacity * 2) }
        var k = count
        while k > index {
            base[k] = base[k - 1]
            k -= 1
        }
        base[index] = value
        count += 1
    }

    private mutating func grow(to newCapacity: Int) {
        let bigger = ScratchStorage<Element>(capacity: newCapacity)
        bigger.base.update(from: base, count: count)
        storage = bigger
        base = bigger.base
        capacity = newCapacity
    }

    func makeIterator() -> UnsafeBufferPointer<Element>.Iterator {
        UnsafeBufferPointer(start: base, count: count).makeIterator()
    }
}

extension ScratchArray where Element: Equatable {
    func contains(_ value: Element) -> Bool {
        for k in 0..<count where base[k] == value { return true }
        return false
    }

    func firstIndex(of value: Element) -> Int? {
        for k in 0..<count where base[k] == value { return k }
        return nil
    }
}

extension ScratchArray where Element: Comparable {
    /// Sorts in place (insertion sort for the usual handful of items; the
    /// standard sort past that, where insertion sort would be quadratic).
    mutating func sort() {
        if count > 32 {
            var all = UnsafeMutableBufferPointer(start: base, count: count)
            all.sort()
            return
        }
        for i in 1..<Swift.max(1, count) {
            let v = base[i]
            var k = i
            while k > 0 && base[k - 1] > v {
                base[k] = base[k - 1]
                k -= 1
            }
            base[k] = v
        }
    }
}

/// The memory behind a `ScratchArray`, freed with it.
final class ScratchStorage<Element: BitwiseCopyable> {
    let base: UnsafeMutablePointer<Element>

    init(capacity: Int) { base = .allocate(capacity: capacity) }

    deinit { base.deallocate() }
}
