import Foundation
import NetworkMap

/// A library the benchmark compares with, timed by `peers_bench.py` in a Python process of its own.
enum Peer: String, CaseIterable {
    case igraph, networkit, rustworkx
}

/// One peer's timings on the same graph.
struct PeerTimes {
    let peer: Peer
    let version: String
    let wall: [String: Double]
    let cpu: [String: Double]
    let peakKB: Int?
    /// Modularity of the peer's Louvain partition, where it has one.
    let modularity: Double?

    /// Wall time of one measure, or of several joined by `+`; `complete` is false when some part is missing.
    func wall(_ key: String) -> (seconds: Double, complete: Bool)? { total(key, in: wall) }
    func cpu(_ key: String) -> (seconds: Double, complete: Bool)? { total(key, in: cpu) }

    private func total(_ key: String, in times: [String: Double]) -> (seconds: Double, complete: Bool)? {
        var sum = 0.0, found = 0, parts = 0
        for part in key.split(separator: "+") {
            parts += 1
            guard let t = times[String(part)] else { continue }
            sum += t
            found += 1
        }
        return found == 0 ? nil : (sum, found == parts)
    }
}

/// Writes the graph as the peers' script reads it: a line "n m", then one line "u v strength" per edge.
func writeEdges(of graph: Graph, to file: URL) throws {
    var text = "\(graph.nodeCount) \(graph.edgeCount)\n"
    text.reserveCapacity(24 * graph.edgeCount)
    for e in graph.edges {
        let s = e.strength == e.strength.rounded() ? String(Int(e.strength)) : String(e.strength)
        text += "\(e.u) \(e.v) \(s)\n"
    }
    try text.write(to: file, atomically: true, encoding: .utf8)
}

/// Times every requested peer on `graph` (sampled path measures from the library's own pivots), skipping
/// with a note those that python3 cannot import.
func runPeers(_ peers: [Peer], graph: Graph, samples: Int?, seed: UInt64, script: String) -> [PeerTimes] {
    guard !peers.isEmpty else { return [] }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: directory) }
    let edgesFile = directory.appendingPathComponent("edges-\(graph.nodeCount).txt")
    let pivotsFile = directory.appendingPathComponent("pivots-\(graph.nodeCount).txt")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try writeEdges(of: graph, to: edgesFile)
        if let samples {
            let pivots = graph.samplePivots(samples, seed: seed)
            try pivots.map(String.init).joined(separator: " ").write(to: pivotsFile, atomically: true, encoding: .utf8)
        }
    } catch {
        print("peers: could not write the graph for them (\(error))")
        return []
    }
    return peers.compactMap { peer in
        var arguments = [script, peer.rawValue, edgesFile.path]
        if samples != nil { arguments += ["--pivots", pivotsFile.path] }
        return runPeer(peer, arguments: arguments)
    }
}

private func runPeer(_ peer: Peer, arguments: [String]) -> PeerTimes? {
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3"] + arguments
    let pipe = Pipe()
    python.standardOutput = pipe
    do {
        try python.run()
    } catch {
        print("\(peer.rawValue): could not run python3 (\(error)); column left empty")
        return nil
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    guard let object = (try? JSONSerialization.jsonObject(with: output)) as? [String: Any] else {
        print("\(peer.rawValue): no result from the script (status \(python.terminationStatus)); column left empty")
        return nil
    }
    if let error = object["error"] as? String {
        print("\(peer.rawValue): \(error); column left empty (pip install \(peer.rawValue) to compare with it)")
        return nil
    }
    let times = object["times"] as? [String: [String: Double]] ?? [:]
    return PeerTimes(
        peer: peer, version: object["version"] as? String ?? "?",
        wall: times.compactMapValues { $0["wall"] }, cpu: times.compactMapValues { $0["cpu"] },
        peakKB: object["peakKB"] as? Int, modularity: object["modularity"] as? Double)
}
