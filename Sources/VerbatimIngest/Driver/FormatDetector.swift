import Foundation

/// Decides how to read a file: from its name first, then from its first bytes.
///
/// Content wins where the name is vague (`.txt`, `.dat`, no extension) and
/// where names lie in practice (`.json` holding JSON Lines, `.js` holding a
/// Twitter archive). Files that cannot be feedback (images, archives other
/// than `.xlsx`, legacy `.xls`, binary junk) and files with any other
/// extension (`.md`, `.py`, `.docx`) are passed over with a reason; `--format`
/// reads them anyway.
public enum FormatDetector {
    /// The outcome for one file.
    public enum Decision: Sendable, Hashable {
        case read(InputFormat, reason: String)
        case passOver(reason: String)
    }

    /// How many leading bytes detection looks at.
    public static let sampleSize = 64 * 1024

    /// Decides the format of `path` from its name and `sample` (its first bytes).
    public static func decide(path: String, sample: [UInt8]) -> Decision {
        if sample.isEmpty { return .passOver(reason: "empty file") }
        let ext = (path as NSString).pathExtension.lowercased()
        let isZip = sample.starts(with: [0x50, 0x4B, 0x03, 0x04])
        switch ext {
        case "xlsx", "xlsm":
            return isZip ? .read(.xlsx, reason: "extension .\(ext)") : .passOver(reason: ".\(ext) file is not a ZIP package (damaged or mislabelled)")
        case "xls":
            return .passOver(reason: "legacy Excel .xls is not supported; save it as .xlsx or CSV")
        default: break
        }
        if isZip { return .passOver(reason: "ZIP archive (not an .xlsx workbook)") }
        if let kind = knownBinary(sample) { return .passOver(reason: "binary file (\(kind))") }
        let text = textSample(sample)
        if text == nil { return .passOver(reason: "binary file (control bytes, not text in any supported encoding)") }
        let head = text ?? []
        switch ext {
        case "csv": return .read(.csv, reason: "extension .csv")
        case "tsv", "tab": return .read(.tsv, reason: "extension .\(ext)")
        case "xml", "rss", "atom": return .read(.xml, reason: "extension .\(ext)")
        case "html", "htm", "xhtml": return .read(.html, reason: "extension .\(ext)")
        case "jsonl", "ndjson": return .read(.jsonLines, reason: "extension .\(ext)")
        case "json", "js":
            if let sniffed = sniffJSON(head) { return .read(sniffed, reason: "extension .\(ext), content \(sniffed.rawValue)") }
            return ext == "js" ? .passOver(reason: ".js file is not a Twitter/X archive") : .read(.json, reason: "extension .json")
        case "", "txt", "text", "dat", "log", "export", "out":
            return sniffContent(head)
        default:
            // A known name that is not a feedback format (README.md, notes.docx, app.py…): passed over, not guessed.
            return .passOver(reason: "not a feedback format (.\(ext)); use --format to read it anyway")
        }
    }

    /// Content-only detection, for stdin and vague names.
    static func sniffContent(_ head: [UInt8]) -> Decision {
        let trimmed = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if let json = sniffJSON(Array(trimmed)) { return .read(json, reason: "content looks like \(json.rawValue)") }
        let lowered = String(decoding: trimmed.prefix(512), as: UTF8.self).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.contains("<body") || lowered.contains("<head") {
            return .read(.html, reason: "content looks like HTML")
        }
        if lowered.hasPrefix("<?xml") || lowered.hasPrefix("<") { return .read(.xml, reason: "content looks like XML") }
        // A tab on the first line and no comma: tab-separated.
        let firstLine = trimmed.prefix { $0 != 0x0A }
        if firstLine.contains(0x09) && !firstLine.contains(0x2C) { return .read(.tsv, reason: "content has tab-separated lines") }
        return .read(.csv, reason: "plain text read as a delimited table")
    }

    /// JSON, JSON Lines or a Twitter archive, from the first bytes (the JSON reader's own sniffing).
    static func sniffJSON(_ head: [UInt8]) -> InputFormat? { JSONRecordReader.sniff(head) }

    /// Magic numbers of formats that are certainly not feedback text.
    static func knownBinary(_ sample: [UInt8]) -> String? {
        let magics: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), (Array("GIF8".utf8), "GIF image"),
            (Array("%PDF".utf8), "PDF document"), ([0x1F, 0x8B], "gzip archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
            ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"), (Array("SQLite format 3".utf8), "SQLite database"),
            ([0x42, 0x5A, 0x68], "bzip2 archive"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz archive"),
        ]
        return magics.first { sample.starts(with: $0.0) }?.1
    }

    /// The sample as UTF-8-ish bytes for sniffing (UTF-16 is narrowed to its ASCII part), or nil
    /// when it is binary — the encoding detector decides both, so reading and detection agree.
    static func textSample(_ sample: [UInt8]) -> [UInt8]? {
        if EncodingDetector.looksBinary(sample) { return nil }
        var body = sample[...]
        let bigEndian: Bool
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            bigEndian = sample[0] == 0xFE
            body = body.dropFirst(2)
        } else if let utf16 = EncodingDetector.utf16ByNULs(sample) {
            bigEndian = utf16.encoding == .utf16BE
        } else {
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            return Array(body)
        }
        var narrow: [UInt8] = []
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (hi, lo) = bigEndian ? (body[i], body[i + 1]) : (body[i + 1], body[i])
            narrow.append(hi == 0 && lo < 0x80 ? lo : UInt8(ascii: "?"))
            i += 2
        }
        return narrow
    }
}
