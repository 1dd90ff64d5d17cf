// swift-tools-version:6.0
import PackageDescription

/// Settings every target compiles with: Swift 6 language mode (strict concurrency) plus the
/// upcoming features that keep imports and existentials explicit.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Clientela",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "clientela-bench", targets: ["clientela-bench"]),
    ],
    targets: [
        // The GraphQL engine: language, validation, execution, introspection. A leaf target.
        .target(name: "GraphQL", path: "Sources/GraphQL", swiftSettings: strict),
        .testTarget(
            name: "GraphQLTests",
            dependencies: ["GraphQL"],
            path: "Tests/GraphQLTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        // The composition of the modules into one schema, and the request context.
        .target(
            name: "Gateway",
            dependencies: ["GraphQL"],
            path: "Sources/Gateway",
            swiftSettings: strict,
            plugins: ["EmbedSchemaPlugin"]
        ),
        .testTarget(name: "GatewayTests", dependencies: ["Gateway", "GraphQL"], path: "Tests/GatewayTests", swiftSettings: strict),
        // Compiles each target's SDL file from schema/ into the binary (see EmbedSchemaPlugin).
        .plugin(
            name: "EmbedSchemaPlugin",
            capability: .buildTool(),
            dependencies: ["schema-embedder"],
            path: "Sources/EmbedSchemaPlugin"
        ),
        .executableTarget(name: "schema-embedder", path: "Sources/schema-embedder", swiftSettings: strict),
        .executableTarget(
            name: "clientela-bench",
            dependencies: ["GraphQL"],
            path: "Sources/clientela-bench",
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
