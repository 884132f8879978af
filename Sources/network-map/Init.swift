import ArgumentParser
import Foundation
import NetworkMap
import Wording

/// `network-map init`: a ready-to-fill network folder.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new network folder with template spreadsheets to fill in.",
        discussion: """
            Writes actors.csv and ties.csv (one example row each) and a commented network.yaml.
            German templates use semicolons and a byte-order mark, so that Excel opens them correctly
            by double-click. Existing files are never overwritten.
            """
    )

    @Argument(help: "The folder to create (it may exist but must not contain the template files yet).")
    var folder: String

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        // A new folder has no network.yaml yet: --lang, else the locale.
        let language = languageOption.language(for: nil)
        let url = URL(fileURLWithPath: folder)
        do {
            try NetworkTemplate.write(language.phrases.template(folderName: url.lastPathComponent), to: url)
        } catch let error as NetworkTemplate.FilesExist {
            // Refusing to overwrite is the user's choice of folder, not a failing disk.
            Console.err("error: These files already exist and are left as they are: "
                + error.files.map(\.lastPathComponent).joined(separator: ", ") + ". Choose a new folder, or move them away first.")
            throw ExitCode(ExitStatus.usage)
        } catch {
            Console.err("error: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        if language == .de {
            Console.out("""
                Neues Netzwerk in \(folder)/ angelegt: actors.csv, ties.csv, network.yaml.
                Tragen Sie Akteure und Beziehungen ein (Excel oder LibreOffice) und prüfen Sie dann mit:
                  network-map check \(folder)
                """)
        } else {
            Console.out("""
                Created a new network in \(folder)/: actors.csv, ties.csv, network.yaml.
                Fill in actors and ties (Excel or LibreOffice), then check with:
                  network-map check \(folder)
                """)
        }
    }
}
