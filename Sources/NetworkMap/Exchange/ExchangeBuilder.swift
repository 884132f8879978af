/// Turns the nodes and edges of a GraphML or GEXF file into a checked ``Network``, collecting every problem.
struct ExchangeBuilder {
    let file: String
    var issues: [LoadIssue] = []

    init(file: String) { self.file = file }

    /// The type given to nodes without one.
    static let unspecified = CustomStyle(id: "unspecified", labelDE: "ohne Typ", labelEN: "unspecified")

    mutating func build(_ raw: RawGraph, defaultName: String) -> Network {
        var network = Network(name: defaultName)
        var themesGiven = false
        var homeValue: RawValue?
        for setting in raw.settings {
            let value = setting.value
            switch setting.title {
            case "name": if !value.trimmingWhitespace.isEmpty { network.name = value }
            case "date":
                if let day = Day(parsing: value) { network.date = day } else if !value.isBlank {
                    issues.append(.invalidValue(file, line: setting.line, key: "date", value: value, expected: .date(example: "2025-10-01")))
                }
            case "language":
                if let language = Language(parsing: value) { network.language = language } else if !value.isBlank {
                    issues.append(.invalidValue(file, line: setting.line, key: "language", value: value, expected: .language))
                }
            case "home": if !value.isBlank { homeValue = setting }
            case "themes":
                themesGiven = true
                network.themes = ValueParsing.themes(value)
            case "source": network.source = value.isEmpty ? nil : value
            case "outside_areas": network.outsideAreas = ValueParsing.themes(value)
            case "actor_types": network.customActorTypes = ExchangeFields.parseStyles(value)
            case "tie_kinds": network.customTieKinds = ExchangeFields.parseStyles(value)
            default: break
            }
        }
        if !themesGiven { network.themes = Network.defaultThemes(language: network.language) }

        var lineOfID: [String: Int] = [:]
        var newTypes: [String] = []
        var untyped = 0
        for node in raw.nodes {
            guard let id = node.id, !id.isBlank else {
                issues.append(.missingXMLAttribute(file, line: node.line, element: "node", attribute: "id"))
                continue
            }
            if let first = lineOfID[id] {
                issues.append(.duplicateNode(file, line: node.line, id: id, firstLine: first))
                continue
            }
            lineOfID[id] = node.line
            var actor = Actor(id: id, name: node.label ?? id, type: Self.unspecified.asType,
                              location: SourceLocation(file: file, line: node.line))
            var privateValue: Bool?
            var typed = false
            for item in node.values {
                let field = item.isExtra ? nil : ExchangeFields.actorAliases[Normalize.key(item.title)]
                let value = item.value
                switch field {
                case "label": actor.name = value
                case "type":
                    guard !value.isBlank else { continue }
                    typed = true
                    actor.type = resolveType(value, in: &network, added: &newTypes)
                case "category": actor.category = nonEmpty(value)
                case "themes": actor.themes = ValueParsing.themes(value)
                case "area": actor.area = nonEmpty(value)
                case "influence": actor.influence = score(value, item)
                case "interest": actor.interest = score(value, item)
                case "attitude":
                    guard !value.isBlank else { continue }
                    if let a = Attitude(parsing: value) { actor.attitude = a } else {
                        issues.append(.invalidValue(file, line: item.line, key: item.title, value: value,
                                                    expected: .attitude))
                    }
                case "private":
                    guard !value.isBlank else { continue }
                    if let b = ValueParsing.bool(value) { privateValue = b } else {
                        issues.append(.invalidValue(file, line: item.line, key: item.title, value: value, expected: .trueOrFalse))
                    }
                case "local":
                    guard !value.isBlank else { continue }
                    if let b = ValueParsing.bool(value) { actor.isLocal = b } else {
                        issues.append(.invalidValue(file, line: item.line, key: item.title, value: value, expected: .trueOrFalse))
                    }
                case "contact": actor.contact = nonEmpty(value)
                case "notes": actor.notes = nonEmpty(value)
                default: actor.attributes.append(Attribute(name: item.title, value: value))
                }
            }
            if !typed { untyped += 1 }
            actor.isPrivate = privateValue ?? (actor.type == .resident)
            if actor.name.isBlank { actor.name = id }
            network.actors.append(actor)
        }
        if untyped > 0 {
            issues.append(.untypedActors(file, count: untyped))
            if !network.customActorTypes.contains(where: { $0.id == Self.unspecified.id }) {
                network.customActorTypes.append(Self.unspecified)
            }
        }
        if !newTypes.isEmpty { issues.append(.undeclaredTypes(file, types: newTypes, ofTies: false)) }
        if network.actors.isEmpty, !issues.contains(where: { $0.severity == .error }) {
            issues.append(.noActors(file))
        }
        if let home = homeValue {
            if network.actors.contains(where: { $0.id == home.value }) { network.home = home.value } else {
                issues.append(.unknownHome(file, line: home.line, value: home.value,
                                           suggestions: network.closestActors(to: home.value, by: \.id)))
            }
        }
        buildTies(raw, into: &network)
        return network
    }

    private mutating func buildTies(_ raw: RawGraph, into network: inout Network) {
        let index = network.indexByID
        let ids = network.actors.map(\.id)
        let idSuggestions = Suggestions(ids)
        var newKinds: [String] = []
        var clamped = 0, firstClamped = 0
        var merger = TieMerger()
        for edge in raw.edges {
            let before = issues.count
            func endpoint(_ value: String?, _ what: String) -> Int? {
                guard let value, !value.isEmpty else {
                    issues.append(.missingXMLAttribute(file, line: edge.line, element: "edge", attribute: what))
                    return nil
                }
                if let i = index[value] { return i }
                // By reference: a failed load names actors only once they are prepared for showing.
                let closest = idSuggestions.closestIndices(to: value, limit: 2).map(network.reference)
                issues.append(.unknownNode(file, line: edge.line, id: value, suggestions: closest))
                return nil
            }
            let source = endpoint(edge.source, "source"), target = endpoint(edge.target, "target")
            var kind = TieKind.cooperation
            var strengthText = edge.weight
            var directed: Bool? = edge.directed ?? (raw.defaultDirected ? true : nil)
            var since: Day?, until: Day?, reportedBy: String?, notes: String?
            var attributes: [Attribute] = []
            for item in edge.values {
                let field = item.isExtra ? nil : ExchangeFields.tieAliases[Normalize.key(item.title)]
                let value = item.value
                switch field {
                case "kind": if !value.isBlank { kind = resolveKind(value, in: &network, added: &newKinds) }
                case "weight": if !value.isBlank { strengthText = value }
                case "directed":
                    guard !value.isBlank else { continue }
                    if let b = ValueParsing.bool(value) { directed = b } else {
                        issues.append(.invalidValue(file, line: item.line, key: item.title, value: value, expected: .trueOrFalse))
                    }
                case "since": since = day(value, item)
                case "until": until = day(value, item)
                case "reported_by": reportedBy = nonEmpty(value)
                case "notes": notes = nonEmpty(value)
                default: attributes.append(Attribute(name: item.title, value: value))
                }
            }
            var strength = 1.0
            if let text = strengthText {
                if let value = ValueParsing.number(text), value.isFinite {
                    if value < 1 || value > 3 {
                        if clamped == 0 { firstClamped = edge.line }
                        clamped += 1
                    }
                    strength = min(3, max(1, value))
                } else {
                    issues.append(.invalidValue(file, line: edge.line, key: "weight", value: text, expected: .number(from: 1, to: 3)))
                }
            }
            if let since, let until, since > until {
                issues.append(.sinceAfterUntil(SourceLocation(file: file, line: edge.line), since: since, until: until))
            }
            guard let source, let target, !issues[before...].contains(where: { $0.severity == .error }) else { continue }
            if source == target {
                issues.append(.selfLoop(file, line: edge.line, id: ids[source]))
                continue
            }
            let tie = Tie(source: source, target: target, kind: kind, strength: strength, isDirected: directed,
                          since: since, until: until, reportedBy: reportedBy, notes: notes, attributes: attributes,
                          location: SourceLocation(file: file, line: edge.line))
            merger.add(tie, to: &network, issues: &issues)
        }
        if clamped > 0 { issues.append(.strengthClamped(file, count: clamped, line: firstClamped)) }
        if !newKinds.isEmpty { issues.append(.undeclaredTypes(file, types: newKinds, ofTies: true)) }
        guard !network.actors.isEmpty, !issues.contains(where: { $0.severity == .error }) else { return }
        if network.ties.isEmpty {
            issues.append(.noTies(file))
        } else {
            var hasTie = [Bool](repeating: false, count: network.actors.count)
            for tie in network.ties { hasTie[tie.source] = true; hasTie[tie.target] = true }
            let lonely = network.actors.indices.filter { !hasTie[$0] }
            if !lonely.isEmpty {
                issues.append(.actorsWithoutTies(lonely.prefix(5).map(network.reference), total: lonely.count))
            }
        }
    }

    /// A built-in type, a declared custom type, or a new custom type (declared on the way).
    private func resolveType(_ text: String, in network: inout Network, added: inout [String]) -> ActorType {
        if let type = ActorType(named: text, custom: network.customActorTypes) { return type }
        network.customActorTypes.append(CustomStyle(id: text))
        added.append(text)
        return ActorType(rawValue: text)
    }

    private func resolveKind(_ text: String, in network: inout Network, added: inout [String]) -> TieKind {
        if let kind = TieKind(named: text, custom: network.customTieKinds) { return kind }
        network.customTieKinds.append(CustomStyle(id: text))
        added.append(text)
        return TieKind(rawValue: text)
    }

    private mutating func score(_ text: String, _ item: RawValue) -> Double? {
        guard !text.isBlank else { return nil }
        guard let value = ValueParsing.number(text), (0...10).contains(value) else {
            issues.append(.invalidValue(file, line: item.line, key: item.title, value: text, expected: .number(from: 0, to: 10)))
            return nil
        }
        return value
    }

    private mutating func day(_ text: String, _ item: RawValue) -> Day? {
        guard !text.isBlank else { return nil }
        guard let value = Day(parsing: text) else {
            issues.append(.invalidValue(file, line: item.line, key: item.title, value: text, expected: .date(example: "2024-03-01")))
            return nil
        }
        return value
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

extension CustomStyle {
    fileprivate var asType: ActorType { ActorType(rawValue: id) }
}
