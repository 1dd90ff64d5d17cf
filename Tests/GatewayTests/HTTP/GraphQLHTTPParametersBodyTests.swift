import Gateway
import GraphQL
import HTTPServer
import Testing

/// `GraphQLHTTPParameters(jsonBody:)` reads the envelope's keys as the body is parsed: a
/// repeated key, a null, and JSON broken after a shape error must come out as they did when
/// the whole object was parsed first.
@Suite struct GraphQLHTTPParametersBodyTests {
    private func read(_ body: String) -> Result<GraphQLHTTPParameters, GraphQLHTTPError> {
        Result { () throws(GraphQLHTTPError) in try GraphQLHTTPParameters(jsonBody: Array(body.utf8)) }
    }

    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        let parameters = try read(#"{"query":42,"operationName":"A","query":"{ b }","variables":{"x":1},"variables":null}"#).get()
        #expect(parameters == GraphQLHTTPParameters(query: "{ b }", operationName: "A", variables: nil))
        let last = read(#"{"query":"{ a }","query":null}"#)
        #expect(throws: GraphQLHTTPError.self) { try last.get() }
        if case .failure(let error) = last { #expect(error.message == "\"query\" must be a string.") }
    }

    /// Unreadable JSON anywhere is 400, even after a member that is already of the wrong shape.
    @Test func unreadableJSONWinsOverAShapeError() {
        guard case .failure(let error) = read(#"{"query":42,"other":[1,}"#) else {
            Issue.record("accepted")
            return
        }
        #expect(error.status == .badRequest)
        #expect(error.message.hasPrefix("The request body is not valid JSON: "))
    }

    @Test func aBodyThatIsNoObjectIs422AndAnObjectWithoutQueryNamesIt() {
        guard case .failure(let notObject) = read(#"["query"]"#), case .failure(let noQuery) = read(#"{"operationName":"A"}"#) else {
            Issue.record("accepted")
            return
        }
        #expect(notObject.status == .unprocessableContent)
        #expect(notObject.message == "The request body must be a JSON object with a \"query\" string.")
        #expect(noQuery.message == "The request has no \"query\".")
    }
}
