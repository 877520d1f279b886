import Foundation

/// Everything the interpreter decides from a table's first rows: layout,
/// each column's role, and a record builder set up with the measured rating
/// scales and date day orders. Reports its decisions to the sink as notes.
///
/// ```swift
/// let plan = try TablePlan(sample: rows, file: file, options: options, sink: sink)
/// plan.decisions.map(\.role)   // [.id, .date, .text, .rating]
/// ```
struct TablePlan {
    var layout: TableLayout
    var decisions: [ColumnDecision]
    var builder: FieldRecordBuilder
    /// The first header row as written, to recognise a repeated header.
    var headerCells: [String]?

    /// Roles a record holds once (`FieldRecordBuilder` keeps the first): when
    /// `--map` names one, other columns detected with it become plain fields.
    static let singleRoles: Set<ColumnRole> = [.text, .id, .rating, .recommend, .date, .answeredDate, .author, .brand,
                                               .product, .store, .channel]

    init(sample: [TableRow], file: InputFile, options: IngestOptions, sink: RecordSink) throws(IngestError) {
        var layout = TableLayout.detect(sample)
        // Data rows of the sample, without repeats of the header (concatenated exports), which would blur the profiles.
        let data = sample.dropFirst(layout.headerRowCount).filter { layout.headerRowCount == 0 || $0.cells != sample[0].cells }
        // Width: the header's, or wider when most data rows are wider (an unnamed index column…);
        // without a header, the widest row.
        var counts: [Int: Int] = [:]
        for row in data { counts[row.cells.count, default: 0] += 1 }
        let modal = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 0
        let widest = data.map(\.cells.count).max() ?? 0
        layout.extend(to: layout.headerRowCount == 0 ? widest : max(layout.names.count, modal))
        let width = layout.names.count

        var profiles: [ColumnProfile] = []
        var columnValues: [[String]] = []
        for i in 0..<width {
            let values = data.map { i < $0.cells.count ? $0.cells[i] : "" }
            columnValues.append(values)
            profiles.append(ColumnProfile(values: values))
        }
        var decisions: [ColumnDecision] = (0..<width).map { i in
            let lookup = layout.lookupNames[i].isEmpty ? layout.names[i] : layout.lookupNames[i]
            return ColumnRoleDetector.decide(name: lookup, profile: profiles[i], fixed: layout.fixedRoles[i])
        }

        // --map: resolve each column, override its role, demote other columns holding a single-valued role.
        var mapped = ColumnMap()
        if !options.columnMap.isEmpty {
            let firstHeader = layout.headerRowCount > 0 ? sample[0].cells : []
            let aliases: [[String]] = (0..<width).map { i in
                var a = [layout.names[i]]
                if !layout.lookupNames[i].isEmpty { a.append(layout.lookupNames[i]) }
                if i < firstHeader.count { a.append(TableLayout.trimmed(firstHeader[i])) }
                return a
            }
            let picks = try ColumnMapResolver.resolve(options.columnMap, aliases: aliases, file: file.displayPath)
            let pickedIndexes = Set(picks.map(\.index))
            let pickedRoles = Set(picks.map(\.role))
            for i in 0..<width where !pickedIndexes.contains(i) {
                if pickedRoles.contains(decisions[i].role), Self.singleRoles.contains(decisions[i].role) {
                    decisions[i] = ColumnDecision(role: .field, basis: .map, scale: nil)
                }
            }
            for (role, i) in picks {
                let scale = ColumnRoleDetector.scale(for: role, profiles[i])
                decisions[i] = ColumnDecision(role: role, basis: .map, scale: scale)
                mapped.assignments.append((role, layout.names[i]))
            }
        }

        // The builder sees the resolved columns by their names (a letter or number in --map is already resolved).
        var builderOptions = options
        builderOptions.columnMap = mapped
        var builder = FieldRecordBuilder(options: builderOptions)
        var dayOrders: [String: (DateParser.DayOrder, String)] = [:]
        for i in 0..<width {
            let name = layout.names[i]
            let d = decisions[i]
            if let scale = d.scale { builder.ratingScales[name] = scale }
            if d.role == .date || d.role == .answeredDate, let order = DateParser.dayOrder(for: columnValues[i].filter { !$0.isEmpty }) {
                builder.dayOrders[name] = order.order
                dayOrders[name] = (order.order, order.reason)
            }
        }
        self.layout = layout
        self.decisions = decisions
        self.builder = builder
        self.headerCells = layout.headerRowCount > 0 ? sample[0].cells : nil
        TableNotes.report(layout: layout, decisions: decisions, profiles: profiles, dayOrders: dayOrders, sink: sink)
    }
}
