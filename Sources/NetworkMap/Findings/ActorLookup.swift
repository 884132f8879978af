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
