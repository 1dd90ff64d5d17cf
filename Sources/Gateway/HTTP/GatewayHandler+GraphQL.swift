import GraphQL
import HTTPServer

extension GatewayHandler {
    /// `GET`, `HEAD` or `POST /graphql`, in this order of checks:
    /// 1. `Accept` negotiation: 406 when neither GraphQL response type is acceptable (nothing
    ///    else can be answered in a type the client reads).
    /// 2. Authentication: 401 UNAUTHENTICATED, before the body is even read; 503 when the
    ///    credentials cannot be checked.
    /// 3. The parameters: POST needs `application/json` in UTF-8 (else 415); then 400/422 as
    ///    ``GraphQLHTTPParameters`` says.
    /// 4. Preparing the document with ``Engine/prepare(_:)`` (parse and validate, or the engine's
    ///    cache of documents seen before): 400 when it does not parse, 422 for a size limit or a
    ///    validation failure.
    /// 5. Choosing the operation, and for GET or HEAD refusing a mutation with 405 and
    ///    `Allow: POST`, so it is never executed. An invalid mutation over GET is therefore 422
    ///    like any invalid document: a document must be valid before its operation is trusted.
    /// 6. Execution: variables (422), limits (422), the result (200/294).
    ///
    /// Every answer varies with `Accept` and may hold a caller's private data, hence `Vary` and
    /// `Cache-Control: no-store` on all of them.
    @inline(__always)
    func serveGraphQL(_ request: HTTPRequest, requestId: RequestID) async -> Reply {
        var reply = await negotiateAndRun(request, requestId: requestId)
        reply.response.headers.replace("Vary", "Accept")
        reply.response.headers.replace("Cache-Control", "no-store")
        return reply
    }

    @inline(__always)
    private func negotiateAndRun(_ request: HTTPRequest, requestId: RequestID) async -> Reply {
        guard let mediaType = ResponseMediaType.negotiate(remembering: request.headers.combinedValue("Accept")) else {
            return .error(GraphQLHTTPError(
                .notAcceptable,
                "None of the accepted media types can be served; accept application/graphql-response+json or application/json.",
                code: .notAcceptable))
        }
        let context: any RequestContext
        let userId: String?
        switch await authenticator.authenticate(request, requestId: requestId.text) {
        case .authenticated(let authenticatedContext, let authenticatedUser):
            context = authenticatedContext
            userId = authenticatedUser
        case .refused(let reason):
            return .error(
                GraphQLHTTPError(.unauthorized, reason, code: .unauthenticated, headers: ["WWW-Authenticate": "Bearer"]),
                contentType: mediaType.contentType)
        case .unavailable(let error):
            accessLog.recordInternalError(error, requestId: requestId.text)
            return .error(
                GraphQLHTTPError(
                    .serviceUnavailable, "Internal server error: credentials cannot be checked right now.",
                    code: .internalServerError, extensions: ["requestId": .string(requestId.text)]),
                contentType: mediaType.contentType)
        }
        // The user id goes down with the request rather than onto the returned reply: setting
        // it afterwards copied the whole reply (a retain per array and string in it).
        return await execute(request, mediaType: mediaType, context: context, userId: userId)
    }

    @inline(__always)
    private func execute(_ request: HTTPRequest, mediaType: ResponseMediaType, context: any RequestContext, userId: String?) async -> Reply {
        let isSafeMethod = request.method != "POST"
        let parameters: GraphQLHTTPParameters
        do {
            parameters = isSafeMethod ? try GraphQLHTTPParameters(queryItems: request.queryItems) : try Self.readBody(of: request)
        } catch {
            var reply = Reply.error(error, contentType: mediaType.contentType)
            reply.userId = userId
            return reply
        }
        let prepared: PreparedDocument
        switch engine.prepare(parameters.query) {
        case .success(let document): prepared = document
        case .failure(let failure):
            return Self.reply(.requestError(failure.errors), mediaType: mediaType, operationName: parameters.operationName, userId: userId)
        }
        let operation = prepared.document.operationHeading(named: parameters.operationName)
        let operationName = parameters.operationName ?? operation?.name
        if isSafeMethod, operation?.type == .mutation {
            var reply = Reply.error(
                GraphQLHTTPError(
                    .methodNotAllowed, "A mutation cannot be sent with \(request.method); send it with POST.",
                    code: .methodNotAllowed, headers: ["Allow": "POST"]),
                contentType: mediaType.contentType)
            reply.operationName = operationName
            reply.userId = userId
            return reply
        }
        let response = await engine.execute(prepared, operationName: parameters.operationName, variables: parameters.variables, context: context)
        return Self.reply(response, mediaType: mediaType, operationName: operationName, userId: userId)
    }

    /// The `Content-Type` values seen, and whether each is JSON in UTF-8.
    private static let jsonContentTypes = HeaderValueMemo<Bool>()

    /// A POST body, once its `Content-Type` is known to be JSON in UTF-8.
    private static func readBody(of request: HTTPRequest) throws(GraphQLHTTPError) -> GraphQLHTTPParameters {
        guard let field = request.headers["Content-Type"], jsonContentTypes.answer(for: field, computing: MediaType.isJSONInUTF8) else {
            throw GraphQLHTTPError(
                .unsupportedMediaType, "A POST to /graphql must have Content-Type: application/json (UTF-8).",
                code: .unsupportedMediaType)
        }
        return try GraphQLHTTPParameters(jsonBody: request.body)
    }

    private static func reply(_ response: GraphQLResponse, mediaType: ResponseMediaType, operationName: String?, userId: String?) -> Reply {
        // Room for the fields `serveGraphQL` and `handle` set, so the list is allocated once.
        var headers = HTTPHeaders()
        headers.reserveCapacity(6)
        headers.add("Content-Type", mediaType.contentType)
        return Reply(
            response: HTTPResponse(
                status: ResponseStatus.of(response, as: mediaType),
                headers: headers,
                body: response.jsonBytes()),
            operationName: operationName,
            userId: userId,
            errorCodes: response.errors.map { $0.code?.rawValue ?? "UNCODED" })
    }
}
