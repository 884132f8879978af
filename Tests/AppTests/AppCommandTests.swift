import Foundation
import TestSupport
import Testing

/// `network-map app` as a user runs it: the built binary, its first line, Ctrl-C, and its errors.
@Suite("network-map app, end to end", .serialized, .ownThreads)
struct AppCommandTests {
    /// The running binary and the first line it printed.
    final class Running: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        private let ended = DispatchSemaphore(value: 0)

        init(_ arguments: [String]) throws {
            process.executableURL = CommandRunner.binary
            process.arguments = arguments
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            // No browser may start from a test, whatever the machine has.
            var environment = ProcessInfo.processInfo.environment
            environment["BROWSER"] = nil
            environment["DISPLAY"] = nil
            environment["WAYLAND_DISPLAY"] = nil
            process.environment = environment
            let ended = self.ended
            process.terminationHandler = { _ in ended.signal() }
            try process.run()
        }

        /// The first line of standard output, read on a thread of its own (the pipe read blocks).
        func firstLine() async -> String {
            await withCheckedContinuation { continuation in
                let handle = output.fileHandleForReading
                Thread.detachNewThread {
                    var bytes: [UInt8] = []
                    while !bytes.contains(0x0A) {
                        let data = handle.availableData
                        if data.isEmpty { break }
                        bytes.append(contentsOf: data)
                    }
                    continuation.resume(returning: String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self))
                }
            }
        }

        /// Waits up to `seconds` for the process to end; its exit status, or `nil` if it still runs (then it is killed).
        ///
        /// Generous: a guard against a hang, not a measure (a debug binary starts slowly while the suite runs).
        func exitStatus(within seconds: Double) -> Int32? {
            guard ended.wait(timeout: .now() + seconds) == .success else {
                kill(process.processIdentifier, SIGKILL)
                return nil
            }
            return process.terminationStatus
        }

        var standardError: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
    }

    @Test func printsTheAddressFirstServesAndStopsOnCtrlC() async throws {
        let folder = try TestServer.exampleFolder()
        let app = try Running(["app", folder.path, "--no-browser"])
        let line = await app.firstLine()
        let pattern = #/^http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]{43})$/#
        let match = try #require(line.wholeMatch(of: pattern), "first line: \(line)")
        let port = try #require(Int(match.1))
        let page = try await RawHTTP.send("GET /?token=\(match.2) HTTP/1.1\r\nHost: 127.0.0.1:\(port)", port: port)
        #expect(page.status == 200)
        let list = try await RawHTTP.send(
            "GET /api/networks HTTP/1.1\r\nHost: localhost:\(port)\r\nX-Session-Token: \(match.2)", port: port)
        #expect(list.status == 200)
        #expect(list.text.contains("\"name\":\"riverside\""))
        app.process.interrupt()
        #expect(app.exitStatus(within: 120) == 0)
        #expect(!RawHTTP.canConnect(port: port, address: "127.0.0.1"))
    }

    @Test func aGivenPortIsUsedAndABusyOneIsReported() async throws {
        // The port is held by a socket of this test, not by a shared suite server: under the whole suite that
        // server could stop meanwhile, and the app would then bind the free port and serve instead of failing.
        let busy = try RawHTTP.occupyPort()
        defer { close(busy.fd) }
        let app = try Running(["app", try TestServer.exampleFolder().path, "--no-browser", "--port", String(busy.port)])
        #expect(app.exitStatus(within: 120) == 74)
        #expect(app.standardError.contains("port \(busy.port) on 127.0.0.1 is not free"))
    }

    @Test func badUsageAndAMissingFolderExitWithTheirCodes() throws {
        let wrongLanguage = try CommandRunner.run(["app", ".", "--lang", "fr", "--no-browser"])
        #expect(wrongLanguage.status == 64)
        #expect(wrongLanguage.stderr.contains("--lang"))
        let wrongPort = try CommandRunner.run(["app", ".", "--port", "70000", "--no-browser"])
        #expect(wrongPort.status == 64)
        let missing = try CommandRunner.run(["app", "/no/such/folder", "--no-browser"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("Den Ordner „/no/such/folder“ gibt es nicht."))
        #expect(missing.stdout.isEmpty)
        let help = try CommandRunner.run(["app", "--help"])
        #expect(help.stdout.contains("--no-browser"))
        #expect(help.stdout.contains("127.0.0.1"))
    }
}
