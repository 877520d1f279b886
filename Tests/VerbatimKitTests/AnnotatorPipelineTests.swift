import Foundation
import Testing
import VerbatimTestSupport
@testable import VerbatimKit

/// `annotate` with several jobs runs as a reader → workers → ordered writer
/// pipeline: the output and the accounting must be those of one job, and
/// `--strict` must stop exactly after the first bad line wherever it falls.
@Suite struct AnnotatorPipelineTests {
    static let analyzer = AnnotatorTests.analyzer

    struct Run: Equatable {
        var output: [UInt8]
        var warnings: [String]
        var summary: Annotator.Summary
    }

    func run(_ input: [UInt8], strict: Bool = false, jobs: Int, batch: Int, maxLine: Int = 64 << 20) -> Run {
        let url = Paths.temporaryDirectory().appendingPathComponent("in.jsonl")
        FileManager.default.createFile(atPath: url.path, contents: Data(input))
        let reader = LineReader(path: url.path, maxLineBytes: maxLine)!
        let sink = Sink()
        let a = Annotator(analyzer: Self.analyzer, sourceName: "in.jsonl", strict: strict, jobs: jobs, batchSize: batch)
        let summary = a.run(reader, write: { sink.output += $0 }, warn: { sink.warnings.append($0) })
        return Run(output: sink.output, warnings: sink.warnings, summary: summary)
    }

    final class Sink: @unchecked Sendable {
        var output: [UInt8] = []
        var warnings: [String] = []
    }

    /// Lines with a bad one at each index in `bad` (invalid JSON), the rest good JSON Lines or plain text.
    static func input(count: Int, bad: Set<Int>) -> [UInt8] {
        let texts = ["菜很好吃，但是送餐太慢了", "not bad at all", "terrible delivery, \\\"cold\\\" food", "没有不满意", "great 服务 but slow"]
        var s = ""
        for i in 0..<count {
            if bad.contains(i) {
                s += "{\"id\":\(i),\"text\":oops}\n"
            } else if i % 7 == 3 {
                s += "plain line \(texts[i % texts.count])\n"
            } else {
                s += "{\"id\":\"r\(i)\",\"text\":\"\(texts[i % texts.count])\"}\n"
            }
        }
        return Array(s.utf8)
    }

    @Test(arguments: [1, 5, 64, 2048])
    func outputAndCountsAreTheSameForAnyJobs(batch: Int) {
        let input = Self.input(count: 700, bad: [0, 5, 64, 65, 399, 699])
        let one = run(input, jobs: 1, batch: batch)
        #expect(one.summary == Annotator.Summary(lines: 700, annotated: 694, bad: 6, stoppedAt: nil))
        #expect(one.warnings.count == 6 && one.warnings[0].hasPrefix("in.jsonl:1: error: invalid JSON"))
        for jobs in [2, 3, 4] {
            #expect(run(input, jobs: jobs, batch: batch) == one, "jobs \(jobs), batch \(batch)")
        }
        let lines = String(decoding: one.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 700)
        #expect(lines[1].hasPrefix("{\"id\":\"r1\","))
        #expect(lines[3].hasPrefix("{\"id\":4,"))  // plain text: the line number
    }

    /// The first bad line falls in the middle of a batch (batch 50: line 523 is the 24th of the 11th batch),
    /// with more bad lines after it in the same and later batches.
    @Test(arguments: [1, 2, 3])
    func strictStopsMidBatchAfterTheFirstBadLine(jobs: Int) throws {
        let input = Self.input(count: 1500, bad: [523, 530, 900])
        let r = run(input, strict: true, jobs: jobs, batch: 50)
        let lines = String(decoding: r.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 524)
        #expect(lines.last == "{\"id\":524,\"error\":\"invalid JSON at byte 17: invalid value\"}")  // id: the line number
        #expect(r.summary == Annotator.Summary(lines: 524, annotated: 523, bad: 1,
                                               stoppedAt: "in.jsonl:524: error: invalid JSON at byte 17: invalid value"))
        #expect(r.warnings == ["in.jsonl:524: error: invalid JSON at byte 17: invalid value"])
        #expect(r == run(input, strict: true, jobs: 1, batch: 2048))
    }

    @Test(arguments: [1, 2])
    func strictStopsAtTheFirstLineAndAtTheLastLine(jobs: Int) {
        let first = run(Self.input(count: 300, bad: [0, 1]), strict: true, jobs: jobs, batch: 16)
        #expect(first.summary.lines == 1 && first.summary.bad == 1 && first.summary.annotated == 0)
        #expect(String(decoding: first.output, as: UTF8.self).split(separator: "\n").count == 1)
        let last = run(Self.input(count: 300, bad: [299]), strict: true, jobs: jobs, batch: 16)
        #expect(last.summary.lines == 300 && last.summary.bad == 1 && last.summary.stoppedAt != nil)
        let none = run(Self.input(count: 300, bad: []), strict: true, jobs: jobs, batch: 16)
        #expect(none.summary == Annotator.Summary(lines: 300, annotated: 300, bad: 0, stoppedAt: nil))
    }

    @Test func emptyInputWritesNothing() {
        for jobs in [1, 2] {
            let r = run([], jobs: jobs, batch: 8)
            #expect(r.output.isEmpty && r.summary == Annotator.Summary())
        }
    }

    @Test(arguments: [1, 2])
    func tooLongLinesKeepTheirPlaceInAnyBatch(jobs: Int) throws {
        var s = ""
        for i in 0..<200 { s += i % 9 == 0 ? String(repeating: "x", count: 300) + "\n" : "good \(i)\n" }
        let r = run(Array(s.utf8), jobs: jobs, batch: 7, maxLine: 100)
        let lines = String(decoding: r.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 200 && r.summary.bad == 23)
        #expect(lines[9] == "{\"id\":10,\"error\":\"line is 300 bytes, longer than the limit (--max-line-bytes)\"}")
    }
}
