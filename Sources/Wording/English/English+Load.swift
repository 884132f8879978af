import NetworkMap

extension English {
    public func text(_ problem: LoadProblem) -> IssueText {
        let q = quoted
        switch problem {
        // MARK: Files
        case let .pathMissing(path):
            return IssueText("There is no file or folder \(quotedPath(path)).",
                             hint: "Check the spelling of the path, or create a new network with `network-map init \(shown(path))`.")
        case let .unreadable(file, problem):
            return IssueText("\(q(file)) cannot be read. \(reason(problem))",
                             hint: "Check that it exists and that you are allowed to open it.")
        case let .notAFile(file, kind):
            return IssueText("\(q(file)) is \(self.kind(kind)), not a file.",
                             hint: kind == .folder
                                 ? "A network folder holds its tables as files; rename the folder of that name or move it away."
                                 : "Save the data as a file and give that file or its folder: reading this might never end.")
        case let .tooLarge(file, limit):
            return IssueText("The file \(q(file)) is larger than \(limit >> 20) MB, more than any network needs.",
                             hint: "Check that it is the right file: a network of 150,000 actors takes some 30 MB.")
        case let .noActorsFile(folder):
            return IssueText("The folder \(q(folder)) has no actors.csv.",
                             hint: "A network folder holds actors.csv (one row per actor), ties.csv and optionally network.yaml. "
                                 + "`network-map init` writes templates.")
        case let .notANetwork(path):
            return IssueText("\(quotedPath(path)) is neither a network folder nor a network.yaml file.",
                             hint: "Give the folder that holds actors.csv and ties.csv.")
        case let .severalFiles(names, using):
            return IssueText("The folder holds several files for the same purpose: \(quotedList(names)). Using \(q(using)).",
                             hint: "Remove or rename the others to avoid confusion.")
        case .unterminatedQuote:
            return IssueText("A quotation mark (\") opens a cell here but is never closed, so the rest of the file cannot be read.",
                             hint: "Add the closing quotation mark, or write a quotation mark inside a cell as two (\"\").")
        case let .aliases(issue):
            switch issue {
            case let .unreadable(reason):
                return IssueText("The aliases file cannot be read (\(reason)).", hint: "Check that the file exists and that you may open it.")
            case .unterminatedQuote:
                return text(.unterminatedQuote)
            case let .missingColumns(_, present):
                return IssueText("The aliases file needs a column alias and a column actor; it has \(present.isEmpty ? "no header" : quotedList(present)).",
                                 hint: "Write alias,actor (or Alias;Akteur) in the first line: the spelling a source uses, then the actor it is.")
            case let .emptyCell(_, column):
                return IssueText("The cell in column \(q(column)) is empty.", hint: "Fill in both cells of the row, or delete the row.")
            case let .conflictingActors(alias, lines):
                return IssueText("\(q(alias)) is given two different actors (lines \(lines.map(String.init).joined(separator: " and "))).",
                                 hint: "One spelling can only be one actor: keep one of the rows.")
            }

        // MARK: network.yaml
        case let .yamlSyntax(detail):
            return IssueText("This line is not valid YAML (\(ShownText.shown(detail, limit: 300))).",
                             hint: "Check the indentation and that every key is followed by a colon and a space.")
        case .yamlNotMapping:
            return IssueText("The file does not hold settings of the form `key: value`.",
                             hint: "Start from the network.yaml that `network-map init` writes.")
        case let .unknownSettings(keys, known):
            let one = keys.count == 1
            return IssueText("Unknown \(one ? "setting" : "settings") \(quotedList(keys)) \(one ? "is" : "are") ignored.",
                             hint: "Known settings: \(known.joined(separator: ", ")).")
        case let .invalidValue(key, value, expected):
            return IssueText("\(q(shown(value))) is not a valid value for \(key).", hint: "Expected \(self.expected(expected)).")
        case let .inlineAndFile(key, settingsFile, table):
            return IssueText("The \(key) are listed both here and in \(table).",
                             hint: "Keep them in one place: remove the list from \(settingsFile) or the file \(table).")

        // MARK: Columns
        case let .missingColumns(missing, present):
            let one = missing.count == 1
            let there = present.isEmpty ? "no column headers" : "the columns \(quotedList(present))"
            let ties = missing.contains { if case .ties = $0 { return true } else { return false } }
            return IssueText("The \(one ? "column" : "columns") \(quotedList(missing.map(header))) \(one ? "is" : "are") missing; the file has \(there).",
                             hint: "The first row must name the columns, in English or German (for example "
                                 + (ties ? "source, target, kind or Von, An, Art" : "name, type or Name, Typ") + ").")
        case let .unknownColumns(headers):
            let one = headers.count == 1
            return IssueText("The \(one ? "column" : "columns") \(quotedList(headers)) \(one ? "is" : "are") not known; kept as extra information.",
                             hint: "Nothing to do if that is intended; otherwise check the spelling of the header.")
        case let .duplicateColumn(earlier):
            return IssueText("This column means the same as the column \(q(earlier)); the first one is used, this one is kept as extra information.",
                             hint: "Rename or remove one of them.")
        case let .extraValues(lines):
            let rows = lines.count == 1 ? "This row has" : "\(lines.count) rows (lines \(list(lines.map(String.init)))) have"
            return IssueText("\(rows) more values than the first row has column headers; the extra values are ignored.",
                             hint: "Give the column a header, or check for a separator (, or ;) inside a cell that should be quoted.")

        // MARK: Actors
        case .noActors:
            return IssueText("The network has no actors.",
                             hint: "Add one row per actor below the header row, with at least a name and a type.")
        case .emptyCell(.name): return IssueText("The name is empty.", hint: "Every row needs a name.")
        case .emptyCell(.type): return IssueText("The type is empty.", hint: "Every row needs a type.")
        case .emptyCell(.source): return IssueText("The source is empty.", hint: "Every row needs a source.")
        case .emptyCell(.target): return IssueText("The target is empty.", hint: "Every row needs a target.")
        case let .unknownType(value, suggestions, declared):
            let valid = ActorType.builtIn.map(\.rawValue) + declared.map(\.id)
            return IssueText("\(q(value)) is not a known actor type.",
                             hint: didYouMean(suggestions) + "Use one of: \(valid.joined(separator: ", ")); "
                                 + "or declare it under actor_types in network.yaml.")
        case let .unknownKind(value, suggestions, declared):
            let valid = TieKind.builtIn.map(\.rawValue) + declared.map(\.id)
            return IssueText("\(q(value)) is not a known kind of tie.",
                             hint: didYouMean(suggestions) + "Use one of: \(valid.joined(separator: ", ")); "
                                 + "or declare it under tie_kinds in network.yaml.")
        case let .duplicateID(id, firstLine):
            return IssueText("The id \(q(id)) is already used by the actor in line \(firstLine).",
                             hint: "Every actor needs its own id; change one of them (or leave the id empty to derive it from the name).")
        case let .invalidNumber(value, low, high):
            return IssueText("\(q(value)) is not a number from \(low) to \(high).",
                             hint: "Write a number from \(low) to \(high) (a decimal comma like 2,5 is fine), or leave the cell empty.")
        case let .invalidBool(value):
            return IssueText("\(q(value)) is neither yes nor no.", hint: "Write yes or no (ja or nein, x for yes), or leave the cell empty.")
        case let .invalidAttitude(value):
            return IssueText("\(q(value)) is not a known attitude.",
                             hint: "Write supportive, neutral or opposed (unterstützend, neutral, ablehnend), or leave the cell empty.")

        // MARK: Ties
        case let .unknownActor(value, suggestions):
            return IssueText("\(q(value)) names no actor.",
                             hint: suggestions.isEmpty ? "Write the name or id exactly as in the actors file, or add the actor there."
                                 : "Did you mean \(alternatives(suggestions.map(\.name)))?")
        case let .ambiguousActor(value, lines):
            return IssueText("\(q(value)) could mean several actors with this name (lines \(list(lines.map(String.init))) of the actors file).",
                             hint: "Give those actors different names, or ids, and use the id here.")
        case let .invalidStrength(value):
            return IssueText("\(q(value)) is not a tie strength.",
                             hint: "Write 1 (weak), 2 (medium) or 3 (strong), or schwach, mittel, stark; empty means 1.")
        case let .invalidConfirmation(value):
            return IssueText("\(q(value)) is not a known confirmation.",
                             hint: "Write confirmed, one-sided or unverifiable (bestätigt, einseitig, nicht prüfbar), or leave the cell empty.")
        case let .invalidDate(value):
            return IssueText("\(q(value)) is not a date.",
                             hint: "Write a date like 2024-03-01, 01.03.2024, 2024-03 or 2024, or leave the cell empty.")
        case let .sinceAfterUntil(since, until):
            return IssueText("The tie ends (\(until)) before it begins (\(since)).", hint: "Check the two dates; perhaps they are swapped.")
        case let .selfTie(actor):
            return IssueText("This is a tie from \(q(actor.name)) to \(q(actor.name)) itself.",
                             hint: "A tie joins two different actors; correct one of the two names or remove the row.")
        case let .duplicateTie(firstLine, source, target):
            return IssueText("The tie between \(q(source.name)) and \(q(target.name)) repeats the one in line \(firstLine); the two are merged (keeping the stronger strength).",
                             hint: "Remove one of the rows, or give them different kinds.")
        case .noTies:
            return IssueText("The network has no ties.",
                             hint: "Add ties.csv with one row per relationship (columns source and target, or Von and An).")
        case let .actorsWithoutTies(actors, total):
            let shown = actors.prefix(5).map { q($0.name) }.joined(separator: ", ")
            return IssueText("\(total == 1 ? "1 actor has" : "\(total) actors have") no ties: \(shown)\(total > 5 ? " and \(total - 5) more" : "").",
                             hint: "Often such actors are missing data rather than isolated; check whether ties are missing.")
        case let .unknownHome(value, suggestions):
            return IssueText("\(q(value)) names no actor, so it cannot be the home (the QM office).",
                             hint: suggestions.isEmpty ? "Write the name or id of an actor from the actors file."
                                 : "Did you mean \(alternatives(suggestions.map(\.name)))?")

        // MARK: GraphML and GEXF
        case let .notWellFormed(fault):
            let why: String
            switch fault {
            case .notXML: why = "it is empty, or not XML from its first character on"
            case .endsEarly: why = "it ends before its elements are closed, or goes on after the last one"
            case .mismatchedTag: why = "an element is closed with another name than it was opened with"
            case .invalidCharacter: why = "it holds a character that XML does not allow"
            case .undeclaredEntity: why = "an entity reference (&name;) names no declared entity"
            case .entityLoop: why = "its entities refer to each other in a loop or expand without end, so it is not read"
            case .badAttribute: why = "an attribute is written wrongly: without quotes, with < in its value, or twice"
            case let .other(code): why = "the XML parser stopped with its error \(code)"
            }
            return IssueText("The file is not well-formed XML here: \(why).",
                             hint: "The file is damaged or not a GraphML/GEXF file; export it again from the tool that wrote it.")
        case let .nestedTooDeeply(limit):
            return IssueText("The elements here are nested more than \(limit) levels deep.",
                             hint: "GraphML and GEXF need only a few levels; the file is damaged or not a network. "
                                 + "Export it again from the tool that wrote it.")
        case .xmlNotUTF8:
            return IssueText("The file is meant to be UTF-8 but is not, from here on.",
                             hint: "The file is damaged, or was saved in another encoding without saying so in its first line; "
                                 + "export it again from the tool that wrote it.")
        case let .wrongRoot(found, expected):
            return IssueText("The file's outermost element is <\(found)>, not <\(expected)>.",
                             hint: "Check that the file extension matches its content (.graphml for GraphML, .gexf for GEXF).")
        case .noGraph:
            return IssueText("The file holds no <graph> element.", hint: "Export the network again from the tool that wrote the file.")
        case let .missingXMLAttribute(element, attribute):
            return IssueText("The <\(element)> here has no \(attribute).", hint: "Every <\(element)> needs a \(attribute).")
        case let .duplicateNode(id, firstLine):
            return IssueText("The node id \(q(id)) is already used by the node in line \(firstLine).", hint: "Every node needs its own id.")
        case let .unknownNode(id, suggestions):
            return IssueText("The edge here names the node \(q(id)), which the file does not contain.",
                             hint: suggestions.isEmpty ? "Add the node, or correct the edge's source or target."
                                 : "Did you mean \(alternatives(suggestions.map(\.id)))?")
        case let .undeclaredTypes(types, ofTies):
            let what = ofTies ? "tie kinds" : "actor types"
            return IssueText("The \(what) \(types.map(q).joined(separator: ", ")) \(types.count == 1 ? "is" : "are") not built in; kept as custom \(what).",
                             hint: "Declare them with labels and colours under actor_types or tie_kinds in network.yaml if you keep working with this network.")
        case let .untypedActors(count):
            return IssueText("\(count == 1 ? "1 node has" : "\(count) nodes have") no actor type; \(count == 1 ? "it is" : "they are") read as type \"unspecified\".",
                             hint: "Add a node attribute \"type\" (resident, residents_group, association, business, institution or body) for analyses by type.")
        case let .strengthClamped(count):
            return IssueText("\(count == 1 ? "1 edge has" : "\(count) edges have") a weight outside 1-3; read as the nearest of 1 (weak) and 3 (strong).",
                             hint: "network-map's tie strengths are 1 weak, 2 medium, 3 strong; rescale the weights if they mean something else.")
        case let .selfLoop(id):
            return IssueText("This edge joins the node \(q(id)) to itself.", hint: "A tie joins two different actors; remove the edge.")
        case let .workbook(error):
            return workbookText(error)
        case let .formulaError(value):
            return IssueText("The cell shows the formula error \(value); it is read as empty.",
                             hint: "Correct the formula, or type the value by hand.")
        case let .uncachedFormulas(count, first):
            return IssueText("\(count == 1 ? "1 cell holds a formula" : "\(count) cells hold formulas") saved without a result "
                                 + "(first \(first)); they are read as empty.",
                             hint: "The program that wrote the file did not calculate them. Open the file in Excel or LibreOffice "
                                 + "and save it once; then the results are in it.")
        case let .rowsBelowTable(rows):
            return IssueText("\(rows.count == 1 ? "1 row stands" : "\(rows.count) rows stand") below the table after a blank row "
                                 + "(\(rows.count == 1 ? "row" : "rows") \(rows.map(String.init).prefix(5).joined(separator: ", "))\(rows.count > 5 ? " …" : "")); "
                                 + (rows.count == 1 ? "it is" : "they are") + " passed over as notes.",
                             hint: "If they belong to the table, delete the blank row above them.")
        case let .noTypeColumn(actors):
            return IssueText("The actors table has no type column; \(actors == 1 ? "the actor is" : "all \(actors) actors are") "
                                 + "read as type \"unspecified\".",
                             hint: "Add a column \"type\" (resident, residents' group, association, business, institution, "
                                 + "body) so that the analysis can go by type.")
        }
    }

    public func shown(_ value: LoadProblem.ShownValue) -> String {
        switch value {
        case .text(let text): return text
        case .list: return "(a list)"
        case .mapping: return "(a mapping)"
        case .noID: return "(no id)"
        }
    }

    public func expected(_ value: LoadProblem.ExpectedValue) -> String {
        switch value {
        case .singleValue: return "a single value"
        case .valueOrList: return "a single value or a list"
        case .language: return "de or en"
        case .trueOrFalse: return "true or false"
        case .attitude: return "supportive, neutral or opposed"
        case .idForEveryEntry: return "an id for every entry"
        case .date(let example): return "a date like \(example)"
        case .number(let low, let high): return "a number from \(low) to \(high)"
        case .styleList: return "a list of entries with id, label_de, label_en, color and shape"
        case .rowList: return "a list with one entry (- name: …) per row"
        case .rowEntry: return "an entry with fields such as name: and type:"
        case .sourceList: return "a list of entries with name: and optionally respondent: and date:"
        }
    }

    public func header(_ column: LoadProblem.TableColumn) -> String { column.englishHeader }

    private func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "Did you mean \(alternatives(suggestions))? "
    }
}
