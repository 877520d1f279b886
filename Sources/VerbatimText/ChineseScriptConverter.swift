import Foundation

/// Traditional → Simplified Chinese, one character at a time, so lexicons
/// written in Simplified match Traditional text (臺灣 → 台湾, 價格 → 价格).
///
/// The table is ICU's `Hant-Hans` transform on the CJK blocks, kept to the
/// one-to-one changes and embedded as `hantHansPairs`: building it from the
/// pairs takes well under a millisecond, where asking ICU for 27k characters
/// at start-up was ≈ 5 % of every run's lexicon loading (callgrind). Then a
/// plain array lookup on the hot path. Characters whose conversion is not one
/// to one keep their original form.
public struct ChineseScriptConverter: Sendable {
    static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    /// One table per range: code point − lower bound → Simplified code point.
    let tables: [[UInt32]]

    public init() {
        var tables = Self.ranges.map { Array($0) }
        var traditional: UInt32?
        for scalar in Self.hantHansPairs.unicodeScalars where scalar != "\n" {
            guard let from = traditional else {
                traditional = scalar.value
                continue
            }
            traditional = nil
            if let r = Self.ranges.firstIndex(where: { $0.contains(from) }) {
                tables[r][Int(from - Self.ranges[r].lowerBound)] = scalar.value
            }
        }
        self.tables = tables
    }

    /// The Simplified form of a code point (itself when there is none).
    @inline(__always)
    public func simplified(_ cp: UInt32) -> UInt32 {
        if cp >= 0x4E00 && cp <= 0x9FFF { return tables[1][Int(cp - 0x4E00)] }
        if cp >= 0x3400 && cp <= 0x4DBF { return tables[0][Int(cp - 0x3400)] }
        if cp >= 0xF900 && cp <= 0xFAFF { return tables[2][Int(cp - 0xF900)] }
        return cp
    }

    /// The tables as ICU's `Hant-Hans` transform (through Foundation) gives them on this
    /// machine, 2,048 characters at a time; a chunk whose length changes stays unconverted.
    /// What `hantHansPairs` was generated from (tests compare the two).
    static func icuTables() -> [[UInt32]] {
        var tables: [[UInt32]] = []
        for range in ranges {
            var table = Array(range)
            let chunk = 2048
            var start = 0
            while start < table.count {
                let end = min(start + chunk, table.count)
                var s = String.UnicodeScalarView()
                for cp in table[start..<end] { s.append(Unicode.Scalar(cp)!) }
                let source = String(s)
                if let converted = source.applyingTransform(StringTransform("Hant-Hans"), reverse: false) {
                    let out = Array(converted.unicodeScalars)
                    if out.count == end - start {
                        for (k, scalar) in out.enumerated() { table[start + k] = scalar.value }
                    }
                }
                start = end
            }
            tables.append(table)
        }
        return tables
    }

    /// The body of `hantHansPairs` for `tables` (to regenerate ChineseScriptConverter+Pairs.swift).
    static func pairsSource(_ tables: [[UInt32]]) -> String {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var count = 0
        for (range, table) in zip(ranges, tables) {
            for (k, to) in table.enumerated() where to != range.lowerBound + UInt32(k) {
                line.append(Unicode.Scalar(range.lowerBound + UInt32(k))!)
                line.append(Unicode.Scalar(to)!)
                count += 1
                if count % 32 == 0 {
                    lines.append("        " + String(line))
                    line = String.UnicodeScalarView()
                }
            }
        }
        if !line.isEmpty { lines.append("        " + String(line)) }
        return lines.joined(separator: "\n")
    }
}
