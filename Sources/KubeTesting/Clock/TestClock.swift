import Foundation
import KubeModels
import Synchronization

/// A ``KubeClock`` that moves only when the test says so: ``advance(by:)`` or ``advance(to:)``
/// resume every sleeper whose deadline has come, in deadline order. No test sleeps real time.
///
/// ```swift
/// let clock = TestClock()
/// async let done: Void = clock.sleep(for: .seconds(30))
/// await clock.waitForSleepers(1)      // the task is parked on the clock
/// clock.advance(by: .seconds(30))     // and now it resumes
/// try await done
/// ```
public final class TestClock: KubeClock {
    private struct Sleeper {
        var id: UInt64
        var deadline: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleepers: [Sleeper] = []
        var nextID: UInt64 = 0
        var countWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

        mutating func readyCountWaiters() -> [CheckedContinuation<Void, Never>] {
            var ready: [CheckedContinuation<Void, Never>] = []
            countWaiters.removeAll { w in
                if sleepers.count >= w.count {
                    ready.append(w.continuation)
                    return true
                }
                return false
            }
            return ready
        }
    }

    private let state: Mutex<State>

    /// Creates a clock at `now` (by default 2025-01-01T00:00:00Z).
    public init(now: Date = Date(timeIntervalSince1970: 1_735_689_600)) {
        state = Mutex(State(now: now))
    }

    /// The clock's current time.
    public var now: Date { state.withLock { $0.now } }

    /// Suspends until the clock is advanced by `duration`.
    public func sleep(for duration: Swift.Duration) async throws {
        try await sleep(until: now.addingTimeInterval(Self.seconds(duration)))
    }

    /// Suspends until the clock is advanced to `deadline`; returns at once when it has passed.
    /// Throws `CancellationError` when the task is cancelled.
    public func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
                enum Action { case resume, cancel, wait([CheckedContinuation<Void, Never>]) }
                let action = state.withLock { s -> Action in
                    if Task.isCancelled { return .cancel }
                    if deadline <= s.now { return .resume }
                    s.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: c))
                    return .wait(s.readyCountWaiters())
                }
                switch action {
                case .resume: c.resume()
                case .cancel: c.resume(throwing: CancellationError())
                case .wait(let ready): ready.forEach { $0.resume() }
                }
            }
        } onCancel: {
            let sleeper = state.withLock { s -> Sleeper? in
                guard let i = s.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return s.sleepers.remove(at: i)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock forward by `duration` and resumes the sleepers that are due.
    public func advance(by duration: Swift.Duration) {
        let target = state.withLock { $0.now.addingTimeInterval(Self.seconds(duration)) }
        advance(to: target)
    }

    /// Moves the clock to `date` (never backwards) and resumes, in deadline order, every
    /// sleeper whose deadline is at or before it.
    public func advance(to date: Date) {
        let due = state.withLock { s -> [Sleeper] in
            if date > s.now { s.now = date }
            let now = s.now
            let due = s.sleepers.filter { $0.deadline <= now }
            s.sleepers.removeAll { $0.deadline <= now }
            return due.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Advances to the earliest sleeper's deadline, if any; returns whether one was due.
    @discardableResult
    public func advanceToNextDeadline() -> Bool {
        guard let next = nextDeadline else { return false }
        advance(to: next)
        return true
    }

    /// How many tasks are sleeping on the clock.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// The earliest deadline of a sleeping task.
    public var nextDeadline: Date? { state.withLock { $0.sleepers.map(\.deadline).min() } }

    /// Waits until at least `count` tasks are sleeping on the clock (so a test can advance
    /// the clock knowing its loop is parked).
    public func waitForSleepers(_ count: Int) async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { s -> Bool in
                if s.sleepers.count >= count { return true }
                s.countWaiters.append((count, c))
                return false
            }
            if ready { c.resume() }
        }
    }

    static func seconds(_ d: Swift.Duration) -> TimeInterval {
        let c = d.components
        return TimeInterval(c.seconds) + TimeInterval(c.attoseconds) / 1e18
    }
}
