import Foundation
import KubeModels

/// The `continue` token of a paginated list: the revision of the first page and the key after
/// which the next page starts, as the API server encodes it (base64url of
/// `{"v":"meta.k8s.io/v1","rv":<revision>,"start":"<key>\u0000"}`).
public struct ContinueToken: Sendable, Hashable {
    /// The revision every page of the list is read at.
    public var revision: Int64
    /// The last key of the previous page.
    public var lastKey: ObjectKey

    /// Creates a token.
    public init(revision: Int64, lastKey: ObjectKey) {
        self.revision = revision
        self.lastKey = lastKey
    }

    /// The token's text.
    public var encoded: String {
        let json = JSONValue.object([
            "v": .string("meta.k8s.io/v1"), "rv": .int(revision), "start": .string(lastKey.description + "\u{0}"),
        ])
        return Data(json.jsonBytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Parses a token; throws `.badRequest` ("continue key is not valid: ...") when malformed.
    public init(parsing text: String) throws {
        func invalid(_ why: String) -> StoreError { StoreError(.badRequest, "continue key is not valid: \(why)") }
        var b64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64) else { throw invalid("illegal base64 data") }
        guard case .object(let members)? = try? JSONValue(parsing: data) else { throw invalid("not a JSON object") }
        guard members["v"]?.stringValue == "meta.k8s.io/v1" else {
            throw invalid("server does not recognize this encoded key version")
        }
        guard let rv = members["rv"]?.intValue, rv > 0 else { throw invalid("incorrect encoded start resourceVersion (version meta.k8s.io/v1)") }
        guard var start = members["start"]?.stringValue, !start.isEmpty else { throw invalid("encoded start key is empty") }
        if start.hasSuffix("\u{0}") { start.removeLast() }
        guard let key = try? ObjectKey(parsing: start), !key.name.isEmpty else { throw invalid("encoded start key is malformed") }
        revision = rv
        lastKey = key
    }
}
