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

/// The shared corpus of real manifests (`../shared/corpus` beside the repository).
enum Corpus {
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus/json`.
    static let jsonDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/json")

    /// Every corpus JSON document, sorted by file name.
    static func documents() throws -> [(name: String, bytes: Data)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: jsonDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, try Data(contentsOf: jsonDirectory.appendingPathComponent($0))) }
    }

    /// One corpus document by file name.
    static func document(_ name: String) throws -> Data {
        try Data(contentsOf: jsonDirectory.appendingPathComponent(name))
    }
}
