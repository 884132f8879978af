import Foundation
import NetworkMap

/// The formats the loader reads; add a new one here (see ``FuzzFormat``).
public enum FuzzFormats {
    public static let all: [any FuzzFormat] = [CSVFolderFormat(), YAMLFileFormat(), ExchangeFileFormat(name: "graphml"),
                                               ExchangeFileFormat(name: "gexf")]
}

/// A few byte steps and format steps on one file of the input.
private func mutateFile(
    _ seed: FuzzInput, file: String, _ random: inout SplitMix64, limits: FuzzLimits,
    formatStep: (inout [UInt8], inout SplitMix64) -> String
) -> FuzzInput {
    var input = seed
    var bytes = input.files[file] ?? []
    let donors = Array(seed.files.values)
    // Often a single step, so that more inputs still load and reach the outputs.
    for _ in 0..<(random.oneIn(2) ? 1 : random.int(2...4)) {
        let before = bytes
        let step = random.oneIn(2) ? formatStep(&bytes, &random)
            : ByteMutator.step(&bytes, &random, limits: limits, donors: donors)
        if bytes.count > limits.fileSize {
            bytes = before
            input.steps.append("\(file): (\(step): undone, over \(limits.fileSize) bytes)")
        } else {
            input.steps.append("\(file): \(step)")
        }
    }
    input.files[file] = bytes
    return input
}

/// A network folder: actors.csv, ties.csv and network.yaml, from `networks/`.
public struct CSVFolderFormat: FuzzFormat {
    public let name = "csv"
    public init() {}

    /// The examples, and the two German Excel exports of the loader's tests (Windows-1252, UTF-8 with BOM).
    public func seeds(repository: URL, binary: URL, large: Bool) throws -> [FuzzInput] {
        let names = (large ? ["riverside", "muehlenviertel", "muehlenviertel-2026"] : ["riverside"]).map { "networks/\($0)" }
            + ["excel-cp1252", "excel-utf8-bom"].map { "Tests/NetworkMapTests/Fixtures/loading/\($0)" }
        return try names.map { try FuzzInput.read(from: repository.appendingPathComponent($0), entry: nil) }
    }

    public func mutate(_ seed: FuzzInput, _ random: inout SplitMix64, limits: FuzzLimits) -> FuzzInput {
        let file = random.pick(seed.files.keys.sorted())
        return mutateFile(seed, file: file, &random, limits: limits) { bytes, random in
            file.hasSuffix(".yaml") ? YAMLMutator.step(&bytes, &random, limits: limits)
                : CSVMutator.step(&bytes, &random, limits: limits)
        }
    }
}

/// A single network.yaml that lists its actors and ties.
public struct YAMLFileFormat: FuzzFormat {
    public let name = "yaml"
    public init() {}

    static let seed = """
        name: Kleines Viertel
        date: 2025-01-31
        language: de
        home: qm
        themes: [Bildung, Umwelt]
        actor_types:
          - {id: kita, label_de: Kita, label_en: Day care, color: "#1b9e77", shape: box}
        actors:
          - {id: qm, name: Quartiersbüro, type: Institution, themes: Bildung|Umwelt}
          - {name: Kita Sonnenschein, type: kita, influence: "2,5"}
          - {name: Jürgen, type: Bewohner:in, private: ja}
          - {name: Gartenverein e.V., type: Verein, attitude: unterstützend}
        ties:
          - {source: qm, target: Kita Sonnenschein, kind: Kooperation, strength: stark}
          - {source: Jürgen, target: qm, kind: Information}
          - {source: Gartenverein e.V., target: qm, kind: Förderung, strength: 2, since: 2020-01-01}

        """

    public func seeds(repository: URL, binary: URL, large: Bool) throws -> [FuzzInput] {
        [FuzzInput(files: ["network.yaml": Array(Self.seed.utf8)], entry: "network.yaml")]
    }

    public func mutate(_ seed: FuzzInput, _ random: inout SplitMix64, limits: FuzzLimits) -> FuzzInput {
        mutateFile(seed, file: "network.yaml", &random, limits: limits) { bytes, random in
            YAMLMutator.step(&bytes, &random, limits: limits)
        }
    }
}

/// A GraphML or GEXF file, as `convert` writes it from the example networks.
public struct ExchangeFileFormat: FuzzFormat {
    public let name: String
    public init(name: String) { self.name = name }

    public func seeds(repository: URL, binary: URL, large: Bool) throws -> [FuzzInput] {
        let networks = large ? ["riverside", "muehlenviertel"] : ["riverside"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("network-map-fuzz-seeds-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try networks.map { network in
            let file = folder.appendingPathComponent("\(network).\(name)")
            let run = try ProcessRun.run(binary, ["convert", repository.appendingPathComponent("networks/\(network)").path,
                                                  "--to", name, "--show-private", "-o", file.path], timeout: 120)
            guard run.outcome == .exited(0) else { throw SeedError(message: "convert \(network) --to \(name): \(run.stderr)") }
            return FuzzInput(files: ["network.\(name)": [UInt8](try Data(contentsOf: file))], entry: "network.\(name)")
        }
    }

    public func mutate(_ seed: FuzzInput, _ random: inout SplitMix64, limits: FuzzLimits) -> FuzzInput {
        mutateFile(seed, file: "network.\(name)", &random, limits: limits) { bytes, random in
            XMLMutator.step(&bytes, &random, limits: limits)
        }
    }
}

/// A seed that could not be made.
public struct SeedError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
