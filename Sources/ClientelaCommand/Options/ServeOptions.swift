package import Storage

/// The options of `clientela serve`, checked.
package struct ServeOptions: Sendable, Equatable {
    package var host: String
    /// 0 asks the system for a free port.
    package var port: Int
    package var database: DatabaseConfiguration
    /// How long requests in flight may take to finish after SIGINT or SIGTERM.
    package var gracePeriod: Duration
    /// How long one GraphQL request may run (the engine's ``ExecutionLimits/deadline``): long
    /// enough for any honest query at the default of 10 seconds; a deployment on slow or shared
    /// machines (or a test suite that loads its two cores with everything else) raises it.
    package var requestDeadline: Duration

    package init(host: String, port: Int, database: DatabaseConfiguration, gracePeriod: Duration, requestDeadline: Duration = .seconds(10)) {
        self.host = host
        self.port = port
        self.database = database
        self.gracePeriod = gracePeriod
        self.requestDeadline = requestDeadline
    }

    /// - Throws: ``UsageError`` for an empty or spaced host, a port outside 0–65535, a database
    ///   URL that cannot be used, a grace period that is not a number of seconds from 0 to 3600,
    ///   a request deadline that is not one from 0.001 to 3600.
    package init(_ values: FlagValues) throws(UsageError) {
        host = try values.convert(.host, expected: "an address or host name") { text in
            text.isEmpty || text.contains(where: \.isWhitespace) ? nil : text
        }
        port = try values.convert(.port, expected: "a port number from 0 to 65535", OptionValues.port)
        database = try OptionValues.database(values)
        gracePeriod = try values.convert(.gracePeriod, expected: "a number of seconds from 0 to 3600, such as 10 or 2.5", OptionValues.seconds)
        requestDeadline = try values.convert(.requestDeadline, expected: "a number of seconds from 0.001 to 3600, such as 10 or 2.5") { text in
            OptionValues.seconds(text).flatMap { $0 > .zero ? $0 : nil }
        }
    }
}
