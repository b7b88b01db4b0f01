/// The payload of one ``FileStore`` log record (a committed mutation) or snapshot record (an
/// object): what changed, and the object as JSON.
///
/// Layout (integers little endian; strings UTF-8 with a u16 length):
/// ```
///   u8         operation: 1 create, 2 update, 3 delete
///   str        resource: "<group>/<plural>" ("/pods", "apps/deployments")
///   str        apiVersion
///   str        kind
///   str        namespace ("" for cluster-scoped kinds)
///   str        name
///   u32 + N    the object as JSON (KubeJSON), for create and update; absent for delete
/// ```
/// The record's revision is the frame's sequence number (``LogFormat``). The JSON of a log record
/// is encoded before the revision is known, so its `metadata.resourceVersion` is empty; recovery
/// sets it from the frame. Snapshot records use operation 1.
struct FileRecord: Sendable, Equatable {
    /// What a record did.
    enum Operation: UInt8, Sendable {
        case create = 1, update = 2, delete = 3
    }

    var operation: Operation
    var resource: String
    var apiVersion: String
    var kind: String
    var namespace: String
    var name: String
    /// The object; empty for a delete.
    var json: [UInt8]

    /// The encoded payload.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 + resource.utf8.count + apiVersion.utf8.count + kind.utf8.count + namespace.utf8.count
            + name.utf8.count + json.count)
        out.append(operation.rawValue)
        for s in [resource, apiVersion, kind, namespace, name] {
            let bytes = Array(s.utf8.prefix(Int(UInt16.max)))
            out.append(UInt8(bytes.count & 0xFF))
            out.append(UInt8(bytes.count >> 8))
            out.append(contentsOf: bytes)
        }
        if operation != .delete {
            LogFormat.appendUInt32(&out, UInt32(json.count))
            out.append(contentsOf: json)
        }
        return out
    }

    /// Decodes a payload; throws a message saying what is wrong.
    init(decoding bytes: [UInt8]) throws(FileRecordError) {
        var at = 0
        func take(_ n: Int) throws(FileRecordError) -> ArraySlice<UInt8> {
            guard n >= 0, at + n <= bytes.count else { throw FileRecordError("the record ends early at byte \(at) of \(bytes.count)") }
            defer { at += n }
            return bytes[at ..< at + n]
        }
        func string() throws(FileRecordError) -> String {
            let n = try take(2)
            return String(decoding: try take(Int(n[n.startIndex]) | Int(n[n.startIndex + 1]) << 8), as: UTF8.self)
        }
        guard let op = Operation(rawValue: try take(1).first ?? 0) else {
            throw FileRecordError("unknown operation \(bytes.first ?? 0)")
        }
        operation = op
        resource = try string()
        apiVersion = try string()
        kind = try string()
        namespace = try string()
        name = try string()
        if op == .delete {
            json = []
        } else {
            let n = try take(4)
            let count = n.withUnsafeBytes { Int(LogFormat.readUInt32($0, 0)) }
            json = Array(try take(count))
        }
        if at != bytes.count { throw FileRecordError("\(bytes.count - at) unexpected bytes after the record") }
    }

    /// Creates a record.
    init(operation: Operation, resource: String, apiVersion: String, kind: String, namespace: String, name: String, json: [UInt8]) {
        self.operation = operation
        self.resource = resource
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
        self.json = json
    }
}

/// Why a record payload could not be decoded.
struct FileRecordError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
