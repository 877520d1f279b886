import ArgumentParser
import Foundation
import VerbatimKit

/// Options for reading feedback files, shared by `ingest`, `inspect` and `analyze`.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Column roles, overriding detection: text=COL,rating=COL,recommend=COL,date=COL,answered=COL,id=COL,author=COL,brand=COL,product=COL,store=COL,channel=COL,segment=COL,field=COL,ignore=COL (repeat roles as needed).", valueName: "ROLE=COL,..."))
    var map: String?

    @Option(help: ArgumentHelp("Text encoding instead of detecting it: utf-8, utf-16le, utf-16be, gb18030, big5, windows-1252.", valueName: "NAME"))
    var encoding: String?

    @Option(help: ArgumentHelp("Format instead of detecting it: csv, tsv, xml, html, json, jsonl, tweets-js, xlsx.", valueName: "NAME"))
    var format: String?

    @Option(help: ArgumentHelp("Only read folder files matching this glob (*, **, ?, [set]; repeatable).", valueName: "GLOB"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip folder files matching this glob (repeatable).", valueName: "GLOB"))
    var exclude: [String] = []

    @Option(help: ArgumentHelp("XML: the record element path, e.g. sentences/sentence.", valueName: "PATH"))
    var recordPath: String?

    @Option(help: ArgumentHelp("HTML without schema.org markup: XPath selectors item=…,text=…,rating=…,date=…,author=….", valueName: "ROLE=XPATH,..."))
    var xpath: String?

    @Option(help: ArgumentHelp("Excel: the sheet to read (default: the first).", valueName: "NAME"))
    var sheet: String?

    @Option(help: ArgumentHelp("JSON: dotted path to the records array inside an export, e.g. data.reviews.", valueName: "PATH"))
    var jsonPath: String?

    @Flag(help: "Keep exact and normalized-text duplicates (they are counted and dropped by default).")
    var keepDuplicates = false

    @Option(help: "Largest field or record accepted, in bytes; larger ones are reported and skipped.")
    var maxFieldBytes: Int = IngestOptions.defaultMaxFieldBytes

    /// The options as the ingest library takes them.
    func ingestOptions() throws -> IngestOptions {
        var options = IngestOptions(include: include, exclude: exclude, recordPath: recordPath, sheet: sheet,
                                    jsonPath: jsonPath, keepDuplicates: keepDuplicates, maxFieldBytes: maxFieldBytes)
        if let encoding {
            guard let e = TextEncoding(rawValue: encoding.lowercased()) ?? Self.encodingAliases[encoding.lowercased()] else {
                throw ValidationError("unknown encoding '\(encoding)'; known: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.encoding = e
        }
        if let format {
            guard let f = InputFormat(rawValue: format.lowercased()) else {
                throw ValidationError("unknown format '\(format)'; known: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.format = f
        }
        if let map {
            do { options.columnMap = try ColumnMap(parsing: map) } catch { throw ValidationError(error.message) }
        }
        if let xpath {
            for part in xpath.split(separator: ",") {
                guard let eq = part.firstIndex(of: "=") else { throw ValidationError("--xpath: expected ROLE=XPATH, found '\(part)'") }
                let role = part[..<eq].trimmingCharacters(in: .whitespaces)
                let value = String(part[part.index(after: eq)...])
                switch role {
                case "item": options.xpath.item = value
                case "text": options.xpath.text = value
                case "rating": options.xpath.rating = value
                case "date": options.xpath.date = value
                case "author": options.xpath.author = value
                default: throw ValidationError("--xpath: unknown role '\(role)' (item, text, rating, date, author)")
                }
            }
            guard options.xpath.item != nil, options.xpath.text != nil else {
                throw ValidationError("--xpath needs at least item=… and text=…")
            }
        }
        guard maxFieldBytes >= 1 else { throw ValidationError("--max-field-bytes must be at least 1") }
        return options
    }

    static let encodingAliases: [String: TextEncoding] = [
        "utf8": .utf8, "utf16le": .utf16LE, "utf16be": .utf16BE, "gbk": .gb18030, "cp936": .gb18030,
        "gb2312": .gb18030, "cp950": .big5, "cp1252": .windows1252, "latin1": .windows1252, "iso-8859-1": .windows1252,
    ]
}

/// Prints problems on stderr, at most `limit` per file, then a count of the rest.
final class ProblemPrinter {
    private var perFile: [String: Int] = [:]
    private let limit: Int

    init(limit: Int = 20) { self.limit = limit }

    func print(_ report: IngestReport) {
        let file = report.problem.path
        let n = perFile[file, default: 0] + 1
        perFile[file] = n
        let severity: String
        switch report.kind {
        case .warning: severity = ": warning: "
        case .filePassedOver: severity = ": note: "
        case .skippedRecord, .fileFailed: severity = ": error: "
        }
        if n <= limit || report.kind == .fileFailed || report.kind == .filePassedOver {
            printError(report.problem.description.replacingOccurrences(of: ": error: ", with: severity))
        } else if n == limit + 1 {
            printError("\(file): … further problems in this file are counted in the summary, not printed")
        }
    }
}

extension IngestSummary {
    /// The accounting as a few lines for stderr.
    var textTable: String {
        var lines: [String] = []
        for f in files {
            if let reason = f.passedOver {
                lines.append("  \(f.file): passed over (\(reason))")
                continue
            }
            var line = "  \(f.file): \(f.format ?? "?")"
            if let e = f.encoding { line += ", \(e)" }
            line += " — read \(f.read), analyzed \(f.analyzed) (\(f.withoutText) without text), skipped \(f.skipped), duplicates \(f.duplicates)"
            if !f.skippedByReason.isEmpty {
                line += " [" + f.skippedByReason.keys.sorted().map { "\($0): \(f.skippedByReason[$0]!)" }.joined(separator: ", ") + "]"
            }
            if let failure = f.failure { line += "; stopped early: \(failure)" }
            lines.append(line)
        }
        let t = totals
        lines.append("  total: read \(t.read) = analyzed \(t.analyzed) + skipped \(t.skipped) + duplicates \(t.duplicates)"
                     + " (\(t.exactDuplicates) exact, \(t.normalizedDuplicates) normalized); \(t.withoutText) without text; \(t.warnings) warning(s)")
        return lines.joined(separator: "\n")
    }

    /// The summary as pretty, key-sorted JSON (deterministic).
    var jsonBytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8]((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}
