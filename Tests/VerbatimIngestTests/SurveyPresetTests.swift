import Testing
import VerbatimModel
@testable import VerbatimIngest

@Suite struct SurveyPresetTests {
    static let qualtrics: [[String]] = [
        ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
         "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",
         "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage", "Q1", "Q1_NPS_GROUP", "Q2", "Q3", "Q4"],
        ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
         "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email",
         "External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
         "How likely are you to recommend us to a friend or colleague?", "How likely are you to recommend us to a friend or colleague? - Group",
         "What is the main reason for your score?", "Overall, how satisfied were you with your stay?",
         "Is there anything else you would like to tell us?"],
        [#"{"ImportId":"startDate","timeZone":"America/Denver"}"#, #"{"ImportId":"endDate","timeZone":"America/Denver"}"#,
         #"{"ImportId":"status"}"#, #"{"ImportId":"ipAddress"}"#, #"{"ImportId":"progress"}"#, #"{"ImportId":"duration"}"#,
         #"{"ImportId":"finished"}"#, #"{"ImportId":"recordedDate","timeZone":"America/Denver"}"#, #"{"ImportId":"_recordId"}"#,
         #"{"ImportId":"recipientLastName"}"#, #"{"ImportId":"recipientFirstName"}"#, #"{"ImportId":"recipientEmail"}"#,
         #"{"ImportId":"externalDataReference"}"#, #"{"ImportId":"locationLatitude"}"#, #"{"ImportId":"locationLongitude"}"#,
         #"{"ImportId":"distributionChannel"}"#, #"{"ImportId":"userLanguage"}"#, #"{"ImportId":"QID1"}"#,
         #"{"ImportId":"QID1_NPS_GROUP"}"#, #"{"ImportId":"QID2_TEXT"}"#, #"{"ImportId":"QID3"}"#, #"{"ImportId":"QID4_TEXT"}"#],
        ["2024-03-01 09:58:02", "2024-03-01 10:03:40", "IP Address", "73.12.44.9", "100", "338", "True", "2024-03-01 10:03:41",
         "R_3kVx8mN2pQ1aB7c", "", "", "", "", "39.7392", "-104.9903", "anonymous", "EN", "9", "Promoter",
         "The front desk staff upgraded our room without us asking", "5", "Keep the pool open later"],
        ["2024-03-02 14:10:11", "2024-03-02 14:12:05", "IP Address", "98.4.120.33", "100", "114", "True", "2024-03-02 14:12:06",
         "R_1aZq9wLk3Jd8sEe", "", "", "", "", "40.0150", "-105.2705", "anonymous", "EN", "3", "Detractor",
         "Room smelled of smoke and nobody answered the phone", "2", ""],
        ["2024-03-03 08:01:00", "2024-03-03 08:02:30", "IP Address", "12.9.77.1", "100", "90", "True", "2024-03-03 08:02:31",
         "R_9pLm2nBv6Cx4zQa", "", "", "", "", "39.5501", "-105.7821", "anonymous", "EN", "7", "Passive", "", "4", ""],
        ["2024-03-04 19:45:13", "2024-03-04 19:49:59", "IP Address", "66.1.9.200", "100", "286", "True", "2024-03-04 19:50:00",
         "R_5tYh7uJm1Ki9oLp", "", "", "", "", "39.1000", "-104.8000", "anonymous", "EN", "10", "Promoter",
         "Spotless rooms, great breakfast", "5", "Thanks to Maria at the bar!"],
    ]

    @Test func qualtricsSkipsItsThreeHeaderRowsAndNamesQuestionsByText() throws {
        let sink = try interpret(Self.qualtrics)
        #expect(sink.noteValue("preset") == "qualtrics")
        #expect(sink.noteValue("header") == "rows 1–3")
        #expect(sink.records.count == 4)
        let r = sink.records[0]
        #expect(r.source == RecordSource(file: "t.csv", line: 4, ordinal: 1))
        #expect(r.id == "R_3kVx8mN2pQ1aB7c")
        #expect(r.recommend == Rating(value: 9, scaleMin: 0, scaleMax: 10))
        #expect(r.rating == Rating(value: 5, scaleMin: 1, scaleMax: 5))
        #expect(r.texts.map(\.question) == ["What is the main reason for your score?", "Is there anything else you would like to tell us?"])
        #expect(r.date == RecordDate(year: 2024, month: 3, day: 1, secondOfDay: 10 * 3600 + 3 * 60 + 41)
                    || r.date == RecordDate(year: 2024, month: 3, day: 1))  // the first date parser reads the day only
        // Survey timing is not a response time; metadata (IP, duration, location…) is dropped.
        #expect(r.answeredDate == nil && r.responseTimeSeconds == nil)
        #expect(r.fields.isEmpty && r.segments.isEmpty)
        #expect(roleNote(sink, "IPAddress") == "ignore")
        #expect(roleNote(sink, "Duration (in seconds)") == "ignore")
        #expect(roleNote(sink, "StartDate") == "ignore")
        #expect(roleNote(sink, "RecordedDate") == "date")
        // A respondent who only gave scores is still a record.
        #expect(sink.records[2].texts.isEmpty && sink.records[2].recommend?.value == 7)
    }

    @Test func qualtricsLegacyExportWithTwoHeaderRows() throws {
        let rows = Self.qualtrics.enumerated().filter { $0.offset != 2 }.map(\.element)
        let sink = try interpret(rows)
        #expect(sink.noteValue("preset") == "qualtrics")
        #expect(sink.noteValue("header") == "rows 1–2")
        #expect(sink.records.count == 4)
    }

    @Test func surveyMonkeyReadsQuestionsAndSubAnswerRow() throws {
        let sink = try interpret([
            ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name",
             "How likely is it that you would recommend this company to a friend or colleague?", "What is the main reason for your score?",
             "Which channels do you use?", "", "Region"],
            ["", "", "", "", "", "", "", "", "Response", "Open-Ended Response", "Web", "Phone", "Response"],
            ["114278935661", "431982100", "03/01/2024 09:12:44 AM", "03/01/2024 09:15:02 AM", "81.2.69.160", "", "", "",
             "8", "Quick delivery and the packaging was good", "Web", "", "West"],
            ["114278901234", "431982100", "03/01/2024 11:40:10 AM", "03/01/2024 11:41:00 AM", "81.2.69.142", "", "", "",
             "2", "Customer service never called me back", "", "Phone", "East"],
            ["114278955555", "431982100", "03/02/2024 08:00:00 AM", "03/02/2024 08:03:10 AM", "81.2.69.11", "", "", "",
             "10", "", "Web", "Phone", "West"],
        ])
        #expect(sink.noteValue("preset") == "surveymonkey")
        #expect(sink.noteValue("header") == "rows 1–2")
        #expect(sink.records.count == 3)
        let r = sink.records[0]
        #expect(r.id == "114278935661")
        #expect(r.recommend?.value == 8)
        #expect(r.texts == [TextField(question: "What is the main reason for your score?", text: "Quick delivery and the packaging was good")])
        #expect(r.segments["Region"] == "West")
        #expect(sink.notes.contains { $0.key == "column Which channels do you use? / Phone" })
        #expect(roleNote(sink, "IP Address") == "ignore")
        #expect(roleNote(sink, "End Date") == "date")
        #expect(sink.records[2].texts.isEmpty)
    }

    @Test func googleFormsTimestampIsTheDateAndQuestionsAreHeaders() throws {
        let sink = try interpret([
            ["Timestamp", "Email Address", "How satisfied are you with the course?", "What could be improved?", "Which campus?"],
            ["3/2/2024 10:15:30", "a@example.com", "4", "More practical examples in the second half", "Downtown"],
            ["3/2/2024 11:02:11", "b@example.com", "2", "The room was too cold and the projector failed", "North"],
            ["3/3/2024 09:45:00", "c@example.com", "5", "", "Downtown"],
        ])
        #expect(sink.noteValue("preset") == "google-forms")
        #expect(roleNote(sink, "Timestamp") == "date")
        #expect(roleNote(sink, "Email Address") == "ignore")
        #expect(roleNote(sink, "How satisfied are you with the course?") == "rating 1–5")
        #expect(roleNote(sink, "What could be improved?") == "text")
        #expect(roleNote(sink, "Which campus?") == "segment")
        #expect(sink.records.count == 3)
        #expect(sink.records[2].rating?.value == 5 && sink.records[2].texts.isEmpty)
    }

    @Test func wenjuanxingMetadataIsIgnoredAndQuestionsKeepTheirNumbers() throws {
        let sink = try interpret([
            ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的年龄段", "2、您对本次服务的满意度", "3、您还有什么建议？"],
            ["1", "2024/3/1 10:12:05", "125秒", "手机提交", "直接访问", "116.22.33.44(广东-广州)", "18-25岁", "4", "希望客服响应再快一点"],
            ["2", "2024/3/1 11:40:51", "98秒", "微信", "N/A", "221.10.2.3(四川-成都)", "26-35岁", "2", "物流太慢，包装也破了"],
            ["3", "2024/3/2 09:03:17", "61秒", "手机提交", "直接访问", "58.20.1.9(湖南-长沙)", "18-25岁", "5", "(空)"],
            ["4", "2024/3/2 20:33:40", "77秒", "链接", "直接访问", "14.17.5.6(广东-深圳)", "36-45岁", "3", ""],
        ])
        #expect(sink.noteValue("preset") == "wenjuanxing")
        #expect(roleNote(sink, "序号") == "id")
        #expect(roleNote(sink, "提交答卷时间") == "date")
        #expect(roleNote(sink, "所用时间") == "ignore")
        #expect(roleNote(sink, "来自IP") == "ignore")
        #expect(roleNote(sink, "来源") == "channel")
        #expect(roleNote(sink, "1、您的年龄段") == "segment")
        #expect(roleNote(sink, "2、您对本次服务的满意度") == "rating 1–5")
        #expect(roleNote(sink, "3、您还有什么建议？") == "text")
        let r = sink.records[1]
        #expect(r.id == "2")
        #expect(r.channel == "微信")
        #expect(r.texts == [TextField(question: "3、您还有什么建议？", text: "物流太慢，包装也破了")])
        #expect(r.rating == Rating(value: 2, scaleMin: 1, scaleMax: 5))
        #expect(r.segments == ["1、您的年龄段": "26-35岁", "age": "26-35岁"])
        #expect(sink.records.count == 4)
    }

    @Test func tencentSurveyUsesTheEndTimeAndGeographyAsSegments() throws {
        let sink = try interpret([
            ["编号", "开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省", "地理位置市", "来源",
             "1.您向朋友推荐我们的可能性有多大？", "2.您为什么给出这个分数？"],
            ["1", "2024-03-01 10:00:02", "2024-03-01 10:02:40", "2分38秒", "中国", "广东", "深圳", "微信", "9", "下单方便，送货也快"],
            ["2", "2024-03-01 12:11:00", "2024-03-01 12:12:10", "1分10秒", "中国", "北京", "北京", "链接", "4", "退款流程太复杂了，客服一直推脱"],
            ["3", "2024-03-02 08:30:00", "2024-03-02 08:31:00", "60秒", "中国", "广东", "广州", "微信", "0", ""],
        ])
        #expect(sink.noteValue("preset") == "tencent-survey")
        #expect(roleNote(sink, "开始答题时间") == "ignore")
        #expect(roleNote(sink, "结束答题时间") == "date")
        #expect(roleNote(sink, "答题时长") == "ignore")
        #expect(roleNote(sink, "1.您向朋友推荐我们的可能性有多大？") == "recommend 0–10")
        #expect(roleNote(sink, "2.您为什么给出这个分数？") == "text")
        let r = sink.records[0]
        #expect(r.id == "1")
        #expect(r.date?.year == 2024 && r.date?.day == 1)
        #expect(r.responseTimeSeconds == nil)
        #expect(r.segments["地理位置省"] == "广东")
        #expect(sink.records[2].recommend?.value == 0 && sink.records[2].texts.isEmpty)
    }

    @Test func aPlainTableMatchesNoPreset() throws {
        let sink = try interpret([["Comment", "Score"], ["Fine", "4"]])
        #expect(sink.noteValue("preset") == nil)
    }

    @Test(arguments: [
        ("3、您还有什么建议？", "您还有什么建议？"),
        ("1.您的性别", "您的性别"),
        ("Q3. Why did you choose us?", "Why did you choose us?"),
        ("Q12：其他意见", "其他意见"),
        ("Comment", "Comment"),
        ("2024 plans", "2024 plans"),
    ])
    func questionNumbersAreStrippedForRoleLookup(header: String, expected: String) {
        #expect(SurveyPreset.questionText(header) == expected)
    }
}
