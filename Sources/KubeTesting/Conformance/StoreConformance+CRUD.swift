import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var crudChecks: [Check] {
        [
            Check(name: "create assigns uid, creationTimestamp, generation 1 and a resourceVersion", body: createAssignsSystemFields),
            Check(name: "create replaces system fields the client set", body: createReplacesClientSystemFields),
            Check(name: "create refuses a resourceVersion", body: createRefusesResourceVersion),
            Check(name: "create of an existing name fails with AlreadyExists", body: createDuplicateFails),
            Check(name: "create of an invalid object fails with Invalid and stores nothing", body: createInvalidFails),
            Check(name: "create of an object over the size limit fails with RequestEntityTooLarge", body: createOversizeFails),
            Check(name: "create clears the namespace of cluster-scoped kinds", body: createClearsClusterScopedNamespace),
            Check(name: "generateName adds a random five-character suffix", body: generateNameAddsSuffix),
            Check(name: "get of a missing object fails with NotFound", body: getMissingFails),
            Check(name: "dry-run writes store nothing", body: dryRunStoresNothing),
            Check(name: "built-in kinds round-trip through the store", body: builtInKindsRoundTrip),
        ]
    }

    static func createAssignsSystemFields(_ c: CheckContext) async throws {
        let before = try await c.store.currentRevision()
        let created = try await c.store.create(c.widget("a"))
        let m = created.metadata
        try c.expect(m.uid.count == 36 && m.uid == m.uid.lowercased() && UUID(uuidString: m.uid) != nil, "uid \(FieldError.goQuote(m.uid)) is not a lower-case UUID")
        try c.expectEqual(m.creationTimestamp, Time(c.clock.now), "creationTimestamp")
        try c.expectEqual(m.generation, 1, "generation")
        let rv = try c.revision(created)
        try c.expect(rv > before, "resourceVersion \(rv) is not after the store's revision \(before) before the write")
        try c.expectEqual(try await c.store.currentRevision(), rv, "current revision after one write")
        let read = try await c.store.get(Widget.self, created.key)
        try c.expect(read == created, "get returned \(read), not what create returned \(created)")
        let other = try await c.store.create(c.widget("b"))
        try c.expect(other.metadata.uid != m.uid, "two objects got the same uid")
        try c.expect(try c.revision(other) > rv, "the second write's revision is not greater")
    }

    static func createReplacesClientSystemFields(_ c: CheckContext) async throws {
        var w = c.widget("a")
        w.metadata.uid = "client-chosen"
        w.metadata.creationTimestamp = Time(secondsSince1970: 1)
        w.metadata.deletionTimestamp = Time(secondsSince1970: 2)
        w.metadata.deletionGracePeriodSeconds = 5
        w.metadata.generation = 42
        let created = try await c.store.create(w)
        try c.expect(created.metadata.uid != "client-chosen", "the client's uid was kept")
        try c.expectEqual(created.metadata.creationTimestamp, Time(c.clock.now), "creationTimestamp")
        try c.expectEqual(created.metadata.deletionTimestamp, nil, "deletionTimestamp")
        try c.expectEqual(created.metadata.deletionGracePeriodSeconds, nil, "deletionGracePeriodSeconds")
        try c.expectEqual(created.metadata.generation, 1, "generation")
    }

    static func createRefusesResourceVersion(_ c: CheckContext) async throws {
        var w = c.widget("a")
        w.metadata.resourceVersion = "5"
        try await c.expectError(.badRequest, message: "resourceVersion should not be set on objects to be created", "create with resourceVersion") {
            try await c.store.create(w)
        }
    }

    static func createDuplicateFails(_ c: CheckContext) async throws {
        _ = try await c.store.create(c.widget("web"))
        try await c.expectError(.alreadyExists, message: #"widgets.conformance.kubeprimitives.dev "web" already exists"#, "second create") {
            try await c.store.create(c.widget("web", size: 2))
        }
        var cm = ConfigMap(name: "web", namespace: "default")
        cm.data = ["k": "v"]
        _ = try await c.store.create(cm)
        try await c.expectError(.alreadyExists, message: #"configmaps "web" already exists"#, "second configmap create") {
            try await c.store.create(cm)
        }
        let stored = try await c.store.get(Widget.self, ObjectKey(namespace: "default", name: "web"))
        try c.expectEqual(stored.spec.size, 1, "the first object's spec after a refused create")
    }

    static func createInvalidFails(_ c: CheckContext) async throws {
        let before = try await c.store.currentRevision()
        try await c.expectError(.invalid, message: #"Widget.conformance.kubeprimitives.dev "" is invalid: metadata.name: Required value: name or generateName is required"#,
                                "create without a name") {
            try await c.store.create(Widget(name: "", namespace: "default"))
        }
        let noNamespace = try await c.expectError(.invalid, "create of a namespaced kind without a namespace") {
            try await c.store.create(Widget(name: "a", namespace: ""))
        }
        try c.expect(noNamespace.fieldErrors.contains { $0.field == "metadata.namespace" }, "no field error names metadata.namespace: \(noNamespace.fieldErrors)")
        try await c.expectError(.invalid, containing: "may not contain '/'", "create with a slash in the name") {
            try await c.store.create(Widget(name: "a/b", namespace: "default"))
        }
        try await c.expectError(.invalid, message: #"ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required"#,
                                "configmap without a name") {
            try await c.store.create(ConfigMap(name: "", namespace: "default"))
        }
        try c.expectEqual(try await c.store.currentRevision(), before, "revision after refused writes")
        try c.expectEqual(try await c.store.list(Widget.self).items.count, 0, "widgets stored after refused writes")
    }

    static func createOversizeFails(_ c: CheckContext) async throws {
        var w = c.widget("big")
        w.spec.text = String(repeating: "x", count: StoreSemantics.defaultMaxObjectSize + 1)
        let e = try await c.expectError(.requestEntityTooLarge, containing: "limit is 1572864", "create of a 1.5 MiB widget") {
            try await c.store.create(w)
        }
        try c.expectEqual(e.code.httpStatus, 413, "HTTP status")
        try c.expectEqual(try await c.store.getIfPresent(Widget.self, w.key), nil, "stored oversize object")
        var small = try await c.store.create(c.widget("grows"))
        small.spec.text = w.spec.text
        try await c.expectError(.requestEntityTooLarge, "update to 1.5 MiB") { try await c.store.update(small) }
        try c.expectEqual(try await c.store.get(Widget.self, small.key).spec.text, "", "text after a refused update")
    }

    static func createClearsClusterScopedNamespace(_ c: CheckContext) async throws {
        let ns = try await c.store.create(Namespace(name: "team-a", namespace: "ignored"))
        try c.expectEqual(ns.metadata.namespace, "", "namespace of a Namespace")
        let read = try await c.store.get(Namespace.self, ObjectKey(name: "team-a"))
        try c.expectEqual(read.metadata.uid, ns.metadata.uid, "uid read back")
        let again = try await c.store.get(Namespace.self, ObjectKey(namespace: "whatever", name: "team-a"))
        try c.expectEqual(again.metadata.uid, ns.metadata.uid, "cluster-scoped get ignores the key's namespace")
    }

    static func generateNameAddsSuffix(_ c: CheckContext) async throws {
        let alphabet = Set("bcdfghjklmnpqrstvwxz2456789")
        var names = Set<String>()
        for _ in 0 ..< 20 {
            var w = Widget(name: "", namespace: "default")
            w.metadata.generateName = "web-"
            let created = try await c.store.create(w)
            let name = created.metadata.name
            try c.expect(name.hasPrefix("web-") && name.count == 9, "generated name \(FieldError.goQuote(name)) is not web- plus 5 characters")
            try c.expect(name.dropFirst(4).allSatisfy(alphabet.contains), "generated suffix of \(FieldError.goQuote(name)) uses characters outside upstream's alphabet")
            try c.expectEqual(created.metadata.generateName, "web-", "generateName kept")
            names.insert(name)
        }
        try c.expectEqual(names.count, 20, "distinct generated names")
        var long = Widget(name: "", namespace: "default")
        long.metadata.generateName = String(repeating: "a", count: 70)
        let created = try await c.store.create(long)
        try c.expectEqual(created.metadata.name.count, 63, "length of a name generated from a 70-character prefix")
        try c.expect(created.metadata.name.hasPrefix(String(repeating: "a", count: 58)), "the prefix is cut to 58 characters")
        var named = Widget(name: "fixed", namespace: "default")
        named.metadata.generateName = "web-"
        try c.expectEqual(try await c.store.create(named).metadata.name, "fixed", "a set name wins over generateName")
    }

    static func getMissingFails(_ c: CheckContext) async throws {
        try await c.expectError(.notFound, message: #"pods "missing" not found"#, "get of a missing pod") {
            try await c.store.get(Pod.self, ObjectKey(namespace: "default", name: "missing"))
        }
        try await c.expectError(.notFound, message: #"deployments.apps "missing" not found"#, "get of a missing deployment") {
            try await c.store.get(Deployment.self, ObjectKey(namespace: "default", name: "missing"))
        }
        let e = try await c.expectError(.notFound, "get of a missing widget") {
            try await c.store.get(Widget.self, ObjectKey(namespace: "default", name: "missing"))
        }
        try c.expectEqual(e.code.httpStatus, 404, "HTTP status")
        try c.expectEqual(e.key, ObjectKey(namespace: "default", name: "missing"), "error key")
        try c.expectEqual(try await c.store.getIfPresent(Widget.self, ObjectKey(namespace: "default", name: "missing")), nil, "getIfPresent")
    }

    static func dryRunStoresNothing(_ c: CheckContext) async throws {
        let dry = WriteOptions(dryRun: true)
        let before = try await c.store.currentRevision()
        let would = try await c.store.create(c.widget("a"), options: dry)
        try c.expectEqual(would.metadata.generation, 1, "dry-run create generation")
        try c.expectEqual(try await c.store.getIfPresent(Widget.self, would.key), nil, "object after dry-run create")
        let real = try await c.store.create(c.widget("a"))
        var changed = real
        changed.spec.size = 9
        let wouldUpdate = try await c.store.update(changed, options: dry)
        try c.expectEqual(wouldUpdate.spec.size, 9, "dry-run update result")
        try c.expectEqual(try await c.store.get(Widget.self, real.key).spec.size, 1, "spec after dry-run update")
        let result = try await c.store.delete(Widget.self, real.key, options: DeleteOptions(dryRun: ["All"]))
        guard case .deleted = result else { throw c.fail("dry-run delete returned \(result)") }
        try c.expect(try await c.store.getIfPresent(Widget.self, real.key) != nil, "the object is gone after a dry-run delete")
        try c.expectEqual(try await c.store.currentRevision(), before + 1, "revision after dry runs and one real write")
    }

    static func builtInKindsRoundTrip(_ c: CheckContext) async throws {
        var pod = SampleObjects.scheduledPod(index: 3)
        pod.metadata.resourceVersion = ""
        let created = try await c.store.create(pod)
        let read = try await c.store.get(Pod.self, created.key)
        try c.expect(read == created, "the pod read back differs from the one created")
        try c.expectEqual(read.spec.containers.count, 2, "containers")
        try c.expectEqual(read.status.phase, pod.status.phase, "status kept on create")
        var node = Node(name: "node-1")
        node.spec.podCIDR = "10.0.0.0/24"
        let n = try await c.store.create(node)
        try c.expectEqual(try await c.store.get(Node.self, ObjectKey(name: "node-1")).spec.podCIDR, "10.0.0.0/24", "node spec")
        try c.expect(try c.revision(n) > (try c.revision(created)), "revisions are global across kinds")
        var deployment = Deployment(name: "web", namespace: "default")
        deployment.spec.replicas = 3
        deployment.spec.selector = LabelSelector(matchLabels: ["app": "web"])
        deployment.spec.template.metadata = ObjectMeta(labels: ["app": "web"])
        deployment.spec.template.spec = PodSpec(containers: [Container(image: "nginx:1.27", name: "web")])
        let d = try await c.store.create(deployment)
        try c.expectEqual(try await c.store.get(Deployment.self, d.key).spec.replicas, 3, "deployment replicas")
    }
}
