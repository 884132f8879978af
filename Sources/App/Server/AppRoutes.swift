import Foundation
import Hummingbird
import NetworkMap

/// The app's endpoints; every one sits behind ``GuardedResponder``, so none checks the token itself.
///
/// | method | path | answers |
/// | --- | --- | --- |
/// | GET | `/` | the page (HTML) |
/// | GET | `/app.js`, `/app.css` | the page's script and style |
/// | GET | `/api/networks` | every network in FOLDER with its check (JSON) |
/// | GET | `/api/networks/{name}` | one network's check (JSON, `ETag` = its version), 404 if none |
/// | POST | `/api/networks` | a new network from an upload (JSON in, 201 and its check out) |
/// | POST | `/api/networks/{name}/edits` | an edit (JSON in, `If-Match` = the version it was made on) |
///
/// `?lang=de|en` chooses the language of any answer (else `--lang`, else `Accept-Language`, else English).
struct AppRoutes: Sendable {
    let context: AppContext

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in self.page(request) }
        router.get("/app.js") { _, _ in Self.asset(PageAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Self.asset(PageAssets.style, type: "text/css; charset=utf-8") }
        router.get("/api/networks") { request, _ in await self.list(request) }
        router.get("/api/networks/{name}") { request, requestContext in
            await self.network(request, name: requestContext.parameters.get("name"))
        }
        router.post("/api/networks") { request, _ in await self.upload(request) }
        router.post("/api/networks/{name}/edits") { request, requestContext in
            await self.edit(request, name: requestContext.parameters.get("name"))
        }
    }

    func language(_ request: Request) -> Language {
        LanguageChoice.choose(query: request.uri.queryParameters["lang"].map(String.init), option: context.language,
                              acceptLanguage: request.headers[.acceptLanguage])
    }

    // MARK: page

    func page(_ request: Request) -> Response {
        let html = PageHTML.render(language: language(request), folderName: context.folder.root.lastPathComponent)
        return Self.asset(html, type: "text/html; charset=utf-8")
    }

    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: networks

    func list(_ request: Request) async -> Response {
        let language = language(request)
        return Self.json(NetworkList(networks: await context.catalog.summaries(language: language)))
    }

    func network(_ request: Request, name raw: String?) async -> Response {
        let language = language(request)
        guard let name = Self.networkName(raw), let summary = await context.catalog.summary(named: name, language: language)
        else { return Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), language) }
        var response = Self.json(summary)
        response.headers[.eTag] = "\"\(summary.version)\""
        return response
    }

    /// The network name in a path: percent-decoded exactly once (invalid UTF-8 refused), and a plain entry name.
    static func networkName(_ raw: String?) -> String? {
        guard let decoded = raw?.removingPercentEncoding, AppFolder.isPlainName(decoded) else { return nil }
        return decoded
    }

    /// A name from a request as a message may quote it: decoded if it decodes, control characters dropped, short.
    static func shown(_ raw: String?) -> String {
        let text = raw.map { $0.removingPercentEncoding ?? $0 } ?? ""
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }).prefix(80))
    }

    // MARK: upload

    func upload(_ request: Request) async -> Response {
        let language = language(request)
        let bodyLimit = context.uploadLimit / 3 * 4 + 65_536
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            return Self.tooLarge(context.uploadLimit, language)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: bodyLimit)
        } catch {
            return Self.tooLarge(context.uploadLimit, language)
        }
        guard let upload = try? JSONDecoder().decode(UploadRequest.self, from: Data(buffer: body)) else {
            return Self.message(.badRequest, .badUpload(.notJSON), language)
        }
        let checked: CheckedUpload
        do {
            checked = try CheckedUpload.check(upload, limit: context.uploadLimit)
        } catch {
            switch error {
            case .tooLarge: return Self.tooLarge(context.uploadLimit, language)
            case .problem(let problem): return Self.message(.unprocessableContent, .badUpload(problem), language)
            }
        }
        let name: String
        do {
            name = try await context.edits.store(checked, in: context.folder)
        } catch {
            return Self.message(.internalServerError, .writeFailed(error.reason), language)
        }
        guard let summary = await context.catalog.summary(named: name, language: language) else {
            return Self.message(.internalServerError, .writeFailed(name), language)
        }
        var response = Self.json(summary, status: .created)
        response.headers[.eTag] = "\"\(summary.version)\""
        return response
    }

    static func tooLarge(_ limit: Int, _ language: Language) -> Response {
        var response = message(.contentTooLarge, .tooLarge(limit: limit), language)
        // The rest of an oversized body is not read: the connection ends with this answer.
        response.headers[.connection] = "close"
        return response
    }

    // MARK: edits

    func edit(_ request: Request, name raw: String?) async -> Response {
        let language = language(request)
        guard let name = Self.networkName(raw), let source = NetworkSource.source(named: name, in: context.folder),
              source.refusal == nil
        else { return Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), language) }
        guard let version = request.headers[.ifMatch].map(Self.unquoted) else {
            return Self.message(.preconditionRequired, .editNeedsVersion, language)
        }
        guard let body = try? await request.body.collect(upTo: 1_000_000) else {
            return Self.tooLarge(1_000_000, language)
        }
        let data = Data(buffer: body)
        guard let envelope = try? JSONDecoder().decode(EditEnvelope.self, from: data) else {
            return Self.message(.badRequest, .badEdit("kind"), language)
        }
        guard let kind = context.editKinds.first(where: { $0.name == envelope.kind }) else {
            return Self.message(.badRequest, .unknownEdit(Self.shown(envelope.kind)), language)
        }
        let edit: any NetworkEdit
        do { edit = try kind.decode(data) } catch { return Self.message(.badRequest, .badEdit("\(error)"), language) }
        let outcome: EditOutcome
        do {
            outcome = try await context.edits.apply(edit, madeOn: version, to: source)
        } catch {
            return Self.message(.internalServerError, .writeFailed(error.localizedDescription), language)
        }
        await context.catalog.forget(name)
        switch outcome {
        case .applied(let version):
            var response = Self.json(EditAnswer(version: version, message: nil), status: .ok)
            response.headers[.eTag] = "\"\(version)\""
            return response
        case .conflict(let current):
            var response = Self.json(EditAnswer(version: current, message: AppMessage.editConflict.text(language)),
                                     status: .conflict)
            response.headers[.eTag] = "\"\(current)\""
            return response
        }
    }

    static func unquoted(_ tag: String) -> String {
        var text = tag.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
        return text
    }

    // MARK: JSON

    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func message(_ status: HTTPResponse.Status, _ message: AppMessage, _ language: Language) -> Response {
        json(ErrorAnswer(error: message.text(language)), status: status)
    }
}

/// The answer of `GET /api/networks`.
struct NetworkList: Encodable, Sendable {
    var networks: [NetworkSummary]
}

/// Every refusal and error: one sentence for the user.
struct ErrorAnswer: Codable, Sendable {
    var error: String
}

/// The answer to an edit: the network's version now, and on a conflict what to do.
struct EditAnswer: Codable, Sendable {
    var version: String
    var message: String?
}

/// The part of an edit request every kind shares: which kind it is.
struct EditEnvelope: Decodable, Sendable {
    var kind: String
}
