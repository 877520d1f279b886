internal import CLibXML2

/// One-time libxml2 set-up shared by every wrapper type.
enum LibXML2 {
    /// libxml2 2.9 initializes itself lazily, which races when two threads
    /// open their first document at once; a Swift static runs exactly once.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }
}
