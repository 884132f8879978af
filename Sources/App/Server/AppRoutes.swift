import Foundation
import Hummingbird
import NetworkMap
import Wording

/// The app's endpoints; every one sits behind ``GuardedResponder``, so none checks the token itself.
///
/// | method | path | answers |
/// | --- | --- | --- |
/// | GET | `/` | the page (HTML) |
/// | GET | `/app.js`, `/explore.js`, `/app.css` | the page's scripts and style |
/// | GET | `/api/networks` | every network in FOLDER with its check (JSON) |
/// | GET | `/api/networks/{name}` | one network's check (JSON, `ETag` = its version), 404 if none |
/// | POST | `/api/networks` | a new network from an upload (JSON in, 201 and its check out) |
/// | GET | `/api/networks/{name}/map` | the map as SVG with the data of its interactive behaviour |
/// | GET | `/api/networks/{name}/findings` | the report's findings as an HTML fragment |
/// | GET | `/api/networks/{name}/whatif` | a what-if scenario: its report and its map |
/// | GET | `/api/networks/{name}/diff?with=OLDER` | two snapshots compared: the report and the map |
/// | GET | `/api/networks/{name}/rows` | the rows of the network's files, for the edit forms |
/// | POST | `/api/networks/{name}/edits` | an edit (JSON in, `If-Match` = the version it was made on) |
/// | GET | `/api/networks/{name}/download/{file}` | handout, report, map or data as a file (`Content-Disposition`) |
///
/// Every answer made from an analysis is `202` with the progress while a large network is still being analysed or
/// drawn; the page asks again. `?lang=de|en` chooses the language of any answer (else `--lang`, else
/// `Accept-Language`, else English); `?private=1` shows private persons' names (the page's clearly labelled
/// toggle), otherwise they are pseudonymised in every answer.
struct AppRoutes: Sendable {
    let context: AppContext

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in self.page(request) }
        router.get("/app.js") { _, _ in Self.asset(PageAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/explore.js") { _, _ in Self.asset(PageAssets.explorer, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Self.asset(PageAssets.style, type: "text/css; charset=utf-8") }
        router.get("/api/networks") { request, _ in await self.list(request) }
        router.get("/api/networks/{name}") { request, context in
            await self.network(request, name: context.parameters.get("name"))
        }
        router.post("/api/networks") { request, _ in await self.upload(request) }
        router.get("/api/networks/{name}/map") { request, context in
            await self.map(request, name: context.parameters.get("name"))
        }
        router.get("/api/networks/{name}/findings") { request, context in
            await self.findings(request, name: context.parameters.get("name"))
        }
        router.get("/api/networks/{name}/whatif") { request, context in
            await self.whatIf(request, name: context.parameters.get("name"))
        }
        router.get("/api/networks/{name}/diff") { request, context in
            await self.diff(request, name: context.parameters.get("name"))
        }
        router.get("/api/networks/{name}/rows") { request, context in
            await self.rows(request, name: context.parameters.get("name"))
        }
        router.post("/api/networks/{name}/edits") { request, context in
            await self.edit(request, name: context.parameters.get("name"))
        }
        router.get("/api/networks/{name}/download/{file}") { request, context in
            await self.download(request, name: context.parameters.get("name"), file: context.parameters.get("file"))
        }
    }

    /// What every answer depends on besides the network: its language and whether private names are shown.
    struct Choice: Sendable {
        var language: Language
        var showsPrivateNames: Bool
    }

    func choice(_ request: Request) -> Choice {
        let language = LanguageChoice.choose(query: request.uri.queryParameters["lang"].map(String.init),
                                             option: context.language, acceptLanguage: request.headers[.acceptLanguage])
        return Choice(language: language, showsPrivateNames: request.uri.queryParameters["private"] == "1")
    }

    func language(_ request: Request) -> Language { choice(request).language }

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
        let choice = choice(request)
        let networks = await context.catalog.summaries(language: choice.language,
                                                       showingPrivateNames: choice.showsPrivateNames)
        return Self.json(NetworkList(networks: networks))
    }

    func network(_ request: Request, name raw: String?) async -> Response {
        let choice = choice(request)
        guard let name = Self.networkName(raw),
              let summary = await context.catalog.summary(named: name, language: choice.language,
                                                          showingPrivateNames: choice.showsPrivateNames)
        else { return Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), choice.language) }
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

    static func unquoted(_ tag: String) -> String {
        var text = tag.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
        return text
    }

    // MARK: answers

    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(value.rendered().utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func message(_ status: HTTPResponse.Status, _ message: AppMessage, _ language: Language) -> Response {
        json(ErrorAnswer(error: language.phrases.app(message)), status: status)
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
