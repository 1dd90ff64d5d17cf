import GraphQL

/// Modules for the builder's tests.
enum SchemaFixtures {
    /// A module for `sdl` whose object fields (those it defines and those its extensions add)
    /// all resolve to null: for tests about the SDL, which need every field wired.
    static func stubbed(_ name: String, _ sdl: String, sourceName: String? = nil) throws -> SchemaModule {
        var module = SchemaModule(name: name, sdl: sdl, sourceName: sourceName)
        let document = try Parser.parse(module.sdl[0])
        for definition in document.definitions {
            switch definition {
            case .type(.object(let object)), .typeExtension(.object(let object)):
                for field in object.fields {
                    module.resolve(object.name.value, field.name.value, .sync { _, _, _ in .null })
                }
            case .type(.scalar(let scalar)):
                module.scalar(scalar.name.value, ScalarType.string.coercion)
            default:
                continue
            }
        }
        return module
    }

    /// The problems of building `modules`, as `file:line:column: message` lines; empty when the
    /// build succeeds.
    static func problems(_ modules: [SchemaModule], permissionDirective: String = "allow") -> [String] {
        do {
            _ = try SchemaBuilder(permissionDirective: permissionDirective).build(modules)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}
