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
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            file.problems.append(
                LexiconError(path: path, line: lineOf(offset, in: bytes), code: .unreadable, message: "invalid UTF-8 at byte \(offset)"))
            return file
        }
        var number = 0
        var sawMagic = false
        var kindText: String?
        var inHeader = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1 {
                if line.trimmingCharacters(in: .whitespaces) == "# verbatim-lexicon 1" {
                    sawMagic = true
                    continue
                }
                file.problems.append(
                    LexiconError(path: path, line: 1, code: .missingHeader, message: "first line must be '# verbatim-lexicon 1'"))
                return file
            }
            if line.hasPrefix("#") {
                if inHeader, let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon].trimmingCharacters(in: .whitespaces)
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !key.isEmpty && !key.contains(" ") {
                        file.header[key] = value
                        if key == "kind" { kindText = value }
                    }
                }
                continue
            }
            inHeader = false
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            file.lines.append(Line(number: number, fields: fields))
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
