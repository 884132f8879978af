/// Pseudonymisation of private persons, the same in every output.
///
/// A private person appears as "Bewohner:in 3" / "Resident 3", numbered in input order among the
/// private actors, so that the same data gives the same pseudonyms in the map, the reports and the handout.
extension Network {
    /// The name to show for each actor (same indices as ``actors``).
    public func displayNames(showPrivate: Bool, language: Language) -> [String] {
        var counter = 0
        return actors.map { actor in
            guard actor.isPrivate, !showPrivate else { return actor.name }
            counter += 1
            let label = language == .de ? "Bewohner:in" : "Resident"
            return "\(label) \(counter)"
        }
    }

    /// The network as an output may show it: private persons pseudonymised.
    ///
    /// Private persons are renamed to their pseudonym and stripped of everything that could identify them or reveal
    /// a sensitive attribute (themes, area, contact, notes, category, extra columns); their id becomes `person-N`.
    /// With `showPrivate` the network is returned as is.
    public func pseudonymised(showPrivate: Bool, language: Language) -> Network {
        guard !showPrivate else { return self }
        let names = displayNames(showPrivate: false, language: language)
        var copy = self
        var counter = 0
        for i in copy.actors.indices where copy.actors[i].isPrivate {
            counter += 1
            let wasHome = copy.home == copy.actors[i].id
            copy.actors[i].id = "person-\(counter)"
            if wasHome { copy.home = copy.actors[i].id }
            copy.actors[i].name = names[i]
            copy.actors[i].themes = []
            copy.actors[i].area = nil
            copy.actors[i].contact = nil
            copy.actors[i].notes = nil
            copy.actors[i].category = nil
            copy.actors[i].attributes = []
        }
        for i in copy.ties.indices
        where copy.actors[copy.ties[i].source].isPrivate || copy.actors[copy.ties[i].target].isPrivate {
            copy.ties[i].notes = nil
            copy.ties[i].attributes = []
            copy.ties[i].reportedBy = nil
        }
        // A person's tie to a faith community, a migrant organisation or a party reveals a special category
        // of personal data (GDPR Art. 9), pseudonym or not: such ties are left out and only counted.
        let before = copy.ties.count
        copy.ties.removeAll { tie in
            let a = actors[tie.source], b = actors[tie.target]
            return (a.isPrivate && b.isSensitive) || (b.isPrivate && a.isSensitive)
        }
        copy.withheldTies += before - copy.ties.count
        return copy
    }
}

extension Actor {
    /// Categories whose members share a special category of personal data (faith, origin, politics).
    static let sensitiveCategories: [String] = [
        "religionsgemeinschaft", "religious community", "faith community", "glaubensgemeinschaft", "kirche",
        "kirchengemeinde", "church", "moschee", "moscheegemeinde", "mosque", "synagoge", "synagogue",
        "gemeinde (religiös)", "migrantenorganisation", "migrant organisation", "migrant organization",
        "migrantenselbstorganisation", "partei", "political party", "party",
    ]

    /// Whether membership here reveals faith, origin or politics: by its category, or by a column
    /// `sensitive`/`sensibel` set to yes.
    public var isSensitive: Bool {
        if let category, Self.sensitiveCategories.contains(Normalize.key(category)) { return true }
        return attributes.contains { attribute in
            ["sensitive", "sensibel"].contains(Normalize.key(attribute.name))
                && ["yes", "ja", "true", "1", "x", "wahr"].contains(Normalize.key(attribute.value))
        }
    }
}
