import Foundation
import Testing
import VerbatimModel
import VerbatimTestSupport
@testable import VerbatimKit

/// The JSON writer's fast paths (runs found eight bytes at a time, numbers
/// formatted on the stack, pre-escaped annotation fragments) write the same
/// bytes as the plain byte-by-byte versions below.
@Suite struct JSONWriterTests {
    /// Escapes one byte at a time, as the writer did before its fast path.
    static func referenceString(_ s: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x00..<0x20: out += Array(String(format: "\\u%04x", Int(c)).utf8)
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                out += Array((b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: out.append(c)
            }
            i += 1
        }
        return out + [0x22]
    }

    /// Four decimals, trailing zeros dropped, never `-0`, with `String(format:)`.
    static func referenceNumber(_ v: Double) -> String {
        let scaled = (v * 10000).rounded()
        if scaled == 0 { return "0" }
        var s = String(format: "%.4f", scaled / 10000)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    @Test func stringsEscapeAsTheReference() {
        var rng = SplitMix64(seed: 0x57A1)
        let pieces = ["a", "好", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "€", "😀", " ", "abcdefgh"]
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { s += pieces.randomElement(using: &rng)! }
            var w = JSONWriter()
            w.string(s)
            #expect(w.bytes == Self.referenceString(s), "\(s.debugDescription)")
        }
    }

    @Test func numbersAndIntsFormatAsTheReference() {
        var rng = SplitMix64(seed: 0x4E0)
        var values: [Double] = [0, -0.0, 0.00004, -0.00004, 0.00005, 1, -1, 0.5, -0.3167, 12.3, 1e6, -123456.78905]
        for _ in 0..<5000 { values.append(Double.random(in: -2...2, using: &rng)) }
        for v in values {
            var w = JSONWriter()
            w.number(v)
            #expect(String(decoding: w.bytes, as: UTF8.self) == Self.referenceNumber(v), "\(v)")
        }
        for v in [0, 7, -7, 10, 1234567890, Int.max, Int.min, -1000] {
            var w = JSONWriter()
            w.int(v)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
        }
    }

    @Test func findingJSONEscapesThemesAndEvidence() {
        let themes = [ThemeRef(id: "delivery", subtheme: "late"), ThemeRef(id: "food"), ThemeRef(id: "q\"uote", subtheme: "back\\slash")]
        let finding = Finding(language: .mixed, domain: "general", score: -0.25, label: .neg,
                              themes: themes.map { ThemeFinding(theme: $0, sentiment: 0.5, label: .pos, evidence: ["x\"y", "好"]) },
                              complaint: true, complaintReason: "", contributions: [], clauses: [])
        var plain = JSONWriter()
        AnnotationJSON.write(finding, into: &plain)
        #expect(String(decoding: plain.bytes, as: UTF8.self) == #","lang":"mixed","sentiment":{"score":-0.25,"label":"neg"},"themes":[{"id":"delivery","subtheme":"late","sentiment":0.5,"evidence":["x\"y","好"]},{"id":"food","subtheme":null,"sentiment":0.5,"evidence":["x\"y","好"]},{"id":"q\"uote","subtheme":"back\\slash","sentiment":0.5,"evidence":["x\"y","好"]}],"complaint":true"#)
    }

    /// Keys are recognised by length and bytes, escaped or not; the most preferred text field wins.
    @Test func scannerFindsIdAndTextFields() throws {
        let cases: [(String, String?, String?)] = [
            (#"{"message":"m","comment":"c","review":"r","body":"b","content":"x","text":"t","id":7}"#, "7", "t"),
            (#"{"message":"m","body":"b","comment":"c"}"#, nil, "b"),
            (#"{"\u0069d":"a","\u0074ext":"t"}"#, #""a""#, "t"),
            (#"{"Text":"no","ID":1,"texts":"no","i":2,"contents":"x"}"#, nil, nil),
        ]
        for (line, id, text) in cases {
            let bytes = Array(line.utf8)
            let (record, found) = try bytes.withUnsafeBufferPointer { b in
                let r = try JSONLineScanner.scan(b)
                return (r, r.text(in: b))
            }
            #expect(record.rawID.map { String(decoding: bytes[$0], as: UTF8.self) } == id, "\(line)")
            #expect(found == text, "\(line)")
        }
    }

    /// The scanner's eight-byte skip must report errors at the offsets the byte loop did.
    @Test func scannerErrorOffsets() {
        let cases: [(String, Int, String)] = [
            (#"{"id":1,"text":"abcdefghijklmnopqrstuvwxyz"#, 42, "unterminated string"),
            ("{\"id\":1,\"text\":\"abcdefghijkl\u{1}mnop\"}", 28, "control character in string"),
            (#"{"id":1,"text":"abcdefghijklmnop\q"}"#, 33, "invalid escape"),
            (#"{"id":1,"text":"abcdefghijklmnop\u12G4"}"#, 33, #"invalid \u escape"#),
            (#"{"id":1,"text":"abcdefghijklmnop\"#, 33, "unterminated escape"),
        ]
        for (line, offset, message) in cases {
            let bytes = Array(line.utf8)
            let result = bytes.withUnsafeBufferPointer { b in Result { () throws(JSONLineScanner.ScanError) in try JSONLineScanner.scan(b) } }
            guard case .failure(let e) = result else {
                Issue.record("no error for \(line)")
                continue
            }
            #expect(e.offset == offset && e.message == message, "\(line): \(e)")
        }
    }
}
