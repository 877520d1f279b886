import VerbatimIngest
import VerbatimTestSupport

/// Random structural mutations of seed inputs: byte flips, truncation,
/// splices, and tokens that stress each format (quotes, brackets, entities,
/// BOMs, invalid UTF-8, NULs).
enum Mutator {
    static func mutate(_ seed: [UInt8], format: InputFormat, using g: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        let rounds = 1 + Int(g.next() % 8)
        let dictionary = stressTokens(for: format)
        for _ in 0..<rounds {
            switch g.next() % 7 {
            case 0 where !bytes.isEmpty:  // flip a byte
                let i = Int(g.next() % UInt64(bytes.count))
                bytes[i] ^= UInt8(truncatingIfNeeded: 1 << (g.next() % 8))
            case 1 where !bytes.isEmpty:  // truncate
                bytes.removeLast(Int(g.next() % UInt64(bytes.count)))
            case 2:  // insert a stress token
                let token = dictionary[Int(g.next() % UInt64(dictionary.count))]
                let i = bytes.isEmpty ? 0 : Int(g.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: token, at: i)
            case 3 where bytes.count > 2:  // duplicate a slice
                let a = Int(g.next() % UInt64(bytes.count))
                let b = min(bytes.count, a + Int(g.next() % 256))
                bytes.insert(contentsOf: bytes[a..<b], at: Int(g.next() % UInt64(bytes.count)))
            case 4:  // random bytes
                let n = Int(g.next() % 32)
                let i = bytes.isEmpty ? 0 : Int(g.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: (0..<n).map { _ in UInt8(truncatingIfNeeded: g.next()) }, at: i)
            case 5 where bytes.count > 1:  // delete a slice
                let a = Int(g.next() % UInt64(bytes.count))
                bytes.removeSubrange(a..<min(bytes.count, a + Int(g.next() % 64)))
            default:  // repeat a token many times (deep nesting, long fields)
                let token = dictionary[Int(g.next() % UInt64(dictionary.count))]
                let n = Int(g.next() % 2000)
                let i = bytes.isEmpty ? 0 : Int(g.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: Array(repeating: token, count: n).joined(), at: i)
            }
        }
        return bytes
    }

    static func stressTokens(for format: InputFormat) -> [[UInt8]] {
        var common: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE4, 0xBD], [0], [0x0D], [0x0A], Array("评论".utf8)]
        switch format {
        case .csv, .tsv: common += ["\"", "\"\"", ",", ";", "\t", "|", "\r\n", "\"\n\""].map { Array($0.utf8) }
        case .xml, .html:
            common += ["<", ">", "</", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&e;", "<!DOCTYPE r [<!ENTITY e \"x\">]>",
                       "<review>", "</review>", "<script>", "</script>", "<text>", "<!--",
                       "<script type=\"application/ld+json\">{\"@type\":\"Review\",\"reviewBody\":\"x\"}</script>"].map { Array($0.utf8) }
        case .json, .jsonLines, .tweetsJS:
            common += ["{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", ":", ",", "\"text\":", "window.YTD.tweets.part0 = ["].map { Array($0.utf8) }
        case .xlsx: common += ["PK\u{3}\u{4}", "<c r=\"A1\" t=\"s\"><v>99999</v></c>"].map { Array($0.utf8) }
        }
        return common
    }
}
