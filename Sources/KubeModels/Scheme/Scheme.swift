import Foundation

/// Maps `apiVersion`/`kind` to Swift types, so any manifest decodes into the right type.
///
/// ```swift
/// let objects = try Scheme.default.decodeAll(bytes)      // a single object or a `kind: List`
/// if let pod = objects.first as? Pod { ... }
/// let deployment = try Scheme.default.decode(Deployment.self, from: bytes)   // typed, or a clear error
/// ```
/// Kinds the scheme does not know decode as ``DynamicObject``, so nothing is dropped. Register
/// custom resources with ``registering(_:)``.
public struct Scheme: Sendable {
    /// Identifies a kind: `apiVersion` and `kind`.
    public struct KindKey: Sendable, Hashable, CustomStringConvertible {
        public var apiVersion: String
        public var kind: String
        public init(apiVersion: String, kind: String) {
            self.apiVersion = apiVersion
            self.kind = kind
        }
        public var description: String { "\(apiVersion), Kind=\(kind)" }
    }

    private var types: [KindKey: any KubeResource.Type]

    /// The built-in kinds of this package.
    public static let `default` = Scheme(kinds: generatedBuiltInKinds)

    /// Creates a scheme that knows the given kinds.
    public init(kinds: [any KubeResource.Type]) {
        types = [:]
        for t in kinds { types[KindKey(apiVersion: t.apiVersion, kind: t.kind)] = t }
    }

    /// This scheme plus one more kind (a custom resource).
    public func registering(_ type: any KubeResource.Type) -> Scheme {
        var s = self
        s.types[KindKey(apiVersion: type.apiVersion, kind: type.kind)] = type
        return s
    }

    /// Every registered kind.
    public var kinds: [any KubeResource.Type] { Array(types.values) }

    /// The type registered for `apiVersion`/`kind`, if any.
    public func type(apiVersion: String, kind: String) -> (any KubeResource.Type)? {
        types[KindKey(apiVersion: apiVersion, kind: kind)]
    }

    /// The type registered for a plural resource name in a group (`"apps"`, `"deployments"`).
    public func type(group: String, resource: String) -> (any KubeResource.Type)? {
        types.values.first { $0.group == group && $0.pluralName == resource }
    }

    /// Reads `apiVersion` and `kind` from a JSON object without decoding the rest.
    public static func peekKind(_ bytes: some ContiguousBytes) throws -> KindKey {
        try bytes.withUnsafeBytes { raw in
            var r = KubeJSONReader(raw.bindMemory(to: UInt8.self))
            var apiVersion = "", kind = ""
            try r.beginObject()
            while let k = try r.nextKey() {
                if r.key(k, is: "apiVersion"), !r.consumeNull() {
                    apiVersion = try r.readString()
                } else if r.key(k, is: "kind"), !r.consumeNull() {
                    kind = try r.readString()
                } else {
                    try r.skipValue()
                }
            }
            try r.expectEnd()
            if kind.isEmpty { throw KubeModelsError(.unknownKind, "Object 'Kind' is missing in \(snippet(raw))") }
            if apiVersion.isEmpty { throw KubeModelsError(.unknownKind, "Object 'apiVersion' is missing in \(snippet(raw))") }
            return KindKey(apiVersion: apiVersion, kind: kind)
        }
    }

    private static func snippet(_ raw: UnsafeRawBufferPointer) -> String {
        let text = String(decoding: raw.prefix(80), as: UTF8.self)
        return raw.count > 80 ? "'\(text)...'" : "'\(text)'"
    }

    /// Decodes one object into its registered type, or a ``DynamicObject`` for unknown kinds.
    /// A `kind: List` document decodes as a ``DynamicObject``; use ``decodeAll(_:)`` to flatten it.
    public func decode(_ bytes: some ContiguousBytes) throws -> any KubeObject {
        let key = try Self.peekKind(bytes)
        if let t = types[key] {
            return try decodeTyped(t, bytes)
        }
        return try KubeJSON.decode(DynamicObject.self, from: bytes)
    }

    private func decodeTyped(_ t: any KubeResource.Type, _ bytes: some ContiguousBytes) throws -> any KubeResource {
        try KubeJSON.decode(t, from: bytes)
    }

    /// Decodes a document that is one object or a `List` (`v1`, `kind: List`, or any `*List`
    /// with `items`), returning every object in order.
    public func decodeAll(_ bytes: some ContiguousBytes) throws -> [any KubeObject] {
        let key = try Self.peekKind(bytes)
        guard key.kind == "List" || (key.kind.hasSuffix("List") && types[key] == nil) else {
            return [try decode(bytes)]
        }
        let value = try JSONValue(parsing: bytes)
        guard let items = value["items"]?.arrayValue else { return [] }
        var out: [any KubeObject] = []
        for (i, item) in items.enumerated() {
            do {
                out.append(try decode(item.jsonBytes))
            } catch let e as KubeModelsError {
                throw KubeModelsError(e.code, "items[\(i)]: \(e.message)", fieldErrors: e.fieldErrors)
            }
        }
        return out
    }

    /// Decodes a document that must hold the kind `R`; a different or unknown kind is an error that
    /// names it, as the API server's "no kind is registered" message does.
    public func decode<R: KubeResource>(_ type: R.Type, from bytes: some ContiguousBytes) throws -> R {
        let key = try Self.peekKind(bytes)
        guard key.apiVersion == R.apiVersion, key.kind == R.kind else {
            if types[key] == nil {
                throw KubeModelsError(.unknownKind, "no kind \(FieldError.goQuote(key.kind)) is registered for version \(FieldError.goQuote(key.apiVersion)) in scheme; expected \(R.apiVersion), Kind=\(R.kind)")
            }
            throw KubeModelsError(.unknownKind, "expected \(R.apiVersion), Kind=\(R.kind) but the document is \(key)")
        }
        return try KubeJSON.decode(R.self, from: bytes)
    }

    /// Encodes any object (typed or dynamic) as JSON.
    public func encode(_ object: any KubeObject) throws -> [UInt8] {
        if let fast = object as? any KubeJSONCodable {
            var w = KubeJSONWriter()
            fast.encode(kubeJSON: &w)
            return w.bytes
        }
        guard let encodable = object as? any Encodable else {
            throw KubeModelsError(.invalidValue, "\(object.kind) is not Encodable")
        }
        return try KubeJSON.encode(encodable)
    }
}
