import Foundation
import VerbatimModel

/// Reads every input the user named, in order, through the right reader, and
/// passes each usable record to a consumer — the one place where records are
/// counted, de-duplicated and never silently lost.
///
/// ```swift
/// var ingestor = Ingestor(options: IngestOptions())
/// let summary = try ingestor.run(["corpora"], consume: { record in print(record.text ?? "") },
///                                report: { problem in print(problem) })
/// summary.reconciles  // true
/// ```
public struct Ingestor {
    public let options: IngestOptions
    /// Stop at the first skipped record or unreadable file (`--strict`).
    public var stopAtFirstProblem = false
    private var duplicates: DuplicateFilter
    private var stopped = false

    public init(options: IngestOptions) {
        self.options = options
        // Kept duplicates are only counted: bounded memory, counts exact up to the capacity.
        duplicates = DuplicateFilter(capacity: options.keepDuplicates ? DuplicateFilter.keptDuplicatesCapacity : nil)
    }

    /// Reads `paths` (files, folders, `-` for stdin).
    /// - Parameters:
    ///   - consume: receives each record to analyse, in input order.
    ///   - report: receives each skipped record, warning and file problem, in input order.
    ///   - note: receives what readers detected (`file`, key, value), for `inspect`.
    /// - Throws: `IngestError` only for fatal conditions: a named path that does not exist.
    public mutating func run(
        _ paths: [String], consume: @escaping (consuming Record) -> Void, report: @escaping (IngestReport) -> Void,
        note: @escaping (String, String, String) -> Void = { _, _, _ in }
    ) throws(IngestError) -> IngestSummary {
        let collector = InputCollector(include: options.include, exclude: options.exclude)
        let (files, passedOver) = try collector.collect(paths)
        var summary = IngestSummary()
        for skipped in passedOver {
            var account = FileAccount(file: skipped.path)
            account.passedOver = skipped.reason
            summary.files.append(account)
        }
        for file in files {
            if stopped { break }
            let account = read(file, consume: consume, report: report, note: note)
            summary.totals.add(account)
            summary.files.append(account)
        }
        summary.files.sort { Array($0.file.utf8).lexicographicallyPrecedes(Array($1.file.utf8)) }
        summary.distinctTexts = duplicates.distinctTexts
        if duplicates.notRemembered > 0 { summary.textsNotRemembered = duplicates.notRemembered }
        summary.stoppedEarly = stopped
        return summary
    }

    /// Reads one file; never throws: what goes wrong is in the account.
    mutating func read(
        _ named: InputFile, consume: @escaping (consuming Record) -> Void, report: @escaping (IngestReport) -> Void,
        note: @escaping (String, String, String) -> Void
    ) -> FileAccount {
        var account = FileAccount(file: named.displayPath)
        var file = named
        var spooled: String?
        if named.path == "-" {
            do {
                spooled = try Self.spoolStandardInput()
                file = InputFile(path: spooled!, displayPath: "-")
            } catch {
                account.failure = error.message
                fail(.fileFailed, error, report)
                return account
            }
        }
        defer { if let spooled { try? FileManager.default.removeItem(atPath: spooled) } }

        let format: InputFormat
        if let forced = options.format {
            format = forced
        } else {
            let sample: [UInt8]
            do { sample = try Self.sample(file) } catch {
                account.failure = error.message
                fail(.fileFailed, error, report)
                return account
            }
            switch FormatDetector.decide(path: named.displayPath == "-" ? "" : file.path, sample: sample) {
            case .passOver(let reason):
                account.passedOver = reason
                let code: IngestError.Code = reason == "empty file" ? .emptyFile : .binaryFile
                report(IngestReport(kind: .filePassedOver, problem: IngestError(code, path: file.displayPath, message: "passed over: \(reason)")))
                return account
            case .read(let detected, let reason):
                format = detected
                note(file.displayPath, "format", "\(detected.rawValue) (\(reason))")
            }
        }
        account.format = format.rawValue

        let sink = AccountingSink(file: file.displayPath, keepDuplicates: options.keepDuplicates,
                                  duplicates: duplicates, stopAtFirstSkip: stopAtFirstProblem,
                                  consume: consume, report: report, note: note)
        do {
            try Self.read(file, as: format, options: options, into: sink)
        } catch {
            account.failure = error.description
            if !sink.stopped { fail(.fileFailed, error, report) }
        }
        if sink.stopped { stopped = true }
        duplicates = sink.duplicates
        sink.account.format = account.format
        sink.account.failure = account.failure
        return sink.account
    }

    private mutating func fail(_ kind: IngestReport.Kind, _ error: IngestError, _ report: (IngestReport) -> Void) {
        report(IngestReport(kind: kind, problem: error))
        if stopAtFirstProblem { stopped = true }
    }

    /// Reads `file` with the reader for `format`.
    /// - Throws: `IngestError` when the rest of the file cannot be read.
    public static func read(_ file: InputFile, as format: InputFormat, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        var options = options
        options.format = format
        switch format {
        case .csv, .tsv: try CSVReader.read(file, options: options, into: sink)
        case .xlsx: try XLSXReader.read(file, options: options, into: sink)
        case .xml: try XMLFeedReader.read(file, options: options, into: sink)
        case .html: try HTMLPageReader.read(file, options: options, into: sink)
        case .json, .jsonLines, .tweetsJS: try JSONRecordReader.read(file, options: options, into: sink)
        }
    }

    /// The first bytes of a file, for detection.
    static func sample(_ file: InputFile) throws(IngestError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw IngestError(.unreadable, path: file.displayPath, message: "cannot open file")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: FormatDetector.sampleSize) ?? Data())
        } catch {
            throw IngestError(.unreadable, path: file.displayPath, message: "read failed: \(error.localizedDescription)")
        }
    }

    /// Copies standard input to a temporary file, so every reader (and format
    /// detection) can work on a file; memory stays bounded.
    static func spoolStandardInput() throws(IngestError) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-stdin-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw IngestError(.unreadable, path: "-", message: "cannot create a temporary file for standard input")
        }
        defer { try? out.close() }
        let input = FileHandle.standardInput
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try out.write(contentsOf: chunk) }
        } catch {
            throw IngestError(.unreadable, path: "-", message: "reading standard input failed: \(error.localizedDescription)")
        }
        return path
    }
}

/// The sink every reader writes to: counts, de-duplicates, forwards.
final class AccountingSink: RecordSink {
    var account: FileAccount
    var duplicates: DuplicateFilter
    /// Set by the first skip under `--strict`; later events are ignored.
    private(set) var stopped = false
    private let keepDuplicates: Bool
    private let stopAtFirstSkip: Bool
    private let consume: (consuming Record) -> Void
    private let report: (IngestReport) -> Void
    private let noteHandler: (String, String, String) -> Void

    init(file: String, keepDuplicates: Bool, duplicates: DuplicateFilter, stopAtFirstSkip: Bool,
         consume: @escaping (consuming Record) -> Void, report: @escaping (IngestReport) -> Void,
         note: @escaping (String, String, String) -> Void) {
        self.account = FileAccount(file: file)
        self.keepDuplicates = keepDuplicates
        self.stopAtFirstSkip = stopAtFirstSkip
        self.duplicates = duplicates
        self.consume = consume
        self.report = report
        self.noteHandler = note
    }

    func emit(_ record: consuming Record) {
        if stopped { return }
        account.read += 1
        switch duplicates.check(record) {
        case .first: break
        case .exactDuplicate:
            account.exactDuplicates += 1
            if !keepDuplicates {
                account.duplicates += 1
                return
            }
        case .normalizedDuplicate:
            account.normalizedDuplicates += 1
            if !keepDuplicates {
                account.duplicates += 1
                return
            }
        }
        account.analyzed += 1
        if !record.hasText { account.withoutText += 1 }
        consume(record)
    }

    func skip(_ problem: IngestError) {
        if stopped { return }
        account.read += 1
        account.skipped += 1
        account.skippedByReason[problem.code.rawValue, default: 0] += 1
        report(IngestReport(kind: .skippedRecord, problem: problem))
        if stopAtFirstSkip { stopped = true }
    }

    func warn(_ problem: IngestError) {
        if stopped { return }
        account.warnings += 1
        report(IngestReport(kind: .warning, problem: problem))
    }

    func note(_ key: String, _ value: String) {
        if key == "encoding" { account.encoding = value }
        noteHandler(account.file, key, value)
    }
}

/// One problem, with what it cost: a skipped record, a warning (nothing lost),
/// a file that could not be (fully) read, or a file passed over.
public struct IngestReport: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case skippedRecord = "skipped"
        case warning
        case fileFailed = "file failed"
        case filePassedOver = "file passed over"
    }

    public var kind: Kind
    public var problem: IngestError

    public init(kind: Kind, problem: IngestError) {
        self.kind = kind
        self.problem = problem
    }
}
