import Foundation
import NetworkMap
import Reports
import Wording

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

/// Prints where the numbers come from.
func printMachine() {
    var lines = ["cores: \(ProcessInfo.processInfo.activeProcessorCount)"]
    if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
       let model = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") }) {
        lines.append("cpu: " + (model.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""))
    }
    lines.append(String(format: "memory: %.1f GiB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824))
    lines.append("os: \(ProcessInfo.processInfo.operatingSystemVersionString)")
    if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
        lines.append("load average: " + load.split(separator: " ").prefix(3).joined(separator: " "))
    }
    print(lines.joined(separator: "  |  "))
}

/// Generates the network of one size, times everything on it, and prints the table.
func runSize(_ size: Int, options: BenchOptions) {
    let (generated, network) = measure("generate network (not part of the analysis)", repeating: false) {
        CityNetwork.generate(actors: size, variant: options.variant)
    }
    let analysisOptions = AnalysisOptions(exact: options.exact)
    let n = network.actors.count
    let samples = analysisOptions.sampleCount(nodeCount: n, edgeCount: Graph(network).edgeCount)

    var steps: [StepResult] = [generated]
    if n <= 20_000 { steps += loading(network) }
    steps += endToEnd(network, options: analysisOptions)
    steps += MergeBench.steps(network)
    let (graphSteps, graph, modularity) = measures(network, samples: samples, seed: analysisOptions.seed, plain: options.plain)
    steps += graphSteps

    let maxDegree = (0..<graph.nodeCount).map { graph.degree(of: $0) }.max() ?? 0
    let components = graph.connectedComponents()
    let leaves = (0..<graph.nodeCount).filter { graph.degree(of: $0) == 1 }.count
    print("""

        == \(n) actors (\(options.variant.rawValue)), \(network.ties.count) ties (\(graph.edgeCount) linked pairs, \
        average degree \(String(format: "%.2f", 2 * Double(graph.edgeCount) / Double(max(n, 1))))), \
        \(components.count) components (largest \(components.first?.count ?? 0)), highest degree \(maxDegree), \
        \(leaves) actors with one tie, \(graph.articulationPoints().count) articulation points; \
        betweenness/closeness: \(samples.map { "sampled from \($0) sources (seed \(analysisOptions.seed))" } ?? "exact") ==
        """)
    fflush(nil)
    let peers = runPeers(options.peers, graph: graph, samples: samples, seed: analysisOptions.seed, script: options.script)
    let table = BenchTable(steps: steps, peers: peers, actors: n, sampled: samples != nil, modularity: modularity)
    table.print()
}

/// Loading the same network from CSV files and from one workbook (as `convert --to xlsx` writes it).
///
/// Every command loads this way. Issue #12 asks the workbook to load in less than twice the CSV's time, in bounded
/// memory.
private func loading(_ network: Network) -> [StepResult] {
    let document = NetworkWorkbook.document(network, words: Language.de.phrases.workbookWords)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-bench-\(ProcessInfo.processInfo.processIdentifier)")
    let csvFolder = folder.appendingPathComponent("csv"), xlsxFolder = folder.appendingPathComponent("xlsx")
    defer { try? FileManager.default.removeItem(at: folder) }
    func text(_ cell: OutputCell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let value): return value
        case .number(let value, _): return value == value.rounded() ? String(Int(value)) : String(value)
        case .boolean(let value): return value ? "ja" : "nein"
        case .date(let day), .dateTime(let day, _): return day.description
        }
    }
    do {
        try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: xlsxFolder, withIntermediateDirectories: true)
        for (sheet, name) in zip(document.sheets, ["actors.csv", "ties.csv"]) {
            try CSVDialect.comma.document(sheet.rows.map { $0.map(text) }).write(to: csvFolder.appendingPathComponent(name),
                                                                                  atomically: true, encoding: .utf8)
        }
        try XLSXWriter.write(document, to: xlsxFolder.appendingPathComponent("netz.xlsx"))
    } catch {
        print("could not write the loading benchmark's files: \(error)")
        return []
    }
    let (csv, _) = measure("load CSV folder (actors.csv, ties.csv)") { (try? NetworkLoader.load(from: csvFolder))?.network.ties.count }
    let (xlsx, _) = measure("load the same as one .xlsx workbook") { (try? NetworkLoader.load(from: xlsxFolder))?.network.ties.count }
    return [csv, xlsx]
}

/// The complete `report --format json` as the command line runs it, then the findings step by step.
private func endToEnd(_ network: Network, options: AnalysisOptions) -> [StepResult] {
    let language = Language.de
    let (report, result) = measure("COMPLETE report --format json (all below + JSON)") {
        let shown = network.prepared(showingPrivateNames: false, pseudonym: language.phrases.pseudonym)
        let analysis = Analysis(shown, options: options)
        let json = JSONReport.data(analysis, language: language)  // what the command line writes
        return (analysis, json.count)
    }
    let analysis = result.0
    let (gaps, _) = measure("  findings: gaps") { analysis.gaps.count }
    let (introductions, _) = measure("  findings: introductions") { analysis.introductions().count }
    let (json, _) = measure("  JSON report of a finished analysis") { JSONReport.data(analysis, language: language).count }
    return [report, gaps, introductions, json]
}

/// Each measure on its own, called as `Analysis` calls it; with `plain`, the path measures also the plain way.
private func measures(_ network: Network, samples: Int?, seed: UInt64, plain: Bool) -> ([StepResult], Graph, Double) {
    var steps: [StepResult] = []
    func step<T>(_ name: String, peers key: String? = nil, _ work: () -> T) -> T {
        let (result, value) = measure(name, peers: key, work)
        steps.append(result)
        return value
    }
    let graph = step("graph build", peers: "build") { Graph(network) }
    // Analysis runs these three from one set of searches; a peer's column is its three calls added up.
    _ = step("betweenness + closeness + harmonic", peers: "betweenness+closeness+harmonic") {
        graph.betweennessAndCloseness(samples: samples, seed: seed)
    }
    _ = step("weighted betweenness", peers: "weightedBetweenness") {
        graph.betweenness(weighted: true, samples: samples, seed: seed)
    }
    if plain {
        _ = step("  plain: betweenness + closeness + harmonic") {
            graph.betweennessAndCloseness(samples: samples, seed: seed, algorithm: .plain)
        }
        _ = step("  plain: weighted betweenness") {
            graph.betweenness(weighted: true, samples: samples, seed: seed, algorithm: .plain)
        }
    }
    _ = step("pagerank", peers: "pagerank") { graph.pagerank() }
    _ = step("eigenvector centrality", peers: "eigenvector") { graph.eigenvectorCentrality() }
    _ = step("constraint", peers: "constraint") { graph.constraint() }
    _ = step("effective size") { graph.effectiveSize() }
    _ = step("core numbers", peers: "cores") { graph.coreNumbers() }
    _ = step("components + articulation points + bridges", peers: "components") {
        (graph.connectedComponents(), graph.articulationPoints(), graph.bridges())
    }
    let (partition, modularity) = step("Louvain communities + modularity", peers: "louvain") {
        let p = graph.louvainCommunities(seed: seed)
        return (p, graph.modularity(of: p))
    }
    let types = Array(Set(network.actors.map(\.type))).sorted()
    let position = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
    let typeIndex = network.actors.map { position[$0.type] ?? 0 }
    _ = step("group mixing (types, communities)") {
        (graph.groupMixing(groups: typeIndex, groupCount: types.count),
         graph.groupMixing(groups: partition.membership, groupCount: partition.count))
    }
    _ = step("brokerage (Gould-Fernandez)") { graph.brokerageRoles(groups: typeIndex) }
    _ = step("fragmentation + key players") { (graph.fragmentation(), graph.keyPlayerFragmentation()) }
    return (steps, graph, modularity)
}
