/// The Verbatim version, reported by `--version` and in every output's provenance.
public enum VerbatimVersion {
    public static let string = "0.1.0"
}
