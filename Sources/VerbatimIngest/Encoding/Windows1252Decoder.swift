/// Windows-1252 to UTF-8 by table (one byte is one character, so nothing is
/// ever carried between pieces).
///
/// The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90,
/// 0x9D) become the C1 controls of the same number, as in the WHATWG
/// Encoding Standard that browsers follow: every byte decodes, nothing is
/// lost, and old mojibake-ridden exports (which are full of them) read
/// without a flood of warnings. Detection still counts them against
/// Windows-1252.
///
/// ```swift
/// var d = Windows1252Decoder()
/// var problems: [Int] = []
/// String(decoding: d.decode([0x63, 0x61, 0x66, 0xE9], problems: &problems), as: UTF8.self)   // "café"
/// ```
struct Windows1252Decoder: ByteDecoder {
    /// Scalars for 0x80…0x9F; 0 marks a byte the code page leaves undefined.
    static let highControls: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Whether `byte` has a character in Windows-1252.
    static func isDefined(_ byte: UInt8) -> Bool {
        byte < 0x80 || byte >= 0xA0 || highControls[Int(byte - 0x80)] != 0
    }

    mutating func decode(_ bytes: [UInt8], problems: inout [Int]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4 + 8)
        for b in bytes {
            if b < 0x80 {
                output.append(b)
                continue
            }
            var scalar: UInt32 = b >= 0xA0 ? UInt32(b) : UInt32(Self.highControls[Int(b - 0x80)])
            if scalar == 0 { scalar = UInt32(b) }   // the C1 control
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return output
    }

    mutating func finish(problems: inout [Int]) -> [UInt8] { [] }
}
