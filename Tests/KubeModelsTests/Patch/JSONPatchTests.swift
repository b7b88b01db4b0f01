import Foundation
import Testing
@testable import KubeModels

/// RFC 6902 appendix A, the json-patch-tests conformance table and evanphx/json-patch's
/// patch_test.go, with the v4 results the API server gives (`json-patch.json`).
@Suite("JSON patch")
struct JSONPatchTests {
    struct ApplyCase: Codable, Sendable, CustomTestStringConvertible {
        var comment: String
        var source: String
        var doc: JSONValue
        var patch: JSONValue
        var expected: JSONValue?
        var error: String?
        var code: String?
        var copySizeLimit: Int?
        var note: String?
        var testDescription: String { "\(source): \(comment)" }
    }

    struct ParseCase: Codable, Sendable, CustomTestStringConvertible {
        var comment: String
        var document: JSONValue
        var error: String?
        var count: Int?
        var testDescription: String { comment }
    }

    struct Table: Codable, Sendable {
        var cases: [ApplyCase]
        var parse: [ParseCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "json-patch.json") }

    @Test("applying a JSON patch gives the API server's result or error", arguments: try load().cases)
    func apply(_ item: ApplyCase) throws {
        let ops = try JSONPatch.parse(item.patch)
        do {
            let result = try JSONPatch.apply(ops, to: item.doc,
                                             copySizeLimit: item.copySizeLimit ?? JSONPatch.defaultCopySizeLimit)
            #expect(item.error == nil, "expected error \(item.error ?? "")")
            #expect(result == item.expected)
        } catch let error as KubeModelsError {
            #expect(error.message == item.error)
            #expect(error.code.rawValue == item.code)
        }
    }

    @Test("decoding a patch document checks only its shape", arguments: try load().parse)
    func parse(_ item: ParseCase) {
        do {
            let ops = try JSONPatch.parse(item.document)
            #expect(item.error == nil)
            #expect(ops.count == item.count)
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidPatch)
            #expect(error.message == item.error)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("operations built in code encode to the document they decode from")
    func operationsRoundTrip() throws {
        let ops: [JSONPatch.Operation] = [
            .add("/a", 1), .remove("/b"), .replace("/c", "x"), .move(from: "/d", to: "/e"),
            .copy(from: "/f", to: "/g"), .test("/h", nil),
        ]
        let document = JSONValue.array(ops.map(\.jsonValue))
        #expect(try JSONPatch.parse(document) == ops)
    }

    @Test("a failed patch leaves the target untouched and returns nothing")
    func atomic() {
        let target: JSONValue = ["spec": ["replicas": 1, "paused": false]]
        #expect(throws: KubeModelsError.self) {
            try JSONPatch.apply([.replace("/spec/replicas", 3), .test("/spec/paused", true)], to: target)
        }
        #expect(target == ["spec": ["replicas": 1, "paused": false]])
    }

    @Test("the copy size counts Go's compact JSON bytes")
    func copySize() {
        #expect(JSONPatch.encodedLength(["a": [1, true, nil, "x<y"]]) == #"{"a":[1,true,null,"x\u003cy"]}"#.utf8.count)
        #expect(JSONPatch.encodedLength(.double(1.5)) == 3)
    }
}
