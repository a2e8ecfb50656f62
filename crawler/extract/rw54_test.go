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
