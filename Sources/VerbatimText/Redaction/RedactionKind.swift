/// A kind of personal data that ``Redactor`` masks; its raw value names the placeholder.
///
/// ```swift
/// RedactionKind.idCard.placeholder  // "[id-card]"
/// ```
public enum RedactionKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case email
    case phone
    case idCard = "id-card"
    case card
    case ip
    case wechat
    case qq

    /// The text that replaces a match, e.g. "[phone]".
    public var placeholder: String { "[\(rawValue)]" }

    /// Which kind wins when two matches overlap (lower first): an e-mail beats the digits in it,
    /// an id written after "微信" is a WeChat id even if it looks like a phone number.
    var priority: Int {
        switch self {
        case .email: 0
        case .wechat: 1
        case .qq: 2
        case .idCard: 3
        case .card: 4
        case .ip: 5
        case .phone: 6
        }
    }

    public static func < (a: RedactionKind, b: RedactionKind) -> Bool {
        a.priority < b.priority
    }
}
