package search

import (
	"context"
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// TestPhrasePluralHead: an English phrase whose last word is a plural is
// looked up as the phrase with that word's singular, as a single word is:
// "phone calls" is CC-CEDICT's "phone call" (电话), "text messages" its
// "text message" (短信), while a verb phrase keeps its first word's
// lemma ("logged out": 退出).
func TestPhrasePluralHead(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for en, zh := range map[string]string{"phone calls": "电话", "text messages": "短信", "logged out": "退出"} {
		if h := l.Headwords(en); !slices.Contains(h, zh) {
			t.Errorf("Headwords(%s) = %q, want %s among them", en, h, zh)
		}
	}
}

// TestPluralPhraseFindsOtherLanguage: an English query naming a plural
// phrase finds the Chinese write-up that says its translation.
func TestPluralPhraseFindsOtherLanguage(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	err = ix.Put(
		&data.Incident{ID: "q-voice", Lang: "zh", Org: "青桐通信", Published: "2023-05-04", Title: "青桐通信语音业务中断说明",
			Summary: "5月4日晚，青桐通信的网络电话业务中断三小时，用户打不了电话，也接不到电话。",
			Text:    "5月4日晚，青桐通信的网络电话业务中断三小时，用户打不了电话，也接不到电话。原因是核心交换平台的证书过期。"},
		&data.Incident{ID: "q-store", Lang: "zh", Org: "北辰零售", Published: "2023-06-10", Title: "北辰零售门店收银停摆",
			Summary: "北辰零售的门店收银系统因数据库升级出错停摆两小时。",
			Text:    "北辰零售的门店收银系统因数据库升级出错停摆两小时，门店改用手工记账。"},
	)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "phone calls failed"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].ID != "q-voice" {
		t.Errorf("found %v, want q-voice first", ids(r))
	}
}
