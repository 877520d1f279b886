/// A parsed JSON value. Objects keep their keys in input order (output never
/// depends on hashing) and numbers keep their token text, so an id such as
/// `570301130888122368` survives exactly (a `Double` would round it).
enum JSONValue: Equatable {
    /// One object member.
    struct Member: Equatable {
        var key: String
        var value: JSONValue
    }

    case object([Member])
    case array([JSONValue])
    case string(String)
    /// The number exactly as written (`4`, `-1.5e3`).
    case number(String)
    case bool(Bool)
    case null

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            x == y
        case (.array(let x), .array(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// What the value is, in words for messages (`an object`, `a string`…).
    var kindDescription: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// A scalar as field text: strings as they are, integers as written
    /// (ids keep every digit), other numbers canonically (`4.0` → `4`,
    /// `4.50` → `4.5`), booleans as `true`/`false`; nil for null and containers.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let raw): return Self.canonicalNumber(raw)
        case .null, .object, .array: return nil
        }
    }

    static func canonicalNumber(_ raw: String) -> String {
        if !raw.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return raw == "-0" ? "0" : raw
        }
        guard let d = Double(raw), d.isFinite else { return raw }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}
