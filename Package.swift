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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, named for the app's logger, the listening channel's address and its shutdown.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
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
        // The local web app (`network-map app`): the only module that depends on Hummingbird.
        .target(
            name: "NetworkMapApp",
            dependencies: [
                "NetworkMap", "Wording", "GraphvizMap", "Reports",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Sources/App"
        ),
        .executableTarget(
            name: "network-map",
            dependencies: [
                "NetworkMap", "Wording", "GraphvizMap", "Reports", "NetworkMapApp",
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
        .testTarget(
            name: "AppTests",
            // Real sockets through a small raw client, not HummingbirdTesting: that pulls in AsyncHTTPClient and
            // BoringSSL, minutes of build time for what a loopback socket does.
            dependencies: ["NetworkMapApp", "NetworkMap", "TestSupport", "Wording"],
            // The browser check is a Python script run by `make test`, not a bundle resource.
            exclude: ["browser"]
        ),
    ]
)
