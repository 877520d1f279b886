import Foundation
import VerbatimXML

/// Streams the rows of one worksheet part: the sheet XML is read node by
/// node (extracted to a temporary file first, so a large sheet never sits in
/// memory), each `<c>` cell is placed by its `r` reference (`B2` → column 2;
/// cells Excel omits stay empty), and values are turned into text: shared
/// and inline strings, booleans (`TRUE`/`FALSE`), numbers as written, and
/// numbers in a date or time style as ISO 8601 (`2024-03-01T12:00:00`).
/// Error cells (`#N/A`) read as empty.
///
/// ```swift
/// var rows = try XLSXRowSource(archive: archive, sheet: sheet, workbook: book, options: options, sink: sink)
/// while let row = try rows.nextRow() { print(row.line, row.cells) }
/// ```
public struct XLSXRowSource: TableRowSource {
    /// Excel's last column is XFD (16,384); references beyond it are dropped.
    static let maxColumns = 16384

    private let stream: SheetStream
    private let file: InputFile
    private let sink: RecordSink
    private let maxFieldBytes: Int
    private var lastRow = 0
    private var warnedWideRow = false

    init(archive: XLSXArchive, sheet: XLSXWorkbook.Sheet, workbook: XLSXWorkbook, options: IngestOptions,
         sink: RecordSink) throws(IngestError) {
        file = archive.file
        self.sink = sink
        maxFieldBytes = options.maxFieldBytes
        let strings = try XLSXSharedStrings.read(archive, part: workbook.sharedStringsPart)
        let styles = try XLSXStyles(archive, part: workbook.stylesPart)
        let tmp = try archive.temporaryCopy(of: sheet.part)
        stream = try SheetStream(path: tmp, part: sheet.part, file: archive.file, strings: strings, styles: styles,
                                 date1904: workbook.date1904)
    }

    public mutating func nextRow() throws(IngestError) -> TableRow? {
        do {
            return try nextRowThrowingXML()
        } catch {
            throw XMLPart.error(error, part: stream.part, file: file)
        }
    }

    private mutating func nextRowThrowingXML() throws(XMLError) -> TableRow? {
        let reader = stream.reader
        while let node = try reader.next() {
            let name = XMLPart.local(node.name)
            if node.kind == .endElement, name == "sheetData" { return nil }
            guard node.kind == .element, name == "row" else { continue }
            let number = reader.attribute("r").flatMap(Int.init).map { max($0, lastRow + 1) } ?? lastRow + 1
            lastRow = number
            if node.isEmptyElement { continue }
            let (cells, oversized) = try readCells()
            if oversized {
                sink.skip(IngestError(.oversizedField, path: file.displayPath, line: number,
                                      message: "row \(number) has a cell larger than \(maxFieldBytes) bytes; row skipped"))
                continue
            }
            if cells.isEmpty { continue }
            return TableRow(cells: cells, line: number)
        }
        return nil
    }

    /// The cells of the current `<row>`, leaving the reader on its end tag.
    private mutating func readCells() throws(XMLError) -> (cells: [String], oversized: Bool) {
        let reader = stream.reader
        var cells: [String] = []
        var oversized = false
        var column = -1
        var type = "n", style = 0
        var raw = "", inline: String?
        while let node = try reader.next() {
            let name = XMLPart.local(node.name)
            switch node.kind {
            case .element:
                switch name {
                case "c":
                    column = reader.attribute("r").flatMap(Self.columnIndex) ?? column + 1
                    type = reader.attribute("t") ?? "n"
                    style = reader.attribute("s").flatMap(Int.init) ?? 0
                    raw = ""
                    inline = nil
                    if node.isEmptyElement { place("", at: column, in: &cells) }
                case "v": raw = node.isEmptyElement ? "" : try reader.readInnerText()
                case "is": inline = node.isEmptyElement ? "" : try XMLPart.richText(reader, container: "is")
                case "f": if !node.isEmptyElement { _ = try reader.readInnerText() }
                default: break
                }
            case .endElement:
                if name == "c" {
                    let value = stream.value(raw: raw, inline: inline, type: type, style: style)
                    if value.utf8.count > maxFieldBytes { oversized = true }
                    place(value, at: column, in: &cells)
                } else if name == "row" {
                    return (cells, oversized)
                }
            default: break
            }
        }
        return (cells, oversized)
    }

    private mutating func place(_ value: String, at column: Int, in cells: inout [String]) {
        guard column >= 0, column < Self.maxColumns else {
            if !warnedWideRow {
                warnedWideRow = true
                sink.warn(IngestError(.malformedRow, path: file.displayPath, line: lastRow,
                                      message: "cell beyond column XFD ignored"))
            }
            return
        }
        if column < cells.count {
            cells[column] = value
        } else {
            while cells.count < column { cells.append("") }
            cells.append(value)
        }
    }

    /// `B12` → 1 (0-based column); nil without leading letters.
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0
        var letters = 0
        for c in reference.unicodeScalars {
            guard (65...90).contains(c.value) || (97...122).contains(c.value) else { break }
            n = n * 26 + Int((c.value & ~0x20) - 64)
            letters += 1
            if letters > 3 { return Self.maxColumns }
        }
        return letters == 0 ? nil : n - 1
    }
}

/// The open sheet part and what its cells refer to; removes the temporary copy when done.
final class SheetStream {
    let reader: XMLReader
    let part: String
    private let path: String
    private let strings: [String]
    private let styles: XLSXStyles
    private let date1904: Bool

    init(path: String, part: String, file: InputFile, strings: [String], styles: XLSXStyles,
         date1904: Bool) throws(IngestError) {
        self.path = path
        self.part = part
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        do {
            reader = try XMLReader(path: path)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw XMLPart.error(error, part: part, file: file)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A cell's text from its raw `<v>`, inline string, type `t` and style `s`.
    func value(raw: String, inline: String?, type: String, style: Int) -> String {
        switch type {
        case "s":
            guard let i = Int(raw.trimmingCharacters(in: .whitespaces)), i >= 0, i < strings.count else { return "" }
            return strings[i]
        case "inlineStr": return inline ?? raw
        case "b": return raw.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        case "e": return ""
        case "str", "d": return raw
        default:
            let kind = styles.kind(ofStyle: style)
            guard kind != .number, let serial = Double(raw.trimmingCharacters(in: .whitespaces)) else { return raw }
            switch kind {
            case .date: return ExcelSerialDate.iso(serial, date1904: date1904) ?? raw
            case .time: return serial < 1 ? (ExcelSerialDate.time(serial) ?? raw) : (ExcelSerialDate.iso(serial, date1904: date1904) ?? raw)
            case .number: return raw
            }
        }
    }
}
