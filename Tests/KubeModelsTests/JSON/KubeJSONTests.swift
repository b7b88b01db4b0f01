import Foundation
import Testing
@testable import KubeModels
import KubeTesting

/// The fast JSON path: syntax, escapes, numbers, and precise errors on bad input.
@Suite("KubeJSON reader and writer")
struct KubeJSONTests {
    @Test("JSON values parse and serialize like Foundation's parser", arguments: [
        #"{"a":[1,-2,3.5,1e3,true,false,null,"x"],"b":{"c":{}},"d":[]}"#,
        #"  { "spaced" : [ 1 , 2 ] , "t" : "\t tab" }  "#,
        #"["\u00e9\u4e2d\ud83d\ude00", "\"quoted\"", "back\\slash", "line\nbreak", "\/slash"]"#,
        #"{"big":9223372036854775807,"small":-9223372036854775808,"float":0.000001}"#,
        #""plain string""#,
    ])
    func parsesLikeFoundation(_ text: String) throws {
        let ours = try JSONValue(parsing: Array(text.utf8))
        let foundation = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(ours == foundation)
        #expect(try JSONValue(parsing: ours.jsonBytes) == ours)
    }

    @Test("strings with every kind of escape survive a round trip", arguments: [
        "", "plain", "quote \" and backslash \\", "control \u{01}\u{1f} chars", "tab\tnew\nline\rcr",
        "unicode é 中 😀", "html <a href=\"x\">&amp;</a>",
    ])
    func stringRoundTrip(_ s: String) throws {
        var w = KubeJSONWriter()
        w.write(s)
        let back = try KubeJSON.decode(String.self, from: w.bytes)
        #expect(back == s)
        let viaFoundation = try JSONDecoder().decode(String.self, from: Data(w.bytes))
        #expect(viaFoundation == s)
    }

    @Test("integers write exactly", arguments: [Int64.min, -1, 0, 7, 10, 1234567890, Int64.max])
    func integers(_ v: Int64) throws {
        var w = KubeJSONWriter()
        w.write(v)
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
        #expect(try KubeJSON.decode(Int64.self, from: w.bytes) == v)
    }

    @Test("malformed JSON fails with a malformed-JSON error that names the offset", arguments: [
        "", "{", "{\"a\" 1}", "{\"a\":1,}", "[1,,2]", "{\"a\":tru}", "\"unterminated", "{\"a\":01}", "{\"a\":1} trailing",
        "{\"a\":\"\\x\"}", "{\"a\":-}", "[1 2]",
    ])
    func malformed(_ text: String) {
        let error = #expect(throws: KubeModelsError.self) { try JSONValue(parsing: Array(text.utf8)) }
        #expect(error?.code == .malformedJSON, "\(text): \(String(describing: error))")
    }

    @Test("a typed decode of a wrong JSON type fails with an error, never a crash")
    func wrongTypes() throws {
        let cases = [
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":5}}"#,
            #"{"apiVersion":"v1","kind":"Pod","spec":{"containers":{}}}"#,
            #"{"apiVersion":"v1","kind":"Pod","spec":{"containers":[{"name":"a","ports":[{"containerPort":"80"}]}]}}"#,
            #"{"apiVersion":"v1","kind":"Pod","spec":{"priority":99999999999}}"#,
            #"{"apiVersion":"v1","kind":"Pod","spec":{"priority":1.5}}"#,
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"creationTimestamp":"yesterday"}}"#,
            #"{"apiVersion":"v1","kind":"Pod","spec":{"overhead":{"cpu":"lots"}}}"#,
        ]
        for text in cases {
            #expect(throws: KubeModelsError.self, "\(text)") { try KubeJSON.decode(Pod.self, from: text) }
            #expect(throws: (any Error).self, "\(text)") { try JSONDecoder().decode(Pod.self, from: Data(text.utf8)) }
        }
    }

    @Test("an invalid quantity names the input and the rule")
    func invalidQuantity() throws {
        let text = #"{"apiVersion":"v1","kind":"Pod","spec":{"containers":[{"name":"a","resources":{"limits":{"cpu":"1.1.1"}}}]}}"#
        let error = #expect(throws: KubeModelsError.self) { try KubeJSON.decode(Pod.self, from: text) }
        #expect(error?.message.contains("1.1.1") == true)
        #expect(error?.message.contains("quantities must match the regular expression") == true)
    }

    @Test("a document of another kind or apiVersion is refused with a message naming both")
    func wrongKind() throws {
        let service = #"{"apiVersion":"v1","kind":"Service","metadata":{"name":"x"}}"#
        let error = #expect(throws: KubeModelsError.self) { try KubeJSON.decode(Pod.self, from: service) }
        #expect(error?.code == .unknownKind)
        #expect(error?.message == #"kind "Service" does not match the expected "Pod" for Pod"#)
        let oldVersion = #"{"apiVersion":"apps/v1beta1","kind":"Deployment"}"#
        let versionError = #expect(throws: KubeModelsError.self) { try KubeJSON.decode(Deployment.self, from: oldVersion) }
        #expect(versionError?.message == #"apiVersion "apps/v1beta1" does not match the expected "apps/v1" for Deployment"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Pod.self, from: Data(service.utf8)) }
        let missing = #expect(throws: KubeModelsError.self) { try Scheme.default.decode(Data(#"{"metadata":{}}"#.utf8)) }
        #expect(missing?.message.hasPrefix("Object 'Kind' is missing") == true)
    }

    @Test("unknown fields are dropped and null leaves the default, as the API server's decoder does")
    func unknownAndNull() throws {
        let text = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","labels":null},"data":{"k":"v"},"surprise":{"nested":[1,{"a":"}"}]}}"#
        let map = try KubeJSON.decode(ConfigMap.self, from: text)
        #expect(map.metadata.name == "c")
        #expect(map.metadata.labels.isEmpty)
        #expect(map.data == ["k": "v"])
        #expect(try JSONDecoder().decode(ConfigMap.self, from: Data(text.utf8)) == map)
    }

    @Test("keys with escapes still match their fields")
    func escapedKeys() throws {
        let text = #"{"apiVersion":"v1","kind":"ConfigMap","metad\u0061ta":{"n\u0061me":"escaped"}}"#
        #expect(try KubeJSON.decode(ConfigMap.self, from: text).metadata.name == "escaped")
    }

    @Test("a realistic pod list round-trips and matches Foundation's encoding")
    func podList() throws {
        let list = KubeList(items: (0 ..< 50).map { SampleObjects.scheduledPod(index: $0) }, metadata: ListMeta(resourceVersion: "9"))
        let bytes = try KubeJSON.encode(list)
        #expect(try KubeJSON.decode(KubeList<Pod>.self, from: bytes) == list)
        #expect(try JSONDecoder().decode(KubeList<Pod>.self, from: Data(bytes)) == list)
        #expect(try JSONValue(parsing: JSONEncoder().encode(list)) == JSONValue(parsing: bytes))
    }
}
