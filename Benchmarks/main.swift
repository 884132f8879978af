import Foundation

// `network-map-bench`: see `BenchOptions.usage` and Benchmarks/RESULTS.md.
guard let options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst())) else { exit(64) }
if options.fingerprint {
    options.sizes.forEach(printFingerprint)
} else if options.single, let size = options.sizes.first {
    runSize(size, options: options)
} else {
    exit(runAllSizes(options))
}
