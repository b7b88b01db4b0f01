import Foundation
import KubeModels
@testable import KubeStore
import KubeTesting
import Synchronization
import Testing

@Suite("Store semantics")
struct SemanticsTests {
    @Test("continue tokens round-trip in the API server's encoding and reject garbage")
    func continueTokens() throws {
        let token = ContinueToken(revision: 42, lastKey: ObjectKey(namespace: "default", name: "web-1"))
        let text = token.encoded
        #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
        #expect(try ContinueToken(parsing: text) == token)
        let json = String(decoding: Data(base64Encoded: text + String(repeating: "=", count: (4 - text.count % 4) % 4)) ?? Data(), as: UTF8.self)
        #expect(json == #"{"rv":42,"start":"default/web-1\u0000","v":"meta.k8s.io/v1"}"#)
        for bad in ["", "!!!", Data(#"{"v":"other","rv":1,"start":"a"}"#.utf8).base64EncodedString(),
                    Data(#"{"v":"meta.k8s.io/v1","rv":0,"start":"a"}"#.utf8).base64EncodedString()] {
            #expect(throws: StoreError.self) { try ContinueToken(parsing: bad) }
        }
    }

    @Test("uids are lower-case version 4 UUIDs and generated names use upstream's alphabet")
    func identifiers() {
        let source = IdentifierSource(seed: 1)
        var seen = Set<String>()
        for _ in 0 ..< 1000 {
            let uid = source.uuid()
            #expect(UUID(uuidString: uid) != nil)
            #expect(uid == uid.lowercased())
            #expect(Array(uid)[14] == "4")
            #expect("89ab".contains(Array(uid)[19]))
            seen.insert(uid)
        }
        #expect(seen.count == 1000)
        let name = source.generateName(prefix: String(repeating: "p", count: 100))
        #expect(name.count == 63)
        #expect(IdentifierSource(seed: 5).uuid() == IdentifierSource(seed: 5).uuid())
    }

    @Test("the error messages are the API server's")
    func messages() {
        let key = ObjectKey(namespace: "default", name: "web")
        #expect(StoreError.notFound(Pod.self, key).message == #"pods "web" not found"#)
        #expect(StoreError.alreadyExists(Deployment.self, key).message == #"deployments.apps "web" already exists"#)
        #expect(StoreError.alreadyExists(Pod.self, key, beingDeleted: true).message == #"object is being deleted: pods "web" already exists"#)
        #expect(StoreError.conflict(Pod.self, key).message
            == #"Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again"#)
        let errors: [FieldError] = [.required("spec.containers", ""), .invalid("metadata.name", .string("A"), "bad"), .required("spec.containers", "")]
        #expect(StoreError.invalid(Deployment.self, key, errors).message
            == #"Deployment.apps "web" is invalid: [spec.containers: Required value, metadata.name: Invalid value: "A": bad]"#)
        #expect(StoreError.tooOldResourceVersion(5, compacted: 10).message == "too old resource version: 5 (10)")
    }

    @Test("a strategic merge patch of a custom kind is refused with 415, as upstream")
    func strategicRefusedForCustomKinds() async throws {
        let store = MemoryStore()
        let created = try await store.create(Widget(name: "w", namespace: "default"))
        do {
            _ = try await store.patch(Widget.self, created.key, PatchRequest(.strategicMerge, ["spec": ["size": 2]]), options: WriteOptions())
            Issue.record("applied")
        } catch let e as StoreError {
            #expect(e.code.rawValue == "UnsupportedMediaType")
            #expect(e.code.httpStatus == 415)
        }
    }

    @Test("retryOnConflict gives up after its steps and rethrows the conflict")
    func retryGivesUp() async throws {
        let store = MemoryStore()
        let clock = TestClock()
        let attempts = AttemptCounter()
        let task = Task {
            try await store.retryOnConflict(ConflictBackoff(steps: 3, duration: .seconds(1)), clock: clock) { () async throws -> Int in
                attempts.increment()
                throw StoreError.conflict(Pod.self, ObjectKey(name: "x"))
            }
        }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(2))
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(2))
        await #expect(throws: StoreError.self) { try await task.value }
        #expect(attempts.value == 3)
    }
}

final class AttemptCounter: Sendable {
    private let count = Atomic<Int>(0)
    func increment() { count.add(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}
