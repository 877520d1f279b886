import VerbatimXML

/// The sheets of a workbook (`xl/workbook.xml` and its relationships), in
/// workbook order, with the ZIP part holding each one.
///
/// ```swift
/// let book = try XLSXWorkbook(archive: archive)
/// book.sheets.map(\.name)               // ["Responses", "Summary"]
/// try book.sheet(named: nil).part        // "xl/worksheets/sheet1.xml"
/// ```
struct XLSXWorkbook {
    struct Sheet: Sendable, Hashable {
        var name: String
        /// The ZIP part of the sheet's XML.
        var part: String
        var hidden: Bool
        /// Whether the part is a worksheet (not a chart sheet).
        var isWorksheet: Bool
    }

    var sheets: [Sheet] = []
    /// Serial numbers count from 1904-01-01 (old Mac workbooks) instead of 1900.
    var date1904 = false
    /// The folder holding the workbook part (`xl/`).
    var folder: String
    /// The shared string table part (from the relationships; `xl/sharedStrings.xml` by default).
    var sharedStringsPart: String
    /// The styles part (from the relationships; `xl/styles.xml` by default).
    var stylesPart: String

    init(archive: XLSXArchive) throws(IngestError) {
        let file = archive.file
        let workbookPart = try Self.mainPart(archive)
        guard archive.contains(workbookPart) else {
            throw IngestError(.binaryFile, path: file.displayPath,
                              message: "not an Excel .xlsx workbook (a ZIP archive without \(workbookPart))")
        }
        folder = workbookPart.contains("/") ? String(workbookPart[...workbookPart.lastIndex(of: "/")!]) : ""
        let relsPart = folder + "_rels/" + String(workbookPart.split(separator: "/").last!) + ".rels"
        let rels = archive.contains(relsPart) ? try Self.relationships(archive.bytes(of: relsPart), part: relsPart, file: file) : [:]
        let byTarget = rels.values.sorted { $0.target < $1.target }
        let folder = folder
        sharedStringsPart = byTarget.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target, folder: folder) }
            ?? folder + "sharedStrings.xml"
        stylesPart = byTarget.first { $0.type.hasSuffix("/styles") }.map { Self.resolve($0.target, folder: folder) }
            ?? folder + "styles.xml"

        var entries: [(name: String, rid: String?, hidden: Bool)] = []
        let reader = try XMLPart.reader(archive.bytes(of: workbookPart), part: workbookPart, file: file)
        do {
            while let node = try reader.next() {
                guard node.kind == .element else { continue }
                switch XMLPart.local(node.name) {
                case "workbookPr":
                    let v = reader.attribute("date1904")?.lowercased()
                    date1904 = v == "1" || v == "true"
                case "sheet":
                    let rid = reader.attribute("r:id") ?? reader.attribute("id")
                    let state = reader.attribute("state") ?? "visible"
                    entries.append((reader.attribute("name") ?? "Sheet\(entries.count + 1)", rid, state != "visible"))
                default: break
                }
            }
        } catch {
            throw XMLPart.error(error, part: workbookPart, file: file)
        }
        for (i, entry) in entries.enumerated() {
            let rel = entry.rid.flatMap { rels[$0] }
            let part = rel.map { Self.resolve($0.target, folder: folder) } ?? "\(folder)worksheets/sheet\(i + 1).xml"
            let isWorksheet = rel.map { $0.type.hasSuffix("/worksheet") || $0.type.isEmpty } ?? true
            sheets.append(Sheet(name: entry.name, part: part, hidden: entry.hidden, isWorksheet: isWorksheet))
        }
        if sheets.isEmpty {
            throw IngestError(.malformedMarkup, path: file.displayPath, message: "the workbook lists no sheets")
        }
    }

    /// The sheet `name` (exact, then ignoring case, then a 1-based number), or the first visible sheet when nil.
    /// - Throws: `IngestError(.badOption)` listing the sheets when there is no such sheet.
    func sheet(named name: String?, file: InputFile) throws(IngestError) -> Sheet {
        guard let name else { return sheets.first { !$0.hidden } ?? sheets[0] }
        if let s = sheets.first(where: { $0.name == name }) { return s }
        if let s = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return s }
        if let n = Int(name), n >= 1, n <= sheets.count { return sheets[n - 1] }
        let list = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw IngestError(.badOption, path: file.displayPath, message: "--sheet \(name): no such sheet (sheets: \(list))")
    }

    /// The main part from `_rels/.rels` (`xl/workbook.xml` when absent).
    private static func mainPart(_ archive: XLSXArchive) throws(IngestError) -> String {
        let fallback = "xl/workbook.xml"
        guard archive.contains("_rels/.rels") else { return fallback }
        let rels = try relationships(archive.bytes(of: "_rels/.rels"), part: "_rels/.rels", file: archive.file)
        let main = rels.values.sorted { $0.target < $1.target }.first { $0.type.hasSuffix("/officeDocument") }
        return main.map { resolve($0.target, folder: "") } ?? fallback
    }

    /// Relationship id → (type, target) from a `.rels` part.
    static func relationships(_ bytes: [UInt8], part: String, file: InputFile) throws(IngestError) -> [String: (type: String, target: String)] {
        var out: [String: (type: String, target: String)] = [:]
        let reader = try XMLPart.reader(bytes, part: part, file: file)
        do {
            while let node = try reader.next() {
                guard node.kind == .element, XMLPart.local(node.name) == "Relationship",
                      let id = reader.attribute("Id"), let target = reader.attribute("Target") else { continue }
                out[id] = (reader.attribute("Type") ?? "", target)
            }
        } catch {
            throw XMLPart.error(error, part: part, file: file)
        }
        return out
    }

    /// `worksheets/sheet1.xml` relative to `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute; `..` is resolved.
    static func resolve(_ target: String, folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for p in joined.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { _ = parts.popLast() } else { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }
}
