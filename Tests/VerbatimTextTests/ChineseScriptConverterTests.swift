import Testing
@testable import VerbatimText

@Suite struct ChineseScriptConverterTests {
    /// The embedded pairs are what ICU's `Hant-Hans` gives with the toolchain in use; when ICU
    /// changes, the failure shows the new body for ChineseScriptConverter+Pairs.swift.
    @Test func embeddedPairsMatchICU() {
        let icu = ChineseScriptConverter.icuTables()
        let embedded = ChineseScriptConverter().tables
        #expect(embedded == icu, "regenerate hantHansPairs:\n\(ChineseScriptConverter.pairsSource(icu))")
    }

    @Test func convertsTraditionalToSimplified() {
        let c = ChineseScriptConverter()
        let text = "臺灣價格很好".unicodeScalars.map { Character(Unicode.Scalar(c.simplified($0.value))!) }
        #expect(String(text) == "台湾价格很好")
        #expect(c.simplified(0x41) == 0x41)
        let literal = ChineseScriptConverter.hantHansPairs.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
        #expect(ChineseScriptConverter.pairsSource(c.tables) == literal)
    }
}
