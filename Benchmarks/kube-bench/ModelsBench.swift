import Foundation
import KubeModels
import KubeTesting

/// `kube-bench models [--pods N] [--rounds R]`: decode and encode a list of realistic scheduled pods
/// with our fast path, with Foundation's JSONDecoder/JSONEncoder over the same types, and with
/// Python's json.loads over the same bytes; and decode the shared corpus.
func runModelsBench(_ options: [String]) async throws {
    let count = option(options, "--pods", default: 10_000)
    let rounds = option(options, "--rounds", default: 5)
    let bytes = try SampleObjects.podListJSON(count: count)
    let data = Data(bytes)
    let list = try KubeJSON.decode(KubeList<Pod>.self, from: bytes)
    let perPod = bytes.count / count
    let extra: [String: Any] = ["pods": count, "bytes_per_pod": perPod]

    let decode = try measure(rounds: rounds, items: count) {
        let l = try KubeJSON.decode(KubeList<Pod>.self, from: bytes)
        precondition(l.items.count == count)
    }
    let encode = measure(rounds: rounds, items: count) {
        let out = (try? KubeJSON.encode(list)) ?? []
        precondition(out.count > 0)
    }
    let decoder = JSONDecoder()
    let decodeFoundation = try measure(rounds: max(1, rounds / 2), items: count) {
        let l = try decoder.decode(KubeList<Pod>.self, from: data)
        precondition(l.items.count == count)
    }
    let encoder = JSONEncoder()
    let encodeFoundation = try measure(rounds: max(1, rounds / 2), items: count) {
        let out = try encoder.encode(list)
        precondition(out.count > 0)
    }
    report("models/decode-pods", decode, unit: "pods/s", extra: extra.merging(["vs_foundation": (decode / decodeFoundation * 100).rounded() / 100]) { a, _ in a })
    report("models/encode-pods", encode, unit: "pods/s", extra: extra.merging(["vs_foundation": (encode / encodeFoundation * 100).rounded() / 100]) { a, _ in a })
    report("models/decode-pods-foundation", decodeFoundation, unit: "pods/s", extra: extra)
    report("models/encode-pods-foundation", encodeFoundation, unit: "pods/s", extra: extra)
    if let python = try pythonJSONLoads(bytes, count: count, rounds: rounds) {
        report("models/decode-pods-python", python, unit: "pods/s", extra: extra.merging(["note": "json.loads of the same bytes (dicts, no typed objects)"]) { a, _ in a })
    }

    // The corpus: every real manifest through the scheme.
    let corpusDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/json")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: corpusDir.path) {
        let docs = names.filter { $0.hasSuffix(".json") && !$0.contains("tls-auth-secret") }
            .compactMap { try? [UInt8](Data(contentsOf: corpusDir.appendingPathComponent($0))) }
        let perRound = 20
        let corpus = try measure(rounds: rounds, items: docs.count * perRound) {
            for _ in 0 ..< perRound {
                for d in docs { _ = try Scheme.default.decodeAll(d) }
            }
        }
        report("models/decode-corpus", corpus, unit: "docs/s", extra: ["documents": docs.count])
    }
}

/// Python's `json.loads` throughput over the same bytes, or nil when python3 is missing.
private func pythonJSONLoads(_ bytes: [UInt8], count: Int, rounds: Int) throws -> Double? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kube-bench-pods-\(getpid()).json")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
    import json, sys, time
    data = open(sys.argv[1], 'rb').read()
    best = 0.0
    for _ in range(int(sys.argv[3])):
        t = time.perf_counter(); obj = json.loads(data); e = time.perf_counter() - t
        assert len(obj['items']) == int(sys.argv[2])
        best = max(best, int(sys.argv[2]) / e)
    print(best)
    """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, file.path, String(count), String(rounds)]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}
