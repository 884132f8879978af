import Foundation
import Hummingbird
import NetworkMap
import Wording

/// The edit forms' endpoints: the rows of a network's files, and an edit of one row.
///
/// There is no way to write a file as such: an edit names a row and the loader's columns, is checked as the loader
/// checks a load, and is written by ``EditCoordinator``.
extension AppRoutes {
    func rows(_ request: Request, name raw: String?) async -> Response {
        let choice = choice(request)
        guard let name = Self.networkName(raw), let check = await context.catalog.check(named: name) else {
            return Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), choice.language)
        }
        if check.source.refusal == nil, !check.source.isEditable {
            return Self.message(.conflict, .workbookReadOnly, choice.language)
        }
        guard check.source.refusal == nil else {
            let summary = NetworkSummary(check, language: choice.language, showingPrivateNames: choice.showsPrivateNames)
            return Self.json(summary, status: .conflict)
        }
        let files: NetworkFiles
        do { files = try NetworkFiles(check.source) } catch {
            return Self.message(.conflict, .writeFailed(name), choice.language)
        }
        let body = RowsView.json(files, network: check.network, showingPrivateNames: choice.showsPrivateNames,
                                 language: choice.language, version: check.version.tag)
        var response = Self.json(body)
        response.headers[.eTag] = "\"\(check.version.tag)\""
        return response
    }

    func edit(_ request: Request, name raw: String?) async -> Response {
        let choice = choice(request)
        let language = choice.language
        guard let name = Self.networkName(raw), let check = await context.catalog.check(named: name),
              check.source.refusal == nil
        else { return Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), language) }
        guard let version = request.headers[.ifMatch].map(Self.unquoted) else {
            return Self.message(.preconditionRequired, .editNeedsVersion, language)
        }
        guard let body = try? await request.body.collect(upTo: 1_000_000) else {
            return Self.tooLarge(1_000_000, language)
        }
        let edit: RowEdit
        do {
            edit = try JSONDecoder().decode(RowEdit.self, from: Data(buffer: body))
        } catch {
            if let kind = (try? JSONDecoder().decode(EditEnvelope.self, from: Data(buffer: body)))?.kind {
                return Self.message(.badRequest, .unknownEdit(Self.shown(kind)), language)
            }
            return Self.message(.badRequest, .badEdit("kind"), language)
        }
        guard check.source.isEditable else { return Self.message(.conflict, .workbookReadOnly, language) }
        var errors: [LoadIssue] = []
        if case .failed(let failure) = check.state { errors = failure.errors }
        let editContext = EditContext(network: check.network, errorsBefore: errors,
                                      showsPrivateNames: choice.showsPrivateNames,
                                      dataLanguage: check.network?.language ?? language)
        let outcome = await context.edits.apply(edit, madeOn: version, to: check.source, in: context.folder,
                                                context: editContext)
        await context.catalog.forget(name)
        switch outcome {
        case let .applied(version, file, backup):
            var response = Self.json(EditAnswer(version: version, message: language.phrases.app(AppMessage.saved(file: file, backup: backup)),
                                                backup: backup, errors: nil))
            response.headers[.eTag] = "\"\(version)\""
            return response
        case .conflict(let current):
            var response = Self.json(EditAnswer(version: current, message: language.phrases.app(AppMessage.editConflict)),
                                     status: .conflict)
            response.headers[.eTag] = "\"\(current)\""
            return response
        case .rejected(let issues):
            let shown = issues.map { issue in
                NetworkSummary.issue(issue, language)
            }
            return Self.json(EditAnswer(version: version, message: language.phrases.app(AppMessage.editRejected), errors: shown),
                             status: .unprocessableContent)
        case .failed(let message):
            return Self.message(.unprocessableContent, message, language)
        }
    }
}

/// The answer to an edit: the network's version now, what happened, and the loader's errors when refused.
struct EditAnswer: Encodable, Sendable {
    var version: String
    var message: String?
    var backup: String?
    var errors: [NetworkSummary.Issue]?
}

/// The part of an edit request every kind shares: which kind it is.
struct EditEnvelope: Decodable, Sendable {
    var kind: String
}
