import Testing
@testable import VerbatimIngest

@Suite struct HashPairTableTests {
    /// Random keys, keys sharing their low bits (long probe runs), the key 0 and replacements:
    /// the table answers as a Dictionary does, through every growth.
    @Test func answersAsADictionary() {
        var table = HashPairTable()
        var reference: [UInt64: UInt64] = [:]
        var state: UInt64 = 1
        for n in 0..<50_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let key: UInt64 = switch n % 5 {
            case 0: state
            case 1: (state >> 40) << 20  // low 20 bits zero: all in one probe run
            case 2: UInt64(n % 97)  // repeats: replacements; includes 0
            default: state | 1
            }
            #expect(table[key] == reference[key])
            table[key] = state >> 3
            reference[key] = state >> 3
            #expect(table.count == reference.count)
        }
        for (k, v) in reference { #expect(table[k] == v) }
        #expect(table[0xDEAD_BEEF_0000_0001] == reference[0xDEAD_BEEF_0000_0001])
    }
}
