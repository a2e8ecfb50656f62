package extract

import (
	"strings"
	"testing"
)

// A trust center's incident entry is headed by its kind ("Incident
// report") over the record's fields, its <title> the kind of page and the
// company's product line ("Trust Center | Brenthall Analytics Platform",
// the copyright holder "Brenthall Analytics Ltd"): the incident's name is
// the heading under the fields.
func TestTrustCenterEntryTitle(t *testing.T) {
	page := `<html><head><title>Trust Center | Brenthall Analytics Platform</title></head><body>
<header><nav><a href="/trust">Overview</a> <a href="/trust/security">Security</a> <a href="/trust/availability">Availability</a></nav></header>
<main><article>
<p class="eyebrow">Incident reports</p>
<h1>Incident report</h1>
<dl><dt>Reference</dt><dd>BAP-INC-2026-0112</dd><dt>Services</dt><dd>Dashboards, Alerting</dd><dt>Status</dt><dd>Closed</dd></dl>
<h2>Dashboards slow to load in EU (Dublin)</h2>
<p>On 3 March 2026 from 09:12 to 10:40 UTC, dashboards in our EU (Dublin) region loaded slowly or not at all.</p>
<h3>Cause</h3>
<p>A query cache node ran out of memory after a configuration change halved its limit, and queries fell back to the warehouse.</p>
</article></main>
<footer>© 2026 Brenthall Analytics Ltd · Privacy notice</footer>
</body></html>`
	in := extractNamed(t, "trust.html", page)
	if in.Title != "Dashboards slow to load in EU (Dublin)" {
		t.Errorf("title %q", in.Title)
	}
	d := &document{siteNames: []string{"Brenthall Analytics Ltd"}}
	for s, want := range map[string]bool{"Brenthall Analytics Platform": true, "Brenthall Analytics Trust Center": true,
		"Brenthall Analytics outage on 3 March": false, "Brenthall": true, "Incident reports": false} {
		if got := siteTitle(d, s); got != want {
			t.Errorf("siteTitle(%q) = %v", s, got)
		}
	}
	if !genericTitle("Incident reports") || genericTitle("Query failures and reports") {
		t.Error("genericTitle of a list of reports")
	}
	zh := &document{siteNames: []string{"栖木科技有限公司"}}
	if !siteTitle(zh, "栖木科技开放平台") || siteTitle(zh, "栖木科技支付故障说明") {
		t.Error("siteTitle of a Chinese product line")
	}
}

// A news page printed to text has a bar of buttons under its byline
// ("Share   Comments (214)   Save"): furniture, not the heading of a
// section of comments, so the story under it still tells the events.
func TestNewsButtonBar(t *testing.T) {
	doc := "Shoppers locked out of Marlbeck Bank app for four hours\n\n" +
		"By Sam Orchard, Consumer affairs\nWednesday 4 March 2026 21:10 GMT\n\n" +
		"Share   Comments (88)   Save\n\n" +
		"Customers of Marlbeck Bank could not log in to its app for most of Wednesday afternoon, after a faulty update at its card processor.\n\n" +
		"Problems began at about 12.20pm, when customers started reporting errors on logging in. The bank said services were restored at 4.10pm.\n\n" +
		"Related stories\n· Banks told to plan for supplier outages\n"
	in := extractNamed(t, "news.txt", doc)
	if in.StartedAt != "2026-03-04T12:20:00Z" {
		t.Errorf("started %q; timeline %+v", in.StartedAt, in.Timeline)
	}
	for s, want := range map[string]bool{"Share Comments (214) Save": true, "Print Email Share": true, "214 comments Share": true, "分享 收藏 评论 12": true,
		"Share": false, "Save the date": false, "Comments on the outage": false} {
		if got := isDebris(s); got != want {
			t.Errorf("isDebris(%q) = %v", s, got)
		}
	}
	_ = strings.TrimSpace
}

// A chat room's export whose topic describes the standing room in
// sentences ("Service announcements for …. Read-only. …") is named by
// its bot's first update, its state's icon before its state ("🟠
// Investigating: Queue consumers stalled in syd-1"), not by the topic.
func TestChatRoomTopicAndIcon(t *testing.T) {
	doc := "Exported from Element\nRoom: #announcements:tarnbrook.chat\nTopic: Service announcements for Tarnbrook Queue. Read-only. Support: #help:tarnbrook.chat\n" +
		"Exported by @kit:tarnbrook.chat on 2026-03-10 08:00\n\n────────────────\n\nMon, 9 Mar 2026\n\n@ops-bot:tarnbrook.chat  09:12\n🟠 Investigating: Queue consumers stalled in syd-1\n" +
		"We're seeing consumers in syd-1 stop receiving messages. Publishing is not affected. More soon.\n\n" +
		"@lee:tarnbrook.chat  09:20\nwe're on it, no ETA yet sorry\n\n" +
		"@ops-bot:tarnbrook.chat  10:02\n✅ Resolved: Queue consumers stalled in syd-1\nConsumers are receiving messages normally. Consumers in syd-1 stalled from 09:05 to 09:58 UTC.\n"
	in := extractNamed(t, "room.txt", doc)
	if !strings.HasSuffix(in.Title, "Queue consumers stalled in syd-1") || strings.ContainsAny(in.Title, "🟠✅") {
		t.Errorf("title %q", in.Title)
	}
	for s, want := range map[string]string{"🟠 Investigating: X": "Investigating: X", "⚠️ Outage": "Outage", "⚠️ Outage in Leeds ⚠️": "Outage in Leeds", "Resolved": "Resolved", "云服务故障": "云服务故障"} {
		if got := trimIcon(s); got != want {
			t.Errorf("trimIcon(%q) = %q", s, got)
		}
	}
}

// A product's release notes page, "Release notes – <product> | <docs
// site>", holds one entry that is an incident among its features: the
// page is named by its kind and the product, and the incident's entry
// names itself.
func TestReleaseNotesIncidentEntry(t *testing.T) {
	page := `<html><head><title>Release notes – Pellbury Object Storage | Pellbury Cloud Docs</title></head><body>
<header><a href="/" class="logo">Pellbury Cloud Docs</a> <a href="/login">Log in</a></header>
<main>
<h1>Release notes</h1>
<p>This page lists feature releases, deprecations and notable incidents for Pellbury Object Storage.</p>
<h2>March 18, 2026</h2>
<p><span class="badge feature">Feature</span> Buckets can now replicate to a second region.</p>
<h2>March 11, 2026</h2>
<p><span class="badge incident">Incident</span> <strong>Uploads failing for buckets with versioning enabled</strong></p>
<p>On March 10, 2026, between 08:20 and 09:45 UTC, uploads to buckets with versioning enabled failed in the ams-1 region.</p>
<p>A deployment of the metadata service that began at 08:12 UTC contained a bug in how it wrote version identifiers; we rolled it back at 09:30 UTC.</p>
<h2>March 2, 2026</h2>
<p><span class="badge fix">Fix</span> Listing a bucket no longer skips keys that contain a plus sign.</p>
</main>
<footer>© 2026 Pellbury Cloud, Inc. · Privacy · Terms</footer>
</body></html>`
	in := extractNamed(t, "notes.html", page)
	if !strings.HasSuffix(in.Title, "Uploads failing for buckets with versioning enabled") {
		t.Errorf("title %q", in.Title)
	}
	for s, want := range map[string]string{
		"Release notes – Pellbury Object Storage | Pellbury Cloud Docs": "",
		"Trust Center | Brenthall Analytics Platform":                   "",
		"Elevated errors in ams-1 | Status – Pellbury":                  "Elevated errors in ams-1",
		"Uploads failing – Pellbury Cloud":                              "Uploads failing",
		"更新日志 - 栖木云数据库":                                                 "",
	} {
		if got := headName(s); got != want {
			t.Errorf("headName(%q) = %q, want %q", s, got, want)
		}
	}
}
