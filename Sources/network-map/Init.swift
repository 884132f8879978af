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

    @Option(help: "csv (actors.csv and ties.csv) or xlsx (one workbook with drop-down lists and explanations).")
    var format: TemplateFormat = .csv

    enum TemplateFormat: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        // A new folder has no network.yaml yet: --lang, else the locale.
        let language = languageOption.language(for: nil)
        let url = URL(fileURLWithPath: folder)
        let phrases = language.phrases
        let content = phrases.template(folderName: url.lastPathComponent)
        let workbookName = language == .de ? "netzwerk.xlsx" : "network.xlsx"
        do {
            switch format {
            case .csv: try NetworkTemplate.write(content, to: url)
            case .xlsx: try NetworkTemplate.writeWorkbook(content, words: phrases.workbookWords, fileName: workbookName, to: url)
            }
        } catch let error as NetworkTemplate.FilesExist {
            // Refusing to overwrite is the user's choice of folder, not a failing disk.
            Console.err(phrases.console(.filesExist(error.files.map(\.lastPathComponent))))
            throw ExitCode(ExitStatus.usage)
        } catch {
            Console.err(phrases.console(.failure("\(error)")))
            throw ExitCode(ExitStatus.ioError)
        }
        Console.out(phrases.console(format == .csv ? .created(folder: folder) : .createdWorkbook(folder: folder, file: workbookName)))
    }
}
