import KubeModels

/// Refuses to create namespaced objects in a namespace that does not exist or is terminating
/// (the part of upstream's `NamespaceLifecycle` admission plugin that guards creation).
///
/// ```swift
/// let store = MemoryStore(admission: AdmissionChain(validating: [NamespaceExistsAdmission()]))
/// ```
public struct NamespaceExistsAdmission: ValidatingAdmissionHook {
    /// The hook's name.
    public let name = "NamespaceLifecycle"

    /// Creates the hook.
    public init() {}

    /// Checks the namespace of a create: `namespaces "x" not found` (404) when it is missing,
    /// `.forbidden` when it is being deleted.
    public func validate<R: KubeResource>(_ object: R, old: R?, request: AdmissionRequest) async throws {
        guard request.operation == .create, R.isNamespaced, !request.key.namespace.isEmpty else { return }
        let namespace = request.key.namespace
        do {
            let ns = try await request.store.get(Namespace.self, ObjectKey(name: namespace))
            if ns.metadata.deletionTimestamp != nil || ns.status.phase == "Terminating" {
                throw StoreError(.forbidden,
                                 "\(ResourceNaming.resource(R.self)) \(FieldError.goQuote(request.key.name)) is forbidden: unable to create new content in namespace \(namespace) because it is being terminated",
                                 kind: R.kind, key: request.key)
            }
        } catch let e as StoreError where e.code == .notFound && e.kind == Namespace.kind {
            throw StoreError(.notFound, "namespaces \(FieldError.goQuote(namespace)) not found", kind: Namespace.kind,
                             key: ObjectKey(name: namespace))
        }
    }
}
