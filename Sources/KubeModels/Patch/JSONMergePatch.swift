/// JSON merge patch (RFC 7386, `application/merge-patch+json`), as the Kubernetes API server
/// applies it (`gopkg.in/evanphx/json-patch.v4`'s `MergePatch` and `CreateMergePatch`).
///
/// ```swift
/// let patched = JSONMergePatch.apply(["metadata": ["labels": ["tier": nil]]], to: object)
/// let patch = JSONMergePatch.create(from: old, to: new)   // apply(patch, to: old) == new
/// ```
///
/// Upstream details kept: a `null` member deletes; members added where the target has none
/// (or `null`) have their `null`s pruned, also inside objects nested in arrays; an array patch
/// value replaces the target value as is.
///
/// The API server rejects a patch document that is `null` or a scalar (`Invalid JSON Patch`,
/// 400). ``apply(_:to:)`` is total and follows RFC 7386 there instead (the result is the patch);
/// callers modelling the server check `patch` is an object first.
public enum JSONMergePatch {
    /// Applies `patch` to `target` and returns the result.
    public static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        switch patch {
        case .object(let p):
            guard case .object(var doc) = target else {
                var pruned = patch
                pruneNulls(&pruned)
                return pruned
            }
            mergeDocs(&doc, p)
            return .object(doc)
        case .array:
            var pruned = patch
            pruneNulls(&pruned)
            return pruned
        default:
            return patch
        }
    }

    /// A merge patch that turns `original` into `modified` (upstream's `CreateMergePatch`):
    /// changed and added members, `null` for removed ones, nested objects diffed recursively,
    /// arrays replaced whole when they differ. Numbers compare by value (`1` equals `1.0`).
    ///
    /// When either document is not an object, the patch is `modified` itself.
    public static func create(from original: JSONValue, to modified: JSONValue) -> JSONValue {
        guard case .object(let a) = original, case .object(let b) = modified else { return modified }
        return .object(diff(a, b))
    }

    // MARK: - Apply

    private static func mergeDocs(_ doc: inout [String: JSONValue], _ patch: [String: JSONValue]) {
        for (key, value) in patch {
            if case .null = value {
                doc.removeValue(forKey: key)
                continue
            }
            guard let current = doc[key], !current.isNull else {
                var v = value
                pruneNulls(&v)
                doc[key] = v
                continue
            }
            doc[key] = merge(current, value)
        }
    }

    private static func merge(_ current: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard case .object(var cur) = current else {
            var p = patch
            pruneNulls(&p)
            return p
        }
        guard case .object(let p) = patch else { return patch }
        mergeDocs(&cur, p)
        return .object(cur)
    }

    /// Removes `null` members of objects, recursively (also inside arrays); `null` array
    /// elements stay.
    static func pruneNulls(_ value: inout JSONValue) {
        switch value {
        case .object(let o):
            var out = [String: JSONValue](minimumCapacity: o.count)
            for (k, v) in o where !v.isNull {
                var child = v
                pruneNulls(&child)
                out[k] = child
            }
            value = .object(out)
        case .array(var a):
            value = .null
            for i in a.indices {
                switch a[i] {
                case .object, .array: pruneNulls(&a[i])
                default: break
                }
            }
            value = .array(a)
        default:
            break
        }
    }

    // MARK: - Create

    private static func diff(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String: JSONValue] {
        var into: [String: JSONValue] = [:]
        for (key, bv) in b {
            guard let av = a[key] else {
                into[key] = bv
                continue
            }
            switch (av, bv) {
            case (.object(let ao), .object(let bo)):
                let d = diff(ao, bo)
                if !d.isEmpty { into[key] = .object(d) }
            default:
                if !matches(av, bv) { into[key] = bv }
            }
        }
        for key in a.keys where b[key] == nil {
            into[key] = .null
        }
        return into
    }

    /// Upstream's `matchesValue`: same JSON type and equal content; numbers compare as `float64`.
    static func matches(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.double(let x), .double(let y)): return x == y
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in x.indices where !matches(x[i], y[i]) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, yv) in y {
                guard let xv = x[k], matches(xv, yv) else { return false }
            }
            return true
        default:
            return false
        }
    }
}
