/// Kubernetes labels: selectors over `[String: String]` label maps, as `k8s.io/apimachinery/pkg/labels`.
///
/// ```swift
/// let selector = try Labels.Selector(parsing: "app=web,tier in (a,b),!legacy")
/// selector.matches(["app": "web", "tier": "a"])   // true
/// Labels.formatted(["b": "2", "a": "1"])           // "a=1,b=2"
/// ```
public enum Labels {
    /// A label map as one string, `key=value` pairs sorted and joined by commas, as upstream's
    /// `labels.Set.String()` (the format ``Selector/init(parsing:)`` reads back).
    ///
    /// The pairs are sorted as whole `key=value` strings by their bytes, exactly as upstream does.
    public static func formatted(_ labels: [String: String]) -> String {
        var pairs = [String]()
        pairs.reserveCapacity(labels.count)
        for (key, value) in labels { pairs.append(key + "=" + value) }
        pairs.sort(by: LabelSyntax.byteOrder)
        return pairs.joined(separator: ",")
    }

    /// ``formatted(_:)``, or `<none>` for an empty map, as upstream's `labels.FormatLabels`.
    public static func formattedOrNone(_ labels: [String: String]) -> String {
        let text = formatted(labels)
        return text.isEmpty ? "<none>" : text
    }

    /// Whether the two maps share a key with different values, as upstream's `labels.Conflicts`.
    public static func conflict(_ labels1: [String: String], _ labels2: [String: String]) -> Bool {
        let (small, big) = labels2.count < labels1.count ? (labels2, labels1) : (labels1, labels2)
        for (key, value) in small {
            if let other = big[key], other != value { return true }
        }
        return false
    }

    /// Both maps combined, the second winning on a shared key, as upstream's `labels.Merge`.
    public static func merged(_ labels1: [String: String], _ labels2: [String: String]) -> [String: String] {
        labels1.merging(labels2) { _, second in second }
    }

    /// Whether every label in `labels` appears with the same value in `allowed`; an empty
    /// `allowed` allows everything. Upstream's `labels.AreLabelsInWhiteList`.
    public static func areAllowed(_ labels: [String: String], by allowed: [String: String]) -> Bool {
        if allowed.isEmpty { return true }
        for (key, value) in labels where allowed[key] != value { return false }
        return true
    }

    /// Reads a plain `k1=v1,k2=v2` string into a label map, validating keys and values, as
    /// upstream's `labels.ConvertSelectorToLabelsMap` (spaces around keys and values are trimmed;
    /// only `=` is allowed).
    ///
    /// - Throws: ``KubeModelsError`` with code ``KubeModelsError/Code/invalidSelector`` and
    ///   upstream's message.
    public static func parseMap(_ text: String) throws -> [String: String] {
        var result = [String: String]()
        if text.isEmpty { return result }
        for label in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = label.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                // Go prints a []string with %s as "[a b]".
                let printed = "[" + parts.joined(separator: " ") + "]"
                throw KubeModelsError(.invalidSelector, "invalid selector: \(printed)")
            }
            let key = LabelSyntax.trimmingGoSpace(parts[0])
            if let error = LabelSyntax.labelKeyError(key, path: nil) {
                throw KubeModelsError(.invalidSelector, error.description)
            }
            let value = LabelSyntax.trimmingGoSpace(parts[1])
            if let error = LabelSyntax.labelValueError(key: key, value: value, path: nil) {
                throw KubeModelsError(.invalidSelector, error.description)
            }
            result[key] = value
        }
        return result
    }
}
