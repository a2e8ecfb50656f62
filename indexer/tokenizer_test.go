package indexer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/incidex/incidex/data"
)

type tok struct {
	term       string
	start, end int
	pos        int
}

func (t tok) String() string { return fmt.Sprintf("%s[%d:%d@%d]", t.term, t.start, t.end, t.pos) }

func toks(ts analysis.TokenStream) []tok {
	out := make([]tok, len(ts))
	for i, t := range ts {
		out[i] = tok{string(t.Term), t.Start, t.End, t.Position}
	}
	return out
}

func TestTokenizerTable(t *testing.T) {
	for _, tc := range []struct {
		in     string
		search bool
		want   []tok
	}{
		{in: "", want: []tok{}},
		{in: "光缆中断", want: []tok{{"光缆中断", 0, 12, 1}}},
		{in: "光缆中断", search: true, want: []tok{{"光缆中断", 0, 12, 1}, {"光缆", 0, 6, 1}, {"中断", 6, 12, 1}}},
		{in: "主从切换失败", want: []tok{{"主从切换", 0, 12, 1}, {"失败", 12, 18, 2}}},
		{in: "Redis 重连风暴 took 3.5 min", want: []tok{
			{"Redis", 0, 5, 1}, {"重连风暴", 6, 18, 2}, {"took", 19, 23, 3}, {"3.5", 24, 27, 4}, {"min", 28, 31, 5},
		}},
		{in: "5月17日23:15，光缆", want: []tok{
			{"5", 0, 1, 1}, {"月", 1, 4, 2}, {"17", 4, 6, 3}, {"日", 6, 9, 4}, {"23", 9, 11, 5}, {"15", 12, 14, 6}, {"光缆", 17, 23, 7},
		}},
		// the same word twice keeps exact offsets (gse's Analyze gets these wrong)
		{in: "回滚后再回滚", want: []tok{{"回滚", 0, 6, 1}, {"后", 6, 9, 2}, {"再", 9, 12, 3}, {"回滚", 12, 18, 4}}},
		// punctuation splits runs; full-width punctuation is not a token
		{in: "证书过期。DNS故障", want: []tok{{"证书过期", 0, 12, 1}, {"DNS", 15, 18, 2}, {"故障", 18, 24, 3}}},
	} {
		tk, err := NewTokenizer(tc.search)
		if err != nil {
			t.Fatal(err)
		}
		got := toks(tk.Tokenize([]byte(tc.in)))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Tokenize(%q, search=%v)\n got  %v\n want %v", tc.in, tc.search, got, tc.want)
		}
		for _, g := range got {
			if tc.in[g.start:g.end] != g.term {
				t.Errorf("%q: term %q does not match its offsets [%d:%d]", tc.in, g.term, g.start, g.end)
			}
		}
	}
}

// TestTokenizerOffsetsAlwaysMatch checks on longer mixed text that every
// token's bytes are exactly the input at its offsets and positions never
// go down.
func TestTokenizerOffsetsAlwaysMatch(t *testing.T) {
	text := strings.Repeat("2021年5月18日凌晨，核心机房的主备光缆均中断；failover to the standby region failed, 重连风暴 followed. 数据库主从切换后出现数据不一致。", 20)
	for _, search := range []bool{false, true} {
		tk, err := NewTokenizer(search)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, tt := range tk.Tokenize([]byte(text)) {
			if text[tt.Start:tt.End] != string(tt.Term) {
				t.Fatalf("search=%v: %q at [%d:%d] is %q", search, tt.Term, tt.Start, tt.End, text[tt.Start:tt.End])
			}
			if tt.Position < last || tt.Position < 1 {
				t.Fatalf("search=%v: position %d after %d", search, tt.Position, last)
			}
			last = tt.Position
		}
	}
}

func TestAnalyzerStemsAndStops(t *testing.T) {
	m, err := NewMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(QueryAnalyzer)
	if a == nil {
		t.Fatal("query analyzer not found")
	}
	var terms []string
	for _, tt := range a.Analyze([]byte("The Certificates expired 的 证书过期 Reconnecting")) {
		terms = append(terms, string(tt.Term))
	}
	want := "certif expir 证书过期 reconnect"
	if got := strings.Join(terms, " "); got != want {
		t.Errorf("analyzed %q, want %q", got, want)
	}
}

func BenchmarkTokenizer(b *testing.B) {
	text := []byte(strings.Repeat("2021年5月18日凌晨，核心机房的主备光缆均中断，导致电子邮件服务出现中断。Failover to the standby region failed and clients retried. ", 50))
	for _, search := range []bool{false, true} {
		tk, err := NewTokenizer(search)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("search=%v", search), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				tk.Tokenize(text)
			}
		})
	}
}

func BenchmarkSegmentRaw(b *testing.B) {
	s, err := Segmenter()
	if err != nil {
		b.Fatal(err)
	}
	text := []byte(strings.Repeat("2021年5月18日凌晨，核心机房的主备光缆均中断，导致电子邮件服务出现中断。Failover to the standby region failed and clients retried. ", 50))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		s.Segment(text)
	}
}

// BenchmarkPut indexes batches of 200 incidents, Chinese and English, into
// an index on disk; bytes are the text of the incidents.
func BenchmarkPut(b *testing.B) {
	zh := strings.Repeat("5月17日23:15，华北一区核心机房的主备光缆同时被施工挖断，网络中断，主备切换失败，客户端集中重连造成重连风暴。", 20)
	en := strings.Repeat("At 08:25 UTC a configuration push removed the route to the primary database; the failover promoted a replica that was missing recent writes and clients retried all at once. ", 20)
	mk := func(i int) *data.Incident {
		in := sample(fmt.Sprintf("bench-%d", i), "光缆中断与主备切换失败")
		if i%2 == 1 {
			in.Title, in.Lang, in.Org = "Database failover lost writes", "en", "Kestrel"
			in.Text, in.Summary, in.Cause = en, en[:200], en[:120]
		} else {
			in.Text, in.Summary = zh, zh[:240]
		}
		return in
	}
	batch := make([]*data.Incident, 200)
	var size int64
	for i := range batch {
		batch[i] = mk(i)
		size += int64(len(batch[i].Text) + len(batch[i].Summary) + len(batch[i].Cause))
	}
	ix, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i, in := range batch {
			in.ID = fmt.Sprintf("bench-%d-%d", n, i)
		}
		if err := ix.Put(batch...); err != nil {
			b.Fatal(err)
		}
	}
}
