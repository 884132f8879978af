/// How the fields of actors, ties and the network are named and written in GraphML and GEXF.
///
/// Names follow the CSV headers (`type`, `reported_by`, …); the actor's name is the `label` (what Gephi
/// shows) and the tie's strength is the `weight` (what Gephi and networkx use). Values are text: numbers in
/// their shortest exact form, booleans as `true`/`false`, dates as `2025-10-01`, themes joined by `|`.
/// Absent values are not written. Extra columns keep their header as the attribute's title.
enum ExchangeFields {
    enum ValueType: String {
        case string, double, boolean
    }

    struct Field {
        let key: String
        let type: ValueType
    }

    static let actorFields: [Field] = [
        Field(key: "label", type: .string), Field(key: "type", type: .string), Field(key: "category", type: .string),
        Field(key: "themes", type: .string), Field(key: "area", type: .string), Field(key: "influence", type: .double),
        Field(key: "interest", type: .double), Field(key: "attitude", type: .string),
        Field(key: "private", type: .boolean), Field(key: "local", type: .boolean), Field(key: "contact", type: .string),
        Field(key: "notes", type: .string),
    ]

    static let tieFields: [Field] = [
        Field(key: "kind", type: .string), Field(key: "weight", type: .double), Field(key: "directed", type: .boolean),
        Field(key: "since", type: .string), Field(key: "until", type: .string),
        Field(key: "reported_by", type: .string), Field(key: "notes", type: .string),
    ]

    static let networkFields: [Field] = [
        Field(key: "name", type: .string), Field(key: "date", type: .string), Field(key: "language", type: .string),
        Field(key: "home", type: .string), Field(key: "themes", type: .string), Field(key: "source", type: .string),
        Field(key: "outside_areas", type: .string), Field(key: "actor_types", type: .string),
        Field(key: "tie_kinds", type: .string),
    ]

    /// Other names tools use for the same field (a file from elsewhere), normalised by ``Normalize/key(_:)``.
    static let actorAliases: [String: String] = [
        "label": "label", "name": "label", "type": "type", "typ": "type", "category": "category",
        "kategorie": "category", "themes": "themes", "themen": "themes", "area": "area", "gebiet": "area",
        "influence": "influence", "einfluss": "influence", "interest": "interest", "interesse": "interest",
        "attitude": "attitude", "haltung": "attitude", "private": "private", "privatperson": "private",
        "local": "local", "lokal": "local",
        "contact": "contact", "kontakt": "contact", "notes": "notes", "notizen": "notes",
    ]

    static let tieAliases: [String: String] = [
        "kind": "kind", "art": "kind", "weight": "weight", "strength": "weight", "stärke": "weight",
        "directed": "directed", "gerichtet": "directed", "since": "since", "seit": "since", "until": "until",
        "bis": "until", "reported_by": "reported_by", "quelle": "reported_by", "notes": "notes", "notizen": "notes",
    ]

    /// A number in its shortest exact form: `8`, `9.5`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// The fixed fields of an actor that have a value, in ``actorFields`` order.
    static func values(of actor: Actor) -> [(key: String, value: String)] {
        var out: [(String, String)] = [("label", actor.name), ("type", actor.type.rawValue)]
        if let v = actor.category { out.append(("category", v)) }
        if !actor.themes.isEmpty { out.append(("themes", actor.themes.joined(separator: "|"))) }
        if let v = actor.area { out.append(("area", v)) }
        if let v = actor.influence { out.append(("influence", number(v))) }
        if let v = actor.interest { out.append(("interest", number(v))) }
        if let v = actor.attitude { out.append(("attitude", v.rawValue)) }
        out.append(("private", actor.isPrivate ? "true" : "false"))
        if let v = actor.isLocal { out.append(("local", v ? "true" : "false")) }
        if let v = actor.contact { out.append(("contact", v)) }
        if let v = actor.notes { out.append(("notes", v)) }
        return out
    }

    /// The fixed fields of a tie that have a value, in ``tieFields`` order.
    static func values(of tie: Tie) -> [(key: String, value: String)] {
        var out: [(String, String)] = [("kind", tie.kind.rawValue), ("weight", number(tie.strength)),
                                       ("directed", tie.isDirected ? "true" : "false")]
        if let v = tie.since { out.append(("since", v.description)) }
        if let v = tie.until { out.append(("until", v.description)) }
        if let v = tie.reportedBy { out.append(("reported_by", v)) }
        if let v = tie.notes { out.append(("notes", v)) }
        return out
    }

    /// The network's settings that have a value, in ``networkFields`` order.
    static func values(of network: Network) -> [(key: String, value: String)] {
        var out: [(String, String)] = [("name", network.name)]
        if let v = network.date { out.append(("date", v.description)) }
        if let v = network.language { out.append(("language", v.rawValue)) }
        if let v = network.home { out.append(("home", v)) }
        out.append(("themes", network.themes.joined(separator: "|")))
        if let v = network.source { out.append(("source", v)) }
        if !network.outsideAreas.isEmpty { out.append(("outside_areas", network.outsideAreas.joined(separator: "|"))) }
        if !network.customActorTypes.isEmpty { out.append(("actor_types", styles(network.customActorTypes))) }
        if !network.customTieKinds.isEmpty { out.append(("tie_kinds", styles(network.customTieKinds))) }
        return out
    }

    /// Custom types as lines of tab-separated `id, label_de, label_en, color, shape` (empty where unset).
    static func styles(_ styles: [CustomStyle]) -> String {
        styles.map { s in
            [s.id, s.labelDE ?? "", s.labelEN ?? "", s.color ?? "", s.shape ?? ""]
                .map { $0.replacingTabsAndNewlines() }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// The inverse of ``styles(_:)``.
    static func parseStyles(_ text: String) -> [CustomStyle] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let id = parts.first, !id.isEmpty else { return nil }
            func part(_ i: Int) -> String? { i < parts.count && !parts[i].isEmpty ? parts[i] : nil }
            return CustomStyle(id: id, labelDE: part(1), labelEN: part(2), color: part(3), shape: part(4))
        }
    }

    /// The titles of the extra attributes of `items`, in order of first appearance.
    static func extraNames(_ lists: [[Attribute]]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for list in lists { for a in list where seen.insert(a.name).inserted { names.append(a.name) } }
        return names
    }
}

extension String {
    fileprivate func replacingTabsAndNewlines() -> String {
        String(map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
