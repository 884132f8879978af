import NetworkMap

extension English {
    public func quadrant(_ quadrant: Quadrant) -> String {
        switch quadrant {
        case .keyPlayer: return "Manage closely"
        case .keepSatisfied: return "Keep satisfied"
        case .keepInformed: return "Keep informed"
        case .monitor: return "Monitor"
        }
    }

    public func matrixAxis(_ axis: MatrixAxis) -> String {
        switch axis {
        case .interest: return "Interest (0-10)"
        case .influence: return "Influence (0-10)"
        }
    }

    public func matrixTitle(network: String) -> String { "Influence, interest and network position: \(network)" }

    public func matrixSubtitle(date: Day?, rated: Int, actors: Int) -> String {
        datedSubtitle(date: date, rest: "\(rated) of \(actors) actors rated")
    }

    public func matrixLegendTitle(_ title: MatrixLegendTitle) -> String {
        switch title {
        case .attitude: return "Attitude (colour and shape)"
        case let .size(what): return "Size: " + what
        case .marks: return "Marks"
        }
    }

    public func matrixLegend(_ entry: MatrixLegendEntry) -> String {
        switch entry {
        case let .attitude(attitude): return attitude.map { self.attitude($0) } ?? "attitude unknown"
        case .flagged: return "double outline, name in bold: a finding (see below)"
        case .leader: return "line: name set apart from its marker"
        case .nudged: return "equal ratings: markers grouped around their common place"
        case .ties: return "grey line: a tie in the network"
        case .sizeLow: return "little"
        case .sizeHigh: return "much"
        case let .middle(value): return "dashed: middle of the scale (\(value)); from \(value) a rating counts as high"
        }
    }

    public func flagName(_ flag: StakeholderFlag) -> String {
        switch flag {
        case .hiddenBroker: return "Hidden brokers"
        case .powerfulButPeripheral: return "Powerful but peripheral"
        case .opponentWithReach: return "Opponents with reach"
        case .supporterNotInvolved: return "Supporters not yet involved"
        }
    }

    public func flagRule(_ flag: StakeholderFlag, topBrokers: Int, fewTies: Int) -> String {
        let contacts = fewTies == 1 ? "at most 1 contact" : "at most \(fewTies) contacts"
        switch flag {
        case .hiddenBroker: return "among the \(topBrokers) actors with the most brokerage, but influence below 5"
        case .powerfulButPeripheral: return "influence 5 or more, but \(contacts) or outside the main network"
        case .opponentWithReach:
            return "opposed, with influence 5 or more or among the \(topBrokers) actors with the most brokerage"
        case .supporterNotInvolved: return "supportive, interest 5 or more, but \(contacts)"
        }
    }

    public func flagAdvice(_ flag: StakeholderFlag) -> String {
        switch flag {
        case .hiddenBroker: return "They hold the network together and are easily overlooked: involve and strengthen them."
        case .powerfulButPeripheral: return "They carry weight but have few contacts: bring them into the network."
        case .opponentWithReach: return "Their opposition can travel far: talk to them early."
        case .supporterNotInvolved: return "They want to take part and are hardly connected: approach them and introduce them to others."
        }
    }

    public func flagEntry(_ flag: StakeholderFlag, _ facts: StakeholderFacts) -> String {
        var parts: [String] = []
        if let rank = facts.brokerRank, flag == .hiddenBroker || flag == .opponentWithReach {
            parts.append("brokerage rank \(rank)")
        }
        if let influence = facts.influence, flag != .supporterNotInvolved { parts.append("influence \(influence)") }
        if let interest = facts.interest, flag == .supporterNotInvolved { parts.append("interest \(interest)") }
        if flag == .powerfulButPeripheral || flag == .supporterNotInvolved {
            parts.append(facts.degree == 1 ? "1 contact" : "\(facts.degree) contacts")
            if !facts.isInMainNetwork { parts.append("outside the main network") }
        }
        return parts.isEmpty ? facts.name : "\(facts.name) (\(parts.joined(separator: ", ")))"
    }

    public func matrixCaption(_ sentence: MatrixCaption) -> String {
        switch sentence {
        case let .shown(rated, network, date, sizeBy, ties, nudged):
            var text = "The \(rated) rated actors of the network \(network)"
            if let date { text += " (as of \(date))" }
            text += " by their interest (across) and influence (up), each 0 to 10; the dashed lines divide the scale"
                + " in the middle. Colour and shape show the attitude"
            text += sizeBy.map { ", size shows \($0)." } ?? "."
            if ties { text += " Grey lines are the ties of the network." }
            if nudged > 0 {
                text += " \(nudged) markers with equal ratings are moved slightly apart, so that none hides another."
            }
            return text
        case let .largestField(quadrant, count):
            return "Most actors are in the field \"\(self.quadrant(quadrant))\" (\(count))."
        case let .flagged(flag, names): return "\(flagName(flag)): \(names)."
        case .noFindings:
            return "Ratings and network position agree: no hidden broker, no opponent with reach."
        case let .namesLeftOut(count):
            return count == 1 ? "One name is left out of the picture for lack of room."
                : "\(count) names are left out of the picture for lack of room."
        case .pseudonyms: return "Private persons appear under pseudonyms."
        }
    }

    public func matrixTooltip(name: String, type: String, influence: String, interest: String, attitude: Attitude?) -> String {
        "\(name) (\(type)) · influence \(influence) · interest \(interest) · " + (attitude.map { self.attitude($0) } ?? "attitude unknown")
    }

    public var leftOutHeading: String { "Names without room on the chart (their markers are drawn)" }

    public var matrixKeyHeading: String { "Numbered on the chart (no room for the name)" }

    public var stakeholderHeading: String { "Influence and network position" }

    public func stakeholderIntro(rated: Int, actors: Int) -> String {
        "\(rated) of \(actors) actors are rated for influence and interest (0 to 10; 5 or more counts as high)."
            + " The stakeholder matrix (`network-map matrix`) shows them in four fields; this section says where"
            + " ratings and network position disagree."
    }

    public var stakeholderTableHeader: [String] { ["Field", "Influence", "Interest", "Actors", "Most central"] }

    public func ratingLevel(high: Bool) -> String { high ? "high" : "low" }

    public func stakeholderFinding(_ flag: StakeholderFlag, rule: String, entries: String?) -> String {
        "**\(flagName(flag))** (\(rule)): " + (entries.map { "\($0). \(flagAdvice(flag))" } ?? "none.")
    }

    public func unratedActors(count: Int, names: String) -> String {
        count == 1 ? "Not rated for influence and interest (not in the matrix): \(names)."
            : "\(count) actors not rated for influence and interest (not in the matrix): \(names)."
    }

    public var noRatings: String {
        "No actor is rated for influence and interest. Fill in the columns influence and interest (0 to 10) and attitude in actors.csv, and the stakeholder matrix shows where ratings and network position disagree."
    }

    public func excludedNote(_ names: String) -> String { "Drawn and computed without \(names) (`--exclude`)." }

    public func homeExcluded(_ office: String) -> String {
        "\(office) is left out with `--exclude`: the figures show the network without the QM office."
    }

    public func locality(_ locality: Locality) -> String {
        switch locality {
        case .inside: return "inside the quarter"
        case .outside: return "outside the quarter"
        }
    }
}
