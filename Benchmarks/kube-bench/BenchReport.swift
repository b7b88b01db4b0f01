import Foundation

/// Prints one benchmark result as a JSON line.
func report(_ name: String, _ value: Double, unit: String, extra: [String: Any] = [:]) {
    var object: [String: Any] = ["benchmark": name, "value": (value * 10).rounded() / 10, "unit": unit]
    for (k, v) in extra { object[k] = v }
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The best throughput over `rounds` runs of `body`, each processing `items` items.
func measure(rounds: Int, items: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = 0.0
    for _ in 0 ..< rounds {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = max(best, Double(items) / seconds)
    }
    return best
}

/// Reads `--name value` from options.
func option(_ options: [String], _ name: String, default value: Int) -> Int {
    guard let i = options.firstIndex(of: name), i + 1 < options.count, let v = Int(options[i + 1]) else { return value }
    return v
}
