package extract

import (
	"strings"
)

// A message saved raw (an mbox file, a .eml, "Show original") opens with
// its transport's headers, "From ops@… Thu Jul  2 08:41:19 2026",
// "Return-Path:", "Received:" and their folded lines, with its Subject,
// Date and From somewhere among them, and its text after the first blank
// line. rawMailLines rewrites such a head as a reader sees the message:
// the Subject, then From and Date under it, then the text; the transport's
// lines name no incident and date no event.

// rawHeadOpens reports whether a text's first line opens a raw message:
// mbox's "From " separator or one of the headers a transport puts first.
func rawHeadOpens(l string) bool {
	if strings.HasPrefix(l, "From ") {
		return strings.Contains(l, "@") || strings.Contains(l, "MAILER-DAEMON")
	}
	lower := strings.ToLower(head(l, 20))
	for _, h := range []string{"return-path:", "received:", "delivered-to:", "x-original-to:", "mime-version:", "message-id:", "x-mozilla-status:"} {
		if strings.HasPrefix(lower, h) {
			return true
		}
	}
	return false
}

// rawMailLines rewrites a raw message's head (see above); lines are
// returned as they are when the text opens with no such head or its head
// holds no Subject.
func rawMailLines(lines []string) []string {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first >= len(lines) || !rawHeadOpens(lines[first]) {
		return lines
	}
	var subject, from, date string
	end := -1
	last := "" // the header a folded line continues
	for i := first; i < len(lines) && i < first+80; i++ {
		l := strings.TrimRight(lines[i], " \t\r")
		if l == "" {
			end = i
			break
		}
		if i == first && strings.HasPrefix(l, "From ") {
			continue
		}
		if l[0] == ' ' || l[0] == '\t' {
			if last == "subject" {
				subject += " " + strings.TrimSpace(l)
			}
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.ContainsAny(name, " \t") {
			return lines // no header: the text began with no blank line
		}
		last = strings.ToLower(name)
		value = strings.TrimSpace(value)
		switch last {
		case "subject":
			subject = value
		case "from":
			from = value
		case "date":
			date = value
		}
	}
	if end < 0 || subject == "" {
		return lines
	}
	out := make([]string, 0, len(lines)-end+4)
	out = append(out, "Subject: "+subject)
	if from != "" {
		out = append(out, "From: "+from)
	}
	if date != "" {
		out = append(out, "Date: "+date)
	}
	return append(out, lines[end:]...)
}
