import Foundation
import KubeModels
import KubeStore
import KubeTesting
import Synchronization

/// `kube-bench store [--writes N] [--rounds R] [--watchers W] [--size-check on|off] [--only NAME-PART]`: MemoryStore
/// writes of realistic scheduled pods (~3.4 KB, defaulting and validation included) with 1 and
/// 16 writers and with 0 and 100 watchers (each watcher must receive every event; the counts are
/// checked), reads per second, and watch delivery latency.
func runStoreBench(_ options: [String]) async throws {
    let writes = option(options, "--writes", default: 200_000)
    let rounds = option(options, "--rounds", default: 3)
    let watcherCount = option(options, "--watchers", default: 100)
    let sizeCheck = !(options.firstIndex(of: "--size-check").map { options.indices.contains($0 + 1) && options[$0 + 1] == "off" } ?? false)
    let only = options.firstIndex(of: "--only").flatMap { options.indices.contains($0 + 1) ? options[$0 + 1] : nil }
    func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }
    let pods = StoreBench.pods(writes)
    let extra: [String: Any] = ["writes": writes, "bytes_per_pod": StoreBench.bytesPerPod, "size_check": sizeCheck]

    func makeStore() -> MemoryStore {
        MemoryStore(configuration: MemoryStore.Configuration(eventWindow: max(100_000, writes + 1), checksObjectSize: sizeCheck))
    }

    // Writes, no watchers.
    for writers in [1, 16] where wanted("store/memory-write-\(writers)w-0watchers") {
        var best = 0.0
        for _ in 0 ..< rounds {
            let store = makeStore()
            let seconds = try await StoreBench.timeWrites(store, pods, writers: writers)
            let count = try await store.list(Pod.self, options: ListOptions(limit: 1)).remainingItemCount.map { $0 + 1 } ?? 0
            guard count == Int64(writes) else { throw StoreBench.Failure("stored \(count) pods, wrote \(writes)") }
            best = max(best, Double(writes) / seconds)
        }
        report("store/memory-write-\(writers)w-0watchers", best, unit: "writes/s", extra: extra.merging(["writers": writers]) { a, _ in a })
    }

    // Writes with watchers that each receive every event.
    if wanted("store/memory-write-1w-\(watcherCount)watchers") {
        var best = 0.0
        var writerOnly = 0.0
        for _ in 0 ..< rounds {
            let store = makeStore()
            let (total, writer) = try await StoreBench.timeWritesWithWatchers(store, pods, watchers: watcherCount)
            if Double(writes) / total > best {
                best = Double(writes) / total
                writerOnly = Double(writes) / writer
            }
        }
        report("store/memory-write-1w-\(watcherCount)watchers", best, unit: "writes/s",
               extra: extra.merging(["watchers": watcherCount, "events_delivered": writes * watcherCount,
                                     "writer_only_writes_per_s": (writerOnly * 10).rounded() / 10,
                                     "note": "time from the first write until every watcher received every event"]) { a, _ in a })
    }

    // Reads.
    if wanted("store/memory-read") {
        let store = makeStore()
        _ = try await StoreBench.timeWrites(store, pods, writers: 1)
        for readers in [1, 16] {
            var best = 0.0
            for _ in 0 ..< rounds {
                let seconds = try await StoreBench.timeReads(store, pods, readers: readers)
                best = max(best, Double(pods.count) / seconds)
            }
            report("store/memory-read-\(readers)r", best, unit: "reads/s", extra: ["objects": writes, "readers": readers])
        }
    }

    // Watch delivery latency at a steady ~10,000 writes/s with 10 watchers.
    if wanted("store/memory-watch-latency") {
        let (p50, p99, count) = try await StoreBench.watchLatency(makeStore(), Array(pods.prefix(20_000)), watchers: 10)
        report("store/memory-watch-latency-p50", p50, unit: "us", extra: ["events": count, "watchers": 10, "rate": "~10k writes/s"])
        report("store/memory-watch-latency-p99", p99, unit: "us", extra: ["events": count, "watchers": 10, "rate": "~10k writes/s"])
    }
}

/// A value behind a lock, shareable with child tasks.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<T: Sendable>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}

enum StoreBench {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static var bytesPerPod: Int { (try? KubeJSON.encode(pod(0)).count) ?? 0 }

    static func pod(_ i: Int) -> Pod {
        var pod = SampleObjects.scheduledPod(index: i)
        pod.metadata.resourceVersion = ""
        return pod
    }

    /// `count` distinct realistic pods, built before any timing.
    static func pods(_ count: Int) -> [Pod] { (0 ..< count).map(pod) }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Creates every pod with `writers` concurrent tasks; returns the elapsed seconds.
    static func timeWrites(_ store: MemoryStore, _ pods: [Pod], writers: Int) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0 ..< writers {
                group.addTask {
                    var i = w
                    while i < pods.count {
                        _ = try await store.create(pods[i])
                        i += writers
                    }
                }
            }
            try await group.waitForAll()
        }
        return seconds(since: start)
    }

    /// One writer creates every pod while `watchers` watchers consume; returns the seconds until
    /// every watcher had every event, and the seconds the writer took.
    static func timeWritesWithWatchers(_ store: MemoryStore, _ pods: [Pod], watchers: Int) async throws -> (Double, Double) {
        let rv = String(try await store.currentRevision())
        var streams: [WatchStream<Pod>] = []
        for _ in 0 ..< watchers { streams.append(try await store.watch(Pod.self, options: WatchOptions(resourceVersion: rv))) }
        let expected = pods.count
        let start = ContinuousClock.now
        let writerSeconds = Locked(0.0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for stream in streams {
                group.addTask {
                    var n = 0
                    for try await event in stream {
                        guard case .added = event else { throw Failure("unexpected \(event.resourceVersion)") }
                        n += 1
                        if n == expected { break }
                    }
                    guard n == expected else { throw Failure("a watcher received \(n) of \(expected) events") }
                }
            }
            group.addTask {
                for pod in pods { _ = try await store.create(pod) }
                let s = seconds(since: start)
                writerSeconds.withLock { $0 = s }
            }
            try await group.waitForAll()
        }
        return (seconds(since: start), writerSeconds.withLock { $0 })
    }

    /// Every pod read once by key, spread over `readers` tasks.
    static func timeReads(_ store: MemoryStore, _ pods: [Pod], readers: Int) async throws -> Double {
        let keys = pods.map(\.key)
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for r in 0 ..< readers {
                group.addTask {
                    var i = r
                    while i < keys.count {
                        let pod = try await store.get(Pod.self, keys[i])
                        guard pod.metadata.name == keys[i].name else { throw Failure("read the wrong pod") }
                        i += readers
                    }
                }
            }
            try await group.waitForAll()
        }
        return seconds(since: start)
    }

    /// Delivery latency from just before each create to each watcher's receipt, in microseconds.
    static func watchLatency(_ store: MemoryStore, _ pods: [Pod], watchers: Int) async throws -> (Double, Double, Int) {
        let sent = Locked([UInt64](repeating: 0, count: pods.count + 1))
        let base = try await store.currentRevision()
        var streams: [WatchStream<Pod>] = []
        for _ in 0 ..< watchers { streams.append(try await store.watch(Pod.self, options: WatchOptions(resourceVersion: String(base)))) }
        let latencies = try await withThrowingTaskGroup(of: [UInt64].self) { group -> [UInt64] in
            for stream in streams {
                group.addTask {
                    var out: [UInt64] = []
                    out.reserveCapacity(pods.count)
                    for try await event in stream {
                        let now = DispatchTime.now().uptimeNanoseconds
                        guard let rv = Int64(event.resourceVersion) else { continue }
                        let index = Int(rv - base)
                        let t = sent.withLock { $0[index] }
                        out.append(now &- t)
                        if out.count == pods.count { break }
                    }
                    return out
                }
            }
            group.addTask {
                for (i, pod) in pods.enumerated() {
                    sent.withLock { $0[i + 1] = DispatchTime.now().uptimeNanoseconds }
                    _ = try await store.create(pod)
                    if i % 10 == 9 { try await Task.sleep(for: .milliseconds(1)) }
                }
                return []
            }
            var all: [UInt64] = []
            for try await part in group { all += part }
            return all
        }
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else { throw Failure("no latencies measured") }
        func pct(_ p: Double) -> Double { Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1000 }
        return (pct(0.50), pct(0.99), sorted.count)
    }
}
