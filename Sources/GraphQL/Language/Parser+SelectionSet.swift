extension Parser {
    /// `SelectionSet : { Selection+ }`
    ///
    /// Nested selection sets are read with a stack of open sets on the heap rather than by
    /// recursion, so that no document, however deep, can exhaust the thread's stack; the depth
    /// limit is counted all the same.
    mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        var open = [try openSelectionSet(for: .operation)]
        while true {
            let top = open.count - 1
            // `Selection+`: a set holds at least one selection, so `}` closes only a non-empty one.
            if !open[top].selections.isEmpty, try expectOptional(.braceRight) {
                let closed = open.removeLast()
                leaveNesting()
                let selection: Selection
                switch closed.close(end: lastEnd) {
                case .operation(let selectionSet):
                    return selectionSet
                case .selection(let nested):
                    selection = nested
                }
                open[open.count - 1].selections.append(selection)
                continue
            }
            switch try parseSelection() {
            case .complete(let selection):
                open[top].selections.append(selection)
            case .awaitingSelectionSet(let owner):
                open.append(try openSelectionSet(for: owner))
            }
        }
    }

    /// Reads the `{` of a selection set, counting one more level of nesting.
    private mutating func openSelectionSet(for owner: consuming OpenSelectionSet.Owner) throws(SyntaxError) -> OpenSelectionSet {
        let start = token.start
        try enterNesting()
        try expect(.braceLeft)
        var open = OpenSelectionSet(start: start, owner: owner)
        open.selections.reserveCapacity(4)  // most sets hold a few selections: one allocation
        return open
    }

    /// `Selection : Field | FragmentSpread | InlineFragment`, up to its selection set, which
    /// ``parseSelectionSet()`` reads. Inlined with ``parseField()`` into the loop, which saves a
    /// copy of each field (measured).
    @inline(__always)
    private mutating func parseSelection() throws(SyntaxError) -> SelectionHead {
        if peek(.spread) { return try parseFragment() }
        let field = try parseField()
        return peek(.braceLeft) ? .awaitingSelectionSet(.field(field)) : .complete(.field(field))
    }

    /// `Field : Alias? Name Arguments? Directives? SelectionSet?`, with `Alias : Name :`, up to
    /// the selection set.
    @inline(__always)
    private mutating func parseField() throws(SyntaxError) -> Field {
        let start = token
        let nameOrAlias = try parseName()
        var alias: Name?
        var name = nameOrAlias
        if try expectOptional(.colon) {
            alias = nameOrAlias
            name = try parseName()
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        return Field(alias: alias, name: name, arguments: arguments, directives: directives, location: location(from: start))
    }

    /// ```
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// ```
    /// An inline fragment is read up to its selection set.
    private mutating func parseFragment() throws(SyntaxError) -> SelectionHead {
        let start = try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition, peek(.name) {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .complete(.fragmentSpread(FragmentSpread(name: name, directives: directives, location: location(from: start))))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        return .awaitingSelectionSet(.inlineFragment(InlineFragment(
            typeCondition: typeCondition,
            directives: directives,
            selectionSet: SelectionSet(selections: []),
            location: location(from: start)
        )))
    }
}

/// A selection set being read by ``Parser/parseSelectionSet()``.
private struct OpenSelectionSet {
    /// Offset of the `{`.
    var start: Int
    var selections: [Selection] = []
    var owner: Owner

    /// What the set belongs to, complete but for the set itself.
    enum Owner {
        case operation
        case field(Field)
        case inlineFragment(InlineFragment)
    }
}

extension OpenSelectionSet {
    /// What closing the set gives: the operation's or fragment's selection set, or the field or
    /// inline fragment that owns it, now complete.
    enum Closed {
        case operation(SelectionSet)
        case selection(Selection)
    }

    /// Closes the set at `end`. Consuming, so that the owner moves into the result uncopied.
    consuming func close(end: Int) -> Closed {
        let selectionSet = SelectionSet(selections: selections, location: Location(start: start, end: end))
        switch owner {
        case .operation:
            return .operation(selectionSet)
        case .field(var field):
            field.selectionSet = selectionSet
            field.location.end = end
            return .selection(.field(field))
        case .inlineFragment(var fragment):
            fragment.selectionSet = selectionSet
            fragment.location.end = end
            return .selection(.inlineFragment(fragment))
        }
    }
}

/// A selection as far as it can be read without its selection set.
private enum SelectionHead {
    case complete(Selection)
    case awaitingSelectionSet(OpenSelectionSet.Owner)
}
