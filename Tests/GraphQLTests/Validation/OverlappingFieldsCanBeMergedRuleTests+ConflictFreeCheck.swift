import GraphQL
import Testing

/// Documents on both sides of the check that clears a selection set before any field is
/// compared (the same leaf repeated through fragments, fragments reached twice): what passes it
/// must be valid, and what it cannot clear must still be reported as graphql-js reports it.
extension OverlappingFieldsCanBeMergedRuleTests {
    @Test func acceptsTheSameLeafRepeatedThroughFragments() throws {
        try valid("""
              {
                dog { ...A ...B name barkVolume }
              }
              fragment A on Dog { name doesKnowCommand(dogCommand: SIT) }
              fragment B on Dog { name ...C }
              fragment C on Dog { barkVolume doesKnowCommand(dogCommand: SIT) }
        """)
    }

    @Test func acceptsAFragmentReachedThroughTwoOthers() throws {
        try valid("""
              {
                dog { ...A ...B }
              }
              fragment A on Dog { ...Shared nickname }
              fragment B on Dog { ...Shared barkVolume }
              fragment Shared on Dog { mother { name } name }
        """)
    }

    @Test func findsTheSameLeafWithOtherArgumentsThroughFragments() throws {
        try errors("""
              {
                dog { ...A ...B }
              }
              fragment A on Dog { ...C }
              fragment B on Dog { doesKnowCommand(dogCommand: HEEL) }
              fragment C on Dog { doesKnowCommand(dogCommand: SIT) }
        """, [
            ExpectedError(
                Self.conflict("doesKnowCommand", "they have differing arguments"),
                (7, 27), (6, 27)
            ),
        ])
    }

    @Test func findsALeafNamedAlikeOnAnotherTypeThroughAFragment() throws {
        try errors("""
              {
                catOrDog { ...OnDog ... on Cat { name: meowsVolume } }
              }
              fragment OnDog on Dog { name }
        """, [
            ExpectedError(
                Self.conflict("name", #"they return conflicting types "Int" and "String""#),
                (3, 42), (5, 31)
            ),
        ])
    }

    @Test func findsSubSelectionsThatConflictThroughAFragment() throws {
        try errors("""
              {
                dog { ...A mother { name: nickname } }
              }
              fragment A on Dog { mother { name } }
        """, [
            ExpectedError(
                Self.conflict("mother", #"subfields "name" conflict because "nickname" and "name" are different fields"#),
                (3, 20), (3, 29), (5, 27), (5, 36)
            ),
        ])
    }
}
