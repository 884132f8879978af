/// Whether a merged tie is confirmed from both sides, one-sided, or unverifiable.
///
/// Krackhardt (1987, *Cognitive social structures*, Social Networks 9(2):109-134,
/// doi:10.1016/0378-8733(87)90009-8) asks every member of a network about every tie and aggregates the answers:
/// the *locally aggregated structure* keeps a tie from *i* to *j* by what *i* and *j* say about it (the
/// intersection rule: both say it exists; the union rule: either does), the *consensus structure* by how many
/// informants report it. A quarter's interviews are the sparse version of that design: each respondent names
/// their own ties (and some of others'), a workshop or a colleague names ties as a third party, and most actors
/// are never asked. So, for a tie between actors A and B of one kind, given the set of sources that report it:
///
/// - **confirmed**: an interview of A reports it *and* an interview of B reports it (the intersection rule: named
///   from both sides);
/// - **one-sided**: otherwise, if A (or B) was interviewed (some source of the merge is A's interview) and none of
///   A's interviews reports it: someone who could have confirmed it did not. This holds whether the tie came from
///   B's interview, a workshop or a third party's interview;
/// - **unverifiable**: otherwise: each end either named it or was never asked, so nothing speaks against it and
///   not both sides for it (reported by A and B was never interviewed; or reported only by workshops and
///   third parties about two actors neither of whom was interviewed).
///
/// A source is *A's interview* when its respondent is (matched to) A; a source without a respondent (a workshop,
/// a list) and an interview about a tie its respondent is not part of (a third party's account) count as
/// reporters but never as a side. Direction plays no part: a directed funding tie from A to B is confirmed when
/// both A's and B's interviews report it from A to B. Each tie kind is its own tie, as each relation is its own
/// cognitive social structure in Krackhardt's study (A's cooperation with B and B's information exchange with A
/// are two ties, each one-sided if both were interviewed). `--min-sources N` is the consensus rule on top.
///
/// Worked example. Interviews of the Kita (K) and the Familienzentrum (F), and a workshop W; the Nachbarschaftshaus
/// (N) and the Tafel (T) were not interviewed. K names F, N and T; F names K; W names F–T and N–T.
///
/// | tie | reported by | confirmation | because |
/// | --- | --- | --- | --- |
/// | K–F | K, F | confirmed | both sides named it |
/// | K–N | K | unverifiable | N was not interviewed |
/// | K–T | K | unverifiable | T was not interviewed |
/// | F–T | W | one-sided | F was interviewed and did not name it |
/// | N–T | W | unverifiable | neither was interviewed |
///
/// Had W also named K–F, it would still be confirmed; had K's interview named F–T (a third party's account), F–T
/// would still be one-sided.
enum TieConfirmation {
    /// The confirmation of a tie between actors `a` and `b` reported by `reporters`.
    ///
    /// `respondent` gives the actor whose interview a reporter is (`nil` for workshops, lists and unknown names);
    /// `interviewed` holds every actor some source of the merge is the interview of. O(reporters).
    static func of(
        _ a: Int, _ b: Int, reportedBy reporters: [String], respondent: (String) -> Int?, interviewed: Set<Int>
    ) -> Confirmation {
        var namedByA = false, namedByB = false
        for reporter in reporters {
            switch respondent(reporter) {
            case a: namedByA = true
            case b: namedByB = true
            default: break
            }
        }
        if namedByA && namedByB { return .confirmed }
        if (!namedByA && interviewed.contains(a)) || (!namedByB && interviewed.contains(b)) { return .oneSided }
        return .unverifiable
    }
}
