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
        .executable(name: "clientela", targets: ["clientela"]),
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
            dependencies: ["GraphQL", "HTTPServer", "Storage", "Tenancy", "Clients"],
            path: "Sources/Gateway",
            swiftSettings: strict,
            plugins: ["EmbedSchemaPlugin"]
        ),
        .testTarget(name: "GatewayTests", dependencies: ["Gateway", "GraphQL", "HTTPServer", "Storage", "Tenancy", "Crypto", "Clients", "StorageTesting"], path: "Tests/GatewayTests", swiftSettings: strict),
        // Compiles each target's SDL file from schema/ into the binary (see EmbedSchemaPlugin).
        .plugin(
            name: "EmbedSchemaPlugin",
            capability: .buildTool(),
            dependencies: ["schema-embedder"],
            path: "Sources/EmbedSchemaPlugin"
        ),
        .executableTarget(name: "schema-embedder", path: "Sources/schema-embedder", swiftSettings: strict),
        // Storage: the database interface repositories are written against, with its SQLite and
        // PostgreSQL drivers over the system's C libraries. A leaf: it imports no other target of ours.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .target(
            name: "Storage",
            dependencies: ["CSQLite", "CLibPQ"],
            path: "Sources/Storage",
            swiftSettings: strict
        ),
        // A child process for the storage crash tests: it writes in a loop until it is SIGKILLed.
        .executableTarget(
            name: "storage-crash-helper",
            dependencies: ["Storage"],
            path: "Sources/storage-crash-helper",
            swiftSettings: strict
        ),
        // Test support shared by the test targets and `clientela-bench storage`: a throwaway
        // PostgreSQL cluster, a schema per test on it, child processes. Never linked into the product.
        .target(
            name: "StorageTesting",
            dependencies: ["Storage"],
            path: "Sources/StorageTesting",
            swiftSettings: strict
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "StorageTesting", "storage-crash-helper"],
            path: "Tests/StorageTests",
            swiftSettings: strict
        ),
        // HTTP/1.1 over POSIX sockets: the event loop, the request parser, the connection rules.
        // A leaf: it knows nothing of GraphQL; the gateway gives it a handler.
        // Linux's epoll and eventfd headers, which the Glibc module leaves out (no library to link).
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),
        .target(name: "HTTPServer", dependencies: ["CEpoll"], path: "Sources/HTTPServer", swiftSettings: strict),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"], path: "Tests/HTTPServerTests", swiftSettings: strict),
        // Hashes, MACs, secure random bytes and JWT verification, every primitive from OpenSSL's
        // libcrypto. Depends on GraphQL only for its strict JSON reader and `Value`.
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),
        .target(name: "Crypto", dependencies: ["CCrypto", "GraphQL"], path: "Sources/Crypto", swiftSettings: strict),
        .testTarget(
            name: "CryptoTests",
            dependencies: ["Crypto", "CCrypto", "GraphQL"],
            path: "Tests/CryptoTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        // Tenancy: organizations, users, roles, API tokens and the caller's access scope. The base
        // business layer every other module may import.
        .target(
            name: "Tenancy",
            dependencies: ["GraphQL", "Storage", "Crypto"],
            path: "Modules/Tenancy",
            swiftSettings: strict,
            plugins: ["EmbedSchemaPlugin"]
        ),
        .testTarget(
            name: "TenancyTests",
            dependencies: ["Tenancy", "GraphQL", "Storage", "StorageTesting", "Crypto"],
            path: "Tests/TenancyTests",
            swiftSettings: strict
        ),
        // Clients: the client record's value rules (fields, tax ids, lifecycle, segment, refid,
        // metadata), its tables and its repositories. GraphQL for `Value`, the JSON scalar's type;
        // Tenancy for the scope, the ids and `ClientStatus`.
        .target(
            name: "Clients",
            dependencies: ["GraphQL", "Tenancy", "Storage"],
            path: "Modules/Clients",
            swiftSettings: strict,
            plugins: ["EmbedSchemaPlugin"]
        ),
        .testTarget(
            name: "ClientsTests",
            dependencies: ["Clients", "GraphQL", "Tenancy", "Storage", "StorageTesting"],
            path: "Tests/ClientsTests",
            swiftSettings: strict
        ),
        // The demo data of `clientela seed-demo` and `clientela-bench clients`: Mexican clients
        // with valid RFCs from a seeded generator, the small demo organization, the bulk seeder.
        .target(name: "DemoData", dependencies: ["Clients", "Tenancy", "Storage", "GraphQL"], path: "Sources/DemoData", swiftSettings: strict),
        .testTarget(
            name: "DemoDataTests",
            dependencies: ["DemoData", "Clients", "Tenancy", "Storage", "GraphQL"],
            path: "Tests/DemoDataTests",
            swiftSettings: strict
        ),
        // The `clientela` command: its parser and commands in a library the tests call in-process,
        // and a main.swift of a few lines. The only targets that see everything.
        .target(
            name: "ClientelaCommand",
            dependencies: ["Gateway", "GraphQL", "HTTPServer", "Storage", "Tenancy", "Crypto", "Clients", "DemoData"],
            path: "Sources/ClientelaCommand",
            swiftSettings: strict
        ),
        .executableTarget(name: "clientela", dependencies: ["ClientelaCommand"], path: "Sources/clientela", swiftSettings: strict),
        .testTarget(
            name: "ClientelaCommandTests",
            dependencies: ["ClientelaCommand", "Gateway", "GraphQL", "Storage", "Tenancy", "Crypto", "Clients", "DemoData", "clientela"],
            path: "Tests/ClientelaCommandTests",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "clientela-bench",
            dependencies: ["Gateway", "GraphQL", "HTTPServer", "Storage", "StorageTesting", "Tenancy", "Clients", "DemoData"],
            path: "Sources/clientela-bench",
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
