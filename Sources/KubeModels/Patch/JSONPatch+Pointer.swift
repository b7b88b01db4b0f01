extension JSONPatch {
    /// An inner failure whose text upstream wraps into the operation's message.
    struct Failure: Error {
        var text: String
    }

    /// Splits a pointer the way upstream does (`strings.Split(path, "/")`, the first part
    /// ignored): the parent segments and the last, still escaped. `nil` for fewer than two parts.
    private static func split(_ path: String) -> (parents: ArraySlice<Substring>, key: Substring)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last else { return nil }
        return (parts[1..<(parts.count - 1)], last)
    }

    /// RFC 6901 unescaping in one left-to-right pass: `~1` is `/`, `~0` is `~`.
    static func unescape(_ segment: Substring) -> String {
        guard segment.utf8.contains(UInt8(ascii: "~")) else { return String(segment) }
        var out: [UInt8] = []
        out.reserveCapacity(segment.utf8.count)
        var bytes = segment.utf8.makeIterator()
        var pending: UInt8? = nil
        while let b = pending ?? bytes.next() {
            pending = nil
            guard b == UInt8(ascii: "~") else {
                out.append(b)
                continue
            }
            guard let n = bytes.next() else {
                out.append(b)
                break
            }
            switch n {
            case UInt8(ascii: "1"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "0"): out.append(UInt8(ascii: "~"))
            default:
                out.append(b)
                pending = n
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Runs `body` on the object or array that holds the pointer's last segment, passing the
    /// unescaped last segment. Returns `nil` when the pointer does not resolve to a container
    /// (upstream's `findObject` returning nil).
    static func withContainer<R>(_ doc: inout JSONValue, _ path: String,
                                 _ body: (inout JSONValue, String) throws -> R) throws -> R? {
        guard let (parents, key) = split(path) else { return nil }
        return try descend(&doc, parents, unescape(key), body)
    }

    private static func descend<R>(_ value: inout JSONValue, _ parents: ArraySlice<Substring>, _ key: String,
                                   _ body: (inout JSONValue, String) throws -> R) throws -> R? {
        guard let segment = parents.first else { return try body(&value, key) }
        let name = unescape(segment)
        switch value {
        case .object(var o):
            guard var c = o[name], c.isContainer else { return nil }
            value = .null
            o[name] = .null
            defer {
                o[name] = c
                value = .object(o)
            }
            return try descend(&c, parents.dropFirst(), key, body)
        case .array(var a):
            guard let i = try? Container.index(name, count: a.count), a[i].isContainer else { return nil }
            var c = a[i]
            value = .null
            a[i] = .null
            defer {
                a[i] = c
                value = .array(a)
            }
            return try descend(&c, parents.dropFirst(), key, body)
        default:
            return nil
        }
    }

    /// The value at `path` for read-only operations: `nil` when the pointer does not resolve to
    /// a container, `.some(nil)` when the container has nothing (or `null`) there.
    static func lookup(_ doc: JSONValue, _ path: String) throws(Failure) -> JSONValue?? {
        guard let (parents, key) = split(path) else { return nil }
        var current = doc
        for segment in parents {
            let name = unescape(segment)
            switch current {
            case .object(let o):
                guard let child = o[name], child.isContainer else { return nil }
                current = child
            case .array(let a):
                guard let i = try? Container.index(name, count: a.count), a[i].isContainer else { return nil }
                current = a[i]
            default:
                return nil
            }
        }
        return .some(try Container.get(current, unescape(key)))
    }

    /// Operations on the object or array holding a pointer's last segment.
    enum Container {
        /// The value under `key`; `nil` when an object has no such member or it is `null`.
        static func get(_ c: JSONValue, _ key: String) throws(Failure) -> JSONValue? {
            switch c {
            case .object(let o):
                let v = o[key]
                return v?.isNull == true ? nil : v
            case .array(let a):
                let v = a[try index(key, count: a.count)]
                return v.isNull ? nil : v
            default:
                return nil
            }
        }

        /// Sets an object member or an existing array element (`replace`).
        static func set(_ c: inout JSONValue, _ key: String, _ v: JSONValue) throws(Failure) {
            switch c {
            case .object(var o):
                c = .null
                o[key] = v
                c = .object(o)
            case .array(var a):
                let i = try index(key, count: a.count)
                c = .null
                a[i] = v
                c = .array(a)
            default:
                break
            }
        }

        /// Adds an object member or inserts an array element (`-` appends).
        static func add(_ c: inout JSONValue, _ key: String, _ v: JSONValue) throws(Failure) {
            switch c {
            case .object(var o):
                c = .null
                o[key] = v
                c = .object(o)
            case .array(var a):
                if key == "-" {
                    c = .null
                    a.append(v)
                    c = .array(a)
                    return
                }
                var i: Int
                do {
                    i = try atoi(key)
                } catch {
                    throw Failure(text: "value was not a proper array index: '\(key)': \(error.text)")
                }
                let size = a.count + 1
                if i >= size || i < -size { throw Failure(text: invalidIndex(i)) }
                if i < 0 { i += size }
                c = .null
                a.insert(v, at: i)
                c = .array(a)
            default:
                break
            }
        }

        /// Removes an object member (which must exist) or an array element.
        static func remove(_ c: inout JSONValue, _ key: String) throws(Failure) {
            switch c {
            case .object(var o):
                guard o[key] != nil else { throw Failure(text: "Unable to remove nonexistent key: \(key): missing value") }
                c = .null
                o.removeValue(forKey: key)
                c = .object(o)
            case .array(var a):
                var i = try atoi(key)
                if i >= a.count || i < -a.count { throw Failure(text: invalidIndex(i)) }
                if i < 0 { i += a.count }
                c = .null
                a.remove(at: i)
                c = .array(a)
            default:
                break
            }
        }

        /// An existing element's index (negative counts from the end), as upstream's `get`.
        static func index(_ key: String, count: Int) throws(Failure) -> Int {
            var i = try atoi(key)
            if i < 0 {
                if i < -count { throw Failure(text: invalidIndex(i)) }
                i += count
            }
            if i >= count { throw Failure(text: invalidIndex(i)) }
            return i
        }

        private static func invalidIndex(_ i: Int) -> String {
            "Unable to access invalid index: \(i): invalid index referenced"
        }
    }

    /// Go's `strconv.Atoi`: an optional sign and decimal digits, with Go's error texts.
    static func atoi(_ s: String) throws(Failure) -> Int {
        var digits = Substring(s).utf8[...]
        var negative = false
        if let f = digits.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { throw Failure(text: atoiError(s, "invalid syntax")) }
        var magnitude: UInt64 = 0
        var overflow = false
        for b in digits {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else {
                throw Failure(text: atoiError(s, "invalid syntax"))
            }
            let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (n, o2) = m.addingReportingOverflow(UInt64(b - UInt8(ascii: "0")))
            if o1 || o2 { overflow = true }
            magnitude = n
        }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if overflow || magnitude > limit { throw Failure(text: atoiError(s, "value out of range")) }
        return negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
    }

    private static func atoiError(_ s: String, _ reason: String) -> String {
        "strconv.Atoi: parsing \(FieldError.goQuote(s)): \(reason)"
    }

    /// The length of `value` as compact JSON written by Go's `encoding/json` (HTML-safe
    /// escaping), which upstream counts against the copy size limit.
    static func encodedLength(_ value: JSONValue) -> Int {
        switch value {
        case .null: return 4
        case .bool(let b): return b ? 4 : 5
        case .int(let i): return String(i).utf8.count
        case .double(let d): return GoFormat.float(d).utf8.count
        case .string(let s): return quotedLength(s)
        case .array(let a):
            var n = 2 + max(0, a.count - 1)
            for e in a { n += encodedLength(e) }
            return n
        case .object(let o):
            var n = 2 + max(0, o.count - 1)
            for (k, v) in o { n += quotedLength(k) + 1 + encodedLength(v) }
            return n
        }
    }

    private static func quotedLength(_ s: String) -> Int {
        var n = 2
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22, 0x5C, 0x0A, 0x0D, 0x09: n += 2
            case 0..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029: n += 6
            default: n += String(scalar).utf8.count
            }
        }
        return n
    }
}

extension JSONValue {
    /// Whether this is an object or an array.
    var isContainer: Bool {
        switch self {
        case .object, .array: return true
        default: return false
        }
    }
}
