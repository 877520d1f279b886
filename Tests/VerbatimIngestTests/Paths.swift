import Foundation

/// Locations used by the ingest tests, found from this file's path.
enum Paths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repoRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let corpora = repoRoot.appendingPathComponent("corpora")
    /// The shared evaluation sets: `$VERBATIM_EVAL_DIR`, else `../shared/eval` beside the repository
    /// (never copied into it); tests that need them are skipped when absent.
    static let sharedEval: URL = {
        if let dir = ProcessInfo.processInfo.environment["VERBATIM_EVAL_DIR"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        return repoRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
    }()
    static var hasSharedEval: Bool { FileManager.default.fileExists(atPath: sharedEval.path) }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
