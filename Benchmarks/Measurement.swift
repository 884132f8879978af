import Foundation

/// Wall time, CPU time and memory of one step of the benchmark.
struct StepResult {
    let name: String
    /// Key of the same measure in the peers' script output (several joined by `+`), if peers have it.
    let peerKey: String?
    let wall: Double
    let cpu: Double
    /// Peak resident set size during the step (VmHWM after resetting it at the start), in KiB.
    let peakKB: Int?
    /// Resident set size when the step started, in KiB.
    let startKB: Int?
}

/// Process memory from `/proc/self/status` (Linux).
enum Memory {
    /// A field such as `VmRSS` or `VmHWM` in KiB; nil where /proc is not there.
    static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }

    /// Resets the peak (VmHWM) to the current RSS, so the next peak belongs to the next step alone.
    ///
    /// Writing `5` to `/proc/self/clear_refs` does this since Linux 4.0; returns false where it cannot.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)); return true } catch { return false }
    }
}

/// CPU time of this process (user + system, all threads) in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs `work` and records its wall time, CPU time and peak memory.
///
/// The result of `work` is kept alive until the clock has stopped, so its cost includes building it.
/// A step that takes less than 0.2 s is run again, up to five times in all, and the best wall and CPU
/// times count (the machine may be shared; the peers' script does the same); peak memory is the first run's.
func measure<T>(_ name: String, peers: String? = nil, repeating: Bool = true, _ work: () -> T) -> (StepResult, T) {
    let canReset = Memory.resetPeak()
    let startKB = Memory.status("VmRSS")
    var (wall, cpu, value) = timed(work)
    let peak = canReset ? Memory.status("VmHWM") : nil
    var runs = 1
    while repeating && wall < 0.2 && runs < 5 {
        let again = timed(work)
        wall = min(wall, again.wall)
        cpu = min(cpu, again.cpu)
        runs += 1
    }
    return (StepResult(name: name, peerKey: peers, wall: wall, cpu: cpu, peakKB: peak, startKB: startKB), value)
}

private func timed<T>(_ work: () -> T) -> (wall: Double, cpu: Double, value: T) {
    let cpu0 = cpuSeconds()
    let clock = ContinuousClock()
    let t0 = clock.now
    let value = work()
    let elapsed = clock.now - t0
    let cpu = cpuSeconds() - cpu0
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return (wall, cpu, value)
}
