import ArgumentParser
import Foundation
import VerbatimKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze feedback files and write theme reports: items, themes, KPIs, trends, segments.",
        discussion: """
            Reads every input as `ingest` does, analyses each open-text answer, and writes into --out: \
            items.jsonl (verbatim.item/1), themes.csv, summary.json (verbatim.summary/1), report.md and \
            report.html. Every file is written atomically; the same inputs, lexicons and options give \
            byte-identical outputs.
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp("Segment the report by this field (repeatable): a segment column, or brand, product, store, channel, question, language.", valueName: "FIELD"))
    var segmentBy: [String] = []

    func run() throws {
        let analyzer = try lexicon.analyzer()
        let ingestOptions = try input.ingestOptions()
        var aggregateOptions = AggregateOptions()
        aggregateOptions.segmentBy = segmentBy
        aggregateOptions.csat = CSATDefinition(topBox: report.csatTopBox)
        aggregateOptions.period = PeriodKind(rawValue: report.period) ?? .month
        aggregateOptions.orderVolume = report.orders
        aggregateOptions.retention = try report.retentionPeriods()

        var run = AnalysisRun(analyzer: analyzer, ingest: ingestOptions, jobs: report.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        run.since = try report.sinceDate()
        run.until = try report.untilDate()
        run.strict = report.strict
        if !report.noRedact {
            let redactor = Redactor()
            run.redact = { redactor.redact($0).text }
        }
        let printer = ProblemPrinter()
        run.report = printer.print
        let progress = ProgressLine(label: "analyze", quiet: report.quiet)
        run.progress = progress.update

        let outputs = try OutputFolder(path: report.out)
        let items = try outputs.writer("items.jsonl")
        var aggregator = Aggregator(options: aggregateOptions)
        var writeFailure: Error?
        let result: AnalysisRun.Result
        do {
            result = try run.run(paths) { item in
                aggregator.add(item)
                do { try items.write(ItemJSON.line(item)) } catch { writeFailure = error }
            }
        } catch {
            progress.finish()
            printError(error.description)
            throw ExitCodes.unreadableInput
        }
        progress.finish()
        printError("analyze:\n" + result.ingest.textTable)
        if result.outsidePeriod > 0 { printError("  outside --since/--until: \(result.outsidePeriod) record(s)") }
        if result.ingest.stoppedEarly {
            printError("analyze: --strict: stopped at the first problem; nothing written")
            throw ExitCodes.badLine
        }
        if let writeFailure { throw outputs.failure(writeFailure) }

        let provenance = RunProvenance(lexicon: analyzer.lexicon,
                                       options: lexicon.provenance + input.provenance + report.provenance
                                           + segmentBy.map { "--segment-by \($0)" },
                                       inputs: paths)
        let summary = aggregator.summary(aggregateOptions)
        let document = SummaryDocument(producedBy: provenance, input: result.ingest, outsidePeriod: result.outsidePeriod, analysis: summary)
        let themes = ThemeReport(document: document, lexicon: analyzer.lexicon, excel: report.excel)
        do {
            try items.commit()
            try outputs.write("summary.json", try document.jsonBytes())
            try outputs.write("themes.csv", themes.themesCSV())
            try outputs.write("report.md", themes.markdown())
            try outputs.write("report.html", themes.html())
        } catch {
            throw outputs.failure(error)
        }
        printError("analyze: wrote items.jsonl, themes.csv, summary.json, report.md, report.html to \(report.out)")
    }
}

/// The folder outputs go to; each file written atomically.
struct OutputFolder {
    let path: String

    init(path: String) throws {
        self.path = path
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            printError("\(path): error: cannot create the output folder (\(error.localizedDescription))")
            throw ExitCodes.unwritableOutput
        }
    }

    func writer(_ name: String) throws -> AtomicFileWriter {
        do { return try AtomicFileWriter(path: (path as NSString).appendingPathComponent(name)) } catch {
            throw failure(error)
        }
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let w = try writer(name)
        try w.write(bytes)
        try w.commit()
    }

    func failure(_ error: Error) -> ExitCode {
        printError("\(path): error: cannot write outputs (\(error.localizedDescription))")
        return ExitCodes.unwritableOutput
    }
}

extension InputOptions {
    /// The ingest options in effect, for provenance.
    var provenance: [String] {
        var o: [String] = []
        if let map { o.append("--map \(map)") }
        if let encoding { o.append("--encoding \(encoding)") }
        if let format { o.append("--format \(format)") }
        o += include.map { "--include \($0)" } + exclude.map { "--exclude \($0)" }
        if let recordPath { o.append("--record-path \(recordPath)") }
        if let xpath { o.append("--xpath \(xpath)") }
        if let sheet { o.append("--sheet \(sheet)") }
        if let jsonPath { o.append("--json-path \(jsonPath)") }
        if keepDuplicates { o.append("--keep-duplicates") }
        if maxFieldBytes != IngestOptions.defaultMaxFieldBytes { o.append("--max-field-bytes \(maxFieldBytes)") }
        return o
    }
}
