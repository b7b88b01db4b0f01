/// A list of objects of one kind, as the API server returns it (`PodList`, `DeploymentList`, ...).
public struct KubeList<R: KubeResource>: Sendable, Hashable {
    /// `resourceVersion` and `continue` of the list.
    public var metadata: ListMeta
    /// The objects.
    public var items: [R]

    /// The list's kind, e.g. `PodList`.
    public static var kind: String { R.kind + "List" }

    /// Creates a list.
    public init(items: [R] = [], metadata: ListMeta = ListMeta()) {
        self.items = items
        self.metadata = metadata
    }
}

extension KubeList: Codable {
    enum CodingKeys: String, CodingKey { case apiVersion, kind, metadata, items }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let kind = try c.decodeIfPresent(String.self, forKey: .kind), !kind.isEmpty, kind != Self.kind, kind != "List" {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "kind \(FieldError.goQuote(kind)) is not \(Self.kind)")
        }
        metadata = try c.decodeIfPresent(ListMeta.self, forKey: .metadata) ?? ListMeta()
        items = try c.decodeIfPresent([R].self, forKey: .items) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(R.apiVersion, forKey: .apiVersion)
        try c.encode(Self.kind, forKey: .kind)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(items, forKey: .items)
    }
}

extension KubeList: KubeJSONCodable where R: KubeJSONCodable {
    public init(kubeJSON r: inout KubeJSONReader) throws {
        metadata = ListMeta()
        items = []
        try r.beginObject()
        while let k = try r.nextKey() {
            if r.consumeNull() { continue }
            switch k.hash {
            case KubeJSONReader.hash("items".utf8) where r.key(k, is: "items"):
                items = try [R](kubeJSON: &r)
            case KubeJSONReader.hash("metadata".utf8) where r.key(k, is: "metadata"):
                metadata = try ListMeta(kubeJSON: &r)
            case KubeJSONReader.hash("kind".utf8) where r.key(k, is: "kind"):
                let kind = try r.readString()
                if !kind.isEmpty, kind != Self.kind, kind != "List" {
                    throw KubeModelsError(.unknownKind, "kind \(FieldError.goQuote(kind)) is not \(Self.kind)")
                }
            default:
                try r.skipValue()
            }
        }
    }

    public func encode(kubeJSON w: inout KubeJSONWriter) {
        w.beginObject()
        w.rawKey("\"apiVersion\":"); w.write(R.apiVersion)
        w.rawKey("\"kind\":"); w.write(Self.kind)
        w.rawKey("\"metadata\":"); metadata.encode(kubeJSON: &w)
        w.rawKey("\"items\":"); items.encode(kubeJSON: &w)
        w.endObject()
    }
}
