// Placeholders until the readers land (removed when they do).
enum XMLFeedReader: RecordReader { static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {} }
enum HTMLPageReader: RecordReader { static func read(_ file: InputFile, options: IngestOptions, into sink: RecordSink) throws(IngestError) {} }
