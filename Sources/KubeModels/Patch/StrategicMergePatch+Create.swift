/// Creating two-way patches (upstream's `diffMaps` and friends, with `SetElementOrder`).
extension StrategicMergePatch {
    /// upstream's `diffMaps`: the patch turning `original` into `modified`.
    static func diffMaps(_ original: Object, _ modified: Object, schema: (any PatchSchema)?,
                         buildRetainKeys: Bool) throws -> Object {
        var patch: Object = [:]
        var retainKeys: [JSONValue] = []
        for (key, modifiedValue) in modified {
            if buildRetainKeys && !modifiedValue.isNull { retainKeys.append(.string(key)) }
            guard let originalValue = original[key] else {
                patch[key] = modifiedValue
                continue
            }
            if key == directiveMarker {
                guard case .string(let o) = originalValue, case .string(let m) = modifiedValue else {
                    throw KubeModelsError.patch("invalid value for special key: \(directiveMarker)")
                }
                if o != m { patch[key] = modifiedValue }
                continue
            }
            switch (originalValue, modifiedValue) {
            case (.object(let o), .object(let m)):
                let meta = try meta(schema, key)
                if meta.strategy == .replace {
                    patch[key] = modifiedValue
                } else {
                    let value = try diffMaps(o, m, schema: meta.schema, buildRetainKeys: meta.retainKeys)
                    if !value.isEmpty { patch[key] = .object(value) }
                }
            case (.array(let o), .array(let m)):
                let meta = try meta(schema, key)
                if meta.strategy == .merge {
                    let (add, delete, order) = try diffLists(o, m, schema: meta.schema, mergeKey: meta.mergeKey,
                                                             buildRetainKeys: meta.retainKeys)
                    if !add.isEmpty { patch[key] = .array(add) }
                    if !delete.isEmpty { patch[deleteFromPrimitiveListPrefix + "/" + key] = .array(delete) }
                    if !order.isEmpty { patch[setElementOrderPrefix + "/" + key] = .array(order) }
                } else if o != m {
                    patch[key] = modifiedValue
                }
            default:
                if originalValue != modifiedValue { patch[key] = modifiedValue }
            }
        }
        for key in original.keys where modified[key] == nil {
            patch[key] = .null
        }
        if !retainKeys.isEmpty && (!patch.isEmpty || hasAdditionalNewField(original, modified)) {
            patch[retainKeysDirective] = .array(retainKeys.sorted { GoFormat.goLess(GoFormat.v($0), GoFormat.v($1)) })
        }
        return patch
    }

    /// Whether `original` has a non-null field `modified` lacks.
    private static func hasAdditionalNewField(_ original: Object, _ modified: Object) -> Bool {
        original.contains { key, value in !value.isNull && modified[key] == nil }
    }

    /// upstream's `diffLists`: the patch list, the deletion list (primitives) and the
    /// `$setElementOrder` list.
    private static func diffLists(_ original: [JSONValue], _ modified: [JSONValue], schema: (any PatchSchema)?,
                                  mergeKey: String, buildRetainKeys: Bool)
        throws -> (add: [JSONValue], delete: [JSONValue], order: [JSONValue])
    {
        if original.isEmpty { return (modified, [], []) }
        let kind = try elementType(original, modified)
        if kind == .object {
            var (patchList, deletions) = try diffListsOfMaps(original, modified, schema: schema, mergeKey: mergeKey,
                                                             buildRetainKeys: buildRetainKeys)
            // diffListsOfMaps has checked every item of both lists has the merge key.
            patchList = try sortByOrder(patchList, modified, mergeKey: mergeKey, objects: true, keysChecked: true)
            let orderSame = try isOrderSame(original, modified, mergeKey: mergeKey)
            patchList += deletions
            var order: [JSONValue] = []
            if !patchList.isEmpty || !orderSame {
                order = modified.map { item in
                    .object([mergeKey: item.objectValue?[mergeKey] ?? .null])
                }
            }
            return (patchList, [], order)
        }
        let (add, deletions) = diffListsOfScalars(original, modified)
        let patchList = try sortByOrder(add, modified, mergeKey: mergeKey, objects: false)
        let order = (!deletions.isEmpty || original != modified) ? modified : []
        return (patchList, deletions, order)
    }

    /// upstream's `isOrderSame`.
    private static func isOrderSame(_ original: [JSONValue], _ modified: [JSONValue], mergeKey: String) throws -> Bool {
        guard original.count == modified.count else { return false }
        for i in modified.indices where try !mergeKeyValueEqual(original[i], modified[i], mergeKey) {
            return false
        }
        return true
    }

    /// upstream's `diffListsOfScalars`: walks both lists sorted by their `%v` text.
    private static func diffListsOfScalars(_ original: [JSONValue], _ modified: [JSONValue])
        -> (add: [JSONValue], delete: [JSONValue])
    {
        var o = original
        var m = modified
        goSort(&o, by: GoFormat.v)
        goSort(&m, by: GoFormat.v)
        let os = o.map(GoFormat.v)
        let ms = m.map(GoFormat.v)
        var add: [JSONValue] = []
        var delete: [JSONValue] = []
        var i = 0
        var j = 0
        while i < o.count || j < m.count {
            if i < o.count && j < m.count && os[i] == ms[j] {
                i += 1
                j += 1
            } else if i >= o.count || (j < m.count && GoFormat.goLess(ms[j], os[i])) {
                add.append(m[j])
                j += 1
            } else {
                delete.append(o[i])
                i += 1
            }
        }
        return (add, deduplicateScalars(delete))
    }

    /// upstream's `diffListsOfMaps`: walks both lists sorted by merge key; changed items are
    /// diffed, added ones copied, removed ones get `$patch: delete`.
    private static func diffListsOfMaps(_ original: [JSONValue], _ modified: [JSONValue], schema: (any PatchSchema)?,
                                        mergeKey: String, buildRetainKeys: Bool)
        throws -> (patch: [JSONValue], delete: [JSONValue])
    {
        let o = try sortedByMergeKey(original, mergeKey)
        let m = try sortedByMergeKey(modified, mergeKey)
        var patch: [JSONValue] = []
        var deletions: [JSONValue] = []
        var i = 0
        var j = 0
        while i < o.count || j < m.count {
            var oe: Object = [:]
            var me: Object = [:]
            var ok: JSONValue = .null
            var mk: JSONValue = .null
            if i < o.count { (oe, ok) = try mapAndKey(o[i], mergeKey) }
            if j < m.count { (me, mk) = try mapAndKey(m[j], mergeKey) }
            let os = GoFormat.v(ok)
            let ms = GoFormat.v(mk)
            if i < o.count && j < m.count && os == ms {
                var value = try diffMaps(oe, me, schema: schema, buildRetainKeys: buildRetainKeys)
                if !value.isEmpty {
                    value[mergeKey] = mk
                    patch.append(.object(value))
                }
                i += 1
                j += 1
            } else if i >= o.count || (j < m.count && GoFormat.goLess(ms, os)) {
                patch.append(.object(me))
                j += 1
            } else {
                deletions.append(.object([mergeKey: ok, directiveMarker: deleteDirective]))
                i += 1
            }
        }
        return (patch, deletions)
    }

    /// upstream's `sortMergeListsByNameArray` without recursion.
    private static func sortedByMergeKey(_ list: [JSONValue], _ mergeKey: String) throws -> [JSONValue] {
        guard !list.isEmpty else { return list }
        var s = list
        if try elementType(list) != .object {
            s = deduplicateScalars(s)
            goSort(&s, by: GoFormat.v)
            return s
        }
        goSort(&s) { GoFormat.v($0.objectValue?[mergeKey]) }
        return s
    }

    /// upstream's `getMapAndMergeKeyValueByIndex`.
    private static func mapAndKey(_ item: JSONValue, _ mergeKey: String) throws -> (Object, JSONValue) {
        guard case .object(let o) = item else { throw errBadArgType(expected: mapType, item) }
        guard let v = o[mergeKey] else { throw errNoMergeKey(o, mergeKey) }
        return (o, v)
    }
}
