package extract

import (
	"testing"
	"time"
)

// TestSeal20JSONIncident: an incident saved as JSON (a status API's
// answer) is read: its name field as the title, its start and end fields
// as the span, its updates' texts with their stamps, its report's cause.
func TestSeal20JSONIncident(t *testing.T) {
	doc := `{
  "id": "inc_01HZX4",
  "name": "Dashboard exports stuck in queue",
  "status": "resolved",
  "impact": "major",
  "started_at": "2025-04-09T07:20:00.000Z",
  "resolved_at": "2025-04-09T09:05:00.000Z",
  "incident_updates": [
    {"status": "postmortem", "created_at": "2025-04-11T10:00:00.000Z",
     "body": "Root cause: a schema change to the exports table added a column without a default, and the export workers crashed on every job that read it. Workers were restarted with a fix at 08:55 UTC."},
    {"status": "resolved", "created_at": "2025-04-09T09:05:00.000Z",
     "body": "Exports are completing normally again and the queue is empty."},
    {"status": "investigating", "created_at": "2025-04-09T07:31:00.000Z",
     "body": "We are looking into exports that stay queued and never finish."}
  ],
  "shortlink": "https://stspg.example/x1"
}`
	in, err := Extract([]byte(doc), "/tmp/hazelmere-incident.json", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Dashboard exports stuck in queue" {
		t.Errorf("title %q", in.Title)
	}
	if in.StartedAt != "2025-04-09T07:20:00Z" || in.EndedAt != "2025-04-09T09:05:00Z" {
		t.Errorf("span %s – %s", in.StartedAt, in.EndedAt)
	}
	if !containsWord(in.Cause, "schema") {
		t.Errorf("cause %q", in.Cause)
	}
	if len(in.Timeline) < 3 {
		t.Errorf("%d events: %v", len(in.Timeline), in.Timeline)
	}
	if _, err := Extract([]byte(`{"name": "x",`), "/tmp/broken.json", ""); err == nil {
		t.Error("broken JSON read without error")
	}
}

// TestSeal20SlashDateZone: a date written with slashes whose two numbers
// are both 12 or under is read when the zone after its clock tells the
// writer's convention (day first in Britain and Europe, month first in
// the US), and left unread under UTC.
func TestSeal20SlashDateZone(t *testing.T) {
	for _, c := range []struct {
		in         string
		ok         bool
		month, day int
	}{
		{"03/11/2025 22:40 GMT", true, 11, 3},
		{"05/03/2025 09:52 CET", true, 3, 5},
		{"07/04/2025 3:20 PM PDT", true, 7, 4},
		{"07/04/2025 15:20 US/Eastern", true, 7, 4},
		{"06/06/2025 10:00", true, 6, 6},
		{"18/03/2025 06:47", true, 3, 18},
		{"05/03/2025 09:52 UTC", false, 0, 0},
		{"05/03/2025 09:52", false, 0, 0},
	} {
		st, _, ok := parseStamp(c.in, "en")
		if ok && !st.hasDate() {
			ok = false
		}
		if ok != c.ok || ok && (st.month != c.month || st.day != c.day) {
			t.Errorf("%q: ok %v month %d day %d, want %v %d %d", c.in, ok, st.month, st.day, c.ok, c.month, c.day)
		}
	}
}

// TestSeal20CarrierRFOFields: a carrier's RFO states its span in fields
// ("Fault reported:", "Service restored:") dated day first in GMT, and its
// length in a "Total outage:" field; the notice's line "RFO: …" is its
// title, not the letterhead above it nor a field below it.
func TestSeal20CarrierRFOFields(t *testing.T) {
	doc := `HOLLYBUSH FIBRE — CARRIER SERVICES BULLETIN

RFO: loss of service on the Ludlow – Leominster route, 4 February 2025

Notification type:   Reason for Outage (RFO)
Reference:           HF-RFO-0211
Fault reported:      04/02/2025 06:12 GMT
Service restored:    04/02/2025 09:41 GMT
Total outage:        3 hrs 29 mins

Summary
Circuits on the Ludlow – Leominster route lost service. Where customers had a second path, traffic moved to it.

Reason for outage
A farm contractor laying a drain cut through our cable near Orleton at 06:10 GMT.

Restoration
Our engineers spliced the cable by 09:30 GMT and every circuit was back by 09:41 GMT. The repair was made permanent on 11/02/2025 at 14:00 GMT.
`
	in, err := Extract([]byte(doc), "/tmp/hollybush-rfo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "RFO: loss of service on the Ludlow – Leominster route, 4 February 2025" {
		t.Errorf("title %q", in.Title)
	}
	s, _ := time.Parse(time.RFC3339, in.StartedAt)
	if want := time.Date(2025, 2, 4, 6, 12, 0, 0, time.UTC); !s.Equal(want) {
		t.Errorf("started %q, want %v", in.StartedAt, want)
	}
	if gotMinutes(in) != 209 {
		t.Errorf("duration %d (%s – %s), want 209", gotMinutes(in), in.StartedAt, in.EndedAt)
	}
}

// TestSeal20OfficialSiteLine: a game site's "《…》官方网站" line above its
// notice is no title.
func TestSeal20OfficialSiteLine(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{
			name: "official site line",
			doc: `《松风录》官方网站
首页 | 新闻中心 | 游戏资料 | 客服中心
当前位置：首页 > 新闻中心 > 公告

关于4月2日凌晨维护延长及补偿发放的公告
2025-04-02 12:00  来源：松风录运营团队

亲爱的玩家：

4月2日凌晨01:10至03:25，全服出现登录失败。原因是机房网络设备故障，现已恢复。

《松风录》运营团队
`,
			want: "关于4月2日凌晨维护延长及补偿发放的公告",
		},
	} {
		in, err := Extract([]byte(c.doc), "/tmp/post.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.want)
		}
	}
}
