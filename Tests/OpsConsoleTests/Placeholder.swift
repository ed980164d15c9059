import Testing
@Test func placeholderRemovedByFoundation() { #expect(Bool(true)) }
