import Foundation
import Testing
import VerbatimModel
@testable import VerbatimKit

/// `RecordJSON` escapes the main text once and repeats its bytes in `texts`
/// (`JSONWriter.repeatBytes`): both places must hold exactly what `JSONWriter.string` writes,
/// wherever the writer's stage stands and however long or escaped the text is.
@Suite struct RecordJSONMainTextTests {
    static let samples = [
        "送餐太慢了", "plain", "\"quoted\" and back\\slash", "tab\tnew\nline\u{2028}", String(repeating: "很好吃。", count: 30),
        String(repeating: "long \"text\" ", count: 40), "😀 emoji", "x",
    ]

    /// Answers with blank ones before, between and after the main one, none, or only blanks.
    static func records() -> [Record] {
        var out: [Record] = []
        for (i, text) in samples.enumerated() {
            let layouts: [[TextField]] = [
                [TextField(question: "q", text: text)],
                [TextField(question: "blank", text: "  \t"), TextField(question: "q", text: text), TextField(question: "other", text: "more")],
                [TextField(question: "q", text: text), TextField(question: "again", text: text)],
                [TextField(question: "blank", text: "")], [],
            ]
            for texts in layouts {
                out.append(Record(id: "r\(i)", source: RecordSource(file: "f.csv", line: i + 2, ordinal: i + 1), texts: texts))
            }
        }
        return out
    }

    static func escaped(_ s: String) -> [UInt8] {
        var w = JSONWriter()
        w.string(s)
        return w.bytes
    }

    @Test func mainTextAndItsAnswerHoldTheEscapedText() throws {
        for r in Self.records() {
            let line = RecordJSON.line(r)
            let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let texts = object["texts"] as! [[String: Any]]
            #expect(texts.map { $0["text"] as! String } == r.texts.map(\.text))
            if let main = r.text {
                #expect(object["text"] as? String == main)
                // Both occurrences are the escaper's bytes.
                let e = Self.escaped(main)
                let opening = Array("\"text\":".utf8) + e
                var found = 0
                var i = 0
                while i + opening.count <= line.count {
                    if Array(line[i..<(i + opening.count)]) == opening { found += 1 }
                    i += 1
                }
                #expect(found >= 2)
            } else {
                #expect(object["text"] is NSNull)
            }
        }
    }

    /// The same fields after 0…300 bytes already written: the repeat crosses every stage fill.
    @Test func repeatedBytesDoNotDependOnTheStage() {
        for r in Self.records() {
            var alone = JSONWriter()
            RecordJSON.writeFields(r, into: &alone)
            let expected = alone.bytes
            for before in stride(from: 0, through: 300, by: 7) {
                var w = JSONWriter()
                for _ in 0..<before { w.byte(0x20) }
                RecordJSON.writeFields(r, into: &w)
                #expect(Array(w.bytes.dropFirst(before)) == expected)
            }
        }
    }

    @Test func repeatBytesCopiesEarlierBytes() {
        for length in [0, 1, 100, 128, 129, 256, 257, 1000] {
            var w = JSONWriter()
            w.raw("ab")
            let start = w.count
            let payload = (0..<length).map { UInt8(0x41 + $0 % 26) }
            payload.withUnsafeBufferPointer { w.raw($0) }
            let end = w.count
            w.raw("|")
            w.repeatBytes(start..<end)
            #expect(w.bytes == Array("ab".utf8) + payload + Array("|".utf8) + payload)
        }
    }
}
