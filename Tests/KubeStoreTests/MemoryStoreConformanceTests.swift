import KubeModels
import KubeStore
import KubeTesting
import Testing

/// The store conformance kit against MemoryStore: one test per check.
@Suite("MemoryStore conformance")
struct MemoryStoreConformanceTests {
    static func run(_ name: String) async throws {
        guard let check = StoreConformance.check(named: name) else {
            Issue.record("the kit has no check named \(name)")
            return
        }
        try await check.run { clock in MemoryStore(clock: clock) }
    }

    static let covered: [String] = [
        "create assigns uid, creationTimestamp, generation 1 and a resourceVersion",
        "create replaces system fields the client set",
        "create refuses a resourceVersion",
        "create of an existing name fails with AlreadyExists",
        "create of an invalid object fails with Invalid and stores nothing",
        "create of an object over the size limit fails with RequestEntityTooLarge",
        "create clears the namespace of cluster-scoped kinds",
        "generateName adds a random five-character suffix",
        "get of a missing object fails with NotFound",
        "dry-run writes store nothing",
        "built-in kinds round-trip through the store",
        "a spec change bumps generation and a metadata change does not",
        "generation never decreases and ignores the client's value",
        "update keeps the stored status",
        "updateStatus changes only the status and keeps generation",
        "status rules hold for kinds without a typed status",
        "an update that changes nothing keeps the resourceVersion",
        "update with a stale resourceVersion fails with Conflict",
        "update without a resourceVersion is unconditional",
        "update of a missing object fails with NotFound",
        "update cannot change the uid",
        "exactly one of many concurrent conflicting writers wins",
        "concurrent read-modify-write loops lose no update",
        "createOrUpdate creates, then updates, then leaves an equal object alone",
        "delete removes the object and returns its last state",
        "delete checks uid and resourceVersion preconditions",
        "finalizers hold a deleted object until the last one is removed",
        "pods are deleted gracefully once scheduled",
        "deleteCollection deletes what the options select",
        "list returns objects in key order, scoped to a namespace",
        "list applies label and field selectors",
        "pages of a paginated list are consistent at the first page's revision under concurrent writes",
        "a continue token of a compacted revision fails with Expired",
        "list resourceVersion parameters follow the API server's rules",
        "a watch without resourceVersion sends the current state as added, then live changes",
        "a watch from a resourceVersion replays the changes after it",
        "every watcher sees every concurrent write once, in revision order",
        "a watch resumed from its last resourceVersion misses nothing and repeats nothing",
        "a watch from a compacted resourceVersion fails with Gone",
        "a watch sees only its namespace",
        "objects moving across a label selector arrive as added and leave as deleted",
        "an idle watch that allows bookmarks gets one",
        "stopping a watch ends its stream",
        "a merge patch sets and removes fields",
        "a JSON patch applies its operations, and a failed test changes nothing",
        "a strategic merge patch of maps merges them",
        "a patch naming a stale resourceVersion fails with Conflict",
        "concurrent patches without resourceVersion are all applied",
        "a patch of a missing object fails with NotFound",
    ]

    @Test("every check of the kit has a test here")
    func everyCheckIsCovered() {
        #expect(StoreConformance.checks.map(\.name) == Self.covered)
    }

    @Test("create assigns uid, creationTimestamp, generation 1 and a resourceVersion")
    func createAssignsSystemFields() async throws { try await Self.run("create assigns uid, creationTimestamp, generation 1 and a resourceVersion") }

    @Test("create replaces system fields the client set")
    func createReplacesClientSystemFields() async throws { try await Self.run("create replaces system fields the client set") }

    @Test("create refuses a resourceVersion")
    func createRefusesResourceVersion() async throws { try await Self.run("create refuses a resourceVersion") }

    @Test("create of an existing name fails with AlreadyExists")
    func createDuplicateFails() async throws { try await Self.run("create of an existing name fails with AlreadyExists") }

    @Test("create of an invalid object fails with Invalid and stores nothing")
    func createInvalidFails() async throws { try await Self.run("create of an invalid object fails with Invalid and stores nothing") }

    @Test("create of an object over the size limit fails with RequestEntityTooLarge")
    func createOversizeFails() async throws { try await Self.run("create of an object over the size limit fails with RequestEntityTooLarge") }

    @Test("create clears the namespace of cluster-scoped kinds")
    func createClearsClusterScopedNamespace() async throws { try await Self.run("create clears the namespace of cluster-scoped kinds") }

    @Test("generateName adds a random five-character suffix")
    func generateNameAddsSuffix() async throws { try await Self.run("generateName adds a random five-character suffix") }

    @Test("get of a missing object fails with NotFound")
    func getMissingFails() async throws { try await Self.run("get of a missing object fails with NotFound") }

    @Test("dry-run writes store nothing")
    func dryRunStoresNothing() async throws { try await Self.run("dry-run writes store nothing") }

    @Test("built-in kinds round-trip through the store")
    func builtInKindsRoundTrip() async throws { try await Self.run("built-in kinds round-trip through the store") }

    @Test("a spec change bumps generation and a metadata change does not")
    func generationFollowsSpec() async throws { try await Self.run("a spec change bumps generation and a metadata change does not") }

    @Test("generation never decreases and ignores the client's value")
    func generationIgnoresClient() async throws { try await Self.run("generation never decreases and ignores the client's value") }

    @Test("update keeps the stored status")
    func updateKeepsStatus() async throws { try await Self.run("update keeps the stored status") }

    @Test("updateStatus changes only the status and keeps generation")
    func updateStatusChangesOnlyStatus() async throws { try await Self.run("updateStatus changes only the status and keeps generation") }

    @Test("status rules hold for kinds without a typed status")
    func untypedStatusRules() async throws { try await Self.run("status rules hold for kinds without a typed status") }

    @Test("an update that changes nothing keeps the resourceVersion")
    func noOpUpdateKeepsRevision() async throws { try await Self.run("an update that changes nothing keeps the resourceVersion") }

    @Test("update with a stale resourceVersion fails with Conflict")
    func staleUpdateConflicts() async throws { try await Self.run("update with a stale resourceVersion fails with Conflict") }

    @Test("update without a resourceVersion is unconditional")
    func unconditionalUpdate() async throws { try await Self.run("update without a resourceVersion is unconditional") }

    @Test("update of a missing object fails with NotFound")
    func updateMissingFails() async throws { try await Self.run("update of a missing object fails with NotFound") }

    @Test("update cannot change the uid")
    func updateCannotChangeUID() async throws { try await Self.run("update cannot change the uid") }

    @Test("exactly one of many concurrent conflicting writers wins")
    func oneConflictingWriterWins() async throws { try await Self.run("exactly one of many concurrent conflicting writers wins") }

    @Test("concurrent read-modify-write loops lose no update")
    func readModifyWriteLosesNothing() async throws { try await Self.run("concurrent read-modify-write loops lose no update") }

    @Test("createOrUpdate creates, then updates, then leaves an equal object alone")
    func createOrUpdateFlow() async throws { try await Self.run("createOrUpdate creates, then updates, then leaves an equal object alone") }

    @Test("delete removes the object and returns its last state")
    func deleteRemoves() async throws { try await Self.run("delete removes the object and returns its last state") }

    @Test("delete checks uid and resourceVersion preconditions")
    func deletePreconditions() async throws { try await Self.run("delete checks uid and resourceVersion preconditions") }

    @Test("finalizers hold a deleted object until the last one is removed")
    func finalizersHoldDeletion() async throws { try await Self.run("finalizers hold a deleted object until the last one is removed") }

    @Test("pods are deleted gracefully once scheduled")
    func podGracefulDeletion() async throws { try await Self.run("pods are deleted gracefully once scheduled") }

    @Test("deleteCollection deletes what the options select")
    func deleteCollectionSelects() async throws { try await Self.run("deleteCollection deletes what the options select") }

    @Test("list returns objects in key order, scoped to a namespace")
    func listOrderAndScope() async throws { try await Self.run("list returns objects in key order, scoped to a namespace") }

    @Test("list applies label and field selectors")
    func listSelectors() async throws { try await Self.run("list applies label and field selectors") }

    @Test("pages of a paginated list are consistent at the first page's revision under concurrent writes")
    func paginationConsistent() async throws { try await Self.run("pages of a paginated list are consistent at the first page's revision under concurrent writes") }

    @Test("a continue token of a compacted revision fails with Expired")
    func continueExpires() async throws { try await Self.run("a continue token of a compacted revision fails with Expired") }

    @Test("list resourceVersion parameters follow the API server's rules")
    func listResourceVersionRules() async throws { try await Self.run("list resourceVersion parameters follow the API server's rules") }

    @Test("a watch without resourceVersion sends the current state as added, then live changes")
    func watchFromNow() async throws { try await Self.run("a watch without resourceVersion sends the current state as added, then live changes") }

    @Test("a watch from a resourceVersion replays the changes after it")
    func watchReplays() async throws { try await Self.run("a watch from a resourceVersion replays the changes after it") }

    @Test("every watcher sees every concurrent write once, in revision order")
    func watchOrderingUnderConcurrency() async throws { try await Self.run("every watcher sees every concurrent write once, in revision order") }

    @Test("a watch resumed from its last resourceVersion misses nothing and repeats nothing")
    func watchResumes() async throws { try await Self.run("a watch resumed from its last resourceVersion misses nothing and repeats nothing") }

    @Test("a watch from a compacted resourceVersion fails with Gone")
    func watchGoneAfterCompaction() async throws { try await Self.run("a watch from a compacted resourceVersion fails with Gone") }

    @Test("a watch sees only its namespace")
    func watchNamespace() async throws { try await Self.run("a watch sees only its namespace") }

    @Test("objects moving across a label selector arrive as added and leave as deleted")
    func watchSelectorTransitions() async throws { try await Self.run("objects moving across a label selector arrive as added and leave as deleted") }

    @Test("an idle watch that allows bookmarks gets one")
    func watchBookmarks() async throws { try await Self.run("an idle watch that allows bookmarks gets one") }

    @Test("stopping a watch ends its stream")
    func watchStops() async throws { try await Self.run("stopping a watch ends its stream") }

    @Test("a merge patch sets and removes fields")
    func mergePatch() async throws { try await Self.run("a merge patch sets and removes fields") }

    @Test("a JSON patch applies its operations, and a failed test changes nothing")
    func jsonPatch() async throws { try await Self.run("a JSON patch applies its operations, and a failed test changes nothing") }

    @Test("a strategic merge patch of maps merges them")
    func strategicPatch() async throws { try await Self.run("a strategic merge patch of maps merges them") }

    @Test("a patch naming a stale resourceVersion fails with Conflict")
    func patchStaleConflicts() async throws { try await Self.run("a patch naming a stale resourceVersion fails with Conflict") }

    @Test("concurrent patches without resourceVersion are all applied")
    func concurrentPatchesApply() async throws { try await Self.run("concurrent patches without resourceVersion are all applied") }

    @Test("a patch of a missing object fails with NotFound")
    func patchMissingFails() async throws { try await Self.run("a patch of a missing object fails with NotFound") }
}
