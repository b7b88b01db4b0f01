import Foundation

// kube-bench: one executable, a subcommand per area. Each measured case prints one JSON line:
// {"benchmark": "area/case", "value": 1234.5, "unit": "pods/s", ...}
// Run in release mode: swift run -c release kube-bench <area> [options]

let arguments = Array(CommandLine.arguments.dropFirst())
let areas: [String: ([String]) async throws -> Void] = [
    "models": runModelsBench,
    "controllers": runControllersBench,
]

guard let area = arguments.first, let run = areas[area] else {
    let names = areas.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: kube-bench <\(names)> [options]\n".utf8))
    exit(2)
}
do {
    try await run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("kube-bench \(area): \(error)\n".utf8))
    exit(1)
}
