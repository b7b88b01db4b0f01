import Foundation
import Testing

/// Runs the `kube-manifests` example executable (built by `swift build`) over Examples/manifests.
@Suite("kube-manifests example", .serialized)
struct ManifestCheckTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable: beside the test bundle, else in .build/debug.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("kube-manifests")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kube-manifests"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/kube-manifests"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "kube-manifests not built: run swift build first"])
        }
        return found
    }

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test("it reports valid objects, the custom resource as dynamic, and the broken Deployment's field errors")
    func summarizesExampleManifests() throws {
        let (status, output) = try Self.run([])
        #expect(status == 0)
        #expect(output.contains("web-deployment.json: Deployment default/web: valid"))
        #expect(output.contains("app-config.json: Secret default/web-tls: valid"))
        #expect(output.contains("StaticSite default/docs: not a built-in kind"))
        #expect(output.contains("broken-deployment.json: Deployment default/broken is invalid:"))
        #expect(output.contains("spec.replicas: Invalid value: -1: must be greater than or equal to 0"))
        #expect(output.contains("6 objects: 4 valid, 1 invalid, 1 dynamic, 0 unreadable files"))
    }

    @Test("--strict exits non-zero when an object is invalid")
    func strictFailsOnInvalid() throws {
        let (status, _) = try Self.run(["--strict", "Examples/manifests/broken-deployment.json"])
        #expect(status == 1)
        let (ok, _) = try Self.run(["--strict", "Examples/manifests/web-service.json"])
        #expect(ok == 0)
    }
}
