/// The columns of `actors.csv` the loader understands.
public enum ActorColumn: String, CaseIterable, Sendable {
    case id, name, type, category, themes, area, influence, interest, attitude
    case isPrivate = "private"
    case isLocal = "local"
    case contact, notes

    /// The columns a writer puts out for `actors`: every one, but `local` only where an actor says it (like
    /// confirmations for ties), so files of networks without it keep their columns.
    static func written(for actors: [Actor]) -> [ActorColumn] {
        let hasLocality = actors.contains { $0.isLocal != nil }
        return allCases.filter { $0 != .isLocal || hasLocality }
    }

    /// Header names users write, English and German, as ``headerKey(_:)`` normalises them.
    ///
    /// Beyond DESIGN.md's list: "Akteur", "Bezeichnung", "Organisation" for the name; "Art" for the type
    /// (in an actors file "Art" can only mean the kind of actor). "Sektor" is not taken as the type: sectors
    /// (state, market, civil society) are a coarser grouping whose values would not parse as types, so such a
    /// column is better kept as an extra column.
    ///
    /// The tools people come from: "Label" (Kumu, Gephi) and "Vertex" (NodeXL) are the name, "Description" (Kumu,
    /// Onodo) the notes, and Kumu's "Tags" (`|`-separated, as our themes) the themes.
    static let aliases: [String: ActorColumn] = {
        let table: [ActorColumn: [String]] = [
            .id: ["id", "kennung", "kürzel", "kuerzel", "key", "actorid", "akteurid"],
            .name: ["name", "akteur", "akteurin", "akteurname", "akteursname", "actor", "actorname", "bezeichnung",
                    "organisation", "organization", "einrichtung", "label", "vertex"],
            .type: ["type", "typ", "art", "actortype", "akteurstyp", "akteurtyp", "akteursart", "akteurart"],
            .category: ["category", "kategorie", "subtype", "untertyp", "unterart"],
            .themes: ["themes", "themen", "theme", "thema", "topics", "topic", "handlungsfelder", "handlungsfeld",
                      "tags", "tag", "schlagworte", "schlagwörter"],
            .area: ["area", "gebiet", "teilgebiet", "subarea", "teilraum", "kiez"],
            .influence: ["influence", "einfluss", "einfluß", "power", "macht"],
            .interest: ["interest", "interesse"],
            .attitude: ["attitude", "haltung", "einstellung", "stance", "position"],
            .isPrivate: ["private", "privatperson", "privat", "isprivate", "naturalperson"],
            .isLocal: ["local", "lokal", "imquartier", "inquarter", "inthequarter", "islocal", "ortsansaessig",
                       "ortsansässig"],
            .contact: ["contact", "kontakt", "ansprechpartner", "ansprechpartnerin", "ansprechperson"],
            .notes: ["notes", "notizen", "note", "notiz", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen",
                     "kommentar", "kommentare", "comment", "comments", "remarks", "description", "beschreibung"],
        ]
        var result: [String: ActorColumn] = [:]
        for (column, names) in table { for name in names { result[name] = column } }
        return result
    }()

    /// The column a header names, or `nil` for a column the loader keeps as an attribute.
    public init?(header: String) {
        guard let column = Self.aliases[headerKey(header)] else { return nil }
        self = column
    }

}

/// The columns of `ties.csv` the loader understands.
public enum TieColumn: String, CaseIterable, Sendable {
    case source, target, kind, strength, directed, since, until
    case reportedBy = "reported_by"
    case notes
    /// Written by a merge of interviews (see ``Confirmation``).
    case confirmation

    /// Header names users write, English and German, as ``headerKey(_:)`` normalises them.
    ///
    /// "Quelle" is who reported the tie (as DESIGN.md has it), not the source actor, which is "Von".
    ///
    /// The tools people come from: NodeXL's "Vertex 1"/"Vertex 2" are source and target, its "Edge Weight" and
    /// Gephi's "Weight" the strength (on their own scales, not 1-3), Kumu's "Direction" (directed, undirected,
    /// mutual) the directedness. "Type" stays the tie kind as in Kumu and Onodo; in a Gephi edge table it holds
    /// Directed/Undirected instead, which the loader must tell by the values.
    static let aliases: [String: TieColumn] = {
        let table: [TieColumn: [String]] = [
            .source: ["source", "von", "from", "akteur1", "akteura", "vonakteur", "quellakteur", "vertex1"],
            .target: ["target", "an", "to", "zu", "nach", "akteur2", "akteurb", "anakteur", "zielakteur", "ziel",
                      "vertex2"],
            .kind: ["kind", "art", "type", "typ", "beziehung", "artderbeziehung", "beziehungsart", "beziehungstyp",
                    "relation", "relationship", "tiekind", "tietype"],
            .strength: ["strength", "stärke", "staerke", "starke", "intensität", "intensitaet", "weight",
                        "gewicht", "beziehungsstärke", "beziehungsstaerke", "edgeweight"],
            .directed: ["directed", "gerichtet", "isdirected", "direction", "richtung"],
            .since: ["since", "seit", "start", "beginn", "startdatum", "ab"],
            .until: ["until", "bis", "end", "ende", "enddatum"],
            .reportedBy: ["reportedby", "quelle", "reporter", "gemeldetvon", "erhobenvon", "genanntvon"],
            .confirmation: ["confirmation", "bestätigung", "bestaetigung"],
            .notes: ["notes", "notizen", "note", "notiz", "bemerkung", "bemerkungen", "anmerkung", "anmerkungen",
                     "kommentar", "kommentare", "comment", "comments", "remarks", "description", "beschreibung"],
        ]
        var result: [String: TieColumn] = [:]
        for (column, names) in table { for name in names { result[name] = column } }
        return result
    }()

    /// The column a header names, or `nil` for a column the loader keeps as an attribute.
    public init?(header: String) {
        guard let column = Self.aliases[headerKey(header)] else { return nil }
        self = column
    }

}

/// A header reduced to lower-case letters and digits, with any "(…)" remark dropped:
/// "Reported_By", "reported by" and "Einfluss (0-10)" give `reportedby` and `einfluss`.
func headerKey(_ header: String) -> String {
    var out = ""
    var depth = 0
    for ch in header.lowercased() {
        if ch == "(" || ch == "[" { depth += 1; continue }
        if ch == ")" || ch == "]" { depth = max(0, depth - 1); continue }
        if depth == 0 && (ch.isLetter || ch.isNumber) { out.append(ch) }
    }
    return out
}
