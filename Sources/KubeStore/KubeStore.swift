import KubeModels

/// The `KubeStore` module: the store protocol and backends arrive with their issue.
public enum KubeStoreModule {
    /// The module's name.
    public static let name = "KubeStore"
}
