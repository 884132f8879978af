import NetworkMap

extension German {
    public func fileWord(_ type: ActorType) -> String { label(type, plural: false, custom: []) }
    public func fileWord(_ kind: TieKind) -> String { label(kind, custom: []) }

    public func fileWord(_ attitude: Attitude) -> String {
        switch attitude {
        case .supportive: return "unterstützend"
        case .neutral: return "neutral"
        case .opposed: return "ablehnend"
        }
    }

    public func fileWord(_ flag: Bool) -> String { flag ? "ja" : "nein" }

    public func fileWord(_ confirmation: Confirmation) -> String {
        switch confirmation {
        case .confirmed: return "bestätigt"
        case .oneSided: return "einseitig"
        case .unverifiable: return "nicht prüfbar"
        }
    }

    public var aliasHeaders: [String] { ["Alias", "Akteur"] }
}
