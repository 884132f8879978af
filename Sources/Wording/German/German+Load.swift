import NetworkMap

extension German {
    public func text(_ problem: LoadProblem) -> IssueText {
        let q = quoted
        switch problem {
        // MARK: Files
        case let .pathMissing(path):
            return IssueText("Es gibt keine Datei und keinen Ordner \(quotedPath(path)).",
                             hint: "Prüfen Sie die Schreibweise des Pfads, oder legen Sie mit `network-map init \(shown(path))` ein neues Netzwerk an.")
        case let .unreadable(file, problem):
            return IssueText("\(q(file)) lässt sich nicht lesen. \(reason(problem))",
                             hint: "Prüfen Sie, ob es die Datei gibt und ob Sie sie öffnen dürfen.")
        case let .notAFile(file, kind):
            return IssueText("\(q(file)) ist \(self.kind(kind)), keine Datei.",
                             hint: kind == .folder
                                 ? "Ein Netzwerk-Ordner enthält seine Tabellen als Dateien; benennen Sie den gleichnamigen Ordner um, "
                                     + "oder verschieben Sie ihn."
                                 : "Speichern Sie die Daten als Datei, und geben Sie diese Datei oder ihren Ordner an: "
                                     + "Das hier zu lesen, endet womöglich nie.")
        case let .tooLarge(file, limit):
            return IssueText("Die Datei \(q(file)) ist größer als \(limit >> 20) MB, mehr als jedes Netzwerk braucht.",
                             hint: "Prüfen Sie, ob es die richtige Datei ist: Ein Netzwerk mit 150.000 Akteuren braucht etwa 30 MB.")
        case let .noActorsFile(folder):
            return IssueText("Im Ordner \(q(folder)) fehlt die Datei actors.csv (oder akteure.csv).",
                             hint: "Ein Netzwerk-Ordner enthält actors.csv (eine Zeile je Akteur), ties.csv (eine Zeile je Beziehung) "
                                 + "und bei Bedarf network.yaml. `network-map init` legt Vorlagen an.")
        case let .notANetwork(path):
            return IssueText("\(quotedPath(path)) ist weder ein Netzwerk-Ordner noch eine network.yaml-Datei.",
                             hint: "Geben Sie den Ordner an, in dem actors.csv und ties.csv liegen.")
        case let .severalFiles(names, using):
            return IssueText("Im Ordner liegen mehrere Dateien für denselben Zweck: \(quotedList(names)). Verwendet wird \(q(using)).",
                             hint: "Entfernen Sie die anderen oder benennen Sie sie um, damit nichts verwechselt wird.")
        case .unterminatedQuote:
            return IssueText("Hier beginnt eine Zelle mit einem Anführungszeichen (\"), das nirgends geschlossen wird; "
                                 + "deshalb lässt sich der Rest der Datei nicht lesen.",
                             hint: "Ergänzen Sie das schließende Anführungszeichen, oder schreiben Sie ein Anführungszeichen "
                                 + "innerhalb einer Zelle doppelt (\"\").")

        case let .aliases(issue):
            switch issue {
            case let .unreadable(reason):
                return IssueText("Die Alias-Datei lässt sich nicht lesen (\(reason)).",
                                 hint: "Prüfen Sie, ob es die Datei gibt und ob Sie sie öffnen dürfen.")
            case .unterminatedQuote:
                return text(.unterminatedQuote)
            case let .missingColumns(_, present):
                return IssueText("Die Alias-Datei braucht eine Spalte „Alias“ und eine Spalte „Akteur“; sie hat "
                                     + (present.isEmpty ? "keine Kopfzeile." : "\(quotedList(present))."),
                                 hint: "Schreiben Sie Alias;Akteur in die erste Zeile: die Schreibweise einer Quelle, dann den Akteur, der gemeint ist.")
            case let .emptyCell(_, column):
                return IssueText("Die Zelle in der Spalte \(q(column)) ist leer.",
                                 hint: "Füllen Sie beide Zellen der Zeile aus, oder löschen Sie die Zeile.")
            case let .conflictingActors(alias, lines):
                return IssueText("\(q(alias)) ist zwei verschiedenen Akteuren zugeordnet (Zeilen \(lines.map(String.init).joined(separator: " und "))).",
                                 hint: "Eine Schreibweise kann nur ein Akteur sein: Behalten Sie eine der Zeilen.")
            }

        // MARK: network.yaml
        case let .yamlSyntax(detail):
            return IssueText("Diese Zeile ist kein gültiges YAML (\(ShownText.shown(detail, limit: 300))).",
                             hint: "Prüfen Sie die Einrückung, und ob auf jeden Schlüssel ein Doppelpunkt und ein Leerzeichen folgen.")
        case .yamlNotMapping:
            return IssueText("Die Datei enthält keine Einstellungen der Form `schlüssel: wert`.",
                             hint: "Gehen Sie von der network.yaml aus, die `network-map init` anlegt.")
        case let .unknownSettings(keys, known):
            return IssueText(keys.count == 1 ? "Die unbekannte Einstellung \(quotedList(keys)) wird ignoriert."
                                 : "Die unbekannten Einstellungen \(quotedList(keys)) werden ignoriert.",
                             hint: "Bekannte Einstellungen: \(known.joined(separator: ", ")).")
        case let .invalidValue(key, value, expected):
            return IssueText("\(q(shown(value))) ist kein gültiger Wert für \(key).", hint: "Erwartet wird \(self.expected(expected)).")
        case let .inlineAndFile(key, settingsFile, table):
            return IssueText("Die Einträge unter \(key) stehen sowohl hier als auch in der Datei \(table).",
                             hint: "Führen Sie sie an einer Stelle: Entfernen Sie die Liste aus \(settingsFile) oder die Datei \(table).")

        // MARK: Columns
        case let .missingColumns(missing, present):
            let one = missing.count == 1
            let there = present.isEmpty ? "keine Spaltenüberschriften"
                : present.count == 1 ? "nur die Spalte \(quotedList(present))" : "die Spalten \(quotedList(present))"
            let names = list(missing.map { "\(q(header($0))) (oder \(q($0.englishHeader)))" })
            let ties = missing.contains { if case .ties = $0 { return true } else { return false } }
            return IssueText("\(one ? "Die Spalte" : "Die Spalten") \(names) \(one ? "fehlt" : "fehlen"); die Datei hat \(there).",
                             hint: "In der ersten Zeile müssen die Spaltennamen stehen, auf Deutsch oder Englisch (zum Beispiel "
                                 + (ties ? "Von, An, Art oder source, target, kind" : "Name, Typ oder name, type") + ").")
        case let .unknownColumns(headers):
            return IssueText(headers.count == 1 ? "Die Spalte \(quotedList(headers)) ist unbekannt; sie wird als zusätzliche Angabe übernommen."
                                 : "Die Spalten \(quotedList(headers)) sind unbekannt; sie werden als zusätzliche Angaben übernommen.",
                             hint: "Ist das so gewollt, ist nichts zu tun; sonst prüfen Sie die Schreibweise der Überschrift.")
        case let .duplicateColumn(earlier):
            return IssueText("Diese Spalte bedeutet dasselbe wie die Spalte \(q(earlier)); verwendet wird die erste, "
                                 + "diese hier wird als zusätzliche Angabe übernommen.",
                             hint: "Benennen Sie eine der beiden Spalten um, oder entfernen Sie eine.")
        case let .extraValues(lines):
            let rows = lines.count == 1 ? "Diese Zeile hat" : "\(lines.count) Zeilen (Zeilen \(list(lines.map(String.init)))) haben"
            return IssueText("\(rows) mehr Werte, als die erste Zeile Spaltenüberschriften hat; die überzähligen Werte werden ignoriert.",
                             hint: "Geben Sie der Spalte eine Überschrift, oder prüfen Sie, ob in einer Zelle ein Trennzeichen (, oder ;) "
                                 + "steht; eine solche Zelle gehört in Anführungszeichen.")

        // MARK: Actors
        case .noActors:
            return IssueText("Das Netzwerk enthält keine Akteure.",
                             hint: "Tragen Sie unter der Kopfzeile je Akteur eine Zeile ein, mindestens mit Name und Typ.")
        case .emptyCell(.name):
            return IssueText("Der Name fehlt.", hint: "Jede Zeile braucht einen Namen.")
        case .emptyCell(.type):
            return IssueText("Der Typ fehlt.", hint: "Jede Zeile braucht einen Typ, zum Beispiel Verein, Gremium oder Bewohner:in.")
        case .emptyCell(.source):
            return IssueText("Hier fehlt der Akteur, von dem die Beziehung ausgeht.",
                             hint: "Jede Beziehung verbindet zwei Akteure: Tragen Sie beide ein (Spalten „Von“ und „An“).")
        case .emptyCell(.target):
            return IssueText("Hier fehlt der Akteur, zu dem die Beziehung führt.",
                             hint: "Jede Beziehung verbindet zwei Akteure: Tragen Sie beide ein (Spalten „Von“ und „An“).")
        case let .unknownType(value, suggestions, declared):
            let valid = ActorType.builtIn.map { label($0, plural: false, custom: []) } + declared.map { $0.labelDE ?? $0.id }
            return IssueText("\(q(value)) ist kein bekannter Akteurstyp.",
                             hint: didYouMean(suggestions) + "Möglich sind: \(valid.joined(separator: ", ")); "
                                 + "oder tragen Sie den Typ in network.yaml unter actor_types ein.")
        case let .unknownKind(value, suggestions, declared):
            let valid = TieKind.builtIn.map { label($0, custom: []) } + declared.map { $0.labelDE ?? $0.id }
            return IssueText("\(q(value)) ist keine bekannte Art von Beziehung.",
                             hint: didYouMean(suggestions) + "Möglich sind: \(valid.joined(separator: ", ")); "
                                 + "oder tragen Sie die Art in network.yaml unter tie_kinds ein.")
        case let .duplicateID(id, firstLine):
            return IssueText("Die id \(q(id)) hat schon der Akteur in Zeile \(firstLine).",
                             hint: "Jeder Akteur braucht eine eigene id; ändern Sie eine der beiden (oder lassen Sie die id leer, "
                                 + "dann wird sie aus dem Namen gebildet).")
        case let .invalidNumber(value, low, high):
            return IssueText("\(q(value)) ist keine Zahl von \(low) bis \(high).",
                             hint: "Schreiben Sie eine Zahl von \(low) bis \(high) (auch mit Komma, etwa 2,5), oder lassen Sie die Zelle leer.")
        case let .invalidBool(value):
            return IssueText("\(q(value)) ist weder ja noch nein.",
                             hint: "Schreiben Sie ja oder nein (x steht für ja), oder lassen Sie die Zelle leer.")
        case let .invalidAttitude(value):
            return IssueText("\(q(value)) ist keine bekannte Haltung.",
                             hint: "Schreiben Sie unterstützend, neutral oder ablehnend, oder lassen Sie die Zelle leer.")

        // MARK: Ties
        case let .unknownActor(value, suggestions):
            return IssueText("\(q(value)) ist kein bekannter Akteur.",
                             hint: suggestions.isEmpty
                                 ? "Schreiben Sie den Namen oder die id genau wie in der Akteursdatei, oder ergänzen Sie den Akteur dort."
                                 : "Meinten Sie \(alternatives(suggestions.map(\.name)))?")
        case let .ambiguousActor(value, lines):
            return IssueText("\(q(value)) kann mehrere Akteure dieses Namens meinen (Zeilen \(list(lines.map(String.init))) der Akteursdatei).",
                             hint: "Geben Sie diesen Akteuren verschiedene Namen oder ids, und verwenden Sie hier die id.")
        case let .invalidStrength(value):
            return IssueText("\(q(value)) ist keine Stärke einer Beziehung.",
                             hint: "Schreiben Sie 1 (schwach), 2 (mittel) oder 3 (stark), oder die Wörter schwach, mittel, stark; "
                                 + "eine leere Zelle bedeutet 1.")
        case let .invalidConfirmation(value):
            return IssueText("\(q(value)) ist keine bekannte Bestätigung.",
                             hint: "Schreiben Sie bestätigt, einseitig oder nicht prüfbar, oder lassen Sie die Zelle leer.")
        case let .invalidDate(value):
            return IssueText("\(q(value)) ist kein Datum.",
                             hint: "Schreiben Sie ein Datum wie 01.03.2024, 2024-03-01, 2024-03 oder 2024, oder lassen Sie die Zelle leer.")
        case let .sinceAfterUntil(since, until):
            return IssueText("Die Beziehung endet (\(until)), bevor sie beginnt (\(since)).",
                             hint: "Prüfen Sie die beiden Daten; vielleicht sind sie vertauscht.")
        case let .selfTie(actor):
            return IssueText("Diese Beziehung führt von \(q(actor.name)) zu \(q(actor.name)) selbst.",
                             hint: "Eine Beziehung verbindet zwei verschiedene Akteure; korrigieren Sie einen der beiden Namen, "
                                 + "oder löschen Sie die Zeile.")
        case let .duplicateTie(firstLine, source, target):
            return IssueText("Die Beziehung zwischen \(q(source.name)) und \(q(target.name)) wiederholt die aus Zeile \(firstLine); "
                                 + "beide werden zusammengefasst (es gilt die größere Stärke).",
                             hint: "Löschen Sie eine der beiden Zeilen, oder geben Sie den Beziehungen verschiedene Arten.")
        case .noTies:
            return IssueText("Das Netzwerk enthält keine Beziehungen.",
                             hint: "Legen Sie ties.csv an, mit einer Zeile je Beziehung (Spalten Von und An, oder source und target).")
        case let .actorsWithoutTies(actors, total):
            let shown = actors.prefix(5).map { q($0.name) }.joined(separator: ", ")
            return IssueText("\(total == 1 ? "1 Akteur hat" : "\(total) Akteure haben") keine Beziehungen: \(shown)\(total > 5 ? " und \(total - 5) weitere" : "").",
                             hint: "Oft fehlen bei solchen Akteuren Daten, und sie sind gar nicht isoliert; prüfen Sie, ob Beziehungen fehlen.")
        case let .unknownHome(value, suggestions):
            return IssueText("\(q(value)) ist kein bekannter Akteur und kann daher nicht das QM-Büro (home) sein.",
                             hint: suggestions.isEmpty ? "Schreiben Sie den Namen oder die id eines Akteurs aus der Akteursdatei."
                                 : "Meinten Sie \(alternatives(suggestions.map(\.name)))?")

        // MARK: GraphML and GEXF
        case let .notWellFormed(fault):
            let why: String
            switch fault {
            case .notXML: why = "Sie ist leer oder schon ab dem ersten Zeichen kein XML"
            case .endsEarly: why = "Sie endet, bevor ihre Elemente geschlossen sind, oder geht nach dem letzten weiter"
            case .mismatchedTag: why = "Ein Element wird mit einem anderen Namen geschlossen, als es geöffnet wurde"
            case .invalidCharacter: why = "Sie enthält ein Zeichen, das XML nicht erlaubt"
            case .undeclaredEntity: why = "Ein Entity-Verweis (&name;) nennt kein deklariertes Entity"
            case .entityLoop: why = "Ihre Entities verweisen im Kreis aufeinander oder wachsen ohne Ende; sie wird nicht gelesen"
            case .badAttribute: why = "Ein Attribut ist falsch geschrieben: ohne Anführungszeichen, mit < im Wert oder doppelt"
            case let .other(code): why = "Der XML-Parser brach mit seinem Fehler \(code) ab"
            }
            return IssueText("Die Datei ist hier kein wohlgeformtes XML. \(why).",
                             hint: "Die Datei ist beschädigt oder keine GraphML-/GEXF-Datei; exportieren Sie sie noch einmal "
                                 + "aus dem Programm, das sie geschrieben hat.")
        case let .nestedTooDeeply(limit):
            return IssueText("Die Elemente sind hier mehr als \(limit) Ebenen tief verschachtelt.",
                             hint: "GraphML und GEXF brauchen nur wenige Ebenen; die Datei ist beschädigt oder kein Netzwerk. "
                                 + "Exportieren Sie sie noch einmal aus dem Programm, das sie geschrieben hat.")
        case .xmlNotUTF8:
            return IssueText("Die Datei sollte UTF-8 sein, ist es aber ab hier nicht.",
                             hint: "Die Datei ist beschädigt oder wurde in einer anderen Kodierung gespeichert, ohne das in der "
                                 + "ersten Zeile anzugeben; exportieren Sie sie noch einmal aus dem Programm, das sie geschrieben hat.")
        case let .wrongRoot(found, expected):
            return IssueText("Das äußerste Element der Datei ist <\(found)>, nicht <\(expected)>.",
                             hint: "Prüfen Sie, ob die Dateiendung zum Inhalt passt (.graphml für GraphML, .gexf für GEXF).")
        case .noGraph:
            return IssueText("Die Datei enthält kein <graph>-Element.",
                             hint: "Exportieren Sie das Netzwerk noch einmal aus dem Programm, das die Datei geschrieben hat.")
        case let .missingXMLAttribute(element, attribute):
            return IssueText("Dem <\(element)> hier fehlt das Attribut \(attribute).", hint: "Jedes <\(element)> braucht das Attribut \(attribute).")
        case let .duplicateNode(id, firstLine):
            return IssueText("Die Knoten-id \(q(id)) hat schon der Knoten in Zeile \(firstLine).", hint: "Jeder Knoten braucht eine eigene id.")
        case let .unknownNode(id, suggestions):
            return IssueText("Die Kante hier nennt den Knoten \(q(id)), den es in der Datei nicht gibt.",
                             hint: suggestions.isEmpty ? "Ergänzen Sie den Knoten, oder korrigieren Sie source oder target der Kante."
                                 : "Meinten Sie \(alternatives(suggestions.map(\.id)))?")
        case let .undeclaredTypes(types, ofTies):
            let message: String
            switch (ofTies, types.count == 1) {
            case (false, true): message = "Der Akteurstyp \(quotedList(types)) ist nicht vordefiniert; er wird als eigener Akteurstyp übernommen."
            case (false, false): message = "Die Akteurstypen \(quotedList(types)) sind nicht vordefiniert; sie werden als eigene Akteurstypen übernommen."
            case (true, true): message = "Die Beziehungsart \(quotedList(types)) ist nicht vordefiniert; sie wird als eigene Beziehungsart übernommen."
            case (true, false): message = "Die Beziehungsarten \(quotedList(types)) sind nicht vordefiniert; sie werden als eigene Beziehungsarten übernommen."
            }
            return IssueText(message, hint: "Wenn Sie mit diesem Netzwerk weiterarbeiten, tragen Sie sie mit Bezeichnungen und Farben "
                                 + "in network.yaml unter actor_types oder tie_kinds ein.")
        case let .untypedActors(count):
            return IssueText(count == 1 ? "1 Knoten hat keinen Akteurstyp; er wird als Typ „unspecified“ gelesen."
                                 : "\(count) Knoten haben keinen Akteurstyp; sie werden als Typ „unspecified“ gelesen.",
                             hint: "Ergänzen Sie ein Knotenattribut „type“ (resident, residents_group, association, business, "
                                 + "institution oder body), damit nach Typ ausgewertet werden kann.")
        case let .strengthClamped(count):
            return IssueText("\(count == 1 ? "1 Kante hat ein Gewicht" : "\(count) Kanten haben Gewichte") außerhalb von 1 bis 3; "
                                 + "gelesen wird jeweils der nächste der Werte 1 (schwach) und 3 (stark).",
                             hint: "In network-map ist die Stärke einer Beziehung 1 schwach, 2 mittel, 3 stark; rechnen Sie die Gewichte um, "
                                 + "wenn sie etwas anderes bedeuten.")
        case let .selfLoop(id):
            return IssueText("Diese Kante verbindet den Knoten \(q(id)) mit sich selbst.",
                             hint: "Eine Beziehung verbindet zwei verschiedene Akteure; löschen Sie die Kante.")
        case let .workbook(error):
            return workbookText(error)
        case let .formulaError(value):
            return IssueText("Die Zelle zeigt den Formelfehler \(value); sie wird als leer gelesen.",
                             hint: "Korrigieren Sie die Formel, oder tragen Sie den Wert von Hand ein.")
        case let .uncachedFormulas(count, first):
            return IssueText("\(count == 1 ? "1 Zelle enthält eine Formel" : "\(count) Zellen enthalten Formeln") ohne gespeichertes "
                                 + "Ergebnis (zuerst \(first)); sie werden als leer gelesen.",
                             hint: "Das Programm, das die Datei geschrieben hat, hat die Formeln nicht berechnet. Öffnen Sie die "
                                 + "Datei in Excel oder LibreOffice und speichern Sie sie einmal, dann stehen die Ergebnisse darin.")
        case let .rowsBelowTable(rows):
            return IssueText("\(rows.count == 1 ? "1 Zeile steht" : "\(rows.count) Zeilen stehen") nach einer Leerzeile unter der "
                                 + "Tabelle (\(rows.count == 1 ? "Zeile" : "Zeilen") \(rows.map(String.init).prefix(5).joined(separator: ", "))\(rows.count > 5 ? " …" : "")); "
                                 + (rows.count == 1 ? "sie wird als Anmerkung" : "sie werden als Anmerkungen") + " übergangen.",
                             hint: "Gehören sie zur Tabelle, löschen Sie die Leerzeile darüber.")
        case let .noTypeColumn(actors):
            return IssueText("Die Akteurstabelle hat keine Spalte „Typ“; \(actors == 1 ? "der Akteur wird" : "alle \(actors) Akteure werden") "
                                 + "als Typ „ohne Typ“ gelesen.",
                             hint: "Ergänzen Sie eine Spalte „Typ“ (Bewohner:in, Bewohnergruppe, Verein, Unternehmen, Einrichtung, "
                                 + "Gremium), damit nach Typ ausgewertet werden kann.")
        }
    }

    public func shown(_ value: LoadProblem.ShownValue) -> String {
        switch value {
        case .text(let text): return text
        case .list: return "(eine Liste)"
        case .mapping: return "(eine Zuordnung)"
        case .noID: return "(keine id)"
        }
    }

    public func expected(_ value: LoadProblem.ExpectedValue) -> String {
        switch value {
        case .singleValue: return "ein einzelner Wert"
        case .valueOrList: return "ein einzelner Wert oder eine Liste"
        case .language: return "de oder en"
        case .trueOrFalse: return "true oder false"
        case .attitude: return "supportive, neutral oder opposed (unterstützend, neutral, ablehnend)"
        case .idForEveryEntry: return "eine id für jeden Eintrag"
        case .date(let example): return "ein Datum wie \(example)"
        case .number(let low, let high): return "eine Zahl von \(low) bis \(high)"
        case .styleList: return "eine Liste von Einträgen mit id, label_de, label_en, color und shape"
        case .rowList: return "eine Liste mit einem Eintrag (- name: …) je Zeile"
        case .rowEntry: return "ein Eintrag mit Feldern wie name: und type:"
        case .sourceList: return "eine Liste von Einträgen mit name: und wahlweise respondent: und date:"
        }
    }

    public func header(_ column: LoadProblem.TableColumn) -> String {
        switch column {
        case .actors(let column):
            switch column {
            case .id: return "id"
            case .name: return "Name"
            case .type: return "Typ"
            case .category: return "Kategorie"
            case .themes: return "Themen"
            case .area: return "Gebiet"
            case .influence: return "Einfluss"
            case .interest: return "Interesse"
            case .attitude: return "Haltung"
            case .isPrivate: return "Privatperson"
            case .isLocal: return "lokal"
            case .contact: return "Kontakt"
            case .notes: return "Notizen"
            }
        case .ties(let column):
            switch column {
            case .source: return "Von"
            case .target: return "An"
            case .kind: return "Art"
            case .strength: return "Stärke"
            case .directed: return "gerichtet"
            case .since: return "seit"
            case .until: return "bis"
            case .reportedBy: return "Quelle"
            case .notes: return "Notizen"
            case .confirmation: return "Bestätigung"
            }
        }
    }

    private func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "Meinten Sie \(alternatives(suggestions))? "
    }
}
