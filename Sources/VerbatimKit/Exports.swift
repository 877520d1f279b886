// VerbatimKit is the library product: re-export the stages' public API.
@_exported import VerbatimAggregate
@_exported import VerbatimAnalysis
@_exported import VerbatimIngest
@_exported import VerbatimLexicon
@_exported import VerbatimModel
@_exported import VerbatimReport
@_exported import VerbatimText
