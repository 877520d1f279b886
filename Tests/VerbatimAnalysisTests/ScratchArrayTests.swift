import Testing
@testable import VerbatimAnalysis

/// `ScratchArray` behaves as `Array` for the operations the theme summary uses.
@Suite struct ScratchArrayTests {
    @Test func matchesArrayThroughGrowthInsertSortAndReset() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var scratch = ScratchArray<Int>()
            var reference: [Int] = []
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                let v = Int.random(in: -20...20, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0:
                    let at = Int.random(in: 0...reference.count, using: &rng)
                    scratch.insert(v, at: at)
                    reference.insert(v, at: at)
                case 1 where !reference.isEmpty:
                    let k = Int.random(in: 0..<reference.count, using: &rng)
                    scratch[k] = v
                    reference[k] = v
                default:
                    scratch.append(v)
                    reference.append(v)
                }
                #expect(Array(scratch) == reference)
                #expect(scratch.contains(v) == reference.contains(v))
                #expect(scratch.firstIndex(of: v) == reference.firstIndex(of: v))
            }
            scratch.sort()
            reference.sort()
            #expect(Array(scratch) == reference)
            #expect(Array(scratch.buffer) == reference)
            let n = Int.random(in: 0...100, using: &rng)
            scratch.reset(to: 7, count: n)
            #expect(Array(scratch) == Array(repeating: 7, count: n) && scratch.count == n)
            scratch.removeAll()
            #expect(scratch.isEmpty && Array(scratch).isEmpty)
        }
    }
}
