import Foundation
import TestSupport
import Testing
@testable import NetworkMapApp

/// Opening the browser: which commands are tried, and that the token never appears on a command line.
@Suite("Browser launcher", .ownThreads)
struct BrowserLauncherTests {
    static let address = AppAddress(port: 4242, token: SessionToken())

    @Test func candidatesFollowBrowserThenTheDesktopsOpener() {
        let target = "file:///tmp/x/open.html"
        #expect(BrowserLauncher.candidates(for: target, environment: [:]) == [])
        #expect(BrowserLauncher.candidates(for: target, environment: ["DISPLAY": ":0"]) == [
            ["xdg-open", target], ["sensible-browser", target], ["x-www-browser", target],
        ])
        #expect(BrowserLauncher.candidates(for: target, environment: ["BROWSER": "firefox:chromium --new-window %s"]) == [
            ["firefox", target], ["chromium", "--new-window", target],
        ])
        #expect(BrowserLauncher.candidates(for: target, environment: ["WAYLAND_DISPLAY": "wayland-0", "BROWSER": "w3m"])
            .first == ["w3m", target])
    }

    @Test func theBrowserGetsAForwardingPageNotTheToken() throws {
        let scratch = try Repository.scratchFolder("browser")
        let record = scratch.appendingPathComponent("arguments.txt")
        let script = scratch.appendingPathComponent("fake-browser")
        try Data("#!/bin/sh\nprintf '%s\\n' \"$@\" > '\(record.path)'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let environment = ["BROWSER": script.path, "PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": scratch.path]
        let launcher = try BrowserLauncher(address: Self.address, environment: environment)
        #expect(launcher.open(environment: environment) == script.path)
        var arguments = ""
        for _ in 0..<100 where arguments.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            arguments = (try? String(contentsOf: record, encoding: .utf8)) ?? ""
        }
        #expect(arguments == launcher.page.absoluteString + "\n")
        #expect(!arguments.contains(Self.address.token.text))
        // The page forwards to the real address and is readable by this user alone.
        let page = try String(contentsOf: launcher.page, encoding: .utf8)
        #expect(page.contains("content=\"0;url=\(Self.address.url)\""))
        let fileMode = try FileManager.default.attributesOfItem(atPath: launcher.page.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: launcher.page.deletingLastPathComponent().path)[
            .posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        #expect(launcher.page.path.hasPrefix(scratch.path))
        launcher.remove()
        #expect(!FileManager.default.fileExists(atPath: launcher.page.deletingLastPathComponent().path))
    }

    @Test func withoutABrowserNothingHappens() throws {
        let scratch = try Repository.scratchFolder("browser")
        let environment = ["PATH": scratch.path, "XDG_RUNTIME_DIR": scratch.path, "DISPLAY": ":0",
                           "BROWSER": "no-such-browser:/no/such/path"]
        let launcher = try BrowserLauncher(address: Self.address, environment: environment)
        #expect(launcher.open(environment: environment) == nil)
        launcher.remove()
    }
}
