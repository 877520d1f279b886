import Foundation

/// Paths of the repository, found from this file (tests run from the source tree).
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureLexicon = root.appendingPathComponent("Tests/Fixtures/lexicon").path
    static let shippedLexicon = root.appendingPathComponent("lexicons").path

    /// A fresh temporary directory.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
