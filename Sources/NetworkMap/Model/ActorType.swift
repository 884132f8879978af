/// The kind of an actor: a resident, a group, an association, a business, an institution, a body, or a custom type.
///
/// Built-in types have stable English identifiers (`residents_group`) used in files and JSON;
/// German and English labels from the data are mapped onto them by ``ActorType/init(parsing:)``.
public struct ActorType: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let resident = ActorType(rawValue: "resident")
    public static let residentsGroup = ActorType(rawValue: "residents_group")
    public static let association = ActorType(rawValue: "association")
    public static let business = ActorType(rawValue: "business")
    public static let institution = ActorType(rawValue: "institution")
    public static let body = ActorType(rawValue: "body")

    /// The built-in types in the order outputs list them.
    public static let builtIn: [ActorType] = [.resident, .residentsGroup, .association, .business, .institution, .body]

    public var isBuiltIn: Bool { Self.builtIn.contains(self) }
    public var description: String { rawValue }

    /// Orders built-in types first, in ``builtIn`` order, then custom types by identifier.
    public static func < (lhs: ActorType, rhs: ActorType) -> Bool {
        let l = builtIn.firstIndex(of: lhs) ?? builtIn.count
        let r = builtIn.firstIndex(of: rhs) ?? builtIn.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    /// Words users write for the built-in types, in English and German, normalised by ``Normalize/key(_:)``.
    static let aliases: [String: ActorType] = [
        "resident": .resident, "residents": .resident, "person": .resident, "bewohner": .resident,
        "bewohner:in": .resident, "bewohnerin": .resident, "bewohner*in": .resident, "bewohner_in": .resident,
        "anwohner": .resident, "anwohner:in": .resident, "privatperson": .resident,
        "residents_group": .residentsGroup, "residents group": .residentsGroup, "residentsgroup": .residentsGroup,
        "resident group": .residentsGroup, "group": .residentsGroup, "bewohnergruppe": .residentsGroup,
        "initiative": .residentsGroup, "bürgerinitiative": .residentsGroup, "gruppe": .residentsGroup,
        "association": .association, "verein": .association, "club": .association,
        "business": .business, "company": .business, "unternehmen": .business, "gewerbe": .business,
        "betrieb": .business, "firma": .business,
        "institution": .institution, "einrichtung": .institution, "behörde": .institution,
        "body": .body, "committee": .body, "gremium": .body, "ausschuss": .body, "arbeitskreis": .body,
    ]

    /// The built-in type's names as spreadsheets write them, German and English ("Verein", "Association").
    ///
    /// What "did you mean" proposes for a misspelt type. Empty for custom types.
    public var spellings: [String] { Self.spellings[self] ?? [] }

    static let spellings: [ActorType: [String]] = [
        .resident: ["Bewohner:in", "Resident"], .residentsGroup: ["Bewohnergruppe", "Residents' group"],
        .association: ["Verein", "Association"], .business: ["Unternehmen", "Business"],
        .institution: ["Institution", "Institution"], .body: ["Gremium", "Body"],
    ]

    /// Plurals, which the labels of outputs and the lists users copy from them use ("Vereine", "Residents' groups").
    static let plurals: [String: ActorType] = [
        "bewohner:innen": .resident, "bewohnerinnen": .resident, "bewohner*innen": .resident, "anwohner:innen": .resident,
        "privatpersonen": .resident, "persons": .resident, "people": .resident,
        "bewohnergruppen": .residentsGroup, "residents groups": .residentsGroup, "resident groups": .residentsGroup,
        "groups": .residentsGroup, "gruppen": .residentsGroup, "initiativen": .residentsGroup,
        "bürgerinitiativen": .residentsGroup,
        "vereine": .association, "associations": .association, "clubs": .association,
        "businesses": .business, "companies": .business, "betriebe": .business, "firmen": .business,
        "institutions": .institution, "institutionen": .institution, "einrichtungen": .institution, "behörden": .institution,
        "bodies": .body, "committees": .body, "gremien": .body, "ausschüsse": .body, "arbeitskreise": .body,
    ]

    /// Maps a cell such as "Verein", "Bewohner:in" or "residents_group" to a built-in type; `nil` when it is none of them.
    ///
    /// Singular or plural, with or without apostrophes ("Residents' group", "residents group", "Vereine").
    public init?(parsing text: String) {
        let key = Normalize.key(text)
        let loose = Normalize.withoutApostrophes(key)
        guard let type = Self.aliases[key] ?? Self.aliases[loose] ?? Self.plurals[loose] else { return nil }
        self = type
    }

    /// The type a user's word names: a built-in one by any of its names, else one of `custom` (from
    /// `network.yaml`) by its id or either label, all compared as ``Normalize/key(_:)`` does.
    ///
    /// The one lookup for type cells of spreadsheets and GraphML/GEXF files and for `--type`.
    public init?(named text: String, custom: [CustomStyle]) {
        if let type = ActorType(parsing: text) {
            self = type
        } else if let style = CustomStyle.named(text, in: custom) {
            self.init(rawValue: style.id)
        } else {
            return nil
        }
    }
}

/// The kind of a tie: cooperation, information, funding, membership, conflict, or a custom kind.
public struct TieKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let cooperation = TieKind(rawValue: "cooperation")
    public static let information = TieKind(rawValue: "information")
    public static let funding = TieKind(rawValue: "funding")
    public static let membership = TieKind(rawValue: "membership")
    public static let conflict = TieKind(rawValue: "conflict")

    public static let builtIn: [TieKind] = [.cooperation, .information, .funding, .membership, .conflict]

    public var isBuiltIn: Bool { Self.builtIn.contains(self) }
    public var description: String { rawValue }

    /// Funding flows from funder to funded; the other built-in kinds are undirected unless the data says otherwise.
    public var isDirectedByDefault: Bool { self == .funding }

    public static func < (lhs: TieKind, rhs: TieKind) -> Bool {
        let l = builtIn.firstIndex(of: lhs) ?? builtIn.count
        let r = builtIn.firstIndex(of: rhs) ?? builtIn.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    static let aliases: [String: TieKind] = [
        "cooperation": .cooperation, "collaboration": .cooperation, "kooperation": .cooperation,
        "zusammenarbeit": .cooperation,
        "information": .information, "info": .information, "informationsaustausch": .information,
        "austausch": .information, "kontakt": .information, "contact": .information,
        "funding": .funding, "förderung": .funding, "finanzierung": .funding, "geld": .funding,
        "membership": .membership, "member": .membership, "mitgliedschaft": .membership, "mitglied": .membership,
        "conflict": .conflict, "konflikt": .conflict, "streit": .conflict,
    ]

    /// The built-in kind's names as spreadsheets write them, German and English ("Kooperation", "Cooperation").
    ///
    /// What "did you mean" proposes for a misspelt kind. Empty for custom kinds.
    public var spellings: [String] { Self.spellings[self] ?? [] }

    static let spellings: [TieKind: [String]] = [
        .cooperation: ["Kooperation", "Cooperation"], .information: ["Informationsaustausch", "Information"],
        .funding: ["Förderung", "Funding"], .membership: ["Mitgliedschaft", "Membership"],
        .conflict: ["Konflikt", "Conflict"],
    ]

    /// Plurals of the kinds ("Kooperationen", "Conflicts").
    static let plurals: [String: TieKind] = [
        "cooperations": .cooperation, "kooperationen": .cooperation, "collaborations": .cooperation,
        "informationen": .information, "kontakte": .information, "contacts": .information,
        "förderungen": .funding, "fundings": .funding, "finanzierungen": .funding,
        "memberships": .membership, "mitgliedschaften": .membership, "members": .membership,
        "conflicts": .conflict, "konflikte": .conflict,
    ]

    /// Maps "Kooperation", "Förderung", "membership" and the like to a built-in kind; `nil` when it is none of them.
    public init?(parsing text: String) {
        let key = Normalize.key(text)
        let loose = Normalize.withoutApostrophes(key)
        guard let kind = Self.aliases[key] ?? Self.aliases[loose] ?? Self.plurals[loose] else { return nil }
        self = kind
    }

    /// The kind a user's word names: a built-in one by any of its names, else one of `custom` by its id or
    /// either label (see ``ActorType/init(named:custom:)``).
    public init?(named text: String, custom: [CustomStyle]) {
        if let kind = TieKind(parsing: text) {
            self = kind
        } else if let style = CustomStyle.named(text, in: custom) {
            self.init(rawValue: style.id)
        } else {
            return nil
        }
    }
}

extension CustomStyle {
    /// The custom type or kind `text` names by its id, its German or its English label (compared as
    /// ``Normalize/key(_:)`` does), the first declared one if several do.
    static func named(_ text: String, in styles: [CustomStyle]) -> CustomStyle? {
        let key = Normalize.key(text)
        return styles.first { style in [style.id, style.labelDE, style.labelEN].contains { $0.map(Normalize.key) == key } }
    }
}

/// An actor's stance towards the quarter's work (stakeholder analysis).
public enum Attitude: String, Hashable, Sendable, CaseIterable {
    case supportive, neutral, opposed

    static let aliases: [String: Attitude] = [
        "supportive": .supportive, "support": .supportive, "positive": .supportive, "pro": .supportive,
        "unterstützend": .supportive, "positiv": .supportive, "befürwortend": .supportive,
        "neutral": .neutral, "indifferent": .neutral, "unentschieden": .neutral,
        "opposed": .opposed, "negative": .opposed, "against": .opposed, "ablehnend": .opposed,
        "negativ": .opposed, "kritisch": .opposed, "dagegen": .opposed,
    ]

    public init?(parsing text: String) {
        guard let value = Self.aliases[Normalize.key(text)] else { return nil }
        self = value
    }
}
