extension String {
    /// The sentence with a doubled full stop collapsed.
    ///
    /// A name like "Kleingartenverein e.V." at the end of a sentence must not end in "e.V..". Three dots in a row
    /// are left alone.
    public var tidySentence: String {
        guard contains("..") else { return self }
        let chars = Array(self)
        var out = ""
        out.reserveCapacity(chars.count)
        for (i, ch) in chars.enumerated() {
            let doubled = ch == "." && i > 0 && chars[i - 1] == "."
            let tripled = (i > 1 && chars[i - 2] == ".") || (i + 1 < chars.count && chars[i + 1] == ".")
            if doubled && !tripled { continue }
            out.append(ch)
        }
        return out
    }
}
