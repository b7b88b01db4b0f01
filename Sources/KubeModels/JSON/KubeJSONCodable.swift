import Foundation

/// A type with a fast JSON path of its own beside `Codable`.
///
/// Every generated model conforms; ``KubeJSON`` uses this path when the type has it and falls back
/// to Foundation's coders otherwise, so user types (custom resources) need only `Codable`.
public protocol KubeJSONCodable {
    /// Reads one value of this type.
    init(kubeJSON reader: inout KubeJSONReader) throws
    /// Writes this value.
    func encode(kubeJSON writer: inout KubeJSONWriter)
}

extension String: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readString() }
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension Bool: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readBool() }
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension Int32: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readInt32() }
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension Int64: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readInt64() }
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension Double: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readDouble() }
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension JSONValue: KubeJSONCodable {
    public init(kubeJSON reader: inout KubeJSONReader) throws { self = try reader.readJSONValue() }
    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(self) }
}

extension Array: KubeJSONCodable where Element: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws {
        self = []
        if reader.consumeNull() { return }
        try reader.beginArray()
        var first = true
        while try reader.nextElement(first: &first) {
            if reader.consumeNull() { continue }
            append(try Element(kubeJSON: &reader))
        }
    }

    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) {
        writer.beginArray()
        for e in self { e.encode(kubeJSON: &writer) }
        writer.endArray()
    }
}

extension Dictionary: KubeJSONCodable where Key == String, Value: KubeJSONCodable {
    @inline(__always) public init(kubeJSON reader: inout KubeJSONReader) throws {
        self = [:]
        if reader.consumeNull() { return }
        try reader.beginObject()
        while let k = try reader.nextKey() {
            let name = reader.string(of: k)
            if reader.consumeNull() { continue }
            self[name] = try Value(kubeJSON: &reader)
        }
    }

    /// Writes members sorted by key, as Go's `encoding/json` does for maps.
    @inline(__always) public func encode(kubeJSON writer: inout KubeJSONWriter) {
        writer.beginObject()
        if count == 1, let (k, v) = first {
            writer.key(k)
            v.encode(kubeJSON: &writer)
        } else {
            for k in keys.sorted() {
                writer.key(k)
                self[k]?.encode(kubeJSON: &writer)
            }
        }
        writer.endObject()
    }
}

extension Data: KubeJSONCodable {
    /// Reads base64 text (Go's standard encoding, with padding), as Kubernetes `[]byte` fields are written.
    public init(kubeJSON reader: inout KubeJSONReader) throws {
        let s = try reader.readString()
        guard let d = Data(base64Encoded: s) else {
            throw reader.invalidValue("illegal base64 data in string \(FieldError.goQuote(s))")
        }
        self = d
    }

    /// Writes base64 text.
    public func encode(kubeJSON writer: inout KubeJSONWriter) { writer.write(base64EncodedString()) }
}
