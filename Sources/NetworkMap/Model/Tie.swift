/// A relationship between two actors, referenced by their index in ``Network/actors``.
public struct Tie: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var kind: TieKind
    /// 1 weak, 2 medium, 3 strong (decimals allowed); weighted measures use distance 1 / strength.
    public var strength: Double
    /// Directed ties point from `source` to `target`; structure measures treat them as links.
    public var isDirected: Bool
    public var since: Day?
    public var until: Day?
    /// Who reported the tie: an interview, a workshop, a partner.
    public var reportedBy: String?
    /// Whether both sides named the tie; set by a merge of interviews, `nil` otherwise.
    public var confirmation: Confirmation?
    public var notes: String?
    public var attributes: [Attribute]
    public var location: SourceLocation?

    public init(
        source: Int, target: Int, kind: TieKind = .cooperation, strength: Double = 1, isDirected: Bool? = nil,
        since: Day? = nil, until: Day? = nil, reportedBy: String? = nil, notes: String? = nil,
        attributes: [Attribute] = [], location: SourceLocation? = nil, confirmation: Confirmation? = nil
    ) {
        self.source = source; self.target = target; self.kind = kind; self.strength = strength
        self.isDirected = isDirected ?? kind.isDirectedByDefault
        self.since = since; self.until = until; self.reportedBy = reportedBy; self.notes = notes
        self.attributes = attributes; self.location = location; self.confirmation = confirmation
    }

    /// Whether the tie existed on a given day: started on or before it and not ended before it.
    public func isActive(on day: Day) -> Bool {
        if let since, since > day { return false }
        if let until, until < day { return false }
        return true
    }
}
