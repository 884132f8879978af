import OrderedCollections

/// A quarter's network as the user described it: actors, ties and the settings of `network.yaml`.
///
/// Actors keep the order of the file; ties refer to actors by index. Build a ``Graph`` from it for analysis.
public struct Network: Hashable, Sendable {
    public var name: String
    public var date: Day?
    /// The language `network.yaml` names; messages and reports default to it.
    public var language: Language?
    /// The id of the QM office (or whoever runs the network), from `home:` in `network.yaml`.
    public var home: String?
    /// Themes that should be covered; defaults to ``Network/defaultThemes(language:)``.
    public var themes: [String]
    public var customActorTypes: [CustomStyle]
    public var customTieKinds: [CustomStyle]
    /// Free-text description of the data source (`source:` in `network.yaml`).
    public var source: String?
    /// The actor whose interview this network is (`respondent:` in `network.yaml`), as written there; `nil` for a
    /// workshop, a colleague's list or a whole quarter.
    public var respondent: String?
    /// The sources a merged network was made from (`merged_from:` in `network.yaml`); empty for any other network.
    public var mergedFrom: [MergedSource] = []
    /// Areas (`Gebiet`) that lie outside the quarter (`outside_areas:` in `network.yaml`), see ``locality(of:)``.
    public var outsideAreas: [String] = []
    public var actors: [Actor]
    public var ties: [Tie]

    public init(
        name: String, date: Day? = nil, language: Language? = nil, home: String? = nil, themes: [String] = [],
        customActorTypes: [CustomStyle] = [], customTieKinds: [CustomStyle] = [], source: String? = nil,
        actors: [Actor] = [], ties: [Tie] = []
    ) {
        self.name = name; self.date = date; self.language = language; self.home = home; self.themes = themes
        self.customActorTypes = customActorTypes; self.customTieKinds = customTieKinds; self.source = source
        self.actors = actors; self.ties = ties
    }

    /// Index of each actor by id, in input order.
    public var indexByID: OrderedDictionary<String, Int> {
        var result = OrderedDictionary<String, Int>(minimumCapacity: actors.count)
        for (i, actor) in actors.enumerated() where result[actor.id] == nil { result[actor.id] = i }
        return result
    }

    /// The actor with this id.
    public func actor(withID id: String) -> Actor? {
        actors.first { $0.id == id }
    }

    /// The actors of one type, in input order.
    public func actors(ofType type: ActorType) -> [Actor] {
        actors.filter { $0.type == type }
    }

    /// The network as it stood on a day: ties not yet begun or already ended are left out; actors stay.
    public func asOf(_ day: Day) -> Network {
        var copy = self
        copy.ties = ties.filter { $0.isActive(on: day) }
        copy.date = day
        return copy
    }

    /// The network without the actors at `indices` and their ties.
    ///
    /// The others keep their order, their indices shifting down past those removed (`home` stays as it is).
    /// - Complexity: O(|V| + |E|).
    public func removingActors(_ indices: Set<Int>) -> Network {
        guard !indices.isEmpty else { return self }
        var newIndex = [Int](repeating: -1, count: actors.count)
        var kept: [Actor] = []
        for (i, actor) in actors.enumerated() where !indices.contains(i) {
            newIndex[i] = kept.count
            kept.append(actor)
        }
        var copy = self
        copy.actors = kept
        copy.ties = ties.compactMap { tie in
            guard tie.source >= 0, tie.target >= 0, tie.source < newIndex.count, tie.target < newIndex.count else { return nil }
            let source = newIndex[tie.source], target = newIndex[tie.target]
            guard source >= 0, target >= 0 else { return nil }
            var moved = tie
            moved.source = source
            moved.target = target
            return moved
        }
        return copy
    }

    /// Whether an actor belongs to the quarter.
    ///
    /// Its `local`/`lokal` column when filled in; else, when `network.yaml` declares `outside_areas`, outside for
    /// an actor whose area is one of them and inside for one with another area; else unknown (`nil`). Areas
    /// compare ignoring case and surrounding space.
    public func locality(of actor: Actor) -> Locality? {
        if let isLocal = actor.isLocal { return isLocal ? .inside : .outside }
        guard !outsideAreas.isEmpty, let area = actor.area else { return nil }
        let key = Normalize.key(area)
        return outsideAreas.contains { Normalize.key($0) == key } ? .outside : .inside
    }

    /// Berlin's policy fields plus environment/climate: the themes a German programme reports on.
    public static func defaultThemes(language: Language?) -> [String] {
        if language == .en {
            return ["Education, training, youth", "Work and economy", "Neighbourhood, community, integration",
                    "Public space", "Participation and networking", "Environment and climate"]
        }
        return ["Bildung, Ausbildung, Jugend", "Arbeit und Wirtschaft", "Nachbarschaft, Gemeinwesen, Integration",
                "Öffentlicher Raum", "Beteiligung, Vernetzung und Einbindung der Partner", "Umwelt und Klima"]
    }
}

/// Inside the quarter or outside it (``Network/locality(of:)``): practitioners' maps tell the two apart.
public enum Locality: String, Hashable, Sendable, CaseIterable {
    case inside, outside
}

/// A custom actor type or tie kind declared in `network.yaml`, with its labels and drawing style.
public struct CustomStyle: Hashable, Sendable {
    public var id: String
    public var labelDE: String?
    public var labelEN: String?
    /// A colour as `#rrggbb`.
    public var color: String?
    /// A Graphviz shape name (`box`, `ellipse`, `hexagon`, …) or line style for tie kinds (`dashed`, `dotted`).
    public var shape: String?

    public init(id: String, labelDE: String? = nil, labelEN: String? = nil, color: String? = nil, shape: String? = nil) {
        self.id = id; self.labelDE = labelDE; self.labelEN = labelEN; self.color = color; self.shape = shape
    }
}
