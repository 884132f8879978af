import Foundation
import GraphvizMap
import Hummingbird
import NetworkMap
import Reports
import Wording

/// The views made from an analysis: the map, the findings, a what-if scenario and a comparison of two snapshots.
///
/// Each is made by the core and the report's own renderers (``MapSpec``, ``FullReport``, ``WhatIfReport``,
/// ``DiffReport``, ``ScenarioMaps``), once per network version, privacy, language and choice (``NetworkCatalog``).
extension AppRoutes {
    /// How long a request waits for an analysis or a map before it answers with the progress instead.
    static let patience = Duration.milliseconds(1_500)

    /// The analysis of the network a request names, or the answer that says why there is none (404, 409 when it
    /// does not load, 202 while it is being computed).
    enum Analysed {
        case ready(Analysis, AnalysisKey, NetworkCheck, Choice)
        case answer(Response)
    }

    func analysed(_ request: Request, name raw: String?) async -> Analysed {
        let choice = choice(request)
        guard let name = Self.networkName(raw) else {
            return .answer(Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), choice.language))
        }
        switch await context.catalog.analysis(named: name, showingPrivateNames: choice.showsPrivateNames,
                                              language: choice.language, waiting: Self.patience) {
        case .noNetwork:
            return .answer(Self.message(.notFound, .noSuchNetwork(Self.shown(raw)), choice.language))
        case .notLoaded(let check):
            let summary = NetworkSummary(check, language: choice.language, showingPrivateNames: choice.showsPrivateNames)
            return .answer(Self.json(summary, status: .conflict))
        case .working(let progress):
            return .answer(Self.working(progress))
        case let .ready(analysis, key, check):
            return .ready(analysis, key, check, choice)
        }
    }

    /// `202`: still working, with how far.
    static func working(_ progress: Job<Analysis>.Progress) -> Response {
        json(.object([("working", .bool(true)), ("phase", .string(progress.phase)),
                      ("percent", .int(Int((progress.fraction * 100).rounded(.down))))]), status: .accepted)
    }

    /// The answer of a derived job: its bytes, its failure, or `202` while it runs.
    func answer(_ job: Job<Derived>, _ language: Language, download: String? = nil) async -> Response {
        guard let result = await job.value(waiting: Self.patience) else {
            let progress = job.progress
            return Self.working(Job<Analysis>.Progress(phase: progress.phase, fraction: progress.fraction))
        }
        switch result {
        case let .bytes(data, type):
            var response = Self.bytes(data, type: type)
            if let download { response.headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
            return response
        case .failure(let message):
            return Self.message(.internalServerError, message, language)
        }
    }

    static let jsonType = "application/json; charset=utf-8"

    // MARK: map

    func map(_ request: Request, name raw: String?) async -> Response {
        let found = await analysed(request, name: raw)
        guard case let .ready(analysis, key, _, choice) = found else { return Self.response(found) }
        let choices = MapQuery(request.uri.queryParameters).choices
        let language = choice.language
        let job = await context.catalog.derived("map?" + MapQuery.key(choices), of: key, phase: "map") { _ in
            do {
                let svg = try Self.svg(MapSpec(analysis, options: choices.options(analysis, language: language)),
                                       date: analysis.network.date)
                let data = HTMLReport.data(analysis, strings: Strings(language, analysis: analysis))
                let body = JSONValue.object([("svg", .string(HTMLReport.inlineSVG(svg))), ("data", data)])
                return .bytes(Data(body.rendered().utf8), type: Self.jsonType)
            } catch {
                return .failure(.renderFailed(String(describing: error)))
            }
        }
        return await answer(job, language)
    }

    /// The map drawn as SVG text, with the data's date.
    static func svg(_ spec: MapSpec, date: Day?) throws(MapRenderError) -> String {
        var render = RenderOptions()
        render.documentDate = date
        return String(decoding: try MapRenderer.render(spec, format: .svg, options: render), as: UTF8.self)
    }

    // MARK: findings

    func findings(_ request: Request, name raw: String?) async -> Response {
        let found = await analysed(request, name: raw)
        guard case let .ready(analysis, key, _, choice) = found else { return Self.response(found) }
        let language = choice.language
        let job = await context.catalog.derived("findings", of: key, phase: "findings") { _ in
            let html = FullReport(analysis, language: language).body.html(headingOffset: 1)
            return .bytes(Data(JSONValue.object([("html", .string(html))]).rendered().utf8), type: Self.jsonType)
        }
        return await answer(job, language)
    }

    /// The answer inside an ``Analysed`` that is not ready.
    static func response(_ found: Analysed) -> Response {
        if case .answer(let response) = found { return response }
        return Response(status: .internalServerError)
    }

    // MARK: what-if

    /// `?remove=ID` (repeated) for actors who leave, `?add=ID~ID` (repeated) for planned ties; ids as the page has
    /// them, that is of the prepared network (a pseudonymised person is `person-3`).
    func whatIf(_ request: Request, name raw: String?) async -> Response {
        let found = await analysed(request, name: raw)
        guard case let .ready(analysis, key, _, choice) = found else { return Self.response(found) }
        let language = choice.language
        let query = request.uri.queryParameters
        let index = analysis.network.indexByID
        var removed: [Int] = [], planned: [PlannedTie] = []
        for id in query.getAll("remove") {
            guard let v = index[id] else { return Self.message(.badRequest, .noSuchActor(Self.shown(id)), language) }
            removed.append(v)
        }
        for pair in query.getAll("add") {
            let ends = pair.split(separator: "~", maxSplits: 1).map(String.init)
            guard ends.count == 2 else { return Self.message(.badRequest, .badEdit("add"), language) }
            guard let a = index[ends[0]] else { return Self.message(.badRequest, .noSuchActor(Self.shown(ends[0])), language) }
            guard let b = index[ends[1]] else { return Self.message(.badRequest, .noSuchActor(Self.shown(ends[1])), language) }
            if a != b { planned.append(PlannedTie(source: a, target: b)) }
        }
        let what = "whatif?" + removed.sorted().map(String.init).joined(separator: ",") + "&"
            + planned.map { "\(min($0.source, $0.target))-\(max($0.source, $0.target))" }.sorted().joined(separator: ",")
        let (leaving, ties) = (removed, planned)
        let job = await context.catalog.derived(what, of: key, phase: "map") { _ in
            let scenario = WhatIf(analysis, removing: leaving, adding: ties)
            let html = WhatIfReport.document(scenario, language: language).html(headingOffset: 1)
            var fields: [(String, JSONValue)] = [("html", .string(html))]
            do {
                let svg = try Self.svg(ScenarioMaps.whatIf(scenario, language: language), date: analysis.network.date)
                fields.append(("svg", .string(HTMLReport.inlineSVG(svg))))
            } catch {
                fields.append(("mapError", .string(language.phrases.app(AppMessage.renderFailed(String(describing: error))))))
            }
            return .bytes(Data(JSONValue.object(fields).rendered().utf8), type: Self.jsonType)
        }
        return await answer(job, language)
    }

    // MARK: diff

    /// `?with=OLDER`: the network compared with an older snapshot of it, both prepared alike (a private person has
    /// one pseudonym in both).
    func diff(_ request: Request, name raw: String?) async -> Response {
        let found = await analysed(request, name: raw)
        guard case let .ready(_, key, check, choice) = found else { return Self.response(found) }
        let language = choice.language
        guard let olderName = Self.networkName(request.uri.queryParameters["with"].map(String.init)),
              let olderCheck = await context.catalog.check(named: olderName), let older = olderCheck.network,
              let newer = check.network
        else { return Self.message(.badRequest, .noOtherSnapshot, language) }
        let showing = choice.showsPrivateNames
        let job = await context.catalog.derived("diff?\(olderName)@\(olderCheck.version.tag)", of: key, phase: "paths") { report in
            let (a, b) = Network.prepared(older, newer, showingPrivateNames: showing, pseudonym: language.phrases.pseudonym)
            let diff = NetworkDiff(old: Analysis(a), new: Analysis(b, progress: report))
            let html = DiffReport.document(diff, language: language).html(headingOffset: 1)
            var fields: [(String, JSONValue)] = [("html", .string(html))]
            do {
                let svg = try Self.svg(ScenarioMaps.diff(diff, language: language), date: b.network.date)
                fields.append(("svg", .string(HTMLReport.inlineSVG(svg))))
            } catch {
                fields.append(("mapError", .string(language.phrases.app(AppMessage.renderFailed(String(describing: error))))))
            }
            return .bytes(Data(JSONValue.object(fields).rendered().utf8), type: Self.jsonType)
        }
        return await answer(job, language)
    }
}

/// The map's choices as the page sends them: `?color=type&size=betweenness&marks=brokers,isolated`.
///
/// Unknown values fall back to `render`'s defaults, so a stale or forged query still draws a map.
struct MapQuery {
    var choices = MapChoices()

    init(_ query: Parameters) {
        if let color = query["color"].flatMap({ MapColorBy(rawValue: String($0)) }) { choices.colorBy = color }
        if let size = query["size"].flatMap({ MapChoices.Size(rawValue: String($0)) }) { choices.sizeBy = size }
        if let marks = query["marks"] {
            choices.marks = Set(marks.split(separator: ",").compactMap { MapChoices.Mark(rawValue: String($0)) })
        }
    }

    /// The choices as a cache key: the same choices give the same key.
    static func key(_ choices: MapChoices) -> String {
        "color=\(choices.colorBy.rawValue)&size=\(choices.sizeBy.rawValue)&marks="
            + choices.marks.map(\.rawValue).sorted().joined(separator: ",")
    }
}
