import Testing
@testable import VerbatimIngest

/// `UTF8Repairer` replaces each maximal ill-formed subpart by U+FFFD, as Swift's own repairing
/// decoder does, whatever the piece boundaries; its three-byte shortcut (CJK, full-width forms)
/// must not change that.
@Suite struct UTF8RepairerTests {
    static let pieces: [[UInt8]] = [
        Array("送餐太慢".utf8), Array("ａｂ！".utf8), Array("plain ascii text, ".utf8), Array("é".utf8), Array("😀".utf8),
        [0xE5], [0xE5, 0xBE], [0xE5, 0x41], [0xE5, 0xBE, 0x41], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xEE, 0x80, 0x80],
        [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xEC, 0xC0, 0x80], [0xFF], [0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F], [0xC2], [0xEF, 0xBC],
    ]

    @Test(arguments: [1, 2, 3, 4])
    func repairsAsSwiftDecodes(seed: UInt64) {
        var rng = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            rng ^= rng << 13
            rng ^= rng >> 7
            rng ^= rng << 17
            return Int(rng % UInt64(n))
        }
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(20)) { bytes += Self.pieces[next(Self.pieces.count)] }
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
            var decoder = UTF8Repairer(startOffset: 0)
            var problems: [Int] = []
            var out: [UInt8] = []
            var i = 0
            while i < bytes.count {
                let n = min(bytes.count - i, 1 + next(12))
                out += decoder.decode(Array(bytes[i..<i + n]), problems: &problems)
                i += n
            }
            out += decoder.finish(problems: &problems)
            #expect(out == expected, "\(bytes)")
        }
    }
}
