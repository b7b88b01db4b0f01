import Foundation
import KubeControllers
import KubeModels

/// `kube-bench controllers [--items N]`: work-queue operations per second (add, next and done each
/// count as one operation), one producer and one worker, plus a dedup-heavy case.
func runControllersBench(_ options: [String]) async throws {
    let items = option(options, "--items", default: 200_000)
    let keys = (0 ..< items).map { ObjectKey(namespace: "default", name: "pod-\($0)") }

    let queue = WorkQueue<ObjectKey>()
    let start = ContinuousClock.now
    await withTaskGroup(of: Void.self) { group in
        group.addTask {
            for key in keys { await queue.add(key) }
            await queue.shutDownWithDrain()
        }
        group.addTask {
            while let key = await queue.next() { await queue.done(key) }
        }
    }
    let seconds = (ContinuousClock.now - start).seconds
    report("controllers/queue-ops", Double(items * 3) / seconds, unit: "ops/s", extra: ["items": items, "workers": 1])

    // Many adds of few keys: dedup keeps the queue short.
    let dedup = WorkQueue<ObjectKey>()
    let hot = Array(keys.prefix(100))
    let dedupStart = ContinuousClock.now
    for round in 0 ..< items / 100 {
        for key in hot { await dedup.add(key, priority: round % 2 == 0 ? .high : .low) }
    }
    let dedupSeconds = (ContinuousClock.now - dedupStart).seconds
    report("controllers/queue-add-dedup", Double(items) / dedupSeconds, unit: "ops/s", extra: ["distinct": 100, "depth": await dedup.count])
}

extension Swift.Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
