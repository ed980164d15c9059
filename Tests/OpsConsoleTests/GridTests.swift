import Testing
@testable import OpsConsole

@Suite struct GridTests {
    @Test func linesInitializerReadsLikeAPicture() {
        let grid = Grid(lines: ["ab", "cde"])
        #expect(grid.width == 3 && grid.height == 2)
        #expect(grid.text == ["ab ", "cde"])
    }

    @Test func putClipsToTheGridAndTheArea() {
        var grid = Grid(width: 6, height: 2)
        grid.put("abcdefgh", x: 2, y: 0)
        grid.put("xyz", x: -1, y: 1)
        grid.put("CLIP", x: 0, y: 1, clip: Rect(x: 3, y: 1, width: 2, height: 1))
        #expect(grid.text == ["  abcd", "yz P  "])
    }

    @Test func onlyChangedCellsAreReported() {
        var old = Grid(width: 4, height: 2)
        old.put("abcd", x: 0, y: 0)
        var new = old
        new.put("X", x: 2, y: 1)
        new[0, 0].style = Style(.critical)
        let changes = new.changes(since: old)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [2, 1]])
        #expect(new.changes(since: nil).count == 8)
        #expect(new.changes(since: Grid(width: 3, height: 2)).count == 8)
    }

    @Test func boxDrawsLightLinesWithTitle() {
        var grid = Grid(width: 12, height: 3)
        Box.draw(grid.bounds, title: "Keys", style: Style(.border), into: &grid)
        #expect(grid.text == ["┌─ Keys ───┐", "│          │", "└──────────┘"])
    }
}

@Suite struct FormatTests {
    @Test func negativeValuesThatRoundToZeroShowNoSign() {
        #expect(Format.fixed(-0.04, 1, width: 6) == "   0.0")
        #expect(Format.fixed(-0.0, 2, width: 5) == " 0.00")
        #expect(Format.fixed(-0.06, 1, width: 6) == "  -0.1")
        #expect(Format.fixed(12.345, 2, width: 7) == "  12.35")
        #expect(Format.fixed(.nan, 1, width: 3) == "  —")
    }
}
