import Foundation
import TestSupport
import Testing
import Wording

@testable import NetworkMap

@Suite("Network loader: errors")
struct LoadingErrorTests {
    let actors = "Name;Typ\nKita Sonnenschein;Institution\nQuartiersbüro;Institution\nKita Regenbogen;Institution\n"

    @Test func misspeltActorSuggestsTheRightOneWithLineAndColumn() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": actors,
            "ties.csv": "Von;An\nQuartiersbüro;Kita Sonnenschein\n\nQuartiersbüro;Kita Sonnenschien\n",
        ])
        #expect(failure.errors.count == 1)
        #expect(!failure.isIOError)
        let error = try #require(failure.errors.first)
        #expect(error.location == Location(file: "ties.csv", line: 4, column: "An"))
        #expect(error.description(.en)
            == "ties.csv, line 4, column \"An\": \"Kita Sonnenschien\" names no actor. Did you mean \"Kita Sonnenschein\"?")
    }

    @Test func suggestions() {
        let names = ["Kita Sonnenschein", "Kita Regenbogen", "Quartiersbüro", "AWO", "Sonnenschein-Apotheke"]
        #expect(Suggestions.closest(to: "kita sonnenschien", in: names).first == "Kita Sonnenschein")
        #expect(Suggestions.closest(to: "Quartiersburo", in: names) == ["Quartiersbüro"])
        #expect(Suggestions.closest(to: "Sonnenschein", in: names).contains("Kita Sonnenschein"))
        #expect(Suggestions.closest(to: "Moschee", in: names).isEmpty)
        #expect(Suggestions.distance(Array("ca"), Array("abc")) == 3)  // optimal string alignment, not full DL
        #expect(Suggestions.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestions.distance(Array("ab"), Array("ba")) == 1)
    }

    @Test func allErrorsAreReportedAtOnce() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": """
                id,name,type,influence,interest,private,attitude
                a,Alpha,verein,11,5,ja,
                a,Beta,Vrein,abc,"7,5",vielleicht,begeistert
                ,,verein,,,,
                ,Gamma,institution,2.5,,,
                """,
            "ties.csv": """
                source,target,strength,since,until,kind
                Alpha,Gama,4,2024-02-30,,
                Alpha,Alpha,,,,
                Alpha,Gamma,,2024-05-01,2023-01-01,Kooperatoin
                Beta,Gamma,0,,,
                """,
        ])
        let found = failure.errors.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? "")" }
        #expect(found == [
            "actors.csv:3:id",  // duplicate id
            "actors.csv:2:influence",  // 11 > 10
            "actors.csv:3:type",  // Vrein
            "actors.csv:3:influence",  // abc
            "actors.csv:3:private",  // vielleicht
            "actors.csv:3:attitude",  // begeistert
            "actors.csv:4:name",  // empty name
            "ties.csv:2:target",  // Gama
            "ties.csv:2:strength",  // 4
            "ties.csv:2:since",  // 30 February
            "ties.csv:3:",  // self-tie
            "ties.csv:4:kind",  // Freundschaft
            "ties.csv:4:",  // since after until
            "ties.csv:5:strength",  // 0
        ])
        #expect(failure.errors[0].message(.en) == "The id \"a\" is already used by the actor in line 2.")
        #expect(failure.errors[2].hint(.en)?.hasPrefix("Did you mean \"Verein\"?") == true)
        #expect(failure.errors[7].hint(.en) == "Did you mean \"Gamma\"?")
        #expect(failure.errors[10].message(.en) == "This is a tie from \"Alpha\" to \"Alpha\" itself.")
    }

    @Test func missingRequiredColumns() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "Bezeichnung;Telefon\nA;1\n",
            "ties.csv": "Von;Nach Akteur\nA;A\n",
        ])
        // A missing type column is no error since tools such as Polinode have none (see `aMissingTypeColumnIsAWarning`).
        #expect(failure.errors.map { $0.description(.en) } == [
            "ties.csv, line 1: The column \"target\" is missing; the file has the columns \"Von\" and \"Nach Akteur\". "
                + "The first row must name the columns, in English or German (for example source, target, kind or Von, An, Art).",
        ])
    }

    @Test("no actors is an error, not a crash", arguments: ["", "\n\n", "\u{FEFF}", "name;type\n", "name;type\n;;\n"])
    func noActors(content: String) throws {
        let failure = try LoadingFixture.failure(["actors.csv": content, "ties.csv": "source;target\n"])
        #expect(failure.errors.map { $0.message(.en) } == ["The network has no actors."])
        #expect(!failure.isIOError)
    }

    @Test func unterminatedQuote() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "name,type,notes\nA,verein,\"oops\nB,verein,fine\n",
        ])
        #expect(failure.errors.map(\.location) == [Location(file: "actors.csv", line: 2)])
    }

    /// A type of the user's own ("Schule", as Kumu and Gephi files carry them) is taken as a custom type, with one
    /// warning for all of them; a near miss of a known type ("Vereinn") stays an error with "did you mean".
    @Test func customTypesAreTakenNearMissesAreErrors() throws {
        let result = try LoadingFixture.load([
            "actors.csv": "name,type\nGrundschule,Schule\nKita,Schule\nSt. Marien,Kirchengemeinde\nTSV,Verein\n",
            "ties.csv": "source,target,kind\nGrundschule,Kita,Elternarbeit\nKita,TSV,\nSt. Marien,TSV,Kooperation\n",
        ])
        #expect(result.network.actors.map(\.type.rawValue) == ["Schule", "Schule", "Kirchengemeinde", "association"])
        #expect(result.network.customActorTypes.map(\.id) == ["Schule", "Kirchengemeinde"])
        #expect(result.network.ties.map(\.kind.rawValue) == ["Elternarbeit", "cooperation", "cooperation"])
        let notes = result.warnings.compactMap { issue -> String? in
            if case let .undeclaredTypes(types, ofTies) = issue.problem { return "\(ofTies) \(types)" } else { return nil }
        }
        #expect(notes == ["false [\"Schule\", \"Kirchengemeinde\"]", "true [\"Elternarbeit\"]"])

        let failure = try LoadingFixture.failure(["actors.csv": "name,type\nTSV,Vereinn\n"])
        #expect(failure.errors.first?.hint(.en)?.hasPrefix("Did you mean \"Verein\"?") == true)
    }

    /// Polinode and NodeXL have no type column: the actors are `unspecified`, with one warning.
    @Test func aMissingTypeColumnIsAWarning() throws {
        let result = try LoadingFixture.load(["actors.csv": "name\nA\nB\n", "ties.csv": "source,target\nA,B\n"])
        #expect(result.network.actors.map(\.type.rawValue) == ["unspecified", "unspecified"])
        #expect(result.warnings.map(\.problem) == [.noTypeColumn(actors: 2)])
    }

    /// Kumu's `|` list of targets, its Direction column, and Gephi's Type column of directions.
    @Test func kumuAndGephiTieConventions() throws {
        let kumu = try LoadingFixture.load([
            "actors.csv": "Label,Type\nA,Verein\nB,Verein\nC|D,Verein\nE,Verein\n",
            "ties.csv": "From,To,Direction\nA,B | E,directed\nA,C|D,mutual\n",
        ])
        #expect(kumu.network.ties.map { "\($0.source)-\($0.target) \($0.isDirected)" }
            == ["0-1 true", "0-3 true", "0-2 false"])
        let gephi = try LoadingFixture.load([
            "actors.csv": "Id,Label,Type\nn1,A,Verein\nn2,B,Verein\n",
            "ties.csv": "Source,Target,Type,Weight\nn1,n2,Directed,7.5\n",
        ])
        #expect(gephi.network.ties.map(\.kind) == [.cooperation])
        #expect(gephi.network.ties.map(\.isDirected) == [true])
        #expect(gephi.network.ties.map(\.strength) == [3])
        #expect(gephi.network.ties.first?.attributes == [Attribute(name: "Weight", value: "7.5")])
        #expect(gephi.warnings.map(\.problem) == [.strengthClamped(count: 1)])
    }

    @Test func homeMustNameAnActor() throws {
        let failure = try LoadingFixture.failure([
            "network.yaml": "name: X\nhome: Quartiersbür\n", "actors.csv": actors,
            "ties.csv": "Von;An\nKita Sonnenschein;Quartiersbüro\n",
        ])
        #expect(failure.errors.map { $0.description(.en) } == [
            "network.yaml, line 2, column \"home\": \"Quartiersbür\" names no actor, so it cannot be the home (the QM office). Did you mean \"Quartiersbüro\"?"])
    }

    @Test func ambiguousNames() throws {
        let failure = try LoadingFixture.failure([
            "actors.csv": "name,type\nKita,institution\nkita,institution\nB,verein\n", "ties.csv": "source,target\nKita,B\n",
        ])
        #expect(failure.errors.first?.message(.en).contains("lines 2 and 3") == true)
    }

    @Test func badYAML() throws {
        let failure = try LoadingFixture.failure([
            "network.yaml": "name: X\ndate: 2024-13-01\nlanguage: fr\nthemes: [a, b\n", "actors.csv": actors,
        ])
        #expect(failure.errors.count == 1)
        #expect(failure.errors[0].location?.file == "network.yaml")
        let second = try LoadingFixture.failure([
            "network.yaml": "name: X\ndate: 2024-13-01\nlanguage: fr\n", "actors.csv": actors,
        ])
        #expect(second.errors.map { $0.location?.line } == [2, 3])
    }

    @Test func ioErrors() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/network-map/folder")
        #expect(throws: LoadFailure.self) { try NetworkLoader.load(from: missing) }
        do {
            _ = try NetworkLoader.load(from: missing)
        } catch {
            #expect(error.isIOError)
        }
        let empty = try Repository.scratchFolder("loading-empty")
        do {
            _ = try NetworkLoader.load(from: empty)
            Issue.record("an empty folder loaded")
        } catch {
            #expect(error.isIOError)
            #expect(error.errors.first?.message(.en).contains("has no actors.csv") == true)
        }
    }
}
