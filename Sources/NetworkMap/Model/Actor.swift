/// One actor of the quarter: a resident, a group, an association, a business, an institution or a body.
public struct Actor: Hashable, Sendable, Identifiable {
    /// Stable identifier: from the `id` column, or derived from the name (see ``Actor/deriveID(from:)``).
    public var id: String
    /// The name as the user wrote it.
    public var name: String
    public var type: ActorType
    /// Sub-kind practitioners name (welfare provider, school, housing company, …), from a `category` column.
    public var category: String?
    public var themes: [String]
    public var area: String?
    /// 0-10.
    public var influence: Double?
    /// 0-10.
    public var interest: Double?
    public var attitude: Attitude?
    /// A natural person, pseudonymised in every output unless the user asks for names.
    public var isPrivate: Bool
    /// Part of the quarter (`local`/`lokal` column: yes/no); `nil` when the column does not say (see
    /// ``Network/locality(of:)``, which also reads `outside_areas` from `network.yaml`).
    public var isLocal: Bool?
    public var contact: String?
    public var notes: String?
    /// Columns the loader did not know, kept in the order of the file: (header as written, value).
    public var attributes: [Attribute]
    /// The row this actor came from, if it came from a file.
    public var location: SourceLocation?

    public init(
        id: String, name: String, type: ActorType, category: String? = nil, themes: [String] = [],
        area: String? = nil, influence: Double? = nil, interest: Double? = nil, attitude: Attitude? = nil,
        isPrivate: Bool? = nil, isLocal: Bool? = nil, contact: String? = nil, notes: String? = nil,
        attributes: [Attribute] = [], location: SourceLocation? = nil
    ) {
        self.id = id; self.name = name; self.type = type; self.category = category; self.themes = themes
        self.area = area; self.influence = influence; self.interest = interest; self.attitude = attitude
        self.isPrivate = isPrivate ?? (type == .resident)
        self.isLocal = isLocal
        self.contact = contact; self.notes = notes; self.attributes = attributes; self.location = location
    }

    /// An identifier made from a name: lower case letters and digits (umlauts transliterated), runs of anything else as `-`.
    ///
    /// "Kita Sonnenschein" gives `kita-sonnenschein`, "Bürgerverein Süd e.V." gives `buergerverein-sued-e-v`.
    public static func deriveID(from name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.lowercased() {
            let mapped: String
            switch ch {
            case "ä": mapped = "ae"
            case "ö": mapped = "oe"
            case "ü": mapped = "ue"
            case "ß": mapped = "ss"
            default: mapped = (ch.isLetter || ch.isNumber) ? String(ch) : ""
            }
            if mapped.isEmpty {
                dash = !out.isEmpty
            } else {
                if dash { out.append("-"); dash = false }
                out.append(mapped)
            }
        }
        return out.isEmpty ? "actor" : out
    }
}

/// A column the loader did not know, kept with the header as the user wrote it.
public struct Attribute: Hashable, Sendable {
    public var name: String
    public var value: String
    public init(name: String, value: String) { self.name = name; self.value = value }
}
