/// An actor's name reduced to what identifies it, for matching the same actor across interviews.
///
/// Two names are the *same* when their ``key``s are equal. The reduction, in order:
/// 1. Notes in parentheses or brackets are dropped: "Kita Sonnenschein (Frau Peters)" is "Kita Sonnenschein"
///    (unless nothing else is left: "(Frau Peters)" stays as it is).
/// 2. Case is folded ("KiTa" = "Kita"); ä, ö, ü, ß become ae, oe, ue, ss, so "Muehle" = "Mühle"; other accents
///    are dropped from Latin letters ("Café" = "Cafe", "Yıldız" = "Yildiz"); letters of other scripts stay.
/// 3. Dashes, quotes, apostrophes, dots, commas, slashes, "&" and every other non-letter end a word; the key
///    joins the words without spaces, so "Repair-Café", "Repair Café" and "RepairCafé" are one name.
///    Two abbreviations are written out: a word ending in "str." ("Turmstr.") as "…strasse", "St." as "Sankt".
/// 4. Legal forms at the end are dropped, repeatedly: e.V., gGmbH, GmbH, mbH, gUG, UG (haftungsbeschränkt),
///    eG, AöR, KdöR, GbR, OHG, KG, "GmbH & Co. KG", e.K. ("Sozialwerk Nord e.V." = "Sozialwerk Nord"). Only at
///    the end: a leading "Ev." is *evangelisch* ("Ev. Kita Regenbogen" keeps it), and a name is never reduced
///    to nothing.
///
/// Numbers stay: "Hausgemeinschaft Turmstraße 7" and "… 9" are two actors.
/// Linear in the length of the name; no index of one string view is used on another.
struct ActorName: Hashable, Sendable {
    /// The words after the reduction, in order: ["kita", "sonnenschein"].
    let words: [String]
    /// The words joined: `kitasonnenschein`; equal keys mean the same actor.
    let key: String
    /// The key as Unicode scalars, for edit distances.
    let scalars: [Unicode.Scalar]
    /// The digits of the name in order ("Turmstraße 7" → "7"); names whose digits differ are different actors.
    let digits: [Unicode.Scalar]
    /// The words sorted, for names that differ only in word order ("Tafel Mühlenviertel" / "Mühlenviertel Tafel").
    let sortedWords: [String]

    init(_ name: String) {
        var words = Self.words(of: Self.withoutNotes(name))
        Self.dropLegalForms(&words)
        if words.isEmpty {
            // Nothing but punctuation: such names match only when written alike.
            self.words = []
            self.key = "#" + Normalize.key(name)
        } else {
            self.words = words
            self.key = words.joined()
        }
        scalars = Array(key.unicodeScalars)
        digits = scalars.filter { $0.properties.numericType != nil }
        sortedWords = self.words.sorted()
    }

    // MARK: Reduction steps

    /// The name without notes in `(…)` and `[…]`, or the name itself if nothing else is left.
    ///
    /// An unclosed bracket drops the rest.
    static func withoutNotes(_ name: String) -> String {
        var kept = String.UnicodeScalarView()
        var depth = 0
        for s in name.unicodeScalars {
            switch s {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(s) }
            }
        }
        let result = String(kept)
        return result.unicodeScalars.contains(where: isWordScalar) ? result : name
    }

    /// Lower-cased, transliterated words; see the type's documentation.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var lastWasASCII = false
        func finish(before boundary: Unicode.Scalar?) {
            guard !word.isEmpty else { return }
            var w = String(word)
            if boundary == "." {
                if w == "st" { w = "sankt" } else if w.hasSuffix("str") { w += "asse" }
            }
            words.append(w)
            word = String.UnicodeScalarView()
        }
        let folded = text.lowercased().precomposedStringWithCanonicalMapping
        for s in folded.unicodeScalars {
            switch s {
            case "ä": word.append(contentsOf: "ae".unicodeScalars); lastWasASCII = true
            case "ö": word.append(contentsOf: "oe".unicodeScalars); lastWasASCII = true
            case "ü": word.append(contentsOf: "ue".unicodeScalars); lastWasASCII = true
            case "ß": word.append(contentsOf: "ss".unicodeScalars); lastWasASCII = true
            case "ı": word.append("i"); lastWasASCII = true
            default:
                if isMark(s) {
                    // A mark left on a Latin letter (the dot of a lower-cased İ) is an accent; elsewhere it belongs to the letter.
                    if !lastWasASCII && !word.isEmpty { word.append(s) }
                } else if isWordScalar(s) {
                    let base = latinBase(of: s)
                    word.append(base)
                    lastWasASCII = base.isASCII
                } else {
                    finish(before: s)
                    lastWasASCII = false
                }
            }
        }
        finish(before: nil)
        return words
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        (s.properties.isAlphabetic || s.properties.numericType != nil) && !isMark(s)
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The ASCII letter under an accented Latin letter (é → e, ş → s, ñ → n); any other scalar as it is.
    static func latinBase(of s: Unicode.Scalar) -> Unicode.Scalar {
        guard !s.isASCII, let first = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              first.isASCII else { return s }
        return first
    }

    /// Legal forms as the word sequences ``words(of:)`` makes of them, longest first.
    static let legalForms: [[String]] = [
        ["eingetragener", "verein"], ["gmbh", "co", "kg"], ["k", "d", "oe", "r"], ["a", "oe", "r"],
        ["co", "kg"], ["e", "v"], ["e", "g"], ["e", "k"], ["g", "gmbh"],
        ["ev"], ["ggmbh"], ["gmbh"], ["mbh"], ["gug"], ["ug"], ["eg"], ["aoer"], ["kdoer"], ["gbr"], ["ohg"], ["kg"],
    ]

    /// Drops legal forms from the end while a word would remain.
    static func dropLegalForms(_ words: inout [String]) {
        var changed = true
        while changed {
            changed = false
            for form in legalForms where words.count > form.count && Array(words.suffix(form.count)) == form {
                words.removeLast(form.count)
                changed = true
                break
            }
        }
    }
}
