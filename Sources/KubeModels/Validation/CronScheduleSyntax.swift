/// The syntax check of a CronJob schedule, with the error texts of the cron library the API
/// server uses (`robfig/cron/v3`'s standard parser: five fields or a `@` descriptor, with an
/// optional `TZ=`/`CRON_TZ=` prefix).
enum CronScheduleSyntax {
    private struct Bounds {
        var min: Int, max: Int
        var names: [String: Int] = [:]
    }

    private static let fields: [Bounds] = [
        Bounds(min: 0, max: 59),
        Bounds(min: 0, max: 23),
        Bounds(min: 1, max: 31),
        Bounds(min: 1, max: 12, names: [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
            "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        ]),
        Bounds(min: 0, max: 6, names: ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]),
    ]

    private static let descriptors: Set<String> = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]

    /// The parser's error for `schedule`, or `nil` when it parses.
    static func error(_ schedule: String) -> String? {
        if schedule.isEmpty { return "empty spec string" }
        var spec = Substring(schedule)
        if spec.hasPrefix("TZ=") || spec.hasPrefix("CRON_TZ=") {
            guard let space = spec.firstIndex(of: " ") else { return "provided bad location \(spec): unknown time zone \(spec)" }
            spec = spec[space...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        }
        if spec.hasPrefix("@") {
            if descriptors.contains(String(spec)) { return nil }
            if spec.hasPrefix("@every ") {
                let duration = String(spec.dropFirst("@every ".count))
                if (try? MetaDuration(parsing: duration)) == nil {
                    return "failed to parse duration \(spec): time: invalid duration \(FieldError.goQuote(duration))"
                }
                return nil
            }
            return "unrecognized descriptor: \(spec)"
        }
        let parts = spec.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
        if parts.count != 5 {
            return "expected exactly 5 fields, found \(parts.count): [\(parts.joined(separator: " "))]"
        }
        for (part, bounds) in zip(parts, fields) {
            for expression in part.split(separator: ",", omittingEmptySubsequences: true) {
                if let error = rangeError(String(expression), bounds) { return error }
            }
        }
        return nil
    }

    private static func rangeError(_ expression: String, _ bounds: Bounds) -> String? {
        let rangeAndStep = expression.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let lowAndHigh = rangeAndStep[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var start: Int, end: Int, step = 1
        if lowAndHigh[0] == "*" || lowAndHigh[0] == "?" {
            (start, end) = (bounds.min, bounds.max)
        } else {
            switch parseIntOrName(lowAndHigh[0], bounds.names) {
            case .failure(let message): return message.text
            case .success(let value): start = value
            }
            switch lowAndHigh.count {
            case 1: end = start
            case 2:
                switch parseIntOrName(lowAndHigh[1], bounds.names) {
                case .failure(let message): return message.text
                case .success(let value): end = value
                }
            default: return "too many hyphens: \(expression)"
            }
        }
        switch rangeAndStep.count {
        case 1: break
        case 2:
            switch parseInt(rangeAndStep[1]) {
            case .failure(let message): return message.text
            case .success(let value): step = value
            }
            if lowAndHigh.count == 1 { end = bounds.max }
        default: return "too many slashes: \(expression)"
        }
        if start < bounds.min { return "beginning of range (\(start)) below minimum (\(bounds.min)): \(expression)" }
        if end > bounds.max { return "end of range (\(end)) above maximum (\(bounds.max)): \(expression)" }
        if start > end { return "beginning of range (\(start)) beyond end of range (\(end)): \(expression)" }
        if step == 0 { return "step of range should be a positive number: \(expression)" }
        return nil
    }

    private struct Message: Error { var text: String }

    private static func parseIntOrName(_ text: String, _ names: [String: Int]) -> Result<Int, Message> {
        if let value = names[text.lowercased()] { return .success(value) }
        return parseInt(text)
    }

    private static func parseInt(_ text: String) -> Result<Int, Message> {
        switch IntOrString.goAtoi(text) {
        case .failure(let error):
            return .failure(Message(text: "failed to parse int from \(text): \(error.message)"))
        case .success(let value):
            if value < 0 { return .failure(Message(text: "negative number (\(value)) not allowed: \(text)")) }
            return .success(value)
        }
    }
}
