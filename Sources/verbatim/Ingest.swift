import ArgumentParser
import Foundation
import VerbatimKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read feedback files of any supported format into normalized JSON Lines records.",
        discussion: """
            Reads CSV/TSV (survey exports included), Excel .xlsx, XML feeds, saved HTML review pages, JSON, \
            JSON Lines and Twitter/X tweets.js, in any supported encoding; folders are read recursively in \
            sorted order. Writes one verbatim.record/1 object per record and prints the accounting \
            (read = analyzed + skipped + duplicates) on stderr. Pipe into annotate: \
            verbatim ingest FILE | verbatim annotate -
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Write the records here (atomically) instead of standard output.", valueName: "FILE.jsonl"))
    var out: String?

    @Option(help: ArgumentHelp("Write the accounting as JSON here (default with --out: FILE.summary.json beside it).", valueName: "FILE.json"))
    var summary: String?

    @Flag(help: "Stop at the first skipped record or unreadable file (exit code 3); nothing is written.")
    var strict = false

    func run() throws {
        let options = try input.ingestOptions()
        var ingestor = Ingestor(options: options)
        ingestor.stopAtFirstProblem = strict
        let writer: AtomicFileWriter?
        do { writer = try out.map { try AtomicFileWriter(path: $0) } } catch {
            printError("\(out ?? "-"): error: cannot write (\(error.localizedDescription))")
            throw ExitCodes.unwritableOutput
        }
        var writeFailure: Error?
        let stdout = FileHandle.standardOutput
        var buffer: [UInt8] = []
        let printer = ProblemPrinter()
        let result: IngestSummary
        do {
            result = try ingestor.run(paths, consume: { record in
                buffer += RecordJSON.line(record)
                if buffer.count >= 1 << 16 {
                    do { if let writer { try writer.write(buffer) } else { stdout.write(Data(buffer)) } } catch { writeFailure = error }
                    buffer.removeAll(keepingCapacity: true)
                }
            }, report: printer.print)
        } catch {
            printError(error.description)
            throw ExitCodes.unreadableInput
        }
        printError("ingest:\n" + result.textTable)
        if result.stoppedEarly {
            printError("ingest: --strict: stopped at the first problem; nothing written")
            throw ExitCodes.badLine
        }
        do {
            if let writer { try writer.write(buffer); try writer.commit() } else { stdout.write(Data(buffer)) }
            if let writeFailure { throw writeFailure }
            if let path = summary ?? out.map(Self.summaryPath) {
                let s = try AtomicFileWriter(path: path)
                try s.write(result.jsonBytes)
                try s.commit()
            }
        } catch {
            printError("error: cannot write output (\(error.localizedDescription))")
            throw ExitCodes.unwritableOutput
        }
    }

    /// `out/records.jsonl` → `out/records.summary.json`.
    static func summaryPath(for out: String) -> String {
        let url = URL(fileURLWithPath: out)
        return url.deletingPathExtension().path + ".summary.json"
    }
}
