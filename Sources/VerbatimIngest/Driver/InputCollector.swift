import Foundation

/// Expands what the user named (files, folders, `-`) into the files to read,
/// in a deterministic order, and the files passed over with their reason.
///
/// Folders are walked recursively and their files sorted by relative path
/// (byte order), so every run reads the same files in the same order. Hidden
/// files and folders (names starting with `.`) are passed over with a reason;
/// `--include` / `--exclude` globs apply to files found in folders, never to a
/// file named explicitly.
public struct InputCollector {
    /// A file passed over, with the reason shown in the summary.
    public struct PassedOver: Sendable, Hashable, Codable {
        public var path: String
        public var reason: String
    }

    public let include: [Glob]
    public let exclude: [Glob]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    /// The files to read and those passed over.
    /// - Throws: `IngestError` (`unreadable`) when a named path does not exist:
    ///   a typo must not turn into a silently smaller report.
    public func collect(_ paths: [String]) throws(IngestError) -> (files: [InputFile], passedOver: [PassedOver]) {
        var files: [InputFile] = []
        var passed: [PassedOver] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: "-", displayPath: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestError(.unreadable, path: path, message: "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(InputFile(path: path))
                continue
            }
            walk(folder: path, relative: "", into: &files, passedOver: &passed)
        }
        return (files, passed)
    }

    private func walk(folder: String, relative: String, into files: inout [InputFile], passedOver: inout [PassedOver]) {
        let fm = FileManager.default
        let base = relative.isEmpty ? folder : folder + "/" + relative
        guard let names = try? fm.contentsOfDirectory(atPath: base) else {
            passedOver.append(PassedOver(path: base, reason: "folder cannot be listed"))
            return
        }
        // Byte order of UTF-8 names: the same on every machine and locale.
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = folder.hasSuffix("/") ? folder + rel : folder + "/" + rel
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if name.hasPrefix(".") {
                passedOver.append(PassedOver(path: full, reason: isDirectory.boolValue ? "hidden folder" : "hidden file"))
                continue
            }
            if isDirectory.boolValue {
                walk(folder: folder, relative: rel, into: &files, passedOver: &passedOver)
                continue
            }
            if !include.isEmpty && !include.contains(where: { $0.matches(relativePath: rel) }) {
                passedOver.append(PassedOver(path: full, reason: "not matched by --include"))
                continue
            }
            if let glob = exclude.first(where: { $0.matches(relativePath: rel) }) {
                passedOver.append(PassedOver(path: full, reason: "excluded by --exclude \(glob)"))
                continue
            }
            files.append(InputFile(path: full))
        }
    }
}
