import Foundation
import NetworkMap

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

    /// One error or warning.
    struct Issue: Encodable, Sendable {
        var text: String
        var message: String
        var hint: String?
        var file: String?
        var line: Int?
        var column: String?
    }

    var name: String
    var kind: NetworkSource.Kind
    /// `loaded`, `failed`, `refused` or `pending` (a workbook before the workbook reader).
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

    init(_ check: NetworkCheck, language: Language) {
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
            let mask = PrivateNames(result.network, language: language)
            warnings = result.warnings.map { mask.apply(to: Self.issue($0, language)) }
            describe(result.network, language)
        case .failed(let failure):
            state = "failed"
            loads = false
            errors = failure.errors.map { Self.issue($0, language) }
            warnings = failure.warnings.map { Self.issue($0, language) }
        case .refused(.linksOutside(let file)):
            state = "refused"
            loads = false
            errors = [Self.issue(AppMessage.linksOutside(file: file).text(language))]
        case .workbookPending:
            state = "pending"
            loads = false
            errors = [Self.issue(AppMessage.workbookPending.text(language))]
        }
    }

    private mutating func describe(_ network: Network, _ language: Language) {
        title = network.name
        date = network.date?.description
        actors = network.actors.count
        ties = network.ties.count
        privatePersons = network.actors.filter(\.isPrivate).count
        // The QM office is an organisation, but a private person named as home keeps its pseudonym here too.
        if let home = network.home, let office = network.actor(withID: home) {
            self.home = office.isPrivate ? nil : office.name
        }
        var types: [ActorType: Int] = [:]
        for actor in network.actors { types[actor.type, default: 0] += 1 }
        actorsByType = types.keys.sorted().map {
            Count(id: $0.rawValue, label: $0.pluralLabel(language, custom: network.customActorTypes), count: types[$0] ?? 0)
        }
        var kinds: [TieKind: Int] = [:]
        for tie in network.ties { kinds[tie.kind, default: 0] += 1 }
        tiesByKind = kinds.keys.sorted().map {
            Count(id: $0.rawValue, label: $0.label(language, custom: network.customTieKinds), count: kinds[$0] ?? 0)
        }
    }

    private static func issue(_ issue: LoadIssue, _ language: Language) -> Issue {
        Issue(text: issue.description(language), message: issue.message(language), hint: issue.hint(language),
              file: issue.location?.file, line: issue.location?.line, column: issue.location?.column)
    }

    private static func issue(_ text: String) -> Issue {
        Issue(text: text, message: text, hint: nil, file: nil, line: nil, column: nil)
    }
}

/// Private persons' names and ids in a loaded network's messages, replaced by their pseudonyms.
///
/// A warning such as "4 actors have no ties: „Olga P.“, …" is written by the loader before privacy is decided,
/// so it names persons as the data does. The page is an output like any other: each quoted name or id of a
/// private person becomes the pseudonym every other output uses ("Bewohner:in 3", `person-3`). A stopgap until
/// messages are rendered from the prepared network (the Wording module); a failed load has no network to tell
/// who is private, and its messages stay as the loader wrote them.
struct PrivateNames {
    private var replacements: [(String, String)] = []

    init(_ network: Network, language: Language) {
        // The same names and ids as ``Network/pseudonymised(showPrivate:language:)`` gives, without copying the network.
        let shown = network.displayNames(showPrivate: false, language: language)
        var counter = 0
        for (index, actor) in network.actors.enumerated() where actor.isPrivate {
            counter += 1
            replacements.append((actor.name, shown[index]))
            if actor.id != actor.name { replacements.append((actor.id, "person-\(counter)")) }
        }
        // Longer first, so that "Olga P." is not half-replaced by an "Olga" of someone else.
        replacements.sort { $0.0.count > $1.0.count }
    }

    func apply(to text: String) -> String {
        var text = text
        for (original, shown) in replacements where !original.isEmpty {
            for (open, close) in [("„", "“"), ("\"", "\""), ("“", "”"), ("'", "'")] {
                text = text.replacingOccurrences(of: open + original + close, with: open + shown + close)
            }
        }
        return text
    }

    func apply(to issue: NetworkSummary.Issue) -> NetworkSummary.Issue {
        var issue = issue
        issue.text = apply(to: issue.text)
        issue.message = apply(to: issue.message)
        issue.hint = issue.hint.map { apply(to: $0) }
        return issue
    }
}
