/// Checks shared by the generated decoders of every kind.
enum KubeResourceCoding {
    static func mismatch<R: KubeResource>(_ found: String, expected: String, what: String, for type: R.Type) -> KubeModelsError {
        KubeModelsError(.unknownKind, "\(what) \(FieldError.goQuote(found)) does not match the expected \(FieldError.goQuote(expected)) for \(R.kind)")
    }

    static func checkApiVersion<R: KubeResource>(_ r: inout KubeJSONReader, for type: R.Type) throws {
        let v = try r.readString()
        if !v.isEmpty && v != R.apiVersion { throw mismatch(v, expected: R.apiVersion, what: "apiVersion", for: R.self) }
    }

    static func checkKind<R: KubeResource>(_ r: inout KubeJSONReader, for type: R.Type) throws {
        let v = try r.readString()
        if !v.isEmpty && v != R.kind { throw mismatch(v, expected: R.kind, what: "kind", for: R.self) }
    }

    static func check<R: KubeResource, K: CodingKey>(
        _ c: KeyedDecodingContainer<K>, apiVersion: K, kind: K, for type: R.Type
    ) throws {
        if let v = try c.decodeIfPresent(String.self, forKey: apiVersion), !v.isEmpty, v != R.apiVersion {
            throw DecodingError.dataCorruptedError(
                forKey: apiVersion, in: c, debugDescription: mismatch(v, expected: R.apiVersion, what: "apiVersion", for: R.self).message)
        }
        if let v = try c.decodeIfPresent(String.self, forKey: kind), !v.isEmpty, v != R.kind {
            throw DecodingError.dataCorruptedError(
                forKey: kind, in: c, debugDescription: mismatch(v, expected: R.kind, what: "kind", for: R.self).message)
        }
    }
}
