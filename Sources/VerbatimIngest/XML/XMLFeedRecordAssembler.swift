import VerbatimModel
import VerbatimXML

/// Turns one record's raw XML fields into a ``Record`` (or a skip), applying
/// the preset's names and roles, HTML stripping and joining of repeated values.
struct XMLFeedRecordAssembler {
    let file: InputFile
    let options: IngestOptions
    let preset: XMLFeedPreset
    let builder: FieldRecordBuilder
    /// The app named by an App Store feed's first entry (the product of the reviews).
    private(set) var appName: String?
    private let userMapped: Set<String>

    /// Leaf names that mean "the parent's value" (`author/name`, `rating@value`).
    static let genericLeaves: Set<String> = ["name", "value", "#text", "displayname", "fullname", "label"]

    init(file: InputFile, options: IngestOptions, preset: XMLFeedPreset) {
        self.file = file
        self.options = options
        self.preset = preset
        self.builder = FieldRecordBuilder(options: options)
        self.userMapped = Set(options.columnMap.assignments.map(\.column))
    }

    mutating func finish(_ collector: XMLRecordCollector, recordName: String, line: Int, ordinal: Int, sink: RecordSink) {
        let source = RecordSource(file: file.displayPath, line: line, ordinal: ordinal)
        if let big = collector.oversizedField {
            sink.skip(IngestError(.oversizedField, path: file.displayPath, line: line,
                                  message: "record \(ordinal) <\(recordName)>: '\(big)' is larger than \(options.maxFieldBytes) bytes (--max-field-bytes)"))
            return
        }
        var fields = fields(from: collector.finish(), recordName: recordName)

        if preset == .appStore {
            let hasReview = fields.contains { ($0.role == .text || $0.role == .rating) && !$0.value.isEmpty }
            if !hasReview {
                if let name = fields.first(where: { $0.name == "im:name" })?.value, !name.isEmpty { appName = name }
                sink.skip(IngestError(.unusableRecord, path: file.displayPath, line: line,
                                      message: "entry \(ordinal) describes the app itself (no review content or rating)"))
                return
            }
            if let appName { fields.append(FieldRecordBuilder.Field(name: "app", value: appName, role: .product)) }
            fields.append(FieldRecordBuilder.Field(name: "channel", value: "App Store", role: .channel))
        }
        if let record = builder.build(fields, source: source, sink: sink) { sink.emit(record) }
    }

    /// Named, typed, cleaned and merged fields in document order.
    func fields(from raw: [XMLRecordCollector.RawField], recordName: String) -> [FieldRecordBuilder.Field] {
        struct Entry { var name: String; var role: ColumnRole; var values: [(String, Bool)] }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for field in raw {
            var name = preset.renames[field.name] ?? field.name
            var detected: ColumnRole?
            if field.isOwnText {
                name = recordName
                detected = .text
            } else {
                detected = preset.role(forField: name) ?? (field.isNested ? Self.nestedRole(name) : nil)
            }
            var role = builder.role(forName: name, detected: detected)
            if role == .text, !field.isOwnText, !userMapped.contains(name), !preset.allowsText(name),
               preset.role(forField: name) == nil {
                role = .field
            }
            var value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if field.isHTML || (role == .text && HTMLText.containsMarkup(value)) {
                value = HTMLText.plainText(fromHTML: value)
            }
            if let i = index[name] {
                entries[i].values.append((value, field.isHTML))
            } else {
                index[name] = entries.count
                entries.append(Entry(name: name, role: role, values: [(value, field.isHTML)]))
            }
        }
        var out: [FieldRecordBuilder.Field] = []
        for entry in entries {
            var values = entry.values
            if values.contains(where: { !$0.1 && !$0.0.isEmpty }) { values.removeAll { $0.1 } }
            if entry.role == .text {
                for (value, _) in values where !value.isEmpty {
                    out.append(FieldRecordBuilder.Field(name: entry.name, value: value, role: .text))
                }
            } else {
                let joined = values.map(\.0).filter { !$0.isEmpty }.joined(separator: ";")
                out.append(FieldRecordBuilder.Field(name: entry.name, value: joined, role: entry.role))
            }
        }
        return out
    }

    /// The role of a nested field (`author/name`, `link@href`): a generic leaf
    /// takes its parent's meaning; attributes are never review text.
    static func nestedRole(_ name: String) -> ColumnRole {
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "@" }).map(String.init)
        guard let leaf = parts.last else { return .field }
        if genericLeaves.contains(leaf.lowercased()), parts.count >= 2 {
            return FieldNames.role(forName: parts[parts.count - 2]) ?? .field
        }
        let role = FieldNames.role(forName: leaf) ?? .field
        if role == .text && name.contains("@") { return .field }
        return role
    }
}
