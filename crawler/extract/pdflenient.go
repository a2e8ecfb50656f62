package extract

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The lenient PDF reader reads the text of a PDF that the strict reader
// refuses (a broken cross-reference table, a truncated file): it finds the
// objects by scanning, inflates their streams, maps each font's codes to
// characters by its ToUnicode table, and reads the text operators of the
// content streams in file order.

var (
	pdfObjRE      = regexp.MustCompile(`(\d+)\s+\d+\s+obj\b`)
	pdfFontRefRE  = regexp.MustCompile(`/([A-Za-z0-9_.+-]+)\s+(\d+)\s+\d+\s+R`)
	pdfToUnicode  = regexp.MustCompile(`/ToUnicode\s+(\d+)\s+\d+\s+R`)
	pdfFontDictRE = regexp.MustCompile(`/Font\s*<<([^<>]*)>>`)
)

// pdfObject is one object of the file: its dictionary and its stream,
// inflated when it was compressed.
type pdfObject struct {
	dict   string
	stream []byte
}

// lenientPDFText reads what text it can; "" when it finds none.
func lenientPDFText(body []byte) string {
	objs := map[int]*pdfObject{}
	var order []int
	locs := pdfObjRE.FindAllSubmatchIndex(body, -1)
	for k, loc := range locs {
		num, _ := strconv.Atoi(string(body[loc[2]:loc[3]]))
		end := len(body)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		part := body[loc[1]:end]
		if e := bytes.Index(part, []byte("endobj")); e >= 0 {
			part = part[:e]
		}
		o := &pdfObject{dict: string(part)}
		if s := bytes.Index(part, []byte("stream")); s >= 0 {
			o.dict = string(part[:s])
			data := part[s+len("stream"):]
			data = bytes.TrimLeft(data, "\r\n")
			if e := bytes.LastIndex(data, []byte("endstream")); e >= 0 {
				data = data[:e]
			}
			if strings.Contains(o.dict, "/FlateDecode") {
				data = inflate(data)
			} else if strings.Contains(o.dict, "/Filter") {
				data = nil // a filter this reader does not know
			}
			o.stream = data
		}
		if _, dup := objs[num]; !dup {
			order = append(order, num)
		}
		objs[num] = o
	}
	// fonts: resource name → the font's code table
	cmaps := map[int]map[string]string{} // font object → its codes
	fonts := map[string]map[string]string{}
	for _, num := range order {
		o := objs[num]
		if m := pdfToUnicode.FindStringSubmatch(o.dict); m != nil {
			n, _ := strconv.Atoi(m[1])
			if cm, ok := objs[n]; ok && cm.stream != nil {
				cmaps[num] = parseCMap(cm.stream)
			}
		}
	}
	for _, num := range order {
		for _, fd := range pdfFontDictRE.FindAllStringSubmatch(objs[num].dict, -1) {
			for _, ref := range pdfFontRefRE.FindAllStringSubmatch(fd[1], -1) {
				n, _ := strconv.Atoi(ref[2])
				if cm, ok := cmaps[n]; ok {
					fonts[ref[1]] = cm
				}
			}
		}
	}
	var b strings.Builder
	for _, num := range order {
		o := objs[num]
		if o.stream == nil || !bytes.Contains(o.stream, []byte("BT")) || !bytes.Contains(o.stream, []byte("Tf")) {
			continue
		}
		readContent(o.stream, fonts, &b)
		if b.Len() > maxPDFText {
			break
		}
	}
	return tidyPDFText(b.String())
}

// tidyPDFText folds the blank lines that positioning leaves and the spaces
// that letter spacing leaves between Chinese characters.
func tidyPDFText(s string) string {
	s = unspaceGlyphs(s)
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if r == '\n' && i > 0 && rs[i-1] == '\n' {
			continue
		}
		if r == ' ' && i > 0 && i+1 < len(rs) && wideRune(rs[i-1]) && wideRune(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func wideRune(r rune) bool {
	return isHan(r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// inflate decompresses a Flate stream, keeping what it read before an
// error.
func inflate(data []byte) []byte {
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(io.LimitReader(r, 16<<20))
	return out
}

// parseCMap reads a ToUnicode table: hex codes to characters.
func parseCMap(s []byte) map[string]string {
	m := map[string]string{}
	text := string(s)
	for _, sec := range sections(text, "beginbfchar", "endbfchar") {
		hs := hexTokens(sec)
		for i := 0; i+1 < len(hs); i += 2 {
			m[strings.ToUpper(hs[i])] = utf16Hex(hs[i+1])
		}
	}
	for _, sec := range sections(text, "beginbfrange", "endbfrange") {
		for _, line := range strings.Split(sec, "\n") {
			hs := hexTokens(line)
			if len(hs) < 3 {
				continue
			}
			lo, err1 := strconv.ParseUint(hs[0], 16, 32)
			hi, err2 := strconv.ParseUint(hs[1], 16, 32)
			if err1 != nil || err2 != nil || hi < lo || hi-lo > 4096 {
				continue
			}
			width := len(hs[0])
			if strings.Contains(line, "[") {
				for i := uint64(0); lo+i <= hi && 2+int(i) < len(hs); i++ {
					m[strings.ToUpper(padHex(lo+i, width))] = utf16Hex(hs[2+int(i)])
				}
				continue
			}
			dst := []rune(utf16Hex(hs[2]))
			if len(dst) == 0 {
				continue
			}
			for c := lo; c <= hi; c++ {
				r := append([]rune(nil), dst...)
				r[len(r)-1] += rune(c - lo)
				m[strings.ToUpper(padHex(c, width))] = string(r)
			}
		}
	}
	return m
}

func sections(text, begin, end string) []string {
	var out []string
	for {
		i := strings.Index(text, begin)
		if i < 0 {
			return out
		}
		text = text[i+len(begin):]
		j := strings.Index(text, end)
		if j < 0 {
			return append(out, text)
		}
		out = append(out, text[:j])
		text = text[j+len(end):]
	}
}

var hexTokenRE = regexp.MustCompile(`<([0-9A-Fa-f]+)>`)

func hexTokens(s string) []string {
	var out []string
	for _, m := range hexTokenRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func padHex(v uint64, width int) string {
	h := strconv.FormatUint(v, 16)
	for len(h) < width {
		h = "0" + h
	}
	return h
}

// utf16Hex decodes a hex UTF-16BE string ("0041", "D83DDE00").
func utf16Hex(h string) string {
	b, err := hex.DecodeString(h)
	if err != nil || len(b)%2 != 0 {
		return ""
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}

// readContent reads the text operators of a content stream.
func readContent(s []byte, fonts map[string]map[string]string, b *strings.Builder) {
	var cmap map[string]string
	var operands []pdfToken
	lastY := ""
	show := func(t pdfToken) {
		b.WriteString(decodePDFString(t, cmap))
	}
	for i := 0; i < len(s); {
		t, n := nextPDFToken(s[i:])
		if n == 0 {
			break
		}
		i += n
		if t.kind != tokOp {
			if len(operands) > 16 {
				operands = operands[1:]
			}
			operands = append(operands, t)
			continue
		}
		switch t.text {
		case "Tf":
			if len(operands) >= 2 && operands[len(operands)-2].kind == tokName {
				cmap = fonts[operands[len(operands)-2].text]
			}
		case "Tj":
			if len(operands) > 0 {
				show(operands[len(operands)-1])
			}
		case "'", `"`:
			b.WriteByte('\n')
			if len(operands) > 0 {
				show(operands[len(operands)-1])
			}
		case "TJ":
			// the array's strings, with a space for a wide gap
			start := -1
			for k := len(operands) - 1; k >= 0; k-- {
				if operands[k].kind == tokArrayStart {
					start = k
					break
				}
			}
			if start >= 0 {
				for _, op := range operands[start+1:] {
					switch op.kind {
					case tokString, tokHex:
						show(op)
					case tokNumber:
						if v, err := strconv.ParseFloat(op.text, 64); err == nil && v < -250 {
							b.WriteByte(' ')
						}
					}
				}
			}
		case "Td", "TD":
			if len(operands) >= 2 && operands[len(operands)-1].text != "0" {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case "Tm":
			if len(operands) >= 6 {
				y := operands[len(operands)-1].text
				if y != lastY {
					b.WriteByte('\n')
				}
				lastY = y
			}
		case "T*", "ET":
			b.WriteByte('\n')
		}
		operands = operands[:0]
	}
}

type pdfTokenKind int

const (
	tokOp pdfTokenKind = iota
	tokName
	tokNumber
	tokString
	tokHex
	tokArrayStart
	tokOther
)

type pdfToken struct {
	kind pdfTokenKind
	text string
}

// nextPDFToken reads one token of a content stream; n is 0 at its end.
func nextPDFToken(s []byte) (pdfToken, int) {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '%' {
			for i < len(s) && s[i] != '\n' && s[i] != '\r' {
				i++
			}
			continue
		}
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 {
			i++
			continue
		}
		break
	}
	if i >= len(s) {
		return pdfToken{}, 0
	}
	start := i
	switch c := s[i]; {
	case c == '(':
		var out []byte
		depth := 0
		i++
		for i < len(s) {
			c := s[i]
			if c == '\\' && i+1 < len(s) {
				i++
				switch e := s[i]; e {
				case 'n':
					out = append(out, '\n')
				case 'r', 't', 'b', 'f':
					out = append(out, ' ')
				case '\r', '\n':
				default:
					if e >= '0' && e <= '7' {
						v, k := 0, 0
						for k < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7' {
							v = v*8 + int(s[i]-'0')
							i++
							k++
						}
						out = append(out, byte(v))
						continue
					}
					out = append(out, e)
				}
				i++
				continue
			}
			if c == '(' {
				depth++
			} else if c == ')' {
				if depth == 0 {
					i++
					break
				}
				depth--
			}
			out = append(out, c)
			i++
		}
		return pdfToken{tokString, string(out)}, i
	case c == '<' && i+1 < len(s) && s[i+1] == '<', c == '>' && i+1 < len(s) && s[i+1] == '>':
		return pdfToken{tokOther, ""}, i + 2
	case c == '<':
		j := bytes.IndexByte(s[i:], '>')
		if j < 0 {
			return pdfToken{}, 0
		}
		return pdfToken{tokHex, string(s[i+1 : i+j])}, i + j + 1
	case c == '[':
		return pdfToken{tokArrayStart, "["}, i + 1
	case c == ']', c == '{', c == '}', c == '>', c == ')':
		return pdfToken{tokOther, ""}, i + 1
	case c == '/':
		i++
		for i < len(s) && !pdfDelimiter(s[i]) {
			i++
		}
		return pdfToken{tokName, string(s[start+1 : i])}, i
	case c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.':
		i++
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		return pdfToken{tokNumber, string(s[start:i])}, i
	default:
		for i < len(s) && !pdfDelimiter(s[i]) {
			i++
		}
		if i == start {
			i++
		}
		return pdfToken{tokOp, string(s[start:i])}, i
	}
}

func pdfDelimiter(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 ||
		c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
}

// decodePDFString maps a string's codes to characters by the font's table
// (two-byte codes when the table's are), else reads it as Latin-1 or, with
// a byte-order mark, UTF-16.
func decodePDFString(t pdfToken, cmap map[string]string) string {
	raw := []byte(t.text)
	if t.kind == tokHex {
		h := strings.Map(func(r rune) rune {
			if strings.ContainsRune("0123456789abcdefABCDEF", r) {
				return r
			}
			return -1
		}, t.text)
		if len(h)%2 == 1 {
			h += "0"
		}
		raw, _ = hex.DecodeString(h)
	}
	if len(cmap) > 0 {
		width := 2
		for k := range cmap {
			width = len(k) / 2
			break
		}
		var b strings.Builder
		for i := 0; i+width <= len(raw); i += width {
			b.WriteString(cmap[strings.ToUpper(hex.EncodeToString(raw[i:i+width]))])
		}
		return b.String()
	}
	if len(raw) >= 2 && raw[0] == 0xfe && raw[1] == 0xff {
		return utf16Hex(hex.EncodeToString(raw[2:]))
	}
	var b strings.Builder
	for _, c := range raw {
		if c >= 0x20 || c == '\n' {
			b.WriteRune(rune(c))
		}
	}
	if !utf8.ValidString(b.String()) {
		return ""
	}
	return b.String()
}

// unspaceGlyphs mends the text of a page that placed its Latin letters
// and digits a glyph at a time (a browser printing a Chinese page:
// "打车 A p p", "2 0 2 6 - 0 6 - 1 8", its real spaces read as three):
// when many letters stand alone between spaces and wide gaps are there
// too, a lone space is the reader's and goes, and three or more are one.
func unspaceGlyphs(s string) string {
	if !strings.Contains(s, "   ") {
		return s
	}
	rs := []rune(s)
	alone := 0
	for i, r := range rs {
		if r == ' ' || r == '\n' || wideRune(r) || r == 'a' || r == 'A' || r == 'I' {
			continue
		}
		if (i == 0 || rs[i-1] == ' ') && i+1 < len(rs) && rs[i+1] == ' ' && (i < 2 || rs[i-2] != ' ') {
			alone++
		}
	}
	if alone < 8 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		if rs[i] != ' ' {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if j-i >= 3 {
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}
