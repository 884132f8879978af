import NetworkMap

extension English {
    public var shownHeading: String { "What is shown?" }
    public var readHeading: String { "What can be read from it?" }

    public func sizeMeaning(_ measure: SizeMeasure) -> String {
        switch measure {
        case .betweenness: return "betweenness"
        case .degree: return "number of contacts"
        case .pagerank: return "PageRank"
        case .influence: return "influence (0-10)"
        }
    }

    public func datedSubtitle(date: Day?, rest: String) -> String { (date.map { "As of \($0) · " } ?? "") + rest }

    public func caption(_ sentence: CaptionSentence) -> String {
        switch sentence {
        case let .mapShown(actors, network, date, focus, sizeBy):
            var text = "The \(actors) actors of \(network) and their ties"
            if let date { text += " (as of \(date))" }
            if let focus { text += ", around \(focus)" }
            text += ". Colour and shape show the actor type, the line style the kind of tie, its width the strength."
            if let sizeBy { text += " Size shows \(sizeBy)." }
            return text + " Private persons appear under pseudonyms."
        case let .topBroker(name):
            return "\(name) links the most actors (double outline: key brokers)."
        case let .homeCutOff(office, count):
            return "Without \(office), \(count) actors would lose their link."
        case let .apart(detached, isolates):
            var parts: [String] = []
            if detached > 0 { parts.append(detached == 1 ? "1 detached group" : "\(detached) detached groups") }
            if isolates > 0 { parts.append(isolates == 1 ? "1 actor without ties" : "\(isolates) actors without ties") }
            return "\(list(parts)) (dashed outline) \(detached + isolates > 1 ? "stand" : "stands") outside the main network."

        case let .whatIfNetwork(network, date, actors):
            return "The network \(network)\(date.map { " (as of \($0))" } ?? "") with its \(actors) actors as it is today."
        case let .whatIfRemoved(names, lostTies):
            return "Greyed, crossed and outlined in dashed red: who leaves (\(names)); grey and dotted: the \(lostTies == 1 ? "tie" : "\(lostTies) ties") lost with them."
        case .whatIfCutOffMark:
            return "Thick dark red outline: who then has no path left to the rest of the network."
        case let .whatIfPlanned(pairs):
            return "Blue and dashed: planned new ties (\(pairs))."
        case .whatIfEncoding:
            return "Colour and shape show the actor type, size today's betweenness."
        case .pseudonyms:
            return "Private persons appear under pseudonyms."
        case let .fragmentation(before, after, rises):
            return "The share of pairs without a link (fragmentation) \(rises ? "rises" : "falls") from \(before) to \(after)."

        case let .diffNetwork(network, newLabel, actors, oldLabel):
            return "The network \(network) in its newer state (\(newLabel)) with \(actors) actors, compared with the older one (\(oldLabel))."
        case let .diffAddedActors(count): return "Double teal outline: new actors (\(count))."
        case let .diffAddedTies(count): return "Thick teal double line: new ties (\(count))."
        case .diffIntroduced:
            return "Purple with dots at both ends: an introduction suggested for the older state that has happened."
        case let .diffLostDrawn(count):
            return "Grey and dotted: ties lost between actors who are still there (\(count))."
        case .diffEncoding:
            return "Colour and shape show the actor type, size the betweenness in the newer state."
        case .pseudonymsInBoth:
            return "Private persons appear under the same pseudonym in both states."
        case let .diffNew(names): return "New: " + names + "."
        case let .diffGone(names, ties):
            return "No longer there (so not on the map): \(names), with \(ties == 1 ? "one tie" : "\(ties) ties")."
        case .diffNothing: return "Nothing changed between the two states."
        case let .diffGaps(closed, opened): return "Gaps: \(closed) closed, \(opened) opened."
        case let .diffTopMover(name, gained, points):
            return "\(name) \(gained ? "gained" : "lost") the most betweenness (\(points))."
        case let .diffCounts(actors, addedActors, lostActors, ties, addedTies, lostTies):
            return "\(actors) actors (\(addedActors) new, \(lostActors) lost) · \(ties) ties (\(addedTies) new, \(lostTies) lost)"
        }
    }
}

extension English {
    public func legendTitle(_ title: LegendTitle) -> String {
        switch title {
        case .actorTypes: return "Actor types"
        case .colourByAttitude: return "Colour: attitude"
        case .colourByCommunity: return "Colour: group (community)"
        case .colourByArea: return "Colour: area"
        case .colourByTheme: return "Colour: theme (first)"
        case .colourByLocality: return "Colour: inside or outside the quarter"
        case .ties: return "Ties"
        case .marks: return "Marks"
        case let .size(what): return "Size: " + what
        }
    }

    public func attitude(_ attitude: Attitude) -> String {
        switch attitude {
        case .supportive: return "supportive"
        case .neutral: return "neutral"
        case .opposed: return "opposed"
        }
    }

    public func mark(_ mark: MarkMeaning) -> String {
        switch mark {
        case .broker: return "Key broker (double outline)"
        case .articulationPoint: return "network splits without this actor"
        case .isolated: return "isolated group (dashed outline)"
        case .highlighted: return "highlighted"
        case .removed: return "leaves (greyed, red dashed outline)"
        case .cutOff: return "cut off (thick dark red outline)"
        case .addedActor: return "new (double outline)"
        case .bridge: return "bridge: the only link (double line)"
        case .introduction: return "suggested introduction"
        case .lostTie: return "lost tie (grey dotted)"
        case .plannedTie: return "planned tie (blue dashed)"
        case .addedTie: return "new tie (thick double line)"
        case .introduced: return "suggested introduction made (purple, dots at the ends)"
        case .unconfirmedTie: return "named by one side only (dashed)"
        }
    }

    public var unknownValue: String { "unknown" }
    public func moreCategories(_ count: Int) -> String { "… \(count) more (colours repeat)" }
    public var fundingArrow: String { " (arrow: to whom)" }
    public var weakTie: String { "weak tie (1)" }
    public var strongTie: String { "strong tie (3)" }
    public var someMeasure: String { "measure" }
    public var low: String { "low" }
    public var high: String { "high" }
    public func mapCounts(actors: Int, ties: Int) -> String { "\(actors) actors · \(ties) ties" }

    public func actorTooltip(name: String, type: String, themes: [String], area: String?) -> String {
        var text = "\(name) (\(type))"
        if !themes.isEmpty { text += " · Themes: " + themes.joined(separator: ", ") }
        if let area { text += " · Area: " + area }
        return text
    }

    public func tieTooltip(_ a: String, _ b: String, kind: String?, lost: Bool) -> String {
        "\(a) – \(b): " + (kind.map { $0 + (lost ? " (lost)" : "") } ?? "planned")
    }

    public func introductionTooltip(_ a: String, _ b: String) -> String { "Suggested introduction: \(a) – \(b)" }
}
