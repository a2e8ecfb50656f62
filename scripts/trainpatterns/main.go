// Command trainpatterns learns crawler/extract's failure-pattern model from
// write-ups labelled by reading (../shared/eval/patterns-silver.jsonl) and
// writes it where the extractor embeds it.
//
//	go run ./scripts/trainpatterns -select=false   # learn from every document with the fixed defaults, write crawler/extract/patternmodel.txt (the shipped model)
//	go run ./scripts/trainpatterns                 # the same, -lambda, -mindf and -blend chosen by inner folds
//	go run ./scripts/trainpatterns -cv             # held-out scores: learn on one half, score the other, both ways
//	go run ./scripts/trainpatterns -train odd -out /tmp/odd.txt   # a model of one half only
//
// Training is deterministic: the same documents give the same file. The
// thresholds (how sure the model must be to name a pattern) are chosen on
// out-of-fold predictions within the training documents, never on the
// documents scored, pooled over -repeats splits of different shuffles. The defaults of -lambda, -mindf and -blend are the
// values the inner folds chose on both halves (-cv); the shipped model is
// learned with them.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
)

type options struct {
	corpus, silver, train, out string
	cv                         bool
	lambda, lambdaLex          float64
	minDF, iters               int
	commonDF                   float64
	zhMinDF                    int
	drop                       string
	verbose                    bool
	dump                       string
	why                        string
	whyHalf                    string
	prune, lowWeight           float64
	crossLex                   bool
	blend                      float64
	perPattern                 bool
	selectHP                   bool
	classWeight                float64
	short                      float64
	tie                        bool
	repeats                    int
	perturb                    int
	folds                      int
	seed                       uint64
	objective                  string
	obj                        func(tally) float64
	smooth                     bool
}

func main() {
	var o options
	flag.StringVar(&o.corpus, "corpus", "../shared/corpus", "the corpus the silver paths are relative to")
	flag.StringVar(&o.silver, "silver", "../shared/eval/patterns-silver.jsonl", "labelled documents (JSON lines)")
	flag.StringVar(&o.train, "train", "all", "documents to learn from: all, odd or even (by line, as score_patterns.py --half)")
	flag.StringVar(&o.out, "out", "crawler/extract/patternmodel.txt", "where to write the model")
	flag.BoolVar(&o.cv, "cv", false, "print held-out scores (learn on one half, score the other, both ways) and write nothing")
	flag.Float64Var(&o.lambda, "lambda", 3e-4, "L2 regularisation")
	flag.Float64Var(&o.lambdaLex, "lambdalex", 3e-3, "L2 regularisation of the lexicon features' own weights (beside the tied ones, -tie)")
	flag.IntVar(&o.minDF, "mindf", 2, "least number of training documents a term must occur in")
	flag.IntVar(&o.iters, "iters", 250, "gradient steps")
	flag.IntVar(&o.zhMinDF, "zhmindf", 0, "least number of training documents a Chinese term must occur in, when more than -mindf (held out (pat13): 5 moved the figures by a document or two; leaving every Chinese term out, 1000, lost among on both halves, so the terms stay)")
	flag.Float64Var(&o.commonDF, "commondf", 0, "leave out the terms found in more than this share of the training documents of their own language (0 keeps them): a word nearly every write-up of a language has (故障, 服务) tells the language, not the pattern, and learned from few write-ups of that language it names their patterns for every other; held out (pat13) 0.5 and 0.3 moved first/among/P/R by a document or two either way, so it is off")
	flag.StringVar(&o.drop, "drop", "", "comma-separated feature prefixes to leave out (to compare feature sets)")
	flag.Float64Var(&o.prune, "prune", 0.1, "weights smaller than this are left out of the model")
	flag.Float64Var(&o.lowWeight, "lowweight", 1, "weight in training of a document labelled with low confidence")
	flag.BoolVar(&o.crossLex, "crosslex", false, "let the set head weigh every pattern's lexicon scores, not only its own")
	flag.Float64Var(&o.blend, "blend", 0.5, "how much the lexicon's share of each pattern adds to the main head's score (fixed, not learned: the lexicon is the backbone on write-ups unlike the training ones)")
	flag.BoolVar(&o.perPattern, "perpattern", true, "choose each pattern's own set-head threshold (on out-of-fold predictions), not one for all")
	flag.Float64Var(&o.classWeight, "classweight", 0, "in the main head, weigh a document by (documents per pattern / documents of its main pattern) to this power: 0 none, 0.5 square root, 1 balanced")
	flag.Float64Var(&o.short, "short", 0, "also learn from a short form of each document (title, summary and cause only, as a status page states them), weighted this much; 0 leaves them out")
	flag.BoolVar(&o.tie, "tie", true, "give each lexicon view one weight shared by the trigger patterns, beside each one's own: a trigger rarely the main failure in training still gets the weight the lexicon earns on the others")
	flag.IntVar(&o.repeats, "repeats", 3, "inner splits into -folds folds (each of a different shuffle of the training documents) whose pooled out-of-fold predictions choose the thresholds: one split's choice flips with a handful of documents")
	flag.IntVar(&o.folds, "folds", 2, "inner folds of each split: more folds learn the inner models from more of the training documents, nearer the model shipped, at more cost")
	flag.IntVar(&o.perturb, "perturb", 0, "with -cv: leave this many training documents, drawn at random (-seed), out of each half's training (to measure how much the held-out figures move)")
	flag.Uint64Var(&o.seed, "seed", 1, "with -perturb: the draw")
	flag.StringVar(&o.objective, "objective", "balance", "what the thresholds are chosen for: balance (the worst of precision, recall and among, each as a share of its target) or target (precision and recall as penalised constraints, first and among as the goal; held out it named the main failure among the tags less often)")
	flag.BoolVar(&o.smooth, "smooth", false, "choose the threshold cell best on average with its grid neighbours, not the single best (held out it moved the figures no less than the pooled splits alone)")
	flag.BoolVar(&o.selectHP, "select", true, "choose -lambda, -mindf and -blend by inner folds of the training documents (never the scored ones) before learning")
	flag.BoolVar(&o.verbose, "v", false, "with -cv: per-pattern counts on the scored half")
	flag.StringVar(&o.dump, "dump", "", "with -cv: write each scored document's line, language, labels and tags to this file (to compare two runs)")
	flag.StringVar(&o.why, "why", "", "with -cv: write, for each scored document of -whyhalf, every pattern's main and set probabilities and lexicon views")
	flag.StringVar(&o.whyHalf, "whyhalf", "odd", "with -why: the half whose documents are written (odd or even): only the half whose failures a session may read")
	flag.Parse()
	if o.verbose {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})))
	}
	obj, err := objective(o.objective)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainpatterns:", err)
		os.Exit(2)
	}
	o.obj = obj
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "trainpatterns:", err)
		os.Exit(1)
	}
}

// doc is one labelled incident.
type doc struct {
	line   int
	weight float64 // how much the document counts in training: less when labelled with low confidence
	labels []int   // pattern indexes, main first
	feats  map[string]float64
	text   string // title and text, for the proper-noun count
	org    string
	lang   string
	cause  string // the cause the extractor read, for the rule applied after the model's ranking
	short  *doc   // the document cut to its title, summary and cause (nil when it has no cause)
}

// rank is the patterns the shipped pipeline gives the document: the
// model's ranking, then the rule the extractor applies after it.
func (d *doc) rank(m *extract.PatternModel) []string {
	return extract.DefectOverRelease(m.Rank(d.feats), d.cause)
}

func run(o options) error {
	pats := data.Patterns()
	pidx := map[string]int{}
	for i, p := range pats {
		pidx[p.ID] = i
	}
	docs, err := load(o, pidx)
	if err != nil {
		return err
	}
	slog.Info("loaded", "docs", len(docs))
	t0 := time.Now()
	defer func() { slog.Info("done", "took", time.Since(t0)) }()
	half := func(odd bool) []*doc {
		var out []*doc
		for _, d := range docs {
			if (d.line%2 == 1) == odd {
				out = append(out, d)
			}
		}
		return out
	}
	if o.cv {
		var dump, whyOut strings.Builder
		defer func() {
			if o.why != "" {
				_ = os.WriteFile(o.why, []byte(whyOut.String()), 0o644)
			}
		}()
		defer func() {
			if o.dump != "" {
				if err := os.WriteFile(o.dump, []byte(dump.String()), 0o644); err != nil {
					slog.Error("dump", "err", err)
				}
			}
		}()
		for _, h := range []struct {
			name        string
			train, test []*doc
		}{{"learned on odd, scored on even", half(true), half(false)}, {"learned on even, scored on odd", half(false), half(true)}} {
			if o.perturb > 0 {
				h.train = leaveOut(h.train, o.perturb, o.seed)
			}
			oh := o
			if o.selectHP {
				oh = selectParams(o, h.train, len(pats))
			}
			m := fit(oh, h.train, len(pats))
			s := score(m, h.test)
			for _, d := range h.test {
				var want []string
				for _, l := range d.labels {
					want = append(want, pats[l].ID)
				}
				fmt.Fprintf(&dump, "%d\t%s\t%s\t%s\n", d.line, d.lang, strings.Join(want, ","), strings.Join(d.rank(m), ","))
				if o.why != "" && (d.line%2 == 1) == (o.whyHalf == "odd") {
					why(&whyOut, m, d)
				}
			}
			fmt.Printf("%s: %s (first_min %.2f min %.2f rel %.2f mix %.1f blend %.1f alt %.2f max %d lambda %g mindf %d classweight %g)\n", h.name, s, m.FirstMin, m.Min, m.Rel, m.Mix, m.Blend, m.Alt, m.Max, oh.lambda, oh.minDF, oh.classWeight)
			// the same documents cut to title, summary and cause: how the
			// model does on write-ups as short as a status page's
			var short []*doc
			for _, d := range h.test {
				if d.short != nil {
					short = append(short, d.short)
				}
			}
			fmt.Printf("  short form: %s\n", score(m, short))
			for _, lang := range []string{"en", "zh"} {
				var ds []*doc
				for _, d := range h.test {
					if d.lang == lang {
						ds = append(ds, d)
					}
				}
				fmt.Printf("  %s: %s\n", lang, score(m, ds))
			}
			if o.verbose {
				perPattern(m, short)
				perPattern(m, h.test)
				for _, al := range []float64{0, 0.1, 0.2, 0.3, 0.5} {
					m.Alt = al
					fmt.Printf("  alt %.2f: %s\n", al, score(m, h.test))
				}
				for _, mn := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
					for _, rl := range []float64{0, 0.5} {
						m.Min, m.Rel, m.Mix = mn, rl, 1
						fmt.Printf("  min %.2f rel %.2f: %s\n", mn, rl, score(m, h.test))
					}
				}
			}
		}
		return nil
	}
	var train []*doc
	switch o.train {
	case "all":
		train = docs
	case "odd":
		train = half(true)
	case "even":
		train = half(false)
	default:
		return fmt.Errorf("-train %q: want all, odd or even", o.train)
	}
	if o.selectHP {
		o = selectParams(o, train, len(pats))
	}
	m := fit(o, train, len(pats))
	b, err := m.MarshalText()
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := os.WriteFile(o.out, b, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	slog.Info("model written", "path", o.out, "bytes", len(b), "docs", len(train), "first_min", m.FirstMin, "min", m.Min, "rel", m.Rel, "mix", m.Mix, "blend", m.Blend, "alt", m.Alt)
	return nil
}

func load(o options, pidx map[string]int) ([]*doc, error) {
	f, err := os.Open(o.silver)
	if err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	defer f.Close()
	var docs []*doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := -1
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		line++
		var r struct {
			Path        string   `json:"path"`
			Patterns    []string `json:"patterns"`
			NotIncident bool     `json:"not_incident"`
			Confidence  string   `json:"confidence"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("labels line %d: %w", line+1, err)
		}
		if r.NotIncident || len(r.Patterns) == 0 {
			continue
		}
		d := &doc{line: line, weight: 1}
		if r.Confidence == "low" {
			d.weight = o.lowWeight
		}
		for _, p := range r.Patterns {
			i, ok := pidx[p]
			if !ok {
				return nil, fmt.Errorf("labels line %d: unknown pattern %q", line+1, p)
			}
			d.labels = append(d.labels, i)
		}
		in, err := extract.File(filepath.Join(o.corpus, r.Path))
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("labels line %d: %w", line+1, err)
			}
			slog.Warn("skipped", "path", r.Path, "err", err)
			continue
		}
		d.feats = extract.PatternFeatures(in)
		d.text = in.Title + "\n" + in.Text
		d.org = in.Org
		d.lang = in.Lang
		d.cause = in.Cause
		if strings.TrimSpace(in.Cause) != "" {
			// the write-up as a status page would state it: its title,
			// summary and cause, nothing else
			sh := &data.Incident{Title: in.Title, Summary: in.Summary, Cause: in.Cause, Org: in.Org, URL: in.URL}
			sh.Text = strings.Join([]string{sh.Title, sh.Summary, sh.Cause}, "\n\n")
			d.short = &doc{line: d.line, weight: d.weight, labels: d.labels[:1], feats: extract.PatternFeatures(sh), text: d.text, org: d.org, cause: in.Cause}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	return docs, nil
}

// alternate splits docs into two folds, every other one.
func alternate(docs []*doc) (a, b []*doc) {
	for i, d := range docs {
		if i%2 == 0 {
			a = append(a, d)
		} else {
			b = append(b, d)
		}
	}
	return a, b
}

// shuffled returns docs in an order drawn from seed; seed 0 keeps the
// order. The same seed gives the same order every run.
func shuffled(docs []*doc, seed uint64) []*doc {
	out := slices.Clone(docs)
	if seed == 0 {
		return out
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// leaveOut returns docs without n of them drawn at random (seed), in
// their order.
func leaveOut(docs []*doc, n int, seed uint64) []*doc {
	gone := map[*doc]bool{}
	for _, d := range shuffled(docs, seed)[:min(n, len(docs))] {
		gone[d] = true
	}
	var out []*doc
	for _, d := range docs {
		if !gone[d] {
			out = append(out, d)
		}
	}
	return out
}

// fit learns a model from docs, its thresholds chosen on out-of-fold
// predictions within docs: o.repeats splits into o.folds folds, each of a different
// shuffle, pooled. The thresholds are thus chosen for the average over
// splits, not for the accidents of one: a single split's best cell
// flipped when a few documents changed.
func fit(o options, docs []*doc, np int) *extract.PatternModel {
	var preds []pred
	k := max(2, o.folds)
	for r := range max(1, o.repeats) {
		order := shuffled(docs, uint64(r))
		for f := range k {
			var in, out []*doc
			for i, d := range order {
				if i%k == f {
					out = append(out, d)
				} else {
					in = append(in, d)
				}
			}
			m := learn(o, in, np)
			for _, d := range out {
				preds = append(preds, predict(m, d))
			}
		}
	}
	m := learn(o, docs, np)
	m.Blend = o.blend
	m.FirstMin, m.Min, m.Rel, m.Mix, m.Alt, m.Max = tune(preds, o.blend, o.obj, o.smooth)
	if o.perPattern {
		m.SetMin = tunePerPattern(preds, m, o.obj)
	}
	slog.Debug("thresholds", "docs", len(docs), "inner", scorePreds(m, preds).String())
	return m
}

// pred is a model's output for one document, before thresholds.
type pred struct {
	main, set, share []float64 // the heads' linear scores, the lexicon shares
	labels           []int
	evidence         bool // any lexicon cue at all (else no pattern is named)
}

func predict(m *extract.PatternModel, d *doc) pred {
	share := make([]float64, len(m.Patterns))
	for i, p := range m.Patterns {
		share[i] = d.feats["lex:cause:"+p]
	}
	return pred{m.Main.Scores(d.feats), m.Set.Scores(d.feats), share, d.labels, extract.HasCueEvidence(d.feats)}
}

// tally counts what score_patterns.py counts.
type tally struct{ n, first, any, tp, fp, fn int }

func (t tally) String() string {
	pct := func(x int) float64 { return 100 * float64(x) / math.Max(1, float64(t.n)) }
	return fmt.Sprintf("first %.1f%% any %.1f%% P %.2f R %.2f (%d docs)", pct(t.first), pct(t.any),
		float64(t.tp)/math.Max(1, float64(t.tp+t.fp)), float64(t.tp)/math.Max(1, float64(t.tp+t.fn)), t.n)
}

// balance is what the thresholds are chosen for: the worst of precision,
// recall and the main failure among the tags, each as a share of its
// target (0.65, 0.60, 75 %).
func (t tally) balance() float64 {
	p := float64(t.tp) / math.Max(1, float64(t.tp+t.fp))
	r := float64(t.tp) / math.Max(1, float64(t.tp+t.fn))
	a := float64(t.any) / math.Max(1, float64(t.n))
	return math.Min(math.Min(p/0.65, r/0.60), a/0.75)
}

func (t *tally) add(got []string, want []int) {
	names := patternNames()
	t.n++
	w := map[string]bool{}
	for _, l := range want {
		w[names[l]] = true
	}
	if len(got) > 0 && got[0] == names[want[0]] {
		t.first++
	}
	g := map[string]bool{}
	for _, p := range got {
		g[p] = true
		if p == names[want[0]] {
			t.any++
		}
		if w[p] {
			t.tp++
		} else {
			t.fp++
		}
	}
	for p := range w {
		if !g[p] {
			t.fn++
		}
	}
}

func patternNames() []string {
	var out []string
	for _, p := range data.Patterns() {
		out = append(out, p.ID)
	}
	return out
}

func score(m *extract.PatternModel, docs []*doc) tally {
	var t tally
	for _, d := range docs {
		t.add(d.rank(m), d.labels)
	}
	return t
}

// tune picks the thresholds and the most patterns named (three or four)
// on out-of-fold predictions: the grid cell whose objective (obj) is best
// or, with smooth, whose objective averaged with its neighbours' along
// each axis is: a cell good together with its neighbours is no spike that
// a few documents more or less move elsewhere.
func tune(preds []pred, blend float64, obj func(tally) float64, smooth bool) (firstMin, min, rel, mix, alt float64, most int) {
	m := &extract.PatternModel{Patterns: patternNames(), Blend: blend}
	// the main failure is named whenever a cue is found (a write-up with
	// none names nothing); the thresholds trim the further patterns
	axes := [][]float64{
		{0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5}, // min
		{0, 0.3, 0.5, 0.7},                           // rel
		{0, 0.5, 1},                                  // mix
		{0, 0.15, 0.25, 0.35, 0.5},                   // alt
		{4, 3},                                       // max
	}
	size := 1
	for _, a := range axes {
		size *= len(a)
	}
	// cell index <-> coordinates, the last axis fastest
	coord := func(c int) []int {
		out := make([]int, len(axes))
		for k := len(axes) - 1; k >= 0; k-- {
			out[k] = c % len(axes[k])
			c /= len(axes[k])
		}
		return out
	}
	cell := func(x []int) int {
		c := 0
		for k, a := range axes {
			c = c*len(a) + x[k]
		}
		return c
	}
	raw := make([]float64, size)
	for c := range raw {
		x := coord(c)
		m.FirstMin, m.Min, m.Rel, m.Mix, m.Alt, m.Max = 0, axes[0][x[0]], axes[1][x[1]], axes[2][x[2]], axes[3][x[3]], int(axes[4][x[4]])
		raw[c] = obj(scorePreds(m, preds))
	}
	best, bestC := math.Inf(-1), 0
	for c := range raw {
		s := raw[c]
		if smooth {
			x := coord(c)
			sum, n := raw[c], 1.0
			for k := range axes {
				for _, d := range []int{-1, 1} {
					y := slices.Clone(x)
					y[k] += d
					if y[k] < 0 || y[k] >= len(axes[k]) {
						continue
					}
					sum += raw[cell(y)]
					n++
				}
			}
			s = sum / n
		}
		if s > best+1e-9 {
			best, bestC = s, c
		}
	}
	x := coord(bestC)
	return 0, axes[0][x[0]], axes[1][x[1]], axes[2][x[2]], axes[3][x[3]], int(axes[4][x[4]])
}

// objective returns what the thresholds are chosen for: "target", the
// issue's own (precision >= 0.65 and recall >= 0.60 as constraints, each
// shortfall a steep penalty; the main failure first and among the tags as
// the goal), or "balance", the worst of precision, recall and among as
// shares of their targets.
func objective(name string) (func(tally) float64, error) {
	switch name {
	case "balance":
		return tally.balance, nil
	case "target":
		return tally.target, nil
	}
	return nil, fmt.Errorf("-objective %q: want target or balance", name)
}

// target is the objective: the mean of first and among as shares
// of their targets (55 %, 75 %), less three times each relative shortfall
// of precision below 0.65 and recall below 0.60.
func (t tally) target() float64 {
	n := math.Max(1, float64(t.n))
	p := float64(t.tp) / math.Max(1, float64(t.tp+t.fp))
	r := float64(t.tp) / math.Max(1, float64(t.tp+t.fn))
	goal := (float64(t.first)/n/0.55 + float64(t.any)/n/0.75) / 2
	return goal - 3*(math.Max(0, 1-p/0.65)+math.Max(0, 1-r/0.60))
}

// scorePreds tallies a model's thresholds over out-of-fold predictions:
// a write-up without any cue names nothing.
func scorePreds(m *extract.PatternModel, preds []pred) tally {
	var t tally
	for _, p := range preds {
		got := []string{}
		if p.evidence {
			got = m.RankScores(p.main, p.set, p.share)
		}
		t.add(got, p.labels)
	}
	return t
}

// minLabelled is how many training documents must be labelled with a
// pattern for it to get a threshold of its own.
const minLabelled = 15

// tunePerPattern starts every pattern's set-head threshold at the tuned
// Min and moves each, one pattern at a time, to the value that scores best
// on the out-of-fold predictions (two passes), the others held; a pattern
// labelled in fewer than minLabelled documents keeps Min.
func tunePerPattern(preds []pred, m *extract.PatternModel, obj func(tally) float64) []float64 {
	np := len(m.Patterns)
	th := make([]float64, np)
	for i := range th {
		th[i] = m.Min
	}
	c := *m
	eval := func() float64 {
		c.SetMin = th
		return obj(scorePreds(&c, preds))
	}
	best := eval()
	count := make([]int, np)
	for _, p := range preds {
		for _, l := range p.labels {
			count[l]++
		}
	}
	for pass := 0; pass < 2; pass++ {
		for p := 0; p < np; p++ {
			if count[p] < minLabelled {
				continue // too few examples to choose a threshold of its own
			}
			keep := th[p]
			for _, v := range []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.01} {
				th[p] = v
				if s := eval(); s > best+1e-9 {
					best, keep = s, v
				}
			}
			th[p] = keep
		}
	}
	return slices.Clone(th)
}

// learn fits both heads on docs.
func learn(o options, docs []*doc, np int) *extract.PatternModel {
	if o.short > 0 {
		var all []*doc
		for _, d := range docs {
			all = append(all, d)
			if d.short != nil {
				sh := *d.short
				sh.weight *= o.short
				all = append(all, &sh)
			}
		}
		docs = all
	}
	vocab, lexOf := vocabulary(o, docs)
	// sparse rows
	type entry struct {
		f int
		x float64
	}
	rows := make([][]entry, len(docs))
	for i, d := range docs {
		for name, x := range d.feats {
			if f, ok := vocab[name]; ok {
				rows[i] = append(rows[i], entry{f, x})
			}
		}
		sort.Slice(rows[i], func(a, b int) bool { return rows[i][a].f < rows[i][b].f })
	}
	nf := len(vocab)
	// class weights of the main head: a rare main pattern counts more
	mainWeight := make([]float64, len(docs))
	firstCount := make([]float64, np)
	for _, d := range docs {
		firstCount[d.labels[0]]++
	}
	for i, d := range docs {
		mainWeight[i] = d.weight * math.Pow(float64(len(docs))/float64(np)/firstCount[d.labels[0]], o.classWeight)
	}
	allowed := func(f, p int) bool { return lexOf[f] < 0 || lexOf[f] == p }
	n := float64(len(docs))
	// tied lexicon weights: tieOf is each trigger's lexicon feature's view ("lex:c:"
	// of "lex:c:dns"), whose one weight adds to the pattern's own
	tieOf := make([]int, nf)
	tieIdx := map[string]int{}
	for name, f := range vocab {
		tieOf[f] = -1
		if o.tie && lexOf[f] >= 0 {
			v := name[:strings.LastIndexByte(name, ':')]
			if _, ok := tieIdx[v]; !ok {
				tieIdx[v] = len(tieIdx)
			}
		}
	}
	tieNames := make([]string, 0, len(tieIdx))
	for v := range tieIdx {
		tieNames = append(tieNames, v)
	}
	sort.Strings(tieNames) // the same numbering every run
	for i, v := range tieNames {
		tieIdx[v] = i
	}
	for name, f := range vocab {
		// only the triggers' weights are tied: a place pattern (the
		// database, the storage) lifted by the weight the triggers earn
		// would outrank the trigger that struck it
		if o.tie && lexOf[f] >= 0 && extract.IsTriggerPattern(patternNames()[lexOf[f]]) {
			tieOf[f] = tieIdx[name[:strings.LastIndexByte(name, ':')]]
		}
	}
	nt := len(tieNames)
	mainT, setT := make([]float64, nt), make([]float64, nt)
	gMainT, gSetT := make([]float64, nt), make([]float64, nt)
	accMainT, accSetT := make([]float64, nt), make([]float64, nt)

	// main head: softmax regression; set head: one logistic regression a
	// pattern. Full-batch gradient steps with AdaGrad, from zero.
	mainW := make([]float64, nf*np)
	mainB := make([]float64, np)
	setW := make([]float64, nf*np)
	setB := make([]float64, np)
	gMainW := make([]float64, nf*np)
	gSetW := make([]float64, nf*np)
	accMainW := make([]float64, nf*np)
	accSetW := make([]float64, nf*np)
	accMainB := make([]float64, np)
	accSetB := make([]float64, np)
	gMainB := make([]float64, np)
	gSetB := make([]float64, np)
	const lr = 0.5
	sc := make([]float64, np)
	ss := make([]float64, np)
	for it := 0; it < o.iters; it++ {
		clear(gMainW)
		clear(gSetW)
		clear(gMainB)
		clear(gSetB)
		clear(gMainT)
		clear(gSetT)
		for i, d := range docs {
			copy(sc, mainB)
			copy(ss, setB)
			for _, e := range rows[i] {
				base := e.f * np
				for p := 0; p < np; p++ {
					sc[p] += e.x * mainW[base+p]
					ss[p] += e.x * setW[base+p]
				}
				if t := tieOf[e.f]; t >= 0 {
					sc[lexOf[e.f]] += e.x * mainT[t]
					ss[lexOf[e.f]] += e.x * setT[t]
				}
			}
			sum := expShifted(sc)
			in := make([]bool, np)
			for _, l := range d.labels {
				in[l] = true
			}
			for p := 0; p < np; p++ {
				gm := sc[p] / sum
				if p == d.labels[0] {
					gm--
				}
				gs := 1 / (1 + math.Exp(-ss[p]))
				if in[p] {
					gs--
				}
				sc[p], ss[p] = mainWeight[i]*gm/n, d.weight*gs/n
				gMainB[p] += sc[p]
				gSetB[p] += ss[p]
			}
			for _, e := range rows[i] {
				base := e.f * np
				for p := 0; p < np; p++ {
					gMainW[base+p] += e.x * sc[p]
					gSetW[base+p] += e.x * ss[p]
				}
				if t := tieOf[e.f]; t >= 0 {
					gMainT[t] += e.x * sc[lexOf[e.f]]
					gSetT[t] += e.x * ss[lexOf[e.f]]
				}
			}
		}
		step := func(w, g, acc []float64, reg bool, f func(int) bool) {
			for k := range w {
				if f != nil && !f(k) {
					continue
				}
				gk := g[k]
				if reg {
					if lexOf[k/np] >= 0 {
						gk += o.lambdaLex * w[k]
					} else {
						gk += o.lambda * w[k]
					}
				}
				acc[k] += gk * gk
				if acc[k] > 0 {
					w[k] -= lr * gk / math.Sqrt(acc[k])
				}
			}
		}
		mask := func(k int) bool { return allowed(k/np, k%np) }
		var setMask func(int) bool
		if !o.crossLex {
			setMask = mask
		}
		step(mainW, gMainW, accMainW, true, mask)
		step(setW, gSetW, accSetW, true, setMask)
		step(mainB, gMainB, accMainB, false, nil)
		step(setB, gSetB, accSetB, false, nil)
		// the tied weights, regularised as the terms are
		for t := range mainT {
			for _, w := range []struct{ w, g, acc []float64 }{{mainT, gMainT, accMainT}, {setT, gSetT, accSetT}} {
				gk := w.g[t] + o.lambda*w.w[t]
				w.acc[t] += gk * gk
				if w.acc[t] > 0 {
					w.w[t] -= lr * gk / math.Sqrt(w.acc[t])
				}
			}
		}
	}
	// the model holds one weight a feature and pattern: the tied weight
	// goes into each lexicon feature's own
	for f := 0; f < nf; f++ {
		if t := tieOf[f]; t >= 0 {
			mainW[f*np+lexOf[f]] += mainT[t]
			setW[f*np+lexOf[f]] += setT[t]
		}
	}
	m := &extract.PatternModel{Patterns: patternNames()}
	names := make([]string, nf)
	for name, f := range vocab {
		names[f] = name
	}
	head := func(w, b []float64) extract.Head {
		h := extract.Head{Bias: append([]float64(nil), b...), Weights: map[string][]extract.Weight{}}
		for f := 0; f < nf; f++ {
			for p := 0; p < np; p++ {
				if v := w[f*np+p]; math.Abs(v) >= o.prune {
					h.Weights[names[f]] = append(h.Weights[names[f]], extract.Weight{Pattern: p, W: round(v)})
				}
			}
		}
		return h
	}
	m.Main = head(mainW, mainB)
	m.Set = head(setW, setB)
	return m
}

func round(v float64) float64 {
	r, _ := json.Number(fmt.Sprintf("%.3g", v)).Float64()
	return r
}

// vocabulary keeps the features worth learning: every lexicon score, and
// the terms found in at least minDF training documents that are not proper
// names (a word written with a capital inside sentences most of the time:
// company, product and place names, months) or part of an organisation's
// name. It returns each feature's index and, for lexicon scores, the
// pattern it is of (else -1).
func vocabulary(o options, docs []*doc) (map[string]int, []int) {
	proper := properStems(docs)
	orgHan := map[string]bool{}
	for _, d := range docs {
		rs := []rune(d.org)
		for i := 0; i+1 < len(rs); i++ {
			orgHan[string(rs[i:i+2])] = true
		}
	}
	df := map[string]int{}
	// langDF counts each term only in the documents of its own language,
	// langDocs the documents of each
	langDF, langDocs := map[string]int{}, map[string]int{}
	for _, d := range docs {
		lang := docLang(d)
		langDocs[lang]++
		for name := range d.feats {
			df[name]++
			if _, term, ok := strings.Cut(name, ":"); ok && !strings.HasPrefix(name, "lex:") && termLang(term) == lang {
				langDF[name]++
			}
		}
	}
	pidx := map[string]int{}
	for i, p := range patternNames() {
		pidx[p] = i
	}
	var names []string
	lexSeen := map[string]bool{}
	for name, n := range df {
		if dropped(o.drop, name) {
			continue
		}
		if strings.HasPrefix(name, "lex:") {
			names = append(names, name)
			lexSeen[name] = true
			if o.tie {
				// every pattern's feature of a view seen: the tied
				// weight reaches a pattern no training document scored
				// in that view
				v := name[:strings.LastIndexByte(name, ':')+1]
				for p := range pidx {
					if !lexSeen[v+p] && df[v+p] == 0 {
						lexSeen[v+p] = true
						names = append(names, v+p)
					}
				}
			}
			continue
		}
		if n < o.minDF {
			continue
		}
		_, term, _ := strings.Cut(name, ":")
		if termLang(term) == "zh" && n < o.zhMinDF {
			continue
		}
		if o.commonDF > 0 {
			lang := termLang(term)
			if float64(langDF[name]) > o.commonDF*float64(langDocs[lang]) {
				continue
			}
		}
		skip := orgHan[term]
		for _, w := range strings.Split(term, "_") {
			skip = skip || proper[w]
		}
		if !skip {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	vocab := make(map[string]int, len(names))
	lexOf := make([]int, len(names))
	for i, name := range names {
		vocab[name] = i
		lexOf[i] = -1
		if strings.HasPrefix(name, "lex:") {
			lexOf[i] = pidx[name[strings.LastIndexByte(name, ':')+1:]]
		}
	}
	return vocab, lexOf
}

// termLang is the language of a term: "zh" for a pair of Chinese
// characters, else "en".
func termLang(term string) string {
	for _, r := range term {
		if unicode.Is(unicode.Han, r) {
			return "zh"
		}
	}
	return "en"
}

// docLang is a document's language as termLang names it.
func docLang(d *doc) string {
	if d.lang == "zh" {
		return "zh"
	}
	return "en"
}

// properStems returns the stems of words that, inside sentences, are
// capitalised (not all capitals: acronyms such as DNS stay) more often than
// not.
func properStems(docs []*doc) map[string]bool {
	capital, total := map[string]int{}, map[string]int{}
	for _, d := range docs {
		start := true
		word := []rune{}
		flush := func() {
			if len(word) < 3 {
				word = word[:0]
				return
			}
			w := strings.ToLower(string(word))
			st := extract.Stem(w)
			total[st]++
			upper := 0
			for _, r := range word {
				if unicode.IsUpper(r) {
					upper++
				}
			}
			if !start && unicode.IsUpper(word[0]) && upper < len(word) {
				capital[st]++
			}
			word = word[:0]
			start = false
		}
		for _, r := range d.text {
			switch {
			case r < 128 && unicode.IsLetter(r):
				word = append(word, r)
			default:
				flush()
				if strings.ContainsRune(".!?:\n#*>|-", r) {
					start = true
				}
			}
		}
		flush()
	}
	out := map[string]bool{}
	for st, n := range total {
		if capital[st]*2 > n {
			out[st] = true
		}
	}
	return out
}

func dropped(prefixes, name string) bool {
	for _, p := range strings.Split(prefixes, ",") {
		if p != "" && strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// perPattern prints, for each pattern, how often it was labelled, named
// rightly, named wrongly, and labelled and named first.
func perPattern(m *extract.PatternModel, docs []*doc) {
	names := patternNames()
	type c struct{ want, tp, fp, wantFirst, firstOK, gotFirst int }
	cs := make([]c, len(names))
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}
	for _, d := range docs {
		got := d.rank(m)
		w := map[int]bool{}
		for _, l := range d.labels {
			w[l] = true
			cs[l].want++
		}
		cs[d.labels[0]].wantFirst++
		for k, g := range got {
			p := idx[g]
			if w[p] {
				cs[p].tp++
			} else {
				cs[p].fp++
			}
			if k == 0 {
				cs[p].gotFirst++
				if p == d.labels[0] {
					cs[p].firstOK++
				}
			}
		}
	}
	conf := map[string]int{}
	for _, d := range docs {
		got := d.rank(m)
		g := "-"
		if len(got) > 0 {
			g = got[0]
		}
		if g != names[d.labels[0]] {
			conf[names[d.labels[0]]+" -> "+g]++
			slog.Debug("first wrong", "line", d.line+1, "want", names[d.labels[0]], "got", got)
		}
	}
	var confs []string
	for k, v := range conf {
		if v > 1 {
			confs = append(confs, fmt.Sprintf("%s %d", k, v))
		}
	}
	sort.Strings(confs)
	fmt.Printf("  first wrong: %s\n", strings.Join(confs, "; "))
	fmt.Printf("  %-18s %5s %5s %5s | %6s %6s %6s\n", "pattern", "want", "tp", "fp", "want1", "got1", "ok1")
	for i, n := range names {
		fmt.Printf("  %-18s %5d %5d %5d | %6d %6d %6d\n", n, cs[i].want, cs[i].tp, cs[i].fp, cs[i].wantFirst, cs[i].gotFirst, cs[i].firstOK)
	}
}

// selectParams chooses lambda, mindf and blend by two inner folds of docs:
// each candidate is fitted (thresholds and all) on one fold and scored on
// the other, both ways round, and the one with the best mean of first,
// any, precision and recall, each as a share of its target, is kept.
func selectParams(o options, docs []*doc, np int) options {
	a, b := alternate(docs)
	best, bestScore := o, -1.0
	for _, lambda := range []float64{1e-4, 3e-4, 1e-3, 3e-3} {
		for _, minDF := range []int{2, 3, 5} {
			for _, blend := range []float64{0.5, 1, 2} {
				c := o
				c.lambda, c.minDF, c.blend = lambda, minDF, blend
				var t tally
				for _, f := range [][2][]*doc{{a, b}, {b, a}} {
					m := fit(c, f[0], np)
					for _, d := range f[1] {
						t.add(d.rank(m), d.labels)
					}
				}
				if s := t.mean(); s > bestScore+1e-9 {
					best, bestScore = c, s
				}
				slog.Debug("candidate", "lambda", lambda, "mindf", minDF, "blend", blend, "score", t.mean(), "tally", t.String())
			}
		}
	}
	slog.Info("selected", "lambda", best.lambda, "mindf", best.minDF, "blend", best.blend, "inner_score", bestScore)
	return best
}

// mean is the mean of first, any, precision and recall, each as a share
// of its target (55 %, 75 %, 0.65, 0.60).
func (t tally) mean() float64 {
	n := math.Max(1, float64(t.n))
	p := float64(t.tp) / math.Max(1, float64(t.tp+t.fp))
	r := float64(t.tp) / math.Max(1, float64(t.tp+t.fn))
	return (float64(t.first)/n/0.55 + float64(t.any)/n/0.75 + p/0.65 + r/0.60) / 4
}

// expShifted replaces each score by its exponential, shifted by the
// largest so none overflows, and returns their sum: v[i]/sum is then the
// softmax of the scores.
func expShifted(v []float64) float64 {
	mx := math.Inf(-1)
	for _, x := range v {
		mx = math.Max(mx, x)
	}
	sum := 0.0
	for i := range v {
		v[i] = math.Exp(v[i] - mx)
		sum += v[i]
	}
	return sum
}

func why(b *strings.Builder, m *extract.PatternModel, d *doc) {
	names := patternNames()
	pr := predict(m, d)
	ms := slices.Clone(pr.main)
	for i := range ms {
		ms[i] += m.Blend * pr.share[i]
	}
	sum := expShifted(ms)
	lab := map[int]string{}
	for k, l := range d.labels {
		lab[l] = fmt.Sprint("L", k)
	}
	got := d.rank(m)
	fmt.Fprintf(b, "== %d %s want %v got %v\n", d.line, d.lang, d.labels, got)
	for p, n := range names {
		var views []string
		for f, x := range d.feats {
			if strings.HasPrefix(f, "lex:") && strings.HasSuffix(f, ":"+n) {
				views = append(views, fmt.Sprintf("%s=%.2f", strings.TrimSuffix(strings.TrimPrefix(f, "lex:"), ":"+n), x))
			}
		}
		sort.Strings(views)
		main, set := ms[p]/sum, 1/(1+math.Exp(-pr.set[p]))
		if lab[p] == "" && main < 0.1 && set < 0.2 {
			continue
		}
		fmt.Fprintf(b, "  %-3s %-18s main %.2f set %.2f  %s\n", lab[p], n, main, set, strings.Join(views, " "))
	}
}
