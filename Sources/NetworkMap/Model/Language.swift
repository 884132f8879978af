/// The output languages.
public enum Language: String, Sendable, CaseIterable {
    case de, en

    /// `de`/`deutsch`/`german` → `.de`, `en`/`english`/`englisch` → `.en`.
    public init?(parsing text: String) {
        switch Normalize.key(text) {
        case "de", "deutsch", "german", "de-de", "de_de": self = .de
        case "en", "english", "englisch", "en-gb", "en-us", "en_gb", "en_us": self = .en
        default: return nil
        }
    }
}
