/// Strategic merge patch (`application/strategic-merge-patch+json`), as the Kubernetes API
/// server applies and `kubectl` creates it (`k8s.io/apimachinery/pkg/util/strategicpatch`).
///
/// ```swift
/// let schema = GeneratedPatchSchema(typeName: "Pod")      // or any PatchSchema
/// let patched = try StrategicMergePatch.apply(
///     ["spec": ["containers": [["name": "app", "image": "nginx:1.27"]]]], to: pod, schema: schema)
/// let patch = try StrategicMergePatch.create(from: old, to: new, schema: schema)
/// ```
///
/// Maps merge recursively and `null` deletes. Lists whose field has patch strategy `merge`
/// merge: lists of objects by the field's merge key (containers by `name`, ports by
/// `containerPort`), lists of primitives as sets (finalizers); other lists are replaced. The
/// directives are honoured: `$patch: delete` / `replace` (in a map or a list item),
/// `$retainKeys`, `$setElementOrder/<list>` and `$deleteFromPrimitiveList/<list>`.
///
/// Fields the schema does not know are merged as in a JSON merge patch (maps merge, lists are
/// replaced). Upstream instead refuses differing unknown fields when creating a patch
/// (`unable to find api field`), and the API server refuses strategic merge patches for custom
/// resources, which callers handle before calling this.
public enum StrategicMergePatch {
    /// Applies `patch` to `original` (upstream's `StrategicMergeMapPatch`).
    ///
    /// Both documents must be objects (`null` counts as `{}`).
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidPatch`` and
    ///   upstream's message.
    public static func apply(_ patch: JSONValue, to original: JSONValue, schema: any PatchSchema) throws -> JSONValue {
        guard var doc = object(original), let p = object(patch) else { throw errBadJSONDoc }
        try mergeMap(&doc, p, schema: schema)
        return .object(doc)
    }

    /// A two-way patch turning `original` into `modified` (upstream's `CreateTwoWayMergePatch`):
    /// added and changed fields, `null` for removed ones, `$patch: delete` items and
    /// `$deleteFromPrimitiveList` lists for merged lists, `$setElementOrder` lists keeping the
    /// order, and `$retainKeys` for `retainKeys` fields.
    ///
    /// Both documents must be objects (`null` counts as `{}`).
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidPatch``.
    public static func create(from original: JSONValue, to modified: JSONValue, schema: any PatchSchema) throws -> JSONValue {
        guard let a = object(original), let b = object(modified) else { throw errBadJSONDoc }
        return .object(try diffMaps(a, b, schema: schema, buildRetainKeys: false))
    }

    private static func object(_ v: JSONValue) -> Object? {
        switch v {
        case .object(let o): return o
        case .null: return [:]
        default: return nil
        }
    }

    // MARK: - Merging maps

    /// upstream's `mergeMap` with `MergeParallelList` and `IgnoreUnmatchedNulls`.
    static func mergeMap(_ original: inout Object, _ patchIn: Object, schema: (any PatchSchema)?) throws {
        if let directive = patchIn[directiveMarker] {
            if directive == replaceDirective {
                var p = patchIn
                p.removeValue(forKey: directiveMarker)
                original = p
                return
            }
            if directive == deleteDirective {
                original = [:]
                return
            }
            throw errBadPatchType(directive, patchIn)
        }
        var patch = patchIn
        try applyRetainKeys(&original, &patch)
        try mergeOrderedLists(&original, &patch, schema: schema)

        // Plain keys first, then deletion lists, so an item added and deleted ends deleted.
        var deletions: [(String, JSONValue)] = []
        for (key, value) in patch {
            if key.hasPrefix(deleteFromPrimitiveListPrefix) {
                deletions.append((key, value))
                continue
            }
            try mergeField(&original, key, value, isDeleteList: false, schema: schema)
        }
        for (key, value) in deletions.sorted(by: { GoFormat.goLess($0.0, $1.0) }) {
            let listKey = try extractKey(key, prefix: deleteFromPrimitiveListPrefix)
            try mergeField(&original, listKey.isEmpty ? key : listKey, value, isDeleteList: true, schema: schema)
        }
    }

    /// Merges one patch member into `original`.
    private static func mergeField(_ original: inout Object, _ key: String, _ patchValue: JSONValue,
                                   isDeleteList: Bool, schema: (any PatchSchema)?) throws {
        if patchValue.isNull {
            original.removeValue(forKey: key)
            return
        }
        guard let currentType = original[key].map(goType), currentType == goType(patchValue) else {
            // Absent, or of another type: take the patch value.
            if !isDeleteList {
                original[key] = cleaned(patchValue)
            }
            return
        }
        switch patchValue {
        case .object(let p):
            let m = try meta(schema, key)
            if m.strategy == .replace {
                original[key] = patchValue
                return
            }
            guard case .object(var child)? = original[key] else { return }
            original[key] = .null
            try mergeMap(&child, p, schema: m.schema)
            original[key] = .object(child)
        case .array(let p):
            let m = try meta(schema, key)
            guard m.strategy == .merge || isDeleteList, case .array(let list)? = original[key] else {
                original[key] = patchValue
                return
            }
            original[key] = .array(try mergeList(list, p, schema: m.schema, mergeKey: m.mergeKey,
                                                 isDeleteList: isDeleteList).merged)
        default:
            original[key] = patchValue
        }
    }

    /// upstream's `applyRetainKeysDirective`: clears the fields `$retainKeys` does not list.
    private static func applyRetainKeys(_ original: inout Object, _ patch: inout Object) throws {
        guard let directive = patch.removeValue(forKey: retainKeysDirective) else { return }
        guard case .array(let list) = directive else { throw errBadPatchFormatForRetainKeys }
        let retained = Set(list)
        for (key, value) in patch where !value.isNull && !key.hasPrefix(deleteFromPrimitiveListPrefix)
            && !key.hasPrefix(setElementOrderPrefix) && !retained.contains(.string(key)) {
            throw errBadPatchFormatForRetainKeys
        }
        original = original.filter { retained.contains(.string($0.key)) }
    }

    /// upstream's `mergePatchIntoOriginal`: merges each list that has a `$setElementOrder` list
    /// and puts its items in that order (patch order first, then the live order).
    private static func mergeOrderedLists(_ original: inout Object, _ patch: inout Object,
                                          schema: (any PatchSchema)?) throws {
        let keys = patch.keys.filter { $0.hasPrefix(setElementOrderPrefix) }.sorted(by: GoFormat.goLess)
        for key in keys {
            guard let orderValue = patch.removeValue(forKey: key) else { continue }
            guard case .array(let order) = orderValue else { throw errBadArgType(expected: sliceType, orderValue) }
            let listKey = try extractKey(key, prefix: setElementOrderPrefix)
            var originalList: [JSONValue]? = nil
            var patchList: [JSONValue]? = nil
            if let v = original[listKey] {
                guard case .array(let a) = v else { throw errBadArgType(expected: sliceType, v) }
                originalList = a
            }
            if let v = patch[listKey] {
                guard case .array(let a) = v else { throw errBadArgType(expected: sliceType, v) }
                patchList = a
            }
            let m = try meta(schema, listKey)
            try validateOrder(patchList ?? [], order, mergeKey: m.mergeKey)

            var merged: [JSONValue]
            var serverOrder: [JSONValue]
            switch (originalList, patchList) {
            case (let o?, nil):
                merged = o
                serverOrder = o
            case (nil, let p?):
                merged = removeDirectives(.array(p))?.arrayValue ?? []
                serverOrder = []
            case (let o?, let p?):
                if m.strategy == .merge {
                    (merged, serverOrder) = try mergeList(o, p, schema: m.schema, mergeKey: m.mergeKey, isDeleteList: false)
                } else {
                    merged = p
                    serverOrder = o
                }
            case (nil, nil):
                continue
            }

            let objects = !m.mergeKey.isEmpty
            let (patchItems, serverOnly) = try partition(merged, by: order, mergeKey: m.mergeKey, objects: objects)
            let kind = try elementType(serverOrder, patchList ?? [])
            original[listKey] = .array(try normalizeOrder(patchItems, serverOnly, patchOrder: order,
                                                          serverOrder: serverOrder, mergeKey: m.mergeKey,
                                                          objects: kind == .object))
            patch.removeValue(forKey: listKey)
        }
    }

    /// upstream's `validatePatchWithSetOrderList`: the patch list's items must appear in the
    /// `$setElementOrder` list, in the same relative order.
    private static func validateOrder(_ patchList: [JSONValue], _ order: [JSONValue], mergeKey: String) throws {
        guard !order.isEmpty, !patchList.isEmpty else { return }
        let items = mergeKey.isEmpty ? patchList : try splitDeletions(patchList).kept
        var p = 0
        var s = 0
        while p < items.count && s < order.count {
            if case .object(let o) = items[p], o[directiveMarker] != nil {
                p += 1
                continue
            }
            if try mergeKeyValueEqual(items[p], order[s], mergeKey) { p += 1 }
            s += 1
        }
        if p < items.count && s >= order.count {
            throw KubeModelsError.patch(
                "The order in patch list:\n\(GoFormat.v(.array(patchList)))\n doesn't match \(setElementOrderPrefix) list:\n\(GoFormat.v(.array(order)))\n")
        }
    }

    /// upstream's `mergeKeyValueEqual`.
    static func mergeKeyValueEqual(_ left: JSONValue, _ right: JSONValue, _ mergeKey: String) throws -> Bool {
        if mergeKey.isEmpty { return left == right }
        guard case .object(let l) = left else { throw errBadArgType(expected: mapType, left) }
        guard case .object(let r) = right else { throw errBadArgType(expected: mapType, right) }
        guard let lv = l[mergeKey] else { throw errNoMergeKey(l, mergeKey) }
        guard let rv = r[mergeKey] else { throw errNoMergeKey(r, mergeKey) }
        return lv == rv
    }
}
