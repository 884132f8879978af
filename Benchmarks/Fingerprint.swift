import Foundation
import NetworkMap
import Reports
import Wording

/// Prints FNV-1a hashes of every measure (path-based ones exact and sampled) and of the whole JSON report.
///
/// Optimisations must keep every bit: run this before and after a change and compare the lines.
func printFingerprint(_ size: Int, variant: CityNetwork.Variant) {
    let network = CityNetwork.generate(actors: size, variant: variant)
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
    // Exact path measures only up to 30,000 actors: above, one fingerprint would take an hour.
    for samples in (size <= 30_000 ? [nil, size / 10] : [size / 10]) as [Int?] {
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
    let shown = network.prepared(showingPrivateNames: false, pseudonym: Language.de.phrases.pseudonym)
    let json = JSONReport.render(Analysis(shown), language: .de)
    print(size, "JSON report:", hash(json.utf8.map { Double($0) }), json.utf8.count, "bytes")
}

/// Times the named steps on one size `repeats` times (best CPU and wall time) and prints a hash of each result.
///
/// For A/B decisions on a shared machine, where CPU time is steadier than wall time. Steps: paths (betweenness,
/// closeness and harmonic from one set of searches), weighted, closeness, harmonic, their plain counterparts
/// plainpaths, plainweighted, plaincloseness (Brandes 2001 as written: same hashes expected), pagerank,
/// eigenvector, cores, louvain (louvain1, louvain2, louvain4, louvain8: that many restarts, with the modularity reached),
/// introductions, json, report; `sampled` among them switches the path steps to the
/// analysis' sampling.
func timeSteps(_ size: Int, options: BenchOptions) {
    let network = CityNetwork.generate(actors: size, variant: options.variant)
    let graph = Graph(network)
    let sampled = options.steps.contains("sampled")
    let samples = sampled ? AnalysisOptions().sampleCount(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount) : nil
    func hash(_ values: some Sequence<Double>) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for v in values { h = (h ^ v.bitPattern) &* 0x100_0000_01B3 }
        return String(h, radix: 16)
    }
    /// The report's bytes as numbers, lazily: no array eight times the report's size.
    func hash(bytes: Data) -> String { hash(bytes.lazy.map { Double($0) }) }
    let shown = network.prepared(showingPrivateNames: false, pseudonym: Language.de.phrases.pseudonym)
    var analysis: Analysis?
    for step in options.steps where step != "sampled" {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var fingerprint = ""
        for _ in 0..<options.repeats {
            let (result, text): (StepResult, String) = measure(step) { () -> String in
                switch step {
                case "paths":
                    let r = graph.betweennessAndCloseness(samples: samples, seed: 1)
                    return [hash(r.betweenness), hash(r.closeness), hash(r.harmonic)].joined(separator: " ")
                case "weighted": return hash(graph.betweenness(weighted: true, samples: samples, seed: 1))
                case "plainpaths":
                    let r = graph.betweennessAndCloseness(samples: samples, seed: 1, algorithm: .plain)
                    return [hash(r.betweenness), hash(r.closeness), hash(r.harmonic)].joined(separator: " ")
                case "plainweighted":
                    return hash(graph.betweenness(weighted: true, samples: samples, seed: 1, algorithm: .plain))
                case "plaincloseness": return hash(graph.closeness(samples: samples, seed: 1, algorithm: .plain))
                case "closeness": return hash(graph.closeness(samples: samples, seed: 1))
                case "harmonic": return hash(graph.harmonicCentrality(samples: samples, seed: 1))
                case "pagerank": return hash(graph.pagerank())
                case "eigenvector": return hash(graph.eigenvectorCentrality())
                case "cores": return hash(graph.coreNumbers().map(Double.init))
                case "louvain": return hash(graph.louvainCommunities(seed: 1).membership.map(Double.init))
                case "louvain1", "louvain2", "louvain4", "louvain8":
                    let partition = graph.louvainCommunities(seed: 1, restarts: Int(step.dropFirst(7)) ?? 1)
                    return String(format: "modularity %.4f  ", graph.modularity(of: partition))
                        + hash(partition.membership.map(Double.init))
                case "report": return hash(bytes: JSONReport.data(Analysis(shown), language: .de))
                case "introductions", "json":
                    let a = analysis ?? Analysis(shown)
                    analysis = a
                    if step == "json" { return hash(bytes: JSONReport.data(a, language: .de)) }
                    return hash(a.introductions().flatMap { [Double($0.source), Double($0.target), $0.gain] })
                default: return "unknown step"
                }
            }
            best = (min(best.wall, result.wall), min(best.cpu, result.cpu))
            fingerprint = text
        }
        print(pad(step, 14, left: true) + String(format: "%9.3f wall %9.3f cpu  ", best.wall, best.cpu) + fingerprint)
    }
}
