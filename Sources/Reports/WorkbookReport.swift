import NetworkMap
import Wording

/// The results as a workbook: the network's actors with every measure as a number, its ties, and sheets of gaps,
/// suggested introductions and groups.
///
/// The actors and ties sheets are ``NetworkWorkbook``'s, so that the results load back as the network (the measures
/// then are extra columns). Measures carry number formats (decimals, whole numbers), not text, so that they sort and
/// sum; groups and components count from 1 as the text report names them. Deterministic, as the writer is.
public enum WorkbookReport {
    /// The results workbook of `analysis` in `language`.
    public static func document(_ analysis: Analysis, language: Language) -> WorkbookDocument {
        let s = Strings(language, analysis: analysis)
        let phrases = language.phrases
        let decimals = NumberFormat.decimal(places: 4)
        func number(_ values: [Double?], _ format: NumberFormat = decimals) -> [OutputCell] {
            values.map { value in value.map { $0.isFinite ? OutputCell.number($0, format) : .empty } ?? .empty }
        }
        func whole(_ values: [Int]) -> [OutputCell] { values.map { OutputCell.number(Double($0), .integer) } }
        let m = analysis.measures
        let measureColumns: [[OutputCell]] = [
            whole(m.map(\.degree)), number(m.map(\.betweenness)), number(m.map(\.weightedBetweenness)),
            number(m.map(\.closeness)), number(m.map(\.harmonic)), number(m.map(\.pagerank)), number(m.map(\.eigenvector)),
            number(m.map(\.constraint)), number(m.map(\.effectiveSize)), whole(m.map(\.coreNumber)),
            whole(m.map { $0.component + 1 }), whole(m.map { $0.community + 1 }),
            m.map { OutputCell.text($0.isArticulationPoint ? s.yes : s.no) }, whole(m.map(\.cutOff)),
            number(m.map(\.fragmentationIncrease)), whole(m.map(\.brokerage.coordinator)), whole(m.map(\.brokerage.consultant)),
            whole(m.map(\.brokerage.representative)), whole(m.map(\.brokerage.gatekeeper)), whole(m.map(\.brokerage.liaison)),
        ]
        // The CSV report's headers after its six actor columns name the same measures in the same order.
        let headers = Array(phrases.csvHeader.dropFirst(6))
        let columns = zip(headers, measureColumns).map { NetworkWorkbook.Column(header: $0, values: $1) }

        let names = phrases.resultSheetNames
        let gaps = SheetDocument(
            name: names.gaps,
            rows: [phrases.gapHeaders.map(OutputCell.text)] + analysis.gaps.map { gap in
                [.text(s.severity(gap.severity)), .text(s.describe(gap)), .text(gap.actors.map(s.name).joined(separator: ", "))]
            }, hasHeader: true, autoFilter: true, columnWidths: [1: 14, 2: 90, 3: 50])
        let introductions = SheetDocument(
            name: names.introductions,
            rows: [phrases.introductionHeaders.map(OutputCell.text)] + analysis.introductions().map { intro in
                [.text(s.name(intro.source)), .text(s.name(intro.target)), .number(intro.gain, decimals),
                 .number(Double(intro.pairsConnected), .integer), .text(s.reason(intro))]
            }, hasHeader: true, autoFilter: true, columnWidths: [1: 32, 2: 32, 5: 80])
        let groups = SheetDocument(
            name: names.groups,
            rows: [phrases.groupHeaders.map(OutputCell.text)] + analysis.communitySummaries.map { group in
                [.number(Double(group.id + 1), .integer), .number(Double(group.members.count), .integer),
                 .number(Double(group.internalTies), .integer), .number(Double(group.externalTies), .integer),
                 group.eiIndex.map { .number($0, .decimal(places: 2)) } ?? .empty,
                 .text(group.members.map(s.name).joined(separator: ", "))]
            }, hasHeader: true, autoFilter: true, columnWidths: [6: 90])
        return NetworkWorkbook.document(analysis.network, words: phrases.workbookWords, actorColumns: columns,
                                        sheets: [gaps, introductions, groups])
    }
}
