import Foundation
import VerbatimModel

/// One lexicon file, parsed into header and TAB-separated lines, not yet
/// interpreted.
public struct LexiconFile: Sendable {
    /// One data line with its 1-based line number.
    public struct Line: Sendable {
        public var number: Int
        public var fields: [String]
    }

    /// Path as shown in messages (relative to the lexicon directory's parent when possible).
    public var path: String
    public var kind: LexiconKind
    public var language: String
    public var version: String
    public var source: String?
    /// Every `# key: value` header.
    public var header: [String: String]
    /// The pack this file belongs to (`packs/<name>/...`), nil for the core.
    public var pack: String?
    public var lines: [Line]
    /// Problems found while reading (bad header, wrong field counts...).
    public var problems: [LexiconError]

    /// Parses file contents. Never throws: problems are collected, so lint can list them all.
    public static func parse(_ data: [UInt8], path: String, pack: String?) -> LexiconFile {
        var file = LexiconFile(
            path: path, kind: .sentiment, language: "", version: "", source: nil, header: [:], pack: pack,
            lines: [], problems: [])
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // tolerate a BOM
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let offset = firstInvalidUTF8(bytes)
            file.problems.append(
                LexiconError(path: path, line: lineOf(offset, in: bytes), code: .unreadable, message: "invalid UTF-8 at byte \(offset)"))
            return file
        }
        // Lines and fields are cut on bytes; `String` is made only for fields and header lines.
        // Every LF ends a line and a CR before it is dropped, so files saved with Windows line
        // ends (Notepad, Excel) read the same as Unix ones.
        var number = 0
        var sawMagic = false
        var kindText: String?
        var inHeader = true
        let end = bytes.endIndex
        var lineStart = bytes.startIndex
        var cursor = lineStart
        while true {
            while cursor < end && bytes[cursor] != 0x0A { cursor += 1 }
            number += 1
            var lineEnd = cursor
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = bytes[lineStart..<lineEnd]
            if number == 1 {
                if String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "# verbatim-lexicon 1" {
                    sawMagic = true
                } else {
                    file.problems.append(
                        LexiconError(path: path, line: 1, code: .missingHeader, message: "first line must be '# verbatim-lexicon 1'"))
                    return file
                }
            } else if isComment(line) {
                if inHeader { readHeader(String(decoding: line, as: UTF8.self), into: &file, kind: &kindText) }
            } else {
                inHeader = false
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    file.lines.append(Line(number: number, fields: tabFields(line)))
                }
            }
            if cursor == end { break }
            cursor += 1
            lineStart = cursor
        }
        guard sawMagic else { return file }
        guard let kindText else {
            file.problems.append(LexiconError(path: path, line: 0, code: .badHeader, message: "missing '# kind:' header"))
            return file
        }
        guard let kind = LexiconKind(rawValue: kindText) else {
            file.problems.append(
                LexiconError(path: path, line: 0, code: .unknownKind, message: "unknown kind '\(kindText)'"))
            return file
        }
        file.kind = kind
        file.language = file.header["language"] ?? ""
        file.version = file.header["version"] ?? ""
        file.source = file.header["source"]
        if kind != .rules && kind != .pack && kind != .themes,
            !["en", "zh", "mul"].contains(file.language)
        {
            file.problems.append(
                LexiconError(path: path, line: 0, code: .badHeader, message: "'# language:' must be en, zh or mul"))
        }
        if file.version.isEmpty {
            file.problems.append(LexiconError(path: path, line: 0, code: .badHeader, message: "missing '# version:' header"))
        }
        for line in file.lines where !kind.fieldCounts.contains(line.fields.count) {
            let expected = kind.fieldCounts.count == 1
                ? "\(kind.fieldCounts.lowerBound)" : "\(kind.fieldCounts.lowerBound) to \(kind.fieldCounts.upperBound)"
            file.problems.append(
                LexiconError(
                    path: path, line: line.number, code: .fieldCount,
                    message: "expected \(expected) TAB-separated fields (\(kind.columns)), found \(line.fields.count)"))
        }
        return file
    }

    /// Whether a line starts with the character `#` (not with a cluster such as the keycap `#️⃣`).
    static func isComment(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.first == 0x23 else { return false }
        let next = line.index(after: line.startIndex)
        // An ASCII byte (or nothing) after '#' cannot extend its character; anything else may.
        if next == line.endIndex || line[next] < 0x80 { return true }
        return String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    /// Reads a `# key: value` header line.
    static func readHeader(_ text: String, into file: inout LexiconFile, kind: inout String?) {
        let line = Substring(text)
        guard let colon = line.firstIndex(of: ":") else { return }
        let key = line[line.index(after: line.startIndex)..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if !key.isEmpty && !key.contains(" ") {
            file.header[key] = value
            if key == "kind" { kind = value }
        }
    }

    /// The TAB-separated fields of a data line (valid UTF-8: TAB bytes are character boundaries).
    static func tabFields(_ line: ArraySlice<UInt8>) -> [String] {
        var fields: [String] = []
        var start = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            fields.append(String(decoding: line[start..<i], as: UTF8.self))
            start = i + 1
        }
        fields.append(String(decoding: line[start...], as: UTF8.self))
        return fields
    }

    /// The language of one entry: the file's, or for `mul` files the term's script.
    public func language(of term: String) -> LexiconLanguage {
        switch language {
        case "en": return .en
        case "zh": return .zh
        default:
            return LexiconFile.scriptLanguage(of: term)
        }
    }

    /// `zh` for a term with a Chinese character, `en` for one with a Latin letter, else `mul`.
    public static func scriptLanguage(of term: String) -> LexiconLanguage {
        var latin = false
        for s in term.unicodeScalars {
            switch s.value {
            case 0x3400...0x9FFF, 0xF900...0xFAFF: return .zh
            case 0x41...0x5A, 0x61...0x7A: latin = true
            default: break
            }
        }
        return latin ? .en : .mul
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    static func lineOf(_ offset: Int, in bytes: ArraySlice<UInt8>) -> Int {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
