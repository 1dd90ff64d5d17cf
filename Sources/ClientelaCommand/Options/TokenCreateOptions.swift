package import Storage

/// The options of `clientela token create`, checked.
package struct TokenCreateOptions: Sendable, Equatable {
    package var database: DatabaseConfiguration
    /// The email of the token's user, as typed (the lookup ignores case).
    package var email: String
    package var name: String
    /// Days until the token expires; nil for a token that never does.
    package var expiresInDays: Int?

    package init(database: DatabaseConfiguration, email: String, name: String, expiresInDays: Int?) {
        self.database = database
        self.email = email
        self.name = name
        self.expiresInDays = expiresInDays
    }

    /// - Throws: ``UsageError`` for a missing user or name, a name over 100 characters, an
    ///   expiry that is neither `never` nor a whole number of days from 1 to 3650, or a database
    ///   URL that cannot be used.
    package init(_ values: FlagValues) throws(UsageError) {
        database = try OptionValues.database(values)
        for flag in [FlagSpecification.user, .tokenName] where values[flag].origin == .defaultValue {
            throw UsageError("\(flag.spelling) \(flag.valueName) is required (or \(flag.environmentVariable))", command: values.command)
        }
        email = try values.convert(.user, expected: "an email address") { text in
            let trimmed = text.trimmingWhitespace()
            return trimmed.contains("@") && !trimmed.contains(where: \.isWhitespace) ? trimmed : nil
        }
        name = try values.convert(.tokenName, expected: "a name of 1 to 100 characters") { text in
            let trimmed = text.trimmingWhitespace()
            return (1...100).contains(trimmed.count) ? trimmed : nil
        }
        expiresInDays = try values.convert(.expiresIn, expected: "'never' or a whole number of days from 1 to 3650") { text -> Int?? in
            if text == "never" { return .some(nil) }
            guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let days = Int(text), (1...3650).contains(days)
            else { return nil }
            return .some(days)
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
