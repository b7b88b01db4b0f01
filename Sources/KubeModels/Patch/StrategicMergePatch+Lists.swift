/// Merging lists (upstream's `mergeSlice` and the order normalisation it shares with
/// `$setElementOrder`).
extension StrategicMergePatch {
    /// Merges a `merge`-strategy list (or applies a `$deleteFromPrimitiveList` list).
    ///
    /// Returns the merged list and `original` as upstream's caller sees it afterwards: Go
    /// deletes and appends in the original's backing array, and `$setElementOrder` then orders
    /// the server-only items by that view.
    static func mergeList(_ original: [JSONValue], _ patch: [JSONValue], schema: (any PatchSchema)?,
                          mergeKey: String, isDeleteList: Bool) throws -> (merged: [JSONValue], aliased: [JSONValue]) {
        if original.isEmpty && patch.isEmpty { return (original, original) }
        let kind = try elementType(original, patch)

        guard kind == .object else {
            if isDeleteList {
                let drop = Set(patch)
                return (original.filter { !drop.contains($0) }, original)
            }
            var seen = Set<JSONValue>()
            let merged = (original + patch).filter { seen.insert($0).inserted }
            let (patchItems, serverOnly) = try partition(merged, by: patch, mergeKey: mergeKey, objects: false)
            return (try normalizeOrder(patchItems, serverOnly, patchOrder: patch, serverOrder: original,
                                       mergeKey: mergeKey, objects: false), original)
        }
        guard !mergeKey.isEmpty else {
            throw KubeModelsError.patch("cannot merge lists without merge key for struct")
        }

        // Special elements: `$patch: delete` removes every match, `$patch: replace` drops the original.
        var aliased = original
        var live = original.count
        var plain: [JSONValue] = []
        var replace = false
        for item in patch {
            guard case .object(let o) = item else { continue }
            guard let directive = o[directiveMarker] else {
                plain.append(item)
                continue
            }
            if directive == deleteDirective {
                guard let value = o[mergeKey] else { throw errNoMergeKey(o, mergeKey) }
                while let i = aliased[..<live].firstIndex(where: { has($0, mergeKey, value) }) {
                    // Go's append(s[:i], s[i+1:]...) shifts inside the shared array.
                    for k in i..<(live - 1) { aliased[k] = aliased[k + 1] }
                    live -= 1
                }
            } else if directive == replaceDirective {
                replace = true
            } else if directive == mergeDirective {
                throw KubeModelsError.patch("merging lists cannot yet be specified in the patch")
            } else {
                throw errBadPatchType(directive, o)
            }
        }

        // With `$patch: replace` the plain items are the list; otherwise they merge into what the
        // deletions left, by merge key (first match), unmatched ones appended.
        let base = replace ? plain : Array(aliased[..<live])
        let toMerge = replace ? [] : plain
        var merged = base
        let capacity = base.count + toMerge.count
        var leader: [Int] = []          // first position of each item's merge key value
        var deleting: [Bool] = []       // the item carries `$patch: delete`
        var patchPosition = [Int](repeating: -1, count: capacity)  // by leader: first patch position
        var positions: [JSONValue: Int] = [:]
        leader.reserveCapacity(capacity)
        deleting.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
        var firstKeyless: Int? = nil
        for (i, item) in base.enumerated() {
            guard case .object(let o) = item else {
                leader.append(i)
                deleting.append(false)
                continue
            }
            if let k = o[mergeKey] {
                if let f = positions[k] { leader.append(f) } else { positions[k] = i; leader.append(i) }
            } else {
                leader.append(i)
                if firstKeyless == nil { firstKeyless = i }
            }
            deleting.append(o[directiveMarker] == deleteDirective)
        }
        for (p, item) in toMerge.enumerated() {
            guard case .object(let o) = item else { continue }
            guard let value = o[mergeKey] else { throw errNoMergeKey(o, mergeKey) }
            if let i = positions[value] {
                guard case .object(var target) = merged[i] else { continue }
                merged[i] = .null
                try mergeMap(&target, o, schema: schema)
                merged[i] = .object(target)
                if patchPosition[i] < 0 { patchPosition[i] = p }
            } else {
                let i = merged.count
                // Go appends into the original's backing array while it has room.
                if i < aliased.count { aliased[i] = item }
                positions[value] = i
                leader.append(i)
                deleting.append(false)
                patchPosition[i] = p
                merged.append(item)
            }
        }
        if let bad = firstKeyless, case .object(let o) = merged[bad] { throw errNoMergeKey(o, mergeKey) }
        let ordered = orderMerged(count: merged.count, serverCount: base.count, leader: leader,
                                  deleting: deleting, patchPosition: patchPosition)
        return (ordered.map { merged[$0] }, aliased)
    }

    /// upstream's partition and `normalizeElementOrder` for a merged list of objects, on
    /// positions: patch items in patch order, server-only items in live order (each with its
    /// `$patch: delete` items last), interleaved keeping the live relative order.
    private static func orderMerged(count: Int, serverCount: Int, leader: [Int], deleting: [Bool],
                                    patchPosition: [Int]) -> [Int] {
        func serverPosition(_ i: Int) -> Int? { leader[i] < serverCount ? leader[i] : nil }
        var patchItems: [Int] = []
        var serverOnly: [Int] = []
        for i in 0..<count {
            if patchPosition[leader[i]] >= 0 { patchItems.append(i) } else { serverOnly.append(i) }
        }
        func sorted(_ items: [Int], by position: (Int) -> Int) -> [Int] {
            let kept = items.filter { !deleting[$0] }
            let keys = kept.map(position)
            var out = kept
            if zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) {
                out = kept.indices.sorted { a, b in keys[a] < keys[b] || (keys[a] == keys[b] && a < b) }.map { kept[$0] }
            }
            return out + items.filter { deleting[$0] }
        }
        let right = sorted(patchItems) { patchPosition[leader[$0]] }
        let left = sorted(serverOnly) { serverPosition($0) ?? Int.max }
        var out: [Int] = []
        out.reserveCapacity(count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                out.append(right[j]); j += 1
            } else if j >= right.count {
                out.append(left[i]); i += 1
            } else if let l = serverPosition(left[i]), let r = serverPosition(right[j]), l < r {
                out.append(left[i]); i += 1
            } else {
                out.append(right[j]); j += 1
            }
        }
        return out
    }

    /// Whether `item` is an object whose `key` member is present and equals `value`.
    static func has(_ item: JSONValue, _ key: String, _ value: JSONValue) -> Bool {
        guard case .object(let o) = item, let v = o[key] else { return false }
        return v == value
    }

    /// upstream's `partitionPrimitivesByPresentInList` / `partitionMapsByPresentInList`: the
    /// items present in `partitionBy`, and the others.
    static func partition(_ items: [JSONValue], by partitionBy: [JSONValue], mergeKey: String,
                          objects: Bool) throws -> (present: [JSONValue], other: [JSONValue]) {
        var present: [JSONValue] = []
        var other: [JSONValue] = []
        if mergeKey.isEmpty {
            let set = Set(partitionBy)
            for v in items {
                if set.contains(v) { present.append(v) } else { other.append(v) }
            }
            return (present, other)
        }
        // findMapInSliceBasedOnKeyValue scans in order and fails at the first non-object.
        var firstMatch: [JSONValue: Int] = [:]
        var firstNonObject: Int? = nil
        for (i, v) in partitionBy.enumerated() {
            guard case .object(let o) = v else {
                firstNonObject = i
                break
            }
            if let k = o[mergeKey], firstMatch[k] == nil { firstMatch[k] = i }
        }
        for v in items {
            guard case .object(let o) = v else { throw errBadArgType(expected: mapType, v) }
            guard let k = o[mergeKey] else { throw errNoMergeKey(o, mergeKey) }
            if firstMatch[k] != nil {
                present.append(v)
            } else if let bad = firstNonObject {
                throw KubeModelsError.patch("value for key \(bad) is not a map")
            } else {
                other.append(v)
            }
        }
        return (present, other)
    }

    /// upstream's `normalizeElementOrder`: patch items sorted by the patch order, server-only
    /// items by the live order, then interleaved keeping the live relative order.
    static func normalizeOrder(_ patchItems: [JSONValue], _ serverOnly: [JSONValue], patchOrder: [JSONValue],
                               serverOrder: [JSONValue], mergeKey: String, objects: Bool) throws -> [JSONValue] {
        let right = try sortByOrder(patchItems, patchOrder, mergeKey: mergeKey, objects: objects)
        let index = firstIndices(serverOrder, mergeKey, objects: objects)
        let left = try sortByOrder(serverOnly, serverOrder, mergeKey: mergeKey, objects: objects, index: index)
        if left.isEmpty { return right }
        if right.isEmpty { return left }
        var out: [JSONValue] = []
        out.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i >= left.count {
                out.append(right[j]); j += 1
            } else if j >= right.count {
                out.append(left[i]); i += 1
            } else if let li = index[identity(left[i], mergeKey, objects: objects)],
                      let ri = index[identity(right[j], mergeKey, objects: objects)], li < ri {
                out.append(left[i]); i += 1
            } else {
                out.append(right[j]); j += 1
            }
        }
        return out
    }

    /// upstream's `normalizeSliceOrder`: sorts by position in `order`; for objects, checks the
    /// merge keys and moves `$patch: delete` items to the end.
    static func sortByOrder(_ toSort: [JSONValue], _ order: [JSONValue], mergeKey: String,
                            objects: Bool, index known: [JSONValue?: Int]? = nil,
                            keysChecked: Bool = false) throws -> [JSONValue] {
        var items = toSort
        var deletions: [JSONValue] = []
        if objects && !keysChecked {
            for list in [toSort, order] {
                for item in list {
                    guard case .object(let o) = item else { throw errBadArgType(expected: mapType, item) }
                    if o[mergeKey] == nil { throw errNoMergeKey(o, mergeKey) }
                }
            }
        }
        if objects {
            (items, deletions) = try splitDeletions(toSort)
        }
        if items.count > 1 {
            let index = known ?? firstIndices(order, mergeKey, objects: objects)
            let positions = items.map { index[identity($0, mergeKey, objects: objects)] ?? Int.max }
            if zip(positions, positions.dropFirst()).contains(where: { $0 > $1 }) {
                let sorted = items.indices.sorted { a, b in
                    positions[a] < positions[b] || (positions[a] == positions[b] && a < b)
                }
                items = sorted.map { items[$0] }
            }
        }
        return items + deletions
    }

    /// upstream's `extractToDeleteItems`: the items without `$patch: delete`, and those with it.
    static func splitDeletions(_ list: [JSONValue]) throws -> (kept: [JSONValue], deleted: [JSONValue]) {
        var kept: [JSONValue] = []
        var deleted: [JSONValue] = []
        for v in list {
            guard case .object(let o) = v else { throw errBadArgType(expected: mapType, v) }
            if o[directiveMarker] == deleteDirective { deleted.append(v) } else { kept.append(v) }
        }
        return (kept, deleted)
    }
}
