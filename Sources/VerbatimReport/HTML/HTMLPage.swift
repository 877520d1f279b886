/// One self-contained HTML5 report page: inline CSS, inline SVG, no scripts, nothing fetched.
/// A Content-Security-Policy meta tag forbids scripts and remote resources as defence in depth.
/// All text is escaped by construction (see ``Markup``); the output is also well-formed XML.
///
/// ```swift
/// var page = HTMLPage(title: "Customer feedback — March", lang: "en")
/// page.subtitle = "1,204 records from 3 files"
/// page.append(HTMLSection(id: "summary", title: "Summary") { c in
///     c.kpis([KPITile(label: "Net sentiment", value: "+0.23", ci: "95% CI +0.19 … +0.27")])
/// })
/// page.provenance = Provenance(version: "0.1.0", lexicons: ["core 2025.06.0"])
/// let html = page.render()
/// ```
public struct HTMLPage: Sendable, Hashable {
    public var title: String
    /// The page language ("en", "zh", "zh-Hans" …); invalid tags fall back to "und".
    public var lang: String
    public var subtitle: String?
    public private(set) var sections: [HTMLSection] = []
    /// Whether to list the sections at the top (links are in-page fragments only).
    public var tableOfContents: Bool = true
    /// The heading of the table of contents.
    public var tableOfContentsTitle: String = "Contents"
    /// The footer; no footer when nil.
    public var provenance: Provenance?

    public init(title: String, lang: String = "en") {
        self.title = title
        self.lang = lang
    }

    /// Appends a section.
    public mutating func append(_ section: HTMLSection) {
        sections.append(section)
    }

    /// The Content-Security-Policy of every page.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The whole page. Deterministic: the same page renders to the same bytes.
    public func render() -> String {
        // Unique anchors, in order: a repeated or empty id gets a numeric suffix.
        var used = Set<String>()
        let anchors: [String] = sections.enumerated().map { i, s in
            let base = Self.anchor(s.id) ?? "section-\(i + 1)"
            var a = base
            var n = 2
            while used.contains(a) || a == "provenance" {
                a = "\(base)-\(n)"
                n += 1
            }
            used.insert(a)
            return a
        }
        let langTag = Self.languageTag(lang) ?? "und"
        var m: Markup = """
        <!DOCTYPE html>
        <html lang="\(langTag)">
        <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="referrer" content="no-referrer"/>
        <title>\(title)</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <header>
        <h1>\(title)</h1>

        """
        if let subtitle { m += "<p class=\"subtitle\">\(subtitle)</p>\n" }
        m += "</header>\n"
        let listed = sections.indices.filter { sections[$0].inTableOfContents }
        if tableOfContents, listed.count > 1 {
            m += "<nav class=\"toc\" aria-label=\"\(tableOfContentsTitle)\"><ol>"
            for i in listed { m += "<li><a href=\"#\(anchors[i])\">\(sections[i].title)</a></li>" }
            m += "</ol></nav>\n"
        }
        m += "<main>\n"
        for (i, s) in sections.enumerated() {
            m += "<section id=\"\(anchors[i])\">\n<h2>\(s.title)</h2>\n"
            m += Markup.joined(s.content.blocks, separator: "\n")
            m += "\n</section>\n"
        }
        m += "</main>\n"
        if let provenance { m += provenance.markup + "\n" }
        m += "</body>\n</html>\n"
        return m.rendered
    }

    /// `id` reduced to an anchor of `[a-z0-9_-]` (ASCII letters lower-cased, other characters become
    /// "-", runs collapsed, at most 64 characters); nil when nothing is left.
    ///
    /// ```swift
    /// HTMLPage.anchor("Delivery / Late")  // "delivery-late"
    /// HTMLPage.anchor("配送")              // nil
    /// ```
    public static func anchor(_ id: String) -> String? {
        var out = ""
        var dash = false
        for b in id.utf8 {
            let c: UInt8? = switch b {
            case 0x61...0x7A, 0x30...0x39, 0x5F: b
            case 0x41...0x5A: b + 0x20
            default: nil
            }
            if let c {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.append(Character(Unicode.Scalar(c)))
            } else {
                dash = true
            }
            if out.utf8.count >= 64 { break }
        }
        return out.isEmpty ? nil : out
    }

    /// A BCP 47-looking language tag (letters, digits, "-", at most 35 characters), or nil.
    static func languageTag(_ tag: String) -> String? {
        guard !tag.isEmpty, tag.utf8.count <= 35,
            tag.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D })
        else { return nil }
        return tag
    }
}
