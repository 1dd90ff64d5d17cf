import GraphQL
import Testing

@Suite struct JSNumberTextTests {
    @Test(arguments: [
        (1.0, "1"), (-2.0, "-2"), (0.0, "0"), (-0.0, "0"), (1.5, "1.5"), (0.1, "0.1"), (100.25, "100.25"),
        (1e21, "1e+21"), (1e20, "100000000000000000000"), (123456789012345680000.0, "123456789012345680000"),
        (0.000001, "0.000001"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (2.5e25, "2.5e+25"), (0.00001, "0.00001"),
        (1234.5678, "1234.5678"), (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    ])
    func writesNumbersAsJavaScriptDoes(number: Double, text: String) {
        #expect(JSNumberText.text(of: number) == text)
    }
}
