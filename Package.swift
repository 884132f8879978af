// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "network-map",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "network-map", targets: ["network-map"]),
        .library(name: "NetworkMap", targets: ["NetworkMap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The zip container of .xlsx and .ods workbooks (read and write).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Graphviz's C API (cgraph + gvc) from the system's headers.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // cairo's PDF surface, for the handout's pages (Graphviz draws the map onto them).
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // The core: loading, graph, measures, findings. Pure Swift, no Graphviz, no printing.
        .target(
            name: "NetworkMap",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Every German and English word, said from typed values: one table per language.
        .target(
            name: "Wording",
            dependencies: ["NetworkMap"]
        ),
        // The only module that touches Graphviz.
        .target(
            name: "GraphvizMap",
            dependencies: ["CGraphviz", "CCairo", "NetworkMap"]
        ),
        // Text, JSON, CSV, HTML reports and the handout.
        .target(
            name: "Reports",
            dependencies: ["NetworkMap", "Wording", "GraphvizMap"]
        ),
        .executableTarget(
            name: "network-map",
            dependencies: [
                "NetworkMap", "Wording", "GraphvizMap", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates city-scale networks and times the analysis (`make bench`).
        .executableTarget(
            name: "network-map-bench",
            dependencies: ["NetworkMap", "Reports", "Wording"],
            path: "Benchmarks",
            exclude: ["peers_bench.py", "RESULTS.md"]
        ),
        // Fixture loading and snapshot helpers shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["NetworkMap", "Wording"]
        ),
        .testTarget(
            name: "NetworkMapTests",
            dependencies: ["NetworkMap", "Wording", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GraphvizMapTests",
            // Specs are built from networks with Reports' MapBuilder, as the command line builds them.
            dependencies: ["GraphvizMap", "NetworkMap", "Reports", "Wording", "TestSupport"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "NetworkMap", "Wording", "TestSupport"],
            // Golden files are read by path and rewritten on RECORD_GOLDEN=1; not bundle resources.
            exclude: ["Golden"]
        ),
        // The fuzzer: mutated networks of every format the loader reads, run through the real binary (`make fuzz`).
        .target(
            name: "Fuzzing",
            dependencies: ["NetworkMap"]
        ),
        .executableTarget(
            name: "network-map-fuzz",
            dependencies: ["Fuzzing"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["NetworkMap", "TestSupport", "Fuzzing"],
            // Fuzz regression fixtures are read by path, like the golden files.
            exclude: ["Fixtures"]
        ),
    ]
)
