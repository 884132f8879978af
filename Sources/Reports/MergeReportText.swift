import Foundation
import NetworkMap
import Wording

/// `merge-report.md`: what a merge matched, proposes, found disagreeing and how sure its ties are.
///
/// Written from the typed ``NetworkMap/MergeReport`` in one language. Actors are named as `shown` (the merged
/// network prepared for showing) names them: private persons by pseudonym, their spellings and field values
/// withheld, unless `shown` shows private names. The merged files themselves keep every name.
public enum MergeReportText {
    /// The report as Markdown.
    ///
    /// - Parameters:
    ///   - report: what the merge did.
    ///   - network: the merged network the report's references point into.
    ///   - shown: `network` prepared for showing.
    ///   - aliasFile: the aliases file a user adds decisions to, as the proposals' intro names it.
    ///   - language: the language of the report.
    /// - Returns: the whole file, ending with a line break.
    public static func markdown(_ report: MergeReport, network: Network, shown: PreparedNetwork, aliasFile: String,
                                language: Language) -> String {
        let p = language.phrases
        var indexByID: [String: Int] = [:]
        for (i, actor) in network.actors.enumerated() { indexByID[actor.id] = i }
        func name(_ actor: ActorReference) -> String {
            guard let i = indexByID[actor.id], i < shown.network.actors.count else {
                return actor.isPrivate && !shown.showsPrivateNames ? "?" : actor.name
            }
            return shown.network.actors[i].name
        }
        let hidden = { (actor: ActorReference) in actor.isPrivate && !shown.showsPrivateNames }
        // An interview with a private person is often named after them ("Interview Jürgen K.").
        var sourceNames: [String: String] = [:]
        for source in report.sources {
            if let respondent = source.respondent, hidden(respondent) {
                sourceNames[source.name] = p.merge(.privateInterview(pseudonym: name(respondent)))
            }
        }
        func src(_ source: String) -> String { sourceNames[source] ?? source }
        func decision(_ decision: Disagreement.Decision) -> String {
            switch decision {
            case .respondentsOwnInterview(let s): return p.mergeDecision(.respondentsOwnInterview(src(s)))
            case .newerSource(let s): return p.mergeDecision(.newerSource(src(s)))
            case .laterSourceName(let s): return p.mergeDecision(.laterSourceName(src(s)))
            default: return p.mergeDecision(decision)
            }
        }
        func value(_ value: FieldValue) -> String {
            switch value {
            case .text(let text): return p.quoted(text)
            case .number(let n):
                let text = n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
                return text.replacingOccurrences(of: ".", with: p.decimalMark)
            case .type(let type): return p.label(type, plural: false, custom: network.customActorTypes)
            case .attitude(let attitude): return p.fileWord(attitude)
            case .flag(let flag): return p.fileWord(flag)
            case .list(let items): return items.isEmpty ? "–" : items.map(p.quoted).joined(separator: ", ")
            case .day(let day): return p.date(day)
            case .style(let style): return [style.labelDE, style.labelEN, style.color, style.shape].compactMap { $0 }.joined(separator: ", ")
            }
        }
        func tie(_ tie: TieReference) -> String {
            "\(name(tie.source)) \(tie.isDirected ? "→" : "–") \(name(tie.target)) (\(p.label(tie.kind, custom: network.customTieKinds)))"
        }
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

        var lines = ["# " + p.merge(.reportTitle(network: network.name)), ""]
        lines.append(p.merge(.summary(sources: report.sources.count, actors: network.actors.count, ties: network.ties.count,
                                      rule: report.rule, minimumSources: report.minimumSources)))

        lines += ["", "## " + p.merge(.sourcesHeading), "", p.merge(.sourcesColumns), "|---|---|---|--:|--:|--:|--:|"]
        for source in report.sources {
            let respondent = source.respondent.map(name) ?? p.merge(.workshop)
            let date = source.date.map(p.date) ?? "–"
            lines.append("| \(cell(src(source.name))) | \(cell(respondent)) | \(date) | \(source.actors) | \(source.ties) | "
                + "\(source.actorsOnlyHere) | \(source.tiesOnlyHere) |")
        }

        lines += ["", "## " + p.merge(.confirmationsHeading), ""]
        for confirmation in Confirmation.allCases {
            lines.append("- **\(p.confirmationWord(confirmation))**: \(report.ties[confirmation]) – \(p.merge(.confirmationMeaning(confirmation)))")
        }
        lines += ["", p.merge(.singleSourceCaution(single: report.ties.oneSided + report.ties.unverifiable,
                                                    total: report.ties.total, oneSided: report.ties.oneSided))]

        lines += ["", "## " + p.merge(.matchesHeading), ""]
        if report.matches.isEmpty {
            lines.append(p.merge(.noMatches))
        } else {
            lines += [p.merge(.matchesIntro), ""]
            for merge in report.matches {
                if hidden(merge.actor) {
                    lines.append("- **\(name(merge.actor))**: \(p.merge(.privateSpellings(count: Set(merge.members.map(\.name)).count)))")
                    continue
                }
                lines.append("- **\(name(merge.actor))** (`\(merge.actor.id)`)")
                for member in merge.members {
                    let why = member.link.map { " – " + p.mergeReason($0.reason) } ?? ""
                    lines.append("  - \(p.quoted(member.name)) (\(src(member.source)))\(why)")
                }
            }
        }

        lines += ["", "## " + p.merge(.proposalsHeading), ""]
        if report.proposals.isEmpty {
            lines.append(p.merge(.noProposals))
        } else {
            lines += [p.merge(.proposalsIntro(aliasFile: aliasFile)), ""]
            let separator = String(p.spreadsheetDialect.separator)
            for proposal in report.proposals {
                let evidence = proposal.evidence.map(p.mergeEvidence).joined(separator: "; ")
                var line = "- \(p.quoted(name(proposal.first))) / \(p.quoted(name(proposal.second))): \(evidence)"
                if !hidden(proposal.first) && !hidden(proposal.second) {
                    line += " – `\(proposal.second.name)\(separator)\(proposal.first.name)`"
                }
                lines.append(line)
            }
        }

        lines += ["", "## " + p.merge(.disagreementsHeading), ""]
        if report.disagreements.isEmpty {
            lines.append(p.merge(.noDisagreements))
        } else {
            lines += [p.merge(.disagreementsIntro), ""]
            for disagreement in report.disagreements {
                let subject: String
                var withheld = false
                switch disagreement.subject {
                case .network: subject = network.name
                case .actor(let actor): subject = name(actor); withheld = hidden(actor)
                case .tie(let t): subject = tie(t); withheld = hidden(t.source) || hidden(t.target)
                }
                let field = p.mergeField(disagreement.field)
                if withheld {
                    lines.append("- \(subject), \(field): \(p.merge(.privateValues))")
                    continue
                }
                let votes = disagreement.votes.map { "\(value($0.value)) (\($0.sources.map(src).joined(separator: ", ")))" }
                let winner = disagreement.winner.map(value) ?? p.merge(.noValueKept)
                lines.append("- \(subject), \(field): \(votes.joined(separator: " / ")) → \(winner) – "
                    + decision(disagreement.reason))
            }
        }

        if !report.leftOut.isEmpty {
            lines += ["", "## " + p.merge(.leftOutHeading), ""]
            for left in report.leftOut {
                let sources = hidden(left.tie.source) || hidden(left.tie.target)
                    ? p.merge(.sourcesWord(count: left.reportedBy.count)) : left.reportedBy.map(src).joined(separator: ", ")
                lines.append("- \(tie(left.tie)): \(p.mergeLeftOut(left.reason)) (\(sources))")
            }
        }
        if !report.unusedAliases.isEmpty {
            lines += ["", "## " + p.merge(.unusedAliasesHeading), ""]
            for rule in report.unusedAliases {
                lines.append("- " + p.merge(.unusedAlias(alias: rule.alias, actor: rule.actor, file: aliasFile, line: rule.line)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
