import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var watchChecks: [Check] {
        [
            Check(name: "a watch without resourceVersion sends the current state as added, then live changes", body: watchFromNow),
            Check(name: "a watch from a resourceVersion replays the changes after it", body: watchReplays),
            Check(name: "every watcher sees every concurrent write once, in revision order", body: watchOrderingUnderConcurrency),
            Check(name: "a watch resumed from its last resourceVersion misses nothing and repeats nothing", body: watchResumes),
            Check(name: "a watch from a compacted resourceVersion fails with Gone", body: watchGoneAfterCompaction),
            Check(name: "a watch sees only its namespace", body: watchNamespace),
            Check(name: "objects moving across a label selector arrive as added and leave as deleted", body: watchSelectorTransitions),
            Check(name: "an idle watch that allows bookmarks gets one", body: watchBookmarks),
            Check(name: "stopping a watch ends its stream", body: watchStops),
        ]
    }

    static func watchFromNow(_ c: CheckContext) async throws {
        for name in ["c", "a", "b"] { _ = try await c.store.create(c.widget(name)) }
        let stream = try await c.store.watch(Widget.self, options: WatchOptions())
        let initial = try await c.collect(stream, 3, "initial events")
        for (event, name) in zip(initial, ["a", "b", "c"]) {
            guard case .added(let w) = event, w.metadata.name == name else { throw c.fail("initial events: \(c.describe(initial))") }
        }
        var created = try await c.store.create(c.widget("d"))
        created.spec.size = 5
        let updated = try await c.store.update(created)
        _ = try await c.store.delete(Widget.self, updated.key)
        let live = try await c.collect(stream, 3, "live events")
        guard case .added(let a) = live[0], case .modified(let m) = live[1], case .deleted(let d) = live[2] else {
            throw c.fail("live events: \(c.describe(live))")
        }
        try c.expectEqual(a.metadata.resourceVersion, created.metadata.resourceVersion, "added resourceVersion")
        try c.expectEqual(m, updated, "modified object")
        try c.expectEqual(try c.revision(d), try c.revision(updated) + 1, "deleted event revision")
        try c.expectEqual(d.spec.size, 5, "deleted event carries the last state")
        let zero = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: "0"))
        try c.expectEqual(try await c.collect(zero, 3, "resourceVersion 0 initial events").count, 3, "resourceVersion 0 initial events")
        stream.stop()
        zero.stop()
    }

    static func watchReplays(_ c: CheckContext) async throws {
        let a = try await c.store.create(c.widget("a"))
        _ = try await c.store.create(c.widget("b"))
        var b2 = try await c.store.get(Widget.self, ObjectKey(namespace: "default", name: "b"))
        b2.spec.size = 9
        _ = try await c.store.update(b2)
        _ = try await c.store.delete(Widget.self, a.key)
        let stream = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: a.metadata.resourceVersion))
        let events = try await c.collect(stream, 3, "replayed events")
        let kinds = events.map(CheckContext.describe).map { $0.split(separator: " ")[0] }
        try c.expectEqual(kinds, ["ADDED", "MODIFIED", "DELETED"], "replayed event types")
        let revisions = try events.compactMap(\.object).map(c.revision)
        try c.expectEqual(revisions, [try c.revision(a) + 1, try c.revision(a) + 2, try c.revision(a) + 3], "replayed revisions")
        let current = try await c.store.currentRevision()
        let future = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: String(current)))
        _ = try await c.store.create(c.widget("e"))
        let next = try await c.collect(future, 1, "event after the current revision")
        guard case .added(let e) = next[0], e.metadata.name == "e" else { throw c.fail("expected ADDED e, got \(c.describe(next))") }
        stream.stop()
        future.stop()
    }

    static func watchOrderingUnderConcurrency(_ c: CheckContext) async throws {
        let start = try await c.store.currentRevision()
        let writers = c.options.concurrentWriters, perWriter = c.options.writesPerWriter
        let total = writers * perWriter
        var streams: [WatchStream<Widget>] = []
        for _ in 0 ..< c.options.watchers {
            streams.append(try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: String(start))))
        }
        let store = c.store
        let collected = try await withThrowingTaskGroup(of: [Int64]?.self) { group -> [[Int64]] in
            for stream in streams {
                group.addTask {
                    let events = try await c.collect(stream, total, "events of a watcher")
                    return try events.map { event -> Int64 in
                        guard let object = event.object else { throw c.fail("unexpected \(CheckContext.describe(event))") }
                        return try c.revision(object)
                    }
                }
            }
            for w in 0 ..< writers {
                group.addTask {
                    // Each writer creates, updates and deletes its own objects: every write commits.
                    var live: [Widget] = []
                    for i in 0 ..< perWriter {
                        if i % 3 == 0 || live.isEmpty {
                            live.append(try await store.create(Widget(name: "w\(w)-\(i)", namespace: "default")))
                        } else if i % 3 == 1 {
                            var x = live.removeLast()
                            x.spec.size += 1
                            live.append(try await store.update(x))
                        } else {
                            let x = live.removeLast()
                            _ = try await store.delete(Widget.self, x.key)
                        }
                    }
                    return nil
                }
            }
            var results: [[Int64]] = []
            for try await r in group { if let r { results.append(r) } }
            return results
        }
        let end = try await c.store.currentRevision()
        try c.expectEqual(end - start, Int64(total), "writes committed")
        let expected = Array((start + 1) ... end)
        for (i, revisions) in collected.enumerated() {
            if revisions != expected {
                let missing = Set(expected).subtracting(revisions).sorted().prefix(10)
                let outOfOrder = zip(revisions, revisions.dropFirst()).first { $0 >= $1 }
                throw c.fail("watcher \(i) saw \(revisions.count) events, expected \(expected.count); missing \(Array(missing)); first out of order \(String(describing: outOfOrder))")
            }
        }
        streams.forEach { $0.stop() }
    }

    static func watchResumes(_ c: CheckContext) async throws {
        let start = try await c.store.currentRevision()
        for i in 0 ..< 10 { _ = try await c.store.create(c.widget("w\(i)")) }
        let first = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: String(start)))
        let part = try await c.collect(first, 4, "events before the disconnect")
        first.stop()
        for i in 10 ..< 15 { _ = try await c.store.create(c.widget("w\(i)")) }
        guard let last = part.last?.object else { throw c.fail("no object in the last event") }
        let resumed = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: last.metadata.resourceVersion))
        let rest = try await c.collect(resumed, 11, "events after resuming")
        let names = (part + rest).compactMap(\.object).map(\.metadata.name)
        try c.expectEqual(names, (0 ..< 15).map { "w\($0)" }, "names seen across the disconnect")
        resumed.stop()
    }

    static func watchGoneAfterCompaction(_ c: CheckContext) async throws {
        guard let compactable = c.store as? any CompactableStore else { return }
        let first = try await c.store.create(c.widget("a"))
        for i in 0 ..< 5 { _ = try await c.store.create(c.widget("b\(i)")) }
        let current = try await c.store.currentRevision()
        try await compactable.compact(upTo: current)
        let e = try await c.expectError(.gone, containing: "too old resource version: \(first.metadata.resourceVersion)", "watch from before the compaction") {
            try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: first.metadata.resourceVersion))
        }
        try c.expectEqual(e.code.httpStatus, 410, "HTTP status")
        let fresh = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: String(current)))
        _ = try await c.store.create(c.widget("after"))
        let events = try await c.collect(fresh, 1, "event after compaction")
        guard case .added(let w) = events[0], w.metadata.name == "after" else { throw c.fail("expected ADDED after, got \(c.describe(events))") }
        fresh.stop()
    }

    static func watchNamespace(_ c: CheckContext) async throws {
        let stream = try await c.store.watch(Widget.self, options: WatchOptions(namespace: "mine"))
        _ = try await c.store.create(c.widget("x", namespace: "theirs"))
        _ = try await c.store.create(c.widget("y", namespace: "mine"))
        _ = try await c.store.create(ConfigMap(name: "z", namespace: "mine"))
        _ = try await c.store.create(c.widget("sentinel", namespace: "mine"))
        let events = try await c.collect(stream, 2, "namespace events")
        try c.expectEqual(events.compactMap(\.object).map(\.metadata.name), ["y", "sentinel"], "names seen in namespace mine")
        stream.stop()
    }

    static func watchSelectorTransitions(_ c: CheckContext) async throws {
        guard c.selectorsWork else { return }
        let stream = try await c.store.watch(Widget.self, options: WatchOptions(labelSelector: try Labels.Selector(parsing: "app=web")))
        var w = try await c.store.create(c.widget("moving", labels: ["app": "web"]))
        w.spec.size = 2
        w = try await c.store.update(w)
        w.metadata.labels = ["app": "db"]
        let moved = try await c.store.update(w)
        w = moved
        w.spec.size = 3
        w = try await c.store.update(w)
        w.metadata.labels = ["app": "web"]
        let back = try await c.store.update(w)
        _ = try await c.store.create(c.widget("other", labels: ["app": "db"]))
        _ = try await c.store.delete(Widget.self, back.key)
        let events = try await c.collect(stream, 5, "selector events")
        try c.expectEqual(events.map { CheckContext.describe($0).split(separator: " ")[0] }, ["ADDED", "MODIFIED", "DELETED", "ADDED", "DELETED"],
                          "event types through the selector")
        guard case .deleted(let left) = events[2] else { throw c.fail("no DELETED when leaving the selector") }
        try c.expectEqual(left.metadata.resourceVersion, moved.metadata.resourceVersion, "revision of the DELETED for leaving")
        try c.expectEqual(left.metadata.labels, ["app": "web"], "labels of the object leaving (its previous state)")
        stream.stop()
    }

    static func watchBookmarks(_ c: CheckContext) async throws {
        let created = try await c.store.create(c.widget("a"))
        let stream = try await c.store.watch(Widget.self, options: WatchOptions(resourceVersion: created.metadata.resourceVersion, allowBookmarks: true))
        let clock = c.clock, interval = c.options.bookmarkInterval
        let events = try await withThrowingTaskGroup(of: [WatchEvent<Widget>]?.self) { group -> [WatchEvent<Widget>] in
            group.addTask { try await c.collect(stream, 1, "bookmark") }
            group.addTask {
                // Move the clock past the interval, again and again, until the bookmark arrives.
                while !Task.isCancelled {
                    clock.advance(by: interval)
                    try await Task.sleep(for: .milliseconds(5))
                }
                return nil
            }
            var result: [WatchEvent<Widget>] = []
            while let next = try await group.next() {
                if let next {
                    result = next
                    break
                }
            }
            group.cancelAll()
            return result
        }
        guard case .bookmark(let rv) = events[0] else { throw c.fail("expected a bookmark, got \(c.describe(events))") }
        try c.expectEqual(rv, created.metadata.resourceVersion, "bookmark resourceVersion")
        stream.stop()
    }

    static func watchStops(_ c: CheckContext) async throws {
        let stream = try await c.store.watch(Widget.self, options: WatchOptions())
        let store = c.store
        let ended = try await withThrowingTaskGroup(of: Int?.self) { group -> Int in
            group.addTask {
                var n = 0
                for try await _ in stream { n += 1 }
                return n
            }
            group.addTask {
                _ = try await store.create(Widget(name: "one", namespace: "default"))
                try await Task.sleep(for: .milliseconds(20))
                stream.stop()
                return nil
            }
            group.addTask {
                try await Task.sleep(for: c.options.watchTimeout)
                return -1
            }
            while let r = try await group.next() {
                if let r {
                    group.cancelAll()
                    return r
                }
            }
            return -1
        }
        try c.expect(ended >= 0, "the stream did not end after stop()")
    }
}
