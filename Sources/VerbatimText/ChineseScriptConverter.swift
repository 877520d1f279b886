import Foundation

/// Traditional → Simplified Chinese, one character at a time, so lexicons
/// written in Simplified match Traditional text (臺灣 → 台湾, 價格 → 价格).
///
/// The table comes from ICU's `Hant-Hans` transform (through Foundation),
/// computed once for the CJK blocks: about 8 ms for 27k characters, then a
/// plain array lookup on the hot path. Characters whose conversion is not
/// one-to-one keep their original form.
public struct ChineseScriptConverter: Sendable {
    static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    private let tables: [[UInt32]]

    public init() {
        var tables: [[UInt32]] = []
        for range in Self.ranges {
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
}
