import Testing
@testable import VerbatimIngest
import VerbatimModel

/// The ingest shortcuts (`yyyy-mm-dd` dates, plain numbers, FNV-1a over contiguous bytes)
/// give what the general paths give.
@Suite struct IngestShortcutTests {
    @Test(arguments: ["", "a", "送餐太慢了", "Great food!!", String(repeating: "很好 ok ", count: 200)])
    func contiguousHashEqualsTheByteByByteHash(_ s: String) {
        var byByte = FNV1a64()
        for b in s.utf8 { byByte.add(b) }
        #expect(FNV1a64.hash(s) == byByte.value)
        var fromArray = FNV1a64()
        fromArray.add(bytes: Array(s.utf8))
        #expect(fromArray.value == byByte.value)
        // A bridged or substring view has no contiguous storage path to take: the same hash.
        var fromSequence = FNV1a64()
        fromSequence.add(bytes: s.utf8.lazy.map { $0 })
        #expect(fromSequence.value == byByte.value)
    }

    @Test(arguments: [
        "2026-03-02", "2026-12-31", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0999-01-01",
        "1000-01-01", "9999-12-31", "2026-3-02x", "2026/03/02", "2026-03-2", "02-03-2026", "２０２６-03-02", "2026-03-02 ",
    ])
    func plainISODayAgreesWithTheTokenizer(_ value: String) {
        #expect(DateParser.parse(value) == DateParser.parseTokens(value, order: nil))
        #expect(DateParser.parse(value, order: .dayFirst) == DateParser.parseTokens(value, order: .dayFirst))
    }

    @Test(arguments: ["4", "4.5", "10", "0", "007", "1.2.3", ".5", "5.", "4,5", "4 stars", "4星", "★★★★☆", "-1", "", "abc", "4/5",
                      "999999999999999", "9007199254740993", "12345678901234567890", "000000000000000001"])
    func plainNumbersAgreeWithTheGeneralReading(_ text: String) {
        // The general reading, as it was before the shortcut.
        var digits = ""
        var general: Double?? = nil
        let stars = text.filter { $0 == "★" }.count
        if stars > 0, text.allSatisfy({ $0 == "★" || $0 == "☆" || $0 == " " }) { general = .some(Double(stars)) }
        if general == nil {
            loop: for ch in text {
                if ch.isASCII && (ch.isNumber || ch == "." || ch == "-") { digits.append(ch) } else if ch == "," && !digits.isEmpty {
                    digits.append(".")
                } else if !digits.isEmpty { break loop } else if !ch.isWhitespace { general = .some(nil); break loop }
            }
        }
        let expected = general ?? Double(digits)
        #expect(FieldRecordBuilder.number(text) == expected)
    }

    @Test(arguments: ["", "a", " a", "a ", "\u{3000}送餐\u{3000}", "送餐。", "\t4\n", "   ", "x\u{A0}", "\u{A0}x", "送餐\u{2029}",
                      "\u{1680}好", "好\u{205F}", "😀 ok 👍", "é", "\u{85}", "\u{7F}a", "a\u{1F}", "\u{200B}x\u{200B}"])
    func trimmedEqualsTrimmedWhitespace(_ text: String) {
        #expect(FieldRecordBuilder.trimmed(text) == text.trimmedWhitespace)
    }

    /// The ends are read from the bytes: every BMP scalar at either end (and alone).
    @Test func trimmedEqualsTrimmedWhitespaceAtEveryScalar() {
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = String(scalar)
            for text in [c, c + "好", "a" + c, c + "b" + c] where FieldRecordBuilder.trimmed(text) != text.trimmedWhitespace {
                Issue.record("\(text.unicodeScalars.map(\.value)) differs")
                return
            }
        }
    }

    @Test func whitespaceListIsTheUnicodeProperty() {
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if FieldRecordBuilder.isWhitespace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(v, radix: 16)) differs")
                return
            }
        }
    }
}
