import ConstellationSim
import Testing

/// Issue 14 messages: text files must be UTF-8 (the first bad byte is named with its
/// place), and durations need a unit and may not be negative.
@Suite struct TextInputTests {
    @Test func validUTF8Decodes() throws {
        let text = "name: café ☀ 🛰\n"
        #expect(try UTF8Text.decode(Array(text.utf8)).get() == text)
    }

    /// RFC 3629 ill-formed sequences, each after "ab\nc" (line 2, column 2, offset 4).
    @Test(arguments: [
        [0xE9, 0x41],              // Latin-1 é
        [0xC0, 0x80],              // overlong NUL
        [0xE0, 0x80, 0x80],        // overlong three-byte form
        [0xED, 0xA0, 0x80],        // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],              // truncated at the end
        [0x80],                    // lone continuation byte
        [0xFF],
    ] as [[UInt8]])
    func illFormedSequenceIsPlaced(_ bad: [UInt8]) {
        guard case .failure(let invalid) = UTF8Text.decode(Array("ab\nc".utf8) + bad) else {
            Issue.record("accepted \(bad)")
            return
        }
        #expect(invalid.offset == 4)
        #expect(invalid.line == 2)
        #expect(invalid.column == 2)
        #expect(invalid.byte == bad[0])
    }

    @Test func columnsCountScalarsNotBytes() {
        guard case .failure(let invalid) = UTF8Text.decode(Array("é☀x".utf8) + [0xFF]) else {
            Issue.record("accepted")
            return
        }
        #expect(invalid.column == 4)
        #expect(invalid.offset == 6)
        #expect(invalid.description == "byte 0xFF at line 1, column 4 (offset 6) is not UTF-8: save the file as UTF-8")
    }

    @Test func durationsNeedAUnitAndAreNotNegative() {
        #expect(DurationText.seconds("10") == nil)
        #expect(DurationText.seconds("1.5") == nil)
        #expect(DurationText.seconds("-1h") == nil)
        #expect(DurationText.seconds("-0s") == nil)
        #expect(DurationText.seconds("nans") == nil)
        #expect(DurationText.seconds("infd") == nil)
        #expect(DurationText.seconds("90s") == 90)
        #expect(DurationText.seconds("+15m") == 900)
        #expect(DurationText.seconds(".5h") == 1800)
        #expect(DurationText.problem("10").hasPrefix("it has no unit"))
        #expect(DurationText.problem("-1h").hasPrefix("a duration cannot be negative"))
        #expect(DurationText.problem("1e308d").hasPrefix("it is longer than 100 years"))
        #expect(DurationText.problem("soon").hasPrefix("use a number followed by"))
    }

    /// Found by the scenario fuzz target: a quoted multi-line value made a multi-line message.
    @Test func scenarioErrorQuotingAMultiLineValueIsOneLine() {
        let yaml = "name: x\nduration: \"1h\n  and more\"\nshells: []\n"
        do {
            _ = try ScenarioFile.parse(yaml, source: "m.yaml")
            Issue.record("accepted")
        } catch {
            #expect(!error.description.contains("\n"), "\(error.description)")
            #expect(error.description.hasPrefix("m.yaml:2:11: duration:"), "\(error.description)")
        }
    }
}
