import Foundation

/// Why the XML parser stopped, as a typed value the Wording module says in plain words.
///
/// Made from the parser's error code (libxml2's `xmlParserErrors`, which Foundation's `XMLParser` passes on as
/// the code of its error); never from the error's `localizedDescription`, which on Linux reads "The operation
/// could not be completed. (NSXMLParserErrorDomain error 89.)".
public enum XMLFault: Hashable, Sendable {
    /// Empty, or something other than XML from the first character on (codes 3, 4, or no element at all).
    case notXML
    /// Cut off before its elements are closed, or followed by content after the last one (code 5).
    case endsEarly
    /// An element closed with a name other than the one it was opened with (codes 76, 85).
    case mismatchedTag
    /// A character XML does not allow, or a character reference to one (codes 6 to 9).
    case invalidCharacter
    /// An entity reference (`&name;`) to no declared entity (codes 26, 27).
    case undeclaredEntity
    /// Entities that refer to each other in a loop or expand beyond libxml2's bound (code 89): a "billion laughs".
    case entityLoop
    /// An attribute written wrongly: without quotes, with `<` in its value, without a value, or twice (38 to 42).
    case badAttribute
    /// Any other of the parser's codes.
    case other(code: Int)

    /// The fault the parser's error code stands for.
    public init(code: Int) {
        switch code {
        case 3, 4: self = .notXML
        case 5: self = .endsEarly
        case 76, 85: self = .mismatchedTag
        case 6...9: self = .invalidCharacter
        case 26, 27: self = .undeclaredEntity
        case 89: self = .entityLoop
        case 38...42: self = .badAttribute
        default: self = .other(code: code)
        }
    }

    /// The fault of an error `XMLParser` reported.
    init(_ error: any Error) { self.init(code: (error as NSError).code) }
}
