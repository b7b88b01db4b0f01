/// The strategic-merge-patch schema of the built-in kinds, from the official 1.32 schemas'
/// `x-kubernetes-patch-strategy` and `x-kubernetes-patch-merge-key` (generated into
/// `generatedPatchMetadata` by scripts/generate-models.py).
///
/// ```swift
/// if let schema = BuiltInPatchSchema(for: Pod.self) {
///     let patched = try StrategicMergePatch.apply(patch, to: pod, schema: schema)
/// }
/// ```
public struct BuiltInPatchSchema: PatchSchema {
    /// The Swift type name of the definition this node describes (`PodSpec`).
    public let typeName: String

    /// The schema of a built-in kind's root object, or nil for kinds this package does not model.
    public init?(kind: String) {
        guard let root = generatedKindRoots[kind] else { return nil }
        typeName = root
    }

    /// The schema of the root object of `R`, or nil when `R` is not a built-in kind.
    public init?<R: KubeResource>(for type: R.Type) {
        guard Scheme.default.type(apiVersion: R.apiVersion, kind: R.kind) != nil else { return nil }
        self.init(kind: R.kind)
    }

    init(typeName: String) { self.typeName = typeName }

    public func field(_ name: String) -> PatchFieldInfo? {
        guard let row = Self.table[typeName]?[name] else { return nil }
        let element: (any PatchSchema)? = row.elementType.isEmpty ? nil : BuiltInPatchSchema(typeName: row.elementType)
        var info = PatchFieldInfo(patchStrategy: row.strategy.isEmpty ? nil : row.strategy,
                                  mergeKey: row.mergeKey.isEmpty ? nil : row.mergeKey,
                                  listType: row.listType.isEmpty ? nil : row.listType,
                                  schema: element)
        if row.container == "map", let element {
            info.schema = MapPatchSchema(value: PatchFieldInfo(schema: element))
        }
        return info
    }

    struct Row: Sendable {
        var container, strategy, mergeKey, listType, elementType: String
    }

    /// type name -> field -> metadata, parsed once from the generated text.
    static let table: [String: [String: Row]] = {
        var table: [String: [String: Row]] = [:]
        for line in generatedPatchMetadata.split(separator: "\n") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count == 8 else { continue }
            table[c[0], default: [:]][c[1]] = Row(container: c[2], strategy: c[3], mergeKey: c[4], listType: c[5], elementType: c[7])
        }
        return table
    }()
}
