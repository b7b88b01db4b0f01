import Foundation

/// The source of time for every time-dependent behaviour in the SDK: timestamps, back-offs,
/// leases, grace periods, cron schedules and probes.
///
/// Production code uses ``SystemClock``; tests use `TestClock` from KubeTesting, which moves only
/// when the test advances it, so no test sleeps for real seconds.
public protocol KubeClock: Sendable {
    /// The current wall-clock time.
    var now: Date { get }
    /// Suspends for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Swift.Duration) async throws
    /// Suspends until `deadline`; throws `CancellationError` when the task is cancelled.
    func sleep(until deadline: Date) async throws
}

extension KubeClock {
    /// Suspends until `deadline` by sleeping for the time left.
    public func sleep(until deadline: Date) async throws {
        let seconds = deadline.timeIntervalSince(now)
        if seconds > 0 { try await sleep(for: .nanoseconds(Int64(seconds * 1e9))) }
    }

    /// The current time as a ``Time`` (second precision).
    public var nowTime: Time { Time(now) }

    /// The current time as a ``MicroTime`` (microsecond precision).
    public var nowMicroTime: MicroTime { MicroTime(now) }
}

/// The real clock: wall time from the system, sleeping with `Task.sleep`.
public struct SystemClock: KubeClock {
    /// Creates the system clock.
    public init() {}
    public var now: Date { Date() }
    public func sleep(for duration: Swift.Duration) async throws { try await Task.sleep(for: duration) }
}
