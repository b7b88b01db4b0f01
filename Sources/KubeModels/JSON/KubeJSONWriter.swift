/// An append-only JSON writer into a byte buffer: the encoding half of the fast path that the
/// generated models use beside `Codable`.
///
/// Commas are placed automatically: every key or array element written after the first value
/// inside a container is preceded by one.
public struct KubeJSONWriter: ~Copyable {
    /// The bytes written so far.
    public var bytes: [UInt8]
    @usableFromInline var needsComma = false

    /// Creates a writer, reserving room for about `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object.
    @inline(__always) public mutating func beginObject() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object.
    @inline(__always) public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array.
    @inline(__always) public mutating func beginArray() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array.
    @inline(__always) public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member key given with its quotes and colon, e.g. `"\"name\":"` (what generated code passes).
    @inline(__always) public mutating func rawKey(_ quotedKeyAndColon: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        quotedKeyAndColon.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = false
    }

    /// Writes a member key from a runtime string.
    public mutating func key(_ key: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string value.
    @inline(__always) public mutating func write(_ value: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        appendQuoted(value)
        needsComma = true
    }

    /// Writes a value that is already valid JSON text (no comma handling beyond the usual).
    public mutating func writeRaw(_ json: some Collection<UInt8>) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: json)
        needsComma = true
    }

    /// Writes a boolean value.
    @inline(__always) public mutating func write(_ value: Bool) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
        needsComma = true
    }

    /// Writes an integer value.
    @inline(__always) public mutating func write(_ value: Int64) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        appendInteger(value)
        needsComma = true
    }

    /// Writes an integer value.
    @inline(__always) public mutating func write(_ value: Int32) { write(Int64(value)) }

    /// Writes a floating-point value (integral values without a fraction, as Go does).
    public mutating func write(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            write(Int64(value))
            return
        }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if value.isFinite {
            bytes.append(contentsOf: value.description.utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)  // JSON has no NaN or infinity
        }
        needsComma = true
    }

    /// Writes `null`.
    public mutating func writeNull() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        needsComma = true
    }

    /// Writes any ``JSONValue`` (object members sorted by key, for stable output).
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: writeNull()
        case .bool(let b): write(b)
        case .int(let i): write(i)
        case .double(let d): write(d)
        case .string(let s): write(s)
        case .array(let a):
            beginArray()
            for e in a { write(e) }
            endArray()
        case .object(let o):
            beginObject()
            for k in o.keys.sorted() {
                key(k)
                write(o[k] ?? .null)
            }
            endObject()
        }
    }

    @inline(__always) mutating func appendInteger(_ value: Int64) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) &+ 0x30)
            return
        }
        var v = value.magnitude
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            repeat {
                buf[19 - n] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
                n += 1
            } while v > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(20 - n)...]))
        }
    }

    @inline(__always) mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for i in 0 ..< utf8.count {
                let b = utf8[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< i])) }
                runStart = i + 1
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
