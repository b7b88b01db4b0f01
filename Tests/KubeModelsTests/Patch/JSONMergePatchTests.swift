import Foundation
import Testing
@testable import KubeModels

/// RFC 7386 appendix A and evanphx/json-patch's merge tests (`json-merge-patch.json`).
@Suite("JSON merge patch")
struct JSONMergePatchTests {
    struct ApplyCase: Codable, Sendable, CustomTestStringConvertible {
        var comment: String
        var source: String
        var target: JSONValue
        var patch: JSONValue
        var expected: JSONValue
        var note: String?
        var testDescription: String { "\(source): \(comment)" }
    }

    struct CreateCase: Codable, Sendable, CustomTestStringConvertible {
        var comment: String
        var source: String
        var original: JSONValue
        var modified: JSONValue
        var expected: JSONValue
        var testDescription: String { "\(source): \(comment)" }
    }

    struct Table: Codable, Sendable {
        var apply: [ApplyCase]
        var create: [CreateCase]
    }

    static func load() throws -> Table { try Fixtures.decode(Table.self, "json-merge-patch.json") }

    @Test("applying a merge patch gives the API server's result", arguments: try load().apply)
    func apply(_ item: ApplyCase) {
        #expect(JSONMergePatch.apply(item.patch, to: item.target) == item.expected)
    }

    @Test("a created merge patch is upstream's and turns the original into the modified document",
          arguments: try load().create)
    func create(_ item: CreateCase) {
        let patch = JSONMergePatch.create(from: item.original, to: item.modified)
        #expect(patch == item.expected)
        if case .object(let modified) = item.modified, !modified.values.contains(where: \.isNull) {
            #expect(JSONMergePatch.apply(patch, to: item.original) == item.modified)
        }
    }

    @Test("numbers compare by value when creating a patch")
    func numbersCompareByValue() {
        let patch = JSONMergePatch.create(from: ["a": .int(1), "b": .double(2.5)], to: ["a": .double(1), "b": .double(2.5)])
        #expect(patch == .object([:]))
    }

    @Test("applying does not modify the inputs")
    func inputsUnchanged() {
        let target: JSONValue = ["a": ["b": 1, "c": [1, 2]]]
        let patch: JSONValue = ["a": ["b": nil, "d": ["e": nil]]]
        let result = JSONMergePatch.apply(patch, to: target)
        #expect(result == ["a": ["c": [1, 2], "d": [:]]])
        #expect(target == ["a": ["b": 1, "c": [1, 2]]])
        #expect(patch == ["a": ["b": nil, "d": ["e": nil]]])
    }
}
