import Foundation
import KubeModels
import KubeTesting
import Synchronization
import Testing

@Suite("TestClock")
struct TestClockTests {
    @Test("sleepers resume only when the clock is advanced, in deadline order")
    func deadlineOrder() async throws {
        let clock = TestClock()
        let order = IntLog()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (i, seconds) in [(1, 30), (2, 10), (3, 20)] {
                group.addTask {
                    try await clock.sleep(for: .seconds(seconds))
                    order.append(i)
                }
            }
            await clock.waitForSleepers(3)
            #expect(clock.sleeperCount == 3)
            clock.advance(by: .seconds(15))
            while order.all.count < 1 { await Task.yield() }
            #expect(clock.sleeperCount == 2)
            clock.advance(by: .seconds(15))
            try await group.waitForAll()
        }
        #expect(order.all.first == 2)
        #expect(Set(order.all) == [1, 2, 3])
        #expect(clock.now == Date(timeIntervalSince1970: 1_735_689_600 + 30))
    }

    @Test("a cancelled sleeper throws CancellationError and leaves the clock")
    func cancellation() async throws {
        let clock = TestClock()
        let task = Task { try await clock.sleep(for: .seconds(60)) }
        await clock.waitForSleepers(1)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.sleeperCount == 0)
    }

    @Test("a deadline in the past returns at once; the clock never goes back")
    func pastDeadline() async throws {
        let clock = TestClock()
        try await clock.sleep(until: clock.now.addingTimeInterval(-5))
        try await clock.sleep(for: .zero)
        let before = clock.now
        clock.advance(to: before.addingTimeInterval(-100))
        #expect(clock.now == before)
        #expect(clock.nextDeadline == nil)
        #expect(clock.advanceToNextDeadline() == false)
    }
}

final class IntLog: Sendable {
    private let entries = Mutex<[Int]>([])
    func append(_ i: Int) { entries.withLock { $0.append(i) } }
    var all: [Int] { entries.withLock { $0 } }
}
