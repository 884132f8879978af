import Foundation

/// A point of a drawing, in points, y up (as Graphviz has it).
public struct LayoutPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    public func distance(to other: LayoutPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// An axis-aligned rectangle of a drawing, in points, y up: `(x, y)` is the lower left corner.
public struct LayoutRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// The rectangle of this size centred on `centre`.
    public init(centre: LayoutPoint, width: Double, height: Double) {
        self.init(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var centre: LayoutPoint { LayoutPoint(x: x + width / 2, y: y + height / 2) }

    /// The area two rectangles share (0 when they only touch).
    public func overlap(_ other: LayoutRect) -> Double {
        let w = min(maxX, other.maxX) - max(x, other.x)
        let h = min(maxY, other.maxY) - max(y, other.y)
        return w > 0 && h > 0 ? w * h : 0
    }

    public func contains(_ other: LayoutRect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    /// Whether the segment from `a` to `b` passes through the rectangle (Liang-Barsky clipping).
    func isCrossed(from a: LayoutPoint, to b: LayoutPoint) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return t1 - t0 > 1e-9
    }
}

/// Places names next to markers so that no two names overlap and no name covers a marker: greedy choice among
/// candidate positions, then a bounded number of repair rounds, deterministic.
///
/// Each name has candidate boxes: eight touching its marker (right first, as a reader expects, then left,
/// above, below and the corners), and rings of sixteen farther out, joined to the marker by a leader line.
/// Names are placed in the order given (the most important first), each at the candidate with the lowest cost:
/// overlap with names already placed and with markers and obstacles (the fields' names) counts heavily, a
/// leader line through another name a little, distance and an unusual side slightly. Then, for at most `rounds`
/// rounds, every name that still overlaps something moves to its best candidate given all the others, as long
/// as that lowers its cost (an iterative repair in the spirit of Christensen, Marks and Shieber 1995,
/// doi:10.1145/212332.212334, without their random restarts). A name that still overlaps is reported, or with
/// `omitWhenCrowded` left out, the least important first, until none overlaps.
///
/// Overlaps are found through a uniform grid, so a round costs O(n · candidates · k) for k names per cell.
public enum LabelPlacement {
    /// One name to place.
    public struct Item: Hashable, Sendable {
        /// The marker's centre and radius: the name keeps clear of it.
        public var anchor: LayoutPoint
        public var radius: Double
        public var width: Double
        public var height: Double
        public init(anchor: LayoutPoint, radius: Double, width: Double, height: Double) {
            self.anchor = anchor; self.radius = radius; self.width = width; self.height = height
        }
    }

    /// Where a name went: its box, and whether it needs a leader line to its marker.
    public struct Placed: Hashable, Sendable {
        public var box: LayoutRect
        public var leader: Bool
    }

    /// The outcome: a box per item (`nil` where left out) and how many placed names still overlap something.
    public struct Result: Hashable, Sendable {
        public var placed: [Placed?]
        public var conflicts: Int
    }

    /// Gap between a marker and a name touching it, in points.
    static let gap = 1.5
    /// Rings of candidates with leader lines beyond the touching ones.
    public static let rings = 6
    static let anglesPerRing = 16

    /// Places the names of `items`; `markers` are every marker of the drawing (centre and radius), `obstacles`
    /// boxes no name may cover, `bounds` the box every name must stay inside; `rings` bounds how far from its
    /// marker a name may go.
    public static func place(
        _ items: [Item], markers: [(LayoutPoint, Double)], obstacles: [LayoutRect], bounds: LayoutRect,
        rounds: Int = 30, rings: Int = LabelPlacement.rings, omitWhenCrowded: Bool = false
    ) -> Result {
        let candidates = items.map { candidatesFor($0, bounds: bounds, rings: rings) }
        var state = State(items: items, markers: markers, obstacles: obstacles, bounds: bounds)
        var choice = [Int](repeating: -1, count: items.count)
        for i in items.indices {
            let best = state.best(for: i, among: candidates[i])
            choice[i] = best.index
            state.set(i, candidates[i][best.index].box)
        }
        for _ in 0..<max(0, rounds) {
            var moved = false
            for i in items.indices where choice[i] >= 0 {
                let current = state.cost(of: i, candidates[i][choice[i]])
                guard current >= State.conflict else { continue }
                state.remove(i)
                let best = state.best(for: i, among: candidates[i])
                if best.cost < current - 1e-9 { choice[i] = best.index; moved = true }
                state.set(i, candidates[i][choice[i]].box)
            }
            if !moved { break }
        }
        var conflicting = items.indices.filter { state.cost(of: $0, candidates[$0][choice[$0]]) >= State.conflict }
        if omitWhenCrowded {
            // The least important first, until every name left is clear.
            while let i = conflicting.last {
                state.remove(i)
                choice[i] = -1
                // The room it leaves may clear a more important name elsewhere: those still in conflict choose
                // again, most important first.
                for j in conflicting.dropLast() where choice[j] >= 0 {
                    let current = state.cost(of: j, candidates[j][choice[j]])
                    state.remove(j)
                    let best = state.best(for: j, among: candidates[j])
                    if best.cost < current - 1e-9 { choice[j] = best.index }
                    state.set(j, candidates[j][choice[j]].box)
                }
                conflicting = items.indices.filter {
                    choice[$0] >= 0 && state.cost(of: $0, candidates[$0][choice[$0]]) >= State.conflict
                }
            }
        }
        let placed = items.indices.map { i -> Placed? in
            guard choice[i] >= 0 else { return nil }
            return Placed(box: candidates[i][choice[i]].box, leader: candidates[i][choice[i]].leader)
        }
        return Result(placed: placed, conflicts: conflicting.count)
    }

    struct Candidate {
        var box: LayoutRect
        var leader: Bool
        /// Preference among positions: 0 for the first choice.
        var preference: Double
    }

    /// The touching positions, then the rings with leader lines, inside `bounds` where possible.
    static func candidatesFor(_ item: Item, bounds: LayoutRect, rings: Int = LabelPlacement.rings) -> [Candidate] {
        let a = item.anchor, r = item.radius, w = item.width, h = item.height
        let d = r + gap
        let corner = r * 0.72 + gap
        let near: [(Double, Double)] = [
            (a.x + d + w / 2, a.y), (a.x - d - w / 2, a.y), (a.x, a.y + d + h / 2), (a.x, a.y - d - h / 2),
            (a.x + corner + w / 2, a.y + corner + h / 2), (a.x + corner + w / 2, a.y - corner - h / 2),
            (a.x - corner - w / 2, a.y + corner + h / 2), (a.x - corner - w / 2, a.y - corner - h / 2),
        ]
        var result = near.enumerated().map { k, c in
            Candidate(box: LayoutRect(centre: LayoutPoint(x: c.0, y: c.1), width: w, height: h), leader: false,
                      preference: Double(k) * 0.4)
        }
        let step = max(8, h * 0.9)
        for ring in stride(from: 1, through: rings, by: 1) {
            let distance = d + Double(ring) * step
            for k in 0..<anglesPerRing {
                let angle = Double(k) * 2 * Double.pi / Double(anglesPerRing)
                let cx = cos(angle), sy = sin(angle)
                let support = abs(w / 2 * cx) + abs(h / 2 * sy)
                let centre = LayoutPoint(x: a.x + (distance + support) * cx, y: a.y + (distance + support) * sy)
                // Beside is easier to read than above or below.
                result.append(Candidate(box: LayoutRect(centre: centre, width: w, height: h), leader: true,
                                        preference: 6 + Double(ring) * 4 + abs(sy) * 1.5))
            }
        }
        let inside = result.filter { bounds.contains($0.box) }
        return inside.isEmpty ? result : inside
    }

    /// The placed names in a grid for overlap queries, with the fixed markers and obstacles.
    struct State {
        static let conflict = 1_000.0
        /// How far a name's box may reach into a marker's disc, in points: its padding, never its letters.
        static let rimTolerance = 0.5
        let items: [Item]
        let markers: [(LayoutPoint, Double)]
        let obstacles: [LayoutRect]
        let bounds: LayoutRect
        var boxes: [LayoutRect?]
        let cell: Double
        let columns: Int
        let rows: Int
        var grid: [[Int]]
        var markerGrid: [[Int]]
        var stamp: [Int]
        var query = 0

        init(items: [Item], markers: [(LayoutPoint, Double)], obstacles: [LayoutRect], bounds: LayoutRect) {
            self.items = items
            self.markers = markers
            self.obstacles = obstacles
            self.bounds = bounds
            boxes = [LayoutRect?](repeating: nil, count: items.count)
            let widest = items.map(\.width).max() ?? 40
            cell = max(24, min(widest, 120))
            columns = max(1, min(400, Int((bounds.width / cell).rounded(.up)) + 2))
            rows = max(1, min(400, Int((bounds.height / cell).rounded(.up)) + 2))
            grid = [[Int]](repeating: [], count: columns * rows)
            markerGrid = [[Int]](repeating: [], count: columns * rows)
            stamp = [Int](repeating: -1, count: max(items.count, markers.count))
            for (k, marker) in markers.enumerated() {
                let square = LayoutRect(centre: marker.0, width: 2 * marker.1, height: 2 * marker.1)
                for c in cells(square) { markerGrid[c].append(k) }
            }
        }

        /// The grid cells a rectangle touches (clamped to the grid).
        func cells(_ rect: LayoutRect) -> [Int] {
            func column(_ x: Double) -> Int { min(columns - 1, max(0, Int(((x - bounds.x) / cell).rounded(.down)) + 1)) }
            func row(_ y: Double) -> Int { min(rows - 1, max(0, Int(((y - bounds.y) / cell).rounded(.down)) + 1)) }
            var result: [Int] = []
            for r in row(rect.y)...row(rect.maxY) {
                for c in column(rect.x)...column(rect.maxX) { result.append(r * columns + c) }
            }
            return result
        }

        mutating func set(_ i: Int, _ box: LayoutRect) {
            boxes[i] = box
            for c in cells(box) { grid[c].append(i) }
        }

        mutating func remove(_ i: Int) {
            guard let box = boxes[i] else { return }
            for c in cells(box) { grid[c].removeAll { $0 == i } }
            boxes[i] = nil
        }

        /// Names placed near `rect`, each once, in a fixed order.
        mutating func neighbours(_ rect: LayoutRect, in grid: [[Int]]) -> [Int] {
            query += 1
            var found: [Int] = []
            for c in cells(rect) {
                for k in grid[c] where stamp[k] != query {
                    stamp[k] = query
                    found.append(k)
                }
            }
            return found
        }

        /// How bad a candidate is for item `i` among everything placed but `i` itself.
        mutating func cost(of i: Int, _ candidate: Candidate) -> Double {
            let box = candidate.box
            var cost = candidate.preference
            if !bounds.contains(box) { cost += Self.conflict * 10 }
            for k in neighbours(box, in: grid) where k != i {
                guard let other = boxes[k] else { continue }
                let shared = box.overlap(other)
                if shared > 0 { cost += Self.conflict + shared }
                if candidate.leader, other.isCrossed(from: items[i].anchor, to: box.centre) { cost += 30 }
            }
            for k in neighbours(box, in: markerGrid) {
                let (centre, radius) = markers[k]
                // The marker's disc (every marker shape fits in it): a name may touch the rim, never cover it.
                let nearest = LayoutPoint(x: min(max(centre.x, box.x), box.maxX), y: min(max(centre.y, box.y), box.maxY))
                let depth = radius - Self.rimTolerance - nearest.distance(to: centre)
                if depth > 0 { cost += Self.conflict + depth * radius }
            }
            for obstacle in obstacles {
                let shared = box.overlap(obstacle)
                if shared > 0 { cost += Self.conflict + shared }
            }
            return cost
        }

        /// The cheapest candidate (the first of equals).
        mutating func best(for i: Int, among candidates: [Candidate]) -> (index: Int, cost: Double) {
            var best = (index: 0, cost: Double.infinity)
            for (k, candidate) in candidates.enumerated() {
                let c = cost(of: i, candidate)
                if c < best.cost { best = (k, c) }
                if c == candidate.preference && k == 0 { break }
            }
            return best
        }
    }
}
