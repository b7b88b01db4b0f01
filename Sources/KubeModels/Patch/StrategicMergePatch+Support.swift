/// Shared pieces of ``StrategicMergePatch``: directive names, field metadata, upstream's errors
/// (`k8s.io/apimachinery/pkg/util/mergepatch`) and Go's comparisons.
extension StrategicMergePatch {
    static let directiveMarker = "$patch"
    static let deleteDirective: JSONValue = "delete"
    static let replaceDirective: JSONValue = "replace"
    static let mergeDirective: JSONValue = "merge"
    static let retainKeysDirective = "$retainKeys"
    static let deleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList"
    static let setElementOrderPrefix = "$setElementOrder"

    typealias Object = [String: JSONValue]

    /// A field's strategy as upstream's `extractRetainKeysPatchStrategy` reads it.
    struct FieldMeta {
        enum Strategy { case none, merge, replace }
        var strategy: Strategy
        var retainKeys: Bool
        var mergeKey: String
        var schema: (any PatchSchema)?
    }

    /// The metadata of `key` in `schema`; unknown fields have no strategy.
    static func meta(_ schema: (any PatchSchema)?, _ key: String) throws -> FieldMeta {
        guard let info = schema?.field(key) else {
            return FieldMeta(strategy: .none, retainKeys: false, mergeKey: "", schema: nil)
        }
        let s = info.strategy
        if s.contains(.merge) && s.contains(.replace) {
            var words = ["merge"]
            if s.contains(.retainKeys) { words.append("retainKeys") }
            words.append("replace")
            throw KubeModelsError.patch("unexpected patch strategy: \(GoFormat.list(words))")
        }
        let strategy: FieldMeta.Strategy = s.contains(.merge) ? .merge : s.contains(.replace) ? .replace : .none
        return FieldMeta(strategy: strategy, retainKeys: s.contains(.retainKeys),
                         mergeKey: info.mergeKey ?? "", schema: info.schema)
    }

    // MARK: - Errors (mergepatch)

    static let errBadJSONDoc = KubeModelsError.patch("invalid JSON document")
    static let errNoListOfLists = KubeModelsError.patch("lists of lists are not supported")
    static let errBadPatchFormatForPrimitiveList = KubeModelsError.patch("invalid patch format of primitive list")
    static let errBadPatchFormatForRetainKeys = KubeModelsError.patch("invalid patch format of retainKeys")
    static let errBadPatchFormatForSetElementOrderList = KubeModelsError.patch("invalid patch format of setElementOrder list")

    /// `map: <m> does not contain declared merge key: <k>`.
    static func errNoMergeKey(_ m: Object, _ key: String) -> KubeModelsError {
        KubeModelsError.patch("map: \(GoFormat.v(.object(m))) does not contain declared merge key: \(key)")
    }

    /// `expected a <type>, but received a <type>`.
    static func errBadArgType(expected: String, _ actual: JSONValue?) -> KubeModelsError {
        KubeModelsError.patch("expected a \(expected), but received a \(GoFormat.typeName(actual))")
    }

    static let mapType = "map[string]interface {}"
    static let sliceType = "[]interface {}"

    /// `unknown patch type: <t> in map: <m>`.
    static func errBadPatchType(_ t: JSONValue, _ m: Object) -> KubeModelsError {
        KubeModelsError.patch("unknown patch type: \(GoFormat.s(t)) in map: \(GoFormat.v(.object(m)))")
    }

    /// The original key of a `<prefix>/<key>` directive.
    static func extractKey(_ s: String, prefix: String) throws -> String {
        guard let slash = s.firstIndex(of: "/"), s[..<slash] == prefix else {
            throw prefix == deleteFromPrimitiveListPrefix ? errBadPatchFormatForPrimitiveList
                                                          : errBadPatchFormatForSetElementOrderList
        }
        return String(s[s.index(after: slash)...])
    }

    // MARK: - Go's comparisons

    /// Go's dynamic type of a decoded value, for `reflect.TypeOf(a) != reflect.TypeOf(b)`.
    enum GoType { case null, bool, int, double, string, array, object }

    static func goType(_ v: JSONValue) -> GoType {
        switch v {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    /// upstream's `sliceElementType`: the one element type of the lists.
    static func elementType(_ lists: [JSONValue]...) throws -> GoType {
        var type: GoType? = nil
        for list in lists {
            for v in list {
                let t = goType(v)
                if let prev = type {
                    if prev != t {
                        let text = GoFormat.list(lists.map { GoFormat.v(.array($0)) })
                        throw KubeModelsError.patch("list element types are not identical: \(text)")
                    }
                } else {
                    if t == .array { throw errNoListOfLists }
                    type = t
                }
            }
        }
        guard let type else { throw KubeModelsError.patch("no elements in any of the given slices") }
        return type
    }

    /// The value an item is identified by: its merge key's value for objects (`nil` when
    /// missing or `null`), the item itself otherwise, as upstream's `index` compares them.
    static func identity(_ item: JSONValue, _ mergeKey: String, objects: Bool) -> JSONValue? {
        if objects {
            guard case .object(let o) = item, let v = o[mergeKey], !v.isNull else { return nil }
            return v
        }
        return item.isNull ? nil : item
    }

    /// First positions of items by identity, as repeated `index` calls would find them.
    static func firstIndices(_ list: [JSONValue], _ mergeKey: String, objects: Bool) -> [JSONValue?: Int] {
        var out: [JSONValue?: Int] = [:]
        out.reserveCapacity(list.count)
        for (i, item) in list.enumerated() where out[identity(item, mergeKey, objects: objects)] == nil {
            out[identity(item, mergeKey, objects: objects)] = i
        }
        return out
    }

    /// Sorts as Go's `sort.Sort` with upstream's `<=` comparator: insertion sort (which puts
    /// later equal items first) for up to 12 items; a stable sort beyond.
    static func goSort(_ items: inout [JSONValue], by key: (JSONValue) -> String) {
        let keys = items.map(key)
        var order = Array(items.indices)
        if items.count <= 12 {
            for i in order.indices.dropFirst() {
                var j = i
                while j > 0 && !GoFormat.goLess(keys[order[j - 1]], keys[order[j]]) {
                    order.swapAt(j, j - 1)
                    j -= 1
                }
            }
        } else {
            order.sort { a, b in
                GoFormat.goLess(keys[a], keys[b]) || (keys[a] == keys[b] && a < b)
            }
        }
        items = order.map { items[$0] }
    }

    /// upstream's `deduplicateScalars`, order quirks included.
    static func deduplicateScalars(_ s: [JSONValue]) -> [JSONValue] {
        var s = s
        var length = s.count - 1
        var i = 0
        while i < length {
            var j = i + 1
            while j <= length {
                if s[i] == s[j] {
                    s[j] = s[length]
                    s.removeLast(s.count - length)
                    length -= 1
                    j -= 1
                }
                j += 1
            }
            i += 1
        }
        return s
    }

    // MARK: - Directive clean-up of values taken from the patch

    /// upstream's `discardNullValuesFromPatch`: drops `null` members of objects, recursively.
    static func discardNulls(_ v: inout JSONValue) {
        switch v {
        case .object(let o):
            var out = Object(minimumCapacity: o.count)
            for (k, x) in o where !x.isNull {
                var c = x
                discardNulls(&c)
                out[k] = c
            }
            v = .object(out)
        case .array(var a):
            v = .null
            for i in a.indices { discardNulls(&a[i]) }
            v = .array(a)
        default:
            break
        }
    }

    /// upstream's `removeDirectives`: `nil` when `v` is an object holding `$patch` (it must not
    /// be kept); otherwise `v` without such objects inside.
    static func removeDirectives(_ v: JSONValue) -> JSONValue? {
        switch v {
        case .object(let o):
            if o[directiveMarker] != nil { return nil }
            var out = Object(minimumCapacity: o.count)
            for (k, x) in o {
                if let kept = removeDirectives(x) { out[k] = kept }
            }
            return .object(out)
        case .array(let a):
            return .array(a.compactMap(removeDirectives))
        default:
            return v
        }
    }

    /// A value added from the patch where the original has none: nulls discarded, directives removed.
    static func cleaned(_ v: JSONValue) -> JSONValue? {
        var x = v
        discardNulls(&x)
        return removeDirectives(x)
    }
}
