/// Any Kubernetes object, typed or not: what the ``Scheme`` returns when it decodes a manifest.
///
/// Built-in kinds and custom ``KubeResource`` types conform through ``KubeResource``;
/// kinds the scheme does not know decode as ``DynamicObject``.
public protocol KubeObject: Sendable {
    /// `group/version` of this object.
    var apiVersion: String { get }
    /// The kind of this object.
    var kind: String { get }
    /// The object's metadata.
    var metadata: ObjectMeta { get }
}

extension KubeResource {
    /// The kind's `apiVersion`, as an instance property (for ``KubeObject``).
    public var apiVersion: String { Self.apiVersion }
    /// The kind's name, as an instance property (for ``KubeObject``).
    public var kind: String { Self.kind }
}
