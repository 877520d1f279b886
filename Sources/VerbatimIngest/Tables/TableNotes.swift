/// Reports what ``TablePlan`` decided, for `inspect` and the run summary:
/// `preset`, `header`, one `column <name>` note per column in order,
/// `day order <name>` for date columns, and a `roles` summary.
///
/// ```
/// preset          qualtrics
/// header          rows 1–3
/// column Q2       text by name (e.g. 'The room was clean but the check-in…')
/// column NPS      recommend 0–10 by content (e.g. '9')
/// roles           text: Q2; recommend: NPS (0–10); date: RecordedDate; ignore: 9 columns
/// ```
///
/// Ignored columns show no example: they are mostly personal metadata (IP
/// addresses, e-mail addresses).
enum TableNotes {
    static func report(layout: TableLayout, decisions: [ColumnDecision], profiles: [ColumnProfile],
                       dayOrders: [String: (DateParser.DayOrder, String)], sink: RecordSink) {
        if let preset = layout.preset { sink.note("preset", preset.rawValue) }
        switch layout.headerRowCount {
        case 0: sink.note("header", "none (columns named column 1…\(layout.names.count))")
        case 1: sink.note("header", "row 1")
        case let n: sink.note("header", "rows 1–\(n)")
        }
        for (i, name) in layout.names.enumerated() {
            let d = decisions[i]
            var value = label(d) + " by \(d.basis.rawValue)"
            if d.role != .ignore, let example = profiles[i].example { value += " (e.g. '\(short(example))')" }
            sink.note("column \(name)", value)
            if let (order, reason) = dayOrders[name] { sink.note("day order \(name)", "\(order.rawValue) (\(reason))") }
        }
        sink.note("roles", summary(names: layout.names, decisions: decisions))
    }

    static func label(_ d: ColumnDecision) -> String {
        guard let scale = d.scale else { return d.role.rawValue }
        return "\(d.role.rawValue) \(RatingScale.label(scale))"
    }

    /// `text: Q2, Q3; rating: Q1 (1–5); ignore: 4 columns`, roles in their declared order.
    static func summary(names: [String], decisions: [ColumnDecision]) -> String {
        var parts: [String] = []
        for role in ColumnRole.allCases {
            let columns = names.indices.filter { decisions[$0].role == role }
            if columns.isEmpty { continue }
            if role == .ignore || role == .field, columns.count > 6 {
                parts.append("\(role.rawValue): \(columns.count) columns")
                continue
            }
            let list = columns.map { i in
                decisions[i].scale.map { "\(names[i]) (\(RatingScale.label($0)))" } ?? names[i]
            }
            parts.append("\(role.rawValue): " + list.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// At most 40 characters on one line, `…` when cut.
    static func short(_ s: String) -> String {
        let line = String(s.map { $0.isNewline ? " " : $0 })
        return line.count <= 40 ? line : String(line.prefix(39)) + "…"
    }
}
