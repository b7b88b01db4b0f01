import Foundation
import KubeModels
import KubeStore

/// A failed conformance check: which check, and what was expected.
public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
    /// The check's name.
    public var check: String
    /// What went wrong.
    public var message: String

    public var description: String { "\(check): \(message)" }
}

/// What a check works with: a fresh store, its test clock, and assertion helpers that throw a
/// ``ConformanceFailure``.
struct CheckContext: Sendable {
    let name: String
    let store: any ResourceStore
    let clock: TestClock
    let options: StoreConformance.Options

    func fail(_ message: String) -> ConformanceFailure { ConformanceFailure(check: name, message: message) }

    func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw fail(message()) }
    }

    func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ what: String) throws {
        if actual != expected { throw fail("\(what): expected \(expected), got \(actual)") }
    }

    /// Runs `body`, which must fail with a ``StoreError`` of `code` (and, when given, exactly
    /// `message` or a message containing `containing`).
    @discardableResult
    func expectError<T>(_ code: StoreError.Code, message: String? = nil, containing: String? = nil, _ what: String,
                        _ body: () async throws -> T) async throws -> StoreError {
        do {
            let value = try await body()
            throw fail("\(what): expected \(code) error, but it succeeded with \(value)")
        } catch let e as StoreError {
            try expect(e.code == code, "\(what): expected \(code), got \(e.code): \(e.message)")
            if let message { try expectEqual(e.message, message, "\(what): message") }
            if let containing { try expect(e.message.contains(containing), "\(what): message \(FieldError.goQuote(e.message)) lacks \(FieldError.goQuote(containing))") }
            return e
        }
    }

    /// Reads exactly `count` events from `stream`, failing after the options' timeout.
    func collect<R: KubeResource>(_ stream: WatchStream<R>, _ count: Int, _ what: String) async throws -> [WatchEvent<R>] {
        let timeout = options.watchTimeout
        let events = try await withThrowingTaskGroup(of: [WatchEvent<R>]?.self) { group -> [WatchEvent<R>] in
            group.addTask {
                var out: [WatchEvent<R>] = []
                if count == 0 { return out }
                for try await event in stream {
                    out.append(event)
                    if out.count == count { break }
                }
                return out
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                stream.stop()
                return nil
            }
            var result: [WatchEvent<R>] = []
            while let next = try await group.next() {
                if let events = next {
                    result = events
                    break
                }
            }
            group.cancelAll()
            return result
        }
        if events.count != count {
            throw fail("\(what): expected \(count) events within \(timeout), got \(events.count): \(describe(events))")
        }
        return events
    }

    /// `ADDED ns/name@rv` lines, for messages.
    func describe<R: KubeResource>(_ events: [WatchEvent<R>]) -> String {
        "[" + events.map(Self.describe).joined(separator: ", ") + "]"
    }

    static func describe<R: KubeResource>(_ event: WatchEvent<R>) -> String {
        switch event {
        case .added(let o): return "ADDED \(o.key)@\(o.metadata.resourceVersion)"
        case .modified(let o): return "MODIFIED \(o.key)@\(o.metadata.resourceVersion)"
        case .deleted(let o): return "DELETED \(o.key)@\(o.metadata.resourceVersion)"
        case .bookmark(let rv): return "BOOKMARK @\(rv)"
        }
    }

    /// Whether the label selectors of this build really select (the KubeModels stand-ins match
    /// everything); checks that need them are reduced to their namespace parts otherwise.
    var selectorsWork: Bool {
        guard let s = try? Labels.Selector(parsing: "app=web") else { return false }
        return !s.matches(["app": "db"]) && s.matches(["app": "web"])
    }

    func widget(_ name: String, namespace: String = "default", size: Int64 = 1, labels: [String: String] = [:]) -> Widget {
        var w = Widget(name: name, namespace: namespace)
        w.metadata.labels = labels
        w.spec.size = size
        return w
    }

    func revision(_ object: some KubeResource) throws -> Int64 {
        guard let rv = Int64(object.metadata.resourceVersion) else {
            throw fail("resourceVersion \(FieldError.goQuote(object.metadata.resourceVersion)) of \(object.key) is not a decimal revision")
        }
        return rv
    }
}
