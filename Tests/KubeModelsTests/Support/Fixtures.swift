import Foundation

/// Test fixtures live beside the tests in `Fixtures/`; paths resolve from this file, so no bundle
/// resources are needed.
enum Fixtures {
    /// The `Fixtures` folder of this test target.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of `Fixtures/<name>`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// Decodes `Fixtures/<name>` with Foundation's decoder (fixtures are plain tables).
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name))
    }
}
