import NetworkMap
import Wording

extension Network {
    /// The network as the command line prepares it for outputs: pseudonyms in `language` unless `showingPrivateNames`.
    public func prepared(in language: Language = .de, showingPrivateNames: Bool = false) -> PreparedNetwork {
        prepared(showingPrivateNames: showingPrivateNames, pseudonym: language.phrases.pseudonym)
    }

    /// The network prepared (see ``prepared(in:showingPrivateNames:)``) and analysed, as the command line does.
    public func analysed(_ language: Language = .de, showingPrivateNames: Bool = false,
                         options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        Analysis(prepared(in: language, showingPrivateNames: showingPrivateNames), options: options)
    }
}
