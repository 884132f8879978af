import Foundation
import TestSupport
import Testing

/// Which language the errors and warnings of loading come in: `--lang`, else the network's `language:`,
/// else the locale (LC_ALL, LC_MESSAGES, LANG), else English -- through the real binary.
@Suite("network-map load messages: language", .serialized)
struct LoadMessageLanguageTests {
    /// A locale that says nothing about German, so that the machine's own LANG cannot decide a test.
    static let neutral = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]
    static let german = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"]

    /// A copy of the Mühlenviertel (language: de, unless `yaml` is false: then without network.yaml) whose
    /// ties.csv names "Kita Sonnenschien" in line 4.
    static func misspeltQuarter(_ label: String, yaml: Bool = true) throws -> URL {
        let folder = try Repository.scratchFolder(label)
        let source = Repository.network("muehlenviertel")
        for file in yaml ? ["actors.csv", "network.yaml"] : ["actors.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        var lines = try String(contentsOf: source.appendingPathComponent("ties.csv"), encoding: .utf8).components(separatedBy: "\n")
        lines.insert("qm-buero,Kita Sonnenschien,Kooperation,2,,,,,", at: 3)
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("ties.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    static let germanError = "  Fehler: ties.csv, Zeile 4, Spalte „An“: „Kita Sonnenschien“ ist kein bekannter Akteur. Meinten Sie „Kita Sonnenschein“?"
    static let englishError = "  error: ties.csv, line 4, column \"An\": \"Kita Sonnenschien\" names no actor. Did you mean \"Kita Sonnenschein\"?"

    @Test func germanNetworkGivesGermanErrorsWithoutLang() throws {
        let folder = try Self.misspeltQuarter("lang-yaml-de")
        let r = try CommandRunner.run(["check", folder.path], environment: Self.neutral)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.components(separatedBy: "\n")
        #expect(lines.contains("1 Fehler:"), "\(r.stderr)")
        #expect(lines.contains(Self.germanError), "\(r.stderr)")
        #expect(lines.contains("Es wurde nichts ausgewertet. Korrigieren Sie die Dateien, und rufen Sie den Befehl dann noch einmal auf."))
        #expect(!r.stderr.contains("error:") && !r.stderr.contains("Did you mean"))
        // The analysing commands load the same way.
        let report = try CommandRunner.run(["report", folder.path, "-o", folder.appendingPathComponent("r.md").path],
                                           environment: Self.neutral)
        #expect(report.status == 65)
        #expect(report.stderr.contains(Self.germanError), "\(report.stderr)")
    }

    @Test func langEnWinsOverTheNetworksLanguage() throws {
        let folder = try Self.misspeltQuarter("lang-en-wins")
        for command in [["check", folder.path, "--lang", "en"],
                        ["brokers", folder.path, "--lang", "en"],
                        ["diff", folder.path, folder.path, "--lang", "en"]] {
            let r = try CommandRunner.run(command, environment: Self.german)
            #expect(r.status == 65, "\(command)")
            #expect(r.stderr.contains("1 error:\n" + Self.englishError), "\(command): \(r.stderr)")
            #expect(r.stderr.contains("Nothing was analysed."), "\(command)")
        }
    }

    @Test func localeDecidesWhenTheNetworkSaysNothing() throws {
        let folder = try Self.misspeltQuarter("lang-env", yaml: false)
        let de = try CommandRunner.run(["check", folder.path], environment: Self.german)
        #expect(de.status == 65)
        #expect(de.stderr.contains(Self.germanError), "\(de.stderr)")
        let en = try CommandRunner.run(["check", folder.path], environment: Self.neutral)
        #expect(en.stderr.contains(Self.englishError), "\(en.stderr)")
        // LC_ALL overrides LANG, LC_MESSAGES too (POSIX order).
        let all = try CommandRunner.run(["check", folder.path], environment: ["LC_ALL": "C", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"])
        #expect(all.stderr.contains(Self.englishError), "\(all.stderr)")
        let messages = try CommandRunner.run(["check", folder.path], environment: ["LC_ALL": "", "LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"])
        #expect(messages.stderr.contains(Self.germanError), "\(messages.stderr)")
    }

    @Test func theNetworksLanguageWinsOverTheLocale() throws {
        let folder = try Self.misspeltQuarter("lang-yaml-over-env")
        let r = try CommandRunner.run(["check", folder.path], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(r.stderr.contains(Self.germanError), "\(r.stderr)")
    }

    @Test func warningsAndTheirCountFollowTheLanguage() throws {
        let quarter = "networks/muehlenviertel"
        let check = try CommandRunner.run(["check", quarter], environment: Self.neutral)
        #expect(check.status == 0)
        #expect(check.stderr.hasPrefix("1 Warnung:\n  Warnung: 4 Akteure haben keine Beziehungen: "), "\(check.stderr)")
        #expect(check.stdout.contains("OK: keine Fehler, 1 Warnung (siehe oben)."))
        let brokers = try CommandRunner.run(["brokers", quarter], environment: Self.neutral)
        #expect(brokers.stderr == "Hinweis: Die Daten haben 1 Warnung; `network-map check \(quarter)` zeigt sie an.\n")
        let english = try CommandRunner.run(["brokers", quarter, "--lang", "en"], environment: Self.german)
        #expect(english.stderr == "note: the data has 1 warning; `network-map check \(quarter)` lists them.\n")
    }

    /// Outputs follow the rule of the messages: a network without `language:` gets German reports under a German
    /// locale and English ones otherwise; `init`, which has no network yet, follows `--lang`, else the locale.
    @Test func outputsFollowTheSameRuleAsMessages() throws {
        let folder = try Repository.scratchFolder("lang-outputs")
        for file in ["actors.csv", "ties.csv"] {
            try FileManager.default.copyItem(at: Repository.network("muehlenviertel").appendingPathComponent(file),
                                             to: folder.appendingPathComponent(file))
        }
        let german = try CommandRunner.run(["brokers", folder.path, "--top", "1"], environment: Self.german)
        #expect(german.stdout.hasPrefix("## Schlüsselakteure und Brückenakteure"), "\(german.stdout)")
        let english = try CommandRunner.run(["brokers", folder.path, "--top", "1"], environment: Self.neutral)
        #expect(english.stdout.hasPrefix("## Key actors and brokers"), "\(english.stdout)")
        let forced = try CommandRunner.run(["brokers", folder.path, "--top", "1", "--lang", "en"], environment: Self.german)
        #expect(forced.stdout.hasPrefix("## Key actors and brokers"), "\(forced.stdout)")

        let deInit = try CommandRunner.run(["init", folder.appendingPathComponent("neu").path], environment: Self.german)
        #expect(deInit.stdout.hasPrefix("Neues Netzwerk"), "\(deInit.stdout)")
        let header = try Data(contentsOf: folder.appendingPathComponent("neu/actors.csv"))
        #expect(header.starts(with: [0xEF, 0xBB, 0xBF] + Array("id;Name;Typ;".utf8)))
        let enInit = try CommandRunner.run(["init", folder.appendingPathComponent("new").path], environment: Self.neutral)
        #expect(enInit.stdout.hasPrefix("Created a new network"), "\(enInit.stdout)")
    }

    @Test func checkRefusesAnUnknownLanguage() throws {
        #expect(try CommandRunner.run(["check", "networks/muehlenviertel", "--lang", "fr"]).status == 64)
    }
}
