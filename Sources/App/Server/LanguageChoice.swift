import Foundation
import NetworkMap

/// The language of a page or an answer: the page's switch (`?lang=`), else `--lang`, else the browser's
/// `Accept-Language`, else English.
enum LanguageChoice {
    static func choose(query: String?, option: Language?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(parsing: query) { return language }
        if let option { return option }
        return acceptLanguage.flatMap(preferred) ?? .en
    }

    /// The first of German and English in `header`'s order of preference (RFC 9110 §12.5.4): highest `q` first,
    /// the earlier of equal ones; `q=0` means "not this one".
    static func preferred(_ header: String) -> Language? {
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            guard quality > 0, let language = Language(rawValue: primary) else { continue }
            if best == nil || quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language
    }
}
