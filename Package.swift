// swift-tools-version:6.0
import PackageDescription

// KubePrimitives: Kubernetes orchestration primitives for Swift. No third-party dependencies:
// the library uses only the toolchain (stdlib, Foundation, Dispatch, Synchronization, Glibc).

let libraries = [
    "KubeModels", "KubeStore", "KubeScheduling", "KubeControllers", "KubeNetworking", "KubeRuntime", "KubeAPI",
    "KubeTesting",
]

let package = Package(
    name: "KubePrimitives",
    platforms: [.macOS(.v15)],
    products: libraries.map { .library(name: $0, targets: [$0]) } + [
        .library(name: "Kube", targets: ["Kube"]),
        .executable(name: "kube-bench", targets: ["kube-bench"]),
        .executable(name: "kube-manifests", targets: ["kube-manifests"]),
    ],
    targets: [
        .target(name: "KubeModels"),
        .target(name: "KubeStore", dependencies: ["KubeModels"]),
        .target(name: "KubeScheduling", dependencies: ["KubeModels", "KubeStore"]),
        .target(name: "KubeControllers", dependencies: ["KubeModels", "KubeStore"]),
        .target(name: "KubeNetworking", dependencies: ["KubeModels", "KubeStore"]),
        .target(name: "KubeRuntime", dependencies: ["KubeModels", "KubeStore"]),
        .target(name: "KubeAPI", dependencies: ["KubeModels", "KubeStore"]),
        .target(
            name: "KubeTesting",
            dependencies: ["KubeModels", "KubeStore", "KubeScheduling", "KubeControllers", "KubeNetworking",
                           "KubeRuntime", "KubeAPI"]),
        .target(
            name: "Kube",
            dependencies: ["KubeModels", "KubeStore", "KubeScheduling", "KubeControllers", "KubeNetworking",
                           "KubeRuntime", "KubeAPI"]),
        .executableTarget(name: "kube-bench", dependencies: ["KubeModels", "KubeStore", "KubeControllers", "KubeTesting"], path: "Benchmarks/kube-bench"),
        .executableTarget(name: "kube-manifests", dependencies: ["KubeModels"], path: "Examples/ManifestCheck"),
        .testTarget(name: "KubeModelsTests", dependencies: ["KubeModels", "KubeTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "KubeStoreTests", dependencies: ["KubeStore", "KubeTesting"]),
        .testTarget(name: "KubeControllersTests", dependencies: ["KubeControllers", "KubeTesting"]),
        .testTarget(name: "ExamplesTests", dependencies: ["KubeModels"]),
    ],
    swiftLanguageModes: [.v6]
)
