import Foundation
import VerbatimAnalysis
import VerbatimModel

/// Streams `annotate`: one JSON object out per line in, in input order.
///
/// With one job everything runs on the calling thread, batch by batch. With
/// N ≥ 2 jobs the run is a pipeline (``OrderedPipeline``): the calling thread
/// reads lines and cuts them into batches, N worker threads each annotate a
/// batch into its output bytes (each with its own `AnalysisScratch`), and one
/// writer thread writes the outputs in input order, so reading, analysis and
/// writing overlap and the output is byte-identical whatever `jobs` is.
/// At most 2N + 2 batches are in flight, so memory is bounded by the batch
/// size, not the input.
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
    /// A batch also closes once it holds this many bytes of input.
    static let batchBytes = 4 << 20

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

    /// One batch annotated: its output objects back to back, and its messages.
    struct BatchOutput {
        var bytes: [UInt8] = []
        /// Lines the output covers (fewer than the batch when `strict` stopped in it).
        var lines = 0
        /// One message per bad line, in order.
        var errors: [String] = []
        /// `strict` stopped at this batch's last bad line.
        var stopped = false
    }

    /// What one worker thread reuses from batch to batch.
    final class Worker {
        let scratch = AnalysisScratch()
        let themeHeads = ThemeHeadCache()
    }

    /// Runs over every line of `reader`.
    ///
    /// `write` gets the output batch by batch and `warn` each bad line's
    /// message, both in input order and never concurrently (with several jobs,
    /// on a writer thread; a batch's messages come before its output); both
    /// have finished when `run` returns.
    public func run(_ reader: LineReader, write: @escaping ([UInt8]) -> Void, warn: @escaping (String) -> Void) -> Summary {
        var summary = Summary()
        if jobs == 1 {
            let worker = Worker()
            var batch = LineBatch()
            while reader.readLines(into: &batch, maxLines: batchSize, maxBytes: Self.batchBytes) {
                let output = annotate(batch, worker)
                batch.bytes.removeAll(keepingCapacity: true)
                batch.lines.removeAll(keepingCapacity: true)
                if account(output, &summary, write, warn) { break }
            }
            return summary
        }
        let stop = StopFlag()
        // `write` and `warn` escape into the writer thread's closure, which may
        // be released a moment after `run` returns; they are not called then.
        let pipeline = OrderedPipeline<LineBatch, BatchOutput, Worker>(
            workers: jobs, inFlight: 2 * jobs + 2, makeState: { Worker() })
        let counted = SummaryBox()
        _ = pipeline.run(produce: { emit in
            while !stop.isSet {
                var batch = LineBatch()
                guard reader.readLines(into: &batch, maxLines: batchSize, maxBytes: Self.batchBytes) else { break }
                emit(batch)
            }
        }, work: { batch, worker in
            // Past a strict stop nothing more is written: skip the work.
            stop.isSet ? BatchOutput() : annotate(batch, worker)
        }, consume: { output in
            if counted.summary.stoppedAt != nil { return }
            if account(output, &counted.summary, write, warn) { stop.set() }
        })
        return counted.summary
    }

    /// Counts, reports and writes one batch's output; true when `strict` stops here.
    private func account(_ output: BatchOutput, _ summary: inout Summary,
                         _ write: ([UInt8]) -> Void, _ warn: (String) -> Void) -> Bool {
        summary.lines += output.lines
        summary.bad += output.errors.count
        summary.annotated += output.lines - output.errors.count
        for e in output.errors { warn(e) }
        if output.stopped { summary.stoppedAt = output.errors.last }
        if !output.bytes.isEmpty { write(output.bytes) }
        return output.stopped
    }

    /// Annotates one batch into one buffer; with `strict`, stops after the first bad line.
    func annotate(_ batch: LineBatch, _ worker: Worker) -> BatchOutput {
        var output = BatchOutput()
        var w = JSONWriter(capacity: 2 * batch.bytes.count + 256 * batch.lines.count)
        batch.bytes.withUnsafeBufferPointer { all in
            for entry in batch.lines {
                output.lines += 1
                let error: String?
                if let length = entry.tooLongLength {
                    error = failure(id: nil, number: entry.number, "line is \(length) bytes, longer than the limit (--max-line-bytes)", into: &w)
                } else {
                    error = annotate(UnsafeBufferPointer(rebasing: all[entry.start..<entry.end]), number: entry.number,
                                     worker, into: &w)
                }
                if let error {
                    output.errors.append(error)
                    if strict {
                        // The bad line's error object is written, then nothing more.
                        output.stopped = true
                        break
                    }
                }
            }
        }
        output.bytes = w.bytes
        return output
    }

    /// Annotates one input line into `w`; returns the message for a bad line.
    func annotate(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, _ worker: Worker, into w: inout JSONWriter) -> String? {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else {
            return failure(id: nil, number: number, "empty line", into: &w)
        }
        if let bad = invalidUTF8Offset(bytes) {
            return failure(id: nil, number: number, "invalid UTF-8 at byte \(bad)", into: &w)
        }
        guard bytes[first] == 0x7B else {
            write(text: bytes, id: nil, number: number, worker, into: &w)
            return nil
        }
        let scanned = Result { () throws(JSONLineScanner.ScanError) in try JSONLineScanner.scan(bytes) }
        switch scanned {
        case .failure(let e):
            return failure(id: nil, number: number, "invalid JSON at byte \(e.offset): \(e.message)", into: &w)
        case .success(let record):
            let id = record.rawID.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
            if let problem = record.textProblem { return failure(id: id, number: number, problem, into: &w) }
            guard record.hasText else {
                return failure(id: id, number: number, "no text field (expected one of text, content, body, review, comment, message)", into: &w)
            }
            record.withText(in: bytes) { write(text: $0, id: id, number: number, worker, into: &w) }
            return nil
        }
    }

    /// Analyzes one text (valid UTF-8) and writes its output object.
    private func write(text: UnsafeBufferPointer<UInt8>, id: UnsafeBufferPointer<UInt8>?, number: Int, _ worker: Worker,
                       into w: inout JSONWriter) {
        analyzer.withDigest(ofUTF8: text, using: worker.scratch) { digest in
            w.raw("{\"id\":")
            if let id { w.raw(id) } else { w.int(number) }
            AnnotationJSON.write(digest, into: &w, heads: worker.themeHeads)
            w.raw("}\n")
        }
    }

    /// Writes a bad line's `{"id","error"}` object; returns its message for stderr.
    func failure(id: UnsafeBufferPointer<UInt8>?, number: Int, _ message: String, into w: inout JSONWriter) -> String {
        w.raw("{\"id\":")
        if let id { w.raw(id) } else { w.int(number) }
        w.raw(",\"error\":")
        w.string(message)
        w.raw("}\n")
        return "\(sourceName):\(number): error: \(message)"
    }
}

/// The summary, counted on the writer thread and read after the pipeline has finished.
private final class SummaryBox: @unchecked Sendable {
    var summary = Annotator.Summary()
}

/// Set once by the writer when `strict` stops a run; read by the reader and the workers.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Byte offset of the first invalid UTF-8 sequence, or nil.
///
/// Checks the bytes in place (Unicode Table 3-7: no overlongs, surrogates or
/// code points past U+10FFFF); `String(validating:)` allocated a copy of
/// every line just to say yes.
func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { invalidUTF8Offset($0) }
}

/// Byte offset of the first invalid UTF-8 sequence in `b`, or nil. Runs of
/// ASCII are skipped eight bytes at a time.
func invalidUTF8Offset(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = b.baseAddress else { return nil }
    let n = b.count
    var i = 0
    @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
        k < n && base[k] >= lo && base[k] <= hi
    }
    while i < n {
        if base[i] < 0x80 {
            // Only ASCII tries the eight-byte skip: in CJK text it would fail at every character.
            if i + 8 <= n && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            } else {
                i += 1
            }
            continue
        }
        // A run of common three-byte characters (E4–E9: U+4000–U+9FFF, most Chinese text) in a
        // tight loop, lead and continuation bytes checked in one 32-bit load, no dispatch per character.
        while i + 4 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self)
            let lead = UInt8(truncatingIfNeeded: w)
            guard lead &- 0xE4 < 6, w & 0x00C0_C000 == 0x0080_8000 else { break }
            i += 3
        }
        guard i < n else { break }
        let c = base[i]
        if c < 0x80 { continue }
        switch c {
        case 0xE1...0xEC, 0xEE...0xEF:  // most of CJK: tested first, both continuation bytes in one load
            guard i + 2 < n, UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt16.self) & 0xC0C0 == 0x8080 else {
                return i
            }
            i += 3
        case 0xC2...0xDF:
            guard cont(i + 1) else { return i }
            i += 2
        case 0xE0:
            guard cont(i + 1, 0xA0), cont(i + 2) else { return i }
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
