import GraphvizMap
import NetworkMap
import Wording

/// The two captions practitioners put under every map: what is shown, and what can be read from it.
public enum MapCaptions {
    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for a map of this analysis.
    public static func make(_ analysis: Analysis, language: Language, sizeBy: String?, focusName: String? = nil,
                            shownActors: Int? = nil) -> [MapSpec.Caption] {
        let s = Strings(language, analysis: analysis)
        let p = s.phrases
        let shown = p.caption(.mapShown(actors: shownActors ?? analysis.graph.nodeCount, network: analysis.network.name,
                                        date: analysis.network.date, focus: focusName, sizeBy: sizeBy))
        var shownText = shown
        if !analysis.excludedActors.isEmpty {
            shownText += " " + p.excludedNote(p.list(analysis.excludedActors.map(\.name)))
        }
        var read: [String] = []
        if let top = analysis.brokers(top: 1).first { read.append(p.caption(.topBroker(s.name(top.actor)))) }
        if let home = analysis.homeDependency, !home.cutOff.isEmpty {
            read.append(p.caption(.homeCutOff(office: s.name(home.actor), count: home.cutOff.count)))
        }
        let detached = analysis.isolatedGroups.detachedComponents.count
        let isolates = analysis.isolates.count
        if detached + isolates > 0 { read.append(p.caption(.apart(detached: detached, isolates: isolates))) }
        return [
            MapSpec.Caption(heading: p.shownHeading, text: shownText.printed),
            MapSpec.Caption(heading: p.readHeading, text: read.joined(separator: " ").tidySentence),
        ]
    }
}
