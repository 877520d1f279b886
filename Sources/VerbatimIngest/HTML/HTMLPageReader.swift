import Foundation
import VerbatimModel
import VerbatimXML

/// Reads reviews from saved web pages (product, hotel, restaurant, app pages).
///
/// The page is decoded to UTF-8 (``DecodedInput``), capped at
/// 64 × `maxFieldBytes` (64 MiB by default, `I006` beyond), and parsed by
/// libxml2's forgiving HTML parser (``HTMLDocument``). Reviews come from the
/// first of these that the page has, noted as `preset`:
/// 1. `--xpath` selectors when given (`html-xpath`, see ``XPathReviews``);
/// 2. schema.org JSON-LD (`html-jsonld`, see ``JSONLDReviews``);
/// 3. schema.org microdata (`html-microdata`), then RDFa (`html-rdfa`), see ``ScopedReviewMarkup``.
/// Sources are not mixed: pages often repeat the same reviews in two syntaxes.
///
/// Fields: `reviewBody` (text; `description` when there is no body), `rating`
/// (with `bestRating`/`worstRating` as its scale), `date`, `author`, `title`,
/// `product` or `brand` (what is reviewed: `itemReviewed`, else the enclosing
/// `Product`/`LocalBusiness`…), `id`. Script and style content never becomes
/// text; entities are decoded and `&nbsp;` becomes a plain space.
///
/// A page with none of these gives no records and one skip (`I012`) saying
/// that no review markup was found and `--xpath` is needed, so it never
/// silently yields nothing.
///
/// ```swift
/// let sink = CollectingSink()
/// try HTMLPageReader.read(InputFile(path: "hotel.html"), options: IngestOptions(), into: sink)
/// sink.records.first?.rating   // 4 on 1…5
/// ```
public enum HTMLPageReader: RecordReader {
    public static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {
        try MarkupSniff.check(file, kind: "HTML")
        let limit = max(options.maxFieldBytes, 1024).multipliedReportingOverflow(by: 64).partialValue
        let input = try DecodedInput(file, forcedEncoding: options.encoding, sink: sink)
        let bytes: [UInt8]
        do {
            bytes = try input.readAll(limit: limit)
        } catch {
            if error.code == .oversizedField {
                throw IngestError(.oversizedField, path: file.displayPath,
                                  message: "page larger than \(limit) bytes (64 × --max-field-bytes); not read")
            }
            throw error
        }
        let page: HTMLDocument
        do {
            page = try HTMLDocument(bytes: bytes, label: file.displayPath)
        } catch {
            throw IngestError(.malformedMarkup, path: file.displayPath, message: error.message)
        }

        let reviews: [ReviewMapper.Mapped]
        if !options.xpath.isEmpty || options.xpath.item != nil {
            sink.note("preset", "html-xpath")
            reviews = try XPathReviews.extract(from: page, selectors: options.xpath, file: file)
        } else if case let found = JSONLDReviews.extract(from: page, file: file, sink: sink), !found.isEmpty {
            sink.note("preset", "html-jsonld")
            reviews = found.map(ReviewMapper.map)
        } else if case let found = ScopedReviewMarkup.extract(from: page, syntax: .microdata), !found.isEmpty {
            sink.note("preset", "html-microdata")
            reviews = found.map(ReviewMapper.map)
        } else if case let found = ScopedReviewMarkup.extract(from: page, syntax: .rdfa), !found.isEmpty {
            sink.note("preset", "html-rdfa")
            reviews = found.map(ReviewMapper.map)
        } else {
            sink.skip(IngestError(.unusableRecord, path: file.displayPath,
                                  message: "no review markup found (schema.org JSON-LD, microdata or RDFa); give --xpath item=…,text=… to select reviews"))
            return
        }
        emit(reviews, file: file, options: options, sink: sink)
    }

    static func emit(_ reviews: [ReviewMapper.Mapped], file: InputFile, options: IngestOptions, sink: RecordSink) {
        for (i, review) in reviews.enumerated() {
            let ordinal = i + 1
            let line = review.line > 0 ? review.line : nil
            if let big = review.fields.first(where: { $0.value.utf8.count > options.maxFieldBytes }) {
                sink.skip(IngestError(.oversizedField, path: file.displayPath, line: line,
                                      message: "review \(ordinal): '\(big.name)' is larger than \(options.maxFieldBytes) bytes (--max-field-bytes)"))
                continue
            }
            var builder = FieldRecordBuilder(options: options)
            if let scale = review.scale { builder.ratingScales["rating"] = scale }
            let source = RecordSource(file: file.displayPath, line: line, ordinal: ordinal)
            if let record = builder.build(review.fields, source: source, sink: sink) { sink.emit(record) }
        }
    }
}
