import Foundation
import Hummingbird
import NetworkMap
import Wording

/// What every request handler shares: FOLDER, the caches, the edit lock and the settings.
struct AppContext: Sendable {
    let folder: AppFolder
    let catalog: NetworkCatalog
    let edits: EditCoordinator
    let language: Language?
    let uploadLimit: Int
}

/// The port the server listens on, known once it is bound (the free port the system chose).
final class BoundPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?

    var value: Int? { lock.withLock { port } }

    func set(_ value: Int) { lock.withLock { port = value } }
}

/// The app's outermost responder: checks ``RequestPolicy`` before the router sees a request, and gives every
/// answer, refusals and errors included, the ``SecurityHeaders``.
///
/// It never throws: an error would reach Hummingbird's own 500 answer, which carries none of these headers.
struct GuardedResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let router: RouterResponder<BasicRequestContext>
    let token: SessionToken
    let port: BoundPort
    let language: Language?

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        var response: Response
        let verdict: RequestPolicy.Verdict
        if let port = port.value {
            verdict = RequestPolicy(token: token, port: port).verdict(for: request)
        } else {
            verdict = .refuse(.serviceUnavailable, .wrongHost)
        }
        switch verdict {
        case .refuse(let status, let refusal):
            response = refusalResponse(status, refusal, for: request)
        case .allow(let setCookie):
            do {
                response = try await router.respond(to: request, context: context)
            } catch let error as any HTTPResponseError {
                response = (try? error.response(from: request, context: context)) ?? Response(status: error.status)
            } catch {
                response = Response(status: .internalServerError)
            }
            if setCookie, let port = port.value {
                response.headers[.setCookie] = RequestPolicy(token: token, port: port).cookie
            }
        }
        SecurityHeaders.apply(to: &response.headers)
        return response
    }

    /// A refusal: a short page for a browser's navigation, JSON for the page's fetch calls and everything else.
    private func refusalResponse(_ status: HTTPResponse.Status, _ refusal: AccessRefusal,
                                 for request: Request) -> Response {
        let language = LanguageChoice.choose(query: nil, option: language, acceptLanguage: request.headers[.acceptLanguage])
        let text = language.phrases.app(.refused(refusal))
        let path = request.uri.path
        if request.method == .get, path == "/" || !path.hasPrefix("/api/") && !path.contains(".") {
            var response = AppRoutes.asset(PageHTML.refusal(text, language: language), type: "text/html; charset=utf-8")
            response.status = status
            return response
        }
        return AppRoutes.json(ErrorAnswer(error: text), status: status)
    }
}
