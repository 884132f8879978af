import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Matching names")
struct MatchingTests {
    @Test(arguments: [
        ["Kita Sonnenschein", "KiTa Sonnenschein e.V.", "Kita Sonnenschein (Frau Peters)", "  kita   sonnenschein ",
         "Kita-Sonnenschein", "„Kita Sonnenschein“", "KITA SONNENSCHEIN E.V.", "Kita Sonnenschein eV", "KitaSonnenschein"],
        ["Nachbarschaftshaus Mühle e.V.", "Nachbarschaftshaus Muehle", "Nachbarschaftshaus Mu\u{308}hle"],
        ["Turmstraße 7", "Turmstr. 7", "Turmstrasse 7"],
        ["St. Markus", "Sankt Markus"],
        ["Café Mahlwerk", "Cafe Mahlwerk"],
        ["Obst & Gemüse Yıldız", "Obst Gemüse Yildiz"],
        ["İstanbul Grill", "Istanbul Grill"],
        ["Bezirksamt – Jugendamt", "Bezirksamt - Jugendamt", "Bezirksamt Jugendamt", "Bezirksamt/Jugendamt"],
        ["Wohnungsgenossenschaft Kanalufer eG", "Wohnungsgenossenschaft Kanalufer", "Wohnungsgenossenschaft Kanalufer e.G."],
        ["Pflegedienst Lebensfreude GmbH", "Pflegedienst Lebensfreude gGmbH", "Pflegedienst Lebensfreude gUG",
         "Pflegedienst Lebensfreude UG (haftungsbeschränkt)", "Pflegedienst Lebensfreude GmbH & Co. KG",
         "Pflegedienst Lebensfreude mbH"],
        ["Stadtwerke AöR", "Stadtwerke A.ö.R.", "Stadtwerke"],
        ["Bistum KdöR", "Bistum K.d.ö.R.", "Bistum"],
    ])
    func sameActor(names: [String]) {
        let keys = Set(names.map { ActorName($0).key })
        #expect(keys.count == 1, "\(names) → \(keys)")
    }

    @Test(arguments: [
        ("Ev. Kita Regenbogen", "Kita Regenbogen"),
        ("Kita Regenbogen", "Kita Sonnenschein"),
        ("Hausgemeinschaft Turmstraße 7", "Hausgemeinschaft Turmstraße 9"),
        ("Förderverein", "Forderverein"),
        ("Olga P.", "Olga Petrowa"),
        ("Theater-AG", "Theater"),
    ])
    func differentActors(a: String, b: String) {
        #expect(ActorName(a).key != ActorName(b).key)
    }

    @Test func aNameIsNeverReducedToNothing() {
        #expect(ActorName("e.V.").key == "ev")
        #expect(ActorName("(Frau Peters)").key == "fraupeters")
        #expect(ActorName("GmbH").key == "gmbh")
        #expect(ActorName("???").key == "#???")
        #expect(ActorName("???").key != ActorName("!!!").key)
        #expect(ActorName("Мир").key == "мир")
        #expect(ActorName("Ev. Kita").words == ["ev", "kita"])
    }

    @Test func idsThatSayMoreThanTheName() {
        #expect(ActorMatcher.meaningfulID("kita-sonnenschein", name: "Kita Sonnenschein") == nil)
        #expect(ActorMatcher.meaningfulID("kita-sonnenschein-2", name: "Kita Sonnenschein") == nil)
        #expect(ActorMatcher.meaningfulID("17", name: "Kita Sonnenschein") == nil)
        #expect(ActorMatcher.meaningfulID("n17", name: "Kita Sonnenschein") == nil)
        #expect(ActorMatcher.meaningfulID("QM", name: "Quartiersbüro") == "qm")
        #expect(ActorMatcher.meaningfulID("stadtteilzeitung", name: "Mühlenblatt") == "stadtteilzeitung")
        #expect(ActorMatcher.meaningfulID("kita-2024", name: "Kita Sonnenschein") == "kita-2024")
    }

    @Test func hostileNamesAreHandledInLinearTime() {
        let long = String(repeating: "Kita Sonnenschein ", count: 20_000)
        let name = ActorName(long)
        #expect(name.words.count == 40_000)
        #expect(EditDistance.threshold(length: name.key.unicodeScalars.count) == 0)
        let zalgo = "K" + String(repeating: "\u{301}", count: 50_000) + "ita"
        #expect(ActorName(zalgo).key == "kita")
        let brackets = String(repeating: "(", count: 10_000) + "Kita"
        #expect(ActorName(brackets).key == "kita")
    }

    @Test func genericWordsAreNotDistinctive() {
        for word in ["kita", "verein", "sportverein", "familienzentrum", "nachbarschaftshaus", "turmstrasse", "kanalufer",
                     "lindenhof", "muehlenviertel", "1921", "nord", "berlin", "und", "abc"] {
            #expect(!GenericWords.mayBeDistinctive(word), "\(word)")
        }
        for word in ["regenbogen", "sonnenschein", "noor", "mahlwerk", "kowalski"] {
            #expect(GenericWords.mayBeDistinctive(word), "\(word)")
        }
        let places = GenericWords.placeWords(areas: ["Hochhaussiedlung Nord", "Am Kanal"], networkNames: ["Mühlenviertel"])
        #expect(places == ["hochhaussiedlung", "nord", "am", "kanal", "muehlenviertel"])
    }

    @Test func evidenceBetweenNames() {
        func evidence(_ a: String, _ b: String, persons: Bool = false) -> [ProposalEvidence] {
            NameEvidence.between(ActorName(a), ActorName(b), persons: persons, isDistinctive: GenericWords.mayBeDistinctive)
        }
        #expect(evidence("Ev. Kita Regenbogen", "Kita Regenbogen") == [.sharedWord("regenbogen")])
        #expect(evidence("Kita Regenbogen", "Kita Sonnenschein").isEmpty)
        #expect(evidence("Kita Sonnenschein", "Kita Sonnenschien").contains(.editDistance(1)))
        #expect(evidence("Hausgemeinschaft Turmstraße 7", "Hausgemeinschaft Turmstraße 9").isEmpty)
        #expect(evidence("Tafel Mühlenviertel", "Mühlenviertel Tafel") == [.reorderedWords, .sharedWord("tafel")])
        #expect(evidence("Olga P.", "Olga Petrowa", persons: true) == [.abbreviatedName])
        #expect(evidence("Frau Olga P.", "Olga Petrowa", persons: true) == [.abbreviatedName])
        #expect(evidence("Hatice Y.", "Hatica Y.", persons: true) == [.editDistance(1)])
        #expect(evidence("Petrowa, Olga", "Olga Petrowa", persons: true) == [.reorderedWords])
        #expect(evidence("Jonas E.", "Jonas F.", persons: true).isEmpty)
        #expect(evidence("Olga P.", "Olga M.", persons: true).isEmpty)
        #expect(evidence("Olga", "Olga Petrowa", persons: true).isEmpty)
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    /// Random strings over a small alphabet, so that edits collide and swaps occur.
    static func randomWord(_ random: inout SplitMix64, length: Int) -> [Unicode.Scalar] {
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "ä", "ß"]
        return (0..<length).map { _ in alphabet[random.next(below: alphabet.count)] }
    }

    @Test func bandedDistanceAgreesWithTheLoadersFullTable() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let a = Self.randomWord(&random, length: random.next(below: 12))
            let b = Self.randomWord(&random, length: random.next(below: 12))
            let limit = random.next(below: 5)
            let full = Suggestions.distance(a.map(Character.init), b.map(Character.init))
            #expect(EditDistance.distance(a, b, limit: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
        }
        #expect(EditDistance.distance(Array("sonnenschein".unicodeScalars), Array("sonnenschien".unicodeScalars), limit: 2) == 1)
        #expect(EditDistance.distance([], Array("abc".unicodeScalars), limit: 3) == 3)
    }

    @Test func thresholdGrowsWithLength() {
        #expect((0...4).allSatisfy { EditDistance.threshold(length: $0) == 0 })
        #expect(EditDistance.threshold(length: 5) == 1 && EditDistance.threshold(length: 15) == 1)
        #expect(EditDistance.threshold(length: 16) == 2 && EditDistance.threshold(length: 31) == 3)
        #expect(EditDistance.threshold(length: 64) == 4 && EditDistance.threshold(length: 65) == 0)
    }

    /// Every close pair among the quarter's names and misspelt copies of them is a candidate.
    @Test func candidatesMissNoClosePair() throws {
        let quarter = try NetworkLoader.load(from: Repository.network("muehlenviertel")).network
        var random = SplitMix64(seed: 11)
        var keys = quarter.actors.map { ActorName($0.name).scalars }
        for key in keys.prefix(80) {
            var copy = key
            for _ in 0..<(1 + random.next(below: 2)) where copy.count > 2 {
                let i = random.next(below: copy.count - 1)
                switch random.next(below: 4) {
                case 0: copy.remove(at: i)
                case 1: copy.insert("x", at: i)
                case 2: copy[i] = "q"
                default: copy.swapAt(i, i + 1)
                }
            }
            keys.append(copy)
        }
        let candidates = Set(EditDistance.candidatePairs(keys).map { [$0.0, $0.1] })
        var close = 0
        for i in keys.indices {
            for j in keys.indices where j > i {
                let limit = EditDistance.threshold(length: min(keys[i].count, keys[j].count))
                guard limit > 0, EditDistance.distance(keys[i], keys[j], limit: limit) != nil else { continue }
                close += 1
                #expect(candidates.contains([i, j]), "\(String(String.UnicodeScalarView(keys[i]))) / \(String(String.UnicodeScalarView(keys[j])))")
            }
        }
        #expect(close >= 80)
        // And far fewer candidates than pairs.
        #expect(candidates.count < keys.count * keys.count / 10, "\(candidates.count) candidates")
    }
}

@Suite("Tie confirmation, votes, aliases")
struct ConfirmationAndVoteTests {
    /// The worked example of ``TieConfirmation``: K and F interviewed, W a workshop, N and T never asked.
    @Test func workedExample() {
        let k = 0, f = 1, n = 2, t = 3
        let respondent: (String) -> Int? = { ["K": k, "F": f][$0] }
        let interviewed: Set = [k, f]
        func of(_ a: Int, _ b: Int, _ reporters: [String]) -> NetworkMap.Confirmation {
            TieConfirmation.of(a, b, reportedBy: reporters, respondent: respondent, interviewed: interviewed)
        }
        #expect(of(k, f, ["F", "K"]) == .confirmed)
        #expect(of(k, n, ["K"]) == .unverifiable)
        #expect(of(k, t, ["K"]) == .unverifiable)
        #expect(of(f, t, ["W"]) == .oneSided)
        #expect(of(n, t, ["W"]) == .unverifiable)
        #expect(of(k, f, ["F", "K", "W"]) == .confirmed)
        #expect(of(f, t, ["K", "W"]) == .oneSided)
        #expect(of(k, f, ["K"]) == .oneSided)
        #expect(of(f, k, ["K"]) == .oneSided)
    }

    @Test func votesBreakTiesByOwnInterviewThenDateThenName() {
        let ranks = [
            SourceRank(isOwnInterview: false, date: Day(year: 2025, month: 5, day: 1), name: "Workshop"),
            SourceRank(isOwnInterview: true, date: Day(year: 2025, month: 1, day: 1), name: "Interview"),
            SourceRank(isOwnInterview: false, date: Day(year: 2025, month: 2, day: 1), name: "Liste"),
            SourceRank(isOwnInterview: false, date: nil, name: "Zettel"),
            SourceRank(isOwnInterview: false, date: Day(year: 2025, month: 2, day: 1), name: "Mappe"),
        ]
        func vote(_ ballots: [(String, Int)]) -> VoteResult<String>? {
            FieldVote.decide(ballots.map { (value: $0.0, source: $0.1) }, key: Normalize.key, rank: { ranks[$0] })
        }
        let frequent = vote([("a", 0), ("b", 1), ("b", 3)])
        #expect(frequent?.winner == "b" && frequent?.decision == .mostFrequent)
        let own = vote([("a", 0), ("b", 1)])
        #expect(own?.winner == "b" && own?.decision == .respondentsOwnInterview("Interview"))
        let newer = vote([("a", 2), ("b", 0)])
        #expect(newer?.winner == "b" && newer?.decision == .newerSource("Workshop"))
        let undated = vote([("a", 3), ("b", 2)])
        #expect(undated?.winner == "b" && undated?.decision == .newerSource("Liste"))
        let name = vote([("a", 2), ("b", 4)])
        #expect(name?.winner == "b" && name?.decision == .laterSourceName("Mappe"))
        #expect(vote([("b", 4), ("a", 2)])?.winner == "b")
        // One key, two spellings: the value is the most frequent spelling, and no disagreement.
        let spelling = vote([("Am Kanal", 0), ("am kanal", 2), ("am kanal", 4)])
        #expect(spelling?.winner == "am kanal" && spelling?.isDisagreement == false)
        #expect(vote([]) == nil)
    }

    @Test func aliasTablesInBothLanguages() throws {
        let german = try AliasTable.parse(Array("\u{FEFF}Alias;Akteur\r\nQM-Büro;Quartiersmanagement Mühlenviertel\r\n;;\r\n".utf8),
                                          file: "aliases.csv")
        #expect(german.rules == [AliasRule(alias: "QM-Büro", actor: "Quartiersmanagement Mühlenviertel", line: 2)])
        let english = try AliasTable.parse(Array("actor,alias,note\nKita Sonnenschein,\"Kita Sonnenschein, Frau Peters\",x\n".utf8),
                                           file: "aliases.csv")
        #expect(english.rules == [AliasRule(alias: "Kita Sonnenschein, Frau Peters", actor: "Kita Sonnenschein", line: 2)])
        for language in Language.allCases {
            #expect(try AliasTable.parse(german.csv(words: language.phrases), file: "a.csv").rules == german.rules)
        }
        #expect(try AliasTable.parse([], file: "a.csv").rules.isEmpty)
    }

    @Test func badAliasTablesSayWhatIsWrong() {
        func failure(_ text: String) -> AliasFailure? {
            do {
                _ = try AliasTable.parse(Array(text.utf8), file: "aliases.csv")
                return nil
            } catch {
                return error
            }
        }
        #expect(failure("Name;Typ\nA;B\n")?.errors == [.missingColumns(line: 1, present: ["Name", "Typ"])])
        #expect(failure("Alias;Akteur\n;B\nA;\n")?.errors == [.emptyCell(line: 2, column: "Alias"), .emptyCell(line: 3, column: "Akteur")])
        #expect(failure("Alias;Akteur\nKita X;Kita A\nKITA X e.V.;Kita B\n")?.errors
                == [.conflictingActors(alias: "KITA X e.V.", lines: [2, 3])])
        #expect(failure("Alias;Akteur\n\"A;B\n")?.errors == [.unterminatedQuote(line: 2)])
        #expect(failure("Alias;Akteur\nKita X;Kita A\nKita X;Kita A e.V.\n") == nil)
    }
}
