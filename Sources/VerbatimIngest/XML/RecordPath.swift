/// Which elements are records: a path of element names, from `--record-path`
/// or detected.
///
/// Accepted forms (names keep their namespace prefix, e.g. `im:rating`; `*` matches any one name):
/// - `sentence` or `//sentence`: any `<sentence>` element, at any depth;
/// - `sentences/sentence` or `//sentences/sentence`: a `<sentence>` whose parent is `<sentences>`, at any depth;
/// - `/feed/entry`: anchored at the root: `<entry>` children of the root `<feed>`.
/// Predicates (`[…]`), attributes (`@…`) and other XPath axes are not accepted.
/// An element inside a record is never itself a record (the outermost match wins).
///
/// ```swift
/// let path = try RecordPath(parsing: "//entry")
/// path.matches(["feed", "entry"])   // true
/// ```
struct RecordPath: Hashable, CustomStringConvertible {
    var steps: [String]
    /// Whether the first step must be the root element.
    var anchored: Bool

    init(steps: [String], anchored: Bool) {
        self.steps = steps
        self.anchored = anchored
    }

    /// Parses the user's `--record-path`.
    /// - Throws: `IngestError(.badOption)` for an empty path or XPath features not supported.
    init(parsing spec: String) throws(IngestError) {
        var text = Substring(spec.trimmingCharacters(in: .whitespaces))
        var anchored = false
        if text.hasPrefix("//") {
            text = text.dropFirst(2)
        } else if text.hasPrefix("/") {
            text = text.dropFirst()
            anchored = true
        }
        while text.hasSuffix("/") { text = text.dropLast() }
        let steps = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, steps.allSatisfy({ !$0.isEmpty }) else {
            throw IngestError(.badOption, path: "--record-path",
                              message: "'\(spec)' is not an element path (expected e.g. sentences/sentence, //entry or /feed/entry)")
        }
        for step in steps where step.contains(where: { "[]@()=\"' ".contains($0) }) || step.hasPrefix("..") || step == "." {
            throw IngestError(.badOption, path: "--record-path",
                              message: "'\(spec)': step '\(step)' is not a plain element name (predicates, attributes and axes are not supported)")
        }
        self.init(steps: steps, anchored: anchored)
    }

    /// Whether the element at the end of `stack` (names from the root) is a record.
    func matches(_ stack: [String]) -> Bool {
        if anchored ? stack.count != steps.count : stack.count < steps.count { return false }
        let offset = stack.count - steps.count
        for (i, step) in steps.enumerated() where step != "*" && step != stack[offset + i] { return false }
        return true
    }

    var description: String { (anchored ? "/" : "") + steps.joined(separator: "/") }
}
