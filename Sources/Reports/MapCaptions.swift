import GraphvizMap
import NetworkMap

/// The two captions practitioners put under every map: what is shown, and what can be read from it.
public enum MapCaptions {
    /// "Was ist dargestellt?" and "Was kann abgelesen werden?" for a map of this analysis.
    public static func make(_ analysis: Analysis, language: Language, sizeBy: String?, focusName: String? = nil,
                            shownActors: Int? = nil) -> [MapSpec.Caption] {
        let s = Strings(language, analysis: analysis)
        let de = language == .de
        let n = shownActors ?? analysis.graph.nodeCount
        var shown: String
        if de {
            shown = "Die \(n) Akteure des Netzwerks \(analysis.network.name) und ihre Beziehungen"
            if let date = analysis.network.date { shown += " (Stand \(date))" }
            if let focusName { shown += ", im Umfeld von \(focusName)" }
            shown += ". Farbe und Form zeigen den Akteurstyp, die Linienart die Art der Beziehung, die Linienstärke ihre Stärke."
            if let sizeBy { shown += " Die Größe zeigt \(sizeBy)." }
            shown += " Privatpersonen erscheinen pseudonymisiert."
        } else {
            shown = "The \(n) actors of \(analysis.network.name) and their ties"
            if let date = analysis.network.date { shown += " (as of \(date))" }
            if let focusName { shown += ", around \(focusName)" }
            shown += ". Colour and shape show the actor type, the line style the kind of tie, its width the strength."
            if let sizeBy { shown += " Size shows \(sizeBy)." }
            shown += " Private persons appear under pseudonyms."
        }
        var read: [String] = []
        if let top = analysis.brokers(top: 1).first {
            read.append(de ? "\(s.name(top.actor)) verbindet die meisten Akteure (doppelter Rand: wichtige Vermittler)."
                           : "\(s.name(top.actor)) links the most actors (double outline: key brokers).")
        }
        if let home = analysis.homeDependency, !home.cutOff.isEmpty {
            read.append(de ? "Ohne \(s.name(home.actor)) verlören \(home.cutOff.count) Akteure den Anschluss."
                           : "Without \(s.name(home.actor)), \(home.cutOff.count) actors would lose their link.")
        }
        let detached = analysis.isolatedGroups.detachedComponents.count
        let isolates = analysis.isolates.count
        if detached + isolates > 0 {
            var parts: [String] = []
            if detached > 0 {
                parts.append(de ? (detached == 1 ? "1 abgetrennte Gruppe" : "\(detached) abgetrennte Gruppen")
                                : (detached == 1 ? "1 detached group" : "\(detached) detached groups"))
            }
            if isolates > 0 {
                parts.append(de ? (isolates == 1 ? "1 Akteur ohne Beziehung" : "\(isolates) Akteure ohne Beziehung")
                                : (isolates == 1 ? "1 actor without ties" : "\(isolates) actors without ties"))
            }
            let subject = s.list(parts)
            let plural = detached + isolates > 1
            read.append(de ? "\(subject) (gestrichelter Rand) \(plural ? "stehen" : "steht") außerhalb des Hauptnetzes."
                           : "\(subject) (dashed outline) \(plural ? "stand" : "stands") outside the main network.")
        }
        return [
            MapSpec.Caption(heading: de ? "Was ist dargestellt?" : "What is shown?", text: shown.tidySentence),
            MapSpec.Caption(heading: de ? "Was kann abgelesen werden?" : "What can be read from it?",
                            text: read.joined(separator: " ").tidySentence),
        ]
    }
}
