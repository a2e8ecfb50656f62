package search

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// generalIncidents are fictional write-ups for the general-vocabulary
// tests: none of their words is in the thesaurus for the queries below.
var generalIncidents = []*data.Incident{
	{ID: "g-yuque", Lang: "zh", Org: "青禾科技", Published: "2024-03-02", Title: "团队知识库语雀无法打开的复盘",
		Summary: "3月2日上午，青禾科技的团队文档托管在语雀，编辑器加载失败约两小时，同事无法打开共享文档。",
		Text:    "3月2日上午，青禾科技的团队文档托管在语雀，编辑器加载失败约两小时，同事无法打开共享文档。我们随后把关键文档导出到本地。"},
	{ID: "g-moque", Lang: "zh", Org: "青禾科技", Published: "2024-04-11", Title: "墨雀排班系统停摆",
		Summary: "青禾科技自研的排班系统墨雀在数据迁移后停摆一天。",
		Text:    "青禾科技自研的排班系统墨雀在数据迁移后停摆一天。"},
	{ID: "g-canary", Lang: "zh", Org: "松塔支付", Published: "2024-02-10", Title: "金丝雀发布漏掉了一个配置项",
		Summary: "松塔支付的金丝雀发布只覆盖了一个机房，新配置在全量后才暴露问题。",
		Text:    "松塔支付的金丝雀发布只覆盖了一个机房，新配置在全量后才暴露问题。发布流程已补上检查。"},
	{ID: "g-fiber", Lang: "zh", Org: "澄江网络", Published: "2023-11-20", Title: "城域网故障复盘",
		Text: "施工挖断光缆，城域网光缆中断四小时。值班同学一度误判断为设备故障，网络时断时续，断开的链路在凌晨恢复。市政施工挖断了主干光缆，备用路由也经过同一管道。"},
	{ID: "g-firewall", Lang: "en", Org: "Azure", Published: "2023-06-01", Title: "Northwind portal unreachable after a firewall rule change",
		Summary: "A firewall rule pushed to the edge blocked the Northwind portal's traffic for 48 minutes.",
		Text:    "A firewall rule pushed to the edge blocked the Northwind portal's traffic for 48 minutes. The rule was reverted."},
	{ID: "g-printer", Lang: "en", Org: "Tailwind Traders", Published: "2022-09-14", Title: "Label printers stopped at the Tailwind warehouse",
		Summary: "The label printers at the warehouse stopped printing for a shift after a driver update.",
		Text:    "The label printers at the warehouse stopped printing for a shift after a driver update."},
}

func generalSearcher(t testing.TB) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var ins []*data.Incident
	for _, in := range generalIncidents {
		c := *in
		ins = append(ins, &c)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}

// TestUnknownWordIsNoCharacters: 语雀, a word the segmenter does not know,
// finds the write-up that says it and not the one that says 金丝雀 (which
// shares 雀).
// 墨雀, a made-up name that no dictionary knows, likewise.
func TestUnknownWordIsNoCharacters(t *testing.T) {
	s := generalSearcher(t)
	for q, want := range map[string]string{"语雀": "g-yuque", "墨雀": "g-moque", "墨雀 停摆": "g-moque"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(r); !slices.Equal(got, []string{want}) {
			t.Fatalf("%s found %v, want only %s", q, got, want)
		}
		word := strings.Fields(q)[0]
		marked := false
		for _, frags := range r.Hits[0].Highlights {
			for _, f := range frags {
				marked = marked || strings.Contains(f, "<mark>"+word+"</mark>")
			}
		}
		if !marked {
			t.Errorf("%s: highlights %v do not mark %s", q, r.Hits[0].Highlights, word)
		}
	}
}

var markRe = regexp.MustCompile(`<mark>(.*?)</mark>`)

// TestHighlightsMarkNoLoneCharacter: 光缆中断 marks 光缆, 中断 or the whole,
// never 断 of 判断 or 时断时续.
func TestHighlightsMarkNoLoneCharacter(t *testing.T) {
	s := generalSearcher(t)
	r, err := s.Search(context.Background(), Request{Query: "光缆中断"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].ID != "g-fiber" {
		t.Fatalf("光缆中断 found %v, want g-fiber first", ids(r))
	}
	n := 0
	for _, h := range r.Hits {
		for _, frags := range h.Highlights {
			for _, f := range frags {
				for _, m := range markRe.FindAllStringSubmatch(f, -1) {
					n++
					if utf8.RuneCountInString(m[1]) == 1 && hasHan(m[1]) {
						t.Errorf("%s: a lone character marked in %q", h.ID, f)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("nothing marked: %v", r.Hits[0].Highlights)
	}
}

// TestLexiconFindsOtherLanguage: words the thesaurus does not know are
// translated by the general lexicon: 防火墙 finds a write-up about a
// firewall, "printer" one about 打印机 (and the reverse).
func TestLexiconFindsOtherLanguage(t *testing.T) {
	s := generalSearcher(t)
	for q, want := range map[string]string{"防火墙": "g-firewall", "打印机": "g-printer", "编辑器": "g-yuque"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) == 0 || r.Hits[0].ID != want {
			t.Errorf("%s found %v, want %s first", q, ids(r), want)
		}
	}
	// the lexicon ranks under the words typed: an English query finds
	// the English write-up that says it before anything translated
	r, err := s.Search(context.Background(), Request{Query: "editor"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids(r), "g-yuque") {
		t.Errorf("editor found %v, want g-yuque (编辑器) among them", ids(r))
	}
}

// TestOrgAliases: an organisation typed in one language finds the
// write-ups of the other, and the facet and filter use the canonical name.
func TestOrgAliases(t *testing.T) {
	s := generalSearcher(t)
	r, err := s.Search(context.Background(), Request{Query: "微软"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].ID != "g-firewall" {
		t.Fatalf("微软 found %v, want g-firewall (a Microsoft Azure write-up) first", ids(r))
	}
	if r.Hits[0].Org != "Microsoft" {
		t.Errorf("hit org %q, want the canonical Microsoft", r.Hits[0].Org)
	}
	all, err := s.Search(context.Background(), Request{})
	if err != nil {
		t.Fatal(err)
	}
	var orgs []string
	for _, f := range all.Facets.Org {
		orgs = append(orgs, f.Term)
	}
	if !slices.Contains(orgs, "Microsoft") || slices.Contains(orgs, "Azure") {
		t.Errorf("org facet %v, want Microsoft and no Azure", orgs)
	}
	for _, q := range []string{"org:微软", "org:Azure", "org:microsoft"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(r); !slices.Equal(got, []string{"g-firewall"}) {
			t.Errorf("%s found %v, want only g-firewall", q, got)
		}
	}
}

// TestCommonWordLeftOut: a word that most write-ups of its language have
// ("warehouse" in every one of these) says nothing about which one is
// meant: among other words it is left out, so "warehouse conveyor" ranks
// and scores as "conveyor" does; alone it is still searched.
func TestCommonWordLeftOut(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var ins []*data.Incident
	for i := range 2 * minLangDocs {
		in := &data.Incident{ID: fmt.Sprintf("w-%02d", i), Lang: "en", Published: "2024-01-01",
			Title: fmt.Sprintf("Shift %d at the Fernhill warehouse", i),
			Text:  strings.Repeat("The Fernhill warehouse night shift stopped for an hour. ", 1+i%3)}
		if i%5 == 0 {
			in.Text += strings.Repeat("A conveyor belt jammed in the warehouse. ", 1+i%4)
		}
		ins = append(ins, in)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	s := New(ix)
	search := func(q string) *Result {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return r
	}
	one, both := search("conveyor"), search("warehouse conveyor")
	if one.Total == 0 || one.Total != both.Total {
		t.Fatalf("conveyor: %d hits, warehouse conveyor: %d", one.Total, both.Total)
	}
	for i := range one.Hits {
		if one.Hits[i].ID != both.Hits[i].ID || one.Hits[i].Score != both.Hits[i].Score {
			t.Errorf("hit %d: conveyor %s %.4f, warehouse conveyor %s %.4f", i,
				one.Hits[i].ID, one.Hits[i].Score, both.Hits[i].ID, both.Hits[i].Score)
		}
	}
	if alone := search("warehouse"); alone.Total != uint64(len(ins)) {
		t.Errorf("warehouse alone: %d hits, want %d", alone.Total, len(ins))
	}
}

// TestSearchModeOnlyForChinese: a word is also searched with the
// search-mode analyzer so that a long Chinese word finds its parts; an
// English word would only be counted twice, so it is searched once.
func TestSearchModeOnlyForChinese(t *testing.T) {
	fields := []string{indexer.FieldTitle, indexer.FieldText}
	if got := len(clauseQuery(Clause{Text: "firewall"}, fields).parts); got != len(fields) {
		t.Errorf("firewall: %d parts, want one per field (%d)", got, len(fields))
	}
	if got := len(clauseQuery(Clause{Text: "光缆中断"}, fields).parts); got != 2*len(fields) {
		t.Errorf("光缆中断: %d parts, want two per field (%d)", got, 2*len(fields))
	}
}

// TestTranslationOutweighsOtherWordings: a Chinese word typed is searched
// in English write-ups through its translation at full weight and through
// its concept's other wordings at less, so a write-up that says both ideas
// of the query ("cache", "database") outranks one that names three
// database products and no cache.
func TestTranslationOutweighsOtherWordings(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ins := []*data.Incident{
		{ID: "t-products", Lang: "en", Published: "2024-05-01", Title: "Checkout stalled on the MySQL primary",
			Summary: "The MySQL primary on RDS stopped taking writes; the Postgres reporting replica and the MongoDB session store were fine.",
			Text:    "The MySQL primary on RDS stopped taking writes for 40 minutes. The Postgres reporting replica and the MongoDB session store were fine. We moved the DB to a larger instance class."},
		{ID: "t-cache", Lang: "en", Published: "2024-06-01", Title: "Sign-in errors after a cache flush",
			Summary: "A cache flush sent every sign-in request to the database, which fell over under the load.",
			Text:    "A cache flush sent every sign-in request to the database, which fell over under the load for 25 minutes. Warm-up now runs before a flush."},
	}
	for i := range 8 {
		ins = append(ins, &data.Incident{ID: fmt.Sprintf("t-fill-%d", i), Lang: "en", Published: "2023-01-01",
			Title: fmt.Sprintf("Badge readers offline at site %d", i),
			Text:  "The badge readers at the Lowmoor site went offline after a power blip and came back within the hour."})
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "缓存失效 数据库被打挂"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) < 2 || got[0] != "t-cache" {
		t.Fatalf("缓存失效 数据库被打挂: got %v, want t-cache first", got)
	}
}

// TestITSenseBeforeDictionary: a word the thesaurus lists in its IT sense
// ("=: traffic | 流量") is searched in the other language by that sense, not
// by the general lexicon's first ones (交通, the traffic of roads).
func TestITSenseBeforeDictionary(t *testing.T) {
	th, err := ParseThesaurus("=: traffic | 流量\n-: outage | 中断\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := th.Senses("traffic"); !slices.Equal(got, []string{"流量"}) {
		t.Errorf("Senses(traffic) = %v", got)
	}
	if got := th.Senses("流量"); !slices.Equal(got, []string{"traffic"}) {
		t.Errorf("Senses(流量) = %v", got)
	}
	if cs := th.Concepts(); len(cs) != 1 {
		t.Errorf("a sense line made a concept: %v", cs)
	}

	s := searcherOf(t, "zh", 6,
		&data.Incident{ID: "s-flow", Lang: "zh", Published: "2024-05-01", Title: "网关流量突增",
			Summary: "晚高峰时网关流量突增三倍，部分请求超时。", Text: "晚高峰时网关流量突增三倍，部分请求超时。扩容后恢复。"},
		&data.Incident{ID: "s-road", Lang: "zh", Published: "2024-05-02", Title: "园区交通管制通知",
			Summary: "因道路施工，园区交通管制一天，班车改线。", Text: "因道路施工，园区交通管制一天，班车改线。"},
	)
	r, err := s.Search(context.Background(), Request{Query: "traffic"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) == 0 || got[0] != "s-flow" || slices.Contains(got, "s-road") {
		t.Errorf("traffic: got %v, want s-flow and not s-road", got)
	}
}

// TestRareGenericConceptCounts: a concept of no failure pattern counts
// for less when most write-ups say it (website), not when few do
// (payment): then it weighs as a failure pattern's concept does.
func TestRareGenericConceptCounts(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ins := []*data.Incident{
		{ID: "r-pay", Lang: "en", Published: "2024-05-01", Title: "Card payment errors at the Fenwick shop",
			Text: "Card payment requests at the Fenwick shop failed for an hour after a processor certificate expired."},
		{ID: "r-load", Lang: "en", Published: "2024-05-02", Title: "Overload at the Fenwick shop",
			Text: "An overload of the Fenwick shop's page cache made pages slow for an hour after a deploy; the overload ended with a rollback."},
	}
	for i := range 14 {
		text := "The badge readers at the Lowmoor site went offline after a power blip and came back within the hour."
		if i%3 == 0 {
			text += " An overload of the badge server followed."
		}
		ins = append(ins, &data.Incident{ID: fmt.Sprintf("r-site-%02d", i), Lang: "en", Published: "2023-01-01",
			Title: fmt.Sprintf("Badge readers offline at site %d", i), Text: text})
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "支付 过载"})
	if err != nil {
		t.Fatal(err)
	}
	score := map[string]float64{}
	for _, h := range r.Hits {
		score[h.ID] = h.Score
	}
	// each says one idea of the query: about as telling (with the
	// generic weight the payment write-up scored half the overload one)
	if score["r-pay"] < 0.75*score["r-load"] {
		t.Errorf("支付 过载: payment write-up %.4f, overload write-up %.4f, want them about even", score["r-pay"], score["r-load"])
	}
}

// TestHyphenatedWordTranslatedWhole: "read-only" is one word for the
// lexicon (只读); cut at its hyphen it would be "read" (阅读) beside a stop
// word, and find the write-up about a reading mode instead.
func TestHyphenatedWordTranslatedWhole(t *testing.T) {
	s := searcherOf(t, "zh", 6,
		&data.Incident{ID: "h-ro", Lang: "zh", Published: "2024-06-03", Title: "论坛主库切换后只读两小时",
			Summary: "主库磁盘故障切换到备库后，备库仍是只读，论坛两小时无法保存内容。", Text: "主库磁盘故障切换到备库后，备库仍是只读，论坛两小时无法保存内容。"},
		&data.Incident{ID: "h-read", Lang: "zh", Published: "2024-06-04", Title: "阅读模式上线后排版错乱",
			Summary: "新版阅读模式上线，长文阅读时排版错乱，回滚后恢复。", Text: "新版阅读模式上线，长文阅读时排版错乱，回滚后恢复。"},
	)
	r, err := s.Search(context.Background(), Request{Query: "read-only"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) == 0 || got[0] != "h-ro" {
		t.Errorf("read-only: got %v, want h-ro first", got)
	}
	if u := queryUnits("on-call engineer"); len(u) == 0 || u[0].text != "on-call" {
		t.Errorf("queryUnits(on-call engineer) = %v, want on-call whole", u)
	}
}

// TestTranslatedWriteupFoundByItsAddress: a write-up translated into
// Chinese keeps its original's English address, whose words say in
// English what it is about; an English query finds it by them.
func TestTranslatedWriteupFoundByItsAddress(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ins := []*data.Incident{
		{ID: "u-zh", Lang: "zh", Published: "2013-04-02", Title: "一家邮件服务商全国宕机",
			URL:     "https://web.archive.org/web/https://news.example.com/2013/04/02/quokkamail-goes-down-nationwide/",
			Summary: "周二上午，这家邮件服务商的网页版和客户端都无法收信，持续约三小时。", Text: "周二上午，这家邮件服务商的网页版和客户端都无法收信，持续约三小时。"},
		{ID: "u-en", Lang: "en", Published: "2013-04-03", Title: "Webmail down for an afternoon",
			URL:     "https://blog.example.com/2013/04/03/webmail-down",
			Summary: "Our webmail could not load mailboxes for three hours.", Text: "Our webmail could not load mailboxes for three hours."},
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "quokkamail"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); !slices.Equal(got, []string{"u-zh"}) {
		t.Errorf("quokkamail: got %v, want u-zh alone", got)
	}
}

// TestMainPatternFirst: two write-ups say the same words; the one whose
// main failure (first pattern) is the query's ranks above the one that
// has it as a later pattern.
func TestMainPatternFirst(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	text := "The primary database ran out of connections and the API returned errors for forty minutes."
	ins := []*data.Incident{
		{ID: "m-later", Lang: "en", Published: "2024-01-01", Title: "API errors", Summary: text, Text: text, Patterns: []string{"capacity", "database"}},
		{ID: "m-main", Lang: "en", Published: "2024-01-01", Title: "API errors", Summary: text, Text: text, Patterns: []string{"database", "capacity"}},
	}
	for i := range 6 {
		ins = append(ins, &data.Incident{ID: fmt.Sprintf("m-fill-%d", i), Lang: "en", Published: "2023-01-01",
			Title: fmt.Sprintf("Printer jam %d", i+1), Text: "The office printer jammed again.", Patterns: []string{"hardware"}})
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "database"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) < 2 || got[0] != "m-main" {
		t.Errorf("database: got %v, want m-main first", got)
	}
}

// TestPhrasalVerbTranslatedWhole: "logged out" is 登出 to the lexicon;
// the analyzer drops "out" as a stop word, and "logged" alone is 日志.
func TestPhrasalVerbTranslatedWhole(t *testing.T) {
	s := searcherOf(t, "zh", 6,
		&data.Incident{ID: "p-out", Lang: "zh", Published: "2024-07-01", Title: "会话服务故障，用户被登出",
			Summary: "会话存储切换后，大量用户被登出，重新登录也失败，持续四十分钟。", Text: "会话存储切换后，大量用户被登出，重新登录也失败，持续四十分钟。"},
		&data.Incident{ID: "p-log", Lang: "zh", Published: "2024-07-02", Title: "日志采集延迟",
			Summary: "日志采集代理升级后，日志写入延迟半小时，日志检索暂时不可用。", Text: "日志采集代理升级后，日志写入延迟半小时，日志检索暂时不可用。"},
	)
	r, err := s.Search(context.Background(), Request{Query: "everyone got logged out"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) == 0 || got[0] != "p-out" {
		t.Errorf("everyone got logged out: got %v, want p-out first", got)
	}
}

// searcherOf indexes in memory the incidents given and fill short ones about a
// printer in lang (zh or en), so that idf has a corpus to work with.
func searcherOf(t testing.TB, lang string, fill int, ins ...*data.Incident) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for i := range fill {
		in := &data.Incident{ID: fmt.Sprintf("fill-%d", i), Lang: lang, Published: "2023-01-01",
			Title: fmt.Sprintf("Printer jam %d", i+1), Text: "The office printer jammed again."}
		if lang == "zh" {
			in.Title, in.Text = fmt.Sprintf("打印机第%d次卡纸", i+1), "办公室打印机卡纸，行政更换了硒鼓。"
		}
		ins = append(ins, in)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}
