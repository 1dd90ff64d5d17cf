/// The fields of one level that resolve asynchronously, ready to run concurrently.
struct AsyncCall: Sendable {
    enum Body: Sendable {
        case single(FieldResolver.AsyncBody, any Sendable)
        case batch(FieldResolver.BatchBody, [any Sendable])
    }

    enum Outcome: Sendable {
        case single(Result<FieldValue, any Error>)
        case batch(Result<[FieldValue], any Error>)
    }

    let body: Body
    let arguments: Arguments
    let context: ResolveContext

    func run() async -> Outcome {
        switch body {
        case .single(let resolve, let source):
            do { return .single(.success(try await resolve(source, arguments, context))) } catch { return .single(.failure(error)) }
        case .batch(let resolve, let sources):
            do { return .batch(.success(try await resolve(sources, arguments, context))) } catch { return .batch(.failure(error)) }
        }
    }

    /// Runs the calls, one directly, several concurrently, and returns outcomes in call order.
    static func run(_ calls: [AsyncCall]) async -> [Outcome] {
        if calls.count == 1 { return [await calls[0].run()] }
        return await withTaskGroup(of: (Int, Outcome).self) { group in
            for (index, call) in calls.enumerated() {
                group.addTask { (index, await call.run()) }
            }
            var outcomes = [Outcome?](repeating: nil, count: calls.count)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes.map { $0! }
        }
    }
}

/// Where the outcome of an ``AsyncCall`` goes.
struct AsyncTarget {
    let field: PlannedField
    let slots: [Int]
}
