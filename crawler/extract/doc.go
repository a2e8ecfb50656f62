// Package extract turns one postmortem document (HTML, Markdown, plain
// text or PDF, Chinese or English; a blog post, a letter to customers, a
// status page's incident or an RCA) into a data.Incident: title, language, main
// text without page debris, the sections an engineer reads first (summary,
// impact, timeline, cause, remediation, lessons), the timeline's events with
// their times (zones and stated ranges resolved), start, end and duration,
// and the failure patterns it shows. Extraction is a pure
// function of the document's bytes and where it came from; it never touches
// the network or an index. What a document does not say stays empty.
package extract
