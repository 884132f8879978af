import Foundation
import NetworkMap
import Reports

/// What the command line asked for.
struct BenchOptions {
    var sizes = [1_000, 10_000, 100_000]
    var exact = false
    var igraph = true
    /// Run one size in this process instead of one child process per size.
    var single = false
    /// Print a fingerprint of the path-based measures instead of timing (to check that optimisations keep every bit).
    var fingerprint = false
    /// Write each size's edge list into this folder instead of timing (for scripts that study the networks).
    var edgesFolder: String?
    var script: String = {
        // The igraph script sits next to this file in the source tree.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("igraph_bench.py").path
    }()

    static let usage = """
        usage: network-map-bench [--sizes 1000,10000,100000] [--exact] [--no-igraph] [--igraph-script PATH]

        Generates deterministic city-scale networks, times every measure of the analysis and the complete
        JSON report, and (where python3 with igraph is installed) igraph on the same networks.
        Each size runs in a child process of its own, so that its peak memory is its own.
          --sizes       comma-separated actor counts (default 1000,10000,100000)
          --exact       exact betweenness and closeness at every size (default: sampled above 20,000)
          --no-igraph   skip the igraph column
        """

    /// Parses the arguments; nil (after printing why) when they are wrong.
    init?(arguments: [String]) {
        var i = 0
        func value() -> String? {
            i += 1
            return i < arguments.count ? arguments[i] : nil
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--sizes", "--size":
                let parsed = value().map { $0.split(separator: ",").map { Int($0.replacingOccurrences(of: "_", with: "")) } }
                guard let parsed, !parsed.isEmpty, parsed.allSatisfy({ ($0 ?? 0) >= 10 }) else {
                    print("--sizes needs comma-separated actor counts of at least 10, e.g. --sizes 1000,10000")
                    return nil
                }
                sizes = parsed.compactMap { $0 }
            case "--exact": exact = true
            case "--no-igraph": igraph = false
            case "--single": single = true
            case "--fingerprint": fingerprint = true
            case "--write-edges":
                guard let path = value() else { print("--write-edges needs a folder"); return nil }
                edgesFolder = path
            case "--igraph-script":
                guard let path = value() else { print("--igraph-script needs a path"); return nil }
                script = path
            case "-h", "--help":
                print(BenchOptions.usage)
                return nil
            default:
                print("unknown option \(arguments[i])\n\n\(BenchOptions.usage)")
                return nil
            }
            i += 1
        }
    }

    /// The arguments that make a child process run one size the same way.
    func childArguments(size: Int) -> [String] {
        var args = ["--single", "--size", String(size), "--igraph-script", script]
        if exact { args.append("--exact") }
        if !igraph { args.append("--no-igraph") }
        return args
    }
}

/// Runs every size, each in a child process (the benchmark binary again, with `--single`).
func runAllSizes(_ options: BenchOptions) -> Int32 {
    printMachine()
    var status: Int32 = 0
    for size in options.sizes {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = options.childArguments(size: size)
        fflush(nil)  // our lines first, then the child's
        do {
            try child.run()
            child.waitUntilExit()
            if child.terminationStatus != 0 {
                print("size \(size): the child process ended with status \(child.terminationStatus)")
                status = 1
            }
        } catch {
            print("size \(size): could not start a child process (\(error)); running it here instead")
            var single = options
            single.sizes = [size]
            runSize(size, options: single)
        }
    }
    return status
}

/// Prints FNV-1a hashes of every measure (path-based ones exact and sampled) and of the whole JSON report.
///
/// Optimisations must keep every bit: run this before and after a change and compare the lines.
func printFingerprint(_ size: Int) {
    let network = CityNetwork.generate(actors: size)
    let graph = Graph(network)
    var h: UInt64 = 0
    func start() { h = 0xCBF2_9CE4_8422_2325 }
    func mix(_ bits: UInt64) { h = (h ^ bits) &* 0x100_0000_01B3 }
    func hash(_ values: [Double]) -> String {
        start()
        for v in values { mix(v.bitPattern) }
        return String(h, radix: 16)
    }
    func hash(_ values: [Double?]) -> String { hash(values.map { $0 ?? -.infinity }) }
    func hash(_ values: [Int]) -> String { hash(values.map(Double.init)) }
    for samples in [nil, size / 10] as [Int?] {
        print(size, samples.map { "sampled \($0)" } ?? "exact",
              hash(graph.betweenness(weighted: false, samples: samples, seed: 1)),
              hash(graph.betweenness(weighted: true, samples: samples, seed: 1)),
              hash(graph.closeness(samples: samples, seed: 1)),
              hash(graph.harmonicCentrality(samples: samples, seed: 1)))
        print(size, samples.map { "sampled \($0)" } ?? "exact", "weighted closeness, harmonic:",
              hash(graph.closeness(weighted: true, samples: samples, seed: 1)),
              hash(graph.harmonicCentrality(weighted: true, samples: samples, seed: 1)))
        let fused = graph.betweennessAndCloseness(samples: samples, seed: 1)
        print(size, samples.map { "sampled \($0)" } ?? "exact", "fused:",
              hash(fused.betweenness), hash(fused.closeness), hash(fused.harmonic))
    }
    let partition = graph.louvainCommunities(seed: 1)
    let roles = graph.brokerageRoles(groups: partition.membership)
    let impact = graph.keyPlayerFragmentation()
    print(size, "pagerank, eigenvector, constraint, effective size, cores:",
          hash(graph.pagerank()), hash(graph.eigenvectorCentrality()), hash(graph.constraint()),
          hash(graph.effectiveSize()), hash(graph.coreNumbers()))
    print(size, "components, articulation points, bridges, louvain, modularity, brokerage, fragmentation:",
          hash(graph.connectedComponents().flatMap { $0 + [-1] }), hash(graph.articulationPoints()),
          hash(graph.bridges().flatMap { [$0.u, $0.v] }), hash(partition.membership),
          hash([graph.modularity(of: partition)]),
          hash(roles.flatMap { [$0.coordinator, $0.consultant, $0.representative, $0.gatekeeper, $0.liaison] }),
          hash(impact.flatMap { [$0.fragmentationWithout, $0.increase, Double($0.cutOff)] }))
    let shown = network.pseudonymised(showPrivate: false, language: .de)
    let json = JSONReport.render(Analysis(network: shown), language: .de)
    print(size, "JSON report:", hash(json.utf8.map { Double($0) }), json.utf8.count, "bytes")
}

/// Prints where the numbers come from.
func printMachine() {
    var lines = ["cores: \(ProcessInfo.processInfo.activeProcessorCount)"]
    if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
       let model = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") }) {
        lines.append("cpu: " + (model.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""))
    }
    lines.append(String(format: "memory: %.1f GiB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824))
    lines.append("os: \(ProcessInfo.processInfo.operatingSystemVersionString)")
    print(lines.joined(separator: "  |  "))
}

/// Generates the network of one size, times everything on it, and prints the table.
func runSize(_ size: Int, options: BenchOptions) {
    let (generated, network) = measure("generate network (not part of the analysis)") { CityNetwork.generate(actors: size) }
    let analysisOptions = AnalysisOptions(exact: options.exact)
    let n = network.actors.count
    let samples = analysisOptions.sampleCount(nodeCount: n, edgeCount: Graph(network).edgeCount)
    let sampled = samples != nil

    var steps: [StepResult] = [generated]
    steps += endToEnd(network, options: analysisOptions)
    let (graphSteps, graph) = measures(network, samples: samples, seed: analysisOptions.seed)
    steps += graphSteps

    let maxDegree = (0..<graph.nodeCount).map { graph.degree(of: $0) }.max() ?? 0
    let components = graph.connectedComponents()
    print("""

        == \(n) actors, \(network.ties.count) ties (\(graph.edgeCount) linked pairs, average degree \
        \(String(format: "%.2f", 2 * Double(graph.edgeCount) / Double(max(n, 1))))), \
        \(components.count) components (largest \(components.first?.count ?? 0)), highest degree \(maxDegree); \
        betweenness/closeness: \(samples.map { "sampled from \($0) sources (seed \(analysisOptions.seed))" } ?? "exact") ==
        """)

    let igraph = options.igraph ? runIgraph(graph: graph, samples: samples, seed: analysisOptions.seed, script: options.script) : nil
    printTable(steps, igraph: igraph)
    printSummary(steps, igraph: igraph, actors: n, sampled: sampled)
}

/// The complete `report --format json` as the command line runs it, then the findings step by step.
private func endToEnd(_ network: Network, options: AnalysisOptions) -> [StepResult] {
    let language = Language.de
    let (report, result) = measure("COMPLETE report --format json (all below + JSON)") {
        let shown = network.pseudonymised(showPrivate: false, language: language)
        let analysis = Analysis(network: shown, options: options)
        let json = JSONReport.render(analysis, language: language)
        return (analysis, json.utf8.count)
    }
    let analysis = result.0
    let (gaps, _) = measure("  findings: gaps") { analysis.gaps.count }
    let (introductions, _) = measure("  findings: introductions") { analysis.introductions().count }
    let (json, _) = measure("  JSON report of a finished analysis") { JSONReport.render(analysis, language: language).utf8.count }
    return [report, gaps, introductions, json]
}

/// Each measure on its own, called as `Analysis` calls it.
private func measures(_ network: Network, samples: Int?, seed: UInt64) -> ([StepResult], Graph) {
    var steps: [StepResult] = []
    func step<T>(_ name: String, igraph: String? = nil, _ work: () -> T) -> T {
        let (result, value) = measure(name, igraph: igraph, work)
        steps.append(result)
        return value
    }
    let graph = step("graph build", igraph: "build") { Graph(network) }
    // Analysis runs these three from one set of searches; igraph's column is its three calls added up.
    _ = step("betweenness + closeness + harmonic", igraph: "betweenness+closeness+harmonic") {
        graph.betweennessAndCloseness(samples: samples, seed: seed)
    }
    _ = step("weighted betweenness", igraph: "weightedBetweenness") {
        graph.betweenness(weighted: true, samples: samples, seed: seed)
    }
    _ = step("pagerank", igraph: "pagerank") { graph.pagerank() }
    _ = step("eigenvector centrality", igraph: "eigenvector") { graph.eigenvectorCentrality() }
    _ = step("constraint", igraph: "constraint") { graph.constraint() }
    _ = step("effective size") { graph.effectiveSize() }
    _ = step("core numbers", igraph: "cores") { graph.coreNumbers() }
    _ = step("components + articulation points + bridges", igraph: "components") {
        (graph.connectedComponents(), graph.articulationPoints(), graph.bridges())
    }
    let partition = step("Louvain communities + modularity", igraph: "louvain") {
        let p = graph.louvainCommunities(seed: seed)
        return (p, graph.modularity(of: p))
    }.0
    let types = Array(Set(network.actors.map(\.type))).sorted()
    let position = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
    let typeIndex = network.actors.map { position[$0.type] ?? 0 }
    _ = step("group mixing (types, communities)") {
        (graph.groupMixing(groups: typeIndex, groupCount: types.count),
         graph.groupMixing(groups: partition.membership, groupCount: partition.count))
    }
    _ = step("brokerage (Gould-Fernandez)") { graph.brokerageRoles(groups: typeIndex) }
    _ = step("fragmentation + key players") { (graph.fragmentation(), graph.keyPlayerFragmentation()) }
    return (steps, graph)
}

/// igraph's timings for the same graph, or nil (with the reason printed) when it cannot run.
struct IgraphTimes {
    let version: String
    let wall: [String: Double]
    let cpu: [String: Double]
    let peakKB: Int?

    /// Wall time of one measure, or of several joined by `+` (nil when any is missing).
    func wall(_ key: String) -> Double? { total(key, in: wall) }
    func cpu(_ key: String) -> Double? { total(key, in: cpu) }

    private func total(_ key: String, in times: [String: Double]) -> Double? {
        var sum = 0.0
        for part in key.split(separator: "+") {
            guard let t = times[String(part)] else { return nil }
            sum += t
        }
        return sum
    }
}

/// Writes the graph as the peer scripts read it: a line "n m", then one line "u v strength" per edge.
func writeEdges(of graph: Graph, to file: URL) throws {
    var text = "\(graph.nodeCount) \(graph.edgeCount)\n"
    text.reserveCapacity(24 * graph.edgeCount)
    for e in graph.edges {
        let s = e.strength == e.strength.rounded() ? String(Int(e.strength)) : String(e.strength)
        text += "\(e.u) \(e.v) \(s)\n"
    }
    try text.write(to: file, atomically: true, encoding: .utf8)
}

private func runIgraph(graph: Graph, samples: Int?, seed: UInt64, script: String) -> IgraphTimes? {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: directory) }
    let edgesFile = directory.appendingPathComponent("edges-\(graph.nodeCount).txt")
    let pivotsFile = directory.appendingPathComponent("pivots-\(graph.nodeCount).txt")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try writeEdges(of: graph, to: edgesFile)
        var arguments = [script, edgesFile.path]
        if let samples {
            let pivots = graph.samplePivots(samples, seed: seed)
            try pivots.map(String.init).joined(separator: " ").write(to: pivotsFile, atomically: true, encoding: .utf8)
            arguments += ["--pivots", pivotsFile.path]
        }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3"] + arguments
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        guard let object = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            print("igraph: no result from \(script)")
            return nil
        }
        if let error = object["error"] as? String {
            print("igraph: \(error) (pip install igraph to get the comparison)")
            return nil
        }
        let times = object["times"] as? [String: [String: Double]] ?? [:]
        return IgraphTimes(
            version: object["version"] as? String ?? "?",
            wall: times.compactMapValues { $0["wall"] }, cpu: times.compactMapValues { $0["cpu"] },
            peakKB: object["peakKB"] as? Int)
    } catch {
        print("igraph: could not run python3 \(script): \(error)")
        return nil
    }
}

private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}

private func seconds(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
private func mebibytes(_ kb: Int?) -> String { kb.map { String(format: "%.0f", Double($0) / 1024) } ?? "-" }

private func printTable(_ steps: [StepResult], igraph: IgraphTimes?) {
    let header = pad("step", 50, left: true) + pad("wall s", 9) + pad("cpu s", 9) + pad("peak MiB", 10)
        + pad("+MiB", 7) + pad("igraph s", 10) + pad("ratio", 8)
    print(header)
    print(String(repeating: "-", count: header.count))
    for s in steps {
        let other = s.igraphKey.flatMap { igraph?.wall($0) }
        let growth = s.peakKB.flatMap { peak in s.startKB.map { peak - $0 } }
        let ratio = other.map { String(format: "%.2f", s.wall / max($0, 1e-9)) } ?? "-"
        print(pad(s.name, 50, left: true) + pad(seconds(s.wall), 9) + pad(seconds(s.cpu), 9)
              + pad(mebibytes(s.peakKB), 10) + pad(mebibytes(growth), 7) + pad(seconds(other), 10) + pad(ratio, 8))
    }
}

private func printSummary(_ steps: [StepResult], igraph: IgraphTimes?, actors: Int, sampled: Bool) {
    guard let report = steps.first(where: { $0.name.hasPrefix("COMPLETE") }) else { return }
    let peak = report.peakKB.map { Double($0) / 1024 }
    print(String(format: "complete report: %.3f s wall, %.3f s cpu", report.wall, report.cpu)
          + (peak.map { String(format: ", peak RSS %.0f MiB (process, network included)", $0) } ?? ""))
    if let igraph {
        let same = steps.filter { $0.igraphKey != nil }
        let ours = same.reduce(0) { $0 + $1.wall }
        let oursCPU = same.reduce(0) { $0 + $1.cpu }
        let theirs = same.compactMap { $0.igraphKey.flatMap { igraph.wall($0) } }.reduce(0, +)
        let theirsCPU = same.compactMap { $0.igraphKey.flatMap { igraph.cpu($0) } }.reduce(0, +)
        print(String(format: "igraph %@ (one thread), same measures: %.3f s wall, %.3f s cpu; peak RSS %@ MiB (python process)",
                     igraph.version, theirs, theirsCPU, mebibytes(igraph.peakKB)))
        print(String(format: "ratio, same measures one by one (ours %.3f s / igraph): %.2f wall, %.2f cpu",
                     ours, ours / max(theirs, 1e-9), oursCPU / max(theirsCPU, 1e-9)))
        print(String(format: "ratio, COMPLETE report (which also does effective size, group mixing, brokerage, fragmentation, "
                     + "gaps, introductions, JSON) / igraph same measures: %.2f wall, %.2f cpu",
                     report.wall / max(theirs, 1e-9), report.cpu / max(theirsCPU, 1e-9)))
        if (5_000...20_000).contains(actors) {
            print("target (ratio of the complete report below 1.0): " + (report.wall < theirs ? "met" : "MISSED"))
        }
    }
    if actors >= 50_000, sampled, let peak {
        let met = report.wall < 10 && peak < 1024
        print("target (under 10 s and under 1 GiB without exact betweenness): " + (met ? "met" : "MISSED"))
    }
}
