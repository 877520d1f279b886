/// Splits a JSON document into record elements while reading it chunk by
/// chunk, so memory stays bounded by the largest element, not the file.
///
/// It tracks only what finding elements needs: bracket depth (with the
/// bracket kinds, to notice corruption), strings and escapes, object keys on
/// the path to the record array, and line numbers. Each element's bytes are
/// handed over whole to be parsed by ``JSONValueParser``; an element larger
/// than the limit or nested deeper than 256 levels is skipped without being
/// kept in memory.
///
/// The element corruption heuristics, so one broken record cannot swallow the rest:
/// - a raw line break inside a string ends the string (JSON forbids it), and
///   the element is marked malformed;
/// - a closing bracket of the wrong kind closes back to its matching opener
///   inside the element, or ends the element when it has none.
///
/// ```swift
/// var scanner = JSONElementScanner(mode: .records(path: ["data", "reviews"]), maxElementBytes: 1 << 20)
/// while let chunk = try input.nextChunk() { try scanner.feed(chunk) { element in handle(element) } }
/// try scanner.finish { element in handle(element) }
/// ```
struct JSONElementScanner {
    enum Mode {
        /// Records are the elements of the array at `path` (object keys from the
        /// top-level value; `[]` is the top-level value itself), or the object there.
        case records(path: [String])
        /// Reports arrays at object-only paths (see ``discoveries``), captures nothing.
        case discover
    }

    /// One element found, or why it cannot be used.
    struct Element {
        /// The element's bytes; nil when it was skipped while scanning (`problem` says why).
        var bytes: [UInt8]?
        /// 1-based line of its first byte.
        var line: Int
        /// 1-based position among the record elements.
        var ordinal: Int
        var problem: Problem?
    }

    enum Problem: Equatable {
        case oversized(Int)
        case tooDeep
        /// Bracket or string corruption seen while scanning.
        case corrupt(String)
        /// The file ended inside the element.
        case truncated
    }

    /// An array met in `.discover` mode.
    struct Discovery: Equatable {
        var path: [String]
        /// Whether its first element is an object (nil: empty array).
        var firstIsObject: Bool?
    }

    static let maxDepth = JSONValueParser.maxDepth
    /// Keys are tracked this deep (paths longer than this are not supported).
    static let maxPathDepth = 16

    let mode: Mode
    let maxElementBytes: Int

    // Public results.
    private(set) var line = 1
    private(set) var ordinal = 0
    /// Whether the target value (records array or single record) was met.
    private(set) var foundTarget = false
    /// Whether the top-level value is complete.
    private(set) var topLevelDone = false
    /// The first byte of the top-level value (after a `tweets.js` prefix), once seen.
    private(set) var topLevelOpener: UInt8?
    /// Non-whitespace met after the top-level value ended (first line), if any.
    private(set) var trailingContentLine: Int?
    /// `.discover`: arrays at object-only paths, in input order.
    private(set) var discoveries: [Discovery] = []
    /// `.discover`: top-level keys holding a string value.
    private(set) var topLevelStringKeys: [String] = []

    /// Skip everything up to and including the first `=` (Twitter's `window.YTD.tweets.part0 = [`).
    var skipAssignmentPrefix = false

    // Structure.
    private var stack: [UInt8] = []
    /// Openers beyond `maxDepth` inside an element, counted instead of stacked.
    private var overflow = 0
    /// How many leading stack entries are objects (the path is known only through objects).
    private var objectPrefix = 0
    private var keys: [String?] = []
    private var expectKey = false
    private var expectValue = true
    private var inString = false
    private var escaped = false
    private var stringIsKey = false
    private var keyBytes: [UInt8] = []
    private var collectingKey = false
    private var pendingDiscovery: Int?  // index into discoveries awaiting its first element
    private var lastKeyAtDepth1: String?

    // Records.
    /// Stack depth at which elements of the records array start (array depth + 1), when inside it.
    private var elementDepth: Int?
    // Capture of the current element.
    private var capturing = false
    private var captureDepth = 0
    private var captureIsScalar = false
    private var captureLine = 0
    private var buffer: [UInt8] = []
    private var captureFrom = 0
    private var problem: Problem?
    private var captureSize = 0

    /// - Parameter startLine: the line the first fed byte is on (leading blank lines already read).
    init(mode: Mode, maxElementBytes: Int, startLine: Int = 1) {
        self.mode = mode
        self.maxElementBytes = maxElementBytes
        self.line = startLine
    }

    /// Scans one chunk; `emit` receives each element as it completes.
    mutating func feed(_ chunk: [UInt8], emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        var start = 0
        if skipAssignmentPrefix {
            guard let eq = chunk.firstIndex(of: UInt8(ascii: "=")) else {
                for b in chunk where b == 0x0A { line += 1 }
                return
            }
            for b in chunk[..<eq] where b == 0x0A { line += 1 }
            skipAssignmentPrefix = false
            start = eq + 1
        }
        captureFrom = start
        var i = start
        let n = chunk.count
        while i < n {
            let c = chunk[i]
            if inString {
                if escaped {
                    escaped = false
                    if c == 0x0A { line += 1 }
                    if collectingKey { keyBytes.append(c) }
                    i += 1
                    continue
                }
                // Fast path through ordinary string bytes.
                var j = i
                while j < n {
                    let d = chunk[j]
                    if d == UInt8(ascii: "\"") || d == UInt8(ascii: "\\") || d == 0x0A { break }
                    j += 1
                }
                if collectingKey, j > i, keyBytes.count < 4096 { keyBytes.append(contentsOf: chunk[i..<j]) }
                i = j
                if i >= n { break }
                let d = chunk[i]
                if d == UInt8(ascii: "\\") {
                    escaped = true
                    if collectingKey { keyBytes.append(d) }
                } else if d == UInt8(ascii: "\"") {
                    inString = false
                    endString()
                    if capturing, captureIsScalar, stack.count == captureDepth {
                        // A string element ends at its closing quote.
                        try finishCapture(chunk, through: i, emit: emit)
                    }
                } else {
                    // A raw line break: JSON strings cannot hold one, so the string is broken here.
                    line += 1
                    inString = false
                    collectingKey = false
                    if capturing, problem == nil { problem = .corrupt("line break inside a string") }
                }
                i += 1
                continue
            }
            switch c {
            case 0x0A:
                line += 1
            case 0x20, 0x09, 0x0D:
                break
            case UInt8(ascii: "\""):
                if topLevelDone { noteTrailing(); return }
                inString = true
                if expectKey {
                    expectKey = false
                    stringIsKey = true
                    collectingKey = !capturing && objectPrefix == stack.count && stack.count <= Self.maxPathDepth
                    keyBytes.removeAll(keepingCapacity: true)
                } else {
                    stringIsKey = false
                    try valueStarts(c, chunk, at: i, emit: emit)
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if topLevelDone { noteTrailing(); return }
                if expectValue || stack.isEmpty { try valueStarts(c, chunk, at: i, emit: emit) }
                push(c)
                expectKey = c == UInt8(ascii: "{")
                expectValue = c == UInt8(ascii: "[")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if topLevelDone { noteTrailing(); return }
                if capturing, captureIsScalar, stack.count == captureDepth {
                    try finishCapture(chunk, through: i - 1, emit: emit)
                }
                try close(c, chunk, at: i, emit: emit)
                expectKey = false
                expectValue = false
            case UInt8(ascii: ":"):
                if stack.last == UInt8(ascii: "{") { expectValue = true }
            case UInt8(ascii: ","):
                if capturing, captureIsScalar, stack.count == captureDepth {
                    try finishCapture(chunk, through: i - 1, emit: emit)
                }
                if stack.last == UInt8(ascii: "{") { expectKey = true } else { expectValue = true }
            default:
                if topLevelDone {
                    if c == UInt8(ascii: ";") { break }  // `tweets.js` and JSONP may end the assignment
                    noteTrailing()
                    return
                }
                if expectValue || stack.isEmpty {
                    try valueStarts(c, chunk, at: i, emit: emit)
                    expectValue = false
                }
            }
            i += 1
        }
        // Keep the part of the element this chunk held.
        if capturing { append(chunk[captureFrom..<n]) }
        captureFrom = 0
    }

    /// Ends the scan: an element still open is reported as truncated.
    mutating func finish(emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        if capturing {
            if captureIsScalar, stack.count == captureDepth, !inString {
                // A scalar top-level record or last element without a closer.
                capturing = false
                try emit(Element(bytes: problem == nil ? buffer : nil, line: captureLine, ordinal: ordinal, problem: problem ?? .truncated))
            } else {
                capturing = false
                buffer = []
                try emit(Element(bytes: nil, line: captureLine, ordinal: ordinal, problem: .truncated))
            }
        }
    }

    /// Whether the document ended with brackets still open.
    var endedInsideStructure: Bool { !stack.isEmpty || overflow > 0 || inString }

    // MARK: - Structure

    private mutating func push(_ c: UInt8) {
        if stack.count >= Self.maxDepth * 2 || (capturing && stack.count - captureDepth >= Self.maxDepth) {
            overflow += 1
            if capturing {
                problem = .tooDeep
                buffer = []
            }
            return
        }
        if objectPrefix == stack.count && c == UInt8(ascii: "{") { objectPrefix += 1 }
        stack.append(c)
        if keys.count < stack.count { keys.append(nil) } else { keys[stack.count - 1] = nil }
    }

    private mutating func close(_ c: UInt8, _ chunk: [UInt8], at i: Int, emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        if overflow > 0 {
            overflow -= 1
            return
        }
        let opener = c == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
        let floor = capturing ? captureDepth : 0
        guard stack.count > floor else {
            if capturing {
                // Closes something outside the element (the element never closed): end it and close outside.
                try endBrokenCapture(emit: emit)
                return try close(c, chunk, at: i, emit: emit)
            }
            throw IngestError(.malformedJSON, path: "", line: line, message: "closing bracket without an opening one")
        }
        if stack.last != opener {
            guard capturing else {
                throw IngestError(.malformedJSON, path: "", line: line, message: "closing bracket does not match the opening one")
            }
            if problem == nil { problem = .corrupt("brackets do not match") }
            // Close back to the matching opener inside the element, or end the element.
            if let k = stack[floor...].lastIndex(of: opener) {
                popTo(k + 1)
            } else {
                popTo(floor)
                try finishCapture(chunk, through: i - 1, emit: emit)
                return try close(c, chunk, at: i, emit: emit)
            }
        }
        pop()
        if capturing, stack.count == captureDepth {
            try finishCapture(chunk, through: i, emit: emit)
        }
        if let d = elementDepth, stack.count < d {
            elementDepth = nil  // the records array closed
        }
        if stack.isEmpty { topLevelDone = true }
    }

    private mutating func pop() {
        stack.removeLast()
        if objectPrefix > stack.count { objectPrefix = stack.count }
        if case .discover = mode, let p = pendingDiscovery, stack.count < discoveries[p].path.count + 1 {
            pendingDiscovery = nil
        }
    }

    private mutating func popTo(_ depth: Int) {
        while stack.count > depth { pop() }
    }

    private mutating func endString() {
        guard stringIsKey else { return }
        if collectingKey {
            collectingKey = false
            let key: String
            if keyBytes.contains(UInt8(ascii: "\\")) {
                let quoted = [UInt8(ascii: "\"")] + keyBytes + [UInt8(ascii: "\"")]
                key = (try? JSONValueParser.parse(quoted)).flatMap { if case .string(let s) = $0 { s } else { nil } }
                    ?? String(decoding: keyBytes, as: UTF8.self)
            } else {
                key = String(decoding: keyBytes, as: UTF8.self)
            }
            keys[stack.count - 1] = key
        } else if stack.count > 0, stack.count <= keys.count {
            keys[stack.count - 1] = nil
        }
    }

    private mutating func noteTrailing() {
        if trailingContentLine == nil { trailingContentLine = line }
    }

    // MARK: - Values

    /// A value starts at `chunk[i]` (an opener, a quote or a scalar's first byte), at depth `stack.count`.
    private mutating func valueStarts(_ c: UInt8, _ chunk: [UInt8], at i: Int, emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        expectValue = false
        if capturing { return }
        let depth = stack.count
        if depth == 0 { topLevelOpener = c }
        if let d = elementDepth, depth == d {
            startCapture(c, chunk, at: i)
            return
        }
        let onPath = objectPrefix == depth
        switch mode {
        case .records(let path):
            guard onPath, depth == path.count, !foundTarget, keysMatch(path) else { return }
            foundTarget = true
            if c == UInt8(ascii: "[") {
                elementDepth = depth + 1
            } else if c == UInt8(ascii: "{") {
                startCapture(c, chunk, at: i)
            } else {
                throw IngestError(.badOption, path: "", line: line, message: path.isEmpty
                    ? "the top-level JSON value is not an object or an array"
                    : "the value at JSON path '\(path.joined(separator: "."))' is not an object or an array")
            }
        case .discover:
            if let p = pendingDiscovery, depth == discoveries[p].path.count + 1 {
                discoveries[p].firstIsObject = c == UInt8(ascii: "{")
                pendingDiscovery = nil
            }
            guard onPath, depth <= Self.maxPathDepth else { return }
            if c == UInt8(ascii: "["), discoveries.count < 1000 {
                discoveries.append(Discovery(path: keys[0..<depth].map { $0 ?? "" }, firstIsObject: nil))
                pendingDiscovery = discoveries.count - 1
            } else if depth == 1, c == UInt8(ascii: "\""), let key = keys[0], topLevelStringKeys.count < 1000 {
                topLevelStringKeys.append(key)
            }
        }
    }

    private func keysMatch(_ path: [String]) -> Bool {
        for (k, name) in path.enumerated() where keys[k] != name { return false }
        return true
    }

    private mutating func startCapture(_ c: UInt8, _ chunk: [UInt8], at i: Int) {
        capturing = true
        captureDepth = stack.count
        captureIsScalar = c != UInt8(ascii: "{") && c != UInt8(ascii: "[")
        captureLine = line
        captureFrom = i
        captureSize = 0
        buffer.removeAll(keepingCapacity: true)
        problem = nil
        ordinal += 1
    }

    private mutating func append(_ part: ArraySlice<UInt8>) {
        captureSize += part.count
        guard problem != .tooDeep else { return }
        if captureSize > maxElementBytes {
            if case .oversized = problem {} else {
                problem = .oversized(maxElementBytes)
                buffer = []  // release it: the rest is skipped, not kept
            }
            return
        }
        if case .oversized = problem { return }
        buffer.append(contentsOf: part)
    }

    private mutating func finishCapture(_ chunk: [UInt8], through end: Int, emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        if end >= captureFrom { append(chunk[captureFrom...end]) }
        capturing = false
        let element = Element(bytes: problem == nil ? buffer : nil, line: captureLine, ordinal: ordinal, problem: problem)
        buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 16)
        try emit(element)
    }

    /// The element's brackets never closed before its enclosing array did.
    private mutating func endBrokenCapture(emit: (Element) throws(IngestError) -> Void) throws(IngestError) {
        capturing = false
        buffer = []
        try emit(Element(bytes: nil, line: captureLine, ordinal: ordinal, problem: problem ?? .corrupt("brackets do not match")))
    }
}
