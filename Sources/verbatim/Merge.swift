import ArgumentParser
import Foundation
import VerbatimKit

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge partial analyses (analyze --partial) into the reports of one run over all their inputs.",
        discussion: """
            Reads partials (verbatim.partial/1) written by `verbatim analyze … --partial FILE` over disjoint \
            shards of the inputs and writes summary.json, themes.csv, report.md and report.html into --out, \
            as `analyze` would for all the inputs at once (items.jsonl cannot be rebuilt from partials). \
            --partial FILE writes the merged state as a partial again, for merging in stages. The order of \
            the partials does not matter. Partials merge only when made by this Verbatim version, with the \
            same lexicon and the same analysis options (everything but --period, --orders, --retention and \
            --excel, which merge takes itself); otherwise exit code 6. Duplicate texts are found within each \
            partial only.
            """
    )

    @Argument(help: ArgumentHelp("Partial files written by analyze --partial.", valueName: "PARTIAL"))
    var partials: [String]

    @Option(help: ArgumentHelp("Write the reports into this folder (created if missing).", valueName: "DIR"))
    var out: String?

    @Option(help: ArgumentHelp("Write the merged state as a partial again (for merging in stages).", valueName: "FILE"))
    var partial: String?

    @Option(help: "Trend period: week (ISO), month or quarter.")
    var period: String = "month"

    @Option(help: ArgumentHelp("Order volume for the period, to report complaints per 1,000 orders.", valueName: "N"))
    var orders: Int?

    @Option(help: ArgumentHelp("CSV of periods for the retention rate: period,customers_at_start,customers_at_end,new_customers.", valueName: "FILE"))
    var retention: String?

    @Flag(help: "Write CSV files as UTF-8 with a byte order mark and CRLF, so Excel shows Chinese correctly.")
    var excel = false

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Overlay lexicon directory the partials were made with (repeatable, same order).", valueName: "DIR"))
    var overlays: [String] = []

    @Option(help: ArgumentHelp("The lexicon directory the partials were made with, instead of the bundled one.", valueName: "DIR"))
    var lexiconRoot: String?

    func validate() throws {
        guard !partials.isEmpty else { throw ValidationError("give at least one partial") }
        guard out != nil || partial != nil else { throw ValidationError("give --out DIR, --partial FILE, or both") }
        guard PeriodKind(rawValue: period) != nil else { throw ValidationError("--period must be week, month or quarter") }
        if let orders, orders < 1 { throw ValidationError("--orders must be at least 1") }
    }

    func run() throws {
        let retentionPeriods = try ReportOptions.retentionPeriods(retention)
        // The lexicon labels the themes; its fingerprint must be the partials'.
        let lexicon = try LexiconOptions.load(root: lexiconRoot, overlays: overlays)
        var documents: [(name: String, document: PartialDocument)] = []
        for path in partials {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): error: cannot open the partial")
                throw ExitCodes.unreadableInput
            }
            do {
                documents.append((path, try PartialDocument.decode([UInt8](data), name: path)))
            } catch {
                printError("merge: error: \(error.description)")
                throw ExitCodes.partialsIncompatible
            }
        }
        let merged: PartialDocument
        do {
            merged = try PartialMerge.merge(documents, lexiconFingerprint: lexicon.fingerprint)
        } catch {
            printError("merge: error: \(error.description)")
            throw ExitCodes.partialsIncompatible
        }
        warnAboutRepeatedFiles(documents)
        printError("merge: \(documents.count) partial(s):\n" + merged.input.textTable)
        if merged.outsidePeriod > 0 { printError("  outside --since/--until: \(merged.outsidePeriod) record(s)") }

        if let partial {
            try writePartial(merged, to: partial)
            printError("merge: wrote the partial \(partial)")
        }
        guard let out else { return }
        let options = merged.settings.aggregateOptions(period: PeriodKind(rawValue: period) ?? .month, orders: orders,
                                                       retention: retentionPeriods)
        let provenance = RunProvenance(
            lexicon: lexicon,
            options: merged.settings.provenanceOptions(period: period, orders: orders,
                                                       retention: retention.map { ($0 as NSString).lastPathComponent },
                                                       excel: excel),
            inputs: merged.producedBy.inputs)
        let outputs = try OutputFolder(path: out)
        try writeThemeReports(aggregator: merged.aggregate, options: options, input: merged.input,
                              outsidePeriod: merged.outsidePeriod, provenance: provenance, lexicon: lexicon,
                              excel: excel, to: outputs)
        printError("merge: wrote themes.csv, summary.json, report.md, report.html to \(out)")
    }

    /// A file accounted in two partials is probably counted twice (or two machines named files alike): say so.
    private func warnAboutRepeatedFiles(_ documents: [(name: String, document: PartialDocument)]) {
        var owner: [String: String] = [:]
        var warned = Set<String>()
        for (name, d) in documents {
            for f in d.input.files where f.passedOver == nil {
                if let first = owner[f.file], first != name, warned.insert(f.file).inserted {
                    printError("merge: warning: \(f.file) is accounted in both \(first) and \(name); if it is the same file, its records are counted twice")
                }
                owner[f.file] = owner[f.file] ?? name
            }
        }
    }
}
