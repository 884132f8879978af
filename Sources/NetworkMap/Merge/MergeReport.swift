/// What a merge did, as typed values.
///
/// Which actors were matched and why, what is only proposed, what disagreed, how the ties stand. The text of
/// `merge-report.md` is written from it elsewhere; nothing here is wording.
///
/// Every list is in a fixed order (by the merged actors' ids, then names), so the same sources give the same
/// report in any order.
public struct MergeReport: Hashable, Sendable {
    /// The sources, by name.
    public var sources: [SourceSummary]
    /// Every merged actor with the source actors it was made of and why each belongs to it, in the merged network's order.
    public var actors: [ActorMerge]
    /// Pairs of merged actors that may be one actor; never merged unless the aliases table says so.
    public var proposals: [Proposal]
    /// Fields the sources disagreed on, with every value, its sources, the winner and why.
    public var disagreements: [Disagreement]
    /// The merged network's ties by confirmation.
    public var ties: ConfirmationCounts
    /// Ties the sources reported that the merged network leaves out, and why.
    public var leftOut: [LeftOutTie]
    public var rule: MergeRule
    public var minimumSources: Int
    /// Rows of the aliases table that named no actor of any source.
    public var unusedAliases: [AliasRule]

    /// Merged actors made of more than one differently written name: the matches a user may want to check.
    public var matches: [ActorMerge] {
        actors.filter { merge in Set(merge.members.map(\.name)).count > 1 }
    }
}

/// A merged actor's id and name, as the merged network has them.
///
/// The report holds real names, also of private persons and in every spelling the sources used; whoever
/// writes it out pseudonymises the actors marked private (and their members' spellings) unless asked not to.
public struct ActorReference: Hashable, Sendable {
    public var id: String
    public var name: String
    /// A private person (as the merged network has it): shown by pseudonym.
    public var isPrivate: Bool

    public init(id: String, name: String, isPrivate: Bool = false) {
        self.id = id; self.name = name; self.isPrivate = isPrivate
    }
}

/// One source of a merge, counted.
public struct SourceSummary: Hashable, Sendable {
    public var name: String
    /// The merged actor whose interview it is; `nil` for a workshop or a list.
    public var respondent: ActorReference?
    public var date: Day?
    public var actors: Int
    public var ties: Int
    /// Merged actors no other source names.
    public var actorsOnlyHere: Int
    /// Merged ties no other source reports.
    public var tiesOnlyHere: Int
    /// Ties whose `reported_by` this interview's name replaced: in a respondent's interview every tie is the
    /// respondent's word, whatever its own `reported_by` cell said.
    public var replacedReportedBy: Int
}

/// A merged actor and the source actors it was made of.
public struct ActorMerge: Hashable, Sendable {
    public var actor: ActorReference
    /// The source actors, the one whose spelling the merged actor took first; each other one says which
    /// earlier member it was matched with and why.
    public var members: [Member]

    /// One actor as a source wrote it.
    public struct Member: Hashable, Sendable {
        public var source: String
        /// The actor's id in that source.
        public var id: String
        public var name: String
        /// How it joined: matched with ``ActorMerge/members``[`link.member`] for `link.reason`; `nil` for the first.
        public var link: Link?
    }

    /// A match between two members.
    public struct Link: Hashable, Sendable {
        /// Index into ``ActorMerge/members``.
        public var member: Int
        public var reason: MatchReason
    }
}

/// Why two source actors are one merged actor.
public enum MatchReason: Hashable, Sendable {
    /// The names are written exactly alike.
    case sameName
    /// The names are the same once normalised (see ``ActorName``); the associated value is the shared key.
    case normalisedName(String)
    /// Both sources give the same explicit id, and the names are alike enough to be one actor's (see ``NetworkMerger``).
    case sameID(String)
    /// A row of the aliases table says so.
    case alias(AliasRule)
}

/// Two merged actors that may be one: listed for the user to decide, never merged by the engine.
public struct Proposal: Hashable, Sendable {
    public var first: ActorReference
    public var second: ActorReference
    /// Why they look alike, strongest first.
    public var evidence: [ProposalEvidence]
}

/// What makes two names look alike.
public enum ProposalEvidence: Hashable, Sendable, Comparable {
    /// Names within this many edits (letters inserted, deleted, changed or swapped) once normalised.
    case editDistance(Int)
    /// The same words in another order.
    case reorderedWords
    /// A person's name given once in full and once with an initial ("Olga P." / "Olga Petrowa").
    case abbreviatedName
    /// A distinctive word both names use (see ``GenericWords``), as normalised: `regenbogen`.
    case sharedWord(String)
}

/// A field the sources gave different values for.
public struct Disagreement: Hashable, Sendable {
    public var subject: Subject
    public var field: Field
    /// Every value given, with the sources that gave it, most sources first (ties in the order of the decision).
    public var votes: [Vote]
    /// The value the merged network has; `nil` when the sources contradict each other so that none is kept.
    public var winner: FieldValue?
    public var reason: Decision

    public enum Subject: Hashable, Sendable {
        case network
        case actor(ActorReference)
        case tie(TieReference)
    }

    public enum Field: Hashable, Sendable {
        case networkName, language, home, themes
        case type, category, area, influence, interest, attitude, isPrivate, contact, notes
        /// An extra column, by its header.
        case attribute(String)
        case strength, since, until
        /// A custom actor type's or tie kind's labels and style, by id.
        case customStyle(String)
    }

    /// One value and who gave it.
    public struct Vote: Hashable, Sendable {
        public var value: FieldValue
        public var sources: [String]
    }

    /// Why the winner won.
    public enum Decision: Hashable, Sendable {
        /// More sources gave it than any other value.
        case mostFrequent
        /// Equal counts; this source is the actor's own interview (or one of the tie's two actors').
        case respondentsOwnInterview(String)
        /// Equal counts; this source's data is newer (its `date`).
        case newerSource(String)
        /// Equal counts and dates; this source's name comes last in Unicode order.
        case laterSourceName(String)
        /// Some source says the actor is a private person: privacy errs on the safe side.
        case privacyErrsOnSafeSide
        case highestStrength
        case earliestSince
        case latestUntil
        /// The earliest `since` is after the latest `until`: the end is dropped and the start kept.
        case contradictoryDates
    }
}

/// A value of a field, typed so that the report can write it in either language.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case type(ActorType)
    case attitude(Attitude)
    case flag(Bool)
    case list([String])
    case day(Day)
    case style(CustomStyle)
}

/// A tie of the merged network by its actors, kind and direction.
public struct TieReference: Hashable, Sendable {
    public var source: ActorReference
    public var target: ActorReference
    public var kind: TieKind
    public var isDirected: Bool
}

/// Ties by confirmation.
public struct ConfirmationCounts: Hashable, Sendable {
    public var confirmed = 0
    public var oneSided = 0
    public var unverifiable = 0

    public var total: Int { confirmed + oneSided + unverifiable }

    public subscript(confirmation: Confirmation) -> Int {
        get {
            switch confirmation {
            case .confirmed: return confirmed
            case .oneSided: return oneSided
            case .unverifiable: return unverifiable
            }
        }
        set {
            switch confirmation {
            case .confirmed: confirmed = newValue
            case .oneSided: oneSided = newValue
            case .unverifiable: unverifiable = newValue
            }
        }
    }
}

/// A reported tie the merged network does not have.
public struct LeftOutTie: Hashable, Sendable {
    public var tie: TieReference
    public var reportedBy: [String]
    public var confirmation: Confirmation?
    public var reason: Reason

    public enum Reason: Hashable, Sendable {
        /// `--rule drop-one-sided`.
        case oneSided
        /// `--rule confirmed`.
        case notConfirmed
        /// `--min-sources N`: fewer sources reported it.
        case tooFewSources
        /// Its two actors turned out to be one (by an alias or a match); a tie to itself means nothing.
        case sameActor
    }
}

/// Which ties a merge keeps.
public enum MergeRule: String, Hashable, Sendable, CaseIterable {
    /// Every reported tie.
    case union
    /// All but the one-sided ones.
    case dropOneSided = "drop-one-sided"
    /// Only ties confirmed from both sides.
    case confirmed
}
