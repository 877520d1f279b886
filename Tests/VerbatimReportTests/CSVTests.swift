import Testing
@testable import VerbatimReport

@Suite struct CSVTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-5 stars", "'-5 stars"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("  =cmd", "'  =cmd"),
        ("＝1+1", "'＝1+1"),  // full-width forms, conservatively
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("配送-慢", "配送-慢"),
        ("", ""),
        ("x=1", "x=1"),
    ])
    func textCellsAreNeutralizedAndQuoted(_ text: String, _ expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test(arguments: [
        (CSVCell.number(-0.5, decimals: 2), "-0.50"),
        (.number(0.126, decimals: 2), "0.13"),
        (.number(-0.0001, decimals: 2), "0.00"),
        (.number(.nan, decimals: 2), ""),
        (.number(.infinity, decimals: 2), ""),
        (.integer(-3), "-3"),
        (.integer(1_204), "1204"),
        (.empty, ""),
    ])
    func numbersAreNeverPrefixed(_ cell: CSVCell, _ expected: String) {
        #expect(CSVWriter.field(cell) == expected)
    }

    @Test func excelModeWritesBOMAndCRLF() {
        var csv = CSVWriter(excel: true)
        csv.writeHeader(["theme", "share"])
        csv.writeRow([.text("配送"), .number(0.31, decimals: 3)])
        #expect(Array(csv.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.text == "\u{FEFF}theme,share\r\n配送,0.310\r\n")
    }

    @Test func plainModeHasNoBOMAndLF() {
        var csv = CSVWriter()
        csv.writeRow([.text("a"), .integer(1)])
        csv.writeRow([.text("b\nc"), .empty])
        #expect(csv.text == "a,1\n\"b\nc\",\n")
    }
}
