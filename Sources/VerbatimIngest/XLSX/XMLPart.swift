import VerbatimXML

/// Helpers shared by the readers of `.xlsx` XML parts.
enum XMLPart {
    /// `x:row` → `row`: some writers prefix SpreadsheetML elements.
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// An XML problem in part `part` of `file` as an ingest error.
    static func error(_ e: XMLError, part: String, file: InputFile) -> IngestError {
        let refused = e.message.contains("entit")
        return IngestError(refused ? .refusedEntities : .malformedMarkup, path: file.displayPath,
                           line: e.line > 0 ? e.line : nil, message: "\(part): \(e.message)")
    }

    /// Opens an in-memory part.
    static func reader(_ bytes: [UInt8], part: String, file: InputFile) throws(IngestError) -> XMLReader {
        do {
            return try XMLReader(bytes: bytes, label: part)
        } catch {
            throw Self.error(error, part: part, file: file)
        }
    }

    /// The text of a rich-text container (`<si>`, `<is>`): every `<t>`, in
    /// order, leaving out phonetic runs (`<rPh>`); the reader ends on the
    /// container's end tag.
    static func richText(_ reader: XMLReader, container: String) throws(XMLError) -> String {
        var text = ""
        var inT = 0
        var inPhonetic = 0
        while let node = try reader.next() {
            let name = local(node.name)
            switch node.kind {
            case .element:
                if node.isEmptyElement { continue }
                if name == "t" { inT += 1 } else if name == "rPh" { inPhonetic += 1 }
            case .endElement:
                if name == container { return text }
                if name == "t" { inT -= 1 } else if name == "rPh" { inPhonetic -= 1 }
            case .text, .cdata, .whitespace:
                if inT > 0 && inPhonetic == 0 { text += reader.value }
            case .other:
                break
            }
        }
        return text
    }
}
