package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// updateImpact is, for a status page whose impact no section or sentence
// told, what its first Investigating update says users met: "Webhook
// deliveries are delayed by up to 25 minutes for some endpoints." of
// "Investigating: Webhook deliveries are delayed … We are looking into
// it.", "华南区域部分用户上传对象时出现 503 错误" of "调查中: …，我们正在排查".
// The sentences (Chinese clauses) that only say the cause is sought are
// left out; "" when nothing else is left.
func updateImpact(events []data.TimelineEvent, lang string) string {
	first := -1
	for k, ev := range events {
		if !investigatingUpdate.MatchString(ev.Text) {
			continue
		}
		if first < 0 || ev.At != "" && events[first].At != "" && ev.At < events[first].At {
			first = k
		}
	}
	if first < 0 {
		return ""
	}
	text := events[first].Text
	text = strings.TrimLeft(text[investigatingUpdate.FindStringIndex(text)[1]:], " ")
	if _, n, ok := parseStamp(text, lang); ok && n > 0 {
		// "Investigating - Mar 6, 2026 12:41 UTC We are investigating …"
		text = strings.TrimLeft(text[n:], " ·|-–—:：")
	}
	var kept []string
	for _, sent := range sentences(text) {
		if lang == "zh" {
			var clauses []string
			for _, c := range strings.Split(sent, "，") {
				if c = strings.TrimSpace(c); c != "" && !stillLookingZh.MatchString(strings.TrimRight(c, "。.！!")) {
					clauses = append(clauses, c)
				}
			}
			if sent = strings.Join(clauses, "，"); sent != "" && !strings.HasSuffix(sent, "。") {
				sent += "。"
			}
		} else if lookingOnly(sent) {
			sent = "" // "We are looking into it.", "We are investigating."
		}
		if sent != "" {
			kept = append(kept, sent)
		}
	}
	out := strings.Join(kept, " ")
	if out != "" && lang != "zh" && !strings.HasSuffix(out, ".") {
		out += "."
	}
	if utf8.RuneCountInString(out) < 12 {
		return ""
	}
	return out
}

// lookingOnly reports whether an update's short sentence only says the
// cause is sought: "We are looking into it.", "We're investigating."
func lookingOnly(sent string) bool {
	if len(strings.Fields(sent)) > 6 {
		return false
	}
	if rest, ok := strings.CutPrefix(sent, "We're "); ok {
		sent = "We are " + rest
	}
	return stillLooking.MatchString(sent)
}

// namesOnly reports whether an impact is only lists of names, each line
// short and telling nothing users met ("Webhooks (Delivery, Retries).",
// "对象存储（华北1）、CDN 加速"; a Chinese line with a comma or a stop is
// a sentence, however few its spaces).
func namesOnly(impact string) bool {
	for _, line := range strings.Split(impact, "\n") {
		line = strings.TrimSpace(line)
		if utf8.RuneCountInString(line) > 80 || len(strings.Fields(strings.TrimRight(line, "."))) > 8 || strings.ContainsAny(line, "，。；！？") || usersSaw.MatchString(line) {
			return false
		}
	}
	return true
}
