import Foundation
import KubeModels
import KubeStore

extension StoreConformance {
    static var listChecks: [Check] {
        [
            Check(name: "list returns objects in key order, scoped to a namespace", body: listOrderAndScope),
            Check(name: "list applies label and field selectors", body: listSelectors),
            Check(name: "pages of a paginated list are consistent at the first page's revision under concurrent writes", body: paginationConsistent),
            Check(name: "a continue token of a compacted revision fails with Expired", body: continueExpires),
            Check(name: "list resourceVersion parameters follow the API server's rules", body: listResourceVersionRules),
        ]
    }

    static func listOrderAndScope(_ c: CheckContext) async throws {
        for (ns, name) in [("b", "z"), ("a", "y"), ("b", "a"), ("a", "x"), ("c", "m")] {
            _ = try await c.store.create(c.widget(name, namespace: ns))
        }
        let all = try await c.store.list(Widget.self)
        try c.expectEqual(all.items.map(\.key.description), ["a/x", "a/y", "b/a", "b/z", "c/m"], "order of an all-namespace list")
        try c.expectEqual(all.resourceVersion, String(try await c.store.currentRevision()), "list resourceVersion")
        try c.expectEqual(all.continueToken, nil, "continue token of an unpaginated list")
        let b = try await c.store.list(Widget.self, namespace: "b")
        try c.expectEqual(b.items.map(\.metadata.name), ["a", "z"], "items of namespace b")
        try c.expectEqual(try await c.store.list(Widget.self, namespace: "none").items.count, 0, "items of an empty namespace")
        try c.expectEqual(try await c.store.list(ConfigMap.self).items.count, 0, "another kind's list")
        for item in all.items {
            try c.expectEqual(item, try await c.store.get(Widget.self, item.key), "listed \(item.key) equals get")
        }
    }

    static func listSelectors(_ c: CheckContext) async throws {
        _ = try await c.store.create(c.widget("web-1", labels: ["app": "web", "tier": "front"]))
        _ = try await c.store.create(c.widget("web-2", labels: ["app": "web"]))
        _ = try await c.store.create(c.widget("db-1", labels: ["app": "db"]))
        _ = try await c.store.create(c.widget("other", namespace: "kube-system", labels: ["app": "web"]))
        guard c.selectorsWork else { return }
        func names(_ labels: String?, _ fields: String?, namespace: String = "") async throws -> [String] {
            let options = ListOptions(namespace: namespace, labelSelector: try labels.map(Labels.Selector.init(parsing:)),
                                      fieldSelector: try fields.map(Fields.Selector.init(parsing:)))
            return try await c.store.list(Widget.self, options: options).items.map(\.key.description)
        }
        try c.expectEqual(try await names("app=web", nil), ["default/web-1", "default/web-2", "kube-system/other"], "app=web")
        try c.expectEqual(try await names("app=web,tier=front", nil), ["default/web-1"], "app=web,tier=front")
        try c.expectEqual(try await names("app in (db,web),!tier", nil, namespace: "default"), ["default/db-1", "default/web-2"], "set-based selector in default")
        try c.expectEqual(try await names(nil, "metadata.name=web-2"), ["default/web-2"], "field selector metadata.name")
        try c.expectEqual(try await names(nil, "metadata.namespace!=default"), ["kube-system/other"], "field selector metadata.namespace")
        _ = try await c.store.create(c.examplePod("bound", nodeName: "node-1"))
        _ = try await c.store.create(c.examplePod("free"))
        let bound = try await c.store.list(Pod.self, options: ListOptions(fieldSelector: try Fields.Selector(parsing: "spec.nodeName=node-1")))
        try c.expectEqual(bound.items.map(\.metadata.name), ["bound"], "pods on node-1")
        let unbound = try await c.store.list(Pod.self, options: ListOptions(fieldSelector: try Fields.Selector(parsing: "spec.nodeName=")))
        try c.expectEqual(unbound.items.map(\.metadata.name), ["free"], "unscheduled pods")
    }

    static func paginationConsistent(_ c: CheckContext) async throws {
        for i in 0 ..< 50 { _ = try await c.store.create(c.widget(String(format: "w%02d", i), namespace: i % 2 == 0 ? "even" : "odd")) }
        let snapshot = try await c.store.list(Widget.self)
        let expected = snapshot.items.map { "\($0.key)@\($0.metadata.resourceVersion)" }
        var options = ListOptions(limit: 7)
        let firstPage = try await c.store.list(Widget.self, options: options)
        try c.expectEqual(firstPage.resourceVersion, snapshot.resourceVersion, "first page revision")
        try c.expectEqual(firstPage.items.count, 7, "first page size")
        try c.expectEqual(firstPage.remainingItemCount, 43, "remainingItemCount of the first page")
        var seen = firstPage.items.map { "\($0.key)@\($0.metadata.resourceVersion)" }
        options.continueToken = firstPage.continueToken
        let store = c.store
        // Churn between every two pages: update, delete and create objects, some of them in
        // pages not read yet, while a concurrent writer adds more.
        var churn = 0
        func churnStep() async throws {
            for _ in 0 ..< 4 where churn < 50 {
                let i = churn
                churn += 1
                let key = ObjectKey(namespace: (49 - i) % 2 == 0 ? "even" : "odd", name: String(format: "w%02d", 49 - i))
                switch i % 3 {
                case 0: _ = try await store.delete(Widget.self, key)
                case 1:
                    var w = try await store.get(Widget.self, key)
                    w.spec.size += 1
                    _ = try await store.update(w)
                default: _ = try await store.create(Widget(name: "new\(i)", namespace: i % 4 == 0 ? "even" : "odd"))
                }
            }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for i in 0 ..< 40 {
                    _ = try await store.create(Widget(name: "concurrent\(i)", namespace: "odd"))
                    await Task.yield()
                }
            }
            while options.continueToken != nil {
                try await churnStep()
                let page = try await store.list(Widget.self, options: options)
                try c.expectEqual(page.resourceVersion, snapshot.resourceVersion, "revision of a later page")
                seen += page.items.map { "\($0.key)@\($0.metadata.resourceVersion)" }
                options.continueToken = page.continueToken
            }
            try await group.waitForAll()
        }
        try c.expectEqual(seen, expected, "the pages together")
        let after = try await c.store.list(Widget.self)
        try c.expect(after.resourceVersion != snapshot.resourceVersion, "the churn wrote nothing")
    }

    static func continueExpires(_ c: CheckContext) async throws {
        guard let compactable = c.store as? any CompactableStore else { return }
        for i in 0 ..< 10 { _ = try await c.store.create(c.widget("w\(i)")) }
        let first = try await c.store.list(Widget.self, options: ListOptions(limit: 3))
        guard let token = first.continueToken else { throw c.fail("a limited list of 10 gave no continue token") }
        _ = try await c.store.create(c.widget("later"))
        try await compactable.compact(upTo: try await c.store.currentRevision())
        try await c.expectError(.expired, containing: "continue parameter is too old", "list with a compacted continue token") {
            try await c.store.list(Widget.self, options: ListOptions(limit: 3, continueToken: token))
        }
    }

    static func listResourceVersionRules(_ c: CheckContext) async throws {
        _ = try await c.store.create(c.widget("a"))
        let current = try await c.store.currentRevision()
        try c.expectEqual(try await c.store.list(Widget.self, options: ListOptions(resourceVersion: "0")).items.count, 1, "list at resourceVersion 0")
        try c.expectEqual(try await c.store.list(Widget.self, options: ListOptions(resourceVersion: String(current))).items.count, 1,
                          "list at the current resourceVersion")
        try await c.expectError(.timeout, containing: "Too large resource version", "list at a future resourceVersion") {
            try await c.store.list(Widget.self, options: ListOptions(resourceVersion: String(current + 1000)))
        }
        try await c.expectError(.badRequest, "list at resourceVersion \"abc\"") {
            try await c.store.list(Widget.self, options: ListOptions(resourceVersion: "abc"))
        }
        _ = try await c.store.create(c.widget("b"))
        let page = try await c.store.list(Widget.self, options: ListOptions(limit: 1))
        try await c.expectError(.badRequest, message: "specifying resource version is not allowed when using continue", "continue with a resourceVersion") {
            try await c.store.list(Widget.self, options: ListOptions(limit: 1, continueToken: page.continueToken, resourceVersion: "1"))
        }
        try await c.expectError(.badRequest, containing: "continue key is not valid", "a malformed continue token") {
            try await c.store.list(Widget.self, options: ListOptions(limit: 1, continueToken: "not-a-token"))
        }
    }
}
