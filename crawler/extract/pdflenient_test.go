package extract

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestLenientPDF: a PDF whose cross-reference table is gone (as in files
// cut short or rewritten by a broken tool) is refused by the strict reader
// but read by the lenient one, fonts' code tables and all.
func TestLenientPDF(t *testing.T) {
	good, err := os.ReadFile("testdata/pdf-power-outage.pdf")
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.LastIndex(good, []byte("xref"))
	if i < 0 {
		t.Fatal("fixture has no xref")
	}
	broken := append(append([]byte(nil), good[:i]...), []byte("startxref\n999999\n%%EOF\n")...)
	if _, err := strictPDFText(broken); err == nil {
		t.Fatal("the strict reader read a PDF without its cross-reference table; the test proves nothing")
	}
	in, err := Extract(broken, "broken.pdf", "")
	if err != nil {
		t.Fatalf("lenient fallback: %v", err)
	}
	want, err := Extract(good, "good.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != want.Title || in.StartedAt != want.StartedAt || in.Lang != "zh" {
		t.Errorf("lenient: title %q started %q lang %s; strict: %q %q", in.Title, in.StartedAt, in.Lang, want.Title, want.StartedAt)
	}
	for _, s := range []string{"故障概述", "B组电池已超过设计寿命", "更换全部超期电池"} {
		if !strings.Contains(in.Text, s) {
			t.Errorf("lenient text lacks %q:\n%s", s, in.Text)
		}
	}
	if _, err := Extract([]byte("%PDF-1.4\n1 0 obj\n<< /Length 3 >>\nstream\nxyz\nendstream\nendobj\n"), "junk.pdf", ""); err == nil {
		t.Error("a PDF with no text extracted without error")
	}
}
