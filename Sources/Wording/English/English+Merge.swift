import NetworkMap

extension English {
    public func merge(_ text: MergeText) -> String {
        let q = quoted
        switch text {
        case let .reportTitle(network): return "Merge: \(network)"
        case let .summary(sources, actors, ties, rule, minimumSources):
            var line = "\(merge(.sourcesWord(count: sources))) \(sources == 1 ? "gives" : "give") \(actors) actors and \(ties) ties. "
            switch rule {
            case .union: line += "Every reported tie is kept"
            case .dropOneSided: line += "One-sided ties are left out (--rule drop-one-sided)"
            case .confirmed: line += "Only confirmed ties are kept (--rule confirmed)"
            }
            return line + (minimumSources > 1 ? " that at least \(minimumSources) sources report." : ".")
        case .sourcesHeading: return "Sources"
        case .sourcesColumns: return "| Source | Interview with | Date | Actors | Ties | Actors named only here | Ties named only here |"
        case .workshop: return "(workshop or list)"
        case .confirmationsHeading: return "How sure are the ties?"
        case let .confirmationMeaning(confirmation):
            switch confirmation {
            case .confirmed: return "both sides name the tie in their interviews"
            case .oneSided: return "only one side names it, although the other side was interviewed too"
            case .unverifiable: return "the other side was not interviewed (or only a workshop or a list names it)"
            }
        case let .singleSourceCaution(single, total, oneSided):
            guard single > 0 else { return "All \(total) ties are confirmed from both sides." }
            var line = "Caution: \(single) of \(total) ties rest on one side's word. "
            if oneSided > 0 {
                line += "The other side did not name \(oneSided) of them in its own interview; ask there before you build on them."
            } else {
                line += "They are not contradicted, but not confirmed either."
            }
            return line
        case .matchesHeading: return "Spellings merged"
        case .matchesIntro: return "The merge took these names for one actor each. Please check them."
        case .noMatches: return "Every source spells every actor alike."
        case let .privateSpellings(count): return "\(count) spellings of a private person (not shown)"
        case .proposalsHeading: return "Proposals: perhaps the same actor"
        case let .proposalsIntro(file):
            return "These actors are **not** merged. If two of them are one actor, add the row to the aliases file \(quoted(file)) "
                + "(columns alias,actor) and merge again with `--aliases \(file)`, or answer the questions of "
                + "`network-map merge --interactive`."
        case .noProposals: return "No names look alike."
        case .disagreementsHeading: return "Disagreements"
        case .disagreementsIntro: return "Here the sources say different things; the merged network has the value after the arrow."
        case .noDisagreements: return "The sources never contradict each other."
        case .privateValues: return "values of a private person (not shown)"
        case .noValueKept: return "no value"
        case .leftOutHeading: return "Ties left out"
        case .unusedAliasesHeading: return "Rows of the aliases file not used"
        case let .unusedAlias(alias, actor, file, line):
            return "\(q(alias)) → \(q(actor)) (\(file), line \(line)): no source uses this name."
        case let .sourcesWord(count): return count == 1 ? "1 source" : "\(count) sources"
        case let .privateInterview(pseudonym): return "Interview with \(pseudonym)"

        case let .written(folder, actors, ties, proposals):
            let tail = proposals == 0 ? "" : " \(proposals) proposals about names that look alike are in merge-report.md."
            return "Merged into \(folder): \(actors) actors, \(ties) ties.\(tail)"
        case .noSources: return "Error: name at least one source (an interview folder or a network file)."
        case let .sourceFailed(path): return "The source \(q(path)) does not load:"
        case let .duplicateSourceName(name, paths):
            return "Error: two sources are called \(q(name)) (\(quotedList(paths))); the source column could not tell them apart. "
                + "Give one of them another name in its network.yaml (source: …)."
        case let .unknownRespondent(source, respondent, suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(alternatives(suggestions))?"
            return "Error: in the source \(q(source)), respondent: \(q(respondent)) names none of its actors.\(hint)"
        case let .conflictingRespondents(source, respondents):
            return "Error: the source \(q(source)) is given different respondents: \(quotedList(respondents)). "
                + "An interview has one respondent."
        case let .outputExists(path):
            return "Error: \(q(path)) exists already. Choose another folder, or replace it with --force."
        case let .outputNotAFolder(path): return "Error: \(q(path)) is a file, not a folder."
        case let .outputHoldsOtherFiles(path, files):
            return "Error: the folder \(q(path)) holds files that are not a network's (\(quotedList(files))); "
                + "it is not replaced, not even with --force. Choose another folder."
        case let .outputWouldOverwriteInput(path, input):
            return "Error: \(q(path)) would write over the source \(q(input)). Write the result into a new folder."
        case let .duplicateID(id):
            return "Error: two merged actors would have the id \(q(id)). Give one of them a distinct name in the aliases file."
        case let .cannotWriteFolder(path, reason): return "Error: \(q(path)) cannot be written (\(reason))."
        case .workbooksNotYet:
            return "Error: this version cannot write workbooks (--format xlsx) yet; leave out --format to get CSV files."
        case .minimumSourcesTooSmall: return "Error: --min-sources needs a number from 1."
        case .nothingWritten: return "Nothing was written."

        case let .questionsIntro(count):
            return count == 1 ? "1 pair of names looks alike. Are they the same actor?"
                : "\(count) pairs of names look alike. Is each pair the same actor?"
        case let .question(first, second, evidence, number, count):
            return "(\(number)/\(count)) Is \(q(second)) the same actor as \(q(first))? (\(evidence))"
        case .answers: return "[y]es / [n]o / [s]kip: "
        case .unknownAnswer: return "Please answer y, n or s."
        case let .decisionsSaved(count, file):
            return count == 1 ? "1 decision is in \(file)." : "\(count) decisions are in \(file)."
        }
    }

    public func mergeField(_ field: Disagreement.Field) -> String {
        switch field {
        case .networkName: return "network name"
        case .language: return "language"
        case .home: return "own office (home)"
        case .themes: return "themes"
        case .type: return "type"
        case .category: return "category"
        case .area: return "area"
        case .influence: return "influence"
        case .interest: return "interest"
        case .attitude: return "attitude"
        case .isPrivate: return "private person"
        case .contact: return "contact"
        case .notes: return "notes"
        case let .attribute(header): return quoted(header)
        case .strength: return "strength"
        case .since: return "since"
        case .until: return "until"
        case let .customStyle(id): return "style of \(quoted(id))"
        }
    }

    public func mergeDecision(_ decision: Disagreement.Decision) -> String {
        switch decision {
        case .mostFrequent: return "given by most sources"
        case let .respondentsOwnInterview(source): return "equal counts; \(quoted(source)) is the actor's own interview"
        case let .newerSource(source): return "equal counts; \(quoted(source)) is the newer source"
        case let .laterSourceName(source): return "equal counts and dates; \(quoted(source)) comes later in the alphabet"
        case .privacyErrsOnSafeSide: return "a source says private person: privacy errs on the safe side"
        case .highestStrength: return "the highest strength reported"
        case .earliestSince: return "the earliest start"
        case .latestUntil: return "the latest end"
        case .contradictoryDates: return "the latest end is before the earliest start: the end is dropped"
        }
    }

    public func mergeEvidence(_ evidence: ProposalEvidence) -> String {
        switch evidence {
        case let .editDistance(n): return n == 1 ? "differ in one letter" : "differ in \(n) letters"
        case .reorderedWords: return "the same words in another order"
        case .abbreviatedName: return "once in full, once abbreviated"
        case let .sharedWord(word): return "share the word \(quoted(word))"
        }
    }

    public func mergeReason(_ reason: MatchReason) -> String {
        switch reason {
        case .sameName: return "same name"
        case .normalisedName: return "same name but for spelling, legal form or a note in brackets"
        case let .sameID(id): return "same id \(quoted(id))"
        case let .alias(rule): return "aliases file, line \(rule.line)"
        }
    }

    public func mergeLeftOut(_ reason: LeftOutTie.Reason) -> String {
        switch reason {
        case .oneSided: return "one-sided (--rule drop-one-sided)"
        case .notConfirmed: return "not confirmed (--rule confirmed)"
        case .tooFewSources: return "too few sources (--min-sources)"
        case .sameActor: return "both ends are the same actor"
        }
    }

    public func confirmationWord(_ confirmation: Confirmation) -> String { fileWord(confirmation) }
}
