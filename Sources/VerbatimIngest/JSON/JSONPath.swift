/// The `--json-path` syntax: where the records sit inside a JSON export.
///
/// Object keys separated by dots, from the top-level value: `data.reviews`.
/// A leading `$` or `$.` is allowed (`$.data.reviews`), as is a trailing `[*]`
/// or `[]` (`data.reviews[*]`); a key holding a dot or bracket is written
/// `["odd.key"]` or `['odd.key']`. The value there is either an array (each
/// element is a record) or an object (one record). Paths through array
/// indexes are not supported.
///
/// ```swift
/// try JSONPath.parse("$.data.reviews")    // ["data", "reviews"]
/// try JSONPath.parse("export['v1.2'].items[*]") // ["export", "v1.2", "items"]
/// ```
enum JSONPath {
    static func parse(_ text: String) throws(IngestError) -> [String] {
        func bad(_ why: String) -> IngestError {
            IngestError(.badOption, path: "--json-path", message: "'\(text)': \(why) (write keys with dots: data.reviews)")
        }
        var keys: [String] = []
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        if s.hasPrefix("$") { s = s.dropFirst() }
        if s.hasPrefix(".") { s = s.dropFirst() }
        while !s.isEmpty {
            if s.hasPrefix("[*]") || s.hasPrefix("[]") {
                s = s.dropFirst(s.hasPrefix("[*]") ? 3 : 2)
                guard s.isEmpty else { throw bad("[*] may only end the path") }
                break
            }
            if s.hasPrefix("[") {
                s = s.dropFirst()
                guard let quote = s.first, quote == "\"" || quote == "'" else { throw bad("array indexes are not supported") }
                s = s.dropFirst()
                guard let close = s.firstIndex(of: quote) else { throw bad("unclosed quoted key") }
                keys.append(String(s[..<close]))
                s = s[s.index(after: close)...]
                guard s.hasPrefix("]") else { throw bad("expected ']' after a quoted key") }
                s = s.dropFirst()
            } else {
                let end = s.firstIndex { $0 == "." || $0 == "[" } ?? s.endIndex
                let key = s[..<end]
                guard !key.isEmpty else { throw bad("empty key") }
                keys.append(String(key))
                s = s[end...]
            }
            if s.hasPrefix(".") {
                s = s.dropFirst()
                guard !s.isEmpty else { throw bad("ends with a dot") }
            }
        }
        guard keys.count <= JSONElementScanner.maxPathDepth else { throw bad("deeper than \(JSONElementScanner.maxPathDepth) keys") }
        return keys
    }
}
