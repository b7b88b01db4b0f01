import Foundation

/// Encodes and decodes Kubernetes JSON, taking the generated fast path where the type has one.
///
/// ```swift
/// let pod = try KubeJSON.decode(Pod.self, from: bytes)
/// let json = try KubeJSON.encode(pod)
/// ```
public enum KubeJSON {
    /// Decodes a value from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some ContiguousBytes) throws -> T {
        if let fast = T.self as? any KubeJSONCodable.Type {
            return try bytes.withUnsafeBytes { raw in
                var reader = KubeJSONReader(raw.bindMemory(to: UInt8.self))
                let value = try fast.init(kubeJSON: &reader)
                try reader.expectEnd()
                // The cast always succeeds: `fast` is `T.self`.
                guard let typed = value as? T else { throw KubeModelsError(.invalidValue, "internal type mismatch") }
                return typed
            }
        }
        do {
            let data = bytes.withUnsafeBytes { Data($0) }
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw KubeModelsError(error)
        }
    }

    /// Decodes a value from JSON text.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decode(type, from: Array(text.utf8))
    }

    /// Encodes a value as JSON bytes (absent optionals omitted, map keys sorted).
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let fast = value as? any KubeJSONCodable {
            var writer = KubeJSONWriter()
            fast.encode(kubeJSON: &writer)
            return writer.bytes
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Encodes a value as JSON text.
    public static func encodeString<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}

extension JSONValue {
    /// Parses JSON text into a value.
    public init(parsing bytes: some ContiguousBytes) throws {
        self = try KubeJSON.decode(JSONValue.self, from: bytes)
    }

    /// The value as compact JSON bytes, object members sorted by key.
    public var jsonBytes: [UInt8] {
        var w = KubeJSONWriter(capacity: 256)
        w.write(self)
        return w.bytes
    }
}

extension KubeModelsError {
    /// Wraps a Foundation decoding error, keeping its coding path as a field path.
    public init(_ error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            var s = ""
            for k in keys {
                if let i = k.intValue {
                    s += "[\(i)]"
                } else {
                    s += s.isEmpty ? k.stringValue : "." + k.stringValue
                }
            }
            return s
        }
        switch error {
        case .dataCorrupted(let c):
            self.init(c.codingPath.isEmpty ? .malformedJSON : .invalidValue,
                      c.codingPath.isEmpty ? c.debugDescription : "\(path(c.codingPath)): \(c.debugDescription)")
        case .keyNotFound(let k, let c):
            self.init(.invalidValue, "\(path(c.codingPath + [k])): Required value")
        case .typeMismatch(let t, let c):
            self.init(.invalidValue, "\(path(c.codingPath)): expected \(t): \(c.debugDescription)")
        case .valueNotFound(let t, let c):
            self.init(.invalidValue, "\(path(c.codingPath)): expected \(t), found null")
        @unknown default:
            self.init(.invalidValue, "\(error)")
        }
    }
}
