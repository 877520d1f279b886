import Testing
@testable import VerbatimReport

@Suite struct MarkdownTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("+ nor this", "\\+ nor this"),
        ("1. nor this", "1\\. nor this"),
        ("2) nor this", "2\\) nor this"),
        ("> not a quote", "\\> not a quote"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("a | b", "a \\| b"),
        ("line1\nline2\r\n# x", "line1 line2 # x"),
        ("see https://evil.example", "see https:\\/\\/evil.example"),
        ("www.evil.example", "www\\.evil.example"),
        ("&amp; ~~x~~ $x$", "\\&amp; \\~\\~x\\~\\~ \\$x\\$"),
        ("    indented", "indented"),
        ("2026-03-02 配送 -0.5", "2026-03-02 配送 -0.5"),
        ("价格¥128，5星", "价格¥128，5星"),
    ])
    func escapesMarkup(_ input: String, _ expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test func tablesEscapeCellsAndAlignNumbers() {
        var md = MarkdownDocument()
        md.table(header: ["Theme", "Share"], rows: [["配送 | delivery", "31%"], ["multi\nline", ""], ["short"]], numericColumns: [1])
        #expect(md.render() == """
        | Theme | Share |
        | --- | ---: |
        | 配送 \\| delivery | 31% |
        | multi line | |
        | short | |

        """)
    }

    @Test func documentIsDeterministicAndBlocksAreSeparated() {
        func build() -> String {
            var md = MarkdownDocument()
            md.heading("Themes <b>", level: 2)
            md.paragraph("Delivery *rose*.")
            md.bulletList(["a", "- b"])
            md.quote("送餐太慢了\n差评", attribution: "reviews.csv:12")
            md.rule()
            md.provenance(Provenance(version: "0.1.0", lexicons: ["core"]))
            return md.render()
        }
        #expect(build() == build())
        #expect(build() == """
        ## Themes \\<b\\>

        Delivery \\*rose\\*.

        - a
        - \\- b

        > 送餐太慢了 差评
        >
        > — reviews.csv:12

        ---

        _Produced by Verbatim 0.1.0_  
        _Lexicons: core_

        """)
    }

    @Test func headingLevelsAreClamped() {
        var md = MarkdownDocument()
        md.heading("a", level: 0)
        md.heading("b", level: 9)
        #expect(md.render() == "# a\n\n###### b\n")
    }
}
