import Foundation
import KubeModels
import KubeStore

/// The store conformance kit: every semantic of ``ResourceStore`` as a check a backend author
/// runs against their backend. Each check gets a fresh store from the factory (built on the
/// ``TestClock`` it is given) and throws a ``ConformanceFailure`` that says what differed.
///
/// Swift Testing cannot discover tests inside a library, so call the checks from your own tests,
/// one `@Test` each, or all at once:
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conformance(_ check: StoreConformance.Check) async throws {
///     try await check.run { clock in MemoryStore(clock: clock) }
/// }
/// ```
public enum StoreConformance {
    /// Builds a fresh, empty store on the given clock.
    public typealias Factory = @Sendable (TestClock) async throws -> any ResourceStore

    /// How the kit drives a backend.
    public struct Options: Sendable {
        /// How long the kit waits for watch events before it fails a check (real time; only a
        /// broken store ever waits this long).
        public var watchTimeout: Swift.Duration
        /// The store's bookmark interval on its clock; the kit advances the test clock by it.
        public var bookmarkInterval: Swift.Duration
        /// How many concurrent writers the concurrency checks start.
        public var concurrentWriters: Int
        /// How many writes each concurrent writer makes.
        public var writesPerWriter: Int
        /// How many watchers the ordering check attaches.
        public var watchers: Int

        /// Creates options.
        public init(watchTimeout: Swift.Duration = .seconds(20), bookmarkInterval: Swift.Duration = .seconds(60),
                    concurrentWriters: Int = 8, writesPerWriter: Int = 40, watchers: Int = 4) {
            self.watchTimeout = watchTimeout
            self.bookmarkInterval = bookmarkInterval
            self.concurrentWriters = concurrentWriters
            self.writesPerWriter = writesPerWriter
            self.watchers = watchers
        }
    }

    /// One check of the kit.
    public struct Check: Sendable, CustomStringConvertible {
        /// The check's name, a sentence.
        public let name: String
        let body: @Sendable (CheckContext) async throws -> Void

        /// Runs the check against a fresh store from `makeStore`.
        public func run(options: Options = Options(), makeStore: Factory) async throws {
            let clock = TestClock()
            let store = try await makeStore(clock)
            try await body(CheckContext(name: name, store: store, clock: clock, options: options))
        }

        public var description: String { name }
    }

    /// Every check, in a stable order.
    public static var checks: [Check] {
        crudChecks + writeChecks + deleteChecks + listChecks + watchChecks + patchChecks
    }

    /// The check with this name (see ``checks``).
    public static func check(named name: String) -> Check? { checks.first { $0.name == name } }

    /// Runs every check; throws one ``ConformanceFailure`` listing every check that failed.
    public static func runAll(options: Options = Options(), makeStore: Factory) async throws {
        var failures: [String] = []
        for check in checks {
            do {
                try await check.run(options: options, makeStore: makeStore)
            } catch {
                failures.append("\(check.name): \(error)")
            }
        }
        if !failures.isEmpty {
            throw ConformanceFailure(check: "\(failures.count) of \(checks.count) checks", message: failures.joined(separator: "\n"))
        }
    }
}
