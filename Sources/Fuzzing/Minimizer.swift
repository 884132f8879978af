/// Shrinks a failing input while it keeps failing the same way (Zeller and Hildebrandt 2002, "Simplifying and
/// isolating failure-inducing input", doi:10.1109/32.988498), removing complements only.
///
/// Each file of the input is reduced in turn, first in lines, then (once it is below ``byteLimit``) in bytes. The
/// number of runs is capped by `budget`; the result is the smallest input found within it.
public enum Minimizer {
    /// Files larger than this after the line pass are not reduced byte by byte (a byte is a piece of its own).
    public static let byteLimit = 32_768

    public static func minimise(_ input: FuzzInput, budget: Int, fails: (FuzzInput) -> Bool) -> FuzzInput {
        var current = input
        var left = budget
        for file in input.files.keys.sorted() {
            for unit in [Unit.lines, .bytes] {
                guard let bytes = current.files[file], left > 0, unit == .lines || bytes.count <= byteLimit else { continue }
                let reduced = ddmin(unit.split(bytes), budget: &left) { pieces in
                    var candidate = current
                    candidate.files[file] = Array(pieces.joined())
                    return fails(candidate)
                }
                current.files[file] = Array(reduced.joined())
            }
        }
        return current
    }

    enum Unit {
        case lines, bytes

        func split(_ bytes: [UInt8]) -> [[UInt8]] {
            switch self {
            case .bytes: return bytes.map { [$0] }
            case .lines:
                var pieces: [[UInt8]] = []
                var current: [UInt8] = []
                for byte in bytes {
                    current.append(byte)
                    if byte == 10 { pieces.append(current); current = [] }
                }
                if !current.isEmpty { pieces.append(current) }
                return pieces
            }
        }
    }

    /// The delta-debugging loop over `pieces`.
    ///
    /// Drops one of `n` chunks while the test still fails, refines `n` when none can go. O(budget) test runs.
    static func ddmin(_ pieces: [[UInt8]], budget: inout Int, fails: ([[UInt8]]) -> Bool) -> [[UInt8]] {
        var current = pieces
        var n = 2
        while current.count >= 2 && budget > 0 {
            let chunk = max(1, current.count / n)
            var reduced = false
            var start = 0
            while start < current.count && budget > 0 {
                let end = min(current.count, start + chunk)
                let candidate = Array(current[..<start] + current[end...])
                budget -= 1
                if !candidate.isEmpty, fails(candidate) {
                    current = candidate
                    n = max(n - 1, 2)
                    reduced = true
                    break
                }
                start = end
            }
            if !reduced {
                if chunk == 1 { break }
                n = min(current.count, n * 2)
            }
        }
        return current
    }
}
