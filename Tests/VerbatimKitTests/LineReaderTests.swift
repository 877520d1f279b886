import Foundation
import Testing
import VerbatimTestSupport
@testable import VerbatimKit

/// `LineReader.readLines(into:)` (what `annotate` uses) must see exactly the lines `next()` sees.
@Suite struct LineReaderTests {
    func reader(_ bytes: [UInt8], maxLine: Int) -> LineReader {
        let url = Paths.temporaryDirectory().appendingPathComponent("lines.txt")
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return LineReader(path: url.path, maxLineBytes: maxLine)!
    }

    /// A line as `next()` gives it: bytes, or the length of a line over the limit.
    enum Seen: Equatable {
        case bytes([UInt8], Int)
        case tooLong(Int, Int)
    }

    func viaNext(_ bytes: [UInt8], maxLine: Int) -> [Seen] {
        let r = reader(bytes, maxLine: maxLine)
        var seen: [Seen] = []
        while let line = r.next() {
            switch line {
            case .bytes(let b, let n): seen.append(.bytes(b, n))
            case .tooLong(let l, let n): seen.append(.tooLong(l, n))
            }
        }
        return seen
    }

    func viaBatches(_ bytes: [UInt8], maxLine: Int, batchLines: Int) -> [Seen] {
        let r = reader(bytes, maxLine: maxLine)
        var seen: [Seen] = []
        var batch = LineBatch()
        while r.readLines(into: &batch, maxLines: batchLines, maxBytes: 1 << 16) {
            for e in batch.lines {
                if let l = e.tooLongLength { seen.append(.tooLong(l, e.number)) } else { seen.append(.bytes(Array(batch.bytes[e.start..<e.end]), e.number)) }
            }
            batch = LineBatch()
        }
        return seen
    }

    @Test func knownLines() {
        let input = [0xEF, 0xBB, 0xBF] + Array("a\r\n\r\nbb\n\u{FEFF}c\n".utf8) + Array(repeating: 0x78, count: 20) + Array("\nlast".utf8)
        let expected: [Seen] = [.bytes(Array("a".utf8), 1), .bytes([], 2), .bytes(Array("bb".utf8), 3),
                                .bytes(Array("\u{FEFF}c".utf8), 4), .tooLong(20, 5), .bytes(Array("last".utf8), 6)]
        #expect(viaNext(input, maxLine: 10) == expected)
        #expect(viaBatches(input, maxLine: 10, batchLines: 2) == expected)
    }

    /// Random lines, some spanning the 1 MiB read buffer, some over the limit.
    @Test func batchesSeeWhatNextSees() {
        var rng = SplitMix64(seed: 0xBA7C4)
        var input: [UInt8] = []
        while input.count < 3 << 20 {
            let length = Bool.random(using: &rng) ? Int.random(in: 0...80, using: &rng) : Int.random(in: 0...300_000, using: &rng)
            for _ in 0..<length { input.append([0x61, 0x0D, 0xE5, 0xA5, 0xBD, 0x20].randomElement(using: &rng)!) }
            input.append(0x0A)
        }
        let expected = viaNext(input, maxLine: 200_000)
        #expect(expected.contains { if case .tooLong = $0 { true } else { false } })
        #expect(viaBatches(input, maxLine: 200_000, batchLines: 3) == expected)
        #expect(viaBatches(input, maxLine: 200_000, batchLines: 1000) == expected)
    }
}
