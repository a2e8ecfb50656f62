package extract

import "testing"

// TestGarbledHanLinesTypedMarks: a Chinese page printed from a browser
// whose 相关阅读 list the lenient reader gives as a "·" bullet on its own
// line, and a footer's "©" or "¥" alone, holds no font's codes: the
// lenient text is clean, so it is read in place of the strict reader's
// codes ("¿O³½'" as the headline).
func TestGarbledHanLinesTypedMarks(t *testing.T) {
	clean := "相关阅读\n·\n多家航运公司上调舱位价格\n·\n港口新规明年实施\n©\n2026 南湾日报\n¥\n12.80"
	if n := garbledHanLines(clean); n != 0 {
		t.Errorf("garbledHanLines(bullets and marks) = %d, want 0", n)
	}
	if n := garbledHanLines("µPîq\n首页\n·\n¿O³½'\n来源：南湾日报"); n != 2 {
		t.Errorf("garbledHanLines(codes beside a bullet) = %d, want 2", n)
	}
}

// TestDateWrappedInNarrowColumn: a news story printed in two columns
// wraps its lines short, a date apart ("… at 07:10 GMT on 1" /
// "December, shortly after …"): the line runs on into its month, so the
// paragraph is one, not a line led by "December"; a field's value under
// its label does not.
func TestDateWrappedInNarrowColumn(t *testing.T) {
	got := unwrapLines("The trouble began at 07:10 GMT on 1\nDecember, shortly after the company installed a new release of its fares engine.\nIt was fixed by Friday 4\nDecember 2026.\nClosed for: 30\nDecember")
	want := "The trouble began at 07:10 GMT on 1 December, shortly after the company installed a new release of its fares engine.\nIt was fixed by Friday 4 December 2026.\nClosed for: 30\nDecember"
	if got != want {
		t.Errorf("unwrapLines = %q, want %q", got, want)
	}
}
