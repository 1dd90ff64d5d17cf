import Tenancy

/// The value behind `ClientPage` and `EventPage`: the page's records with the shared `meta` and
/// `pageInfo`, computed when the list is read so that their resolvers only read.
struct RecordPage<Record: Sendable>: Sendable {
    let data: [Record]
    let meta: PageMeta
    let pageInfo: PageInfo
}
