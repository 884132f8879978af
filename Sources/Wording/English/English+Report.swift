import NetworkMap

extension English {
    // MARK: Names

    public func community(number: Int, lead: String?) -> String {
        "Group \(number)" + (lead.map { " (\($0) and others)" } ?? "")
    }

    public func role(_ role: BrokerageRole, short: Bool) -> String {
        switch (role, short) {
        case (.coordinator, false): return "coordinator (brokers within its own group)"
        case (.consultant, false): return "consultant (brokers between members of another group)"
        case (.representative, false): return "representative (speaks for its group to others)"
        case (.gatekeeper, false): return "gatekeeper (lets others into its group)"
        case (.liaison, false): return "liaison (links two groups it does not belong to)"
        case (.coordinator, true): return "coordinator"
        case (.consultant, true): return "consultant"
        case (.representative, true): return "representative"
        case (.gatekeeper, true): return "gatekeeper"
        case (.liaison, true): return "liaison"
        }
    }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .high: return "high"
        case .medium: return "medium"
        case .low: return "low"
        }
    }

    public func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .high: return "**Urgent:**"
        case .medium: return "**Important:**"
        case .low: return "**Worth watching:**"
        }
    }

    public var yes: String { "yes" }
    public var no: String { "no" }

    // MARK: Findings

    public func sectorsGap(_ a: String, _ b: String, ties: Int, expected: String) -> String {
        if ties == 0 { return "\(a) and \(b) have no tie at all (even mixing would give about \(expected))." }
        return "\(a) and \(b) hardly talk: \(ties) \(ties == 1 ? "tie" : "ties") where even mixing would give about \(expected)."
    }

    public func communitiesGap(_ a: String, _ b: String) -> String { "\(a) and \(b) have no direct tie." }

    public func uncoveredTheme(_ theme: String) -> String { "Nobody works on the theme “\(theme)”." }

    public func splitTheme(_ theme: String, actors: Int, groups: Int, loners: Int) -> String {
        var bits: [String] = []
        if groups > 0 { bits.append(groups == 1 ? "one group" : "\(groups) groups") }
        if loners > 0 { bits.append(loners == 1 ? "one actor on its own" : "\(loners) actors on their own") }
        return "The \(actors) actors working on “\(theme)” fall into " + list(bits) + " with no direct tie between them."
    }

    public func cutVertexGap(actor: String, cut: String, count: Int) -> String {
        count == 1 ? "\(cut) is linked to the rest of the network only through \(actor)."
            : "\(count) actors are linked to the rest of the network only through \(actor): \(cut)."
    }

    public func bridgeGap(_ u: String, _ v: String, count: Int, names: String) -> String {
        "A single tie, \(u) – \(v), holds \(count) actors (\(names)) to the rest."
    }

    public func fundingGap(funder: String, count: Int, names: String) -> String {
        "\(count) actors depend on \(funder) for all of their funding: \(names)."
    }

    public func homeSentence(office: String, share: String, rank: Int, cutOff: Int, onlyTiedToHome: Int) -> String {
        var text = "\(share) of all shortest paths between other actors run through \(office)"
        text += rank == 1 ? ", more than through any other actor." : " (rank \(rank) in the network)."
        if cutOff == 0 { return text + " Without \(office) the network would still hold together." }
        text += " Without \(office), \(cutOff == 1 ? "one actor" : "\(cutOff) actors") would lose \(cutOff == 1 ? "its" : "their") link to the network"
        switch onlyTiedToHome {
        case 0: return text + "."
        case 1: return text + "; it has no other contact at all."
        default: return text + "; \(onlyTiedToHome) of them have no other contact at all."
        }
    }

    public func introductionReason(_ purpose: IntroductionPurpose, sharedThemes: [String], sharedArea: String?) -> String {
        var text: String
        switch purpose {
        case let .joinsActor(name): text = "brings in \(name), so far without any tie"
        case let .joinsGroup(size): text = "joins a detached group of \(size) actors to the network"
        case let .linksSectors(a, b): text = "bridges \(a) and \(b)"
        case let .linksCommunities(a, b): text = "links \(a) with \(b)"
        case let .bypasses(name, 1): text = "gives an actor who can only be reached through \(name) a second way in"
        case let .bypasses(name, protected): text = "gives \(protected) actors who can only be reached through \(name) a second way in"
        }
        if !sharedThemes.isEmpty {
            text += "; both work on \(list(sharedThemes.map { "“\($0)”" }))"
        } else if let sharedArea {
            text += "; both are in the \(sharedArea) area"
        }
        return text + "."
    }

    public func brokerSentence(types: String, communities: Int, cutOff: Int, hardToReplace: Bool) -> String {
        var text = "connects \(types)"
        if communities >= 2 { text += " across \(communities) groups" }
        if cutOff > 0 {
            text += cutOff == 1 ? "; without it, one actor would lose its link" : "; without it, \(cutOff) actors would lose their link"
        } else if hardToReplace {
            text += "; hard to replace"
        } else {
            text += "; there are other paths around it"
        }
        return text + "."
    }

    public func caution(_ caution: Caution, date: Day?) -> String {
        switch caution {
        case let .smallNetwork(n):
            return "The network is small (\(n) actors): one tie more or less can move the measures a lot."
        case .isolatesMayBeMissingData(1):
            return "One actor has no recorded tie. Often this is missing data rather than real isolation."
        case let .isolatesMayBeMissingData(count):
            return "\(count) actors have no recorded tie. Often this is missing data rather than real isolation."
        case let .sampled(note):
            return "Betweenness and closeness are estimated from \(note.samples) sampled sources (expected error about \(percent(note.expectedRelativeError))); `--exact` computes them in full."
        case let .weakCommunities(q):
            return "The groups found are weak (modularity \(decimal(q, digits: 2))): they blur into each other."
        case .noTies:
            return "No ties are recorded."
        case let .inactiveTies(count):
            let before = date.map { " before \($0)" } ?? ""
            return count == 1 ? "1 recorded tie ended\(before) (column “until”) or starts later, and does not count here."
                : "\(count) recorded ties ended\(before) (column “until”) or start later, and do not count here."
        case let .unconfirmedTies(evidence):
            let c = evidence.counts
            var text = "\(evidence.resting) of \(c.total) ties rest on one side's word: \(c.confirmed) are confirmed from both sides, "
                + "\(c.oneSided) one-sided (the other side did not name them in its own interview), \(c.unverifiable) unverifiable "
                + "(the other side was not interviewed)."
            let brokers = evidence.brokersDependingOnOneSided
            if !brokers.isEmpty {
                text += " " + quotedList(brokers) + (brokers.count == 1 ? " is" : " are")
                    + " among the main brokers only through one-sided ties; ask before you build on that."
            }
            return text
        case let .withheldTies(count):
            return "For data protection, \(count == 1 ? "1 tie" : "\(count) ties") of private persons to faith communities, migrant organisations or parties are left out: they would reveal faith, origin or politics (GDPR Art. 9). `--show-private` (for internal use only) includes them."
        }
    }

    // MARK: Title and overview

    public func reportTitle(_ network: String) -> String { "\(network): network analysis" }
    public func dataDate(_ day: Day) -> String { "Data as of \(date(day))." }
    public func dataSource(_ source: String) -> String { "Source: \(source)." }
    public var overviewHeading: String { "The network at a glance" }

    public func overview(_ f: OverviewFacts) -> [String] {
        guard f.actors > 0 else { return ["The network holds no actors."] }
        var first = "The data holds \(f.actors == 1 ? "one actor" : "\(f.actors) actors") and \(f.ties == 1 ? "one tie" : "\(f.ties) ties") between them."
        if f.pairs != f.ties {
            first += " Some pairs are tied in more than one way (say, cooperation and funding): \(f.pairs) distinct pairs are linked."
        }
        first += " On average each actor has \(decimal(f.averageDegree, digits: 1)) direct contacts. Of all possible ties, \(percent(f.density, digits: 1)) exist (density)."
        if f.actors >= 30 {
            first += " A low density is normal at this size: nobody knows everyone; what matters is whether everyone can reach everyone else in a few steps."
        }
        guard f.components > 1 else { return [first, "All actors are linked through ties: the network forms one connected whole."] }
        var text = "\(f.mainComponent) of the \(f.actors) actors form one connected main network."
        var apart: [String] = []
        if !f.detached.isEmpty {
            let inGroups = f.detached.reduce(0, +)
            apart.append(f.detached.count == 1 ? "one small group of \(inGroups) actors tied only among themselves"
                : "\(f.detached.count) small groups of \(inGroups) actors in all, tied only among themselves")
        }
        if f.isolates > 0 {
            apart.append(f.isolates == 1 ? "one actor without any recorded tie" : "\(f.isolates) actors without any recorded tie")
        }
        if !apart.isEmpty { text += " Apart from it stand " + list(apart) + "." }
        return [first, text]
    }

    public func keyFigure(_ figure: KeyFigure) -> String {
        switch figure {
        case .actors: return "Actors"
        case .ties: return "Ties"
        case .averageContacts: return "Contacts per actor on average"
        case .density: return "Density (share of possible ties)"
        case .parts: return "Separate parts (actors without ties included)"
        case .mainNetwork: return "Actors in the main network"
        case .withoutTies: return "Actors without ties"
        case .communities: return "Groups (communities)"
        case .homeShare: return "Share of paths through the neighbourhood office"
        }
    }

    public var keyFiguresHeader: [String] { ["Measure", "Value"] }
    public var typeTableHeader: [String] { ["Actor type", "Actors", "Average contacts", "Without ties"] }
    public var kindTableHeader: [String] { ["Kind of tie", "Count", "Of which strong"] }

    // MARK: Brokers and the QM office

    public var brokersHeading: String { "Key actors and brokers" }
    public var noBrokers: String { "No actor lies on paths between others: there are no brokers." }
    public var brokersIntro: String {
        "Ranked by brokerage (betweenness): the share of all shortest paths between two other actors that run through the actor. Those near the top hold the network together; if they drop out, paths grow longer or break."
    }
    public var brokersHeader: [String] {
        ["#", "Actor", "Type", "Betweenness", "Contacts", "Role", "Reached only through it", "Hard to replace"]
    }
    public var homeHeading: String { "Dependency on the neighbourhood office: will the network last?" }
    public var noHome: String {
        "`network.yaml` names no neighbourhood office (`home:`), so this report cannot say how much of the network depends on it."
    }
    public func homeCutOff(_ names: String) -> String { "Cut off without the neighbourhood office: \(names)." }

    public func homeWithout(componentsBefore: Int, componentsWithout: Int, before: String, after: String, unchanged: Bool) -> String {
        if unchanged {
            return "Without the neighbourhood office the network would not fall into more parts, though paths between actors would grow longer."
        }
        return "Without the neighbourhood office the network would fall into \(componentsWithout) parts instead of \(componentsBefore). The share of pairs of actors who cannot reach each other through any chain of ties would rise from \(before) to \(after)."
    }

    public func homeOnlyTied(_ names: String) -> String { "Tied to the neighbourhood office alone: \(names)." }

    public func homeAdvice(cutOff: Bool, pathShare: Double) -> String {
        if cutOff {
            return "For the time after funding this means: these actors need a second link into the network that does not run through the neighbourhood office. The suggested introductions below start there."
        }
        if pathShare >= 0.15 {
            return "The network would hold together without the neighbourhood office, but many paths would take detours. It becomes self-sustaining as other actors take over the brokering."
        }
        return "The network does not depend unduly on the neighbourhood office."
    }

    // MARK: Gaps and introductions

    public var gapsHeading: String { "Gaps in the network" }
    public var noGaps: String { "No notable gaps found." }
    public func moreGaps(_ count: Int) -> String { "… and \(count) more, smaller gaps (`--top` shows more)." }
    public var mixingHeading: String { "Ties between actor types" }
    public var mixingIntro: String { "Number of ties between actors of the two types; the diagonal counts ties within a type." }
    public var introductionsHeading: String { "Suggested introductions" }
    public var noIntroductions: String { "No suggestions: there is no gap that one new tie would clearly close." }
    public var introductionsIntro: String {
        "Pairs who do not know each other yet and whose tie would close a gap, the most effective first. Pairs who share a theme or an area come first, since such ties are likelier to last."
    }
    public func introductionPair(_ a: String, _ b: String) -> String { "**\(a)** and **\(b)**: " }

    // MARK: Groups

    public var groupsHeading: String { "Isolated and loosely attached groups" }

    public func mainNetworkSentence(main: Int, total: Int, parts: Int) -> String {
        parts <= 1 ? "All \(total) actors belong to one connected network."
            : "\(main) of the \(total) actors belong to the main network; in all, the network has \(parts) separate parts."
    }

    public func detachedGroup(count: Int, names: String) -> String { "Detached group (\(count) actors): \(names)." }
    public func isolatesItem(count: Int, names: String) -> String { "Without any recorded tie (\(count)): \(names)." }

    public func looselyAttached(community: String, members: Int, through: String?) -> String {
        if let through { return "\(community), \(members) actors, hangs on \(through) alone." }
        return "\(community), \(members) actors, has a single tie to the rest."
    }

    public func peripheralItem(count: Int, names: String) -> String { "On the edge, with one contact only (\(count)): \(names)." }
    public var communitiesHeading: String { "Groups (communities)" }
    public func communitiesIntro(modularity: String) -> String {
        "Groups of actors more densely tied among themselves than to the rest (Louvain method, modularity \(modularity)). The E-I index runs from -1 (ties only inside) to +1 (only outside)."
    }
    public var communitiesHeader: [String] { ["Group", "Actors", "Ties inside", "Ties to the outside", "E-I"] }

    // MARK: Themes, cautions, method

    public var themesHeading: String { "Theme coverage" }
    public var themesIntro: String { "Who works on each theme, and whether those actors are directly tied to each other." }
    public var themesHeader: [String] { ["Theme", "Actors", "Connected among themselves?", "Best connected"] }

    public func themeConnection(parts: Int, actors: Int) -> String {
        if actors == 0 { return "– (nobody)" }
        if actors == 1 { return "– (one actor only)" }
        return parts <= 1 ? yes : "no: \(parts) parts"
    }

    public var noThemes: String { "Neither `network.yaml` nor the actors name any themes." }
    public var cautionsHeading: String { "How far the numbers go" }
    public var noCautions: String {
        "No particular limits. Like any network analysis, this one shows only the ties that were recorded."
    }
    public var recordedOnly: String { "The analysis shows only the ties that were recorded; what nobody reported is missing." }
    public var methodHeading: String { "Method" }
    public var methodIntro: String {
        "Ties count in both directions; several ties between the same two actors count as one contact. The measures follow the definitions of the network analysis library networkx and are checked against it."
    }

    public func methodItems(pseudonyms: Bool) -> [String] {
        var items = [
            "**Contacts (degree):** how many different actors someone is directly tied to.",
            "**Betweenness:** the share of all shortest paths between two other actors that runs through an actor. High values mark brokers on whom much depends.",
            "**Role:** how an actor brokers between actor types (after Gould and Fernandez): within its own group (coordinator), for another group (consultant), from its group to others (representative), from others into its group (gatekeeper), or between two groups it does not belong to (liaison).",
            "**Reached only through it:** how many actors would lose their link to the main network if this actor dropped out.",
            "**Groups (communities):** found with the Louvain method, strong ties counting more. Modularity measures how distinct the groups are; from about 0.3 they count as clear.",
            "**Gaps between actor types:** the number of ties is compared with what even mixing of all types would give.",
            "**Suggested introductions:** pairs without a tie so far, ranked by how much their tie would shorten paths across the network (global efficiency). The neighbourhood office is never suggested: it is the one making the introductions.",
        ]
        if pseudonyms {
            items.append("**Data protection:** private persons appear without names as “Resident 1”, “Resident 2” and so on; their themes, areas and notes are left out.")
        }
        return items
    }

    // MARK: CSV and the interactive page

    public var csvHeader: [String] {
        ["id", "name", "type", "typeLabel", "themes", "area", "degree", "betweenness", "weightedBetweenness", "closeness",
         "harmonic", "pagerank", "eigenvector", "constraint", "effectiveSize", "coreNumber", "component", "community",
         "articulationPoint", "cutOff", "fragmentationIncrease", "coordinator", "consultant", "representative",
         "gatekeeper", "liaison"]
    }

    public func html(_ text: PageText) -> String {
        switch text {
        case .searchLabel: return "Find an actor"
        case .searchPlaceholder: return "Type a name …"
        case .allTypes: return "All actor types"
        case .allThemes: return "All themes"
        case .typeFilter: return "Filter by type"
        case .themeFilter: return "Filter by theme"
        case .reset: return "Reset"
        case .zoomIn: return "Zoom in"
        case .zoomOut: return "Zoom out"
        case .mapHeading: return "Map"
        case .matrixHeading: return "Stakeholder matrix"
        case .findingsHeading: return "Findings"
        case .hint:
            return "Click an actor on the map or in the list of matches: its direct contacts are highlighted and its measures appear here."
        case .noMap: return "The map could not be drawn. Search, filters and measures still work."
        case .noScript: return "Search and highlighting need JavaScript; the findings are readable without it."
        case .areaFilter: return "Filter by area"
        case .allAreas: return "All areas"
        case .listHeading: return "The map as a list"
        case .listIntro:
            return "Every actor of the map with their contacts; search and filters apply here too. "
                + "Clicking a name selects the actor as on the map."
        case .columnName: return "Name"
        case .columnType: return "Type"
        case .columnThemes: return "Themes"
        case .columnArea: return "Area"
        case .columnContacts: return "Contacts"
        case .columnBetweenness: return "Brokerage"
        }
    }

    public var htmlScriptLabels: [(String, String)] {
        [("neighbours", "Direct contacts"), ("none", "none"), ("themes", "Themes"), ("area", "Area"),
         ("matches", "matches"), ("noMatch", "No actor matches."), ("close", "Clear selection")]
    }

    public var htmlMeasureLabels: [String] {
        ["Contacts", "Betweenness", "Weighted betweenness", "Closeness", "PageRank", "Eigenvector", "Constraint",
         "Core number", "Group", "Reached only through it", "Cut vertex"]
    }
}
