/// The input formats Verbatim reads.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case csv, tsv, xml, html, json, jsonLines = "jsonl", tweetsJS = "tweets-js", xlsx
}

/// The text encodings Verbatim decodes (everything is turned into UTF-8).
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5
    case windows1252 = "windows-1252"
}
