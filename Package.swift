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
        .executableTarget(
            name: "clientela-bench",
            dependencies: ["GraphQL"],
            path: "Sources/clientela-bench",
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
