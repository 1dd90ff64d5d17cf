/// The coercions of the project's own scalars, attached by name to the scalars the SDL declares.
extension ScalarCoercion {
    /// `DateTime`: an instant as RFC 3339 text with a `Z` or a numeric offset
    /// (`2024-05-01T11:30:00+02:00`), always written back in UTC with `Z`
    /// (`2024-05-01T09:30:00Z`). Fractional seconds keep the digits they were given.
    ///
    /// - SeeAlso: https://www.rfc-editor.org/rfc/rfc3339#section-5.6
    package static let dateTime = ScalarCoercion(
        serialize: { value throws(CoercionError) in
            guard case .string(let text) = value else {
                throw CoercionError("DateTime cannot represent value: \(value.inspected)")
            }
            return .string(try DateTimeText.normalized(text))
        },
        parseValue: { value throws(CoercionError) in
            guard case .string(let text) = value else {
                throw CoercionError("DateTime cannot represent a non string value: \(value.inspected)")
            }
            return .string(try DateTimeText.normalized(text))
        },
        parseLiteral: { node throws(CoercionError) in
            guard case .string(let text, _) = node.kind else {
                throw CoercionError("DateTime cannot represent a non string value: \(LiteralText.of(node))")
            }
            return .string(try DateTimeText.normalized(text))
        }
    )

    /// `JSON`: any JSON value, unchanged. A literal is read as the JSON it spells: objects, lists,
    /// strings, numbers (integers stay integers while they fit 64 bits), booleans, `null`, and an
    /// enum-like name as a string. The executor substitutes variables nested in the literal before
    /// this runs, so a variable reaching it is a wiring error.
    package static let json = ScalarCoercion(
        serialize: { value throws(CoercionError) in value },
        parseValue: { value throws(CoercionError) in value },
        parseLiteral: { node throws(CoercionError) in try JSONLiteral.value(of: node) }
    )

    /// `Money`: an amount in minor units (cents) as a 64-bit integer, beyond 2^53 included. Inputs
    /// may also give the amount as a string of digits, for clients whose numbers are doubles;
    /// anything with a fraction is refused rather than rounded.
    package static let money = ScalarCoercion(
        serialize: { value throws(CoercionError) in
            switch value {
            case .int: return value
            case .float(let number):
                guard let exact = Int(exactly: number) else { throw MoneyText.notInteger(value) }
                return .int(exact)
            case .string(let text): return .int(try MoneyText.amount(text))
            default: throw CoercionError("Money cannot represent value: \(value.inspected)")
            }
        },
        parseValue: { value throws(CoercionError) in
            switch value {
            case .int: return value
            case .string(let text): return .int(try MoneyText.amount(text))
            default: throw MoneyText.notInteger(value)
            }
        },
        parseLiteral: { node throws(CoercionError) in
            switch node.kind {
            case .int(let text):
                guard let amount = Int(text) else {
                    throw CoercionError("Money cannot represent an amount beyond 64 bits: \(text)")
                }
                return .int(amount)
            case .string(let text, _):
                return .int(try MoneyText.amount(text))
            default:
                throw CoercionError("Money cannot represent a non-integer value: \(LiteralText.of(node)); amounts are integers in minor units, such as 1050 for 10.50")
            }
        }
    )
}

/// Reading `Money` amounts given as text.
private enum MoneyText {
    static func amount(_ text: String) throws(CoercionError) -> Int {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") }
        let wellFormed = !digits.isEmpty && text.utf8.count - digits.count <= 1
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard wellFormed else {
            throw CoercionError("Money cannot represent \(JSONWriter.quoted(text)): amounts are integers in minor units, such as \"1050\" for 10.50")
        }
        guard let amount = Int(text) else {
            throw CoercionError("Money cannot represent an amount beyond 64 bits: \(JSONWriter.quoted(text))")
        }
        return amount
    }

    static func notInteger(_ value: Value) -> CoercionError {
        let shown: String
        if case .float(let number) = value { shown = number.description } else { shown = value.inspected }
        return CoercionError("Money cannot represent a non-integer value: \(shown); amounts are integers in minor units, such as 1050 for 10.50")
    }
}

/// Converting a `JSON` literal to the value it spells.
private enum JSONLiteral {
    static func value(of node: ValueNode) throws(CoercionError) -> Value {
        switch node.kind {
        case .null: return .null
        case .boolean(let flag): return .bool(flag)
        case .int(let text):
            if let number = Int(text) { return .int(number) }
            return .float(Double(text) ?? .infinity)
        case .float(let text):
            guard let number = Double(text), number.isFinite else {
                throw CoercionError("JSON cannot represent non-finite number: \(text)")
            }
            return .float(number)
        case .string(let text, _), .enumValue(let text): return .string(text)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try value(of: item)) }
            return .list(values)
        case .object(let fields):
            var object = OrderedObject()
            for field in fields { object[field.name.value] = try value(of: field.value) }
            return .object(object)
        case .variable(let name):
            throw CoercionError("JSON literal holds the unresolved variable \"$\(name)\"")
        }
    }
}

/// Reading RFC 3339 date-times and writing them back in UTC.
enum DateTimeText {
    /// The instant `text` names, written `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
    ///
    /// - Throws: ``CoercionError`` saying which part is malformed or out of range.
    static func normalized(_ text: String) throws(CoercionError) -> String {
        let bytes = Array(text.utf8)
        var reader = Reader(bytes: bytes)
        func fail(_ reason: String) -> CoercionError {
            CoercionError("DateTime cannot represent \(JSONWriter.quoted(text)): \(reason); expected RFC 3339 such as \"2024-05-01T09:30:00Z\"")
        }
        guard let year = reader.digits(4), reader.expect("-"),
            let month = reader.digits(2), reader.expect("-"),
            let day = reader.digits(2)
        else { throw fail("the date is not YYYY-MM-DD") }
        guard reader.expect("T") || reader.expect("t") else { throw fail("the date and time are not separated by T") }
        guard let hour = reader.digits(2), reader.expect(":"),
            let minute = reader.digits(2), reader.expect(":"),
            let second = reader.digits(2)
        else { throw fail("the time is not HH:MM:SS") }
        var fraction: ArraySlice<UInt8> = []
        if reader.expect(".") {
            let start = reader.index
            while let byte = reader.peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { reader.index += 1 }
            fraction = bytes[start..<reader.index]
            if fraction.isEmpty { throw fail("the fraction of a second has no digits") }
        }
        var offsetMinutes = 0
        if reader.expect("Z") || reader.expect("z") {
            offsetMinutes = 0
        } else if let sign = reader.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            reader.index += 1
            guard let offsetHour = reader.digits(2), reader.expect(":"), let offsetMinute = reader.digits(2) else {
                throw fail("the offset is not +HH:MM or -HH:MM")
            }
            guard offsetHour <= 23, offsetMinute <= 59 else { throw fail("the offset is out of range") }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            throw fail("the time zone is missing (Z or an offset such as +02:00)")
        }
        guard reader.index == bytes.count else { throw fail("there is text after the time zone") }
        guard (1...12).contains(month) else { throw fail("month \(month) is out of range") }
        guard day >= 1, day <= daysIn(month: month, year: year) else { throw fail("day \(day) is out of range for \(pad(year, 4))-\(pad(month, 2))") }
        guard hour <= 23 else { throw fail("hour \(hour) is out of range") }
        guard minute <= 59 else { throw fail("minute \(minute) is out of range") }
        guard second <= 59 else { throw fail("second \(second) is out of range (leap seconds are not accepted)") }

        let localMinutes = (CivilDate.days(year: year, month: month, day: day) * 24 + hour) * 60 + minute
        let utcMinutes = localMinutes - offsetMinutes
        let (days, minuteOfDay) = utcMinutes.quotientAndRemainderFloored(dividingBy: 24 * 60)
        let (utcYear, utcMonth, utcDay) = CivilDate.date(daysSinceEpoch: days)
        guard (0...9999).contains(utcYear) else { throw fail("the instant falls outside years 0000 to 9999 in UTC") }
        var result = "\(pad(utcYear, 4))-\(pad(utcMonth, 2))-\(pad(utcDay, 2))T\(pad(minuteOfDay / 60, 2)):\(pad(minuteOfDay % 60, 2)):\(pad(second, 2))"
        if !fraction.isEmpty { result += "." + String(decoding: fraction, as: UTF8.self) }
        return result + "Z"
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func expect(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var number = 0
            for byte in bytes[index..<index + count] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return number
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Int {
    /// Division rounding toward negative infinity, with a remainder in `0..<divisor`.
    fileprivate func quotientAndRemainderFloored(dividingBy divisor: Int) -> (Int, Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
