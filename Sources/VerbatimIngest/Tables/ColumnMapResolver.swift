import Foundation

/// Finds the columns `--map` names: by header name (exact, then ignoring
/// case and spaces), by 1-based number (`3`), or by spreadsheet letter (`C`).
///
/// ```swift
/// let picks = try ColumnMapResolver.resolve(map, aliases: [["Comment"], ["Score"]], file: "a.csv")
/// // text=Comment → (.text, 0); rating=2 → (.rating, 1); rating=B → (.rating, 1)
/// ```
enum ColumnMapResolver {
    /// Each assignment's role and column index, in the order given.
    /// - Parameter aliases: per column, the names it answers to (its unique name first).
    /// - Throws: `IngestError(.badOption)` naming the missing column and listing the headers.
    static func resolve(_ map: ColumnMap, aliases: [[String]], file: String) throws(IngestError) -> [(role: ColumnRole, index: Int)] {
        var result: [(ColumnRole, Int)] = []
        for (role, column) in map.assignments {
            guard let index = find(column, aliases: aliases) else {
                let names = aliases.map { $0.first ?? "" }
                var list = names.prefix(60).map { "'\($0)'" }.joined(separator: ", ")
                if names.count > 60 { list += ", … (\(names.count) columns)" }
                throw IngestError(.badOption, path: file,
                                  message: "--map \(role.rawValue)=\(column): no such column (available: \(list); or a number 1–\(names.count), or a letter A–\(letters(names.count - 1)))")
            }
            result.append((role, index))
        }
        return result
    }

    static func find(_ column: String, aliases: [[String]]) -> Int? {
        let wanted = column.trimmingCharacters(in: .whitespaces)
        if let i = aliases.firstIndex(where: { $0.contains(wanted) }) { return i }
        let key = FieldNames.normalize(wanted)
        if !key.isEmpty, let i = aliases.firstIndex(where: { $0.contains { FieldNames.normalize($0) == key } }) { return i }
        if let n = Int(wanted), n >= 1, n <= aliases.count { return n - 1 }
        if let i = index(ofLetters: wanted), i < aliases.count { return i }
        return nil
    }

    /// `A` → 0, `Z` → 25, `AA` → 26; nil for anything but 1–3 ASCII letters.
    static func index(ofLetters s: String) -> Int? {
        guard (1...3).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var n = 0
        for c in s.uppercased().unicodeScalars { n = n * 26 + Int(c.value - 64) }
        return n - 1
    }

    /// 0 → `A`, 26 → `AA`.
    static func letters(_ index: Int) -> String {
        var n = max(index, 0) + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
