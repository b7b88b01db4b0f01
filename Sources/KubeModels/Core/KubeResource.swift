/// A Kubernetes resource kind: a typed object with `apiVersion`, `kind` and `metadata`.
///
/// Every built-in kind conforms (``Pod``, ``Deployment``, ``Service``, ...). A custom resource
/// conforms by declaring its type facts and a `metadata` property, and then works everywhere in the
/// SDK (stores, informers, controllers):
///
/// ```swift
/// struct StaticSite: KubeResource {
///     static let apiVersion = "example.com/v1"
///     static let kind = "StaticSite"
///     static let pluralName = "staticsites"
///     static let isNamespaced = true
///     var metadata = ObjectMeta()
///     var spec = Spec()
///     struct Spec: Codable, Sendable, Hashable { var html = "" }
/// }
/// ```
public protocol KubeResource: KubeObject, Codable, Sendable, Hashable {
    /// `group/version`, or just the version for the core group (`v1`, `apps/v1`).
    static var apiVersion: String { get }
    /// The kind, e.g. `Pod`.
    static var kind: String { get }
    /// The lower-case plural resource name used in URLs and storage keys, e.g. `pods`.
    static var pluralName: String { get }
    /// Whether objects of this kind live in a namespace.
    static var isNamespaced: Bool { get }

    /// The object's metadata.
    var metadata: ObjectMeta { get set }

    /// Creates an empty object.
    init()

    /// The object with the API server's defaults applied.
    func defaulted() -> Self

    /// The API server's validation of this (defaulted) object: empty when valid.
    func validate() -> [FieldError]
}

extension KubeResource {
    /// The object unchanged: kinds without defaults need not implement it.
    public func defaulted() -> Self { self }

    /// The object's metadata validated: kinds with more rules implement their own.
    public func validate() -> [FieldError] { metadata.validate(namespaced: Self.isNamespaced) }

    /// Creates an object with a name and, for namespaced kinds, a namespace.
    public init(name: String, namespace: String = "") {
        self.init()
        metadata.name = name
        metadata.namespace = namespace
    }

    /// The API group (`""` for the core group).
    public static var group: String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    /// The API version without the group (`v1`).
    public static var version: String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return apiVersion }
        return String(apiVersion[apiVersion.index(after: slash)...])
    }

    /// The object's key: namespace and name.
    public var key: ObjectKey { ObjectKey(namespace: metadata.namespace, name: metadata.name) }
}

/// Identifies an object of a known kind: its namespace (empty for cluster-scoped kinds) and name.
public struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The namespace, or `""` for cluster-scoped objects.
    public var namespace: String
    /// The name.
    public var name: String

    /// Creates a key.
    public init(namespace: String = "", name: String) {
        self.namespace = namespace
        self.name = name
    }

    /// Parses `namespace/name` or `name`, as client-go's `SplitMetaNamespaceKey`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: self.init(name: String(parts[0]))
        case 2: self.init(namespace: String(parts[0]), name: String(parts[1]))
        default: throw KubeModelsError(.invalidValue, "unexpected key format: \(FieldError.goQuote(text))")
        }
    }

    /// `namespace/name`, or `name` when there is no namespace (client-go's `MetaNamespaceKeyFunc`).
    public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }

    public static func < (a: ObjectKey, b: ObjectKey) -> Bool {
        (a.namespace, a.name) < (b.namespace, b.name)
    }
}
