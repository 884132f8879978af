import Foundation

/// Opens the app in the user's default browser, without putting the session token on any command line.
///
/// A command line is visible to every user of the computer (`ps`, `/proc/PID/cmdline`) for as long as the browser
/// runs, so the browser is not given the address itself but a small page in a private folder (0700, file 0600)
/// that forwards to it, as Jupyter does for its token. The page is removed when the app stops.
///
/// Which browser: each command of `$BROWSER` (colon-separated, `%s` standing for the address, as `sensible-browser`
/// reads it), then `xdg-open`, `sensible-browser` and `x-www-browser` when a display is there (without one they may
/// start a text browser in this very terminal), or `open` on macOS. The first that starts wins; when none does,
/// nothing happens and the printed address is the way in.
public struct BrowserLauncher: Sendable {
    /// The forwarding page, once written.
    public let page: URL

    /// Writes the forwarding page for `address` into a new private folder under `$XDG_RUNTIME_DIR` or the temporary folder.
    public init(address: AppAddress, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let base = environment["XDG_RUNTIME_DIR"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            .flatMap { FileManager.default.isWritableFile(atPath: $0.path) ? $0 : nil }
            ?? FileManager.default.temporaryDirectory
        let folder = base.appendingPathComponent("network-map-\(SessionToken().text.prefix(12))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        let page = folder.appendingPathComponent("open.html")
        let url = address.url.replacingOccurrences(of: "&", with: "&amp;")
        let html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=\(url)">
            <title>network-map</title></head>
            <body><p><a href="\(url)">network-map</a></p></body></html>

            """
        guard FileManager.default.createFile(atPath: page.path, contents: Data(html.utf8),
                                             attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteUnknown) }
        self.page = page
    }

    /// The commands to try, in order, each as program and arguments.
    public static func candidates(for target: String, environment: [String: String]) -> [[String]] {
        var commands: [[String]] = []
        if let browser = environment["BROWSER"] {
            for entry in browser.split(separator: ":") {
                var words = entry.split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                if words.contains(where: { $0.contains("%s") }) {
                    words = words.map { $0.replacingOccurrences(of: "%s", with: target) }
                } else {
                    words.append(target)
                }
                commands.append(words)
            }
        }
        #if os(macOS)
        commands.append(["open", target])
        #else
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        if display {
            for program in ["xdg-open", "sensible-browser", "x-www-browser"] { commands.append([program, target]) }
        }
        #endif
        return commands
    }

    /// Starts the first browser command that exists and starts; returns its program, or `nil` when none did.
    @discardableResult
    public func open(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for command in Self.candidates(for: page.absoluteString, environment: environment) {
            guard let program = command.first, let executable = Self.find(program, environment: environment) else { continue }
            let process = Process()
            process.executableURL = executable
            process.arguments = Array(command.dropFirst())
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            if (try? process.run()) != nil { return program }
        }
        return nil
    }

    /// Removes the forwarding page and its folder.
    public func remove() {
        try? FileManager.default.removeItem(at: page.deletingLastPathComponent())
    }

    /// The executable `program` names: a path as it is, else the first match in `PATH`.
    static func find(_ program: String, environment: [String: String]) -> URL? {
        if program.contains("/") {
            return FileManager.default.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        return nil
    }
}
