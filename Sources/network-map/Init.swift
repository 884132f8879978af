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
        let phrases = language.phrases
        do {
            try NetworkTemplate.write(phrases.template(folderName: url.lastPathComponent), to: url)
        } catch let error as NetworkTemplate.FilesExist {
            // Refusing to overwrite is the user's choice of folder, not a failing disk.
            Console.err(phrases.console(.filesExist(error.files.map(\.lastPathComponent))))
            throw ExitCode(ExitStatus.usage)
        } catch {
            Console.err(phrases.console(.failure("\(error)")))
            throw ExitCode(ExitStatus.ioError)
        }
        Console.out(phrases.console(.created(folder: folder)))
    }
}
