import Testing
import VerbatimTestSupport
@testable import VerbatimKit

/// The hand-written UTF-8 check `annotate` uses must agree with the standard library's decoder.
struct UTF8ValidationTests {
    /// Offset of the first invalid sequence according to the standard library's UTF-8 decoder.
    static func referenceOffset(_ bytes: [UInt8]) -> Int? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test(arguments: [
        ("plain ascii", [0x61, 0x62], nil),
        ("中文", Array("好吃".utf8), nil),
        ("emoji", Array("👍".utf8), nil),
        ("overlong slash", [0x61, 0xC0, 0xAF], 1),
        ("surrogate", [0xED, 0xA0, 0x80], 0),
        ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 0),
        ("cut sequence", [0x61, 0xE5, 0xA5], 1),
        ("lone continuation", [0x80], 0),
    ] as [(String, [UInt8], Int?)])
    func knownCases(name: String, bytes: [UInt8], expected: Int?) {
        #expect(invalidUTF8Offset(bytes) == expected, "\(name)")
        #expect(Self.referenceOffset(bytes) == expected, "\(name) (reference)")
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var rng = SplitMix64(seed: 0x5EED_0F_07F8)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("é".utf8), Array("好".utf8), Array("😀".utf8),
                                 [0x80], [0xC0], [0xE0, 0x80], [0xED, 0xBF], [0xF4, 0x90], [0xF8], [0xFF]]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                if Bool.random(using: &rng) {
                    bytes += pieces.randomElement(using: &rng)!
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &rng))
                }
            }
            #expect(invalidUTF8Offset(bytes) == Self.referenceOffset(bytes), "\(bytes)")
        }
    }
}
