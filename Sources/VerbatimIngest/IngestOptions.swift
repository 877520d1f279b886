/// Everything a user can tell the readers; the defaults detect everything.
public struct IngestOptions: Sendable, Hashable {
    /// Forces the text encoding (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, `windows-1252`).
    public var encoding: TextEncoding?
    /// Forces the format instead of detecting it from the name and content.
    public var format: InputFormat?
    /// Column (or field) roles the user names, overriding detection: `text=COL,rating=COL…`.
    public var columnMap: ColumnMap
    /// Globs a folder's files must match (any), relative to the folder; empty = all.
    public var include: [String]
    /// Globs that exclude files, relative to the folder.
    public var exclude: [String]
    /// XML: the record element path (`sentences/sentence`), instead of auto-detection.
    public var recordPath: String?
    /// HTML: XPath selectors for item / text / rating / date, when a page has no schema.org markup.
    public var xpath: XPathSelectors
    /// Excel: the sheet to read; the first sheet when nil.
    public var sheet: String?
    /// JSON: a dotted path to the array of records inside an export (`data.reviews`).
    public var jsonPath: String?
    /// Keep exact and normalized-text duplicates instead of counting and dropping them.
    public var keepDuplicates: Bool
    /// The largest field (or JSON record, or XML text) accepted, in bytes.
    public var maxFieldBytes: Int

    /// The default limit on one field: 1 MiB, far above any real review.
    public static let defaultMaxFieldBytes = 1 << 20

    public init(
        encoding: TextEncoding? = nil, format: InputFormat? = nil, columnMap: ColumnMap = ColumnMap(),
        include: [String] = [], exclude: [String] = [], recordPath: String? = nil,
        xpath: XPathSelectors = XPathSelectors(), sheet: String? = nil, jsonPath: String? = nil,
        keepDuplicates: Bool = false, maxFieldBytes: Int = IngestOptions.defaultMaxFieldBytes
    ) {
        self.encoding = encoding
        self.format = format
        self.columnMap = columnMap
        self.include = include
        self.exclude = exclude
        self.recordPath = recordPath
        self.xpath = xpath
        self.sheet = sheet
        self.jsonPath = jsonPath
        self.keepDuplicates = keepDuplicates
        self.maxFieldBytes = maxFieldBytes
    }
}

/// HTML selectors given with `--xpath item=…,text=…,rating=…,date=…`.
public struct XPathSelectors: Sendable, Hashable {
    public var item: String?
    public var text: String?
    public var rating: String?
    public var date: String?
    public var author: String?

    public init(item: String? = nil, text: String? = nil, rating: String? = nil, date: String? = nil, author: String? = nil) {
        self.item = item
        self.text = text
        self.rating = rating
        self.date = date
        self.author = author
    }

    public var isEmpty: Bool { item == nil && text == nil }
}
