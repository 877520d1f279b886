import Dispatch
import Foundation
import VerbatimAnalysis
import VerbatimModel

/// Streams `annotate`: one JSON object out per line in, in input order.
///
/// Lines are read in batches; each batch is analyzed on `jobs` threads and
/// written in order, so output is byte-identical whatever `jobs` is.
/// Memory is bounded by the batch, not the input.
///
/// ```swift
/// let annotator = Annotator(analyzer: analyzer, sourceName: "reviews.jsonl")
/// let summary = annotator.run(reader, write: { out.write($0) }, warn: { err.write($0) })
/// ```
public struct Annotator: Sendable {
    public let analyzer: Analyzer
    /// Shown in messages (`reviews.jsonl:12: error: …`); `<stdin>` for standard input.
    public let sourceName: String
    /// Stop at the first bad line.
    public let strict: Bool
    public let jobs: Int
    /// Lines per batch.
    public let batchSize: Int

    public init(analyzer: Analyzer, sourceName: String, strict: Bool = false, jobs: Int = 1, batchSize: Int = 2048) {
        self.analyzer = analyzer
        self.sourceName = sourceName
        self.strict = strict
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// What a run did.
    public struct Summary: Sendable, Equatable {
        public var lines = 0
        public var annotated = 0
        public var bad = 0
        /// Set when `strict` stopped the run: the bad line's message.
        public var stoppedAt: String?
    }

    /// The result for one line: its output object and, for a bad line, the message.
    struct LineResult: Sendable {
        var output: [UInt8]
        var error: String?
    }

    /// Runs over every line of `reader`.
    public func run(_ reader: LineReader, write: ([UInt8]) -> Void, warn: (String) -> Void) -> Summary {
        var summary = Summary()
        var batch: [LineReader.Line] = []
        var done = false
        while !done {
            batch.removeAll(keepingCapacity: true)
            var bytes = 0
            while batch.count < batchSize && bytes < 16 << 20, let line = reader.next() {
                if case .bytes(let b, _) = line { bytes += b.count }
                batch.append(line)
            }
            if batch.isEmpty { break }
            let results = process(batch)
            var out: [UInt8] = []
            for r in results {
                summary.lines += 1
                out += r.output
                if let e = r.error {
                    summary.bad += 1
                    warn(e)
                    if strict {
                        // The bad line's error object is written, then nothing more.
                        summary.stoppedAt = e
                        done = true
                        break
                    }
                } else {
                    summary.annotated += 1
                }
            }
            write(out)
        }
        return summary
    }

    func process(_ batch: [LineReader.Line]) -> [LineResult] {
        if jobs == 1 || batch.count < 64 { return batch.map(annotate) }
        return parallelMap(batch, jobs: jobs, annotate)
    }

    /// Annotates one input line.
    func annotate(_ line: LineReader.Line) -> LineResult {
        switch line {
        case .tooLong(let length, let number):
            return failure(id: nil, number: number, "line is \(length) bytes, longer than the limit (--max-line-bytes)")
        case .bytes(let bytes, let number):
            return annotate(bytes, number: number)
        }
    }

    func annotate(_ bytes: [UInt8], number: Int) -> LineResult {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else {
            return failure(id: nil, number: number, "empty line")
        }
        if let bad = invalidUTF8Offset(bytes) {
            return failure(id: nil, number: number, "invalid UTF-8 at byte \(bad)")
        }
        var rawID: ArraySlice<UInt8>?
        let text: String
        if bytes[first] == 0x7B {
            let scanned = bytes.withUnsafeBufferPointer { buf in
                Result { () throws(JSONLineScanner.ScanError) in try JSONLineScanner.scan(buf) }
            }
            switch scanned {
            case .failure(let e):
                return failure(id: nil, number: number, "invalid JSON at byte \(e.offset): \(e.message)")
            case .success(let record):
                rawID = record.rawID
                if let problem = record.textProblem { return failure(id: rawID, number: number, problem) }
                guard let t = record.text else {
                    return failure(id: rawID, number: number, "no text field (expected one of text, content, body, review, comment, message)")
                }
                text = t
            }
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        let finding = analyzer.analyze(text)
        var w = JSONWriter(capacity: 2 * bytes.count + 256)
        w.raw("{\"id\":")
        if let rawID { w.raw(rawID) } else { w.int(number) }
        AnnotationJSON.write(finding, into: &w)
        w.raw("}\n")
        return LineResult(output: w.bytes, error: nil)
    }

    func failure(id: ArraySlice<UInt8>?, number: Int, _ message: String) -> LineResult {
        var w = JSONWriter()
        w.raw("{\"id\":")
        if let id { w.raw(id) } else { w.int(number) }
        w.raw(",\"error\":")
        w.string(message)
        w.raw("}\n")
        return LineResult(output: w.bytes, error: "\(sourceName):\(number): error: \(message)")
    }
}

/// Byte offset of the first invalid UTF-8 sequence, or nil.
///
/// Checks the bytes in place (Unicode Table 3-7: no overlongs, surrogates or
/// code points past U+10FFFF); `String(validating:)` allocated a copy of
/// every line just to say yes.
func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { b in
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
                k < n && b[k] >= lo && b[k] <= hi
            }
            switch c {
            case 0xC2...0xDF:
                guard cont(i + 1) else { return i }
                i += 2
            case 0xE0:
                guard cont(i + 1, 0xA0), cont(i + 2) else { return i }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard cont(i + 1), cont(i + 2) else { return i }
                i += 3
            case 0xED:
                guard cont(i + 1, 0x80, 0x9F), cont(i + 2) else { return i }
                i += 3
            case 0xF0:
                guard cont(i + 1, 0x90), cont(i + 2), cont(i + 3) else { return i }
                i += 4
            case 0xF1...0xF3:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return i }
                i += 4
            case 0xF4:
                guard cont(i + 1, 0x80, 0x8F), cont(i + 2), cont(i + 3) else { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }
}
