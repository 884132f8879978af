import NetworkMap

/// What `init` writes into a new network folder, in one language.
public protocol TemplatePhrases {
    /// Headers in this language, two example actors (a tie needs two) and one tie, which load as they are, and
    /// a commented `network.yaml` for the network `folderName`.
    func template(folderName: String) -> NetworkTemplate.Content
}

extension LoadPhrases {
    /// The header rows of the two tables, in this language, in the loader's column order.
    ///
    /// A new network has no merge behind it, so its ties have no confirmation column.
    public var templateHeaders: (actors: [String], ties: [String]) {
        (ActorColumn.allCases.map { header(.actors($0)) },
         TieColumn.allCases.filter { $0 != .confirmation }.map { header(.ties($0)) })
    }
}
