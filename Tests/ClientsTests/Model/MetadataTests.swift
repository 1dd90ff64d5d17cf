import Clients
import GraphQL
import Testing

@Suite struct MetadataTests {
    private func metadata(_ json: String) throws -> Metadata {
        try Metadata(try JSONReader.parse(json))
    }

    @Test func acceptsAnObjectOfAttributes() throws {
        let value = try metadata(#"{"wedding.date":"2027-02-14","guests":120,"vip":true,"tags":["a","b"],"venue":{"name":"Hacienda"}}"#)
        #expect(value.object.keys == ["wedding.date", "guests", "vip", "tags", "venue"])
        #expect(Metadata.empty.object.isEmpty)
        #expect(value.description == #"{"wedding.date":"2027-02-14","guests":120,"vip":true,"tags":["a","b"],"venue":{"name":"Hacienda"}}"#)
    }

    @Test(arguments: [#"[1,2]"#, #""text""#, "42", "true", "null"])
    func refusesAnythingButAnObject(json: String) {
        #expect(throws: MetadataError.notAnObject) { try metadata(json) }
    }

    @Test func nestsAtMostFiveLevels() throws {
        _ = try metadata(#"{"a":{"b":{"c":{"d":{"e":1}}}}}"#)
        _ = try metadata(#"{"a":{"b":{"c":{"d":[1,2]}}}}"#)
        #expect(throws: MetadataError.tooDeep(path: "a.b.c.d.e", maximum: 5)) { try metadata(#"{"a":{"b":{"c":{"d":{"e":{"f":1}}}}}}"#) }
        #expect(throws: MetadataError.tooDeep(path: "a.b.c.d.e", maximum: 5)) { try metadata(#"{"a":{"b":{"c":{"d":{"e":[]}}}}}"#) }
        #expect(throws: MetadataError.tooDeep(path: "a[0][0][0][0]", maximum: 5)) { try metadata(#"{"a":[[[[[1]]]]]}"#) }
    }

    @Test func takesAtMost16KiBOfJSON() throws {
        // {"k":"…"} is 8 bytes around the text.
        let fits = String(repeating: "x", count: 16 * 1024 - 8)
        _ = try Metadata(["k": .string(fits)])
        #expect(throws: MetadataError.tooLarge(bytes: 16 * 1024 + 1, maximum: 16 * 1024)) {
            try Metadata(["k": .string(fits + "x")])
        }
        // Escapes count as written: 2,800 quotes become 5,600 bytes each time.
        let quotes = String(repeating: "\"", count: 2800)
        #expect(throws: MetadataError.self) { try Metadata(["a": .string(quotes), "b": .string(quotes), "c": .string(quotes)]) }
    }

    @Test func checksKeysAtEveryLevel() throws {
        _ = try metadata(#"{"A-z_0.9":1,"x":{"nested-key":[{"deep_key":1}]}}"#)
        _ = try Metadata(.object(OrderedObject([(String(repeating: "k", count: 64), 1)])))
        #expect(throws: MetadataError.invalidKey(path: String(repeating: "k", count: 65))) {
            try Metadata(.object(OrderedObject([(String(repeating: "k", count: 65), 1)])))
        }
        #expect(throws: MetadataError.invalidKey(path: "")) { try metadata(#"{"":1}"#) }
        #expect(throws: MetadataError.invalidKey(path: "has space")) { try metadata(#"{"has space":1}"#) }
        #expect(throws: MetadataError.invalidKey(path: "x.año")) { try metadata(#"{"x":{"año":1}}"#) }
        #expect(throws: MetadataError.invalidKey(path: "list[1].a/b")) { try metadata(#"{"list":[{},{"a/b":1}]}"#) }
    }

    @Test func refusesSecretKeysAtEveryLevel() {
        #expect(throws: MetadataError.secretKey(path: "password")) { try metadata(#"{"password":"hunter2"}"#) }
        #expect(throws: MetadataError.secretKey(path: "stripe.stripe_api_key")) { try metadata(#"{"stripe":{"stripe_api_key":"sk_live"}}"#) }
        #expect(throws: MetadataError.secretKey(path: "integrations[0].accessToken")) {
            try metadata(#"{"integrations":[{"accessToken":"t"}]}"#)
        }
    }

    @Test func updatesMergeAndTheResultIsChecked() throws {
        let stored = try metadata(#"{"tier":"gold","wedding":{"guests":120,"venue":"Hacienda"}}"#)
        let merged = try stored.merging(try JSONReader.parse(#"{"tier":null,"wedding":{"guests":150},"source":"fair"}"#))
        #expect(merged.description == #"{"wedding":{"guests":150,"venue":"Hacienda"},"source":"fair"}"#)
        #expect(try stored.merging(.null) == .empty)
        #expect(throws: MetadataError.notAnObject) { try stored.merging(["x"]) }
        #expect(throws: MetadataError.secretKey(path: "token")) { try stored.merging(["token": "abc"]) }
        #expect(throws: MetadataError.tooDeep(path: "wedding.a.b.c.d", maximum: 5)) {
            try stored.merging(try JSONReader.parse(#"{"wedding":{"a":{"b":{"c":{"d":{"e":1}}}}}}"#))
        }
    }

    @Test func aPatchMayRemoveAKeyTheRulesNowRefuse() throws {
        let legacy = Metadata(stored: OrderedObject([("password", "old"), ("keep", 1)]))
        #expect(try legacy.merging(["password": nil]).description == #"{"keep":1}"#)
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(MetadataError.secretKey(path: "a.token").message.contains("a.token"))
        #expect(MetadataError.tooLarge(bytes: 20000, maximum: 16384).message.contains("16384"))
    }
}
