import Foundation

/// Runs headless Chromium on a local file: dumps the DOM after parsing and takes screenshots.
/// Shared by the report and CLI tests (target VerbatimTestSupport):
///
/// ```swift
/// if let chromium = ChromiumRunner.find() {
///     let dom = try chromium.dumpDOM(of: htmlFile)
///     try chromium.screenshot(of: htmlFile, to: pngFile)
/// }
/// ```
///
/// Each run gets its own profile directory and HOME, no sandbox (containers), no GPU, and is
/// killed after `timeout` seconds.
public struct ChromiumRunner {
    public let executable: URL
    public var timeout: TimeInterval = 60

    /// The first of chromium, chromium-browser, google-chrome on PATH (or $CHROMIUM), or nil.
    public static func find() -> ChromiumRunner? {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return ChromiumRunner(executable: URL(fileURLWithPath: explicit))
        }
        let path = env["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return ChromiumRunner(executable: URL(fileURLWithPath: candidate))
                }
            }
        }
        return nil
    }

    public static var isAvailable: Bool { find() != nil }

    /// Whether browser tests must run: CI (`.ci/run` installs Chromium and sets
    /// `VERBATIM_REQUIRE_CHROMIUM=1`) fails instead of skipping when it is missing.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["VERBATIM_REQUIRE_CHROMIUM"] == "1" }

    /// Run browser tests when Chromium is there, or when it is required (then a missing browser fails).
    public static var shouldRun: Bool { isAvailable || isRequired }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The DOM of `file` as Chromium serializes it after parsing (`--dump-dom`).
    public func dumpDOM(of file: URL) throws -> String {
        let out = try run(["--dump-dom", file.absoluteString])
        return String(decoding: out, as: UTF8.self)
    }

    /// A PNG screenshot of `file` at `width` × `height` pixels.
    public func screenshot(of file: URL, to png: URL, width: Int = 1200, height: Int = 2000) throws {
        try? FileManager.default.removeItem(at: png)
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", file.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(description: "chromium wrote no screenshot to \(png.path)")
        }
    }

    /// Runs Chromium with the common headless flags plus `arguments`; returns its standard output.
    public func run(_ arguments: [String]) throws -> Data {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let stdout = work.appendingPathComponent("stdout")
        let stderr = work.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--metrics-recording-only", "--mute-audio",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)",
        ] + arguments
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = work.path
        env["XDG_CONFIG_HOME"] = work.appendingPathComponent("config").path
        env["XDG_CACHE_HOME"] = work.appendingPathComponent("cache").path
        process.environment = env
        let outHandle = try FileHandle(forWritingTo: stdout)
        let errHandle = try FileHandle(forWritingTo: stderr)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice

        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            throw Failure(description: "chromium timed out after \(Int(timeout)) s")
        }
        let output = (try? Data(contentsOf: stdout)) ?? Data()
        guard process.terminationStatus == 0 else {
            let err = String(decoding: (try? Data(contentsOf: stderr)) ?? Data(), as: UTF8.self)
            throw Failure(description: "chromium exited with \(process.terminationStatus): \(err.suffix(2000))")
        }
        return output
    }
}
