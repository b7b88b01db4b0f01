import Foundation
import Testing
@testable import KubeModels

/// The API server's validation, kind by kind, with upstream's exact paths and texts: each case
/// decodes an object, defaults it unless the case says not to, and compares every error.
@Suite("Validation of kinds")
struct KindValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var object: JSONValue
        var defaulted: Bool
        var errors: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        guard let data = try? Fixtures.data("validation-cases.json"), case .array(let rows)? = try? JSONValue(parsing: data) else {
            return []
        }
        return rows.compactMap { row in
            guard case .object(let fields) = row, case .string(let name)? = fields["name"], let object = fields["object"],
                  case .array(let errors)? = fields["errors"] else { return nil }
            let texts = errors.compactMap { error -> String? in
                if case .string(let text) = error { return text }
                return nil
            }
            return Case(name: name, object: object, defaulted: fields["defaulted"] != .bool(false), errors: texts)
        }
    }()

    @Test("the fixture table is loaded")
    func tableLoads() {
        #expect(Self.cases.count >= 120)
    }

    @Test("each object gets the API server's field errors", arguments: cases)
    func errors(_ testCase: Case) throws {
        var resource = try ResourceSupport.resource(testCase.object)
        if testCase.defaulted { resource = ResourceSupport.defaulted(resource) }
        #expect(ResourceSupport.errors(resource) == testCase.errors)
    }
}
