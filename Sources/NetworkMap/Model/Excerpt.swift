extension String {
    /// The text as a message quotes it: whole up to `limit` characters, otherwise its start and end around "…".
    ///
    /// A cell holding a megabyte must not come back as a megabyte of error message; the start says which cell it
    /// was and the end shows where it went wrong as often. O(`limit`), however long the text.
    public func excerpt(limit: Int = 80) -> String {
        guard utf8.count > limit,
              let cut = index(startIndex, offsetBy: limit, limitedBy: endIndex), cut != endIndex
        else { return self }
        let head = self[..<index(startIndex, offsetBy: limit * 2 / 3)]
        var tailStart = endIndex
        for _ in 0..<(limit - limit * 2 / 3 - 1) { formIndex(before: &tailStart) }
        // A short text cut where head and tail overlap needs no ellipsis.
        guard head.endIndex < tailStart else { return self }
        return head + "…" + self[tailStart...]
    }
}
