/// The strategic-merge-patch metadata of one schema node (a struct type, or a map's values),
/// answering per field how patches merge it.
///
/// Built-in kinds get a generated implementation backed by the official schemas'
/// `x-kubernetes-patch-strategy` / `x-kubernetes-patch-merge-key`; ``EmptyPatchSchema`` knows
/// nothing, which makes ``StrategicMergePatch`` behave like a JSON merge patch (maps merge,
/// lists are replaced). An implementation only needs to answer ``field(_:)``, so a table lookup
/// by type name is enough:
///
/// ```swift
/// struct TableSchema: PatchSchema {
///     let typeName: String
///     func field(_ name: String) -> PatchFieldInfo? { lookup(typeName, name) }
/// }
/// ```
public protocol PatchSchema: Sendable {
    /// Metadata of field `name` inside this schema node, or `nil` if the field is unknown.
    ///
    /// For a node describing a map (`map[string]T`), every key is a "field" whose info
    /// describes `T` (see ``MapPatchSchema``).
    func field(_ name: String) -> PatchFieldInfo?
}

/// The patch metadata of one field: its strategy, merge key, and the schema of what it holds.
public struct PatchFieldInfo: Sendable {
    /// The field's `x-kubernetes-patch-strategy`, a comma-separated set of strategies.
    public struct Strategy: OptionSet, Sendable, Hashable {
        /// The strategies as bits.
        public let rawValue: UInt8
        /// Strategies from their bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `merge`: lists merge (by ``PatchFieldInfo/mergeKey`` for lists of objects, as a set
        /// for lists of primitives).
        public static let merge = Strategy(rawValue: 1)
        /// `retainKeys`: a `$retainKeys` directive in the patch clears the fields it omits.
        public static let retainKeys = Strategy(rawValue: 2)
        /// `replace`: the value is replaced as a whole instead of being merged.
        public static let replace = Strategy(rawValue: 4)

        /// Parses the extension's text, e.g. `"merge,retainKeys"`; unknown words are ignored.
        public init(parsing text: String) {
            var s: Strategy = []
            for word in text.split(separator: ",") {
                switch word.trimmingASCIIWhitespace() {
                case "merge": s.insert(.merge)
                case "retainKeys": s.insert(.retainKeys)
                case "replace": s.insert(.replace)
                default: break
                }
            }
            self = s
        }
    }

    /// The patch strategy (`x-kubernetes-patch-strategy`); empty means "replace lists, merge maps".
    public var strategy: Strategy
    /// The key identifying list items (`x-kubernetes-patch-merge-key`), for merged lists of objects.
    public var mergeKey: String?
    /// `x-kubernetes-list-type` (`atomic`, `set` or `map`). Informational: like upstream's
    /// strategic merge patch, merging follows only ``strategy`` and ``mergeKey``.
    public var listType: String?
    /// The schema of the value: for an object field the object's schema, for a list field the
    /// schema of its items, for a map field a schema answering every key (``MapPatchSchema``).
    /// `nil` when nothing is known (fields below are then merged as plain JSON).
    public var schema: (any PatchSchema)?

    /// Creates field metadata.
    public init(strategy: Strategy = [], mergeKey: String? = nil, listType: String? = nil,
                schema: (any PatchSchema)? = nil) {
        self.strategy = strategy
        self.mergeKey = mergeKey
        self.listType = listType
        self.schema = schema
    }

    /// Creates field metadata from the schema extensions' text (`"merge,retainKeys"`, `"name"`).
    public init(patchStrategy: String?, mergeKey: String? = nil, listType: String? = nil,
                schema: (any PatchSchema)? = nil) {
        self.init(strategy: patchStrategy.map(Strategy.init(parsing:)) ?? [],
                  mergeKey: mergeKey?.isEmpty == true ? nil : mergeKey, listType: listType, schema: schema)
    }
}

/// A schema that knows no field: strategic merge patch then merges maps and replaces lists.
public struct EmptyPatchSchema: PatchSchema {
    /// Creates the empty schema.
    public init() {}
    /// Always `nil`.
    public func field(_ name: String) -> PatchFieldInfo? { nil }
}

/// The schema of a map (`map[string]T`): every key answers with the same value info.
public struct MapPatchSchema: PatchSchema {
    /// The info of each value.
    public var value: PatchFieldInfo
    /// Creates a map schema whose values are described by `value`.
    public init(value: PatchFieldInfo) { self.value = value }
    /// The value info, whatever the key.
    public func field(_ name: String) -> PatchFieldInfo? { value }
}

extension Substring {
    fileprivate func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
