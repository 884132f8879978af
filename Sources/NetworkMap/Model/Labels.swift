extension ActorType {
    /// The label users read: "Verein" / "Association"; custom types use their labels from `network.yaml`.
    public func label(_ language: Language, custom: [CustomStyle] = []) -> String {
        if let style = custom.first(where: { $0.id == rawValue }) {
            return (language == .de ? style.labelDE ?? style.labelEN : style.labelEN ?? style.labelDE) ?? rawValue
        }
        switch (self, language) {
        case (.resident, .de): return "Bewohner:in"
        case (.resident, .en): return "Resident"
        case (.residentsGroup, .de): return "Bewohnergruppe"
        case (.residentsGroup, .en): return "Residents' group"
        case (.association, .de): return "Verein"
        case (.association, .en): return "Association"
        case (.business, .de): return "Unternehmen"
        case (.business, .en): return "Business"
        case (.institution, .de): return "Institution"
        case (.institution, .en): return "Institution"
        case (.body, .de): return "Gremium"
        case (.body, .en): return "Body"
        default: return rawValue
        }
    }

    /// Plural label for legends and tables: "Vereine" / "Associations".
    public func pluralLabel(_ language: Language, custom: [CustomStyle] = []) -> String {
        if custom.contains(where: { $0.id == rawValue }) { return label(language, custom: custom) }
        switch (self, language) {
        case (.resident, .de): return "Bewohner:innen"
        case (.resident, .en): return "Residents"
        case (.residentsGroup, .de): return "Bewohnergruppen"
        case (.residentsGroup, .en): return "Residents' groups"
        case (.association, .de): return "Vereine"
        case (.association, .en): return "Associations"
        case (.business, .de): return "Unternehmen"
        case (.business, .en): return "Businesses"
        case (.institution, .de): return "Institutionen"
        case (.institution, .en): return "Institutions"
        case (.body, .de): return "Gremien"
        case (.body, .en): return "Bodies"
        default: return rawValue
        }
    }
}

extension TieKind {
    /// The label users read: "Kooperation" / "Cooperation"; custom kinds use their labels from `network.yaml`.
    public func label(_ language: Language, custom: [CustomStyle] = []) -> String {
        if let style = custom.first(where: { $0.id == rawValue }) {
            return (language == .de ? style.labelDE ?? style.labelEN : style.labelEN ?? style.labelDE) ?? rawValue
        }
        switch (self, language) {
        case (.cooperation, .de): return "Kooperation"
        case (.cooperation, .en): return "Cooperation"
        case (.information, .de): return "Informationsaustausch"
        case (.information, .en): return "Information"
        case (.funding, .de): return "Förderung"
        case (.funding, .en): return "Funding"
        case (.membership, .de): return "Mitgliedschaft"
        case (.membership, .en): return "Membership"
        case (.conflict, .de): return "Konflikt"
        case (.conflict, .en): return "Conflict"
        default: return rawValue
        }
    }
}
