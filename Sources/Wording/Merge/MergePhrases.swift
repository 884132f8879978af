import Foundation
import NetworkMap

/// What `merge` says: the text of `merge-report.md`, its messages on the terminal and its questions.
///
/// The report's facts are a ``NetworkMap/MergeReport``; the Reports module decides what is listed where, these
/// tables give the words. Actor names arrive already prepared (pseudonyms for private persons).
public protocol MergePhrases {
    /// One sentence, heading or message of a merge.
    func merge(_ text: MergeText) -> String
    /// A field the sources disagreed on: "Typ", "Stärke", an extra column by its header.
    func mergeField(_ field: Disagreement.Field) -> String
    /// Why the winning value won.
    func mergeDecision(_ decision: Disagreement.Decision) -> String
    /// Why two actors are only proposed as one.
    func mergeEvidence(_ evidence: ProposalEvidence) -> String
    /// Why two spellings were merged; `alias` rows are named with their file's line.
    func mergeReason(_ reason: MatchReason) -> String
    /// Why a reported tie is not in the merged network.
    func mergeLeftOut(_ reason: LeftOutTie.Reason) -> String
    /// A tie's confirmation as a sentence says it: "bestätigt", "einseitig", "nicht prüfbar".
    func confirmationWord(_ confirmation: Confirmation) -> String
}

/// The pieces of text a merge needs, with their facts.
public enum MergeText: Sendable {
    // MARK: merge-report.md
    case reportTitle(network: String)
    /// The opening line: how many sources gave how many actors and ties, and which rule kept them.
    case summary(sources: Int, actors: Int, ties: Int, rule: MergeRule, minimumSources: Int)
    case sourcesHeading
    /// The header row of the sources' table.
    case sourcesColumns
    case workshop
    case confirmationsHeading
    /// What each of the three words means, after its count.
    case confirmationMeaning(Confirmation)
    /// The caution: how many ties rest on one side's word only (one-sided and unverifiable).
    case singleSourceCaution(single: Int, total: Int, oneSided: Int)
    case matchesHeading
    case matchesIntro
    case noMatches
    /// A private person's spellings, not shown.
    case privateSpellings(count: Int)
    case proposalsHeading
    case proposalsIntro(aliasFile: String)
    case noProposals
    case disagreementsHeading
    case disagreementsIntro
    case noDisagreements
    /// Values of a private person's fields are not shown.
    case privateValues
    /// No value kept (contradictory dates).
    case noValueKept
    case leftOutHeading
    case unusedAliasesHeading
    /// A row of the aliases file that named no actor.
    case unusedAlias(alias: String, actor: String, file: String, line: Int)
    case sourcesWord(count: Int)
    /// The name the report gives an interview with a private person instead of its own, which may name them.
    case privateInterview(pseudonym: String)

    // MARK: Terminal
    /// The merged folder was written.
    case written(folder: String, actors: Int, ties: Int, proposals: Int)
    case noSources
    /// A source that did not load; its errors follow.
    case sourceFailed(path: String)
    case duplicateSourceName(name: String, paths: [String])
    case unknownRespondent(source: String, respondent: String, suggestions: [String])
    case conflictingRespondents(source: String, respondents: [String])
    case outputExists(path: String)
    case outputNotAFolder(path: String)
    case outputHoldsOtherFiles(path: String, files: [String])
    case outputWouldOverwriteInput(path: String, input: String)
    case duplicateID(String)
    case cannotWriteFolder(path: String, reason: String)
    case workbooksNotYet
    case minimumSourcesTooSmall
    case nothingWritten

    // MARK: --interactive
    /// Before the questions: how many there are and how to answer.
    case questionsIntro(count: Int)
    /// "Is „A“ the same actor as „B“?" with the evidence.
    case question(first: String, second: String, evidence: String, number: Int, count: Int)
    /// The answers a question accepts, as shown after it: "[j]a / [n]ein / [ü]berspringen".
    case answers
    /// An answer that is none of them.
    case unknownAnswer
    /// After the questions: how many rows the aliases file got, and where.
    case decisionsSaved(count: Int, file: String)
}

/// An answer to a question of `merge --interactive`.
public enum MergeAnswer: Sendable {
    case yes, no, skip

    /// The answer a typed line means, in either language; `nil` for anything else.
    ///
    /// Yes is `j`, `ja`, `y`, `yes`; no is `n`, `nein`, `no`; skip is `ü`, `überspringen`, `s`, `skip` or an empty line.
    public init?(_ line: String) {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "j", "ja", "y", "yes": self = .yes
        case "n", "nein", "no": self = .no
        case "", "ü", "u", "ue", "überspringen", "ueberspringen", "s", "skip": self = .skip
        default: return nil
        }
    }
}
