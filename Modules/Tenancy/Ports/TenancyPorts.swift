/// The ports the Tenancy module's resolvers call, wired by the gateway.
package struct TenancyPorts: Sendable {
    package var clientAssignments: any ClientAssignments
    package var loginBindings: any LoginBindings

    package init(clientAssignments: any ClientAssignments, loginBindings: any LoginBindings) {
        self.clientAssignments = clientAssignments
        self.loginBindings = loginBindings
    }
}
