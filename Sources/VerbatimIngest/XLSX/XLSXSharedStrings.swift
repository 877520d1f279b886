import VerbatimXML

/// The shared string table (`xl/sharedStrings.xml`): cells with `t="s"`
/// hold an index into it. Rich text (`<r><t>…</t></r>` runs) is flattened;
/// phonetic runs (`<rPh>`) are left out.
///
/// ```swift
/// let strings = try XLSXSharedStrings.read(archive, part: "xl/sharedStrings.xml")
/// strings[0]   // "Comment"
/// ```
enum XLSXSharedStrings {
    static func read(_ archive: XLSXArchive, part: String) throws(IngestError) -> [String] {
        guard archive.contains(part) else { return [] }
        let reader = try XMLPart.reader(archive.bytes(of: part), part: part, file: archive.file)
        var strings: [String] = []
        do {
            while let node = try reader.next() {
                guard node.kind == .element, XMLPart.local(node.name) == "si" else { continue }
                strings.append(node.isEmptyElement ? "" : try XMLPart.richText(reader, container: "si"))
            }
        } catch {
            throw XMLPart.error(error, part: part, file: archive.file)
        }
        return strings
    }
}
