import Foundation

/// Base64 for Kubernetes `[]byte` fields (Secret `data`, ConfigMap `binaryData`), with errors that
/// name the offending key, as the API server's do.
enum Base64Field {
    /// Decodes standard, padded base64 as Go's `encoding/base64.StdEncoding`.
    static func decode(_ text: String, field: String) throws -> Data {
        if let d = Data(base64Encoded: text) { return d }
        throw KubeModelsError(.invalidValue, "\(field): illegal base64 data at input byte \(firstBadByte(text))")
    }

    /// Decodes every value of a map, naming `field[key]` on failure.
    static func decodeMap(_ map: [String: String], field: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        out.reserveCapacity(map.count)
        for key in map.keys.sorted() {
            guard let text = map[key] else { continue }
            out[key] = try decode(text, field: "\(field)[\(key)]")
        }
        return out
    }

    /// The offset Go reports: the first byte that is not in the alphabet, or the length when only
    /// the padding is wrong.
    static func firstBadByte(_ text: String) -> Int {
        var i = 0
        for b in text.utf8 {
            let ok = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F || b == 0x3D
            if !ok { return i }
            i += 1
        }
        return max(0, (i / 4) * 4)
    }
}

extension Base64Field {
    /// The Codable path: a base64 member of a keyed container, failures as `DecodingError`.
    static func decode<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K, field: String) throws -> Data? {
        guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
        do {
            return try decode(text, field: field)
        } catch let e as KubeModelsError {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: e.message)
        }
    }

    /// The Codable path: a map of base64 values, failures as `DecodingError` naming `field[key]`.
    static func decodeMap<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K, field: String) throws -> [String: Data] {
        let map = try c.decodeIfPresent([String: String].self, forKey: key) ?? [:]
        do {
            return try decodeMap(map, field: field)
        } catch let e as KubeModelsError {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: e.message)
        }
    }
}
