import VerbatimLexicon

/// What produced an output, stated in every report and export so a figure can
/// be traced: Verbatim's version, the lexicon files with their versions and a
/// fingerprint of their content, and the options in effect. No timestamps:
/// the same inputs, lexicons and options give byte-identical outputs.
public struct RunProvenance: Sendable, Hashable, Codable {
    public var verbatim: String
    /// FNV-1a fingerprint of every lexicon entry loaded.
    public var lexiconFingerprint: String
    /// `kind language version` per lexicon file (pack files prefixed with their pack), sorted.
    public var lexiconVersions: [String]
    /// The options in effect, as `--name value`, in a fixed order.
    public var options: [String]
    /// The inputs as named on the command line.
    public var inputs: [String]

    public init(lexicon: Lexicon, options: [String], inputs: [String]) {
        verbatim = VerbatimVersion.string
        lexiconFingerprint = lexicon.fingerprint
        var versions = Set<String>()
        for f in lexicon.files {
            versions.insert([f.pack.map { "pack \($0)" }, f.kind, f.language, f.version].compactMap { $0 }.joined(separator: " "))
        }
        lexiconVersions = versions.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        self.options = options
        self.inputs = inputs
    }

    /// Version and lexicon, for every row of a data table (`Verbatim 0.1.0; lexicon fb8fd02c2f6c6d32`).
    public var short: String { Self.short(lexiconFingerprint: lexiconFingerprint) }

    /// The short form before a run's options are known.
    public static func short(lexiconFingerprint: String) -> String {
        "Verbatim \(VerbatimVersion.string); lexicon \(lexiconFingerprint)"
    }

    /// One line for report footers.
    public var line: String {
        "Verbatim \(verbatim) · lexicon fingerprint \(lexiconFingerprint) (\(lexiconVersions.count) file versions) · "
            + (options.isEmpty ? "default options" : options.joined(separator: " "))
    }
}
