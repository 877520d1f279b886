/// A fragment of HTML or SVG markup that is safe by construction.
///
/// Raw markup can only come from string literals written in source code (`StaticString`);
/// every `String` that reaches a `Markup` value is escaped (`& < > " '`, plus characters that are
/// not allowed in XML, which become U+FFFD). So data can never inject tags or attributes:
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let m: Markup = "<p class=\"quote\">\(name)</p>"
/// m.rendered // "<p class=\"quote\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"
/// ```
///
/// Interpolations accept `String` (escaped), `Markup` (kept), `[Markup]` (joined), `Int`, and
/// `Double` with fixed decimals. There is deliberately no generic interpolation.
public struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup text, ready to write.
    public private(set) var rendered: String

    /// Empty markup.
    public init() { rendered = "" }

    /// Raw markup from a literal in source code.
    public init(stringLiteral value: StaticString) {
        rendered = value.description
    }

    /// Markup built from a literal with escaped interpolations.
    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.output
    }

    /// Text from data, escaped.
    ///
    /// ```swift
    /// Markup(text: "a < b").rendered // "a &lt; b"
    /// ```
    public init(text: String) {
        rendered = HTMLEscaping.escape(text)
    }

    public var description: String { rendered }

    /// Markup followed by other markup.
    public static func + (lhs: Markup, rhs: Markup) -> Markup {
        var m = lhs
        m.rendered += rhs.rendered
        return m
    }

    /// Appends other markup.
    public static func += (lhs: inout Markup, rhs: Markup) {
        lhs.rendered += rhs.rendered
    }

    /// Markup fragments joined, optionally with a literal separator.
    ///
    /// ```swift
    /// Markup.joined(["<li>a</li>", "<li>b</li>"], separator: "\n")
    /// ```
    public static func joined(_ parts: [Markup], separator: Markup = Markup()) -> Markup {
        var m = Markup()
        for (i, p) in parts.enumerated() {
            if i > 0 { m.rendered += separator.rendered }
            m.rendered += p.rendered
        }
        return m
    }

    /// The interpolation of a `Markup` literal: literal segments are kept, data is escaped.
    public struct Interpolation: StringInterpolationProtocol {
        public typealias StringLiteralType = StaticString
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// A literal segment from source code, kept as markup.
        public mutating func appendLiteral(_ literal: StaticString) {
            output += literal.description
        }

        /// Text from data, escaped.
        public mutating func appendInterpolation(_ text: String) {
            HTMLEscaping.escape(text, into: &output)
        }

        /// Markup, kept.
        public mutating func appendInterpolation(_ markup: Markup) {
            output += markup.rendered
        }

        /// Markup fragments, concatenated.
        public mutating func appendInterpolation(_ markups: [Markup]) {
            for m in markups { output += m.rendered }
        }

        /// An integer in decimal.
        public mutating func appendInterpolation(_ value: Int) {
            output += String(value)
        }

        /// A number with a fixed number of decimals (see ``NumberFormat/fixed(_:decimals:)``).
        public mutating func appendInterpolation(_ value: Double, decimals: Int) {
            output += NumberFormat.fixed(value, decimals: decimals)
        }
    }
}
