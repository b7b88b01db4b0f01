import Foundation
import KubeModels

// kube-manifests: loads Kubernetes JSON manifests, applies the API server's defaults, validates
// them, and prints one line per object with any field errors.
//
//   swift run kube-manifests [--strict] [path ...]     (default: Examples/manifests)
//
// YAML users convert first: `kubectl create --dry-run=client -o json -f app.yaml > app.json`.

var arguments = Array(CommandLine.arguments.dropFirst())
let strict = arguments.contains("--strict")
arguments.removeAll { $0 == "--strict" }
let paths = arguments.isEmpty ? ["Examples/manifests"] : arguments

func files(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(path)/\($0)" }
}

func check<R: KubeResource>(_ object: R) -> [FieldError] { object.defaulted().validate() }

var total = 0, invalid = 0, unreadable = 0, dynamic = 0
for path in paths {
    let found = files(at: path)
    if found.isEmpty { print("\(path): no JSON manifests found"); unreadable += 1 }
    for file in found {
        let name = (file as NSString).lastPathComponent
        do {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for object in try Scheme.default.decodeAll(bytes) {
                total += 1
                let id = object.metadata.namespace.isEmpty ? object.metadata.name : "\(object.metadata.namespace)/\(object.metadata.name)"
                guard let resource = object as? any KubeResource else {
                    dynamic += 1
                    print("\(name): \(object.apiVersion) \(object.kind) \(id): not a built-in kind (kept as a dynamic object)")
                    continue
                }
                let errors = check(resource)
                if errors.isEmpty {
                    print("\(name): \(object.kind) \(id): valid")
                } else {
                    invalid += 1
                    print("\(name): \(object.kind) \(id) is invalid:")
                    for e in errors { print("    \(e)") }
                }
            }
        } catch {
            unreadable += 1
            print("\(name): cannot decode: \(error)")
        }
    }
}
print("\(total) objects: \(total - invalid - dynamic) valid, \(invalid) invalid, \(dynamic) dynamic, \(unreadable) unreadable files")
exit(strict && (invalid > 0 || unreadable > 0) ? 1 : 0)
