import ArgumentParser
import Foundation
import VerbatimKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what Verbatim sees in feedback files: format, encoding, column roles, counts, first records."
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var input: InputOptions

    @Option(help: "How many records to show per file.")
    var records: Int = 3

    func run() throws {
        let options = try input.ingestOptions()
        var ingestor = Ingestor(options: options)
        // Inspect shows what a run would keep, duplicates included in the counts.
        var notes: [String: [(String, String)]] = [:]
        var examples: [String: [Record]] = [:]
        var problems: [String: [IngestReport]] = [:]
        let summary: IngestSummary
        do {
            summary = try ingestor.run(paths, consume: { record in
                if examples[record.source.file, default: []].count < records { examples[record.source.file, default: []].append(record) }
            }, report: { report in
                if problems[report.problem.path, default: []].count < 10 { problems[report.problem.path, default: []].append(report) }
            }, note: { file, key, value in notes[file, default: []].append((key, value)) })
        } catch {
            printError(error.description)
            throw ExitCodes.unreadableInput
        }
        var out = ""
        for account in summary.files {
            out += "\(account.file)\n"
            if let reason = account.passedOver {
                out += "  passed over: \(reason)\n\n"
                continue
            }
            for (key, value) in notes[account.file] ?? [] { out += "  \(key): \(value)\n" }
            out += "  records: read \(account.read), analyzed \(account.analyzed) (\(account.withoutText) without text), skipped \(account.skipped), duplicates \(account.duplicates)\n"
            if let failure = account.failure { out += "  stopped early: \(failure)\n" }
            for report in problems[account.file] ?? [] { out += "  \(report.kind.rawValue): \(report.problem)\n" }
            for (i, record) in (examples[account.file] ?? []).enumerated() {
                out += "  record \(i + 1): " + String(decoding: RecordJSON.line(record), as: UTF8.self)
            }
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
