import Foundation

/// A survey tool whose export layout is recognised from its header, so its
/// extra header rows are skipped, its questions are named by their text, and
/// its metadata columns (IP address, duration, progress…) are ignored.
///
/// Survey timing (Qualtrics `StartDate`/`EndDate`, 问卷星 `所用时间`) is never
/// taken for a response time: one timestamp becomes the record's date, the
/// others are ignored.
///
/// ```swift
/// let layout = SurveyPreset.layout(of: rows)   // rows of a 问卷星 export
/// layout?.preset                               // .wenjuanxing
/// ```
enum SurveyPreset: String, Sendable, CaseIterable {
    /// Qualtrics: ids (`Q1`, `StartDate`), question text, then `{"ImportId":"QID1"}`.
    case qualtrics
    /// SurveyMonkey: questions, then a row of sub-answers (`Response`, `Open-Ended Response`).
    case surveyMonkey = "surveymonkey"
    /// Google Forms: `Timestamp` first, questions as headers.
    case googleForms = "google-forms"
    /// 问卷星: 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, then `1、…` questions.
    case wenjuanxing
    /// 腾讯问卷: 编号, 开始答题时间, 结束答题时间, 答题时长, 地理位置…, then questions.
    case tencentSurvey = "tencent-survey"

    /// The layout of `rows` when they start like an export of a known tool.
    static func layout(of rows: [TableRow]) -> TableLayout? {
        guard let first = rows.first else { return nil }
        let keys = Set(first.cells.map(FieldNames.normalize))
        if keys.contains("responseid") && (keys.contains("startdate") || keys.contains("recordeddate"))
            || rows.dropFirst(2).first.map(hasImportIds) == true {
            return qualtrics(rows)
        }
        if keys.contains("respondentid") && keys.contains("collectorid") { return surveyMonkey(rows) }
        if keys.contains("序号") && keys.contains("提交答卷时间") { return wenjuanxing(first) }
        if keys.contains("编号") && (keys.contains("开始答题时间") || keys.contains("结束答题时间") || keys.contains("答题时长")) {
            return tencent(first)
        }
        if let head = first.cells.first, ["timestamp", "时间戳记", "時間戳記", "时间戳"].contains(FieldNames.normalize(head)) {
            return googleForms(first)
        }
        return nil
    }

    // MARK: - Qualtrics

    private static func hasImportIds(_ row: TableRow) -> Bool {
        row.cells.contains { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }
    }

    private static let qualtricsIgnored: Set<String> = [
        "status", "ipaddress", "progress", "durationinseconds", "finished", "recipientlastname",
        "recipientfirstname", "recipientemail", "externalreference", "externaldatareference",
        "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
    ]

    private static func qualtrics(_ rows: [TableRow]) -> TableLayout {
        let ids = rows[0].cells
        let hasImportRow = rows.count > 2 && hasImportIds(rows[2])
        let labels = rows.count > 1 ? rows[1].cells : []
        // Legacy exports have two header rows (ids, text); a second row whose
        // metadata cells read like labels ("Start Date") is a header too.
        let secondIsHeader = hasImportRow || labels.contains { ["startdate", "responseid", "recordeddate"].contains(FieldNames.normalize($0)) }
        let headerRows = hasImportRow ? 3 : (secondIsHeader ? 2 : 1)
        let keys = ids.map(FieldNames.normalize)
        let dateKey = ["recordeddate", "enddate", "startdate"].first { keys.contains($0) }
        var display: [String] = []
        var lookup: [String] = []
        var fixed: [ColumnRole?] = []
        for (i, id) in ids.enumerated() {
            let key = keys[i]
            let label = i < labels.count && secondIsHeader ? TableLayout.trimmed(labels[i]) : ""
            var role: ColumnRole?
            if key == dateKey { role = .date } else if ["startdate", "enddate", "recordeddate"].contains(key) {
                role = .ignore
            } else if key == "responseid" {
                role = .id
            } else if qualtricsIgnored.contains(key) || key.hasSuffix("npsgroup") || id.hasPrefix("Q_") {
                role = .ignore
            }
            fixed.append(role)
            // Questions are named by their text; metadata keeps its short id.
            let isQuestion = role == nil && !label.isEmpty
            display.append(isQuestion ? label : id)
            lookup.append(isQuestion ? label : id)
        }
        return TableLayout(headerRowCount: headerRows, names: TableLayout.uniqueNames(display), lookupNames: lookup,
                           fixedRoles: fixed, preset: .qualtrics)
    }

    // MARK: - SurveyMonkey

    private static let monkeyGeneric: Set<String> = ["", "response", "openendedresponse", "回答", "开放式回答"]
    private static let monkeyIgnored: Set<String> = [
        "collectorid", "startdate", "ipaddress", "emailaddress", "firstname", "lastname",
    ]

    private static func surveyMonkey(_ rows: [TableRow]) -> TableLayout {
        let questions = rows[0].cells
        let subs = rows.count > 1 ? rows[1].cells : []
        // The second row holds sub-answers; its metadata cells are blank.
        let secondIsHeader = subs.first.map { TableLayout.trimmed($0).isEmpty } ?? false
            || subs.contains { monkeyGeneric.contains(FieldNames.normalize($0)) && !$0.isEmpty }
        var display: [String] = []
        var lookup: [String] = []
        var fixed: [ColumnRole?] = []
        var current = ""
        for (i, cell) in questions.enumerated() {
            let question = TableLayout.trimmed(cell)
            if !question.isEmpty { current = question }
            let sub = secondIsHeader && i < subs.count ? TableLayout.trimmed(subs[i]) : ""
            let key = FieldNames.normalize(current)
            var role: ColumnRole?
            if key == "respondentid" { role = .id } else if key == "enddate" { role = .date } else if monkeyIgnored.contains(key) {
                role = .ignore
            }
            fixed.append(role)
            // A multi-column question (one column per option) names each column "question / option".
            let name = monkeyGeneric.contains(FieldNames.normalize(sub)) ? current : "\(current) / \(sub)"
            display.append(name)
            lookup.append(current)
        }
        return TableLayout(headerRowCount: secondIsHeader ? 2 : 1, names: TableLayout.uniqueNames(display),
                           lookupNames: lookup, fixedRoles: fixed, preset: .surveyMonkey)
    }

    // MARK: - Google Forms

    private static func googleForms(_ header: TableRow) -> TableLayout {
        let fixed: [ColumnRole?] = header.cells.enumerated().map { i, cell in
            let key = FieldNames.normalize(cell)
            if i == 0 { return .date }
            if ["emailaddress", "电子邮件地址", "電子郵件地址", "email"].contains(key) { return .ignore }
            if ["score", "分数", "得分", "總分", "总分"].contains(key) { return .field }  // quiz score, not a rating
            return nil
        }
        return simple(header, fixed: fixed, preset: .googleForms)
    }

    // MARK: - 问卷星 (Wenjuanxing)

    private static func wenjuanxing(_ header: TableRow) -> TableLayout {
        let fixed: [ColumnRole?] = header.cells.map { cell in
            switch FieldNames.normalize(cell) {
            case "序号": return .id
            case "提交答卷时间": return .date
            case "所用时间", "来源详情", "来自ip", "ip", "ip地址": return .ignore
            case "来源": return .channel
            case "总分": return .field
            default: return nil
            }
        }
        return simple(header, fixed: fixed, preset: .wenjuanxing)
    }

    // MARK: - 腾讯问卷 (Tencent Survey)

    private static func tencent(_ header: TableRow) -> TableLayout {
        let fixed: [ColumnRole?] = header.cells.map { cell in
            let key = FieldNames.normalize(cell)
            switch key {
            case "编号": return .id
            case "结束答题时间": return .date
            case "开始答题时间", "答题时长", "ip", "ip地址", "用户id", "openid", "用户标识": return .ignore
            case "来源": return .channel
            case "自定义字段": return .field
            default: return key.hasPrefix("地理位置") ? .segment : nil
            }
        }
        return simple(header, fixed: fixed, preset: .tencentSurvey)
    }

    /// One header row: names as written, roles looked up without a leading question number (`3、`, `Q3.`).
    private static func simple(_ header: TableRow, fixed: [ColumnRole?], preset: SurveyPreset) -> TableLayout {
        TableLayout(headerRowCount: 1, names: TableLayout.uniqueNames(header.cells),
                    lookupNames: header.cells.map(questionText), fixedRoles: fixed, preset: preset)
    }

    /// `3、您还有什么建议？` → `您还有什么建议？`; `Q3. Why?` → `Why?`.
    static func questionText(_ header: String) -> String {
        let s = TableLayout.trimmed(header)
        var rest = Substring(s)
        if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return s }
        rest = rest.dropFirst(digits.count)
        guard let sep = rest.first, ["、", ".", "．", ":", "：", ")", "）"].contains(sep) else { return s }
        let text = TableLayout.trimmed(String(rest.dropFirst()))
        return text.isEmpty ? s : text
    }
}
