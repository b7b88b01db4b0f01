import KubeModels

/// How the API server names a kind in its messages.
enum ResourceNaming {
    /// The qualified resource, as `schema.GroupResource.String()`: `pods`, `deployments.apps`.
    static func resource<R: KubeResource>(_ type: R.Type) -> String {
        let group = R.group
        return group.isEmpty ? R.pluralName : "\(R.pluralName).\(group)"
    }

    /// The qualified kind, as `schema.GroupKind.String()`: `Pod`, `Deployment.apps`.
    static func groupKind<R: KubeResource>(_ type: R.Type) -> String {
        let group = R.group
        return group.isEmpty ? R.kind : "\(R.kind).\(group)"
    }
}

extension StoreError {
    /// The optimistic-concurrency message of the API server (`registry.OptimisticLockErrorMsg`).
    public static let optimisticLockMessage =
        "the object has been modified; please apply your changes to the latest version and try again"

    /// `pods "web" not found`.
    public static func notFound<R: KubeResource>(_ type: R.Type, _ key: ObjectKey) -> StoreError {
        StoreError(.notFound, "\(ResourceNaming.resource(R.self)) \(FieldError.goQuote(key.name)) not found", kind: R.kind, key: key)
    }

    /// `pods "web" already exists`, prefixed with `object is being deleted: ` when the existing
    /// object is terminating (as the API server says).
    public static func alreadyExists<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, beingDeleted: Bool = false) -> StoreError {
        let base = "\(ResourceNaming.resource(R.self)) \(FieldError.goQuote(key.name)) already exists"
        return StoreError(.alreadyExists, beingDeleted ? "object is being deleted: \(base)" : base, kind: R.kind, key: key)
    }

    /// `Operation cannot be fulfilled on pods "web": <detail>` (409), by default the optimistic-lock message.
    public static func conflict<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ detail: String = optimisticLockMessage) -> StoreError {
        StoreError(.conflict, "Operation cannot be fulfilled on \(ResourceNaming.resource(R.self)) \(FieldError.goQuote(key.name)): \(detail)",
                   kind: R.kind, key: key)
    }

    /// `Pod "web" is invalid: <errors>` (422), the errors aggregated as the API server does.
    public static func invalid<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, _ errors: [FieldError]) -> StoreError {
        var seen = Set<String>()
        let unique = errors.filter { seen.insert($0.description).inserted }
        return StoreError(.invalid, "\(ResourceNaming.groupKind(R.self)) \(FieldError.goQuote(key.name)) is invalid: \(unique.aggregateDescription)",
                          kind: R.kind, key: key, fieldErrors: errors)
    }

    /// `too old resource version: 5 (10)` (410): the events after `requested` were compacted;
    /// `compacted` is the oldest revision a watch may start from.
    public static func tooOldResourceVersion(_ requested: Int64, compacted: Int64, kind: String? = nil, detail: String? = nil) -> StoreError {
        var message = "too old resource version: \(requested) (\(compacted))"
        if let detail { message += ": \(detail)" }
        return StoreError(.gone, message, kind: kind)
    }

    /// The continue token of a paginated list refers to a compacted revision (410 Expired).
    public static func continueExpired(kind: String? = nil) -> StoreError {
        StoreError(.expired, "The provided continue parameter is too old to display a consistent list result. "
                   + "You can start a new list without the continue parameter.", kind: kind)
    }

    /// `Request entity too large: ...` (413): the object exceeds the store's size limit.
    public static func tooLarge<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, size: Int, limit: Int) -> StoreError {
        StoreError(.requestEntityTooLarge,
                   "Request entity too large: \(ResourceNaming.resource(R.self)) \(FieldError.goQuote(key.name)) is \(size) bytes, limit is \(limit)",
                   kind: R.kind, key: key)
    }

    /// A malformed `resourceVersion` parameter (400).
    public static func invalidResourceVersion(_ text: String, kind: String? = nil) -> StoreError {
        StoreError(.badRequest, "invalid resource version: \(FieldError.goQuote(text))", kind: kind)
    }
}

/// Parsing of the string resource versions of the wire into the store's `Int64` revisions.
public enum ResourceVersion {
    /// Parses a non-empty resourceVersion; throws `.badRequest` naming the text otherwise.
    public static func parse(_ text: String, kind: String? = nil) throws -> Int64 {
        guard let v = Int64(text), v >= 0 else { throw StoreError.invalidResourceVersion(text, kind: kind) }
        return v
    }

    /// `nil` for an absent (`nil` or empty) resourceVersion, else the parsed revision.
    public static func parseOptional(_ text: String?, kind: String? = nil) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        return try parse(text, kind: kind)
    }
}
