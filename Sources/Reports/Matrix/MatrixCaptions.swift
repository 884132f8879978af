import GraphvizMap
import NetworkMap
import Wording

/// The stakeholder matrix's two captions: what is shown, and what can be read from it (its findings, named).
public enum MatrixCaptions {
    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for the matrix of this analysis.
    ///
    /// `nudged` counts markers moved apart because their ratings are equal; `namesLeftOut` names without room
    /// on a printed chart.
    public static func make(_ analysis: Analysis, findings: StakeholderFindings, language: Language, sizeBy: String?,
                            ties: Bool, nudged: Int, namesLeftOut: Int = 0) -> [MapSpec.Caption] {
        [shown(analysis, findings: findings, language: language, sizeBy: sizeBy, ties: ties, nudged: nudged,
               namesLeftOut: namesLeftOut),
         read(analysis, findings: findings, language: language)]
    }

    /// "Was ist dargestellt?": what is drawn and how it reads.
    static func shown(_ analysis: Analysis, findings: StakeholderFindings, language: Language, sizeBy: String?,
                      ties: Bool, nudged: Int, namesLeftOut: Int) -> MapSpec.Caption {
        let p = language.phrases
        let rated = findings.rated
        var shown = [p.matrixCaption(.shown(rated: rated.count, network: analysis.network.name, date: analysis.network.date,
                                            sizeBy: sizeBy, ties: ties, nudged: nudged))]
        if namesLeftOut > 0 { shown.append(p.matrixCaption(.namesLeftOut(namesLeftOut))) }
        if !analysis.excludedActors.isEmpty { shown.append(p.excludedNote(p.list(analysis.excludedActors.map(\.name)))) }
        if !analysis.showsPrivateNames, rated.contains(where: { analysis.network.actors[$0.actor].isPrivate }) {
            shown.append(p.matrixCaption(.pseudonyms))
        }

        return MapSpec.Caption(heading: p.shownHeading, text: shown.joined(separator: " ").printed)
    }

    /// "Was kann abgelesen werden?": the findings with the actors named (each followed by its number on the chart,
    /// where `numbers` gives one), then the field that holds most actors unless `findingsOnly`.
    static func read(_ analysis: Analysis, findings: StakeholderFindings, language: Language, numbers: [Int: Int] = [:],
                     findingsOnly: Bool = false) -> MapSpec.Caption {
        let s = Strings(language, analysis: analysis)
        let p = s.phrases
        var read: [String] = []
        for flag in StakeholderFlag.allCases {
            let flagged = findings.flagged(flag)
            let names = flagged.map { st in s.name(st.actor) + (numbers[st.actor].map { " (\($0))" } ?? "") }
            // Every actor numbered on the chart is named, so that each number has its name.
            let lastNumbered = flagged.lastIndex { numbers[$0.actor] != nil }.map { $0 + 1 } ?? 0
            if !names.isEmpty { read.append(p.matrixCaption(.flagged(flag, names: s.list(names, limit: max(6, lastNumbered))))) }
        }
        if read.isEmpty, !findings.rated.isEmpty { read.append(p.matrixCaption(.noFindings)) }
        let fields = Quadrant.allCases.map { ($0, findings.members(of: $0).count) }
        if !findingsOnly, let largest = fields.max(by: { $0.1 < $1.1 }), largest.1 > 0 {
            read.append(p.matrixCaption(.largestField(largest.0, count: largest.1)))
        }
        return MapSpec.Caption(heading: p.readHeading, text: read.joined(separator: " ").printed)
    }
}
