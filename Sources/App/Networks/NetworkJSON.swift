import Foundation
import NetworkMap
import Wording

/// One network as the page's list and check show it: what it is, whether it loads, its counts and its issues.
///
/// Issues are in the language asked for, each as the one line ``LoadIssue/description(_:)`` gives plus its parts
/// (file, line, column, message, hint), so the page can lay them out or read them out as it likes.
struct NetworkSummary: Encodable, Sendable {
    /// An actor type or tie kind with how often it occurs.
    struct Count: Encodable, Sendable {
        var id: String
        var label: String
        var count: Int
    }

    /// One error or warning: the whole line, and its parts (where, what, what to do).
    struct Issue: Encodable, Sendable {
        var text: String
        var message: String
        var hint: String?
        /// `ties.csv, Zeile 12, Spalte „An“`, as every message says a place.
        var place: String?
        var file: String?
        var line: Int?
        var column: String?
    }

    var name: String
    var kind: NetworkSource.Kind
    /// `loaded`, `failed` or `refused`.
    var state: String
    var loads: Bool
    var version: String
    var title: String?
    var date: String?
    var actors: Int?
    var ties: Int?
    var privatePersons: Int?
    var home: String?
    var actorsByType: [Count]
    var tiesByKind: [Count]
    var errors: [Issue]
    var warnings: [Issue]

    /// The summary of `check` in `language`; a loaded network's warnings name private persons by their pseudonyms
    /// unless `showingPrivateNames`.
    init(_ check: NetworkCheck, language: Language, showingPrivateNames: Bool) {
        name = check.source.name
        kind = check.source.kind
        version = check.version.tag
        actorsByType = []
        tiesByKind = []
        errors = []
        warnings = []
        switch check.state {
        case .loaded(let result):
            state = "loaded"
            loads = true
            let prepared = result.network.prepared(showingPrivateNames: showingPrivateNames,
                                                   pseudonym: language.phrases.pseudonym)
            warnings = prepared.naming(result.warnings).map { Self.issue($0, language) }
            describe(result.network, shown: prepared.network, language)
        case .failed(let failure):
            state = "failed"
            loads = false
            errors = failure.errors.map { Self.issue($0, language) }
            warnings = failure.warnings.map { Self.issue($0, language) }
        case .refused(.linksOutside(let file)):
            state = "refused"
            loads = false
            errors = [Self.issue(language.phrases.app(.linksOutside(file: file)))]
        }
    }

    /// Counts of the loaded network, as `check` gives them; names as the prepared one (`shown`) shows them.
    private mutating func describe(_ network: Network, shown: Network, _ language: Language) {
        let phrases = language.phrases
        title = network.name
        date = network.date?.description
        actors = network.actors.count
        ties = network.ties.count
        privatePersons = network.actors.filter(\.isPrivate).count
        // A private person named as home appears by the name the prepared network gives it.
        if let home = network.home, let index = network.actors.firstIndex(where: { $0.id == home }),
           shown.actors.indices.contains(index)
        { self.home = shown.actors[index].name }
        var types: [ActorType: Int] = [:]
        for actor in network.actors { types[actor.type, default: 0] += 1 }
        actorsByType = types.keys.sorted().map {
            Count(id: $0.rawValue, label: phrases.label($0, plural: true, custom: network.customActorTypes), count: types[$0] ?? 0)
        }
        var kinds: [TieKind: Int] = [:]
        for tie in network.ties { kinds[tie.kind, default: 0] += 1 }
        tiesByKind = kinds.keys.sorted().map {
            Count(id: $0.rawValue, label: phrases.label($0, custom: network.customTieKinds), count: kinds[$0] ?? 0)
        }
    }

    static func issue(_ issue: LoadIssue, _ language: Language) -> Issue {
        Issue(text: issue.description(language), message: issue.message(language), hint: issue.hint(language),
              place: issue.location.map { language.phrases.place($0) }, file: issue.location?.file,
              line: issue.location?.line, column: issue.location?.column)
    }

    private static func issue(_ text: String) -> Issue {
        Issue(text: text, message: text, hint: nil, place: nil, file: nil, line: nil, column: nil)
    }
}
