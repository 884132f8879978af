/// Words that say what kind of actor or place a name is, not which actor: sharing one is no reason to propose a match.
///
/// "Kita Regenbogen" and "Kita Sonnenschein" share "Kita" and are two actors; "Ev. Kita Regenbogen" and
/// "Kita Regenbogen" share "Regenbogen", which is worth a look. A word of a name is *distinctive* unless
/// - it is in ``GenericWords/words`` (kinds of organisation, places and directions, German and English function
///   words), or a compound ending in one of ``GenericWords/stems`` ("Sportverein", "Familienzentrum",
///   "Nachbarschaftshaus", "Seniorentreff") or a place ("Turmstraße", "Kanalufer", "Lindenhof"),
/// - it is a word of an area (`Gebiet`) or of a network name two sources of the merge share ("Mühlenviertel",
///   "Hochhaussiedlung Nord"),
/// - it is shorter than four letters or holds a digit (house numbers, years),
/// - or more than ``GenericWords/maximumActorsSharing`` different actors of the merge use it: a word that common
///   names a place or a programme, not an actor ("München" in a city-wide network, "Caritas" for fifty services).
///
/// Words are compared as ``ActorName`` reduces them (lower case, ä as ae).
enum GenericWords {
    /// The explicit list.
    static let words: Set<String> = [
        // Kinds of organisation and of places where people meet
        "verein", "vereine", "ev", "foerderverein", "kita", "kitas", "kindergarten", "kindertagesstaette", "krippe",
        "hort", "schule", "grundschule", "oberschule", "gesamtschule", "gemeinschaftsschule", "sekundarschule",
        "realschule", "hauptschule", "gymnasium", "initiative", "buergerinitiative", "gemeinschaft", "zentrum",
        "haus", "gruppe", "treff", "treffpunkt", "cafe", "club", "klub", "kreis", "arbeitskreis", "netzwerk",
        "forum", "projekt", "buero", "beratung", "beratungsstelle", "dienst", "amt", "bezirksamt", "stadt",
        "gemeinde", "kirchengemeinde", "kirche", "pfarrei", "moschee", "verband", "rat", "beirat", "team",
        "werkstatt", "laden", "markt", "praxis", "stiftung", "einrichtung", "traeger", "angebot", "arbeitsgruppe",
        "arbeitsgemeinschaft", "gremium", "jugend", "senioren", "familie", "familien", "eltern", "kinder", "frauen",
        "nachbarschaft", "sankt", "evangelisch", "evangelische", "katholisch", "katholische", "kath",
        "gmbh", "ggmbh",
        "association", "centre", "center", "group", "school", "house", "project", "office", "network", "society",
        "community", "committee", "council", "church", "services", "service",
        // Places and directions
        "berlin", "hamburg", "muenchen", "koeln", "frankfurt", "stuttgart", "duesseldorf", "leipzig", "dresden",
        "bremen", "hannover", "nuernberg", "dortmund", "essen", "nord", "sued", "ost", "west", "mitte", "zentral",
        "innenstadt", "stadtteil", "quartier", "quartiers", "kiez", "viertel", "siedlung", "platz", "strasse",
        "weg", "allee", "ufer", "north", "south", "east", "central",
        // Function words
        "der", "die", "das", "dem", "den", "des", "und", "fuer", "mit", "von", "vom", "zum", "zur", "bei", "auf",
        "aus", "the", "and", "for",
    ]

    /// Endings that make a compound a kind of actor ("Sportverein", "Familienzentrum") or a place ("Turmstraße",
    /// "Kanalufer", "Lindenhof", "Mühlenviertel": two actors at one place are still two).
    static let stems: [String] = [
        "verein", "zentrum", "haus", "schule", "gruppe", "treff", "initiative", "gemeinschaft", "kreis", "verband",
        "netzwerk", "beirat", "buero", "werkstatt", "beratung", "dienst", "projekt", "club", "gemeinde", "stelle",
        "strasse", "weg", "platz", "allee", "ufer", "gasse", "damm", "chaussee", "hof", "viertel", "siedlung", "kiez",
        "quartier",
    ]

    /// A word more than this many different actors use is not distinctive.
    static let maximumActorsSharing = 8

    /// Whether `word` (as ``ActorName`` writes it) can tell one actor from another, before counting how many use it.
    static func mayBeDistinctive(_ word: String) -> Bool {
        guard word.unicodeScalars.count >= 4, !word.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
              !words.contains(word) else { return false }
        return !stems.contains { word.hasSuffix($0) }
    }

    /// The words of areas and network names in a merge, which name places rather than actors.
    static func placeWords(areas: [String], networkNames: [String]) -> Set<String> {
        var result = Set<String>()
        for text in areas + networkNames {
            for word in ActorName.words(of: text) { result.insert(word) }
        }
        return result
    }
}
