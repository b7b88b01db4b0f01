import KubeModels

/// Applies the API server's three patch types to an object's JSON form, with KubeModels' patch
/// functions, mapping their failures to the API server's status codes.
enum PatchApplication {
    /// The 415 answer for a patch type a kind does not support.
    static let unsupportedMessage = "the body of the request was in an unknown format - accepted media types include: "
        + "application/json-patch+json, application/merge-patch+json"

    /// Applies `patch` to `document`.
    static func apply<R: KubeResource>(_ patch: PatchRequest, to document: JSONValue, type: R.Type, key: ObjectKey) throws -> JSONValue {
        func failure(_ code: StoreError.Code, _ error: KubeModelsError) -> StoreError {
            StoreError(code, error.message, kind: R.kind, key: key)
        }
        switch patch.type {
        case .merge:
            guard case .object = patch.body else {
                throw StoreError(.badRequest, "merge patch body must be a JSON object", kind: R.kind, key: key)
            }
            return JSONMergePatch.apply(patch.body, to: document)
        case .strategicMerge:
            // As upstream, only kinds with a known schema take strategic merge patches
            // (custom resources answer 415).
            guard let schema = BuiltInPatchSchema(for: R.self) else {
                throw StoreError(StoreError.Code(rawValue: "UnsupportedMediaType"), unsupportedMessage, kind: R.kind, key: key)
            }
            do {
                return try StrategicMergePatch.apply(patch.body, to: document, schema: schema)
            } catch let e as KubeModelsError {
                throw failure(.badRequest, e)
            }
        case .json:
            let operations: [JSONPatch.Operation]
            do {
                operations = try JSONPatch.parse(patch.body)
            } catch let e as KubeModelsError {
                throw failure(.badRequest, e)
            }
            do {
                return try JSONPatch.apply(operations, to: document)
            } catch let e as KubeModelsError {
                throw failure(.invalid, e)
            }
        }
    }

    /// The `metadata.resourceVersion` a patch sets, if any: a patch that names one is applied
    /// only to that version (409 otherwise); a patch without one is retried on conflict.
    static func resourceVersion(in patch: PatchRequest) throws -> String? {
        switch patch.type {
        case .merge, .strategicMerge:
            return patch.body["metadata"]?["resourceVersion"]?.stringValue
        case .json:
            guard case .array(let ops) = patch.body else { return nil }
            var rv: String?
            for op in ops {
                guard let path = op["path"]?.stringValue, path == "/metadata/resourceVersion",
                      let name = op["op"]?.stringValue, name == "add" || name == "replace" else { continue }
                rv = op["value"]?.stringValue
            }
            return rv
        }
    }
}
