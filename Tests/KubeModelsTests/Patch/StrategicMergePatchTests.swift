import Foundation
import Testing
@testable import KubeModels

/// upstream's strategicpatch/patch_test.go tables (`customStrategicMergePatchTestCaseData`,
/// `customStrategicMergePatchRawTestCases`, `createStrategicMergePatchTestCaseData`,
/// `strategicMergePatchRawTestCases`, `replaceRawExtensionPatchTestCases`, `TestUnknownField`,
/// `TestNumberConversion`) with upstream's `MergeItem` schema, plus Kubernetes kinds with their
/// 1.32 patch metadata (`strategic-merge-patch.json`, schema in `patch-schema.json`).
@Suite("Strategic merge patch")
struct StrategicMergePatchTests {
    struct Case: Codable, Sendable, CustomTestStringConvertible {
        var description: String
        var source: String
        var schema: String
        var original: JSONValue?
        var twoWay: JSONValue
        var modified: JSONValue?
        var twoWayResult: JSONValue?
        var current: JSONValue?
        var threeWay: JSONValue?
        var result: JSONValue?
        var applyOnly: Bool?
        var expectedError: String?
        var testDescription: String { "\(source): \(description)" }
    }

    struct Table: Codable, Sendable {
        var cases: [Case]
    }

    static func load() throws -> [Case] { try Fixtures.decode(Table.self, "strategic-merge-patch.json").cases }

    @Test("applying the two-way patch gives upstream's result or error", arguments: try load())
    func applyTwoWay(_ item: Case) throws {
        let schema = TestPatchSchema(item.schema)
        let original = item.original ?? .null
        do {
            let result = try StrategicMergePatch.apply(item.twoWay, to: original, schema: schema)
            #expect(item.expectedError == nil, "expected an error containing \(item.expectedError ?? "")")
            let expected = item.twoWayResult ?? item.modified ?? .object([:])
            #expect(result == expected)
        } catch let error as KubeModelsError {
            #expect(error.code == .invalidPatch)
            let expected = try #require(item.expectedError, "unexpected error: \(error.message)")
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test("a created two-way patch is upstream's",
          arguments: try load().filter { $0.applyOnly != true && $0.expectedError == nil })
    func createTwoWay(_ item: Case) throws {
        let schema = TestPatchSchema(item.schema)
        let patch = try StrategicMergePatch.create(from: item.original ?? .null, to: item.modified ?? .null, schema: schema)
        #expect(patch == item.twoWay)
    }

    @Test("applying the three-way patch to the live object gives upstream's result",
          arguments: try load().filter { $0.threeWay != nil && $0.current != nil && $0.result != nil })
    func applyThreeWay(_ item: Case) throws {
        let schema = TestPatchSchema(item.schema)
        let result = try StrategicMergePatch.apply(item.threeWay ?? .null, to: item.current ?? .null, schema: schema)
        #expect(result == item.result)
    }
}
