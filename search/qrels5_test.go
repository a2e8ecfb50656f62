package search

import (
	"context"
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
)

// qrels5Incidents are fictional write-ups for the changes measured on
// queries-own-5.
var qrels5Incidents = []*data.Incident{
	{ID: "q5-latency", Lang: "zh", Org: "青柚出行", Published: "2024-05-20", Title: "认证接口延迟升高",
		Summary: "认证服务的数据库连接池耗尽，接口延迟从 200 毫秒升到 8 秒，持续四十分钟。",
		Text:    "周一早高峰，认证服务的数据库连接池耗尽，用户登录时接口的延迟从 200 毫秒升到 8 秒。扩容连接池后延迟恢复正常。"},
	{ID: "q5-language", Lang: "zh", Org: "港湾书店", Published: "2024-03-02", Title: "登录页面显示了错误的语言",
		Summary: "翻译包更新后，加拿大用户的登录页面显示为葡萄牙语，登录流程本身正常。",
		Text:    "翻译包发布到了错误的语言区域。加拿大用户打开登录页面时看到葡萄牙语，登录后的页面正常。我们重新发布了翻译包。"},
}

// TestComparativeReachesItsConcept: a query that says how much worse
// something got ("logins got slower", "the slowest checkout") reaches the
// concept its adjective names (slow: latency, 延迟): a Chinese write-up
// about the latency of logging in comes above one that says 登录 more
// often about something else.
func TestComparativeReachesItsConcept(t *testing.T) {
	s := searcherOf(t, "", 0, qrels5Incidents...)
	for _, q := range []string{"logins got slower", "logins were slowest on monday"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(r); len(got) == 0 || got[0] != "q5-latency" {
			t.Errorf("%s found %v, want q5-latency first", q, got)
		}
	}
}

// TestComparativeForms: the comparative and superlative forms of a
// one-word term match it (slower, slowest, bigger, busier, larger); a
// word of its own in the lexicon does not, though it looks like one
// (router is no "route" made more, timer no "time", later no "late"),
// nor does a word made from one that is mostly a verb (a deployer is no
// more "deploy").
func TestComparativeForms(t *testing.T) {
	th, err := ParseThesaurus("-: slow | 缓慢\n-: big | 大\n-: busy | 繁忙\n-: large | 大量\nnetwork: route | 路由\n-: time | 时间\n-: late | 迟到\n-: deploy | 部署\n")
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"pages got slower": "slow", "the slowest hour": "slow", "bigger spikes": "big",
		"busier servers": "busy", "larger batches": "large",
		"the router rebooted": "", "a timer fired": "", "an hour later": "", "the deployer hung": "",
	} {
		m, _ := th.Find(text)
		var got []string
		for _, x := range m {
			got = append(got, x.Term)
		}
		if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("%q matched %v, want %q", text, got, want)
		}
	}
}

// TestComparativeTranslates: the general lexicon, lacking "slower",
// "slowest", "bigger" and "busier" as glosses, translates each as its
// adjective, so a Chinese write-up is reached by them as by the
// adjective itself; but a word made from one that is mostly a verb is no
// comparative (a renderer is not "more render": not 给予).
func TestComparativeTranslates(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for word, base := range map[string]string{"slower": "slow", "slowest": "slow", "bigger": "big", "busier": "busy"} {
		want := lex.Headwords(base)
		if len(want) == 0 {
			t.Fatalf("Headwords(%s) is empty", base)
		}
		if lex.HasGloss(word) {
			t.Errorf("%s is a gloss of its own: the test needs a word the lexicon lacks", word)
		}
		if got := lex.Headwords(word); !slices.Contains(got, want[0]) {
			t.Errorf("Headwords(%s) = %q, want %s (the first of %s's)", word, got, want[0], base)
		}
	}
	for word, base := range map[string]string{"deployer": "deploy", "renderer": "render", "committer": "commit", "resolver": "resolve"} {
		want := lex.Headwords(base)
		if len(want) == 0 {
			t.Fatalf("Headwords(%s) is empty", base)
		}
		if got := lex.Headwords(word); slices.Contains(got, want[0]) {
			t.Errorf("Headwords(%s) = %q: %s (the first of %s's) is no translation of it", word, got, want[0], base)
		}
	}
}
