import Foundation
import KubeModels
import Synchronization

/// Decides how long an item waits before it is retried, as client-go's `workqueue.RateLimiter`.
public protocol RateLimiter<Item>: Sendable {
    /// The item type.
    associatedtype Item: Hashable & Sendable
    /// How long `item` should wait now; each call counts as one more failure of it.
    func when(_ item: Item) -> Swift.Duration
    /// Stops tracking `item` (it succeeded, or was given up).
    func forget(_ item: Item)
    /// How many times `item` has been rate limited since it was last forgotten.
    func numRequeues(_ item: Item) -> Int
}

/// Per-item exponential back-off: `baseDelay * 2^failures`, capped at `maxDelay`
/// (client-go's `ItemExponentialFailureRateLimiter`).
public final class ExponentialFailureRateLimiter<Item: Hashable & Sendable>: RateLimiter {
    private let baseDelay: Swift.Duration
    private let maxDelay: Swift.Duration
    private let failures = Mutex<[Item: Int]>([:])

    /// Creates the limiter; client-go's controller default is 5 ms doubling to 1000 s.
    public init(baseDelay: Swift.Duration = .milliseconds(5), maxDelay: Swift.Duration = .seconds(1000)) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public func when(_ item: Item) -> Swift.Duration {
        let exponent = failures.withLock { f -> Int in
            let e = f[item, default: 0]
            f[item] = e + 1
            return e
        }
        let base = Double(baseDelay.components.seconds) * 1e9 + Double(baseDelay.components.attoseconds) / 1e9
        let backoff = base * pow(2, Double(exponent))
        let maxNanos = Double(maxDelay.components.seconds) * 1e9 + Double(maxDelay.components.attoseconds) / 1e9
        if backoff > Double(Int64.max) || backoff > maxNanos { return maxDelay }
        return .nanoseconds(Int64(backoff))
    }

    public func forget(_ item: Item) { _ = failures.withLock { $0.removeValue(forKey: item) } }

    public func numRequeues(_ item: Item) -> Int { failures.withLock { $0[item, default: 0] } }
}

/// An overall token bucket: `qps` tokens a second, at most `burst` saved up; each call reserves
/// one token and waits for it (golang.org/x/time/rate's `Reserve().Delay()`, as client-go's
/// `BucketRateLimiter`). Time comes from the injected clock.
public final class BucketRateLimiter<Item: Hashable & Sendable>: RateLimiter {
    private struct State {
        var tokens: Double
        var last: Date?
    }

    private let qps: Double
    private let burst: Double
    private let clock: any KubeClock
    private let state: Mutex<State>

    /// Creates the bucket, full; client-go's controller default is 10 qps with a burst of 100.
    public init(qps: Double = 10, burst: Int = 100, clock: any KubeClock = SystemClock()) {
        self.qps = qps
        self.burst = Double(burst)
        self.clock = clock
        state = Mutex(State(tokens: Double(burst), last: nil))
    }

    public func when(_ item: Item) -> Swift.Duration {
        let now = clock.now
        let wait = state.withLock { s -> Double in
            let last = min(s.last ?? now, now)
            let elapsed = now.timeIntervalSince(last)
            s.tokens = min(burst, s.tokens + elapsed * qps)
            s.tokens -= 1
            s.last = now
            return s.tokens < 0 ? -s.tokens / qps : 0
        }
        return .nanoseconds(Int64((wait * 1e9).rounded()))
    }

    public func forget(_ item: Item) {}

    public func numRequeues(_ item: Item) -> Int { 0 }
}

/// The longest wait any of several limiters asks for (client-go's `MaxOfRateLimiter`).
public final class MaxOfRateLimiter<Item: Hashable & Sendable>: RateLimiter {
    private let limiters: [any RateLimiter<Item>]

    /// Combines limiters.
    public init(_ limiters: [any RateLimiter<Item>]) { self.limiters = limiters }

    public func when(_ item: Item) -> Swift.Duration {
        limiters.map { $0.when(item) }.max() ?? .zero
    }

    public func forget(_ item: Item) { limiters.forEach { $0.forget(item) } }

    public func numRequeues(_ item: Item) -> Int { limiters.map { $0.numRequeues(item) }.max() ?? 0 }
}

extension MaxOfRateLimiter {
    /// client-go's `DefaultControllerRateLimiter`: per-item exponential 5 ms .. 1000 s, and an
    /// overall token bucket of 10 qps with a burst of 100.
    public static func controllerDefault(clock: any KubeClock = SystemClock()) -> MaxOfRateLimiter<Item> {
        MaxOfRateLimiter([ExponentialFailureRateLimiter<Item>(), BucketRateLimiter<Item>(qps: 10, burst: 100, clock: clock)])
    }
}
