import GraphQL
import Testing

@Suite struct IntrospectionTests {
    let harness = IntrospectionHarness(schema: IntrospectionTestSchema.pets)

    private func typeQuery(_ name: String, _ children: [IntrospectionHarness.Selection]) throws -> Value? {
        try harness.run([select("__type", ["name": .string(name)], children)])["__type"]
    }

    @Test func listsTypesInGraphQLJSTypeMapOrder() throws {
        let result = try harness.run([select("__schema", [select("types", leaves("name"))])])
        let names = result["__schema"]?["types"]?.listValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == [
            "Query", "ID", "Node", "Person", "String", "Boolean", "Dog", "Cat", "Pet", "Color", "Filter", "Int",
            "Choice", "Url", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue",
            "__Directive", "__DirectiveLocation",
        ])
    }

    @Test func leavesOutBuiltInScalarsThatNothingUses() throws {
        #expect(try typeQuery("Float", leaves("name")) == .null)
        #expect(try typeQuery("String", leaves("name")) == ["name": "String"])
        #expect(try typeQuery("Unknown", leaves("name")) == .null)
        #expect(try typeQuery("__Directive", leaves("kind")) == ["kind": "OBJECT"])
    }

    @Test func answersSchemaLevelFields() throws {
        let result = try harness.run([select("__schema", leaves("description") + [
            select("queryType", leaves("name")),
            select("mutationType", leaves("name")),
            select("subscriptionType", leaves("name")),
        ])])
        #expect(result["__schema"] == [
            "description": "Pets and the people who keep them.",
            "queryType": ["name": "Query"],
            "mutationType": nil,
            "subscriptionType": nil,
        ])
    }

    @Test func listsDirectivesCustomFirstThenBuiltInsInGraphQLJSOrder() throws {
        let result = try harness.run([select("__schema", [select("directives", leaves("name", "isRepeatable", "locations"))])])
        let directives = result["__schema"]?["directives"]?.listValue ?? []
        #expect(directives.compactMap { $0["name"]?.stringValue } == ["cached", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(directives.first == ["name": "cached", "isRepeatable": true, "locations": ["FIELD_DEFINITION", "OBJECT"]])
    }

    @Test func hidesDeprecatedFieldsUnlessAsked() throws {
        let hidden = try typeQuery("Person", [select("fields", leaves("name"))])
        #expect(hidden == ["fields": [["name": "id"], ["name": "name"], ["name": "pets"]]])
        let shown = try typeQuery("Person", [select("fields", ["includeDeprecated": true], leaves("name", "isDeprecated", "deprecationReason"))])
        #expect(shown?["fields"]?.listValue?[2] == ["name": "nickname", "isDeprecated": true, "deprecationReason": "Use name."])
    }

    @Test func hidesDeprecatedArgumentsUnlessAsked() throws {
        let hidden = try typeQuery("Person", [select("fields", [select("args", leaves("name"))])])
        #expect(hidden?["fields"]?.listValue?[1] == ["args": [["name": "upper"]]])
        let shown = try typeQuery("Person", [select("fields", [select("args", ["includeDeprecated": true], leaves("name", "isDeprecated", "deprecationReason"))])])
        #expect(shown?["fields"]?.listValue?[1] == ["args": [
            ["name": "upper", "isDeprecated": false, "deprecationReason": nil],
            ["name": "style", "isDeprecated": true, "deprecationReason": "Ignored."],
        ]])
    }

    @Test func hidesDeprecatedEnumValuesAndInputFieldsUnlessAsked() throws {
        #expect(try typeQuery("Color", [select("enumValues", leaves("name"))]) == ["enumValues": [["name": "RED"]]])
        #expect(try typeQuery("Color", [select("enumValues", ["includeDeprecated": true], leaves("name", "description", "deprecationReason"))]) == ["enumValues": [
            ["name": "RED", "description": nil, "deprecationReason": nil],
            ["name": "GREEN", "description": "Like grass.", "deprecationReason": "No longer supported"],
        ]])
        #expect(try typeQuery("Filter", [select("inputFields", leaves("name"))]) == ["inputFields": [["name": "color"], ["name": "limit"]]])
        let all = try typeQuery("Filter", [select("inputFields", ["includeDeprecated": true], leaves("name"))])
        #expect(all == ["inputFields": [["name": "color"], ["name": "limit"], ["name": "old"]]])
    }

    @Test func unwrapsTypeReferencesThroughOfType() throws {
        let result = try typeQuery("Query", [select("fields", leaves("name") + [select("type", StandardIntrospectionQuery.typeRef)])])
        let people = result?["fields"]?.listValue?[1]
        #expect(people == [
            "name": "people",
            "type": [
                "kind": "NON_NULL", "name": nil,
                "ofType": [
                    "kind": "LIST", "name": nil,
                    "ofType": [
                        "kind": "NON_NULL", "name": nil,
                        "ofType": ["kind": "OBJECT", "name": "Person", "ofType": nil],
                    ],
                ],
            ],
        ])
    }

    @Test func givesFieldsThatApplyToTheKindAndNullOtherwise() throws {
        let selection = leaves("kind", "specifiedByURL", "isOneOf") + [
            select("fields", leaves("name")),
            select("interfaces", leaves("name")),
            select("possibleTypes", leaves("name")),
            select("enumValues", leaves("name")),
            select("inputFields", leaves("name")),
            select("ofType", leaves("name")),
        ]
        #expect(try typeQuery("Url", selection) == [
            "kind": "SCALAR", "specifiedByURL": "https://url.spec.whatwg.org/", "isOneOf": nil, "fields": nil,
            "interfaces": nil, "possibleTypes": nil, "enumValues": nil, "inputFields": nil, "ofType": nil,
        ])
        #expect(try typeQuery("Node", selection) == [
            "kind": "INTERFACE", "specifiedByURL": nil, "isOneOf": nil, "fields": [["name": "id"]],
            "interfaces": [], "possibleTypes": [["name": "Person"], ["name": "Dog"], ["name": "Cat"]],
            "enumValues": nil, "inputFields": nil, "ofType": nil,
        ])
        #expect(try typeQuery("Pet", selection)?["possibleTypes"] == [["name": "Dog"], ["name": "Cat"]])
        #expect(try typeQuery("Person", selection)?["interfaces"] == [["name": "Node"]])
        #expect(try typeQuery("Choice", selection)?["isOneOf"] == true)
        #expect(try typeQuery("Filter", selection)?["isOneOf"] == false)
    }

    @Test func printsDefaultValuesAsGraphQLLiterals() throws {
        let query = try typeQuery("Query", [select("fields", [select("args", leaves("name", "defaultValue"))])])
        #expect(query?["fields"]?.listValue?[1] == ["args": [["name": "filter", "defaultValue": "{ limit: 5 }"], ["name": "choice", "defaultValue": nil]]])
        let filter = try typeQuery("Filter", [select("inputFields", leaves("defaultValue"))])
        #expect(filter == ["inputFields": [["defaultValue": "RED"], ["defaultValue": "10"]]])
        let includeDeprecated = try typeQuery("__Type", [select("fields", [select("args", leaves("name", "defaultValue"))])])
        #expect(includeDeprecated?["fields"]?.listValue?[4] == ["args": [["name": "includeDeprecated", "defaultValue": "false"]]])
    }

    @Test func rebuildsDefaultsFromCoercedValuesWhenNoLiteralWasKept() throws {
        let schema = IntrospectionTestSchema.make(types: [
            .object(ObjectType(name: "Query", fields: [
                FieldDefinition(name: "list", arguments: [
                    InputValueDefinition(name: "ratio", type: .named("Float"), defaultValue: .float(2.0)),
                    InputValueDefinition(name: "id", type: .named("ID"), defaultValue: .string("42")),
                    InputValueDefinition(name: "tags", type: .list(.named("String")), defaultValue: ["a\"b"]),
                    InputValueDefinition(name: "none", type: .named("String"), defaultValue: .null),
                ], type: .named("String"))
            ]))
        ])
        let result = try IntrospectionHarness(schema: schema).run([
            select("__type", ["name": "Query"], [select("fields", [select("args", leaves("defaultValue"))])])
        ])
        #expect(result["__type"]?["fields"] == [["args": [
            ["defaultValue": "2"], ["defaultValue": "42"], ["defaultValue": "[\"a\\\"b\"]"], ["defaultValue": "null"],
        ]]])
    }

    @Test func answersTypenameWithTheParentType() throws {
        let result = try harness.run([select("__typename"), select("__schema", [select("queryType", leaves("__typename"))])])
        #expect(result == ["__typename": "Query", "__schema": ["queryType": ["__typename": "__Type"]]])
    }

    @Test func offersSchemaAndTypeMetaFieldsOnlyOnTheQueryRoot() {
        let schema = IntrospectionTestSchema.pets
        #expect(Introspection.metaFieldDefinition(named: "__schema", parentType: "Query", in: schema)?.type == .nonNull(.named("__Schema")))
        #expect(Introspection.metaFieldDefinition(named: "__type", parentType: "Query", in: schema)?.arguments.map(\.name) == ["name"])
        #expect(Introspection.metaFieldDefinition(named: "__schema", parentType: "Person", in: schema) == nil)
        #expect(Introspection.metaFieldDefinition(named: "__type", parentType: "Person", in: schema) == nil)
        #expect(Introspection.metaFieldDefinition(named: "__typename", parentType: "Pet", in: schema)?.type == .nonNull(.named("String")))
        #expect(Introspection.metaFieldDefinition(named: "name", parentType: "Person", in: schema) == nil)
    }

    @Test func describesTheIntrospectionTypesThemselves() throws {
        let signatures = try Introspection.types.map { type -> String in
            let result = try typeQuery(type.name, leaves("kind") + [
                select("fields", ["includeDeprecated": true], leaves("name") + [
                    select("args", ["includeDeprecated": true], leaves("name", "defaultValue") + [select("type", StandardIntrospectionQuery.typeRef)]),
                    select("type", StandardIntrospectionQuery.typeRef),
                ]),
                select("enumValues", leaves("name")),
            ])
            return Self.signature(of: type.name, result)
        }
        #expect(signatures == [
            "__Schema: description: String, types: [__Type!]!, queryType: __Type!, mutationType: __Type, subscriptionType: __Type, directives: [__Directive!]!",
            "__Directive: name: String!, description: String, isRepeatable: Boolean!, locations: [__DirectiveLocation!]!, args(includeDeprecated: Boolean = false): [__InputValue!]!",
            "__DirectiveLocation = QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION",
            "__Type: kind: __TypeKind!, name: String, description: String, specifiedByURL: String, fields(includeDeprecated: Boolean = false): [__Field!], interfaces: [__Type!], possibleTypes: [__Type!], enumValues(includeDeprecated: Boolean = false): [__EnumValue!], inputFields(includeDeprecated: Boolean = false): [__InputValue!], ofType: __Type, isOneOf: Boolean",
            "__Field: name: String!, description: String, args(includeDeprecated: Boolean = false): [__InputValue!]!, type: __Type!, isDeprecated: Boolean!, deprecationReason: String",
            "__InputValue: name: String!, description: String, type: __Type!, defaultValue: String, isDeprecated: Boolean!, deprecationReason: String",
            "__EnumValue: name: String!, description: String, isDeprecated: Boolean!, deprecationReason: String",
            "__TypeKind = SCALAR | OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | LIST | NON_NULL",
        ])
    }

    @Test func describesEveryIntrospectionTypeAndEnumValue() {
        for type in Introspection.types {
            #expect(type.description?.isEmpty == false, "\(type.name)")
            if case .enumeration(let enumeration) = type {
                #expect(enumeration.values.allSatisfy { $0.description?.isEmpty == false }, "\(type.name)")
            }
        }
    }

    /// `Name: field(arg: Type = default): Type, …` or `Name = A | B` from an introspection result.
    private static func signature(of name: String, _ type: Value?) -> String {
        if let values = type?["enumValues"]?.listValue {
            return name + " = " + values.compactMap { $0["name"]?.stringValue }.joined(separator: " | ")
        }
        let fields = (type?["fields"]?.listValue ?? []).map { field -> String in
            let arguments = (field["args"]?.listValue ?? []).map { argument in
                "\(argument["name"]?.stringValue ?? ""): \(typeName(argument["type"]))"
                    + (argument["defaultValue"]?.stringValue.map { " = \($0)" } ?? "")
            }
            return (field["name"]?.stringValue ?? "")
                + (arguments.isEmpty ? "" : "(" + arguments.joined(separator: ", ") + ")")
                + ": " + typeName(field["type"])
        }
        return name + ": " + fields.joined(separator: ", ")
    }

    /// `[Name!]!` from a `TypeRef` result.
    static func typeName(_ type: Value?) -> String {
        switch type?["kind"]?.stringValue {
        case "NON_NULL": typeName(type?["ofType"]) + "!"
        case "LIST": "[" + typeName(type?["ofType"]) + "]"
        default: type?["name"]?.stringValue ?? "?"
        }
    }
}
