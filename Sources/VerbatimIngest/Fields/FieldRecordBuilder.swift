import Foundation
import VerbatimModel
import VerbatimXML

/// Turns named values (JSON keys, XML elements and attributes, table cells
/// with roles) into a ``Record``.
///
/// Roles come from `--map` first, then the role a caller detected, then the
/// name itself (``FieldNames``); unknown names are kept as plain fields.
/// Values that do not parse (a rating of "abc", a date of "yesterday") are
/// reported as warnings and dropped from the record, never guessed.
public struct FieldRecordBuilder {
    /// One named value, with the role the caller already knows (nil: decide from the name).
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
        public var role: ColumnRole?

        public init(name: String, value: String, role: ColumnRole? = nil) {
            self.name = name
            self.value = value
            self.role = role
        }
    }

    public let options: IngestOptions
    /// How to read ambiguous `a/b/yyyy` dates, per field name (tables decide it per column).
    public var dayOrders: [String: DateParser.DayOrder] = [:]
    /// Rating scales per field name, when the caller knows them (tables measure them per column).
    public var ratingScales: [String: ClosedRange<Double>] = [:]
    private let mapped: [String: ColumnRole]
    /// Names seen before: roles and canonical segments are decided once per field name, not per
    /// record (name matching was ≈ 7 % of analyze's instructions, Benchmarks/perf/profile).
    private let names = NameCache()

    /// Per-name decisions, shared by copies of the builder (readers build from one thread).
    final class NameCache: @unchecked Sendable {
        var roles: [NameKey: ColumnRole] = [:]
        var canonical: [String: String?] = [:]
    }

    struct NameKey: Hashable {
        var name: String
        var detected: ColumnRole?
    }

    public init(options: IngestOptions) {
        self.options = options
        var m: [String: ColumnRole] = [:]
        for (role, column) in options.columnMap.assignments { m[column] = role }
        self.mapped = m
    }

    /// The role a field gets: the user's `--map`, else `detected`, else its name, else `.field`.
    public func role(forName name: String, detected: ColumnRole? = nil) -> ColumnRole {
        let key = NameKey(name: name, detected: detected)
        if let known = names.roles[key] { return known }
        let role = decideRole(forName: name, detected: detected)
        names.roles[key] = role
        return role
    }

    private func decideRole(forName name: String, detected: ColumnRole?) -> ColumnRole {
        if let r = mapped[name] { return r }
        if !options.columnMap.isEmpty, options.columnMap.assignments.contains(where: { $0.role == .text }),
           detected == .text || (detected == nil && FieldNames.role(forName: name) == .text) {
            // The user named the text columns: other text-looking columns are plain fields.
            return .field
        }
        return detected ?? FieldNames.role(forName: name) ?? .field
    }

    /// Builds a record from fields in input order. Returns nil (and reports a
    /// skip) when the fields hold nothing countable: no text, score or date.
    public func build(_ fields: [Field], source: RecordSource, sink: RecordSink) -> Record? {
        build(fields, source: source, sink: sink, rolesResolved: false)
    }

    /// As ``build(_:source:sink:)``; with `rolesResolved` each field's `role` is already what
    /// ``role(forName:detected:)`` gives (tables resolve it once per column, not per row).
    func build(_ fields: [Field], source: RecordSource, sink: RecordSink, rolesResolved: Bool) -> Record? {
        var record = Record(source: source)
        for field in fields {
            let role = rolesResolved ? (field.role ?? .field) : role(forName: field.name, detected: field.role)
            add(field.value, as: column(named: field.name, role: role), to: &record, sink: sink)
        }
        return finish(&record, sink: sink) ? record : nil
    }

    /// What ``add(_:as:to:sink:)`` needs to know of a field besides its value, looked up once
    /// per table column instead of per row (the name's rating scale, day order and canonical
    /// segment name were dictionary lookups by name for every cell, and the fields an array
    /// per row: ≈ 3,000 instructions a CSV row; callgrind).
    final class Column: Sendable {
        let name: String
        let role: ColumnRole
        /// `ratingScales[name]`, for ratings and recommend answers.
        let scale: ClosedRange<Double>?
        /// `dayOrders[name]`, for dates.
        let dayOrder: DateParser.DayOrder?
        /// The canonical segment name, for segments.
        let canonical: String?

        init(name: String, role: ColumnRole, scale: ClosedRange<Double>?, dayOrder: DateParser.DayOrder?, canonical: String?) {
            self.name = name
            self.role = role
            self.scale = scale
            self.dayOrder = dayOrder
            self.canonical = canonical
        }
    }

    /// The column of a field named `name` whose role is already resolved.
    func column(named name: String, role: ColumnRole) -> Column {
        Column(
            name: name, role: role,
            scale: role == .rating || role == .recommend ? ratingScales[name] : nil,
            dayOrder: role == .date || role == .answeredDate ? dayOrders[name] : nil,
            canonical: role == .segment ? canonicalSegment(name) : nil)
    }

    /// Adds one field's value to `record` (what ``build(_:source:sink:)`` does with each field);
    /// a value that does not parse is reported to the sink and dropped.
    func add(_ raw: String, as column: Column, to record: inout Record, sink: RecordSink) {
        let value = Self.trimmed(raw)
        let role = column.role
        switch role {
        case .text:
            if !value.isEmpty && !Self.isNoAnswerMarker(value) {
                record.texts.append(TextField(question: column.name, text: raw))
            }
        case .id: if record.id == nil, !value.isEmpty { record.id = value }
        case .rating, .recommend:
            if value.isEmpty { return }
            guard let number = Self.number(value) else {
                sink.warn(IngestError(.badValue, path: record.source.file, line: record.source.line,
                                      message: "\(role.rawValue) '\(column.name)' is not a number; value dropped"))
                return
            }
            let scale = column.scale ?? Self.defaultScale(for: role, value: number)
            let rating = Rating(value: number, scaleMin: scale.lowerBound, scaleMax: scale.upperBound)
            if role == .rating { if record.rating == nil { record.rating = rating } } else if record.recommend == nil {
                record.recommend = rating
            }
        case .date, .answeredDate:
            if value.isEmpty { return }
            guard let date = DateParser.parse(value, order: column.dayOrder) else {
                sink.warn(IngestError(.badValue, path: record.source.file, line: record.source.line,
                                      message: "\(column.name): unreadable date; value dropped"))
                return
            }
            if role == .date { if record.date == nil { record.date = date } } else if record.answeredDate == nil {
                record.answeredDate = date
            }
        case .author: setOnce(&record.author, value)
        case .brand: setOnce(&record.brand, value)
        case .product: setOnce(&record.product, value)
        case .store: setOnce(&record.store, value)
        case .channel: setOnce(&record.channel, Self.withoutMarkup(value))
        case .segment:
            if value.isEmpty { return }
            record.segments[column.name] = value
            // Also under its canonical name (region, age…), so one --segment-by spans files.
            if let canonical = column.canonical, record.segments[canonical] == nil {
                record.segments[canonical] = value
            }
        case .field: if !value.isEmpty { record.fields[column.name] = value }
        case .ignore: return
        }
    }

    /// Completes the record once all its fields are added: its response time; false (and a
    /// skip reported) when it holds nothing countable — no text, score, date or field.
    func finish(_ record: inout Record, sink: RecordSink) -> Bool {
        if let created = record.date, let answered = record.answeredDate,
           created.secondOfDay != nil, answered.secondOfDay != nil {
            record.responseTimeSeconds = Double(answered.epochSeconds - created.epochSeconds)
        }
        if !record.hasText && record.rating == nil && record.recommend == nil && record.date == nil
            && record.fields.isEmpty && record.segments.isEmpty {
            let source = record.source
            sink.skip(IngestError(.emptyRecord, path: source.file, line: source.line,
                                  message: "record \(source.ordinal) holds no text, score, date or field"))
            return false
        }
        return true
    }

    /// What survey tools write for an unanswered open question (问卷星 `(空)`, `(跳过)`):
    /// not text, so the respondent counts as having written nothing.
    public static let noAnswerMarkers: Set<String> = ["(空)", "（空）", "(跳过)", "（跳过）", "N/A", "n/a", "#N/A"]

    /// ``noAnswerMarkers`` hold at most this many UTF-8 bytes: longer answers skip hashing.
    private static let maxMarkerBytes = noAnswerMarkers.map(\.utf8.count).max() ?? 0

    static func isNoAnswerMarker(_ value: String) -> Bool {
        value.utf8.count <= maxMarkerBytes && noAnswerMarkers.contains(value)
    }

    /// `trimmedWhitespace`, answering at once (without copying) when neither end is white space.
    static func trimmed(_ s: String) -> String {
        // The first and last scalars decoded from the bytes in place (cells are native strings;
        // `unicodeScalars.last` on a Chinese answer ending in "。" cost ≈ 150 instructions).
        var copy = s
        let solid: Bool = copy.withUTF8 { b in
            guard let lastIndex = b.indices.last else { return true }  // "" trims to itself
            let asciiSolid: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
            let first = b[0], last = b[lastIndex]
            if asciiSolid(first) && asciiSolid(last) { return true }
            // An ASCII end must be solid; a non-ASCII end must not be white space.
            if first < 0x80 { if !asciiSolid(first) { return false } } else if isWhitespace(scalar(in: b, at: 0)) { return false }
            if last < 0x80 { return asciiSolid(last) }
            var start = lastIndex
            while b[start] & 0xC0 == 0x80 { start -= 1 }
            return !isWhitespace(scalar(in: b, at: start))
        }
        return solid ? s : s.trimmedWhitespace
    }

    /// The scalar whose lead byte is at `i` in valid UTF-8.
    private static func scalar(in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let lead = UInt32(b[i])
        let v: UInt32
        if lead < 0x80 {
            v = lead
        } else if lead < 0xE0 {
            v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        } else if lead < 0xF0 {
            v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        } else {
            v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// `properties.isWhitespace` (Unicode White_Space, a fixed list) without the property
    /// lookup: answers end in "。" or "！" on every Chinese row.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private func canonicalSegment(_ name: String) -> String? {
        if let known = names.canonical[name] { return known }
        let canonical = FieldNames.canonicalSegment(forName: name)
        names.canonical[name] = canonical
        return canonical
    }

    /// `<a href="…">Twitter for iPhone</a>` → `Twitter for iPhone`: exports put links in source
    /// fields. The XML/HTML readers' own converter, so entities are decoded the same way.
    static func withoutMarkup(_ value: String) -> String {
        guard HTMLText.containsMarkup(value) else { return value }
        let text = HTMLText.plainText(fromHTML: value).trimmedWhitespace
        return text.isEmpty ? value : text
    }

    private func setOnce(_ slot: inout String?, _ value: String) {
        if slot == nil, !value.isEmpty { slot = value }
    }

    /// A number from `4`, `4.5`, `4,5`, `4/5`, `4 stars`, `4星`, `★★★★☆`.
    public static func number(_ text: String) -> Double? {
        // The usual cell ("4", "8.5"): only digits and dots, which the loop below would copy whole.
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) {
            // Up to 15 digits and no dot is an integer below 2^53: exact as a Double, no strtod.
            if text.utf8.count <= 15, !text.utf8.contains(0x2E) {
                var v = 0
                for b in text.utf8 { v = v * 10 + Int(b - 0x30) }
                return Double(v)
            }
            return Double(text)
        }
        let stars = text.filter { $0 == "★" }.count
        if stars > 0, text.allSatisfy({ $0 == "★" || $0 == "☆" || $0 == " " }) { return Double(stars) }
        var digits = ""
        for ch in text {
            if ch.isASCII && (ch.isNumber || ch == "." || ch == "-") { digits.append(ch) } else if ch == "," && !digits.isEmpty {
                digits.append(".")
            } else if !digits.isEmpty { break } else if !ch.isWhitespace { return nil }
        }
        return Double(digits)
    }

    /// The scale assumed when nothing measured it: 0–10 for recommend; 1–5 for
    /// ratings up to 5, 1–10 up to 10, else 0–100.
    public static func defaultScale(for role: ColumnRole, value: Double) -> ClosedRange<Double> {
        if role == .recommend { return 0...10 }
        if value <= 5 { return 1...5 }
        if value <= 10 { return 1...10 }
        return 0...100
    }
}
