import Foundation
import Testing
@testable import KubeModels
import KubeTesting

/// Our encoded JSON is accepted by the official 1.32 schemas (`kubernetes-validate --strict`),
/// so we emit no field the real API would not know.
@Suite("Official schema validation", .serialized)
struct SchemaValidationTests {
    /// Runs `kubernetes-validate --strict -k 1.32.0` over files; returns its exit code and output.
    static func kubernetesValidate(_ files: [URL]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["kubernetes-validate", "--strict", "--quiet", "-k", "1.32.0"] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func writeObjects(_ objects: [(String, [UInt8])]) throws -> (URL, [URL]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kube-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files: [URL] = []
        for (name, bytes) in objects {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            files.append(url)
        }
        return (dir, files)
    }

    @Test("kubernetes-validate is installed (the test script installs it; CI must not skip this suite)")
    func validatorIsInstalled() throws {
        let (status, output) = try Self.kubernetesValidate([])
        #expect(status == 0 || output.contains("usage"), "kubernetes-validate is missing: run scripts/test.sh, which installs it (\(output))")
    }

    @Test("every re-encoded corpus object passes the official 1.32 schema in strict mode")
    func corpusObjectsPassSchema() throws {
        var objects: [(String, [UInt8])] = []
        for (name, bytes) in try Corpus.documents()
        where name != CorpusRoundTripTests.invalidBase64 && !CorpusRoundTripTests.invalidUnderSchema.contains(name) {
            for (i, object) in try Scheme.default.decodeAll(bytes).enumerated() where object is any KubeResource {
                objects.append(("\(i)-\(name)", try Scheme.default.encode(object)))
            }
        }
        #expect(objects.count >= 155)
        let (dir, files) = try Self.writeObjects(objects)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, output) = try Self.kubernetesValidate(files)
        #expect(status == 0, "\(output.prefix(4000))")
    }

    @Test("every built-in kind, empty and as a sample object, passes the official 1.32 schema in strict mode")
    func everyKindPassesSchema() throws {
        var objects: [(String, [UInt8])] = []
        for kind in Scheme.default.kinds {
            let empty = kind.init(name: "sample", namespace: kind.isNamespaced ? "default" : "")
            objects.append(("empty-\(kind.kind).json", try Scheme.default.encode(empty)))
        }
        for (i, sample) in SampleObjects.all.enumerated() {
            objects.append(("sample-\(i)-\(sample.kind).json", try Scheme.default.encode(sample)))
        }
        let (dir, files) = try Self.writeObjects(objects)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, output) = try Self.kubernetesValidate(files)
        #expect(status == 0, "\(output.prefix(4000))")
    }
}
