import VerbatimXML

/// Which cell styles (`s="3"`) format numbers as dates or times, from
/// `xl/styles.xml`: the style's number format is a built-in date format
/// (ids 14–22, 27–36, 45–47, 50–58) or a custom code with date or time
/// letters (`yyyy-mm-dd`, `m/d/yy h:mm`, `yyyy"年"m"月"d"日"`).
///
/// ```swift
/// let styles = try XLSXStyles(archive, part: "xl/styles.xml")
/// styles.kind(ofStyle: 1)   // .date
/// ```
struct XLSXStyles {
    enum Kind: Sendable, Hashable { case number, date, time }

    private var kinds: [Kind] = []

    init() {}

    init(_ archive: XLSXArchive, part: String) throws(IngestError) {
        guard archive.contains(part) else { return }
        let reader = try XMLPart.reader(archive.bytes(of: part), part: part, file: archive.file)
        var custom: [Int: String] = [:]
        var formatIds: [Int] = []
        var inCellXfs = false
        do {
            while let node = try reader.next() {
                let name = XMLPart.local(node.name)
                if node.kind == .endElement, name == "cellXfs" { inCellXfs = false }
                guard node.kind == .element else { continue }
                switch name {
                case "numFmt":
                    if let id = reader.attribute("numFmtId").flatMap(Int.init), let code = reader.attribute("formatCode") {
                        custom[id] = code
                    }
                case "cellXfs": inCellXfs = !node.isEmptyElement
                case "xf" where inCellXfs: formatIds.append(reader.attribute("numFmtId").flatMap(Int.init) ?? 0)
                default: break
                }
            }
        } catch {
            throw XMLPart.error(error, part: part, file: archive.file)
        }
        kinds = formatIds.map { Self.kind(formatId: $0, code: custom[$0]) }
    }

    func kind(ofStyle index: Int) -> Kind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }

    static func kind(formatId id: Int, code: String?) -> Kind {
        if let code { return kind(code: code) }
        switch id {
        case 14...17, 22, 27...31, 34...36, 50...58: return .date
        case 18...21, 32, 33, 45...47: return .time
        default: return .number
        }
    }

    /// Reads a format code, skipping quoted literals, `\x` escapes and `[…]` sections (colours, locales, elapsed time).
    static func kind(code: String) -> Kind {
        var hasDate = false, hasTime = false
        var inQuote = false, inBracket = false, escaped = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": return hasDate ? .date : (hasTime ? .time : .number)  // the first section decides
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            default: break
            }
        }
        return hasDate ? .date : (hasTime ? .time : .number)
    }
}
