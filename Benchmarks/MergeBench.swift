import Foundation
import NetworkMap
import Wording

/// Three interview lists of a city network, merged and written: what `network-map merge` does after loading.
///
/// Each list holds about 60 % of the city's actors (so most actors are in two or three lists) and the ties among
/// them, the names spelled as people do: pronounceable made-up words with kinds of organisation and areas around
/// them ("Kita Barolime e.V. Gebiet 3"), one list in capitals here and there, "ae" for "ä", legal forms added or
/// left out, and a typo in 2 % of the names, which the matcher can only propose. Real-shaped names matter: the
/// matcher's blocking works on words and letter pairs, so names that are only numbers ("Verein 12") would not
/// measure it. Deterministic for a given network.
enum MergeBench {
    static func sources(of network: Network, count: Int = 3) -> [MergeSource] {
        var random = SplitMix64(seed: 99 ^ UInt64(network.actors.count))
        let kinds: [ActorType: [String]] = [
            .institution: ["Kita", "Grundschule", "Familienzentrum", "Jugendclub", "Bibliothek", "Beratungsstelle"],
            .association: ["Verein", "Kulturverein", "Sportverein", "Förderverein", "Nachbarschaftshaus"],
            .business: ["Bäckerei", "Café", "Apotheke", "Buchhandlung", "Werkstatt"],
            .residentsGroup: ["Initiative", "Gemeinschaftsgarten", "Hausgemeinschaft", "Elterncafé"],
            .body: ["Arbeitskreis", "Quartiersrat", "Runder Tisch"],
            .resident: [""],
        ]
        let syllables = ["ba", "ro", "li", "me", "sa", "tu", "ne", "ka", "lo", "ri", "fe", "go", "mü", "hä", "da", "wi",
                         "se", "pa", "nu", "ze", "bo", "la", "ki", "stra", "berg", "feld", "hof", "au", "tal", "brück"]
        func word() -> String {
            let parts = (0..<(2 + random.below(3))).map { _ in syllables[random.below(syllables.count)] }
            return parts.joined().prefix(1).uppercased() + parts.joined().dropFirst()
        }
        let names: [String] = network.actors.map { actor in
            if actor.type == .resident { return "\(word()) \(word().prefix(1))." }
            let kind = kinds[actor.type]?[random.below(kinds[actor.type]?.count ?? 1)] ?? "Einrichtung"
            let area = actor.area.map { " " + $0 } ?? ""
            return "\(kind) \(word())\(random.chance(0.3) ? " " + word() : "")\(area)"
        }
        return (0..<count).map { s in
            var keep = [Bool](repeating: false, count: network.actors.count)
            for i in keep.indices { keep[i] = random.chance(0.6) }
            var index = [Int](repeating: -1, count: network.actors.count)
            var listed = Network(name: network.name, date: Day(year: 2025, month: 3 + s, day: 1), language: .de,
                                 source: "Interviewreihe \(s + 1)")
            for (i, actor) in network.actors.enumerated() where keep[i] {
                var name = names[i]
                if random.chance(0.2) { name = name.replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ü", with: "ue") }
                if random.chance(0.1) { name += " e.V." }
                if random.chance(0.05) { name = name.uppercased() }
                if random.chance(0.02), name.count > 6 {
                    var letters = Array(name)
                    letters.swapAt(3, 4)
                    name = String(letters)
                }
                index[i] = listed.actors.count
                listed.actors.append(Actor(id: "n\(listed.actors.count + 1)", name: name, type: actor.type,
                                           area: actor.area, influence: actor.influence, isPrivate: actor.isPrivate))
            }
            for tie in network.ties where index[tie.source] >= 0 && index[tie.target] >= 0 {
                var copy = tie
                copy.source = index[tie.source]
                copy.target = index[tie.target]
                listed.ties.append(copy)
            }
            return MergeSource(network: listed, fallbackName: "interviews-\(s + 1)")
        }
    }

    /// The merge of three lists and the writing of its files, as two steps of the table.
    static func steps(_ network: Network) -> [StepResult] {
        let (made, lists) = measure("merge: make 3 interview lists (not the merge)") { Self.sources(of: network) }
        let records = lists.map { $0.network.actors.count }.reduce(0, +)
        let (merged, result) = measure("merge: \(records) listed actors from 3 sources") {
            try? NetworkMerger.merge(lists)
        }
        let (written, bytes) = measure("merge: actors.csv, ties.csv, network.yaml") {
            result.flatMap { try? NetworkFolderWriter.files($0.network, words: German()).map(\.bytes.count).reduce(0, +) } ?? 0
        }
        if let result {
            print("merge: \(result.network.actors.count) merged actors, \(result.network.ties.count) ties, "
                  + "\(result.report.proposals.count) proposals, \(bytes) bytes written")
        }
        return [made, merged, written]
    }
}
