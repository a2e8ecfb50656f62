package extract

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// toUTF8HTML decodes an HTML page by its declared charset (header, BOM or
// meta), falling back to sniffing. A page that declares UTF-8 but is not
// valid UTF-8 is tried as GB18030, then Big5.
func toUTF8HTML(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		if utf8.Valid(body) {
			return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		}
		return toUTF8Text(body)
	}
	if out, err := enc.NewDecoder().Bytes(body); err == nil {
		return out
	}
	return toUTF8Text(body)
}

// toUTF8Text decodes a text or Markdown file: UTF-8 when valid, else
// GB18030 (a superset of GBK and GB2312), else Big5, else UTF-8 with the
// invalid bytes replaced.
func toUTF8Text(body []byte) []byte {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if utf8.Valid(body) {
		return body
	}
	if out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(body); err == nil && utf8.Valid(out) && !bytes.ContainsRune(out, utf8.RuneError) {
		return out
	}
	if out, err := traditionalchinese.Big5.NewDecoder().Bytes(body); err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
		return out
	}
	return bytes.ToValidUTF8(body, []byte("\uFFFD"))
}
