import Foundation
import Hummingbird
import Logging
import NIOCore
import NetworkMap
import ServiceLifecycle

/// What the app serves and how: FOLDER, the port, the language, the limits.
public struct AppConfiguration: Sendable {
    /// The folder whose networks the app shows (one per subfolder or workbook); nothing outside it is read or written.
    public var folder: URL
    /// The port on 127.0.0.1; `0` lets the system choose a free one.
    public var port: Int
    /// `--lang`: the language of the page and messages; `nil` follows the browser (`Accept-Language`), else English.
    public var language: Language?
    /// The most bytes one upload may bring (all files together, as stored).
    public var uploadLimit: Int
    /// The session token; a fresh random one unless a test needs to know it.
    public var token: SessionToken

    public init(folder: URL, port: Int = 0, language: Language? = nil, uploadLimit: Int = 20_000_000,
                token: SessionToken = SessionToken()) {
        self.folder = folder
        self.port = port
        self.language = language
        self.uploadLimit = uploadLimit
        self.token = token
    }
}

/// Where a running app listens: the port on 127.0.0.1 and the session token.
public struct AppAddress: Sendable, Hashable {
    public let port: Int
    public let token: SessionToken

    /// `http://127.0.0.1:PORT/?token=…`: the address to open (the command prints it as its first line).
    public var url: String { "http://127.0.0.1:\(port)/?token=\(token.text)" }
}

/// The local web app: a server on 127.0.0.1 for the networks in one folder.
public enum LocalApp {
    /// The only address the app listens on.
    ///
    /// Never 0.0.0.0 or `::`: the app is for this computer's own browser.
    public static let host = "127.0.0.1"

    /// Serves `configuration.folder` until the surrounding task is cancelled or, with `handlingSignals`, until
    /// SIGINT (Ctrl-C) or SIGTERM; then stops gracefully (open answers are finished, no new ones are taken).
    ///
    /// `onReady` is called once with the address when the server listens. Throws ``AppError`` when FOLDER is no
    /// folder or the port cannot be bound.
    public static func run(_ configuration: AppConfiguration, handlingSignals: Bool = true,
                           onReady: @escaping @Sendable (AppAddress) async -> Void) async throws {
        let folder = try AppFolder(configuration.folder)
        let context = AppContext(
            folder: folder, catalog: NetworkCatalog(folder: folder), edits: EditCoordinator(),
            language: configuration.language, uploadLimit: configuration.uploadLimit)
        let router = Router(context: BasicRequestContext.self)
        AppRoutes(context: context).add(to: router)
        let port = BoundPort()
        let token = configuration.token
        let responder = GuardedResponder(router: router.buildResponder(), token: token, port: port,
                                         language: configuration.language)
        var logger = Logger(label: "network-map.app")
        // Quiet: standard output is for the address, and a cancelled server logs its open connections as errors.
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port),
                                                    serverName: nil, reuseAddress: true),
            onServerRunning: { channel in
                guard let bound = channel.localAddress?.port else { return }
                port.set(bound)
                await onReady(AppAddress(port: bound, token: token))
            },
            logger: logger)
        let group = ServiceGroup(
            services: [app], gracefulShutdownSignals: handlingSignals ? [.sigint, .sigterm] : [], cancellationSignals: [],
            logger: logger)
        // Cancelling the caller shuts down gracefully too (no new connections, open answers finished): the group runs
        // in a task of its own, which the caller's cancellation does not reach directly. Cancelling the server's
        // tasks outright can drop a connection accepted that very moment, which NIO treats as a fatal error.
        let running = Task(executorPreference: ServerExecutor.shared) { try await group.run() }
        do {
            try await withTaskCancellationHandler {
                try await running.value
            } onCancel: {
                Task { await group.triggerGracefulShutdown() }
            }
        } catch let error as IOError {
            throw AppError.cannotListen(port: configuration.port, reason: error.description)
        }
    }
}
