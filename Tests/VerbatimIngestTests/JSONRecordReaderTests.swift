import Foundation
import Testing
import VerbatimTestSupport
import VerbatimModel
@testable import VerbatimIngest

@Suite struct JSONRecordReaderTests {
    /// Writes `text` (or `bytes`) to a temporary file and reads it.
    static func read(_ text: String, name: String = "in.json", options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        try read(bytes: Array(text.utf8), name: name, options: options)
    }

    static func read(bytes: [UInt8], name: String = "in.json", options: IngestOptions = IngestOptions()) throws -> CollectingSink {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        let sink = CollectingSink()
        try JSONRecordReader.read(InputFile(path: url.path, displayPath: name), options: options, into: sink)
        return sink
    }

    @Test func readsAPrettyPrintedArrayWithLinesAndOrdinals() throws {
        let sink = try Self.read("""
        [
          {
            "id": 1,
            "text": "Delivery was late",
            "rating": 2
          },
          {
            "id": 2,
            "review": "送餐很快，味道不错",
            "stars": "5",
            "date": "2026-03-02"
          }
        ]
        """)
        #expect(sink.records.count == 2)
        #expect(sink.skipped.isEmpty)
        #expect(sink.records.map(\.source.line) == [2, 7])
        #expect(sink.records.map(\.source.ordinal) == [1, 2])
        #expect(sink.records.map(\.id) == ["1", "2"])
        #expect(sink.records[0].text == "Delivery was late")
        #expect(sink.records[0].rating?.value == 2)
        #expect(sink.records[1].text == "送餐很快，味道不错")
        #expect(sink.records[1].rating?.value == 5)
        #expect(sink.records[1].date?.description == "2026-03-02")
        #expect(sink.noteValue("format") == "json")
    }

    @Test func readsAMinifiedArrayOnOneLine() throws {
        let sink = try Self.read(#"[{"text":"a, b [c] {d}","score":4.0},{"text":"He said \"hi\" \\ \u4f60\u597d \ud83d\ude00","score":3.5}]"#)
        #expect(sink.records.map(\.text) == ["a, b [c] {d}", "He said \"hi\" \\ 你好 😀"])
        #expect(sink.records.map { $0.rating?.value } == [4, 3.5])
        #expect(sink.records.map(\.source.line) == [1, 1])
    }

    @Test func readsJSONLinesWithLineNumbers() throws {
        let sink = try Self.read("""
        {"id": "a", "content": "Great app"}

        {"id": "b", "content": "很卡，经常闪退", "rating": 1}
        {"id": "c", "content": "ok"}

        """, name: "in.jsonl")
        #expect(sink.noteValue("format") == "jsonl")
        #expect(sink.records.map(\.id) == ["a", "b", "c"])
        #expect(sink.records.map(\.source.line) == [1, 3, 4])
        #expect(sink.records.map(\.source.ordinal) == [1, 2, 3])
    }

    @Test func malformedJSONLinesAreSkippedWithTheirLine() throws {
        let sink = try Self.read("""
        {"text": "one"}
        {"text": "two", oops}
        [1, 2]
        {"text": "four"}
        {"text": "five
        """, name: "in.jsonl")
        #expect(sink.records.map(\.text) == ["one", "four"])
        #expect(sink.skipped.map(\.code) == [.malformedJSON, .unusableRecord, .truncated])
        #expect(sink.skipped.map(\.line) == [2, 3, 5])
        #expect(sink.skipped.first?.description.hasPrefix("in.jsonl:2: error: record 2 is not valid JSON") == true)
        // Respondent text never appears in messages.
        #expect(!sink.skipped.contains { $0.message.contains("two") || $0.message.contains("five") })
    }

    @Test(arguments: ["data.reviews", "$.data.reviews", "$['data'].reviews[*]"])
    func jsonPathSelectsTheNestedArray(path: String) throws {
        let sink = try Self.read("""
        {"meta": {"count": 2, "columns": [{"name": "x"}]},
         "data": {"page": 1, "reviews": [{"body": "Too slow"}, {"body": "太贵了"}]}}
        """, options: IngestOptions(jsonPath: path))
        #expect(sink.records.map(\.text) == ["Too slow", "太贵了"])
        #expect(sink.records.map(\.source.line) == [2, 2])
    }

    @Test func aWrapperObjectIsDetected() throws {
        let sink = try Self.read("""
        {
          "export": "2026-03-02",
          "results": [
            {"comment": "Friendly staff", "score": 9},
            {"comment": "排队太久", "score": 3}
          ]
        }
        """)
        #expect(sink.records.map(\.text) == ["Friendly staff", "排队太久"])
        #expect(sink.records.map(\.source.line) == [4, 5])
        #expect(sink.noteValue("json path") == "results (detected)")
    }

    @Test func aWellKnownKeyWinsAmongSeveralArrays() throws {
        let sink = try Self.read(#"{"columns": [{"name": "text"}], "reviews": [{"text": "good"}]}"#)
        #expect(sink.records.map(\.text) == ["good"])
        #expect(throws: IngestError.self) {
            try Self.read(#"{"a": [{"text": "x"}], "b": [{"text": "y"}]}"#)
        }
    }

    @Test func aMissingJSONPathIsABadOption() {
        #expect {
            try Self.read(#"{"data": [{"text": "x"}]}"#, options: IngestOptions(jsonPath: "items"))
        } throws: { ($0 as? IngestError)?.code == .badOption }
    }

    @Test func aSingleObjectWithTextIsOneRecord() throws {
        let sink = try Self.read(#"{"text": "只有一条", "replies": [{"text": "谢谢"}]}"#)
        #expect(sink.records.map(\.text) == ["只有一条"])
    }

    @Test func readsATwitterArchive() throws {
        let sink = try Self.read("""
        window.YTD.tweets.part0 = [
          {
            "tweet" : {
              "id_str" : "570301130888122368",
              "id" : "570301130888122368",
              "full_text" : "@united 航班又延误了 😡 #fail",
              "created_at" : "Tue Feb 24 11:35:52 +0000 2015",
              "lang" : "zh",
              "favorite_count" : "0",
              "entities" : { "hashtags" : [ { "text" : "fail", "indices" : [ "20", "25" ] } ] },
              "display_text_range" : [ "0", "30" ]
            }
          },
          {
            "tweet" : {
              "id_str" : "570301083672813571",
              "full_text" : "Thanks for the quick rebooking!",
              "created_at" : "Tue Feb 24 11:15:59 -0800 2015"
            }
          }
        ]
        """, name: "tweets.js")
        #expect(sink.noteValue("format") == "tweets-js")
        #expect(sink.records.count == 2)
        let t = try #require(sink.records.first)
        #expect(t.id == "570301130888122368")
        #expect(t.text == "@united 航班又延误了 😡 #fail")
        #expect(t.date?.description == "2015-02-24T11:35:52Z")
        #expect(t.fields["lang"] == "zh")
        #expect(t.fields["display_text_range"] == "0;30")
        #expect(t.texts.count == 1)  // entities.hashtags.text is not a second answer
        #expect(t.source.line == 2)
        #expect(sink.records[1].date?.utcOffsetMinutes == -480)
        #expect(sink.noteValue("json fields left out") == "entities.hashtags (arrays of objects)")
    }

    @Test func bigNumericIdsKeepEveryDigit() throws {
        let sink = try Self.read(#"[{"id": 570301130888122368, "text": "x", "rating": 4.0, "flag": true, "ratio": 0.50}]"#)
        let r = try #require(sink.records.first)
        #expect(r.id == "570301130888122368")
        #expect(r.fields["flag"] == "true")
        #expect(r.fields["ratio"] == "0.5")
    }

    @Test func nestedAuthorObjectsGiveAuthorAndSegmentNotText() throws {
        let sink = try Self.read("""
        [{"id": 7, "text": "Rude driver",
          "user": {"id": 99, "name": "Jane Doe", "screen_name": "jane", "location": "Boston",
                   "description": "I love coffee", "followers_count": 12},
          "product": {"name": "Express", "id": 5},
          "rating": {"value": 2, "max": 5},
          "tags": ["late", "driver"], "note": null}]
        """)
        let r = try #require(sink.records.first)
        #expect(r.id == "7")
        #expect(r.texts.map(\.text) == ["Rude driver"])
        #expect(r.author == "jane")
        #expect(r.segments["user.location"] == "Boston")
        #expect(r.fields["user.description"] == "I love coffee")
        #expect(r.fields["user.name"] == "Jane Doe")
        #expect(r.fields["user.followers_count"] == "12")
        #expect(r.product == "Express")
        #expect(r.rating?.value == 2)
        #expect(r.fields["tags"] == "late;driver")
        #expect(r.fields["note"] == nil)
    }

    @Test func amazonStyleLinesGetTextRatingDateAndNoNumericText() throws {
        let sink = try Self.read("""
        {"reviewerID": "A2SUAM1J3GNN3B", "asin": "0000013714", "reviewerName": "J. McDonald", "reviewText": "Great for the price.", "overall": 5.0, "summary": "Heavenly", "unixReviewTime": 1252800000, "reviewTime": "09 13, 2009"}
        {"reviewerID": "A1", "reviewText": "Broke after a week", "overall": 1.0, "unixReviewTime": 1252800000000}

        """, name: "Musical.json")
        #expect(sink.noteValue("format") == "jsonl")
        #expect(sink.records.map(\.text) == ["Great for the price.", "Broke after a week"])
        #expect(sink.records.allSatisfy { $0.texts.count == 1 })
        #expect(sink.records.first?.author == "J. McDonald")
        #expect(sink.records.first?.product == "0000013714")
        #expect(sink.records.map { $0.rating?.value } == [5, 1])
        #expect(sink.records.map { $0.date?.description } == ["2009-09-13T00:00:00Z", "2009-09-13T00:00:00Z"])
        #expect(sink.warnings.isEmpty)
    }

    @Test func leadingBlankLinesAndATrailingSemicolonAreFine() throws {
        let sink = try Self.read("\n\n\nwindow.YTD.tweets.part0 = [\n{\"tweet\": {\"full_text\": \"hi\"}}\n];\n", name: "tweets.js")
        #expect(sink.records.map(\.source.line) == [5])
        #expect(sink.warnings.isEmpty)
    }

    @Test(arguments: [("\"4\"", 4.0), ("4", 4.0), ("4.5", 4.5), ("\"4 stars\"", 4.0), ("\"★★★☆☆\"", 3.0)])
    func ratingsAsStringsOrNumbers(json: String, expected: Double) throws {
        let sink = try Self.read(#"[{"text": "t", "rating": \#(json)}]"#)
        #expect(sink.records.first?.rating?.value == expected)
    }

    @Test func aMalformedElementInTheMiddleIsSkippedAndTheRestKept() throws {
        let sink = try Self.read("""
        [
          {"text": "first"},
          {"text": "second", "rating": },
          {"text": "third", "x": [1, 2},
          {"text": "fourth
          },
          {"text": "fifth"}
        ]
        """)
        #expect(sink.records.map(\.text) == ["first", "fifth"])
        #expect(sink.skipped.map(\.code) == [.malformedJSON, .malformedJSON, .malformedJSON])
        #expect(sink.skipped.map(\.line) == [3, 4, 5])
        #expect(sink.records.map(\.source.ordinal) == [1, 5])
    }

    @Test func aTruncatedFileKeepsTheRecordsBeforeIt() throws {
        let sink = try Self.read("""
        [
          {"text": "one"},
          {"text": "two"},
          {"text": "thr
        """)
        #expect(sink.records.map(\.text) == ["one", "two"])
        #expect(sink.skipped.count == 1)
        #expect(sink.skipped.first.map { [$0.code == .truncated || $0.code == .malformedJSON, $0.line == 4] } == [true, true])
        let cut = try Self.read("[\n{\"text\": \"one\"},\n{\"text\": \"two\", \"r\": [1,\n")
        #expect(cut.records.map(\.text) == ["one"])
        #expect(cut.skipped.map(\.code) == [.truncated])
        #expect(cut.skipped.first?.line == 3)
    }

    @Test func anOversizedElementIsSkippedWithoutStoppingTheRest() throws {
        let big = String(repeating: "很长的评论", count: 2000)
        let sink = try Self.read("[{\"text\": \"short\"}, {\"text\": \"\(big)\"}, {\"text\": \"after\"}]",
                                 options: IngestOptions(maxFieldBytes: 1000))
        #expect(sink.records.map(\.text) == ["short", "after"])
        #expect(sink.skipped.map(\.code) == [.oversizedField])
        let lines = try Self.read("{\"text\": \"short\"}\n{\"text\": \"\(big)\"}\n{\"text\": \"after\"}\n",
                                  options: IngestOptions(maxFieldBytes: 1000))
        #expect(lines.records.map(\.text) == ["short", "after"])
        #expect(lines.skipped.map(\.code) == [.oversizedField])
        #expect(lines.skipped.first?.line == 2)
    }

    @Test func deepNestingIsSkippedWithoutOverflowingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let sink = try Self.read("[{\"text\": \"ok\"}, {\"x\": \(deep)}, {\"text\": \"still ok\"}]")
        #expect(sink.records.map(\.text) == ["ok", "still ok"])
        #expect(sink.skipped.count == 1)
        #expect(sink.skipped.first?.message.contains("deeper than 256") == true)
        let lines = try Self.read("{\"text\": \"a\"}\n{\"x\": \(deep)}\n{\"text\": \"b\"}\n")
        #expect(lines.records.map(\.text) == ["a", "b"])
        #expect(lines.skipped.first?.message.contains("deeper than 256") == true)
        // A whole document nested too deep: one skip, no crash.
        let doc = try Self.read(String(repeating: "{\"a\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000))
        #expect(doc.records.isEmpty)
        #expect(doc.skipped.count == 1)
    }

    @Test func aBOMIsIgnored() throws {
        let sink = try Self.read(bytes: [0xEF, 0xBB, 0xBF] + Array("[{\"text\": \"bom\"}]".utf8))
        #expect(sink.records.map(\.text) == ["bom"])
    }

    @Test(arguments: [
        ("", IngestError.Code.emptyFile), ("  \n ", .emptyFile), ("42", .malformedJSON), ("\"just a string\"", .malformedJSON),
        ("hello world", .malformedJSON), ("id,text\n1,hi\n", .malformedJSON),
    ])
    func filesThatAreNotJSONRecordsThrow(text: String, code: IngestError.Code) {
        #expect {
            try Self.read(text)
        } throws: { ($0 as? IngestError)?.code == code }
    }

    @Test func binaryJunkThrows() {
        let junk: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        #expect(throws: IngestError.self) { try Self.read(bytes: junk) }
        #expect(throws: IngestError.self) { try Self.read(bytes: [UInt8(ascii: "[")] + junk) }
    }

    @Test func elementsThatAreNotObjectsOrHaveNothingUsableAreSkipped() throws {
        let sink = try Self.read(#"[{"text": "a"}, "loose string", 42, {}, {"foo": "bar"}, {"rating": 5}, {"date": "2026-03-02"}]"#)
        #expect(sink.records.count == 3)
        #expect(sink.records[1].rating?.value == 5)
        #expect(sink.records[1].hasText == false)
        #expect(sink.records[2].date?.description == "2026-03-02")
        #expect(sink.skipped.map(\.code) == [.unusableRecord, .unusableRecord, .emptyRecord, .unusableRecord])
    }

    @Test func trailingContentAndUnclosedArraysWarn() throws {
        let trailing = try Self.read("[{\"text\": \"a\"}]\n[{\"text\": \"b\"}]")
        #expect(trailing.records.map(\.text) == ["a"])
        #expect(trailing.warnings.map(\.code) == [.malformedJSON])
        let unclosed = try Self.read("[{\"text\": \"a\"},\n{\"text\": \"b\"}\n")
        #expect(unclosed.records.map(\.text) == ["a", "b"])
        #expect(unclosed.warnings.map(\.code) == [.truncated])
    }

    @Test(arguments: [
        ("[{\"a\":1}]", InputFormat.json), ("  {\"a\":1}\n{\"a\":2}\n", .jsonLines), ("{\n  \"a\": 1\n}\n", .json),
        ("{\"a\":1}", .json), ("window.YTD.tweets.part0 = [ {", .tweetsJS), ("window.YTD.like.part0=[", .tweetsJS),
        ("id,text\n", nil), ("", nil), ("<?xml", nil),
    ])
    func sniffsTheFlavour(text: String, expected: InputFormat?) {
        #expect(JSONRecordReader.sniff(Array(text.utf8)) == expected)
    }

    @Test func aLargeArrayStreamsElementByElement() throws {
        // 50k elements (≈ 6 MB): read whole, in order, with bounded buffers.
        var text = "[\n"
        for i in 0..<50_000 {
            text += "{\"id\": \(i), \"text\": \"review number \(i) 送餐太慢了\", \"rating\": \(i % 5 + 1), \"user\": {\"name\": \"u\(i)\"}},\n"
        }
        text += "{\"id\": \"last\", \"text\": \"end\"}\n]\n"
        var scanner = JSONElementScanner(mode: .records(path: []), maxElementBytes: 1 << 20)
        var count = 0
        var largest = 0
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let chunk = Array(bytes[offset..<min(offset + 65536, bytes.count)])
            offset += chunk.count
            try scanner.feed(chunk) { element throws(IngestError) in
                count += 1
                largest = max(largest, element.bytes?.count ?? 0)
            }
        }
        #expect(count == 50_001)
        #expect(largest < 200)  // only one element is ever held, never the file
        let sink = try Self.read(text)
        #expect(sink.records.count == 50_001)
        #expect(sink.records.last?.id == "last")
        #expect(sink.records[49_999].source.line == 50_001)
    }

    /// Elements found with the document cut into chunks of `size` bytes.
    static func scan(_ bytes: [UInt8], chunkSize size: Int, path: [String] = []) throws -> [String] {
        var scanner = JSONElementScanner(mode: .records(path: path), maxElementBytes: 1 << 20)
        var found: [String] = []
        var offset = 0
        let record = { (e: JSONElementScanner.Element) throws(IngestError) in
            found.append("\(e.ordinal)@\(e.line):\(e.problem.map { "\($0)" } ?? String(decoding: e.bytes ?? [], as: UTF8.self))")
        }
        while offset < bytes.count {
            let chunk = Array(bytes[offset..<min(offset + size, bytes.count)])
            offset += chunk.count
            try scanner.feed(chunk, emit: record)
        }
        try scanner.finish(emit: record)
        return found
    }

    @Test func chunkBoundariesDoNotChangeWhatIsFound() throws {
        let doc = Array("""
        {"data": {"reviews": [
          {"text": "a \\" quote, [bracket] {brace}", "n": 1},
          "scalar", 42, {"broken": [1, 2},
          {"text": "送餐太慢了 😀", "\\u00e9": "é"},
          {"text": "unterminated
          }, {"last": true}
        ]}}
        """.utf8)
        let whole = try Self.scan(doc, chunkSize: doc.count, path: ["data", "reviews"])
        #expect(whole.count == 7)
        for size in [1, 2, 3, 7, 64] {
            #expect(try Self.scan(doc, chunkSize: size, path: ["data", "reviews"]) == whole, "chunk size \(size)")
        }
    }

    @Test func mutatedDocumentsNeverCrashOrHang() throws {
        let base = Array("""
        [{"id": 1, "text": "Late \\"again\\"", "user": {"name": "a"}, "tags": ["x", "y"]},
         {"id": 2, "text": "好评 😀", "rating": 5, "nested": {"deep": [[1], {"k": null}]}},
         {"id": 3, "text": "ok"}]
        """.utf8)
        let junk = Array("{}[]\",:\\ \n0tx".utf8)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            var bytes = base
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let at = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(junk[Int(rng.next() % UInt64(junk.count))], at: at)
                default: bytes[at] = junk[Int(rng.next() % UInt64(junk.count))]
                }
            }
            do {
                let sink = try Self.read(bytes: bytes)
                #expect(sink.records.count <= 3)
            } catch {
                #expect(error is IngestError)
            }
        }
    }
}

