/// Where a report came from, printed in the page footer (and usable in Markdown): the tool and
/// version, the lexicons used, and the options. No timestamps, so identical inputs give identical
/// reports.
///
/// ```swift
/// Provenance(version: "0.1.0", lexicons: ["core zh 2025.06.0", "core en 2025.06.0"],
///            options: ["--neutral-band 0.05"], inputs: ["reviews.csv (1,204 records)"])
///     .lines  // ["Produced by Verbatim 0.1.0", "Lexicons: core zh 2025.06.0, core en 2025.06.0", …]
/// ```
public struct Provenance: Sendable, Hashable {
    public var tool: String
    public var version: String
    public var lexicons: [String]
    public var options: [String]
    public var inputs: [String]
    public var notes: [String]

    public init(tool: String = "Verbatim", version: String, lexicons: [String] = [], options: [String] = [],
                inputs: [String] = [], notes: [String] = []) {
        self.tool = tool
        self.version = version
        self.lexicons = lexicons
        self.options = options
        self.inputs = inputs
        self.notes = notes
    }

    /// The footer as plain text lines.
    public var lines: [String] {
        var out = ["Produced by \(tool) \(version)"]
        if !inputs.isEmpty { out.append("Inputs: " + inputs.joined(separator: ", ")) }
        if !lexicons.isEmpty { out.append("Lexicons: " + lexicons.joined(separator: ", ")) }
        if !options.isEmpty { out.append("Options: " + options.joined(separator: " ")) }
        out += notes
        return out
    }

    var markup: Markup {
        "<footer class=\"provenance\" id=\"provenance\">\(lines.map { "<p>\($0)</p>" as Markup })</footer>"
    }
}
