import Foundation
import KubeModels
@testable import KubeStore
import KubeTesting
import Synchronization
import Testing

/// The store conformance kit against FileStore; after each check the store is closed and
/// reopened, and the recovered state must equal the state before, revision for revision.
@Suite("FileStore conformance")
struct FileStoreConformanceTests {
    @Test("FileStore passes the conformance check, and recovers its final state exactly", arguments: StoreConformance.checks)
    func conformance(_ check: StoreConformance.Check) async throws {
        let dir = try TemporaryDirectory("conformance")
        defer { dir.remove() }
        let opened = Mutex<FileStore?>(nil)
        try await check.run { clock in
            let store = try FileStore(directory: dir.path, clock: clock)
            opened.withLock { $0 = store }
            return store
        }
        guard let store = opened.withLock({ $0 }) else { return }
        let before = try dumpState(store)
        let revision = try await store.currentRevision()
        await store.close()
        let reopened = try FileStore(directory: dir.path)
        #expect(reopened.recovery.discarded.isEmpty)
        #expect(try await reopened.currentRevision() == revision)
        let after = try dumpState(reopened)
        #expect(after == before, "recovered state differs from the state before closing")
        await reopened.close()
    }
}

/// One object of a store's state, as recovery must reproduce it.
struct DumpedObject: Hashable, CustomStringConvertible {
    var resource: String
    var key: ObjectKey
    var revision: Int64
    var json: JSONValue
    var description: String { "\(resource) \(key) @\(revision)" }
}

/// Every object of a FileStore, in a stable order.
func dumpState(_ store: FileStore) throws -> [DumpedObject] {
    let captured = store.storage.memory.captureCurrent()
    var out: [DumpedObject] = []
    for (t, versions) in captured.versions.enumerated() {
        for v in versions {
            guard let durable = v as? any DurableVersion else { continue }
            out.append(DumpedObject(resource: captured.resources[t], key: v.key, revision: v.revision,
                                    json: try JSONValue(parsing: try durable.durableForm().json)))
        }
    }
    return out.sorted { ($0.resource, $0.key.namespace, $0.key.name) < ($1.resource, $1.key.namespace, $1.key.name) }
}
