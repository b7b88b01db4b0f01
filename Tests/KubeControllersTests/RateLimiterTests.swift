import Foundation
import KubeControllers
import KubeModels
import Synchronization
import Testing

/// A clock whose time only moves when the test sets it (sleeping is not used by rate limiters).
final class FixedClock: KubeClock {
    private let time = Mutex(Date(timeIntervalSince1970: 1_700_000_000))
    var now: Date { time.withLock { $0 } }
    func advance(seconds: Double) { time.withLock { $0 = $0.addingTimeInterval(seconds) } }
    func sleep(for duration: Swift.Duration) async throws { try await Task.sleep(for: duration) }
}

/// The rate limiters reproduce client-go's sequences (default_rate_limiters_test.go).
@Suite("Rate limiters")
struct RateLimiterTests {
    @Test("exponential back-off doubles from the base delay and caps at the maximum (TestItemExponentialFailureRateLimiter)")
    func exponential() {
        let limiter = ExponentialFailureRateLimiter<String>(baseDelay: .milliseconds(1), maxDelay: .seconds(1))
        let expected: [Swift.Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(4), .milliseconds(8), .milliseconds(16)]
        #expect(expected.map { _ in limiter.when("one") } == expected)
        #expect(limiter.numRequeues("one") == 5)
        #expect(limiter.when("two") == .milliseconds(1))
        #expect(limiter.when("two") == .milliseconds(2))
        #expect(limiter.numRequeues("two") == 2)
        limiter.forget("one")
        #expect(limiter.numRequeues("one") == 0)
        #expect(limiter.when("one") == .milliseconds(1))
        for _ in 0 ..< 20 { _ = limiter.when("capped") }
        #expect(limiter.when("capped") == .seconds(1))
    }

    @Test("exponential back-off never overflows (TestItemExponentialFailureRateLimiterOverFlow)")
    func exponentialOverflow() {
        let limiter = ExponentialFailureRateLimiter<String>(baseDelay: .milliseconds(1), maxDelay: .seconds(1000))
        for _ in 0 ..< 5 { _ = limiter.when("one") }
        #expect(limiter.when("one") == .milliseconds(32))
        for _ in 0 ..< 1000 { _ = limiter.when("overflow1") }
        #expect(limiter.when("overflow1") == .seconds(1000))
        let huge = ExponentialFailureRateLimiter<String>(baseDelay: .seconds(60 * 60 * 24 * 365 * 1000), maxDelay: .seconds(60 * 60 * 24 * 365 * 2000))
        for _ in 0 ..< 2 { _ = huge.when("two") }
        #expect(huge.when("two") == .seconds(60 * 60 * 24 * 365 * 2000))
    }

    @Test("the token bucket gives the burst at once, then one token per 1/qps, refilling with time")
    func bucket() {
        let clock = FixedClock()
        let bucket = BucketRateLimiter<String>(qps: 10, burst: 100, clock: clock)
        for i in 0 ..< 100 { #expect(bucket.when("item-\(i)") == .zero) }
        #expect(bucket.when("a") == .milliseconds(100))
        #expect(bucket.when("b") == .milliseconds(200))
        #expect(bucket.when("c") == .milliseconds(300))
        clock.advance(seconds: 1)
        // 10 tokens came back; the debt of 3 leaves 7, so the next 6 are free and the 8th waits.
        for _ in 0 ..< 7 { #expect(bucket.when("d") == .zero) }
        #expect(bucket.when("e") == .milliseconds(100))
    }

    @Test("the controller default is the maximum of both, as client-go's DefaultControllerRateLimiter (TestMaxOfRateLimiter)")
    func controllerDefault() {
        let clock = FixedClock()
        let limiter = MaxOfRateLimiter<String>.controllerDefault(clock: clock)
        #expect(limiter.when("one") == .milliseconds(5))
        #expect(limiter.when("one") == .milliseconds(10))
        #expect(limiter.when("one") == .milliseconds(20))
        for i in 0 ..< 97 { _ = limiter.when("filler-\(i)") }
        // The bucket is empty now: the next item waits 100 ms even though its own back-off is 5 ms.
        #expect(limiter.when("two") == .milliseconds(100))
        #expect(limiter.numRequeues("one") == 3)
        limiter.forget("one")
        #expect(limiter.numRequeues("one") == 0)
    }
}
