import ClientelaCommand
import Storage
import Testing

@Suite struct CommandLineParserTests {
    private func parse(_ arguments: [String], environment: [String: String] = [:]) throws(UsageError) -> Invocation {
        try CommandLineParser.parse(arguments, environment: environment)
    }

    private func serveOptions(_ arguments: [String], environment: [String: String] = [:]) throws -> ServeOptions {
        guard case .serve(let options) = try parse(["serve"] + arguments, environment: environment) else {
            Issue.record("not parsed as serve")
            throw UsageError("not serve")
        }
        return options
    }

    private func usageError(_ arguments: [String], environment: [String: String] = [:]) -> String? {
        do {
            _ = try parse(arguments, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: Defaults, flags, variables

    @Test func serveDefaultsToLoopback8080AndTheLocalSQLiteFile() throws {
        let options = try serveOptions([])
        #expect(options == ServeOptions(host: "127.0.0.1", port: 8080, database: .sqlite(.file("./clientela.sqlite")), gracePeriod: .seconds(10)))
    }

    @Test func seedDemoReadsItsClientCountFromTheFlagOrItsVariable() throws {
        let database = DatabaseConfiguration.sqlite(.file("./clientela.sqlite"))
        #expect(try parse(["seed-demo"]) == .seedDemo(SeedDemoOptions(database: database, clients: nil)))
        #expect(try parse(["seed-demo", "--clients", "1_000_000"]) == .seedDemo(SeedDemoOptions(database: database, clients: 1_000_000)))
        #expect(try parse(["seed-demo", "--clients=2,500"]) == .seedDemo(SeedDemoOptions(database: database, clients: 2_500)))
        #expect(try parse(["seed-demo"], environment: ["CLIENTELA_SEED_CLIENTS": "40"]) == .seedDemo(SeedDemoOptions(database: database, clients: 40)))
        #expect(try parse(["seed-demo"], environment: ["CLIENTELA_SEED_CLIENTS": ""]) == .seedDemo(SeedDemoOptions(database: database, clients: nil)))
        #expect(usageError(["seed-demo"], environment: ["CLIENTELA_SEED_CLIENTS": "lots"])
            == "clientela: CLIENTELA_SEED_CLIENTS is 'lots', which is not a whole number of clients from 1 to 10000000; see 'clientela seed-demo --help'")
    }

    @Test func readsBothFlagForms() throws {
        let spaced = try serveOptions(["--host", "0.0.0.0", "--port", "9090", "--database", "/tmp/x.sqlite", "--grace-period", "2.5"])
        let joined = try serveOptions(["--host=0.0.0.0", "--port=9090", "--database=/tmp/x.sqlite", "--grace-period=2.5"])
        #expect(spaced == joined)
        #expect(spaced == ServeOptions(host: "0.0.0.0", port: 9090, database: .sqlite(.file("/tmp/x.sqlite")), gracePeriod: .milliseconds(2500)))
    }

    @Test func everyFlagHasAnEnvironmentTwin() throws {
        let environment = [
            "CLIENTELA_HOST": "::1", "CLIENTELA_PORT": "0", "CLIENTELA_DATABASE": ":memory:", "CLIENTELA_GRACE_PERIOD": "0",
        ]
        let options = try serveOptions([], environment: environment)
        #expect(options == ServeOptions(host: "::1", port: 0, database: .sqlite(.memory), gracePeriod: .zero))
        guard case .migrate(let migrate) = try parse(["migrate"], environment: environment) else {
            Issue.record("not parsed as migrate")
            return
        }
        #expect(migrate.database == .sqlite(.memory))
    }

    @Test func aFlagBeatsItsVariable() throws {
        let options = try serveOptions(["--port", "7000"], environment: ["CLIENTELA_PORT": "not a port", "CLIENTELA_HOST": "10.0.0.1"])
        #expect(options.port == 7000)
        #expect(options.host == "10.0.0.1")
    }

    @Test func anEmptyVariableCountsAsUnset() throws {
        #expect(try serveOptions([], environment: ["CLIENTELA_PORT": ""]).port == 8080)
    }

    @Test func aPostgresURLSelectsPostgres() throws {
        let options = try serveOptions(["--database", "postgres://app:secret@db.internal:5432/clientela"])
        guard case .postgres = options.database else {
            Issue.record("expected PostgreSQL, got \(options.database)")
            return
        }
    }

    @Test(arguments: [("0", 0), ("1", 1), ("65535", 65_535), ("08080", 8080)])
    func acceptsEveryPortInRange(text: String, port: Int) throws {
        #expect(try serveOptions(["--port", text]).port == port)
    }

    @Test func parsesTheOtherCommands() throws {
        #expect(try parse(["schema", "print"]) == .schemaPrint)
        #expect(try parse(["--version"]) == .version)
        #expect(try parse(["migrate", "--database", "sqlite:/tmp/a.sqlite"]) == .migrate(MigrateOptions(database: .sqlite(.file("/tmp/a.sqlite")))))
    }

    @Test func helpWinsWhereverItIsAsked() throws {
        #expect(try parse(["--help"]) == .help([]))
        #expect(try parse(["-h"]) == .help([]))
        #expect(try parse(["serve", "--help"]) == .help(["serve"]))
        #expect(try parse(["serve", "--port", "99999", "-h"]) == .help(["serve"]))
        #expect(try parse(["migrate", "--help"]) == .help(["migrate"]))
        #expect(try parse(["schema", "--help"]) == .help(["schema"]))
        #expect(try parse(["schema", "print", "--help"]) == .help(["schema", "print"]))
    }

    // MARK: Usage errors: one line naming the problem and the help

    @Test(arguments: [
        ([], "clientela: no command given; see 'clientela --help'"),
        (["frobnicate"], "clientela: unknown command 'frobnicate'; see 'clientela --help'"),
        (["token", "create"], "clientela: --user EMAIL is required (or CLIENTELA_TOKEN_USER); see 'clientela token create --help'"),
        (["token"], "clientela: 'token' needs a subcommand: create; see 'clientela token --help'"),
        (["seed-demo", "--clients", "0"], "clientela: --clients is '0', which is not a whole number of clients from 1 to 10000000; see 'clientela seed-demo --help'"),
        (["import"], "clientela: unknown command 'import'; see 'clientela --help'"),
        (["schema"], "clientela: 'schema' needs a subcommand: print; see 'clientela schema --help'"),
        (["schema", "dump"], "clientela: unknown command 'schema dump'; 'schema' has: print; see 'clientela schema --help'"),
        (["--port", "80", "serve"], "clientela: the flag '--port' goes after a command, as in 'clientela serve --port'; see 'clientela --help'"),
        (["--bogus"], "clientela: unknown flag '--bogus'; see 'clientela --help'"),
        (["--version", "serve"], "clientela: unexpected argument 'serve' after --version; see 'clientela --help'"),
        (["serve", "--bogus"], "clientela: unknown flag '--bogus' for 'serve'; see 'clientela serve --help'"),
        (["serve", "--bogus=1"], "clientela: unknown flag '--bogus' for 'serve'; see 'clientela serve --help'"),
        (["serve", "-p", "80"], "clientela: unknown flag '-p' for 'serve'; see 'clientela serve --help'"),
        (["serve", "extra"], "clientela: unexpected argument 'extra' for 'serve'; see 'clientela serve --help'"),
        (["serve", "--port"], "clientela: the flag --port needs a value (PORT); see 'clientela serve --help'"),
        (["serve", "--port", "--host", "x"], "clientela: the flag --port needs a value (PORT); see 'clientela serve --help'"),
        (["serve", "--port", "1", "--port", "2"], "clientela: the flag --port is given twice; see 'clientela serve --help'"),
        (["serve", "--port", "65536"], "clientela: --port is '65536', which is not a port number from 0 to 65535; see 'clientela serve --help'"),
        (["serve", "--port=-1"], "clientela: --port is '-1', which is not a port number from 0 to 65535; see 'clientela serve --help'"),
        (["serve", "--port", "http"], "clientela: --port is 'http', which is not a port number from 0 to 65535; see 'clientela serve --help'"),
        (["serve", "--port="], "clientela: --port is '', which is not a port number from 0 to 65535; see 'clientela serve --help'"),
        (["serve", "--host="], "clientela: --host is '', which is not an address or host name; see 'clientela serve --help'"),
        (["serve", "--grace-period", "1e3"], "clientela: --grace-period is '1e3', which is not a number of seconds from 0 to 3600, such as 10 or 2.5; see 'clientela serve --help'"),
        (["serve", "--grace-period", "3601"], "clientela: --grace-period is '3601', which is not a number of seconds from 0 to 3600, such as 10 or 2.5; see 'clientela serve --help'"),
        (["serve", "--database="], "clientela: --database is not a usable database: the database URL names no file; see 'clientela serve --help'"),
        (["migrate", "--port", "1"], "clientela: unknown flag '--port' for 'migrate'; see 'clientela migrate --help'"),
        (["schema", "print", "--database", "x"], "clientela: unknown flag '--database' for 'schema print'; see 'clientela schema print --help'"),
    ] as [([String], String)])
    func refusesABadCommandLineInOneLine(arguments: [String], message: String) {
        #expect(usageError(arguments) == message)
    }

    @Test func aBadVariableIsNamedAsTheVariable() {
        #expect(usageError(["serve"], environment: ["CLIENTELA_PORT": "eighty"])
            == "clientela: CLIENTELA_PORT is 'eighty', which is not a port number from 0 to 65535; see 'clientela serve --help'")
        #expect(usageError(["serve"], environment: ["CLIENTELA_GRACE_PERIOD": "-1"])
            == "clientela: CLIENTELA_GRACE_PERIOD is '-1', which is not a number of seconds from 0 to 3600, such as 10 or 2.5; see 'clientela serve --help'")
        #expect(usageError(["migrate"], environment: ["CLIENTELA_DATABASE": "postgres://app:secret@[bad"])?.hasPrefix("clientela: CLIENTELA_DATABASE is not a usable database: ") == true)
    }

    @Test func aBadDatabaseURLNeverEchoesItsPassword() {
        let message = usageError(["serve", "--database", "postgres://app:hunter2@db/x?pool_size=zero"]) ?? ""
        #expect(message.hasPrefix("clientela: --database is not a usable database"))
        #expect(!message.contains("hunter2"))
    }

    @Test(arguments: [
        ("0", Duration.zero), ("10", .seconds(10)), ("2.5", .milliseconds(2500)), ("0.001", .milliseconds(1)),
        ("1.2345", .milliseconds(1234)), ("3600", .seconds(3600)),
    ])
    func readsGracePeriodsToTheMillisecond(text: String, duration: Duration) throws {
        #expect(try serveOptions(["--grace-period", text]).gracePeriod == duration)
    }

    @Test(arguments: ["", ".5", "5.", "+1", "-0", " 1", "inf", "nan", "0x10", "1,5"])
    func refusesGracePeriodsThatAreNotPlainSeconds(text: String) {
        #expect(usageError(["serve", "--grace-period=\(text)"])?.contains("is not a number of seconds") == true)
    }

    @Test func readsARequestDeadlineFromTheFlagOrItsVariable() throws {
        #expect(try serveOptions([]).requestDeadline == .seconds(10))
        #expect(try serveOptions(["--request-deadline", "2.5"]).requestDeadline == .milliseconds(2500))
        #expect(try serveOptions([], environment: ["CLIENTELA_REQUEST_DEADLINE": "30"]).requestDeadline == .seconds(30))
    }

    @Test(arguments: ["0", "0.0", "-1", "3601", "ten", ""])
    func refusesARequestDeadlineOutsideItsRange(text: String) {
        #expect(usageError(["serve", "--request-deadline=\(text)"])?.contains("is not a number of seconds from 0.001 to 3600") == true)
    }
}
