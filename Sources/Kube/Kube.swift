// The umbrella module: `import Kube` brings in every library module.
@_exported import KubeAPI
@_exported import KubeControllers
@_exported import KubeModels
@_exported import KubeNetworking
@_exported import KubeRuntime
@_exported import KubeScheduling
@_exported import KubeStore
