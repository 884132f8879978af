/// Whether a tie is confirmed from both sides, reported by one side only, or cannot be checked.
///
/// Set by ``NetworkMerger`` (see ``TieConfirmation`` for the exact definition) and kept in a ties file's
/// `Bestätigung`/`confirmation` column, so that every command can tell a tie both sides named from one that
/// rests on a single word. The words a file holds are in `ValueParsing.swift`, next to the loader's other
/// value words.
public enum Confirmation: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Named from both sides: A's interview names B and B's interview names A.
    case confirmed
    /// An endpoint was interviewed and did not name the tie.
    case oneSided = "one-sided"
    /// Neither of the above: an endpoint that did not name the tie was never interviewed.
    case unverifiable

    /// Orders from the strongest evidence to the weakest: confirmed, one-sided, unverifiable.
    public static func < (lhs: Confirmation, rhs: Confirmation) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
