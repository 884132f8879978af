/// One interview, workshop or list a merged network was made from, as `merged_from:` in `network.yaml` keeps it.
///
/// A merged network's ties name their sources in `reported_by`; this record says which of those sources was
/// whose interview, so that merging the network again (alone, or with next month's interviews) tells confirmed
/// ties from one-sided ones just as the first merge did.
public struct MergedSource: Hashable, Sendable {
    /// The source's name as ties' `reported_by` writes it.
    public var name: String
    /// The id (or name) of the actor whose interview it was; `nil` for a workshop or a colleague's list.
    public var respondent: String?
    /// The date of the source's data.
    public var date: Day?

    public init(name: String, respondent: String? = nil, date: Day? = nil) {
        self.name = name; self.respondent = respondent; self.date = date
    }
}
