import VerbatimModel

/// Turns one JSON object into named fields for ``FieldRecordBuilder``.
///
/// - Nested objects become dotted names (`user.name`, `user.location`).
/// - Arrays of scalars are joined with `;`; arrays holding objects or arrays
///   are left out (tweet `entities`, image lists) and listed in `dropped`.
/// - Numbers keep their written digits (ids) or print canonically (`4.0` → `4`);
///   `null` gives no field.
/// - Roles: top-level names go to ``FieldNames`` (plus `id_str` → id). Nested
///   names take the role of their full name (`review.text`, `rating.value`),
///   else of their leaf (`content.body` → text), never id or author from a
///   leaf alone. Inside an author object (`user`, `author`, `reviewer`,
///   `customer`) the best name key (`screen_name`, `username`, … `name`) is the
///   author, a location is a segment, the rest plain fields (so `user.description`
///   is not mistaken for the review). `product.name`, `store.name`… take the
///   parent's role. Objects that describe something else (`entities`,
///   `retweeted_status`, `place`, `meta`) give plain fields only.
struct JSONFieldFlattener {
    typealias Field = FieldRecordBuilder.Field

    private(set) var fields: [Field] = []
    /// Names of values left out (arrays of objects), in input order.
    private(set) var dropped: [String] = []

    static let authorParents: Set<String> = ["user", "author", "reviewer", "customer", "owner", "poster", "from", "by", "member"]
    static let authorKeys = ["screen_name", "screenname", "username", "user_name", "login", "nickname", "display_name",
                             "displayname", "name", "nick", "昵称", "用户名"]
    static let locationKeys: Set<String> = ["location", "city", "country", "region", "province", "state", "地区", "城市", "省份"]
    static let otherEntityParents: Set<String> = ["entities", "extended_entities", "retweeted_status", "quoted_status",
                                                  "place", "coordinates", "geo", "meta", "metadata", "_meta", "links", "_links"]
    static let nameLeaves: Set<String> = ["name", "title", "label", "名称"]
    /// Single keys that wrap the real record (`{"tweet": {…}}` in Twitter archives).
    static let wrapperKeys: Set<String> = ["tweet", "review", "item", "record", "node", "data", "comment", "post"]

    /// The object inside a single-key wrapper, or the object itself.
    static func unwrap(_ members: [JSONValue.Member]) -> [JSONValue.Member] {
        if members.count == 1, wrapperKeys.contains(members[0].key.lowercased()), case .object(let inner) = members[0].value {
            return inner
        }
        return members
    }

    static func flatten(_ members: [JSONValue.Member]) -> JSONFieldFlattener {
        var f = JSONFieldFlattener()
        f.walk(members, prefix: "", parent: nil)
        return f
    }

    private enum Parent {
        case author(bestNameKey: String?)
        case otherEntity
        case role(ColumnRole?)
    }

    private mutating func walk(_ members: [JSONValue.Member], prefix: String, parent: Parent?) {
        for member in members {
            let key = member.key
            let value = member.value
            let name = prefix + key
            switch value {
            case .object(let inner):
                walk(inner, prefix: name + ".", parent: Self.parentKind(key, inner, enclosing: parent))
            case .array(let items):
                var parts: [String] = []
                var scalarsOnly = true
                for item in items {
                    if case .null = item { continue }
                    guard let text = item.scalarText else {
                        scalarsOnly = false
                        break
                    }
                    parts.append(text)
                }
                if !scalarsOnly {
                    if dropped.count < 64, !dropped.contains(name) { dropped.append(name) }
                } else if !parts.isEmpty {
                    fields.append(Field(name: name, value: parts.joined(separator: ";"), role: role(key, name, parent)))
                }
            case .null:
                continue
            case .string(let text):
                fields.append(Field(name: name, value: text, role: role(key, name, parent)))
            default:
                fields.append(scalarField(value, key: key, name: name, parent: parent))
            }
        }
    }

    /// A number or boolean: never an open answer (`unixReviewTime` is no review),
    /// and a date given as Unix seconds or milliseconds is written as ISO 8601 (UTC).
    private func scalarField(_ value: JSONValue, key: String, name: String, parent: Parent?) -> Field {
        let text = value.scalarText ?? ""
        var r = role(key, name, parent) ?? FieldNames.role(forName: name) ?? .field
        if r == .text { r = .field }
        if r == .date || r == .answeredDate, case .number(let raw) = value, let iso = Self.epochDate(raw) {
            return Field(name: name, value: iso, role: r)
        }
        return Field(name: name, value: text, role: r)
    }

    /// `1253232000` (seconds, 10 digits) or `1253232000000` (milliseconds, 13 digits) as an ISO UTC date;
    /// nil for other numbers (a 4-digit year, an Excel serial…), which stay as written.
    static func epochDate(_ raw: String) -> String? {
        guard raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), raw.utf8.count == 10 || raw.utf8.count == 13,
              var seconds = Int(raw) else { return nil }
        if raw.utf8.count == 13 { seconds /= 1000 }
        return RecordDate(daysSinceEpoch: seconds / 86400, secondOfDay: seconds % 86400, utcOffsetMinutes: 0).description
    }

    private static func parentKind(_ key: String, _ inner: [JSONValue.Member], enclosing: Parent?) -> Parent {
        let lower = key.lowercased()
        if case .otherEntity? = enclosing { return .otherEntity }
        if otherEntityParents.contains(lower) { return .otherEntity }
        if authorParents.contains(lower) || FieldNames.role(forName: key) == .author {
            let present = Set(inner.compactMap { m -> String? in
                if case .string(let s) = m.value, !s.isEmpty { return m.key.lowercased() }
                return nil
            })
            return .author(bestNameKey: authorKeys.first { present.contains($0) })
        }
        return .role(FieldNames.role(forName: key))
    }

    private func role(_ leaf: String, _ full: String, _ parent: Parent?) -> ColumnRole? {
        guard let parent else {
            return leaf == "id_str" ? .id : nil  // the builder asks FieldNames
        }
        let lower = leaf.lowercased()
        switch parent {
        case .otherEntity:
            return .field
        case .author(let best):
            if lower == best { return .author }
            return Self.locationKeys.contains(lower) ? .segment : .field
        case .role(let parentRole):
            if let parentRole, [.product, .store, .brand, .channel].contains(parentRole), Self.nameLeaves.contains(lower) {
                return parentRole
            }
            if let r = FieldNames.role(forName: full), r != .id, r != .author { return r }
            if let r = FieldNames.role(forName: leaf), r != .id, r != .author { return r }
            return .field
        }
    }
}
