package import Foundation
package import GraphQL
import Storage
package import Tenancy

/// `CreateEventInput` and `UpdateEventInput`, checked: a name of 1 to 255 characters after
/// trimming, a period whose end is not before its start, a status.
///
/// The organization and the client are references, which the resolver checks in storage.
package enum EventInput {
    /// The longest event name.
    package static let maximumNameLength = 255

    /// What `CreateEventInput` asks for.
    package struct Creation: Sendable, Hashable {
        /// `organizationId` as written; the resolver decides what it means for the caller.
        package var organizationID: String?
        package var name: String
        package var startsAt: Date?
        package var endsAt: Date?
        package var status: EventStatus
        /// `clientId` as written, nil when left out or null.
        package var clientID: String?
    }

    /// Checks a `CreateEventInput`.
    ///
    /// - Throws: ``ResolverError`` BAD_USER_INPUT naming the field.
    package static func creating(_ input: InputObject) throws(ResolverError) -> Creation {
        let startsAt = try date(input, "startsAt")
        let endsAt = try date(input, "endsAt")
        try checkPeriod(startsAt: startsAt, endsAt: endsAt, blame: "endsAt")
        return Creation(
            organizationID: input.string("organizationId"),
            name: try name(try input.required("name")),
            startsAt: startsAt, endsAt: endsAt,
            status: try input.enumeration("status", as: EventStatus.self) ?? .default,
            clientID: input.string("clientId"))
    }

    /// `event` changed by an `UpdateEventInput`: left out keeps a field, `null` clears a date;
    /// the name and the status cannot be cleared.
    ///
    /// - Throws: ``ResolverError`` BAD_USER_INPUT naming the field; a period that would end before
    ///   it starts names the field the input changed (`endsAt` when it changed both).
    package static func updating(_ event: Event, with input: InputObject) throws(ResolverError) -> Event {
        var changed = event
        if input.has("name") {
            guard let text = input.string("name") else { throw .badUserInput("name cannot be cleared.", field: "name") }
            changed.name = try name(text)
        }
        if input.has("startsAt") { changed.startsAt = try date(input, "startsAt") }
        if input.has("endsAt") { changed.endsAt = try date(input, "endsAt") }
        if input.has("status") {
            guard let status = try input.enumeration("status", as: EventStatus.self) else {
                throw .badUserInput("status cannot be cleared.", field: "status")
            }
            changed.status = status
        }
        try checkPeriod(startsAt: changed.startsAt, endsAt: changed.endsAt, blame: input.has("endsAt") ? "endsAt" : "startsAt")
        return changed
    }

    private static func name(_ text: String) throws(ResolverError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .badUserInput("name must not be empty.", field: "name") }
        guard trimmed.count <= maximumNameLength else {
            throw .badUserInput("name must be at most \(maximumNameLength) characters.", field: "name")
        }
        return trimmed
    }

    private static func date(_ input: InputObject, _ field: String) throws(ResolverError) -> Date? {
        guard let text = input.string(field) else { return nil }
        guard let date = Timestamp.parse(text) else { throw .badUserInput("\(field) is not a date-time.", field: field) }
        return date
    }

    private static func checkPeriod(startsAt: Date?, endsAt: Date?, blame field: String) throws(ResolverError) {
        if let startsAt, let endsAt, endsAt < startsAt {
            throw .badUserInput("endsAt must not be before startsAt.", field: field)
        }
    }
}
