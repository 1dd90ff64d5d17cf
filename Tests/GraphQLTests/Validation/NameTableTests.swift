import GraphQL
import Testing

@Suite struct NameTableTests {
    @Test func findsEveryNameItWasGiven() {
        var table = NameTable()
        let names = (0..<1_000).map { "name\($0)" } + ["", "é", "a long name that is not stored inline in the string", "🙂"]
        for (offset, name) in names.enumerated() {
            table.set(name, to: Int32(offset))
        }
        #expect(table.count == names.count)
        for (offset, name) in names.enumerated() {
            #expect(table.value(of: name) == Int32(offset))
        }
        #expect(table.value(of: "name1000") == nil)
        #expect(table.value(of: "nam") == nil)
    }

    @Test func replacesTheNumberOfANameSetTwice() {
        var table = NameTable()
        table.set("id", to: 1)
        table.set("id", to: 2)
        #expect(table.count == 1)
        #expect(table.value(of: "id") == 2)
    }

    @Test func keepsTheNamesOfEachOwnerApart() {
        var table = NameTable()
        table.set("id", in: 3, to: 30)
        table.set("id", in: 4, to: 40)
        #expect(table.value(of: "id", in: 3) == 30)
        #expect(table.value(of: "id", in: 4) == 40)
        #expect(table.value(of: "id") == nil)
        #expect(table.value(of: "id", in: 5) == nil)
    }

    @Test func answersTheSameAfterFallingBackToADictionary() {
        // Without room to probe, the first collision moves the entries to a dictionary.
        var table = NameTable(probeLimit: 0)
        let names = (0..<200).map { "field\($0)" }
        for (offset, name) in names.enumerated() {
            table.set(name, in: Int32(offset % 3), to: Int32(offset))
        }
        #expect(table.hasFallenBack)
        #expect(table.count == names.count)
        for (offset, name) in names.enumerated() {
            #expect(table.value(of: name, in: Int32(offset % 3)) == Int32(offset))
            #expect(table.value(of: name, in: 3) == nil)
        }
        table.set("field0", in: 0, to: -1)
        #expect(table.value(of: "field0") == -1)
    }

    @Test func hashesEqualStringsAlikeWhateverTheirForm() {
        // A bridged or sliced string hashes as the same characters written directly.
        let written = "clientName"
        let built = String("xclientNamex".dropFirst().dropLast())
        #expect(NameTable.hash(written, seed: 7) == NameTable.hash(built, seed: 7))
        #expect(NameTable.hash(written, seed: 7) != NameTable.hash(written, seed: 8))
    }
}
