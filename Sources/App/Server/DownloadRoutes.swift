import Foundation
import GraphvizMap
import Hummingbird
import NetworkMap
import Reports
import Wording

/// The files a user can take away: the handout, the report, the map and the network's data.
///
/// Each is made by the same code as the command that writes it (`handout`, `report`, `render`, `convert`), from the
/// network prepared as the page shows it, and comes with `Content-Disposition: attachment` and a file name made of
/// ASCII letters, digits and dashes only (the network's name transliterated: `muehlenviertel-handout.pdf`).
extension AppRoutes {
    /// A file the app offers: its name after the network's, its type, and how it is made.
    enum Download: String, CaseIterable, Sendable {
        case handout = "handout.pdf"
        case reportMarkdown = "report.md"
        case reportHTML = "report.html"
        case mapSVG = "map.svg"
        case mapPDF = "map.pdf"
        case mapPNG = "map.png"
        case gexf = "network.gexf"
        case graphml = "network.graphml"

        var type: String {
            switch self {
            case .handout, .mapPDF: return "application/pdf"
            case .reportMarkdown: return "text/markdown; charset=utf-8"
            case .reportHTML: return "text/html; charset=utf-8"
            case .mapSVG: return "image/svg+xml"
            case .mapPNG: return "image/png"
            case .gexf: return "application/gexf+xml"
            case .graphml: return "application/graphml+xml"
            }
        }

        /// The file's name as the browser saves it.
        func fileName(network: String) -> String {
            let base = Actor.deriveID(from: network)
            switch self {
            case .handout: return "\(base)-handout.pdf"
            case .reportMarkdown: return "\(base)-report.md"
            case .reportHTML: return "\(base)-report.html"
            case .mapSVG: return "\(base)-map.svg"
            case .mapPDF: return "\(base)-map.pdf"
            case .mapPNG: return "\(base)-map.png"
            case .gexf: return "\(base).gexf"
            case .graphml: return "\(base).graphml"
            }
        }
    }

    func download(_ request: Request, name raw: String?, file rawFile: String?) async -> Response {
        guard let file = rawFile.flatMap({ $0.removingPercentEncoding }).flatMap(Download.init(rawValue:)) else {
            return Self.message(.notFound, .noSuchDownload(Self.shown(rawFile)), language(request))
        }
        let found = await analysed(request, name: raw)
        guard case let .ready(analysis, key, check, choice) = found else { return Self.response(found) }
        let language = choice.language
        let choices = MapQuery(request.uri.queryParameters).choices
        let showing = choice.showsPrivateNames
        let what = "download/\(file.rawValue)" + (file.rawValue.hasPrefix("map.") ? "?" + MapQuery.key(choices) : "")
        let loaded = check.network
        let job = await context.catalog.derived(what, of: key, phase: file == .handout ? "handout" : "map") { _ in
            do {
                switch file {
                case .handout:
                    return .bytes(try Handout.pdf(analysis, options: HandoutOptions(language: language)), type: file.type)
                case .reportMarkdown:
                    let text = FullReport(analysis, language: language).document.rendered(.markdown)
                    return .bytes(Data(text.utf8), type: file.type)
                case .reportHTML:
                    // The page `report --format html` writes: the map and the stakeholder matrix.
                    let svg = try HTMLReport.mapSVG(analysis, language: language)
                    let matrix = try HTMLReport.matrixSVG(analysis, language: language)
                    let page = HTMLReport.render(analysis, language: language, svg: svg, matrixSVG: matrix)
                    return .bytes(Data(page.utf8), type: file.type)
                case .mapSVG, .mapPDF, .mapPNG:
                    let format: MapFormat = file == .mapSVG ? .svg : file == .mapPDF ? .pdf : .png
                    var render = RenderOptions()
                    render.documentDate = analysis.network.date
                    let spec = MapSpec(analysis, options: choices.options(analysis, language: language))
                    return .bytes(try MapRenderer.render(spec, format: format, options: render), type: file.type)
                case .gexf, .graphml:
                    guard let loaded else { return .failure(.notFound) }
                    let prepared = loaded.prepared(showingPrivateNames: showing, pseudonym: language.phrases.pseudonym)
                    let format: ExchangeFormat = file == .gexf ? .gexf : .graphml
                    return .bytes(Data(format.document(prepared).utf8), type: file.type)
                }
            } catch let error as HandoutError {
                return .failure(.renderFailed(error.description))
            } catch let error as MapRenderError {
                return .failure(.renderFailed(error.description))
            } catch {
                return .failure(.renderFailed("\(error)"))
            }
        }
        return await answer(job, language, download: file.fileName(network: check.source.name))
    }
}
