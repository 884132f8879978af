import Foundation
import NetworkMap

// `network-map-bench`: see `BenchOptions.usage` and Benchmarks/RESULTS.md.
guard let options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst())) else { exit(64) }
if let folder = options.edgesFolder {
    for size in options.sizes {
        let file = URL(fileURLWithPath: folder).appendingPathComponent("edges-\(size).txt")
        do { try writeEdges(of: Graph(CityNetwork.generate(actors: size, variant: options.variant)), to: file) } catch {
            print("could not write \(file.path): \(error)")
            exit(74)
        }
    }
} else if !options.steps.isEmpty {
    for size in options.sizes { timeSteps(size, options: options) }
} else if options.fingerprint {
    for size in options.sizes { printFingerprint(size, variant: options.variant) }
} else if options.single, let size = options.sizes.first {
    runSize(size, options: options)
} else {
    exit(runAllSizes(options))
}
