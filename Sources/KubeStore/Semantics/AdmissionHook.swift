import KubeModels

/// What an admission hook is told about a write.
public struct AdmissionRequest: Sendable {
    /// The kind of write.
    public enum Operation: String, Sendable, Hashable {
        case create = "CREATE"
        case update = "UPDATE"
        case delete = "DELETE"
    }

    /// The operation.
    public var operation: Operation
    /// `"status"` for a status update, `nil` for the main resource.
    public var subresource: String?
    /// The object's key (its name is generated already when the object used `generateName`).
    public var key: ObjectKey
    /// The kind (`Pod`).
    public var kind: String
    /// The kind's `apiVersion` (`v1`, `apps/v1`).
    public var apiVersion: String
    /// The kind's resource name (`pods`).
    public var resource: String
    /// Whether the write is a dry run.
    public var dryRun: Bool
    /// The writer's name (`fieldManager`), when given.
    public var fieldManager: String?
    /// The store being written, for hooks that read other objects (a namespace, a quota).
    public var store: any ResourceStore

    /// Creates a request.
    public init<R: KubeResource>(_ operation: Operation, _ type: R.Type, key: ObjectKey, subresource: String? = nil,
                                 dryRun: Bool = false, fieldManager: String? = nil, store: any ResourceStore) {
        self.operation = operation
        self.subresource = subresource
        self.key = key
        kind = R.kind
        apiVersion = R.apiVersion
        resource = R.pluralName
        self.dryRun = dryRun
        self.fieldManager = fieldManager
        self.store = store
    }
}

/// An admission hook that may change an object before it is validated and stored (upstream's
/// mutating admission). Hooks run in the order they were installed.
///
/// A hook throws a ``StoreError`` to refuse the write; any other error refuses it as `.forbidden`.
public protocol MutatingAdmissionHook: Sendable {
    /// The hook's name, used in error messages.
    var name: String { get }
    /// Changes `object` as the hook's policy requires. `old` is the stored object for updates
    /// and deletes, `nil` for creates. Deletes are not passed to mutating hooks.
    func admit<R: KubeResource>(_ object: inout R, old: R?, request: AdmissionRequest) async throws
}

/// An admission hook that accepts or refuses a write after validation, just before it is stored
/// (upstream's validating admission). Hooks run in the order they were installed.
///
/// A hook throws a ``StoreError`` to refuse the write; any other error refuses it as `.forbidden`.
public protocol ValidatingAdmissionHook: Sendable {
    /// The hook's name, used in error messages.
    var name: String { get }
    /// Throws to refuse the write. For deletes, `object` is the stored object and `old` is `nil`.
    func validate<R: KubeResource>(_ object: R, old: R?, request: AdmissionRequest) async throws
}

/// The ordered admission hooks of a store: every mutating hook, then every validating hook.
/// Empty by default, as upstream's policies (namespace existence, quota) are all admission.
public struct AdmissionChain: Sendable {
    /// Mutating hooks, in order.
    public var mutating: [any MutatingAdmissionHook]
    /// Validating hooks, in order.
    public var validating: [any ValidatingAdmissionHook]

    /// Creates a chain.
    public init(mutating: [any MutatingAdmissionHook] = [], validating: [any ValidatingAdmissionHook] = []) {
        self.mutating = mutating
        self.validating = validating
    }

    /// Whether the chain has no hooks.
    public var isEmpty: Bool { mutating.isEmpty && validating.isEmpty }

    /// Runs the mutating hooks.
    func mutate<R: KubeResource>(_ object: inout R, old: R?, request: AdmissionRequest) async throws {
        for hook in mutating {
            do {
                try await hook.admit(&object, old: old, request: request)
            } catch let e as StoreError {
                throw e
            } catch {
                throw Self.forbidden(R.self, request.key, hook: hook.name, error)
            }
        }
    }

    /// Runs the validating hooks.
    func validate<R: KubeResource>(_ object: R, old: R?, request: AdmissionRequest) async throws {
        for hook in validating {
            do {
                try await hook.validate(object, old: old, request: request)
            } catch let e as StoreError {
                throw e
            } catch {
                throw Self.forbidden(R.self, request.key, hook: hook.name, error)
            }
        }
    }

    /// `pods "web" is forbidden: <hook>: <error>`, as upstream's `admission.NewForbidden`.
    static func forbidden<R: KubeResource>(_ type: R.Type, _ key: ObjectKey, hook: String, _ error: any Error) -> StoreError {
        StoreError(.forbidden, "\(ResourceNaming.resource(R.self)) \(FieldError.goQuote(key.name)) is forbidden: \(hook): \(error)",
                   kind: R.kind, key: key)
    }
}
