/// The messages of reading GraphML and GEXF files, in English and German, in one place (as ``LoadIssue``s,
/// like the loader's in `LoadMessages.swift`, whose helpers they use).
extension LoadIssue {
    static func notWellFormed(_ file: String, line: Int, detail: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The file is not well-formed XML here (\(detail)).",
                  de: "Die Datei ist hier kein wohlgeformtes XML (\(detail)).",
                  hintEN: "The file is damaged or not a GraphML/GEXF file; export it again from the tool that wrote it.",
                  hintDE: "Die Datei ist beschädigt oder keine GraphML-/GEXF-Datei; exportieren Sie sie noch einmal "
                      + "aus dem Programm, das sie geschrieben hat.")
    }

    static func nestedTooDeeply(_ file: String, line: Int, limit: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The elements here are nested more than \(limit) levels deep.",
                  de: "Die Elemente sind hier mehr als \(limit) Ebenen tief verschachtelt.",
                  hintEN: "GraphML and GEXF need only a few levels; the file is damaged or not a network. "
                      + "Export it again from the tool that wrote it.",
                  hintDE: "GraphML und GEXF brauchen nur wenige Ebenen; die Datei ist beschädigt oder kein Netzwerk. "
                      + "Exportieren Sie sie noch einmal aus dem Programm, das sie geschrieben hat.")
    }

    static func xmlNotUTF8(_ file: String, line: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The file is meant to be UTF-8 but is not, from here on.",
                  de: "Die Datei sollte UTF-8 sein, ist es aber ab hier nicht.",
                  hintEN: "The file is damaged, or was saved in another encoding without saying so in its first line; "
                      + "export it again from the tool that wrote it.",
                  hintDE: "Die Datei ist beschädigt oder wurde in einer anderen Kodierung gespeichert, ohne das in der ersten "
                      + "Zeile anzugeben; exportieren Sie sie noch einmal aus dem Programm, das sie geschrieben hat.")
    }

    static func wrongRoot(_ file: String, found: String, expected: String) -> LoadIssue {
        let found = found.excerpt()
        return LoadIssue(.error, at: SourceLocation(file: file, line: 1),
                  en: "The file's outermost element is <\(found)>, not <\(expected)>.",
                  de: "Das äußerste Element der Datei ist <\(found)>, nicht <\(expected)>.",
                  hintEN: "Check that the file extension matches its content (.graphml for GraphML, .gexf for GEXF).",
                  hintDE: "Prüfen Sie, ob die Dateiendung zum Inhalt passt (.graphml für GraphML, .gexf für GEXF).")
    }

    static func noGraph(_ file: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: 1),
                  en: "The file holds no <graph> element.",
                  de: "Die Datei enthält kein <graph>-Element.",
                  hintEN: "Export the network again from the tool that wrote the file.",
                  hintDE: "Exportieren Sie das Netzwerk noch einmal aus dem Programm, das die Datei geschrieben hat.")
    }

    static func missingXMLAttribute(_ file: String, line: Int, element: String, attribute: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The <\(element)> here has no \(attribute).",
                  de: "Dem <\(element)> hier fehlt das Attribut \(attribute).",
                  hintEN: "Every <\(element)> needs a \(attribute).",
                  hintDE: "Jedes <\(element)> braucht das Attribut \(attribute).")
    }

    static func duplicateNode(_ file: String, line: Int, id: String, firstLine: Int) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The node id \(q(id, .en)) is already used by the node in line \(firstLine).",
                  de: "Die Knoten-id \(q(id, .de)) hat schon der Knoten in Zeile \(firstLine).",
                  hintEN: "Every node needs its own id.",
                  hintDE: "Jeder Knoten braucht eine eigene id.")
    }

    static func unknownNode(_ file: String, line: Int, id: String, suggestions: [String]) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "The edge here names the node \(q(id, .en)), which the file does not contain.",
                  de: "Die Kante hier nennt den Knoten \(q(id, .de)), den es in der Datei nicht gibt.",
                  hintEN: suggestions.isEmpty ? "Add the node, or correct the edge's source or target."
                      : "Did you mean \(alternatives(suggestions, .en))?",
                  hintDE: suggestions.isEmpty ? "Ergänzen Sie den Knoten, oder korrigieren Sie source oder target der Kante."
                      : "Meinten Sie \(alternatives(suggestions, .de))?")
    }

    static func invalidValue(_ file: String, line: Int, key: String, value: String, expected: Expected) -> LoadIssue {
        invalidSetting(SourceLocation(file: file, line: line, column: key), key: key, value: .text(value), expected: expected)
    }

    /// Types (`ofTies` false) or kinds of tie (`ofTies` true) a file uses that are neither built in nor declared.
    static func undeclaredTypes(_ file: String, types: [String], ofTies: Bool) -> LoadIssue {
        let one = types.count == 1
        let what = ofTies ? "tie kinds" : "actor types"
        let de: String
        switch (ofTies, one) {
        case (false, true): de = "Der Akteurstyp \(quoted(types, .de)) ist nicht vordefiniert; er wird als eigener Akteurstyp übernommen."
        case (false, false): de = "Die Akteurstypen \(quoted(types, .de)) sind nicht vordefiniert; sie werden als eigene Akteurstypen übernommen."
        case (true, true): de = "Die Beziehungsart \(quoted(types, .de)) ist nicht vordefiniert; sie wird als eigene Beziehungsart übernommen."
        case (true, false): de = "Die Beziehungsarten \(quoted(types, .de)) sind nicht vordefiniert; sie werden als eigene Beziehungsarten übernommen."
        }
        return LoadIssue(.warning, at: SourceLocation(file: file, line: 0),
                         en: "The \(what) \(types.map { q($0, .en) }.joined(separator: ", ")) \(one ? "is" : "are") not built in; kept as custom \(what).",
                         de: de,
                         hintEN: "Declare them with labels and colours under actor_types or tie_kinds in network.yaml if you keep working with this network.",
                         hintDE: "Wenn Sie mit diesem Netzwerk weiterarbeiten, tragen Sie sie mit Bezeichnungen und Farben "
                             + "in network.yaml unter actor_types oder tie_kinds ein.")
    }

    static func untypedActors(_ file: String, count: Int) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: 0),
                  en: "\(count == 1 ? "1 node has" : "\(count) nodes have") no actor type; \(count == 1 ? "it is" : "they are") read as type \"unspecified\".",
                  de: count == 1 ? "1 Knoten hat keinen Akteurstyp; er wird als Typ „unspecified“ gelesen."
                      : "\(count) Knoten haben keinen Akteurstyp; sie werden als Typ „unspecified“ gelesen.",
                  hintEN: "Add a node attribute \"type\" (resident, residents_group, association, business, institution or body) for analyses by type.",
                  hintDE: "Ergänzen Sie ein Knotenattribut „type“ (resident, residents_group, association, business, "
                      + "institution oder body), damit nach Typ ausgewertet werden kann.")
    }

    static func strengthClamped(_ file: String, count: Int, line: Int) -> LoadIssue {
        LoadIssue(.warning, at: SourceLocation(file: file, line: line),
                  en: "\(count == 1 ? "1 edge has" : "\(count) edges have") a weight outside 1-3; read as the nearest of 1 (weak) and 3 (strong).",
                  de: "\(count == 1 ? "1 Kante hat ein Gewicht" : "\(count) Kanten haben Gewichte") außerhalb von 1 bis 3; "
                      + "gelesen wird jeweils der nächste der Werte 1 (schwach) und 3 (stark).",
                  hintEN: "network-map's tie strengths are 1 weak, 2 medium, 3 strong; rescale the weights if they mean something else.",
                  hintDE: "In network-map ist die Stärke einer Beziehung 1 schwach, 2 mittel, 3 stark; rechnen Sie die Gewichte um, "
                      + "wenn sie etwas anderes bedeuten.")
    }

    static func selfLoop(_ file: String, line: Int, id: String) -> LoadIssue {
        LoadIssue(.error, at: SourceLocation(file: file, line: line),
                  en: "This edge joins the node \(q(id, .en)) to itself.",
                  de: "Diese Kante verbindet den Knoten \(q(id, .de)) mit sich selbst.",
                  hintEN: "A tie joins two different actors; remove the edge.",
                  hintDE: "Eine Beziehung verbindet zwei verschiedene Akteure; löschen Sie die Kante.")
    }
}
