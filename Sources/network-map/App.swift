import ArgumentParser
import Foundation
import NetworkMap
import NetworkMapApp
import Wording

/// `network-map app`: the local web app for the networks in a folder.
struct AppCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Open the networks of a folder in the browser: a local app on this computer only.",
        discussion: """
            Starts a small web server on 127.0.0.1 (never reachable from other computers) for the networks in \
            FOLDER: one per subfolder with actors.csv and ties.csv, or per workbook. The first line printed is the \
            address with a random session key (http://127.0.0.1:PORT/?token=…); the browser opens it unless \
            --no-browser is given. Runs until Ctrl-C.
            """
    )

    @Argument(help: "The folder that holds the networks. Default: the current folder.")
    var folder: String = "."

    @Option(help: "The port on 127.0.0.1. Default: a free port the system chooses.")
    var port: Int?

    @Flag(help: "Do not open the browser; only print the address.")
    var noBrowser = false

    /// `--lang` as every command has it; the page then speaks it whatever the browser asks for (without it, the
    /// browser's language decides, else English), and the messages at start follow the shared rule.
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let port, !(1...65_535).contains(port) {
            throw ValidationError("--port must be between 1 and 65535, not \(port).")
        }
    }

    func run() async throws {
        let configuration = AppConfiguration(folder: URL(fileURLWithPath: folder), port: port ?? 0,
                                             language: language.lang)
        let openBrowser = !noBrowser
        let launcher = LauncherBox()
        do {
            try await LocalApp.run(configuration) { address in
                Console.out(address.url)
                guard openBrowser, let browser = try? BrowserLauncher(address: address) else { return }
                launcher.set(browser)
                browser.open()
            }
        } catch let error as AppError {
            launcher.value?.remove()
            Console.err(language.language(for: nil).phrases.app(error.message))
            throw ExitCode(ExitStatus.ioError)
        }
        launcher.value?.remove()
    }
}

/// Holds the browser launcher across the server's callback, to remove its forwarding page at the end.
private final class LauncherBox: @unchecked Sendable {
    private let lock = NSLock()
    private var launcher: BrowserLauncher?

    var value: BrowserLauncher? { lock.withLock { launcher } }

    func set(_ launcher: BrowserLauncher) { lock.withLock { self.launcher = launcher } }
}
