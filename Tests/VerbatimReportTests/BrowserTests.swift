import Foundation
import Testing
import VerbatimTestSupport
import VerbatimReport

/// Renders a page full of hostile data in real headless Chromium and checks the parsed DOM.
/// Skipped when no Chromium is installed (CI installs Debian's `chromium`).
@Suite(.serialized) struct BrowserTests {
    static let hostile = hostileStrings.joined(separator: " ")

    @Test(.enabled(if: ChromiumRunner.shouldRun), .timeLimit(.minutes(3)))
    func hostileDataStaysTextInARealBrowser() throws {
        let chromium = try #require(ChromiumRunner.find())
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        try Data(SamplePages.page(Self.hostile).render().utf8).write(to: file)

        let dom = try chromium.dumpDOM(of: file)
        #expect(dom.contains("<body"))
        let tags = startTags(dom)
        #expect(!tags.isEmpty)
        #expect(!tags.contains { $0.name == "script" })
        #expect(!tags.contains { $0.name == "img" })
        #expect(!tags.contains { $0.name == "iframe" || $0.name == "object" || $0.name == "embed" })
        for tag in tags {
            #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "<\(tag.name)> has an event handler")
            for a in tag.attributes where a.name == "href" || a.name == "src" {
                #expect(a.value.hasPrefix("#"), "<\(tag.name) \(a.name)=\(a.value)>")
            }
        }
        #expect(unsafeMarkup(dom) == [])
        // The hostile strings arrive as text (Chromium serializes text with &lt; &gt; &amp;).
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(dom.contains("\"&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(dom.contains("javascript:alert(document.cookie)"))
        #expect(dom.contains("送餐太慢了&lt;b&gt;差评&lt;/b&gt;"))
        let ids = Set(tags.compactMap { t in t.attributes.first { $0.name == "id" }?.value })
        for id in ["summary", "quotes", "charts", "method", "provenance"] {
            #expect(ids.contains(id), "section #\(id)")
        }
        #expect(tags.filter { $0.name == "svg" }.count == 5)
        #expect(tags.contains { $0.name == "p" && $0.attributes.contains { $0.name == "lang" && $0.value == "zh" } })

        let png = dir.appendingPathComponent("report.png")
        try chromium.screenshot(of: file, to: png, width: 1200, height: 2000)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 20_000, "screenshot is only \(bytes.count) bytes")
    }
}

extension BrowserTests {
    /// A realistic page renders to a non-trivial screenshot; set VERBATIM_SCREENSHOT=/path.png to keep it.
    @Test(.enabled(if: ChromiumRunner.shouldRun), .timeLimit(.minutes(3)))
    func demoPageRendersInARealBrowser() throws {
        let chromium = try #require(ChromiumRunner.find())
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("demo.html")
        try Data(SamplePages.demo().render().utf8).write(to: file)
        let png = dir.appendingPathComponent("demo.png")
        try chromium.screenshot(of: file, to: png, width: 1200, height: 2000)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.count > 50_000)
        if let keep = ProcessInfo.processInfo.environment["VERBATIM_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: keep))
            try FileManager.default.copyItem(at: file, to: URL(fileURLWithPath: keep + ".html"))
        }
    }
}
