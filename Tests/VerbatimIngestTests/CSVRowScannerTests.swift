import Testing
@testable import VerbatimIngest

/// The row scanner's eight-bytes-at-a-time search finds what a byte loop finds, and rows whose
/// quotes, delimiters and line breaks fall at every position of a word read the same in any chunking.
@Suite struct CSVRowScannerTests {
    @Test func firstOfEqualsTheByteLoop() {
        var state: UInt64 = 42
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let targets: [(UInt8, UInt8, UInt8)] = [(0x22, 0x0A, 0x0D), (0x2C, 0x0A, 0x0D), (0x09, 0x0A, 0x0D), (0x7C, 0x0A, 0x0D), (0x80, 0xFF, 0x00)]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40, 100] {
            for round in 0..<20 {
                // Sparse hits: mostly letters, now and then one of the searched bytes.
                let bytes: [UInt8] = (0..<length).map { _ in
                    let r = next()
                    return r < 16 ? [0x22, 0x0A, 0x0D, 0x2C, 0x09, 0x7C, 0x80, 0xFF, 0x00][Int(r) % 9] : (r < 128 ? 0x61 + r % 26 : r)
                }
                for (a, b, c) in targets where round % 5 == 0 || a == 0x22 || a == 0x2C {
                    bytes.withUnsafeBufferPointer { p in
                        for start in 0...length {
                            var naive = start
                            while naive < length, p[naive] != a, p[naive] != b, p[naive] != c { naive += 1 }
                            #expect(CSVRowScanner.firstOf(a, b, c, in: p, from: start) == naive)
                        }
                    }
                }
            }
        }
    }

    /// Long cells with a quote, a doubled quote, a delimiter or a line break at each offset 0…16.
    @Test(arguments: [1, 7, 8, 9, 64, 1 << 20])
    func longCellsReadTheSameInAnyChunking(chunkSize: Int) throws {
        var text = "\u{FEFF}id,text\r\n"
        var expected: [[String]] = [["id", "text"]]
        for k in 0...16 {
            let pad = String(repeating: "x", count: k)
            let tail = String(repeating: "送", count: k % 3) + String(repeating: "y", count: 16 - k)
            text += "\(k),\"\(pad)\"\"\(tail),\r\n\(pad)\"\r\n"
            expected.append(["\(k)", "\(pad)\"\(tail),\r\n\(pad)"])
            text += "p\(k),\(pad)q\(tail)\n"
            expected.append(["p\(k)", "\(pad)q\(tail)"])
        }
        let run = try CSVRun(text, chunkSize: chunkSize)
        #expect(run.cells == expected)
        #expect(run.sink.skipped.isEmpty)
        #expect(run.lines.last == 1 + 17 * 3)
    }
}
