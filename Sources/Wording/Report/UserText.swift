/// Text from the user's data (names, themes, labels) inside a report's sentences, marked so that each output
/// format can treat it as text and never as markup.
///
/// The sentences carry markup of their own (`**bold**`, `` `--flag` ``) while an actor may be named
/// `![x](http://evil.invalid/x.png)`: once interpolated, the two cannot be told apart. ``Strings`` made with
/// `marksUserText` wraps every piece of user text in two noncharacters (U+FDD0 … U+FDD1, which Unicode reserves
/// for a program's internal use and which are removed from the text itself), and the Reports module's
/// `TextDocument` escapes what is inside them for Markdown and HTML, and drops the marks for plain text.
public enum UserText {
    // Swift refuses noncharacters in literals; the fallbacks never apply.
    public static let open = Unicode.Scalar(0xFDD0 as UInt32) ?? "\u{E000}"
    public static let close = Unicode.Scalar(0xFDD1 as UInt32) ?? "\u{E001}"
    /// Stands for a sentence's `**` in plain text until the lines are wrapped.
    public static let bold = Unicode.Scalar(0xFDD2 as UInt32) ?? "\u{E002}"

    /// `text` between the marks (any marks inside it removed, so data cannot forge them).
    public static func mark(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(open)
        for scalar in text.unicodeScalars where scalar != open && scalar != close && scalar != bold { out.append(scalar) }
        out.append(close)
        return String(out)
    }

    /// `text` without the marks.
    public static func unmarked(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == open || $0 == close }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != open && $0 != close }))
    }

    /// The text in its pieces, in order: the sentence's own (`isUser == false`) and the user's.
    public static func pieces(_ text: String) -> [(isUser: Bool, text: String)] {
        var result: [(isUser: Bool, text: String)] = []
        var current = String.UnicodeScalarView()
        var inUser = false
        for scalar in text.unicodeScalars {
            if scalar == open || scalar == close {
                if !current.isEmpty { result.append((inUser, String(current))) }
                current = String.UnicodeScalarView()
                inUser = scalar == open
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { result.append((inUser, String(current))) }
        return result
    }
}
