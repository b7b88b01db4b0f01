import KubeModels
import KubeStore

/// A small custom kind the conformance kit stores, so its checks depend only on generic
/// semantics (metadata validation), not on a built-in kind's validation rules.
public struct Widget: KubeResource, HasStatusSubresource {
    public static let apiVersion = "conformance.kubeprimitives.dev/v1"
    public static let kind = "Widget"
    public static let pluralName = "widgets"
    public static let isNamespaced = true

    /// The desired state.
    public struct Spec: Codable, Sendable, Hashable {
        public var size: Int64 = 0
        public var text: String = ""
        public var items: [String] = []
        public init(size: Int64 = 0, text: String = "", items: [String] = []) {
            self.size = size
            self.text = text
            self.items = items
        }
    }

    /// The observed state.
    public struct Status: Codable, Sendable, Hashable {
        public var phase: String = ""
        public var observedGeneration: Int64 = 0
        public init(phase: String = "", observedGeneration: Int64 = 0) {
            self.phase = phase
            self.observedGeneration = observedGeneration
        }
    }

    public var metadata = ObjectMeta()
    public var spec = Spec()
    public var status = Status()

    public init() {}

    enum CodingKeys: String, CodingKey { case apiVersion, kind, metadata, spec, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try c.decodeIfPresent(ObjectMeta.self, forKey: .metadata) ?? ObjectMeta()
        spec = try c.decodeIfPresent(Spec.self, forKey: .spec) ?? Spec()
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? Status()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.apiVersion, forKey: .apiVersion)
        try c.encode(Self.kind, forKey: .kind)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(spec, forKey: .spec)
        try c.encode(status, forKey: .status)
    }
}

/// The same kind as ``Widget`` without a typed status: the store takes its JSON paths for
/// `status` (custom resources that do not declare ``HasStatusSubresource``).
public struct UntypedWidget: KubeResource {
    public static let apiVersion = Widget.apiVersion
    public static let kind = Widget.kind
    public static let pluralName = Widget.pluralName
    public static let isNamespaced = true

    public var metadata = ObjectMeta()
    public var spec = Widget.Spec()
    public var status = Widget.Status()

    public init() {}

    enum CodingKeys: String, CodingKey { case apiVersion, kind, metadata, spec, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metadata = try c.decodeIfPresent(ObjectMeta.self, forKey: .metadata) ?? ObjectMeta()
        spec = try c.decodeIfPresent(Widget.Spec.self, forKey: .spec) ?? Widget.Spec()
        status = try c.decodeIfPresent(Widget.Status.self, forKey: .status) ?? Widget.Status()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.apiVersion, forKey: .apiVersion)
        try c.encode(Self.kind, forKey: .kind)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(spec, forKey: .spec)
        try c.encode(status, forKey: .status)
    }
}
