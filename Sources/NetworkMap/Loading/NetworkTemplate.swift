import Foundation

/// Writes a new network folder: `actors.csv`, `ties.csv` and a commented `network.yaml`, ready to fill in.
///
/// The German template is what German Excel opens by double-click: `;`-separated UTF-8 with a byte order
/// mark. The English one is `,`-separated UTF-8. Each table has example rows (two actors, since a tie needs
/// two), which load as they are.
public enum NetworkTemplate {
    /// Files that are in the way: the template never overwrites anything.
    public struct FilesExist: Error, Sendable, Hashable, CustomStringConvertible {
        public var files: [URL]
        public var description: String {
            "These files already exist and are left as they are: "
                + files.map(\.lastPathComponent).joined(separator: ", ")
                + ". Choose a new folder, or move them away first."
        }
    }

    public static let fileNames = ["actors.csv", "ties.csv", "network.yaml"]

    /// Writes the three files into `folder` (created if needed); throws ``FilesExist`` naming any that exist.
    public static func write(to folder: URL, language: Language) throws {
        let fm = FileManager.default
        let targets = fileNames.map { folder.appendingPathComponent($0) }
        let existing = targets.filter { fm.fileExists(atPath: $0.path) }
        guard existing.isEmpty else { throw FilesExist(files: existing) }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let contents = files(language: language, folderName: folder.lastPathComponent)
        for (url, bytes) in zip(targets, contents) {
            try Data(bytes).write(to: url, options: .withoutOverwriting)
        }
    }

    /// The bytes of `actors.csv`, `ties.csv` and `network.yaml`, in that order.
    public static func files(language: Language, folderName: String) -> [[UInt8]] {
        let separator = language == .de ? ";" : ","
        let bom: [UInt8] = language == .de ? [0xEF, 0xBB, 0xBF] : []
        func csv(_ rows: [[String]]) -> [UInt8] {
            let text = rows.map { row in
                row.map { cell in
                    cell.contains(separator) || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                        : cell
                }.joined(separator: separator)
            }.joined(separator: "\r\n") + "\r\n"
            return bom + Array(text.utf8)
        }
        let actorColumns = ActorColumn.allCases.map { $0.header(language) }
        // A new network has no merge behind it: no confirmation column.
        let tieColumns = TieColumn.allCases.filter { $0 != .confirmation }.map { $0.header(language) }
        let actors: [[String]]
        let ties: [[String]]
        let yaml: String
        switch language {
        case .de:
            // id, Name, Typ, Kategorie, Themen, Gebiet, Einfluss, Interesse, Haltung, Privatperson, Kontakt, Notizen
            actors = [actorColumns,
                      ["qm", "Quartiersmanagement", "Institution", "Büro", "Nachbarschaft, Gemeinwesen, Integration|Öffentlicher Raum",
                       "Nord", "8", "10", "unterstützend", "nein", "", "Unser Büro"],
                      ["", "Kita Sonnenschein", "Institution", "Kita", "Bildung, Ausbildung, Jugend", "Süd", "4", "7",
                       "neutral", "nein", "", ""]]
            ties = [tieColumns, ["Quartiersmanagement", "Kita Sonnenschein", "Kooperation", "2", "nein", "2024-01", "",
                                 "Interview", "Sommerfest"]]
            yaml = germanYAML(folderName)
        case .en:
            actors = [actorColumns,
                      ["qm", "Neighbourhood management", "institution", "office",
                       "Neighbourhood, community, integration|Public space", "North", "8", "10", "supportive", "no", "",
                       "Our office"],
                      ["", "Sunshine day care", "institution", "day care", "Education, training, youth", "South", "4",
                       "7", "neutral", "no", "", ""]]
            ties = [tieColumns, ["Neighbourhood management", "Sunshine day care", "cooperation", "2", "no", "2024-01",
                                 "", "interview", "summer party"]]
            yaml = englishYAML(folderName)
        }
        return [csv(actors), csv(ties), Array(yaml.utf8)]
    }

    private static func germanYAML(_ name: String) -> String {
        """
        # Einstellungen des Netzwerks. Alle Angaben sind freiwillig; Zeilen mit # sind Kommentare.

        # Name des Netzwerks, erscheint in Karten und Berichten (sonst der Ordnername).
        name: \(name)
        # Stand der Daten (JJJJ-MM-TT).
        date: 2024-06-01
        # Sprache der Berichte: de oder en.
        language: de
        # Das Quartiersmanagement-Büro: id oder Name eines Akteurs aus actors.csv.
        home: qm
        # Woher die Daten stammen (Interviews, Workshop, ...).
        source: Interviews und Netzwerktreffen 2024
        # Themen, die im Quartier abgedeckt sein sollen (ersetzt die Standardliste).
        themes:
          - Bildung, Ausbildung, Jugend
          - Arbeit und Wirtschaft
          - Nachbarschaft, Gemeinwesen, Integration
          - Öffentlicher Raum
          - Beteiligung, Vernetzung und Einbindung der Partner
          - Umwelt und Klima
        # Eigene Akteurstypen (zusätzlich zu Bewohner:in, Bewohnergruppe, Verein, Unternehmen, Institution, Gremium).
        # id: Wert in der Spalte Typ; label_de/label_en: Beschriftung; color: Farbe #rrggbb; shape: Graphviz-Form.
        actor_types: []
        #  - id: schule
        #    label_de: Schule
        #    label_en: School
        #    color: "#56b4e9"
        #    shape: box
        # Eigene Beziehungsarten (zusätzlich zu Kooperation, Informationsaustausch, Förderung, Mitgliedschaft, Konflikt).
        # shape ist hier die Linienart: solid, dashed, dotted oder bold.
        tie_kinds: []
        #  - id: beratung
        #    label_de: Beratung
        #    label_en: Advice
        #    color: "#009e73"
        #    shape: dashed

        """
    }

    private static func englishYAML(_ name: String) -> String {
        """
        # Settings of the network. Everything is optional; lines starting with # are comments.

        # Name of the network, shown on maps and reports (the folder name if left out).
        name: \(name)
        # Date of the data (YYYY-MM-DD).
        date: 2024-06-01
        # Language of the reports: de or en.
        language: en
        # The neighbourhood management office: id or name of an actor in actors.csv.
        home: qm
        # Where the data comes from (interviews, a workshop, ...).
        source: Interviews and network meetings 2024
        # Themes the quarter should cover (replaces the default list).
        themes:
          - Education, training, youth
          - Work and economy
          - Neighbourhood, community, integration
          - Public space
          - Participation and networking
          - Environment and climate
        # Custom actor types (besides resident, residents_group, association, business, institution, body).
        # id: the value in the type column; label_de/label_en: labels; color: #rrggbb; shape: a Graphviz shape.
        actor_types: []
        #  - id: school
        #    label_de: Schule
        #    label_en: School
        #    color: "#56b4e9"
        #    shape: box
        # Custom tie kinds (besides cooperation, information, funding, membership, conflict).
        # shape is the line style here: solid, dashed, dotted or bold.
        tie_kinds: []
        #  - id: advice
        #    label_de: Beratung
        #    label_en: Advice
        #    color: "#009e73"
        #    shape: dashed

        """
    }
}
