import Testing
@testable import KubeModels

/// The string checks against apimachinery's validation_test.go tables.
@Suite("Validation helpers")
struct ValidationHelperTests {
    struct Table: Decodable {
        let good: [String]
        let bad: [String]
    }

    static let tables: [String: Table] = (try? Fixtures.decode([String: Table].self, "validation-helpers.json")) ?? [:]

    static let checks: [String: @Sendable (String) -> [String]] = [
        "isDNS1123Label": Validation.isDNS1123Label, "isDNS1123Subdomain": Validation.isDNS1123Subdomain,
        "isDNS1035Label": Validation.isDNS1035Label, "isCIdentifier": Validation.isCIdentifier,
        "isValidPortName": Validation.isValidPortName, "isQualifiedName": Validation.isQualifiedName,
        "isValidLabelValue": Validation.isValidLabelValue, "isValidIP": Validation.isValidIP,
        "isValidCIDR": Validation.isValidCIDR, "isValidPercent": Validation.isValidPercent,
        "isConfigMapKey": Validation.isConfigMapKey, "isEnvVarName": Validation.isEnvVarName,
        "isWildcardDNS1123Subdomain": Validation.isWildcardDNS1123Subdomain, "isHTTPHeaderName": Validation.isHTTPHeaderName,
    ]

    @Test("upstream's good values pass and bad values fail", arguments: checks.keys.sorted())
    func table(_ name: String) throws {
        let table = try #require(Self.tables[name], "no fixture for \(name)")
        let check = try #require(Self.checks[name])
        for value in table.good { #expect(check(value).isEmpty, "\(name)(\(value)) = \(check(value))") }
        for value in table.bad { #expect(!check(value).isEmpty, "\(name)(\(value)) passed") }
        #expect(table.good.count + table.bad.count >= 7)
    }

    @Test("messages are upstream's, word for word")
    func exactMessages() {
        #expect(Validation.isDNS1123Label("My_Name") == [
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ])
        #expect(Validation.isDNS1123Label("a.b") == ["must not contain dots"])
        #expect(Validation.isDNS1123Subdomain(String(repeating: "a", count: 254)) == ["must be no more than 253 characters"])
        #expect(Validation.isQualifiedName("only/one/slash") == [
            "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
        ])
        #expect(Validation.isQualifiedName("example.com/").first == "name part must be non-empty")
        #expect(Validation.isValidPortNum(0) == ["must be between 1 and 65535, inclusive"])
        #expect(Validation.isValidPortName("-telnet") == ["must not begin or end with a hyphen"])
        #expect(Validation.isValidPortName("123") == ["must contain at least one letter (a-z)"])
        #expect(Validation.isValidIP("1.2.3") == ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"])
        #expect(Validation.isConfigMapKey("..a") == ["must not start with '..'"])
        #expect(Validation.nameIsDNSSubdomain("web-", prefix: true).isEmpty)
        #expect(!Validation.nameIsDNSSubdomain("web-", prefix: false).isEmpty)
    }

    @Test("label and annotation validation name the field and the value as the API server does")
    func metadata() {
        let errors = Validation.validateLabels(["app": "web", "bad key": "x", "tier": "-front"], path: "metadata.labels")
        #expect(errors.map(\.description) == [
            "metadata.labels: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
            "metadata.labels: Invalid value: \"-front\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        ])
        #expect(Validation.validateAnnotations(["Example.com/Key": "v"], path: "metadata.annotations").isEmpty)
        let huge = Validation.validateAnnotations(["a": String(repeating: "x", count: 300 * 1024)], path: "metadata.annotations")
        #expect(huge.map(\.description) == ["metadata.annotations: Too long: may not be more than 262144 bytes"])
    }
}
