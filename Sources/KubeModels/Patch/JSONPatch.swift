/// JSON patch (RFC 6902, `application/json-patch+json`), as the Kubernetes API server applies
/// it (`gopkg.in/evanphx/json-patch.v4`), with its error texts.
///
/// ```swift
/// let ops = try JSONPatch.parse(document)
/// let patched = try JSONPatch.apply(ops, to: object)
/// // or, in code:
/// try JSONPatch.apply([.replace("/spec/replicas", 3), .test("/metadata/name", "web")], to: object)
/// ```
///
/// Application is atomic: the first failing operation throws and nothing is returned.
/// Upstream behaviours kept on purpose: array indices may be negative (counted from the end);
/// `replace` of a missing object member adds it; `copy` from a missing member copies `null`;
/// a missing `value` counts as `null`; `test` of a missing member against `null` passes; the
/// whole document (`""`) can only be the target of `replace` and `test`; the text before the
/// first `/` of a pointer is ignored. Failed `test` operations throw code
/// ``KubeModelsError/Code/patchTestFailed``; every other failure ``KubeModelsError/Code/invalidPatch``.
public enum JSONPatch {
    /// The API server's limit on the bytes `copy` operations may add to a document
    /// (`JSONPatchMaxCopyBytes`, 3 MiB).
    public static let defaultCopySizeLimit = 3 * 1024 * 1024

    /// The API server's limit on the number of operations in one patch (it answers
    /// `413 The allowed maximum operations in a JSON patch is 10000, got N`).
    public static let maxOperations = 10_000

    /// Decodes `document` and applies it to `target`.
    public static func apply(_ document: JSONValue, to target: JSONValue) throws -> JSONValue {
        try apply(parse(document), to: target)
    }

    /// Applies `operations` in order to `target`, all or nothing.
    ///
    /// - Parameter copySizeLimit: the most bytes (of compact JSON) `copy` operations may add in
    ///   total; `0` or less means no limit.
    /// - Throws: ``KubeModelsError`` with upstream's message.
    public static func apply(_ operations: [Operation], to target: JSONValue,
                             copySizeLimit: Int = defaultCopySizeLimit) throws -> JSONValue {
        var doc: JSONValue
        switch target {
        case .object, .array: doc = target
        case .null: doc = .object([:])
        default:
            throw KubeModelsError.patch(
                "json: cannot unmarshal \(goJSONType(target)) into Go value of type jsonpatch.partialDoc")
        }
        var copied = 0
        for op in operations {
            switch op.op {
            case .add: try add(&doc, op)
            case .remove: try remove(&doc, op)
            case .replace: try replace(&doc, op)
            case .move: try move(&doc, op)
            case .test: try test(doc, op)
            case .copy: try copy(&doc, op, copied: &copied, limit: copySizeLimit)
            default: throw KubeModelsError.patch("Unexpected kind: \(op.op.rawValue)")
            }
        }
        return doc
    }

    // MARK: - Operations

    private static func add(_ doc: inout JSONValue, _ op: Operation) throws {
        guard let path = op.path else {
            throw KubeModelsError.patch("add operation failed to decode path: missing value")
        }
        let found: Void? = try withContainer(&doc, path) { container, key in
            do {
                try Container.add(&container, key, op.value ?? .null)
            } catch let e as Failure {
                throw KubeModelsError.patch("error in add for path: '\(path)': \(e.text)")
            }
        }
        if found == nil {
            throw KubeModelsError.patch("add operation does not apply: doc is missing path: \"\(path)\": missing value")
        }
    }

    private static func remove(_ doc: inout JSONValue, _ op: Operation) throws {
        guard let path = op.path else {
            throw KubeModelsError.patch("remove operation failed to decode path: missing value")
        }
        let found: Void? = try withContainer(&doc, path) { container, key in
            do {
                try Container.remove(&container, key)
            } catch let e as Failure {
                throw KubeModelsError.patch("error in remove for path: '\(path)': \(e.text)")
            }
        }
        if found == nil {
            throw KubeModelsError.patch("remove operation does not apply: doc is missing path: \"\(path)\": missing value")
        }
    }

    private static func replace(_ doc: inout JSONValue, _ op: Operation) throws {
        guard let path = op.path else {
            throw KubeModelsError.patch("replace operation failed to decode path: \(op.pathError)")
        }
        if path.isEmpty {
            switch op.value {
            case .object?, .array?: doc = op.value ?? doc
            default: throw KubeModelsError.patch("replace operation value must be object or array: %!w(<nil>)")
            }
            return
        }
        let found: Void? = try withContainer(&doc, path) { container, key in
            do {
                _ = try Container.get(container, key)
            } catch is Failure {
                throw KubeModelsError.patch("replace operation does not apply: doc is missing key: \(path): missing value")
            }
            try Container.set(&container, key, op.value ?? .null)
        }
        if found == nil {
            throw KubeModelsError.patch("replace operation does not apply: doc is missing path: \(path): missing value")
        }
    }

    private static func move(_ doc: inout JSONValue, _ op: Operation) throws {
        guard let from = op.from else {
            throw KubeModelsError.patch("move operation failed to decode from: \(op.fromError)")
        }
        let taken: JSONValue?? = try withContainer(&doc, from) { container, key in
            do {
                let value = try Container.get(container, key)
                try Container.remove(&container, key)
                return value
            } catch let e as Failure {
                throw KubeModelsError.patch("error in move for path: '\(key)': \(e.text)")
            }
        }
        guard let value = taken else {
            throw KubeModelsError.patch("move operation does not apply: doc is missing from path: \(from): missing value")
        }
        guard let path = op.path else {
            throw KubeModelsError.patch("move operation failed to decode path: \(op.pathError)")
        }
        let found: Void? = try withContainer(&doc, path) { container, key in
            do {
                try Container.add(&container, key, value ?? .null)
            } catch let e as Failure {
                throw KubeModelsError.patch("error in move for path: '\(path)': \(e.text)")
            }
        }
        if found == nil {
            throw KubeModelsError.patch("move operation does not apply: doc is missing destination path: \(path): missing value")
        }
    }

    private static func test(_ doc: JSONValue, _ op: Operation) throws {
        guard let path = op.path else {
            throw KubeModelsError.patch("test operation failed to decode path: \(op.pathError)")
        }
        let failed = KubeModelsError(.patchTestFailed, "testing value \(path) failed: test failed")
        if path.isEmpty {
            if let value = op.value, value == doc { return }
            throw failed
        }
        let found: JSONValue??
        do {
            found = try lookup(doc, path)
        } catch {
            throw KubeModelsError.patch("error in test for path: '\(path)': \(error.text)")
        }
        guard let current = found else {
            throw KubeModelsError.patch("test operation does not apply: is missing path: \(path): missing value")
        }
        let expected = op.value ?? .null
        switch current {
        case nil, .null?:
            if expected.isNull { return }
        case let value?:
            if value == expected { return }
        }
        throw failed
    }

    private static func copy(_ doc: inout JSONValue, _ op: Operation, copied: inout Int, limit: Int) throws {
        guard let from = op.from else {
            throw KubeModelsError.patch("copy operation failed to decode from: \(op.fromError)")
        }
        let taken: JSONValue??
        do {
            taken = try lookup(doc, from)
        } catch {
            throw KubeModelsError.patch("error in copy for from: '\(from)': \(error.text)")
        }
        guard let value = taken else {
            throw KubeModelsError.patch("copy operation does not apply: doc is missing from path: \(from): missing value")
        }
        guard let path = op.path else {
            throw KubeModelsError.patch("copy operation failed to decode path: missing value")
        }
        let found: Void? = try withContainer(&doc, path) { container, key in
            if let value {
                copied += JSONPatch.encodedLength(value)
                if limit > 0 && copied > limit {
                    throw KubeModelsError.patch(
                        "Unable to complete the copy, the accumulated size increase of copy is \(copied), exceeding the limit \(limit)")
                }
            }
            do {
                try Container.add(&container, key, value ?? .null)
            } catch let e as Failure {
                throw KubeModelsError.patch("error while adding value during copy: \(e.text)")
            }
        }
        if found == nil {
            throw KubeModelsError.patch("copy operation does not apply: doc is missing destination path: \(path): missing value")
        }
    }
}
