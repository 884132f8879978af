/// One problem found while loading a network: an error that stops the load, or a warning that does not.
///
/// A typed value: where it is and what is wrong (``LoadProblem``), no text. The Wording module says it in
/// the user's language (`issue.description(.de)`), so that a new language never changes this type.
public struct LoadIssue: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// The file, line (or sheet and cell) and column the problem is in; `nil` for problems of the whole network.
    public var location: SourceLocation?
    public var problem: LoadProblem

    /// An issue with the severity its problem has.
    public init(_ problem: LoadProblem, at location: SourceLocation? = nil) {
        self.severity = problem.severity; self.location = location; self.problem = problem
    }

    /// The issue with the actors it names renamed by `shown` (index into the loaded network → the name and
    /// id to show).
    ///
    /// Preparing a network for showing pseudonymises private persons; its warnings then name them the same way.
    public func naming(_ shown: (Int) -> (name: String, id: String)) -> LoadIssue {
        func renamed(_ actor: LoadProblem.ActorReference) -> LoadProblem.ActorReference {
            let (name, id) = shown(actor.index)
            return LoadProblem.ActorReference(index: actor.index, name: name, id: id)
        }
        var copy = self
        switch problem {
        case let .selfTie(actor): copy.problem = .selfTie(renamed(actor))
        case let .duplicateTie(line, source, target):
            copy.problem = .duplicateTie(firstLine: line, source: renamed(source), target: renamed(target))
        case let .actorsWithoutTies(actors, total): copy.problem = .actorsWithoutTies(actors.map(renamed), total: total)
        case let .unknownActor(value, suggestions):
            copy.problem = .unknownActor(value: value, suggestions: suggestions.map(renamed))
        case let .unknownHome(value, suggestions):
            copy.problem = .unknownHome(value: value, suggestions: suggestions.map(renamed))
        case let .unknownNode(id, suggestions):
            copy.problem = .unknownNode(id: id, suggestions: suggestions.map(renamed))
        default: break
        }
        return copy
    }
}

/// A network that loaded, with the warnings found on the way.
public struct LoadResult: Sendable {
    public var network: Network
    public var warnings: [LoadIssue]
    /// The workbooks read, with the sheets used and left out; empty for CSV, YAML, GraphML and GEXF.
    public var workbooks: [WorkbookUse] = []
    /// The folder's `aliases.csv`, if it has one: applied to the ties' actor names, and brought into a merge.
    public var aliases: AliasTable?

    public init(network: Network, warnings: [LoadIssue], aliases: AliasTable? = nil) {
        self.network = network; self.warnings = warnings; self.aliases = aliases
    }

    /// The network's language from its settings, if it names one.
    public var language: Language? { network.language }
}

/// A network that did not load: every error found (not only the first) and the warnings.
///
/// `isIOError` says that a file could not be read at all (a missing or unreadable path: exit code 74);
/// otherwise the data is bad (exit code 65).
public struct LoadFailure: Error, Sendable {
    public var errors: [LoadIssue]
    public var warnings: [LoadIssue]
    public var isIOError: Bool
    /// The language `network.yaml` names, when the settings could be read before the load failed; `nil` otherwise.
    ///
    /// The messages of a failed load are best shown in the language the network is written in.
    public var language: Language?
    /// The network as far as it was read, when its actors were: the issues name actors by their index in it, and
    /// whoever shows them prepares it first (a private person by the pseudonym, ``LoadIssue/naming(_:)``).
    public var network: Network?

    public init(errors: [LoadIssue], warnings: [LoadIssue] = [], isIOError: Bool = false, language: Language? = nil,
                network: Network? = nil) {
        self.errors = errors; self.warnings = warnings; self.isIOError = isIOError; self.language = language
        self.network = network
    }
}
