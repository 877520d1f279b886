import Foundation
import Testing
@testable import VerbatimKit

/// The `annotate` contract: one object per input line, in order, ids echoed,
/// bad lines reported in place, never a crash.
@Suite struct AnnotatorTests {
    static let analyzer = Analyzer(lexicon: try! Lexicon.load(directories: [Paths.fixtureLexicon]))

    /// Runs the annotator over raw input bytes; returns output lines and warnings.
    func annotate(_ input: [UInt8], strict: Bool = false, jobs: Int = 1, maxLine: Int = 64 << 20, batch: Int = 2048)
        -> (lines: [String], warnings: [String], summary: Annotator.Summary)
    {
        let url = Paths.temporaryDirectory().appendingPathComponent("in.jsonl")
        FileManager.default.createFile(atPath: url.path, contents: Data(input))
        let reader = LineReader(path: url.path, maxLineBytes: maxLine)!
        var out: [UInt8] = []
        var warnings: [String] = []
        let a = Annotator(analyzer: Self.analyzer, sourceName: "in.jsonl", strict: strict, jobs: jobs, batchSize: batch)
        let summary = a.run(reader, write: { out += $0 }, warn: { warnings.append($0) })
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        return (lines, warnings, summary)
    }

    func object(_ line: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    }

    @Test func writesTheDocumentedShape() throws {
        let (lines, warnings, _) = annotate(Array(#"{"id": "r1", "text": "菜很好吃，但是送餐太慢了", "stars": 2}"#.utf8))
        #expect(warnings.isEmpty)
        #expect(lines == [
            #"{"id":"r1","lang":"zh","sentiment":{"score":-0.3167,"label":"neg"},"themes":[{"id":"delivery","subtheme":"late","sentiment":-0.5704,"evidence":["送餐太慢"]},{"id":"food","subtheme":null,"sentiment":0.3392,"evidence":["菜"]}],"complaint":true}"#
        ])
    }

    @Test func echoesIdsAsGivenAndNumbersPlainTextLines() throws {
        let input = "{\"id\": 7, \"text\": \"good\"}\n{\"id\":{\"a\":[1,2]},\"text\":\"good\"}\nplain good text\n{\"text\":\"no id\"}\n"
        let (lines, _, _) = annotate(Array(input.utf8))
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("{\"id\":7,"))
        #expect(lines[1].hasPrefix("{\"id\":{\"a\":[1,2]},"))
        #expect(lines[2].hasPrefix("{\"id\":3,"))
        #expect(lines[3].hasPrefix("{\"id\":4,"))
    }

    @Test func badLinesGiveAnErrorObjectInPlaceAndTheRestGoesOn() throws {
        var input = Array("{\"id\":1,\"text\":\"good\"}\n{broken json\n{\"id\":\"x\",\"title\":\"no text\"}\n\n".utf8)
        input += [0xFF, 0xFE, 0x41, 0x0A]  // invalid UTF-8
        input += Array("{\"id\":5,\"text\":\"\"}\n{\"id\":6,\"text\":42}\nlast good\n".utf8)
        let (lines, warnings, summary) = annotate(input)
        #expect(lines.count == 8)
        #expect(summary == Annotator.Summary(lines: 8, annotated: 2, bad: 6, stoppedAt: nil))
        let errors = try lines.map { try object($0)["error"] as? String }
        #expect(errors[0] == nil && errors[7] == nil)
        #expect(errors[1]?.hasPrefix("invalid JSON at byte") == true)
        #expect(errors[2]?.hasPrefix("no text field") == true)
        #expect(errors[3] == "empty line")
        #expect(errors[4] == "invalid UTF-8 at byte 0")
        #expect(errors[5] == "empty text")
        #expect(errors[6] == "field 'text' is not a string")
        #expect(try object(lines[2])["id"] as? String == "x")
        #expect(warnings.count == 6)
        #expect(warnings[0] == "in.jsonl:2: error: invalid JSON at byte 1: expected a quoted key")
    }

    @Test func strictStopsAtTheFirstBadLine() {
        let (lines, _, summary) = annotate(Array("good\n{oops\nbad\n".utf8), strict: true)
        #expect(lines.count == 2)
        #expect(summary.stoppedAt == "in.jsonl:2: error: invalid JSON at byte 1: expected a quoted key")
    }

    @Test func handlesCRLFAndByteOrderMark() {
        let (lines, warnings, _) = annotate([0xEF, 0xBB, 0xBF] + Array("{\"id\":1,\"text\":\"good\"}\r\nok\r\n".utf8))
        #expect(warnings.isEmpty)
        #expect(lines.count == 2 && lines[0].hasPrefix("{\"id\":1,"))
    }

    @Test func tenMegabyteLineIsAnnotated() throws {
        let big = String(repeating: "good 好吃 ", count: 1_000_000)
        let (lines, warnings, _) = annotate(Array("{\"id\":1,\"text\":\"\(big)\"}\nnext\n".utf8))
        #expect(warnings.isEmpty)
        #expect(lines.count == 2)
        #expect(try object(lines[0])["sentiment"] != nil)
    }

    @Test func linesOverTheLimitAreReportedNotBuffered() throws {
        let (lines, warnings, _) = annotate(Array((String(repeating: "x", count: 5000) + "\nshort good\n").utf8), maxLine: 1000)
        #expect(lines.count == 2)
        #expect(try object(lines[0])["error"] as? String == "line is 5000 bytes, longer than the limit (--max-line-bytes)")
        #expect(warnings.count == 1)
    }

    @Test func binaryGarbageNeverCrashesAndEveryLineIsAccountedFor() {
        var rng = SystemRandomNumberGenerator()
        var input: [UInt8] = []
        for _ in 0..<2000 { input.append(UInt8.random(in: 0...255, using: &rng)) }
        let newlines = input.filter { $0 == 0x0A }.count
        let (lines, _, summary) = annotate(input)
        let expected = newlines + (input.last == 0x0A ? 0 : 1)
        #expect(lines.count == expected)
        #expect(summary.lines == expected && summary.annotated + summary.bad == expected)
    }

    @Test func arbitraryUnicodeNeverCrashesAndKeepsCountAndOrder() throws {
        var rng = SystemRandomNumberGenerator()
        var input = ""
        let count = 500
        for i in 0..<count {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                let pick = Int.random(in: 0..<6, using: &rng)
                let scalar: Unicode.Scalar
                switch pick {
                case 0: scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x7E, using: &rng))!
                case 1: scalar = Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &rng))!
                case 2: scalar = Unicode.Scalar(UInt32.random(in: 0x1F300...0x1FAFF, using: &rng)) ?? "x"
                case 3: scalar = Unicode.Scalar(UInt32.random(in: 0xFF01...0xFF5E, using: &rng))!
                case 4: scalar = Unicode.Scalar(UInt32.random(in: 0xA0...0xFFFD, using: &rng)) ?? "y"
                default: scalar = ["\u{0}", "\u{FEFF}", "\u{200D}", "\u{FE0F}", "\\", "\""].randomElement(using: &rng)!
                }
                text.unicodeScalars.append(scalar)
            }
            // Escape per scalar (not per Character: a combining mark would glue onto a quote).
            var escaped = ""
            for u in text.unicodeScalars {
                switch u {
                case "\\": escaped += "\\\\"
                case "\"": escaped += "\\\""
                case "\u{0}": escaped += "\\u0000"
                default: escaped.unicodeScalars.append(u)
                }
            }
            input += "{\"id\":\(i),\"text\":\"\(escaped)\\ud800 \\udfff\"}\n"
        }
        let (lines, _, summary) = annotate(Array(input.utf8))
        #expect(lines.count == count && summary.lines == count)
        for (i, line) in lines.enumerated() { #expect(line.hasPrefix("{\"id\":\(i),"), "\(line)") }
    }

    @Test func outputIsIdenticalForAnyNumberOfJobsAndRuns() {
        var input = ""
        for i in 0..<3000 { input += "{\"id\":\(i),\"text\":\"\(["菜很好吃，但是送餐太慢了", "not bad", "terrible delivery", "没有不满意", "{bad"][i % 5])\"}\n" }
        let one = annotate(Array(input.utf8), jobs: 1, batch: 700).lines
        let two = annotate(Array(input.utf8), jobs: 2, batch: 700).lines
        let again = annotate(Array(input.utf8), jobs: 2).lines
        #expect(one.count == 3000)
        #expect(one == two && two == again)
    }
}

@Suite struct PipelineTests {
    @Test func pipelineLoadsAndAnalyzes() throws {
        let p = try Pipeline(lexiconRoot: Paths.fixtureLexicon, domain: "restaurant")
        let f = p.analyze("菜很好吃，但是送餐太慢了")
        #expect(f.label == .neg && f.complaint && f.domain == "restaurant")
    }

    @Test func unknownDomainThrows() {
        #expect(throws: LexiconError.self) { _ = try Pipeline(lexiconRoot: Paths.fixtureLexicon, domain: "nope") }
    }
}
