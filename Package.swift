// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VerbatimKit", targets: ["VerbatimKit"]),
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Only VerbatimXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "VerbatimXML", dependencies: ["CLibXML2"]),
        .target(name: "VerbatimModel"),
        .target(
            name: "VerbatimIngest",
            dependencies: ["VerbatimModel", "VerbatimXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "VerbatimText", dependencies: ["VerbatimModel"]),
        .target(name: "VerbatimLexicon", dependencies: ["VerbatimModel", "VerbatimText"]),
        .target(name: "VerbatimAnalysis", dependencies: ["VerbatimModel", "VerbatimText", "VerbatimLexicon"]),
        .target(name: "VerbatimAggregate", dependencies: ["VerbatimModel"]),
        .target(name: "VerbatimReport", dependencies: ["VerbatimModel"]),
        .target(
            name: "VerbatimKit",
            dependencies: [
                "VerbatimModel", "VerbatimIngest", "VerbatimText", "VerbatimLexicon", "VerbatimAnalysis",
                "VerbatimAggregate", "VerbatimReport", "VerbatimXML",
            ]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz harness for the readers: random mutations by default, libFuzzer with -D FUZZING (Fuzz/run).
        .executableTarget(name: "verbatim-fuzz", dependencies: ["VerbatimIngest", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimXMLTests", dependencies: ["VerbatimXML"]),
        .testTarget(
            name: "VerbatimIngestTests",
            dependencies: ["VerbatimIngest", "VerbatimTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "VerbatimTextTests", dependencies: ["VerbatimText", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimLexiconTests", dependencies: ["VerbatimLexicon", "VerbatimKit", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimAnalysisTests", dependencies: ["VerbatimAnalysis", "VerbatimKit"]),
        .testTarget(name: "VerbatimAggregateTests", dependencies: ["VerbatimAggregate", "VerbatimTestSupport"]),
        // Test helpers shared by test targets (headless Chromium runner).
        .target(name: "VerbatimTestSupport", path: "Tests/Support"),
        .testTarget(name: "VerbatimReportTests", dependencies: ["VerbatimReport", "VerbatimTestSupport"]),
        .testTarget(name: "VerbatimKitTests", dependencies: ["VerbatimKit", "verbatim", "VerbatimTestSupport"], exclude: ["Fixtures"]),
    ]
)
