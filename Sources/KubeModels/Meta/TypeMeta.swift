/// `apiVersion` and `kind` of an object, as values (`metav1.TypeMeta`).
public struct TypeMeta: Sendable, Hashable, Codable {
    /// `group/version`, e.g. `apps/v1`.
    public var apiVersion: String
    /// The kind, e.g. `Deployment`.
    public var kind: String

    /// Creates type metadata.
    public init(apiVersion: String = "", kind: String = "") {
        self.apiVersion = apiVersion
        self.kind = kind
    }

    /// The type metadata of a kind.
    public init<R: KubeResource>(of type: R.Type) {
        self.init(apiVersion: R.apiVersion, kind: R.kind)
    }
}
