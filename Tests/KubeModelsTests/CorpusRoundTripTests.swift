import Foundation
import Testing
@testable import KubeModels

/// Every real manifest of the shared corpus decodes into its typed kind and survives a round trip.
@Suite("Corpus round trips")
struct CorpusRoundTripTests {
    static let invalidBase64 = "content__en__examples__secret__tls-auth-secret.0.json"
    /// Invalid on purpose (see the corpus README): each lacks a required field, which encodes as its empty value.
    static let invalidUnderSchema: Set<String> = [
        "content__en__examples__concepts__policy__limit-range__problematic-limit-range.0.json",
        "content__en__examples__controllers__job-pod-failure-policy-example.0.json",
    ]

    @Test("every corpus document decodes, re-encodes and decodes to an equal value on both paths")
    func roundTrips() throws {
        let docs = try Corpus.documents()
        #expect(docs.count == 159)
        var typed = 0
        for (name, bytes) in docs where name != Self.invalidBase64 {
            let objects = try Scheme.default.decodeAll(bytes)
            #expect(!objects.isEmpty, "\(name)")
            for object in objects {
                guard let resource = object as? any KubeResource else { continue }
                typed += 1
                try checkRoundTrip(resource, name: name)
            }
            if objects.count == 1, let resource = objects[0] as? any KubeResource, !Self.invalidUnderSchema.contains(name) {
                try checkSameFields(input: bytes, output: Scheme.default.encode(resource), name: name)
            }
        }
        #expect(typed >= 155)
    }

    private func checkRoundTrip<R: KubeResource>(_ object: R, name: String) throws {
        let fast = try KubeJSON.encode(object)
        let again = try KubeJSON.decode(R.self, from: fast)
        #expect(again == object, "fast path round trip of \(name)")
        #expect(!String(decoding: fast, as: UTF8.self).contains("null"), "\(name) encodes a null")
        // Foundation's coders over the generated Codable agree with the fast path.
        let viaFoundation = try JSONEncoder().encode(object)
        let decodedByFoundation = try JSONDecoder().decode(R.self, from: viaFoundation)
        #expect(decodedByFoundation == object, "Codable round trip of \(name)")
        #expect(try JSONValue(parsing: viaFoundation) == JSONValue(parsing: fast), "Codable and fast encodings of \(name) differ")
    }

    /// The output has the same fields as the input, allowing what Kubernetes itself changes:
    /// empty collections are omitted (Go's omitempty), quantities are canonical strings.
    private func checkSameFields(input: Data, output: [UInt8], name: String) throws {
        let a = try JSONValue(parsing: input)
        let b = try JSONValue(parsing: output)
        var differences: [String] = []
        compare(a, b, path: "", into: &differences)
        #expect(differences.isEmpty, "\(name): \(differences.prefix(5))")
    }

    private func compare(_ a: JSONValue, _ b: JSONValue?, path: String, into diffs: inout [String]) {
        switch (a, b) {
        case (.object(let x), .object(let y)?):
            for (k, v) in x { compare(v, y[k], path: path + "." + k, into: &diffs) }
            // Embedded kinds (a StatefulSet's volumeClaimTemplates) carry their apiVersion and kind, as the API server writes them.
            for k in y.keys where x[k] == nil && k != "apiVersion" && k != "kind" { diffs.append("added \(path).\(k)") }
        case (.array(let x), .array(let y)?):
            guard x.count == y.count else { diffs.append("\(path): \(x.count) vs \(y.count) items"); return }
            for (i, v) in x.enumerated() { compare(v, y[i], path: "\(path)[\(i)]", into: &diffs) }
        case (.array(let x), nil) where x.isEmpty: return
        case (.object(let x), nil) where x.isEmpty: return
        case (let x, let y?) where x == y: return
        case (.int(let i), .string(let s)?) where String(i) == s: return  // a bare-number quantity becomes a string
        case (.string(let s), .string(let t)?):
            if let q1 = try? Quantity(parsing: s), let q2 = try? Quantity(parsing: t), q1 == q2 { return }
            diffs.append("\(path): \(s) vs \(t)")
        default:
            diffs.append("\(path): \(a) vs \(String(describing: b))")
        }
    }

    @Test("a Secret whose data is not base64 fails with an error naming the key")
    func invalidBase64SecretData() throws {
        let bytes = try Corpus.document(Self.invalidBase64)
        let error = #expect(throws: KubeModelsError.self) { try Scheme.default.decodeAll(bytes) }
        #expect(error?.message.hasPrefix("data[tls.crt]: illegal base64 data at input byte") == true, "\(String(describing: error))")
        let viaCodable = #expect(throws: DecodingError.self) { try JSONDecoder().decode(Secret.self, from: bytes) }
        #expect(viaCodable.map { KubeModelsError($0).message.contains("data[tls.crt]") } == true)
    }

    @Test("an autoscaling/v1 HorizontalPodAutoscaler decodes as a dynamic object and keeps every field")
    func autoscalingV1IsDynamic() throws {
        let bytes = try Corpus.document("content__en__examples__controllers__hpa-rs.0.json")
        let object = try Scheme.default.decode(bytes)
        let dynamic = try #require(object as? DynamicObject)
        #expect(dynamic.apiVersion == "autoscaling/v1")
        #expect(dynamic.kind == "HorizontalPodAutoscaler")
        #expect(dynamic.body["spec"]?["maxReplicas"] == 10)
        #expect(try JSONValue(parsing: Scheme.default.encode(dynamic)) == JSONValue(parsing: bytes))
        let typed = #expect(throws: KubeModelsError.self) { try Scheme.default.decode(HorizontalPodAutoscaler.self, from: bytes) }
        #expect(typed?.code == .unknownKind)
        #expect(typed?.message.contains("no kind \"HorizontalPodAutoscaler\" is registered for version \"autoscaling/v1\"") == true)
    }

    @Test("a quantity written as a bare number re-encodes as a string")
    func bareNumberQuantity() throws {
        let bytes = try Corpus.document("content__en__examples__admin__resource__limit-memory-ratio-pod.0.json")
        let range = try Scheme.default.decode(LimitRange.self, from: bytes)
        let json = try KubeJSON.encodeString(range)
        #expect(json.contains("\"memory\":\"2\""))
    }

    @Test("a List document flattens into its typed items")
    func listDocument() throws {
        let bytes = try Corpus.document("content__en__examples__policy__quota.0.json")
        let objects = try Scheme.default.decodeAll(bytes)
        #expect(objects.count == 3)
        #expect(objects.allSatisfy { $0 is ResourceQuota })
    }
}
