import Foundation
import KubeControllers
import KubeModels
import Synchronization
import Testing

/// The work queue keeps client-go's guarantees (queue_test.go, delaying_queue_test.go).
@Suite("Work queue")
struct WorkQueueTests {
    @Test("an item added many times is handed out once")
    func dedup() async {
        let q = WorkQueue<String>()
        for _ in 0 ..< 10 { await q.add("a") }
        await q.add("b")
        #expect(await q.count == 2)
        #expect(await q.next() == "a")
        #expect(await q.next() == "b")
        #expect(await q.count == 0)
    }

    @Test("an item added while processing is handed out again only after done")
    func addWhileProcessing() async {
        let q = WorkQueue<String>()
        await q.add("a")
        let first = await q.next()
        #expect(first == "a")
        await q.add("a")
        #expect(await q.count == 0)  // not queued while processing
        await q.done("a")
        #expect(await q.count == 1)
        #expect(await q.next() == "a")
        await q.done("a")
        #expect(await q.count == 0)
    }

    @Test("changes are served before initial-list and resync items, and adding with high priority raises a waiting item")
    func priority() async {
        let q = WorkQueue<String>()
        for name in ["r1", "r2", "r3"] { await q.add(name, priority: .low) }
        await q.add("change")
        await q.add("r3", priority: .high)
        var order: [String] = []
        while await q.count > 0, let item = await q.next() { order.append(item) }
        #expect(order == ["change", "r3", "r1", "r2"])
    }

    @Test("shutdown wakes waiting workers with nil, and drain waits for items in flight")
    func shutdown() async {
        let q = WorkQueue<String>()
        async let waiter = q.next()
        try? await Task.sleep(for: .milliseconds(20))
        await q.shutDown()
        #expect(await waiter == nil)
        await q.add("ignored")
        #expect(await q.count == 0)

        let d = WorkQueue<String>()
        await d.add("x")
        _ = await d.next()
        let drained = Locked(false)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await d.shutDownWithDrain()
                drained.withLock { $0 = true }
            }
            try? await Task.sleep(for: .milliseconds(20))
            #expect(drained.withLock { $0 } == false)
            await d.done("x")
        }
        #expect(drained.withLock { $0 })
    }

    @Test("delayed adds arrive after their delay, earliest first, and an earlier re-add wins")
    func delayed() async {
        let q = WorkQueue<String>()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await q.run() }
            await q.add("late", after: .milliseconds(80))
            await q.add("early", after: .milliseconds(20))
            await q.add("late", after: .milliseconds(40))  // earlier than its first request: wins
            #expect(await q.count == 0)
            #expect(await q.next() == "early")
            #expect(await q.next() == "late")
            #expect(await q.metrics.delayed == 0)
            await q.shutDown()
            group.cancelAll()
        }
    }

    @Test("no item is ever processed by two workers at once, and every add is processed after it (under load)")
    func noConcurrentProcessing() async {
        let q = WorkQueue<Int>()
        let inFlight = Locked<Set<Int>>([])
        let violations = Locked(0)
        let processed = Locked([Int: Int]())
        await withTaskGroup(of: Void.self) { group in
            for _ in 0 ..< 8 {
                group.addTask {
                    while let item = await q.next() {
                        let clash = inFlight.withLock { !$0.insert(item).inserted }
                        if clash { violations.withLock { $0 += 1 } }
                        await Task.yield()
                        processed.withLock { $0[item, default: 0] += 1 }
                        inFlight.withLock { _ = $0.remove(item) }
                        await q.done(item)
                    }
                }
            }
            for round in 0 ..< 200 {
                for item in 0 ..< 50 { await q.add(item, priority: round % 2 == 0 ? .high : .low) }
            }
            await q.shutDownWithDrain()
            while await q.count > 0 { await Task.yield() }
        }
        #expect(violations.withLock { $0 } == 0)
        #expect(processed.withLock { $0.count } == 50)
    }
}
