import Testing
@testable import VerbatimLexicon

@Suite struct WordByteTests {
    /// The bit-mask test agrees with the plain definition on every byte.
    @Test func wordBytesAreLettersDigitsAndUnderscore() {
        for b in UInt8.min...UInt8.max {
            let expected = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
            #expect(isWordByte(b) == expected, "byte \(b)")
        }
    }
}
