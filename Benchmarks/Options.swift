import Foundation

/// What the command line asked for.
struct BenchOptions {
    var sizes = [1_000, 10_000, 100_000]
    var exact = false
    /// Peer libraries to time side by side (each skipped with a note when it cannot be imported).
    var peers = Peer.allCases
    /// Also time the plain path searches (Brandes 2001 as written, before the faster kernels and folding).
    var plain = false
    /// Run one size in this process instead of one child process per size.
    var single = false
    /// Print fingerprints of every measure instead of timing (to check that optimisations keep every bit).
    var fingerprint = false
    /// Time only these steps (see `timeSteps`), repeatedly, and print their hashes: quick A/B checks.
    var steps: [String] = []
    var repeats = 3
    /// Write each size's edge list into this folder instead of timing (for scripts that study the networks).
    var edgesFolder: String?
    /// The variant of the generated networks (see ``CityNetwork/Variant``).
    var variant = CityNetwork.Variant.city
    var script: String = {
        // The peers' script sits next to this file in the source tree.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peers_bench.py").path
    }()

    static let usage = """
        usage: network-map-bench [--sizes 1000,10000,100000] [--exact] [--plain] [--no-peers | --peers igraph,networkit]
                                 [--variant city|leafy] [--peers-script PATH]
               network-map-bench --fingerprint [--sizes ...] [--variant ...]
               network-map-bench --steps paths,weighted,... [--repeat 3] [--sizes ...] [--variant ...]

        Generates deterministic city-scale networks, times every measure of the analysis and the complete
        JSON report, and (where python3 has them) igraph, networkit and rustworkx on the same networks,
        with the fastest of them and our ratio to it for every measure.
        Each size runs in a child process of its own, so that its peak memory is its own.
          --sizes         comma-separated actor counts (default 1000,10000,100000)
          --exact         exact betweenness and closeness at every size (default: sampled above 20,000)
          --plain         also time the plain path searches (Brandes 2001 as written), for the speed-up
          --peers         comma-separated peer libraries (default igraph,networkit,rustworkx)
          --no-peers      no peer columns
          --variant       city (default) or leafy (many actors with a single tie, for the folding)
          --fingerprint   hashes of every measure and of the JSON report instead of timings
          --steps         time only these steps, best of --repeat runs, with hashes of their results:
                          paths, weighted, closeness, harmonic, plainpaths, plainweighted, plaincloseness,
                          pagerank, eigenvector, cores, louvain, louvain1/2/4/8 (that many restarts, with
                          the modularity), introductions, json, report; add sampled for the analysis' sampling
          --write-edges   write each size's edge list into this folder and stop
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
            case "--plain": plain = true
            case "--no-peers", "--no-igraph": peers = []
            case "--peers":
                let names = (value() ?? "").split(separator: ",").map(String.init)
                let chosen = names.compactMap(Peer.init(rawValue:))
                guard chosen.count == names.count else {
                    print("--peers takes a comma-separated list of: " + Peer.allCases.map(\.rawValue).joined(separator: ", "))
                    return nil
                }
                peers = chosen
            case "--variant":
                guard let chosen = value().flatMap(CityNetwork.Variant.init(rawValue:)) else {
                    print("--variant takes city or leafy")
                    return nil
                }
                variant = chosen
            case "--single": single = true
            case "--fingerprint": fingerprint = true
            case "--steps":
                steps = (value() ?? "").split(separator: ",").map(String.init)
            case "--repeat":
                repeats = max(1, Int(value() ?? "") ?? 1)
            case "--write-edges":
                guard let path = value() else { print("--write-edges needs a folder"); return nil }
                edgesFolder = path
            case "--peers-script", "--igraph-script":
                guard let path = value() else { print("--peers-script needs a path"); return nil }
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
        var args = ["--single", "--size", String(size), "--peers-script", script, "--variant", variant.rawValue]
        if exact { args.append("--exact") }
        if plain { args.append("--plain") }
        args += peers.isEmpty ? ["--no-peers"] : ["--peers", peers.map(\.rawValue).joined(separator: ",")]
        return args
    }
}
