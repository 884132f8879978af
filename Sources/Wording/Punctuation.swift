extension String {
    /// The sentence with a doubled full stop collapsed.
    ///
    /// A name like "Kleingartenverein e.V." at the end of a sentence must not end in "e.V..": the sentence's own
    /// full stop goes. Three dots in a row are left alone, and so is every character of user text (``UserText``),
    /// whose marks do not count as characters between two full stops.
    public var tidySentence: String {
        guard contains(".") else { return self }
        let scalars = Array(unicodeScalars)
        var isUser = [Bool](repeating: false, count: scalars.count)
        var visible: [Int] = []
        var inUser = false
        for (i, scalar) in scalars.enumerated() {
            if scalar == UserText.open {
                inUser = true
            } else if scalar == UserText.close {
                inUser = false
            } else {
                isUser[i] = inUser
                visible.append(i)
            }
        }
        var dropped = Set<Int>()
        for (k, i) in visible.enumerated() where scalars[i] == "." && !isUser[i] {
            let doubled = k > 0 && scalars[visible[k - 1]] == "."
            let tripled = (k > 1 && scalars[visible[k - 2]] == ".") || (k + 1 < visible.count && scalars[visible[k + 1]] == ".")
            if doubled && !tripled { dropped.insert(i) }
        }
        guard !dropped.isEmpty else { return self }
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() where !dropped.contains(i) { out.append(scalar) }
        return String(out)
    }
}
