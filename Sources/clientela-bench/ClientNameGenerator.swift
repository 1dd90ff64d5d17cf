/// Deterministic client names for the storage benchmark, as diverse as a real client base.
///
/// A name is a first name and two surnames, as in the Spanish-speaking markets Clientela serves:
/// four surnames in ten come from a list of common ones (García, Núñez, …), the rest are built
/// from three of 40 syllables (64,000 of them), so a 4- or 5-character fragment of a surname
/// matches a small share of the table while a common fragment like "nez" matches many rows.
/// Accents appear where they would. The same seed gives the same names on every run.
struct ClientNameGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[Int(next() % UInt64(values.count))]
    }

    mutating func surname() -> String {
        if next() % 10 < 4 { return pick(Self.commonSurnames) }
        let syllables = (0..<3).map { _ in pick(Self.syllables) }.joined()
        return syllables.prefix(1).uppercased() + syllables.dropFirst()
    }

    mutating func name() -> String {
        "\(pick(Self.firstNames)) \(surname()) \(surname())"
    }

    static let firstNames = [
        "María", "José", "Juan", "Ana", "Luis", "Carlos", "Sofía", "Lucía", "Martín", "Mateo", "Valentina",
        "Camila", "Diego", "Andrés", "Jorge", "Pedro", "Ramón", "Inés", "Beatriz", "Raúl", "Héctor", "Óscar",
        "Nicolás", "Tomás", "Joaquín", "Agustín", "Emilia", "Isabel", "Gabriel", "Daniel", "Fernanda",
        "Ximena", "Paula", "Elena", "Rocío", "Adrián", "Rubén", "Germán", "Julián", "Simón", "Catalina",
        "Renata", "Florencia", "Benjamín", "Vicente", "Maximiliano", "Antonella", "Martina", "Élodie", "Jürgen",
    ]

    static let commonSurnames = [
        "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
        "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
        "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano",
        "Blanco", "Suárez", "Molina", "Morales", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín",
        "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero",
        "Cano", "Prieto", "Méndez", "Cruz", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega",
        "Fuentes", "Reyes", "Aguilar",
    ]

    static let syllables = [
        "ba", "be", "ca", "co", "da", "de", "fa", "ga", "go", "ja", "la", "le", "li", "lo", "ma", "me", "mi",
        "na", "ne", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "ta", "te", "to", "va",
        "za", "zu", "lá", "ré", "rí", "ñu", "gó", "ús",
    ]
}
