import NetworkMap

/// English files hold the loader's identifiers (`residents_group`, `one-sided`), which every language's loader reads.
extension English {
    public func fileWord(_ type: ActorType) -> String { type.rawValue }
    public func fileWord(_ kind: TieKind) -> String { kind.rawValue }
    public func fileWord(_ attitude: Attitude) -> String { attitude.rawValue }
    public func fileWord(_ flag: Bool) -> String { flag ? "yes" : "no" }
    public func fileWord(_ confirmation: Confirmation) -> String { confirmation.rawValue }
    public var aliasHeaders: [String] { ["alias", "actor"] }
}
