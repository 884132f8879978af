/// A network as every output may show it: private persons pseudonymised unless the user asked for their
/// names, and ties that would reveal a private person's faith, origin or politics left out.
///
/// Privacy is decided once, where the command line (or the app) prepares the network it loaded with
/// ``Network/prepared(showingPrivateNames:pseudonym:)``; an ``Analysis`` is made only from a prepared network,
/// and the outputs (reports, maps, the handout, scenarios, exchange files) take only analyses or prepared
/// networks. None of them pseudonymises again or sees a show-private flag; they only read
/// ``showsPrivateNames`` to say how the data appear. Actors keep their indices: actor `i` of the prepared
/// network is actor `i` of the loaded one.
public struct PreparedNetwork: Sendable {
    /// The network to show.
    public internal(set) var network: Network
    /// Whether private persons appear under their names (the user asked for them) rather than pseudonyms.
    public let showsPrivateNames: Bool
    /// Ties left out because they would reveal a private person's faith, origin or politics (GDPR article 9).
    public let withheldTies: Int
    /// Actors the user left out (`--exclude`), as outputs show them, in input order (see ``excluding(_:)``).
    public private(set) var excluded: [Actor] = []

    init(network: Network, showsPrivateNames: Bool, withheldTies: Int) {
        self.network = network; self.showsPrivateNames = showsPrivateNames; self.withheldTies = withheldTies
    }

    /// The network without the actors at `indices` and their ties, as maps for the Verstetigung question leave
    /// out the QM office or the Quartiersrat; what is analysed from it is analysed without them.
    ///
    /// The actors left keep their order (their indices shift down past those left out); the ones left out are
    /// kept in ``excluded`` so that outputs can say so. The QM office's id stays in `home` even when it is left
    /// out (the analysis then has no office, and outputs say why). O(|V| + |E|).
    public func excluding(_ indices: Set<Int>) -> PreparedNetwork {
        let valid = indices.filter { network.actors.indices.contains($0) }
        guard !valid.isEmpty else { return self }
        var copy = self
        copy.network = network.removingActors(valid)
        copy.excluded = excluded + network.actors.indices.filter(valid.contains).map { network.actors[$0] }
        return copy
    }

    /// The loader's warnings as this network names actors: a private person by the pseudonym it shows.
    public func naming(_ warnings: [LoadIssue]) -> [LoadIssue] {
        warnings.map { issue in
            issue.naming { index in
                network.actors.indices.contains(index) ? (network.actors[index].name, network.actors[index].id) : ("?", "?")
            }
        }
    }
}

extension Network {
    /// The network as outputs may show it.
    ///
    /// Unless `showingPrivateNames`, private persons are renamed `pseudonym(n)` (numbered from 1 in input order
    /// among the private actors, so that the same data give the same pseudonyms in the map, the reports and the
    /// handout), their id becomes `person-n`, and everything that could identify them or reveal a sensitive
    /// attribute is dropped (themes, area, contact, notes, category, extra columns; on their ties notes, extra
    /// columns and who reported them). A person's tie to a faith community, a migrant organisation or a party
    /// reveals a special category of personal data, pseudonym or not: such ties are left out and counted.
    /// With `showingPrivateNames` the network is shown as it is. O(|V| + |E|).
    public func prepared(showingPrivateNames: Bool, pseudonym: (Int) -> String) -> PreparedNetwork {
        guard !showingPrivateNames else { return PreparedNetwork(network: self, showsPrivateNames: true, withheldTies: 0) }
        var copy = self
        var counter = 0
        for i in copy.actors.indices where copy.actors[i].isPrivate {
            counter += 1
            let wasHome = copy.home == copy.actors[i].id
            copy.actors[i].id = "person-\(counter)"
            if wasHome { copy.home = copy.actors[i].id }
            copy.actors[i].name = pseudonym(counter)
            copy.actors[i].themes = []
            // Inside or outside the quarter is kept (it identifies nobody); the area it may come from is not.
            copy.actors[i].isLocal = locality(of: actors[i]).map { $0 == .inside }
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
        let before = copy.ties.count
        copy.ties.removeAll { tie in
            let a = actors[tie.source], b = actors[tie.target]
            return (a.isPrivate && b.isSensitive) || (b.isPrivate && a.isSensitive)
        }
        return PreparedNetwork(network: copy, showsPrivateNames: false, withheldTies: before - copy.ties.count)
    }

    /// Two snapshots prepared alike: a private person keeps the same pseudonym and id in both.
    ///
    /// ``prepared(showingPrivateNames:pseudonym:)`` numbers private persons in the order of one network, so a
    /// person added in the newer snapshot would shift the numbers; here they are numbered over the old
    /// network's actors followed by the new one's newcomers.
    public static func prepared(_ old: Network, _ new: Network, showingPrivateNames: Bool,
                                pseudonym: (Int) -> String) -> (old: PreparedNetwork, new: PreparedNetwork) {
        guard !showingPrivateNames else {
            return (old.prepared(showingPrivateNames: true, pseudonym: pseudonym),
                    new.prepared(showingPrivateNames: true, pseudonym: pseudonym))
        }
        var union = old
        union.ties = []
        union.home = nil
        let known = old.indexByID
        union.actors += new.actors.filter { known[$0.id] == nil }
        let renamed = union.prepared(showingPrivateNames: false, pseudonym: pseudonym).network
        var alias: [String: (id: String, name: String)] = [:]
        for (original, shown) in zip(union.actors, renamed.actors) where original.isPrivate {
            alias[original.id] = (shown.id, shown.name)
        }
        func apply(_ network: Network) -> PreparedNetwork {
            var prepared = network.prepared(showingPrivateNames: false, pseudonym: pseudonym)
            for i in prepared.network.actors.indices {
                guard let a = alias[network.actors[i].id] else { continue }
                if prepared.network.home == prepared.network.actors[i].id { prepared.network.home = a.id }
                prepared.network.actors[i].id = a.id
                prepared.network.actors[i].name = a.name
            }
            return prepared
        }
        return (apply(old), apply(new))
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
