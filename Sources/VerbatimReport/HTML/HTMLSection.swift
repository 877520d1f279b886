/// One `<section>` of an HTML page with an anchor id, an `<h2>` title and block content.
///
/// ```swift
/// let s = HTMLSection(id: "themes", title: "Themes") { c in
///     c.paragraph("The five most mentioned themes.")
/// }
/// ```
public struct HTMLSection: Sendable, Hashable {
    /// The anchor id; reduced to `[a-z0-9_-]` (see ``HTMLPage/anchor(_:)``).
    public var id: String
    public var title: String
    public var content: HTMLContent
    /// Whether the section is listed in the page's table of contents.
    public var inTableOfContents: Bool

    public init(id: String, title: String, inTableOfContents: Bool = true, content: HTMLContent = HTMLContent()) {
        self.id = id
        self.title = title
        self.content = content
        self.inTableOfContents = inTableOfContents
    }

    public init(id: String, title: String, inTableOfContents: Bool = true, _ build: (inout HTMLContent) -> Void) {
        var c = HTMLContent()
        build(&c)
        self.init(id: id, title: title, inTableOfContents: inTableOfContents, content: c)
    }
}
