/// Adds ties to a network one by one, merging a repeated tie into the first with a warning.
///
/// A tie repeats another when it joins the same two actors with the same kind (in either direction when
/// undirected); the first keeps the larger strength. Shared by the spreadsheet and the GraphML/GEXF loaders.
struct TieMerger {
    /// Identity of a tie for merging duplicates: undirected ties regardless of direction.
    private struct Key: Hashable {
        var a: Int, b: Int, kind: TieKind, directed: Bool
    }

    private var seen: [Key: Int] = [:]  // index into network.ties

    /// Appends `tie`, or merges it into the earlier tie it repeats and reports that.
    mutating func add(_ tie: Tie, to network: inout Network, issues: inout [LoadIssue]) {
        let key = tie.isDirected
            ? Key(a: tie.source, b: tie.target, kind: tie.kind, directed: true)
            : Key(a: min(tie.source, tie.target), b: max(tie.source, tie.target), kind: tie.kind, directed: false)
        if let earlier = seen[key] {
            issues.append(.duplicateTie(tie.location ?? SourceLocation(file: "", line: 0),
                                        firstLine: network.ties[earlier].location?.line ?? 0,
                                        source: network.reference(tie.source), target: network.reference(tie.target)))
            network.ties[earlier].strength = max(network.ties[earlier].strength, tie.strength)
        } else {
            seen[key] = network.ties.count
            network.ties.append(tie)
        }
    }
}
