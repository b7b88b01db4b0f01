import Foundation
import Testing
@testable import KubeModels

/// The API server's defaults, kind by kind, as upstream's `defaults_test.go` tables check them:
/// each case decodes an object, defaults it, and compares the fields it names (`null` = absent).
@Suite("Defaulting")
struct DefaultingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var object: JSONValue
        var expected: JSONValue
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        guard let data = try? Fixtures.data("defaulting-cases.json"), case .array(let rows)? = try? JSONValue(parsing: data) else {
            return []
        }
        return rows.compactMap { row in
            guard case .object(let fields) = row, case .string(let name)? = fields["name"],
                  let object = fields["object"], let expected = fields["expected"] else { return nil }
            return Case(name: name, object: object, expected: expected)
        }
    }()

    @Test("the fixture table is loaded")
    func tableLoads() {
        #expect(Self.cases.count >= 50)
    }

    @Test("each kind gets the API server's defaults", arguments: cases)
    func defaults(_ testCase: Case) throws {
        let defaulted = ResourceSupport.defaulted(try ResourceSupport.resource(testCase.object))
        let mismatches = ResourceSupport.mismatches(expected: testCase.expected, actual: try ResourceSupport.json(defaulted))
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("defaulting twice changes nothing more", arguments: cases)
    func idempotent(_ testCase: Case) throws {
        let once = ResourceSupport.defaulted(try ResourceSupport.resource(testCase.object))
        let twice = ResourceSupport.defaulted(once)
        #expect(try ResourceSupport.json(once) == ResourceSupport.json(twice))
    }

    @Test("image pull policies follow the image's tag", arguments: [
        ("nginx", "Always"), ("nginx:latest", "Always"), ("nginx:1.27", "IfNotPresent"),
        ("docker.io/library/nginx:1.27", "IfNotPresent"), ("localhost:5000/app", "Always"), ("localhost:5000/app:v2", "IfNotPresent"),
        ("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "IfNotPresent"),
        ("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Always"),
        ("Nginx", "IfNotPresent"), ("", "IfNotPresent"), ("nginx:", "IfNotPresent"),
    ])
    func pullPolicy(_ image: String, _ policy: String) {
        #expect(Container(image: image, name: "c").defaulted().imagePullPolicy == policy)
    }
}
