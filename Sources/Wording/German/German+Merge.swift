import NetworkMap

extension German {
    public func merge(_ text: MergeText) -> String {
        let q = quoted
        switch text {
        case let .reportTitle(network): return "Zusammenführung: \(network)"
        case let .summary(sources, actors, ties, rule, minimumSources):
            var line = "\(merge(.sourcesWord(count: sources))) \(sources == 1 ? "ergibt" : "ergeben") \(actors) Akteure und \(ties) Beziehungen. "
            switch rule {
            case .union: line += "Aufgenommen ist jede genannte Beziehung"
            case .dropOneSided: line += "Einseitige Beziehungen sind weggelassen (--rule drop-one-sided)"
            case .confirmed: line += "Aufgenommen sind nur bestätigte Beziehungen (--rule confirmed)"
            }
            return line + (minimumSources > 1 ? ", die mindestens \(minimumSources) Quellen nennen." : ".")
        case .sourcesHeading: return "Quellen"
        case .sourcesColumns: return "| Quelle | Interview mit | Datum | Akteure | Beziehungen | nur hier genannte Akteure | nur hier genannte Beziehungen |"
        case .workshop: return "(Workshop oder Liste)"
        case .confirmationsHeading: return "Wie sicher sind die Beziehungen?"
        case let .confirmationMeaning(confirmation):
            switch confirmation {
            case .confirmed: return "beide Seiten nennen die Beziehung in ihrem Interview"
            case .oneSided: return "nur eine Seite nennt sie, obwohl auch die andere befragt wurde"
            case .unverifiable: return "die andere Seite wurde nicht befragt (oder nur ein Workshop oder eine Liste nennt sie)"
            }
        case let .singleSourceCaution(single, total, oneSided):
            guard single > 0 else { return "Alle \(total) Beziehungen sind von beiden Seiten bestätigt." }
            var line = "Vorsicht: \(single) von \(total) Beziehungen beruhen auf dem Wort einer Seite. "
            if oneSided > 0 {
                line += "\(oneSided) davon hat die andere Seite im eigenen Interview nicht genannt; fragen Sie dort nach, bevor Sie darauf bauen."
            } else {
                line += "Sie sind nicht widerlegt, aber auch nicht bestätigt."
            }
            return line
        case .matchesHeading: return "Zusammengeführte Schreibweisen"
        case .matchesIntro: return "Diese Namen hat die Zusammenführung als denselben Akteur erkannt. Prüfen Sie sie."
        case .noMatches: return "Alle Quellen schreiben jeden Akteur gleich."
        case let .privateSpellings(count): return "\(count) Schreibweisen einer Privatperson (nicht gezeigt)"
        case .proposalsHeading: return "Vorschläge: vielleicht derselbe Akteur"
        case let .proposalsIntro(file):
            return "Diese Akteure sind **nicht** zusammengeführt. Wenn zwei davon derselbe Akteur sind, tragen Sie die Zeile "
                + "in die Alias-Datei \(quoted(file)) ein (Spalten Alias;Akteur) und führen Sie mit `--aliases \(file)` erneut zusammen, "
                + "oder antworten Sie bei `network-map merge --interactive`."
        case .noProposals: return "Keine Namen, die einander ähneln."
        case .disagreementsHeading: return "Abweichende Angaben"
        case .disagreementsIntro: return "Hier geben die Quellen Verschiedenes an; übernommen ist der Wert nach dem Pfeil."
        case .noDisagreements: return "Die Quellen widersprechen einander nirgends."
        case .privateValues: return "Werte einer Privatperson (nicht gezeigt)"
        case .noValueKept: return "kein Wert"
        case .leftOutHeading: return "Weggelassene Beziehungen"
        case .unusedAliasesHeading: return "Nicht verwendete Zeilen der Alias-Datei"
        case let .unusedAlias(alias, actor, file, line):
            return "\(q(alias)) → \(q(actor)) (\(file), Zeile \(line)): keine Quelle nennt diesen Namen."
        case let .sourcesWord(count): return count == 1 ? "1 Quelle" : "\(count) Quellen"
        case let .privateInterview(pseudonym): return "Interview mit \(pseudonym)"

        case let .written(folder, actors, ties, proposals):
            let tail = proposals == 0 ? "" : " \(proposals) Vorschläge zu ähnlichen Namen stehen in merge-report.md."
            return "Zusammengeführt in \(folder): \(actors) Akteure, \(ties) Beziehungen.\(tail)"
        case .noSources: return "Fehler: Geben Sie mindestens eine Quelle an (Interview-Ordner oder Netzwerk-Datei)."
        case let .sourceFailed(path): return "Die Quelle \(q(path)) lässt sich nicht laden:"
        case let .duplicateSourceName(name, paths):
            return "Fehler: Zwei Quellen heißen \(q(name)) (\(quotedList(paths))); in der Spalte Quelle wären sie nicht zu unterscheiden. "
                + "Geben Sie einer davon in ihrer network.yaml einen anderen Namen (source: …)."
        case let .unknownRespondent(source, respondent, suggestions):
            let hint = suggestions.isEmpty ? "" : " Meinten Sie \(alternatives(suggestions))?"
            return "Fehler: In der Quelle \(q(source)) nennt respondent: \(q(respondent)), aber keinen ihrer Akteure.\(hint)"
        case let .conflictingRespondents(source, respondents):
            return "Fehler: Der Quelle \(q(source)) sind verschiedene Befragte zugeordnet: \(quotedList(respondents)). "
                + "Ein Interview hat eine befragte Person oder Organisation."
        case let .outputExists(path):
            return "Fehler: \(q(path)) gibt es schon. Wählen Sie einen anderen Ordner, oder ersetzen Sie ihn mit --force."
        case let .outputNotAFolder(path): return "Fehler: \(q(path)) ist eine Datei, kein Ordner."
        case let .outputHoldsOtherFiles(path, files):
            return "Fehler: Der Ordner \(q(path)) enthält Dateien, die nicht zu einem Netzwerk gehören (\(quotedList(files))); "
                + "er wird auch mit --force nicht ersetzt. Wählen Sie einen anderen Ordner."
        case let .outputWouldOverwriteInput(path, input):
            return "Fehler: \(q(path)) würde die Quelle \(q(input)) überschreiben. Schreiben Sie das Ergebnis in einen neuen Ordner."
        case let .duplicateID(id):
            return "Fehler: Zwei zusammengeführte Akteure hätten die id \(q(id)). Geben Sie einem davon in der Alias-Datei einen eindeutigen Namen."
        case let .cannotWriteFolder(path, reason): return "Fehler: \(q(path)) lässt sich nicht schreiben (\(reason))."
        case .workbooksNotYet:
            return "Fehler: Arbeitsmappen (--format xlsx) kann diese Version noch nicht schreiben; lassen Sie --format weg, um CSV-Dateien zu erhalten."
        case .minimumSourcesTooSmall: return "Fehler: --min-sources braucht eine Zahl ab 1."
        case .nothingWritten: return "Es wurde nichts geschrieben."

        case let .questionsIntro(count):
            return count == 1 ? "1 Paar ähnlicher Namen. Sind es dieselben Akteure?"
                : "\(count) Paare ähnlicher Namen. Sind es jeweils dieselben Akteure?"
        case let .question(first, second, evidence, number, count):
            return "(\(number)/\(count)) Ist \(q(second)) derselbe Akteur wie \(q(first))? (\(evidence))"
        case .answers: return "[j]a / [n]ein / [ü]berspringen: "
        case .unknownAnswer: return "Bitte antworten Sie mit j, n oder ü."
        case let .decisionsSaved(count, file):
            return count == 1 ? "1 Entscheidung steht in \(file)." : "\(count) Entscheidungen stehen in \(file)."
        }
    }

    public func mergeField(_ field: Disagreement.Field) -> String {
        switch field {
        case .networkName: return "Name des Netzwerks"
        case .language: return "Sprache"
        case .home: return "eigene Stelle (home)"
        case .themes: return "Themen"
        // The actors' fields are called as the columns they come from.
        case .type: return header(.actors(.type))
        case .category: return header(.actors(.category))
        case .area: return header(.actors(.area))
        case .influence: return header(.actors(.influence))
        case .interest: return header(.actors(.interest))
        case .attitude: return header(.actors(.attitude))
        case .isPrivate: return header(.actors(.isPrivate))
        case .contact: return header(.actors(.contact))
        case .notes: return header(.actors(.notes))
        case let .attribute(header): return quoted(header)
        case .strength: return header(.ties(.strength))
        case .since: return header(.ties(.since))
        case .until: return header(.ties(.until))
        case let .customStyle(id): return "Darstellung von \(quoted(id))"
        }
    }

    public func mergeDecision(_ decision: Disagreement.Decision) -> String {
        switch decision {
        case .mostFrequent: return "von den meisten Quellen genannt"
        case let .respondentsOwnInterview(source): return "gleich oft genannt; \(quoted(source)) ist das eigene Interview"
        case let .newerSource(source): return "gleich oft genannt; \(quoted(source)) ist die neuere Quelle"
        case let .laterSourceName(source): return "gleich oft genannt und gleich alt; \(quoted(source)) kommt im Alphabet später"
        case .privacyErrsOnSafeSide: return "eine Quelle nennt eine Privatperson: im Zweifel geschützt"
        case .highestStrength: return "die stärkste genannte Stärke"
        case .earliestSince: return "der früheste Beginn"
        case .latestUntil: return "das späteste Ende"
        case .contradictoryDates: return "das späteste Ende liegt vor dem frühesten Beginn: das Ende ist weggelassen"
        }
    }

    public func mergeEvidence(_ evidence: ProposalEvidence) -> String {
        switch evidence {
        case let .editDistance(n): return n == 1 ? "unterscheiden sich in einem Buchstaben" : "unterscheiden sich in \(n) Buchstaben"
        case .reorderedWords: return "dieselben Wörter in anderer Reihenfolge"
        case .abbreviatedName: return "einmal ausgeschrieben, einmal abgekürzt"
        case let .sharedWord(word): return "gemeinsames Wort \(quoted(word))"
        }
    }

    public func mergeReason(_ reason: MatchReason) -> String {
        switch reason {
        case .sameName: return "gleicher Name"
        case .normalisedName: return "gleicher Name bis auf Schreibweise, Rechtsform oder Klammerzusatz"
        case let .sameID(id): return "gleiche id \(quoted(id))"
        case let .alias(rule): return "Alias-Datei, Zeile \(rule.line)"
        }
    }

    public func mergeLeftOut(_ reason: LeftOutTie.Reason) -> String {
        switch reason {
        case .oneSided: return "einseitig (--rule drop-one-sided)"
        case .notConfirmed: return "nicht bestätigt (--rule confirmed)"
        case .tooFewSources: return "zu wenige Quellen (--min-sources)"
        case .sameActor: return "beide Enden sind derselbe Akteur"
        }
    }

    public func confirmationWord(_ confirmation: Confirmation) -> String { fileWord(confirmation) }
}
