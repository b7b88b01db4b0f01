/// An object of a kind this package does not model (a custom resource, or another API version):
/// `apiVersion` and `kind` as values, `metadata` typed, everything else kept as JSON so nothing is
/// dropped.
public struct DynamicObject: KubeObject, Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var metadata: ObjectMeta
    /// Every top-level member other than `apiVersion`, `kind` and `metadata` (`spec`, `status`, `data`, ...).
    public var body: [String: JSONValue]

    /// Creates an object.
    public init(apiVersion: String, kind: String, metadata: ObjectMeta = ObjectMeta(), body: [String: JSONValue] = [:]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.body = body
    }

    /// A top-level member such as `spec`.
    public subscript(member: String) -> JSONValue? {
        get { body[member] }
        set { body[member] = newValue }
    }
}

extension DynamicObject: KubeJSONCodable {
    public init(kubeJSON r: inout KubeJSONReader) throws {
        apiVersion = ""
        kind = ""
        metadata = ObjectMeta()
        body = [:]
        try r.beginObject()
        while let k = try r.nextKey() {
            switch r.string(of: k) {
            case "apiVersion": apiVersion = r.consumeNull() ? "" : try r.readString()
            case "kind": kind = r.consumeNull() ? "" : try r.readString()
            case "metadata": if !r.consumeNull() { metadata = try ObjectMeta(kubeJSON: &r) }
            case let name: body[name] = try r.readJSONValue()
            }
        }
        if apiVersion.isEmpty || kind.isEmpty {
            throw KubeModelsError(.unknownKind, "Object 'Kind' is missing in the object (apiVersion and kind are required)")
        }
    }

    public func encode(kubeJSON w: inout KubeJSONWriter) {
        w.beginObject()
        w.rawKey("\"apiVersion\":"); w.write(apiVersion)
        w.rawKey("\"kind\":"); w.write(kind)
        if metadata != ObjectMeta() { w.rawKey("\"metadata\":"); metadata.encode(kubeJSON: &w) }
        for name in body.keys.sorted() {
            w.key(name)
            w.write(body[name] ?? .null)
        }
        w.endObject()
    }
}

extension DynamicObject: Codable {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        apiVersion = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "apiVersion")) ?? ""
        kind = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "kind")) ?? ""
        metadata = try c.decodeIfPresent(ObjectMeta.self, forKey: AnyKey(stringValue: "metadata")) ?? ObjectMeta()
        body = [:]
        for key in c.allKeys where !["apiVersion", "kind", "metadata"].contains(key.stringValue) {
            body[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(apiVersion, forKey: AnyKey(stringValue: "apiVersion"))
        try c.encode(kind, forKey: AnyKey(stringValue: "kind"))
        if metadata != ObjectMeta() { try c.encode(metadata, forKey: AnyKey(stringValue: "metadata")) }
        for (k, v) in body { try c.encode(v, forKey: AnyKey(stringValue: k)) }
    }
}
