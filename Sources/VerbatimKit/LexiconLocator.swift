import Foundation

/// Finds the bundled `lexicons/` directory.
///
/// Order: the `VERBATIM_LEXICONS` environment variable; a `lexicons/`
/// directory next to the executable or in one of its parent directories
/// (so `swift run` and `.build/release/verbatim` inside the repository
/// work); then the current directory and its parents.
public enum LexiconLocator {
    /// The directory, or nil when none is found.
    public static func bundledDirectory() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["VERBATIM_LEXICONS"], !env.isEmpty { return env }
        var starts: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        } else {
            starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("lexicons")
                if fm.fileExists(atPath: candidate.appendingPathComponent("themes").path) { return candidate.path }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
