import NetworkMap

/// Selections of actors for partial maps (`--focus`, `--depth`, `--theme`, `--type`); indices into the network.
///
/// The command line finds the actor a user named with `Network.matchActor(_:)`.
public enum MapFilter {
    /// The actor and everyone within `depth` ties of it, over ties of every kind and either direction.
    ///
    /// Breadth-first search; O(|V| + |E|).
    public static func neighbourhood(of center: Int, depth: Int, in network: Network) -> Set<Int> {
        let count = network.actors.count
        guard center >= 0, center < count else { return [] }
        var adjacency = [[Int]](repeating: [], count: count)
        for tie in network.ties where tie.source >= 0 && tie.target >= 0 && tie.source < count && tie.target < count {
            adjacency[tie.source].append(tie.target)
            adjacency[tie.target].append(tie.source)
        }
        var distance = [Int](repeating: -1, count: count)
        distance[center] = 0
        var queue = [center]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            guard distance[v] < depth else { continue }
            for w in adjacency[v] where distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        return Set(queue)
    }

    /// Actors working on a theme (compared ignoring case and surrounding space).
    ///
    /// Pass the pseudonymised network to leave private persons' themes (a sensitive attribute) out of the
    /// selection.
    public static func actors(withTheme theme: String, in network: Network) -> Set<Int> {
        let key = Normalize.key(theme)
        return Set(network.actors.indices.filter { network.actors[$0].themes.contains { Normalize.key($0) == key } })
    }

    /// Actors of some types.
    public static func actors(ofTypes types: Set<ActorType>, in network: Network) -> Set<Int> {
        Set(network.actors.indices.filter { types.contains(network.actors[$0].type) })
    }
}
