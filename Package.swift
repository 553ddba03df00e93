// swift-tools-version:6.0
// engage — which of your posts earn genuine engagement, and which only beg for it.
import PackageDescription

let package = Package(
    name: "engage",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "engage", targets: ["engage"]),
        .library(name: "EngageCore", targets: ["EngageCore"]),
        .library(name: "EngageIngest", targets: ["EngageIngest"]),
        .library(name: "EngageClassify", targets: ["EngageClassify"]),
        .library(name: "EngageAnalyze", targets: ["EngageAnalyze"]),
        .library(name: "EngageReport", targets: ["EngageReport"]),
        .library(name: "EngagePipeline", targets: ["EngagePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C: libxml2 through pkg-config (Debian: libxml2-dev). Only EngageXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // C: zlib for gzip-compressed inputs (Debian: zlib1g-dev, which ZIPFoundation needs too). Only
        // EngageIngest imports it.
        .systemLibrary(
            name: "CEngageZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The data model every stage shares: posts, accounts, metrics, provenance, errors, dates, JSON.
        .target(name: "EngageCore"),
        // A small, safe Swift layer over libxml2: documents, XPath, streaming reader, HTML.
        .target(name: "EngageXML", dependencies: ["CLibXML2", "EngageCore"]),
        // Stage 1: every input format into Core posts and accounts. One file per format.
        .target(
            name: "EngageIngest",
            dependencies: [
                "EngageCore", "EngageXML", "CEngageZlib",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Stage 2: the rulebook (YAML), rule matching, scoring, naive Bayes, evaluation.
        // The default rulebook (rules/) is embedded at build time by the EmbedRules plugin.
        .target(
            name: "EngageClassify",
            dependencies: ["EngageCore", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin"]
        ),
        .executableTarget(name: "EmbedRules", path: "Sources/EmbedRules"),
        // Benchmarks/classify.sh: the classifier's in-process speed (not a product).
        .executableTarget(name: "classify-bench", dependencies: ["EngageClassify", "EngageCore"],
                          path: "Benchmarks/Sources/classify-bench"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["EmbedRules"],
                path: "Sources/EmbedRulesPlugin"),
        // Stage 3: genuine engagement, features, statistics, recommendations.
        // Optimised in debug builds too: the bootstrap and the regressions are tight numeric loops that
        // run ~30× slower unoptimised, which would make the test suite crawl.
        .target(
            name: "EngageAnalyze", dependencies: ["EngageCore"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Stage 4: text, JSON, CSV and HTML renderings.
        .target(name: "EngageReport", dependencies: ["EngageCore", "EngageAnalyze"]),
        // The stages composed: what `engage audit` and `engage export` run (streamed or joined).
        .target(
            name: "EngagePipeline",
            dependencies: ["EngageCore", "EngageIngest", "EngageClassify", "EngageAnalyze", "EngageReport"]
        ),
        // The thin command line.
        .executableTarget(
            name: "engage",
            dependencies: [
                "EngageCore", "EngageIngest", "EngageClassify", "EngageAnalyze", "EngageReport", "EngagePipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (release builds, Benchmarks/*.sh): the analysis of a large invented feed.
        .executableTarget(
            name: "engage-bench-analysis", dependencies: ["EngageAnalyze", "EngageCore"],
            path: "Benchmarks/AnalysisBenchmark"
        ),
        // Shared by the tests only: fixture paths, the shared corpora (skipped with a reason when
        // absent), golden files.
        .target(name: "EngageTestSupport", path: "Sources/EngageTestSupport"),
        .testTarget(name: "EngageCoreTests", dependencies: ["EngageCore", "EngageTestSupport"]),
        .testTarget(name: "EngageXMLTests", dependencies: ["EngageXML", "EngageTestSupport"]),
        .testTarget(name: "EngageIngestTests", dependencies: ["EngageIngest", "EngageTestSupport"]),
        // The report tests render whole audits (the pipeline) and check them in headless Chromium when present.
        .testTarget(name: "EngageReportTests", dependencies: ["EngageReport", "EngagePipeline", "EngageTestSupport"]),
        .testTarget(
            name: "EngageAnalyzeTests", dependencies: ["EngageAnalyze", "EngageReport", "EngageIngest", "EngageTestSupport"]
        ),
        .testTarget(name: "EngageCLITests", dependencies: ["engage", "EngageTestSupport"]),
        .testTarget(name: "EngageClassifyTests", dependencies: ["EngageClassify", "EngageTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
