extension JSONRecordReader {
    /// Which JSON flavour the first bytes of a file are, for the ingest driver;
    /// nil when they do not look like JSON at all.
    ///
    /// - `window.YTD.tweets.part0 = [` (any `name = [` / `name = {` assignment) → `.tweetsJS`;
    /// - `[` → `.json`;
    /// - `{` whose first line is a complete object, with more lines after it
    ///   → `.jsonLines`; otherwise `.json`.
    ///
    /// ```swift
    /// JSONRecordReader.sniff(Array("{\"a\":1}\n{\"a\":2}\n".utf8))  // .jsonLines
    /// ```
    public static func sniff(_ firstBytes: [UInt8]) -> InputFormat? {
        var bytes = firstBytes.prefix(1 << 16)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let f = bytes.first, isWhitespace(f) { bytes = bytes.dropFirst() }
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "[") { return .json }
        if first == UInt8(ascii: "{") {
            // JSON Lines when the first line is a whole object by itself and more lines follow;
            // a pretty-printed object's first line is a lone `{`.
            guard let nl = bytes.firstIndex(of: 0x0A),
                  bytes[(nl + 1)...].contains(where: { !isWhitespace($0) }),
                  case .object? = try? JSONValueParser.parse(bytes[..<nl]) else { return .json }
            return .jsonLines
        }
        // `window.YTD.tweets.part0 = [`: an identifier path, `=`, then an array or object.
        let head = bytes.prefix(256)
        guard let eq = head.firstIndex(of: UInt8(ascii: "=")) else { return nil }
        let name = head[..<eq].filter { !isWhitespace($0) }
        guard !name.isEmpty, name.allSatisfy({ isIdentifierByte($0) }),
              let after = head[(eq + 1)...].first(where: { !isWhitespace($0) }),
              after == UInt8(ascii: "[") || after == UInt8(ascii: "{") else { return nil }
        return .tweetsJS
    }

    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b == UInt8(ascii: ".")
    }
}
