import Foundation

/// A forward-only JSON tokenizer over UTF-8 bytes: the decoding half of the fast path that the
/// generated models use beside `Codable`.
///
/// Generated code drives it as `init(kubeJSON:)` does: `beginObject()`, then `nextKey()` until it
/// returns `nil`, reading each value with the `read...` methods or `skipValue()`. A `null` value
/// leaves the field at its default, as Go's `encoding/json` does.
public struct KubeJSONReader: ~Copyable {
    /// An object key as it appears in the input: its bytes (unescaped) and a hash to switch on.
    public struct Key {
        /// FNV-1a hash of the unescaped key bytes (see ``KubeJSONReader/hash(_:)``).
        public let hash: UInt64
        @usableFromInline let start: Int
        @usableFromInline let count: Int
        @usableFromInline let unescaped: [UInt8]?
    }

    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    public private(set) var offset: Int = 0

    /// Creates a reader over bytes that stay valid while the reader is used.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: Errors

    func error(_ expectation: String) -> KubeModelsError {
        if offset >= bytes.count {
            return KubeModelsError(.malformedJSON, "unexpected end of JSON input, \(expectation)")
        }
        let found = Character(Unicode.Scalar(bytes[offset]))
        return KubeModelsError(.malformedJSON, "invalid character '\(found)' at offset \(offset): \(expectation)")
    }

    /// A decoding error about a value of the right JSON syntax but the wrong meaning.
    public func invalidValue(_ message: String) -> KubeModelsError {
        KubeModelsError(.invalidValue, message)
    }

    // MARK: Structure

    @inline(__always) @usableFromInline mutating func skipWhitespace() {
        while offset < bytes.count {
            let b = bytes[offset]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { offset += 1 } else { return }
        }
    }

    @inline(__always) mutating func peekByte() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Consumes a `null` token if one comes next.
    @inline(__always) public mutating func consumeNull() -> Bool {
        guard peekByte() == UInt8(ascii: "n"), offset + 4 <= bytes.count,
              bytes[offset + 1] == UInt8(ascii: "u"), bytes[offset + 2] == UInt8(ascii: "l"),
              bytes[offset + 3] == UInt8(ascii: "l") else { return false }
        offset += 4
        return true
    }

    /// Whether the next value is a JSON object (`{`), without consuming it.
    public mutating func nextIsObject() -> Bool { peekByte() == UInt8(ascii: "{") }

    /// Consumes the `{` that opens an object.
    @inline(__always) public mutating func beginObject() throws {
        guard peekByte() == UInt8(ascii: "{") else { throw error("expected '{'") }
        offset += 1
        firstMember = true
    }

    /// Whether the object being read has produced no member yet. Every finished value leaves it
    /// false, so one flag serves nested objects.
    @usableFromInline var firstMember = true

    /// Reads the next member's key and the `:` after it, or consumes the closing `}` and returns nil.
    public mutating func nextKey() throws -> Key? {
        skipWhitespace()
        guard offset < bytes.count else { throw error("expected '}' or a key") }
        if !firstMember {
            if bytes[offset] == UInt8(ascii: "}") { offset += 1; return nil }
            guard bytes[offset] == UInt8(ascii: ",") else { throw error("expected ',' or '}' after object member") }
            offset += 1
            skipWhitespace()
        } else if bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            firstMember = false
            return nil
        }
        firstMember = false
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        offset += 1
        let start = offset
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                let key = Key(hash: h, start: start, count: offset - start, unescaped: nil)
                offset += 1
                try expectColon()
                return key
            }
            if b == UInt8(ascii: "\\") {
                offset = start - 1
                let s = try readString()
                let u = Array(s.utf8)
                try expectColon()
                return Key(hash: Self.hash(u), start: 0, count: u.count, unescaped: u)
            }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            offset += 1
        }
        throw error("unterminated key")
    }

    @inline(__always) mutating func expectColon() throws {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        offset += 1
    }

    /// FNV-1a over bytes: the hash ``Key/hash`` carries; the generator computes the same at build time.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Whether `key` is exactly `name` (the hash already matched).
    @inline(__always) public func key(_ key: Key, is name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        if key.count == 0 { return true }
        if let u = key.unescaped {
            return u.withUnsafeBufferPointer { b in b.baseAddress.map { memcmp($0, name.utf8Start, key.count) == 0 } ?? false }
        }
        guard let base = bytes.baseAddress else { return false }
        return memcmp(base + key.start, name.utf8Start, key.count) == 0
    }

    /// The key as a `String`.
    public func string(of key: Key) -> String {
        if let u = key.unescaped { return String(decoding: u, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[key.start ..< key.start + key.count]), as: UTF8.self)
    }

    /// Consumes the `[` that opens an array.
    public mutating func beginArray() throws {
        guard peekByte() == UInt8(ascii: "[") else { throw error("expected '['") }
        offset += 1
    }

    /// Prepares the next array element, or consumes the closing `]` and returns false.
    /// Pass the `first` flag the caller keeps for this array (nested values reuse the reader's state).
    @inline(__always) public mutating func nextElement(first: inout Bool) throws -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw error("expected ']' or a value") }
        if bytes[offset] == UInt8(ascii: "]") { offset += 1; return false }
        if first {
            first = false
            return true
        }
        guard bytes[offset] == UInt8(ascii: ",") else { throw error("expected ',' or ']' after array element") }
        offset += 1
        return true
    }

    // MARK: Scalars

    /// Reads a JSON string.
    public mutating func readString() throws -> String {
        guard peekByte() == UInt8(ascii: "\"") else { throw error("expected a string") }
        offset += 1
        let start = offset
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< offset]), as: UTF8.self)
                offset += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if b < 0x20 { throw error("control character in string") }
            offset += 1
        }
        throw error("unterminated string")
    }

    private mutating func readEscapedString(from start: Int) throws -> String {
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start ..< offset]))
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character in string") }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                offset += 1
                continue
            }
            offset += 1
            guard offset < bytes.count else { break }
            let e = bytes[offset]
            offset += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    if offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") {
                        offset += 2
                        let low = try readHex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: String(Character(u)).utf8)
            default:
                offset -= 1
                throw error("invalid escape in string")
            }
        }
        throw error("unterminated string")
    }

    private mutating func readHex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("short unicode escape") }
        var v: UInt32 = 0
        for _ in 0 ..< 4 {
            let c = bytes[offset]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw error("invalid unicode escape")
            }
            v = v << 4 | d
            offset += 1
        }
        return v
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws -> Bool {
        let b = peekByte()
        if b == UInt8(ascii: "t"), offset + 4 <= bytes.count, bytes[offset + 1] == UInt8(ascii: "r"),
           bytes[offset + 2] == UInt8(ascii: "u"), bytes[offset + 3] == UInt8(ascii: "e") {
            offset += 4
            return true
        }
        if b == UInt8(ascii: "f"), offset + 5 <= bytes.count, bytes[offset + 1] == UInt8(ascii: "a"),
           bytes[offset + 2] == UInt8(ascii: "l"), bytes[offset + 3] == UInt8(ascii: "s"), bytes[offset + 4] == UInt8(ascii: "e") {
            offset += 5
            return false
        }
        throw error("expected true or false")
    }

    /// Scans a number token and returns its byte range, without interpreting it.
    mutating func scanNumber() throws -> Range<Int> {
        skipWhitespace()
        let start = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let digitsStart = offset
        while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
        guard offset > digitsStart else { offset = start; throw error("expected a number") }
        if bytes[digitsStart] == 0x30, offset - digitsStart > 1 { offset = digitsStart + 1; throw error("leading zero in number") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            let f = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            guard offset > f else { throw error("expected digits after '.'") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            let e = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            guard offset > e else { throw error("expected digits in exponent") }
        }
        return start ..< offset
    }

    /// Reads an integer that fits `Int64`.
    public mutating func readInt64() throws -> Int64 {
        let r = try scanNumber()
        var i = r.lowerBound
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var v: Int64 = 0
        while i < r.upperBound {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else {
                // Go's encoding/json rejects a fraction or exponent for an integer field; so do we.
                throw invalidValue("cannot unmarshal number \(text(r)) into an integer field")
            }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(b - 0x30)) : m.addingReportingOverflow(Int64(b - 0x30))
            if o1 || o2 { throw invalidValue("cannot unmarshal number \(text(r)) into an integer field: value out of range") }
            v = s
            i += 1
        }
        return v
    }

    /// Reads an integer that fits `Int32`.
    public mutating func readInt32() throws -> Int32 {
        let v = try readInt64()
        guard let i = Int32(exactly: v) else { throw invalidValue("cannot unmarshal number \(v) into an int32 field: value out of range") }
        return i
    }

    /// Reads any JSON number as a `Double`.
    public mutating func readDouble() throws -> Double {
        let r = try scanNumber()
        guard let d = Double(text(r)) else { throw invalidValue("invalid number \(text(r))") }
        return d
    }

    func text(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// Reads a JSON string, or a JSON number as its literal text (for `Quantity`, which accepts both).
    public mutating func readStringOrNumberText() throws -> String {
        if peekByte() == UInt8(ascii: "\"") { return try readString() }
        return text(try scanNumber())
    }

    /// Whether the next value is a JSON string, without consuming it.
    public mutating func nextIsString() -> Bool { peekByte() == UInt8(ascii: "\"") }

    // MARK: Generic values

    /// Skips one value of any type.
    public mutating func skipValue() throws {
        guard let b = peekByte() else { throw error("expected a value") }
        switch b {
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while offset < bytes.count {
                let c = bytes[offset]
                if c == UInt8(ascii: "\"") { try skipString(); continue }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { offset += 1; return }
                }
                offset += 1
            }
            throw error("unterminated container")
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): if !consumeNull() { throw error("expected null") }
        default: _ = try scanNumber()
        }
    }

    private mutating func skipString() throws {
        offset += 1
        while offset < bytes.count {
            let b = bytes[offset]
            if b == UInt8(ascii: "\\") { offset += 2; continue }
            offset += 1
            if b == UInt8(ascii: "\"") { return }
        }
        throw error("unterminated string")
    }

    /// Reads any value as a ``JSONValue``.
    public mutating func readJSONValue() throws -> JSONValue {
        guard let b = peekByte() else { throw error("expected a value") }
        switch b {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"):
            try beginObject()
            var o: [String: JSONValue] = [:]
            while let k = try nextKey() {
                let name = string(of: k)
                o[name] = try readJSONValue()
            }
            return .object(o)
        case UInt8(ascii: "["):
            try beginArray()
            var a: [JSONValue] = []
            var first = true
            while try nextElement(first: &first) { a.append(try readJSONValue()) }
            return .array(a)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"):
            guard consumeNull() else { throw error("expected null") }
            return .null
        default:
            let r = try scanNumber()
            let t = text(r)
            if let i = Int64(t) { return .int(i) }
            guard let d = Double(t) else { throw invalidValue("invalid number \(t)") }
            // An integral value written with a fraction or exponent (`1e3`) is still an integer.
            if d == d.rounded(), abs(d) < 9.2e18 { return .int(Int64(d)) }
            return .double(d)
        }
    }

    /// Fails unless only whitespace remains.
    public mutating func expectEnd() throws {
        skipWhitespace()
        if offset < bytes.count { throw error("unexpected data after the top-level value") }
    }
}
