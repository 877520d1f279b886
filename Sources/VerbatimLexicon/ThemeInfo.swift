import VerbatimModel

/// A theme or subtheme of the taxonomy with its labels.
public struct ThemeInfo: Sendable, Hashable {
    public var ref: ThemeRef
    public var labelEn: String
    public var labelZh: String
    /// The pack that defined it, nil for the core taxonomy.
    public var pack: String?
    /// Terms, English then Chinese, as written in the files.
    public var termsEn: [String]
    public var termsZh: [String]
}

/// A domain pack: name, labels and cue words.
public struct PackInfo: Sendable, Hashable {
    public var name: String
    public var labelEn: String
    public var labelZh: String
    public var cues: [String]
}

/// One lexicon file that went into a compiled lexicon, for provenance.
public struct LexiconFileInfo: Sendable, Hashable, Codable {
    public var path: String
    public var kind: String
    public var language: String
    public var version: String
    public var pack: String?
    public var entries: Int
}
