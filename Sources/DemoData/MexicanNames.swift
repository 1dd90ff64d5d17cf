/// The words the demo clients are made of: Mexican first names and surnames, company names,
/// the states with some of their municipalities, streets and the free text a sales team writes.
///
/// Lists rather than a name service so that the data is offline, stable and small; accents and
/// `Ñ` appear where Mexican spelling has them, which the search's folding has to meet.
enum MexicanNames {
    static let firstNames = [
        "María", "Guadalupe", "Juan", "José", "Luis", "Ana", "Sofía", "Ximena", "Valeria", "Regina", "Camila",
        "Fernanda", "Daniela", "Lucía", "Mariana", "Andrea", "Itzel", "Citlali", "Yaretzi", "Renata", "Alejandro",
        "Miguel", "Ángel", "Jesús", "Francisco", "Santiago", "Mateo", "Emiliano", "Diego", "Leonardo", "Sebastián",
        "Carlos", "Jorge", "Eduardo", "Ricardo", "Héctor", "Raúl", "Óscar", "Rocío", "Verónica", "Patricia",
        "Alejandra", "Gabriela", "Claudia", "Adriana", "Brenda", "Karla", "Cuauhtémoc", "Xóchitl", "Tonatiuh",
    ]

    static let surnames = [
        "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
        "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz",
        "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera",
        "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz",
        "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Guerrero", "Estrada", "Bautista", "Cervantes", "Zúñiga",
        "Ibarra", "Peña", "Cortés", "Delgado", "Fuentes", "Sandoval", "Carrillo", "Espinoza", "Valenzuela", "Núñez",
        "Xicoténcatl", "Tlapanco", "Quetzal", "Cuevas", "Villaseñor", "Montes de Oca", "Arriaga", "Zavala", "Olvera",
    ]

    /// The first word of a company name, then what it does, then its legal form.
    static let companyStarts = [
        "Grupo", "Corporativo", "Industrias", "Comercializadora", "Servicios", "Constructora", "Distribuidora",
        "Laboratorios", "Consultores", "Hoteles", "Eventos", "Tecnologías", "Alimentos", "Transportes", "Inmobiliaria",
    ]

    static let companyNames = [
        "Azteca", "del Bajío", "Monterrey", "Pacífico", "Sierra Madre", "Jalisco", "Maya", "Huasteca", "Anáhuac",
        "Tepeyac", "Mixteca", "Sonora", "Golfo", "Lagunera", "Chapultepec", "Tulum", "Cozumel", "Popocatépetl",
        "Nogal", "Ceiba", "Jacaranda", "Colibrí", "Quetzalli", "Ámbar", "Obsidiana", "Cantera", "Talavera",
    ]

    static let legalForms = ["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V.", "S.C."]

    /// A state and some of its municipalities (or Mexico City's boroughs), with the phone area
    /// codes a number there starts with.
    struct Region {
        let state: String
        let municipalities: [String]
        let areaCodes: [String]
    }

    static let regions = [
        Region(state: "Ciudad de México", municipalities: ["Coyoacán", "Benito Juárez", "Cuauhtémoc", "Miguel Hidalgo", "Tlalpan"], areaCodes: ["55"]),
        Region(state: "Jalisco", municipalities: ["Guadalajara", "Zapopan", "Tlaquepaque", "Puerto Vallarta"], areaCodes: ["33", "322"]),
        Region(state: "Nuevo León", municipalities: ["Monterrey", "San Pedro Garza García", "Guadalupe", "Apodaca"], areaCodes: ["81"]),
        Region(state: "Puebla", municipalities: ["Puebla", "Cholula", "Atlixco"], areaCodes: ["222"]),
        Region(state: "Querétaro", municipalities: ["Querétaro", "El Marqués", "Tequisquiapan"], areaCodes: ["442"]),
        Region(state: "Yucatán", municipalities: ["Mérida", "Valladolid", "Progreso"], areaCodes: ["999"]),
        Region(state: "Quintana Roo", municipalities: ["Cancún", "Playa del Carmen", "Tulum"], areaCodes: ["998", "984"]),
        Region(state: "Oaxaca", municipalities: ["Oaxaca de Juárez", "Santa Lucía del Camino", "Huatulco"], areaCodes: ["951"]),
        Region(state: "Guanajuato", municipalities: ["León", "Guanajuato", "San Miguel de Allende", "Celaya"], areaCodes: ["477", "473", "415"]),
        Region(state: "Estado de México", municipalities: ["Toluca", "Naucalpan", "Metepec", "Tlalnepantla"], areaCodes: ["722", "55"]),
        Region(state: "Veracruz", municipalities: ["Veracruz", "Xalapa", "Boca del Río"], areaCodes: ["229", "228"]),
        Region(state: "Baja California", municipalities: ["Tijuana", "Ensenada", "Mexicali"], areaCodes: ["664", "646"]),
        Region(state: "Michoacán", municipalities: ["Morelia", "Pátzcuaro", "Uruapan"], areaCodes: ["443"]),
        Region(state: "Chiapas", municipalities: ["Tuxtla Gutiérrez", "San Cristóbal de las Casas"], areaCodes: ["961", "967"]),
    ]

    static let streets = [
        "Av. Paseo de la Reforma", "Calle Madero", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Juárez", "Calle Hidalgo",
        "Av. Revolución", "Calle Morelos", "Av. Constitución", "Calle Allende", "Av. Vallarta", "Calle Zaragoza",
        "Calzada de Tlalpan", "Av. Universidad", "Calle Guerrero", "Privada de los Pinos", "Calle Jacarandas",
    ]

    static let emailDomains = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx", "icloud.com"]

    /// What a coordinator notes about how a client arrived, by source.
    static let acquisitionDetails: [String: [String]] = [
        "SOCIAL_MEDIA": ["Instagram, anuncio de bodas", "Facebook, grupo de novias", "TikTok, video de XV años"],
        "REFERRAL": ["Recomendación de una boda anterior", "Referido por el salón de eventos", "Recomendación familiar"],
        "GOOGLE": ["Búsqueda: organizador de bodas", "Google Maps", "Búsqueda: eventos corporativos"],
        "WEBSITE": ["Formulario de contacto", "Cotizador en línea"],
        "DIRECT": ["Visitó la oficina", "Llamada directa", "Expo Novias"],
        "OTHER": ["Feria de proveedores", "Revista de bodas"],
    ]

    static let venues = [
        "Hacienda San Gabriel", "Jardín Los Laureles", "Salón Versalles", "Quinta Real", "Ex Convento de San Hipólito",
        "Terraza del Mar", "Casa Lamm", "Rancho Santa Fe",
    ]

    static let notes = [
        "Prefiere contacto por WhatsApp por las tardes.",
        "Pidió cotización con y sin banquete.",
        "Presupuesto aprobado por la familia; falta anticipo.",
        "Requiere factura a nombre de la empresa.",
        "Evento al aire libre: plan B con carpa.",
    ]
}
