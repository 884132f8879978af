/// What a name or id the user typed refers to.
public enum ActorMatch: Sendable, Hashable {
    case found(Int)
    /// Several actors share this name.
    case ambiguous([Int])
    /// No actor; the closest names, best first.
    case notFound(suggestions: [String])
}

extension Network {
    /// The actor a user's word names, matched as ties are: by id, then by name, then by derived id.
    ///
    /// The derived id is the one derived from the name; all three ignore case and surrounding or repeated spaces
    /// (``Normalize/key(_:)``). O(|V|).
    public func matchActor(_ text: String) -> ActorMatch {
        let key = Normalize.key(text)
        if let i = actors.firstIndex(where: { Normalize.key($0.id) == key }) { return .found(i) }
        let byName = actors.indices.filter { Normalize.key(actors[$0].name) == key }
        if byName.count == 1 { return .found(byName[0]) }
        if byName.count > 1 { return .ambiguous(byName) }
        if let i = actors.firstIndex(where: { Actor.deriveID(from: $0.name) == key }) { return .found(i) }
        // Users type names and ids alike: suggest from both (names first), each actor once.
        let found = Suggestions.closest(to: text, in: actors.map(\.name) + actors.map(\.id))
        let names = Set(found)
        let suggestions = found.filter { word in
            guard let actor = actors.first(where: { $0.id == word }), actor.name != word else { return true }
            return !names.contains(actor.name)
        }
        return .notFound(suggestions: suggestions)
    }
}

extension Network {
    /// The actors working on a theme (compared ignoring case and surrounding space), as indices.
    ///
    /// On a prepared network private persons' themes (a sensitive attribute) are gone, so they are not selected.
    public func actorIndices(withTheme theme: String) -> Set<Int> {
        let key = Normalize.key(theme)
        return Set(actors.indices.filter { actors[$0].themes.contains { Normalize.key($0) == key } })
    }

    /// The actors of some types, as indices.
    public func actorIndices(ofTypes types: Set<ActorType>) -> Set<Int> {
        Set(actors.indices.filter { types.contains(actors[$0].type) })
    }

    /// An actor and everyone within `depth` ties of it, over ties of every kind (conflicts too) and either direction.
    ///
    /// What a partial map around one actor shows. O(|V| + |E| log |E|) to build the graph, then a breadth-first search.
    public func neighbourhood(of actor: Int, depth: Int) -> Set<Int> {
        guard actors.indices.contains(actor) else { return [] }
        return Set(Graph(self, includingConflicts: true).neighbourhood(of: actor, depth: depth))
    }
}
