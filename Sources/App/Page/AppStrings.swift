import NetworkMap

/// Every text of the app's page and answers, in German and English.
///
/// One table per language, so that the Wording module (on its way) can take it over whole; the page's script
/// gets its share as JSON (``PageScriptStrings``) and never holds a sentence of its own.
struct AppStrings: Sendable {
    var pageTitle: String
    var skipLink: String
    var tagline: String
    var languageNav: String
    var mainHeading: String
    var networksHeading: String
    var networksIntro: String
    var addHeading: String
    var addIntro: String
    var filesLabel: String
    var filesHint: String
    var nameLabel: String
    var nameHint: String
    var dropZone: String
    var addButton: String
    var checkHeading: String
    var checkIntro: String
    var footer: String
    var noScript: String
    var script: PageScriptStrings

    static func table(_ language: Language) -> AppStrings {
        language == .de ? german : english
    }

    static let german = AppStrings(
        pageTitle: "network-map – Ihre Netzwerke",
        skipLink: "Zum Inhalt springen",
        tagline: "Läuft nur auf diesem Computer. Ihre Daten verlassen ihn nicht.",
        languageNav: "Sprache",
        mainHeading: "Ihre Netzwerke im Ordner",
        networksHeading: "Netzwerke",
        networksIntro: "Wählen Sie ein Netzwerk, um seine Prüfung zu sehen.",
        addHeading: "Netzwerk hinzufügen",
        addIntro: "Eine Arbeitsmappe (.xlsx oder .ods) oder zwei CSV-Dateien: die Akteure und die Beziehungen. "
            + "Die Dateien werden als neues Netzwerk in den Ordner kopiert; Ihre Originale bleiben unverändert.",
        filesLabel: "Dateien auswählen",
        filesHint: "Höchstens 20 MB zusammen.",
        nameLabel: "Name des neuen Netzwerks (freiwillig)",
        nameHint: "Ohne Angabe nimmt network-map den Dateinamen.",
        dropZone: "Oder ziehen Sie die Dateien hierher.",
        addButton: "Hinzufügen",
        checkHeading: "Prüfung",
        checkIntro: "Noch kein Netzwerk gewählt.",
        footer: "network-map arbeitet nur auf diesem Computer: ohne Cloud, ohne Webschriften, ohne Zählpixel.",
        noScript: "Diese Seite braucht JavaScript. Die Befehle von network-map im Terminal gehen auch ohne.",
        script: PageScriptStrings(
            loading: "Wird geladen …",
            noNetworks: "In diesem Ordner liegt noch kein Netzwerk. Fügen Sie unten eines hinzu.",
            folderKind: "Ordner", workbookKind: "Arbeitsmappe",
            loads: "lädt fehlerfrei", fails: "hat Fehler", refused: "wird nicht gelesen", pending: "noch nicht lesbar",
            actors: "Akteure", ties: "Beziehungen", errors: "Fehler", warnings: "Warnungen",
            oneError: "1 Fehler", manyErrors: "{n} Fehler", oneWarning: "1 Warnung", manyWarnings: "{n} Warnungen",
            quoteOpen: "„", quoteClose: "“",
            privatePersons: "Privatpersonen (überall pseudonymisiert)", homeOffice: "QM-Büro",
            actorsByType: "Akteure nach Typ", tiesByKind: "Beziehungen nach Art", asOf: "Stand",
            noIssues: "Keine Fehler, keine Warnungen.",
            show: "Prüfung zeigen", checkOf: "Prüfung von",
            chooseFiles: "Bitte wählen Sie eine Arbeitsmappe oder zwei CSV-Dateien.",
            uploading: "Wird hochgeladen …", added: "Hinzugefügt als", failed: "Das hat nicht geklappt:",
            tooLarge: "Die Dateien sind zusammen größer als 20 MB.",
            selected: "Ausgewählt:"
        )
    )

    static let english = AppStrings(
        pageTitle: "network-map – your networks",
        skipLink: "Skip to content",
        tagline: "Runs on this computer only. Your data does not leave it.",
        languageNav: "Language",
        mainHeading: "Your networks in the folder",
        networksHeading: "Networks",
        networksIntro: "Choose a network to see its check.",
        addHeading: "Add a network",
        addIntro: "A workbook (.xlsx or .ods) or two CSV files: the actors and the ties. "
            + "The files are copied into the folder as a new network; your originals stay as they are.",
        filesLabel: "Choose files",
        filesHint: "20 MB at most, all files together.",
        nameLabel: "Name of the new network (optional)",
        nameHint: "Without one, network-map takes the file's name.",
        dropZone: "Or drop the files here.",
        addButton: "Add",
        checkHeading: "Check",
        checkIntro: "No network chosen yet.",
        footer: "network-map works on this computer only: no cloud, no web fonts, no tracking.",
        noScript: "This page needs JavaScript. network-map's commands in the terminal work without it.",
        script: PageScriptStrings(
            loading: "Loading …",
            noNetworks: "This folder holds no network yet. Add one below.",
            folderKind: "folder", workbookKind: "workbook",
            loads: "loads without errors", fails: "has errors", refused: "not read", pending: "not readable yet",
            actors: "actors", ties: "ties", errors: "Errors", warnings: "Warnings",
            oneError: "1 error", manyErrors: "{n} errors", oneWarning: "1 warning", manyWarnings: "{n} warnings",
            quoteOpen: "“", quoteClose: "”",
            privatePersons: "Private persons (pseudonymised everywhere)", homeOffice: "QM office",
            actorsByType: "Actors by type", tiesByKind: "Ties by kind", asOf: "as of",
            noIssues: "No errors, no warnings.",
            show: "Show check", checkOf: "Check of",
            chooseFiles: "Please choose a workbook or two CSV files.",
            uploading: "Uploading …", added: "Added as", failed: "That did not work:",
            tooLarge: "The files are larger than 20 MB together.",
            selected: "Chosen:"
        )
    )
}

/// The texts the page's script shows, sent to it as JSON.
struct PageScriptStrings: Sendable, Codable {
    var loading, noNetworks, folderKind, workbookKind, loads, fails, refused, pending: String
    var actors, ties, errors, warnings: String
    var oneError, manyErrors, oneWarning, manyWarnings, quoteOpen, quoteClose: String
    var privatePersons, homeOffice, actorsByType, tiesByKind, asOf: String
    var noIssues, show, checkOf, chooseFiles, uploading, added, failed, tooLarge, selected: String
}

/// The messages of the app's answers (refusals, upload and edit errors), in the user's language.
enum AppMessage: Sendable, Hashable {
    case refused(RequestPolicy.Refusal)
    case notFound
    case noSuchNetwork(String)
    case linksOutside(file: String)
    case workbookPending
    case tooLarge(limit: Int)
    case badUpload(UploadProblem)
    case editConflict
    case editNeedsVersion
    case unknownEdit(String)
    case badEdit(String)
    case writeFailed(String)

    func text(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .refused(let refusal):
            switch refusal {
            case .notAPath:
                return de ? "Diese Anfrage versteht network-map nicht." : "network-map does not understand this request."
            case .wrongHost:
                return de ? "Diese Adresse gehört nicht zu network-map. Öffnen Sie die Adresse, die der Befehl ausgegeben hat."
                    : "This address is not network-map's. Open the address the command printed."
            case .crossSite:
                return de ? "Anfragen von anderen Seiten nimmt network-map nicht an."
                    : "network-map does not take requests from other pages."
            case .noSameOriginProof:
                return de ? "Änderungen nimmt network-map nur von seiner eigenen Seite an."
                    : "network-map takes changes only from its own page."
            case .noToken, .wrongToken:
                return de ? "Diese Seite braucht den Sitzungsschlüssel. Öffnen Sie die Adresse mit „?token=…“, die "
                    + "„network-map app“ im Terminal ausgegeben hat."
                    : "This page needs the session key. Open the address with “?token=…” that “network-map app” "
                    + "printed in the terminal."
            }
        case .notFound:
            return de ? "Diese Seite gibt es nicht." : "There is no such page."
        case .noSuchNetwork(let name):
            return de ? "Im Ordner gibt es kein Netzwerk „\(name)“." : "The folder holds no network “\(name)”."
        case .linksOutside(let file):
            return de ? "„\(file)“ verweist auf eine Stelle außerhalb des Ordners; network-map liest nur darin."
                : "“\(file)” points outside the folder; network-map reads only inside it."
        case .workbookPending:
            return de ? "Arbeitsmappen (.xlsx, .ods) kann diese Fassung noch nicht lesen. Speichern Sie die Blätter als "
                + "actors.csv und ties.csv in einem Ordner."
                : "This version cannot read workbooks (.xlsx, .ods) yet. Save the sheets as actors.csv and ties.csv "
                + "in a folder."
        case .tooLarge(let limit):
            let size = limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(max(1, limit / 1_000)) KB"
            return de ? "Das Hochgeladene ist größer als \(size); nichts wurde gespeichert."
                : "The upload is larger than \(size); nothing was saved."
        case .badUpload(let problem):
            return problem.text(language)
        case .editConflict:
            return de ? "Jemand hat diese Zeile geändert, seit Sie sie geöffnet haben. Laden Sie das Netzwerk neu und "
                + "tragen Sie Ihre Änderung noch einmal ein."
                : "Someone changed this row since you opened it. Reload the network and enter your change again."
        case .editNeedsVersion:
            return de ? "Eine Änderung muss die Fassung nennen, auf der sie beruht (If-Match)."
                : "An edit must name the version it was made on (If-Match)."
        case .unknownEdit(let kind):
            return de ? "Die Änderung „\(kind)“ kennt network-map nicht." : "network-map knows no edit “\(kind)”."
        case .badEdit(let reason):
            return de ? "Die Änderung ist unvollständig: \(reason)" : "The edit is incomplete: \(reason)"
        case .writeFailed(let reason):
            return de ? "Speichern ging nicht: \(reason)" : "Could not save: \(reason)"
        }
    }
}
