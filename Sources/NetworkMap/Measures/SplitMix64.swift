/// A small, fast, seedable generator (Steele, Lea & Flood 2014, "Fast splittable pseudorandom
/// number generators"); its output is fixed by the seed on every platform.
///
/// Public for the fuzzer, whose cases must be the same for the same seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in `0..<bound` (Lemire's multiply-shift; the tiny bias does not matter here).
    public mutating func next(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }
    /// Fisher-Yates shuffle in place.
    mutating func shuffle(_ a: inout [Int32]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, next(below: i + 1))
        }
    }
}
