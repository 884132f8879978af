import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Network loader: fuzzing")
struct LoadingFuzzTests {
    static let validActors = Array([
        "id;Name;Typ;Themen;Einfluss;Privatperson;Notizen",
        ";Quartiersbüro;Institution;Umwelt|Jugend;8,5;nein;\"zwei\r\nZeilen \"\"zitiert\"\"\"",
        ";Kita Sonnenschein;Institution;;3;;",
        "qm;Jürgen;Bewohner:in;;;ja;",
        "",
    ].joined(separator: "\r\n").utf8)
    static let validTies = Array([
        "Von;An;Art;Stärke;seit;bis",
        "Quartiersbüro;Kita Sonnenschein;Kooperation;stark;2020;2024-01-01",
        "qm;Quartiersbüro;Förderung;2;;",
        "",
    ].joined(separator: "\r\n").utf8)

    /// One mutation of valid bytes: random bytes, a cut, a doubled or stray quote, separators, line breaks.
    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let steps = Int.random(in: 1...4, using: &rng)
        for _ in 0..<steps {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<9, using: &rng) {
            case 0: if !bytes.isEmpty { bytes[position] = UInt8.random(in: 0...255, using: &rng) }
            case 1: bytes = Array(bytes.prefix(position))
            case 2: bytes.insert(UInt8(ascii: "\""), at: position)
            case 3: bytes.insert(contentsOf: Array("\"\"".utf8), at: position)
            case 4: bytes.insert([UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t")][position % 3], at: position)
            case 5: bytes.insert(contentsOf: [[13], [10], [13, 10]][position % 3], at: position)
            case 6: if !bytes.isEmpty { bytes.remove(at: position) }
            case 7: bytes.insert(contentsOf: bytes[position...].prefix(Int.random(in: 0...40, using: &rng)), at: position)
            default: bytes.insert(contentsOf: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xE4], [0x80], [0xC3]][position % 5],
                                  at: position)
            }
        }
        return bytes
    }

    static func randomBytes(_ rng: inout SplitMix64) -> [UInt8] {
        let alphabet = Array("ab ;,\t\"\r\nÄ|1,5x".utf8) + [0xE4, 0xFF, 0xFE, 0x00]
        return (0..<Int.random(in: 0...120, using: &rng)).map { _ in
            alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
        }
    }

    /// The loader on thousands of broken inputs: it must always return a network or errors, never crash.
    @Test func mutatedAndRandomInputsNeverCrash() throws {
        var rng = SplitMix64(seed: 20_240_601)
        let folder = try Repository.scratchFolder("loading-fuzz")
        let actorsURL = folder.appendingPathComponent("actors.csv")
        let tiesURL = folder.appendingPathComponent("ties.csv")
        var loaded = 0, failed = 0
        for round in 0..<3_000 {
            let actors: [UInt8], ties: [UInt8]
            switch round % 4 {
            case 0: (actors, ties) = (Self.mutate(Self.validActors, &rng), Self.validTies)
            case 1: (actors, ties) = (Self.validActors, Self.mutate(Self.validTies, &rng))
            case 2: (actors, ties) = (Self.mutate(Self.validActors, &rng), Self.mutate(Self.validTies, &rng))
            default: (actors, ties) = (Self.randomBytes(&rng), Self.randomBytes(&rng))
            }
            try Data(actors).write(to: actorsURL)
            try Data(ties).write(to: tiesURL)
            do {
                let result = try NetworkLoader.load(from: folder)
                loaded += 1
                #expect(!result.network.actors.isEmpty)
                for tie in result.network.ties {
                    #expect(tie.source != tie.target && result.network.actors.indices.contains(tie.source)
                            && result.network.actors.indices.contains(tie.target))
                }
            } catch {
                failed += 1
                #expect(!error.errors.isEmpty && !error.isIOError)
                for issue in error.errors { #expect(!issue.description(.en).isEmpty) }
            }
            // Also the CSV reader alone, straight on the bytes.
            _ = try? CSVReader.read(actors)
        }
        #expect(loaded + failed == 3_000)
        #expect(loaded > 100 && failed > 100)  // the mutations exercise both outcomes
    }

    @Test func randomYAMLNeverCrashes() throws {
        var rng = SplitMix64(seed: 7)
        let valid = Array("name: X\nhome: A\nactors:\n  - {name: A, type: verein}\n  - name: B\n    type: Verein\nties:\n  - {source: A, target: B}\n".utf8)
        let folder = try Repository.scratchFolder("loading-fuzz-yaml")
        let url = folder.appendingPathComponent("net.yaml")
        for _ in 0..<500 {
            try Data(Self.mutate(valid, &rng)).write(to: url)
            do {
                _ = try NetworkLoader.load(from: url)
            } catch {
                #expect(!error.errors.isEmpty)
            }
        }
    }
}
