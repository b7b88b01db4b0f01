import Foundation
@testable import KubeModels

/// A hand-written patch schema for the tests, read from `patch-schema.json`: upstream's test
/// types (`MergeItem`, `RetainKeysMergeItem`, `PrecisionItem`) and a few Kubernetes 1.32 kinds
/// with their official `x-kubernetes-patch-strategy` / `-merge-key` / `-list-type`. Like the
/// generated schema, it looks fields up by type name.
struct TestPatchSchema: PatchSchema {
    struct Field: Codable, Sendable {
        var strategy: String?
        var mergeKey: String?
        var type: String?
        var listType: String?
    }

    struct Table: Codable, Sendable {
        var types: [String: [String: Field]]
    }

    /// Loaded once for all tests.
    static let table: Table = (try? Fixtures.decode(Table.self, "patch-schema.json")) ?? Table(types: [:])

    let typeName: String

    init(_ typeName: String) { self.typeName = typeName }

    func field(_ name: String) -> PatchFieldInfo? {
        guard let f = Self.table.types[typeName]?[name] else { return nil }
        return PatchFieldInfo(patchStrategy: f.strategy, mergeKey: f.mergeKey, listType: f.listType,
                              schema: f.type.map(TestPatchSchema.init))
    }
}
