import KubeModels

/// Applies the API server's three patch types to an object's JSON form.
///
/// Interim: JSON merge patch (RFC 7386) and JSON patch (RFC 6902) are implemented here until
/// KubeModels ships its patch functions. Strategic merge patch is applied as a merge patch where
/// the two agree (no lists, no `$` directives) and refused otherwise, rather than guessed.
enum PatchApplication {
    /// Applies `patch` to `document`.
    static func apply<R: KubeResource>(_ patch: PatchRequest, to document: JSONValue, type: R.Type, key: ObjectKey) throws -> JSONValue {
        switch patch.type {
        case .merge:
            guard case .object = patch.body else {
                throw StoreError(.badRequest, "merge patch body must be a JSON object", kind: R.kind, key: key)
            }
            return mergePatch(document, patch.body)
        case .strategicMerge:
            guard case .object = patch.body else {
                throw StoreError(.badRequest, "strategic merge patch body must be a JSON object", kind: R.kind, key: key)
            }
            if let reason = strategicDifference(patch.body) {
                throw StoreError(Code.unsupportedMediaType, "strategic merge patch with \(reason) is not supported yet; use a JSON merge patch or a JSON patch",
                                 kind: R.kind, key: key)
            }
            return mergePatch(document, patch.body)
        case .json:
            do {
                return try JSONPatchOperations.apply(patch.body, to: document)
            } catch let failure as JSONPatchOperations.Failure {
                throw StoreError(failure.malformed ? .badRequest : .invalid, failure.message, kind: R.kind, key: key)
            }
        }
    }

    typealias Code = StoreError.Code

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

    /// RFC 7386.
    static func mergePatch(_ target: JSONValue, _ patch: JSONValue) -> JSONValue {
        guard case .object(let patchMembers) = patch else { return patch }
        var result: [String: JSONValue]
        if case .object(let members) = target { result = members } else { result = [:] }
        for (name, value) in patchMembers {
            if case .null = value {
                result.removeValue(forKey: name)
            } else {
                result[name] = mergePatch(result[name] ?? .null, value)
            }
        }
        return .object(result)
    }

    /// Why a strategic merge patch would differ from a merge patch, or `nil` when it would not.
    static func strategicDifference(_ patch: JSONValue) -> String? {
        switch patch {
        case .array: return "lists"
        case .object(let members):
            for (name, value) in members {
                if name.hasPrefix("$") { return "directive \(FieldError.goQuote(name))" }
                if let reason = strategicDifference(value) { return reason }
            }
            return nil
        default: return nil
        }
    }
}

extension StoreError.Code {
    /// The patch type or body is not supported (415).
    static let unsupportedMediaType = StoreError.Code(rawValue: "UnsupportedMediaType")
}
