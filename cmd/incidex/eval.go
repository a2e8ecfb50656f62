package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// evalQuery is one line of a qrels file (CONTRACT.md, evaluation files).
type evalQuery struct {
	ID       string         `json:"id"`
	Query    string         `json:"query"`
	Lang     string         `json:"lang,omitempty"`
	Kind     string         `json:"kind,omitempty"`
	Relevant map[string]int `json:"relevant"`
}

type evalPerQuery struct {
	ID       string   `json:"id"`
	Query    string   `json:"query"`
	Kind     string   `json:"kind,omitempty"`
	Lang     string   `json:"lang,omitempty"`
	NDCG10   float64  `json:"ndcg@10"`
	RR       float64  `json:"mrr"`
	Recall10 float64  `json:"recall@10"`
	Recall   float64  `json:"recall@100"`
	Top      []string `json:"top"`
}

type evalScores struct {
	Queries   int     `json:"queries"`
	NDCG10    float64 `json:"ndcg@10"`
	MRR       float64 `json:"mrr"`
	Recall10  float64 `json:"recall@10"`
	Recall100 float64 `json:"recall@100"`
}

type evalReport struct {
	evalScores
	Groups   map[string]evalScores `json:"groups"`
	PerQuery []evalPerQuery        `json:"per_query"`
}

func runEval(args []string, stdout, stderr io.Writer) error {
	fs, _ := newFlags("eval", "", stderr)
	corpus := fs.String("corpus", "", "folder of documents to index (required)")
	qrels := fs.String("qrels", "", "queries with relevance judgements, JSON lines (required)")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *corpus == "" || *qrels == "" {
		return fmt.Errorf("%w: incidex eval --corpus DIR --qrels FILE [--json]", errUsage)
	}
	queries, err := readQrels(*qrels)
	if err != nil {
		return err
	}
	root, err := filepath.Abs(*corpus)
	if err != nil {
		return err
	}
	files, _, err := collectFiles([]string{root})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no documents under %s", *corpus)
	}
	ix, err := indexer.NewMemOnly()
	if err != nil {
		return err
	}
	defer ix.Close()
	st, err := importFiles(ix, files, slog.New(slog.NewTextHandler(io.Discard, nil)), nil, nil, nil)
	if err != nil {
		return err
	}
	if !*asJSON {
		fmt.Fprintf(stdout, "indexed %s: %s\n", *corpus, st)
	}
	rep, err := evaluate(search.New(ix), queries, root)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, rep)
	}
	printEval(stdout, rep)
	return nil
}

func readQrels(path string) ([]evalQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("qrels: %w", err)
	}
	defer f.Close()
	var out []evalQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		var q evalQuery
		if err := json.Unmarshal([]byte(t), &q); err != nil {
			return nil, fmt.Errorf("qrels %s line %d: %w", path, line, err)
		}
		if q.ID == "" || len(q.Relevant) == 0 {
			return nil, fmt.Errorf("qrels %s line %d: a query needs an id and relevant documents", path, line)
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("qrels %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("qrels %s: no queries", path)
	}
	return out, nil
}

func evaluate(s *search.Searcher, queries []evalQuery, root string) (*evalReport, error) {
	rep := &evalReport{Groups: map[string]evalScores{}}
	groups := map[string][]evalPerQuery{}
	for _, q := range queries {
		var top []string
		for off := 0; off < 100; off += search.MaxLimit {
			res, err := s.Search(context.Background(), search.Request{Query: q.Query, Limit: search.MaxLimit, Offset: off})
			if err != nil {
				return nil, fmt.Errorf("query %s: %w", q.ID, err)
			}
			for _, h := range res.Hits {
				rel, err := filepath.Rel(root, h.URL)
				if err != nil {
					rel = h.URL
				}
				top = append(top, filepath.ToSlash(rel))
			}
			if len(res.Hits) < search.MaxLimit {
				break
			}
		}
		pq := scoreQuery(q, top)
		rep.PerQuery = append(rep.PerQuery, pq)
		for _, g := range []string{"kind:" + q.Kind, "lang:" + q.Lang} {
			if !strings.HasSuffix(g, ":") {
				groups[g] = append(groups[g], pq)
			}
		}
	}
	rep.evalScores = average(rep.PerQuery)
	for g, pqs := range groups {
		rep.Groups[g] = average(pqs)
	}
	return rep, nil
}

func scoreQuery(q evalQuery, ranked []string) evalPerQuery {
	pq := evalPerQuery{ID: q.ID, Query: q.Query, Kind: q.Kind, Lang: q.Lang}
	dcg := 0.0
	found10, found100 := 0, 0
	for i, doc := range ranked {
		g, ok := q.Relevant[doc]
		if !ok || g <= 0 {
			continue
		}
		if pq.RR == 0 {
			pq.RR = 1 / float64(i+1)
		}
		if i < 10 {
			dcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
			found10++
		}
		if i < 100 {
			found100++
		}
	}
	var grades []int
	for _, g := range q.Relevant {
		if g > 0 {
			grades = append(grades, g)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	idcg := 0.0
	for i, g := range grades {
		if i >= 10 {
			break
		}
		idcg += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
	}
	if idcg > 0 {
		pq.NDCG10 = dcg / idcg
	}
	if n := len(grades); n > 0 {
		pq.Recall10 = float64(found10) / float64(min(n, 10))
		pq.Recall = float64(found100) / float64(n)
	}
	pq.Top = ranked[:min(len(ranked), 10)]
	if pq.Top == nil {
		pq.Top = []string{}
	}
	return pq
}

func average(pqs []evalPerQuery) evalScores {
	s := evalScores{Queries: len(pqs)}
	if len(pqs) == 0 {
		return s
	}
	for _, p := range pqs {
		s.NDCG10 += p.NDCG10
		s.MRR += p.RR
		s.Recall10 += p.Recall10
		s.Recall100 += p.Recall
	}
	n := float64(len(pqs))
	s.NDCG10, s.MRR, s.Recall10, s.Recall100 = s.NDCG10/n, s.MRR/n, s.Recall10/n, s.Recall100/n
	return s
}

func printEval(w io.Writer, rep *evalReport) {
	fmt.Fprintf(w, "\n%-18s %7s %7s %7s %9s %10s\n", "", "queries", "ndcg@10", "mrr", "recall@10", "recall@100")
	row := func(name string, s evalScores) {
		fmt.Fprintf(w, "%-18s %7d %7.3f %7.3f %9.3f %10.3f\n", name, s.Queries, s.NDCG10, s.MRR, s.Recall10, s.Recall100)
	}
	row("all", rep.evalScores)
	var names []string
	for g := range rep.Groups {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		row(g, rep.Groups[g])
	}
	fmt.Fprintln(w)
	for _, p := range rep.PerQuery {
		fmt.Fprintf(w, "%-5s ndcg@10 %.3f  %s\n", p.ID, p.NDCG10, p.Query)
	}
}
