import Collections

/// A cache that keeps at most `capacity` values and forgets the least recently used first.
///
/// - Complexity: lookup and insertion O(1) amortised, except that a hit moves its key to the end, O(`capacity`);
///   capacities here are a few dozen at most.
struct BoundedCache<Key: Hashable, Value> {
    let capacity: Int
    private var storage: OrderedDictionary<Key, Value> = [:]

    init(capacity: Int) {
        precondition(capacity > 0, "a cache must hold at least one value")
        self.capacity = capacity
    }

    /// The value for `key`, marking it as the most recently used.
    mutating func value(for key: Key) -> Value? {
        guard let index = storage.index(forKey: key) else { return nil }
        let (_, value) = storage.remove(at: index)
        storage[key] = value
        return value
    }

    /// Stores `value` for `key`, forgetting the least recently used value when full.
    mutating func insert(_ value: Value, for key: Key) {
        storage.removeValue(forKey: key)
        if storage.count >= capacity { storage.removeFirst() }
        storage[key] = value
    }

    /// Forgets every value whose key matches `predicate`.
    mutating func removeAll(where predicate: (Key) -> Bool) {
        storage.removeAll { predicate($0.key) }
    }

    var count: Int { storage.count }
    var keys: [Key] { Array(storage.keys) }
}
