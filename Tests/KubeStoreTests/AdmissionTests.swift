import Foundation
import KubeModels
import KubeStore
import KubeTesting
import Synchronization
import Testing

/// A mutating hook that adds a label and records the order it ran in.
struct LabelHook: MutatingAdmissionHook {
    let name: String
    let log: CallLog
    func admit<R: KubeResource>(_ object: inout R, old: R?, request: AdmissionRequest) async throws {
        log.append("\(name):\(request.operation.rawValue):\(object.metadata.name)")
        object.metadata.labels[name] = "yes"
    }
}

/// A validating hook that refuses objects labelled `deny`.
struct DenyHook: ValidatingAdmissionHook {
    let name = "Deny"
    let log: CallLog
    struct Refusal: Error, CustomStringConvertible { var description: String { "denied by policy" } }
    func validate<R: KubeResource>(_ object: R, old: R?, request: AdmissionRequest) async throws {
        log.append("Deny:\(request.operation.rawValue)\(request.subresource.map { "/" + $0 } ?? ""):\(object.metadata.labels.keys.sorted())")
        if object.metadata.labels["deny"] != nil { throw Refusal() }
    }
}

final class CallLog: Sendable {
    private let entries = Mutex<[String]>([])
    func append(_ s: String) { entries.withLock { $0.append(s) } }
    var all: [String] { entries.withLock { $0 } }
}

@Suite("Admission hooks")
struct AdmissionTests {
    @Test("mutating hooks run in order, then validating hooks see the mutated object")
    func hooksRunInOrder() async throws {
        let log = CallLog()
        let store = MemoryStore(admission: AdmissionChain(mutating: [LabelHook(name: "first", log: log), LabelHook(name: "second", log: log)],
                                                          validating: [DenyHook(log: log)]))
        var w = Widget(name: "", namespace: "default")
        w.metadata.generateName = "gen-"
        let created = try await store.create(w)
        #expect(created.metadata.labels == ["first": "yes", "second": "yes"])
        #expect(log.all == ["first:CREATE:\(created.metadata.name)", "second:CREATE:\(created.metadata.name)", "Deny:CREATE:[\"first\", \"second\"]"])
        var status = created
        status.status.phase = "Ready"
        _ = try await store.updateStatus(status)
        #expect(log.all.last == "Deny:UPDATE/status:[\"first\", \"second\"]")
        _ = try await store.delete(Widget.self, created.key)
        #expect(log.all.last == "Deny:DELETE:[\"first\", \"second\"]")
    }

    @Test("a hook's refusal fails the write as Forbidden and stores nothing")
    func refusalIsForbidden() async throws {
        let store = MemoryStore(admission: AdmissionChain(validating: [DenyHook(log: CallLog())]))
        var w = Widget(name: "bad", namespace: "default")
        w.metadata.labels = ["deny": "1"]
        do {
            _ = try await store.create(w)
            Issue.record("the create was admitted")
        } catch let e as StoreError {
            #expect(e.code == .forbidden)
            #expect(e.message == #"widgets.conformance.kubeprimitives.dev "bad" is forbidden: Deny: denied by policy"#)
        }
        #expect(try await store.getIfPresent(Widget.self, w.key) == nil)
    }

    @Test("NamespaceExistsAdmission refuses creates in missing or terminating namespaces")
    func namespaceExists() async throws {
        let store = MemoryStore(admission: AdmissionChain(validating: [NamespaceExistsAdmission()]))
        do {
            _ = try await store.create(ConfigMap(name: "c", namespace: "nowhere"))
            Issue.record("created in a missing namespace")
        } catch let e as StoreError {
            #expect(e.code == .notFound)
            #expect(e.message == #"namespaces "nowhere" not found"#)
        }
        var ns = Namespace(name: "team")
        ns.metadata.finalizers = ["kubernetes"]
        _ = try await store.create(ns)
        _ = try await store.create(ConfigMap(name: "c", namespace: "team"))
        _ = try await store.create(Node(name: "cluster-scoped-is-fine"))
        _ = try await store.delete(Namespace.self, ObjectKey(name: "team"))
        do {
            _ = try await store.create(ConfigMap(name: "d", namespace: "team"))
            Issue.record("created in a terminating namespace")
        } catch let e as StoreError {
            #expect(e.code == .forbidden)
            #expect(e.message.contains("unable to create new content in namespace team because it is being terminated"))
        }
    }

    @Test("without hooks a store admits objects in any namespace")
    func noHooksByDefault() async throws {
        let store = MemoryStore()
        #expect(store.semantics.admission.isEmpty)
        _ = try await store.create(ConfigMap(name: "c", namespace: "never-created"))
    }
}
