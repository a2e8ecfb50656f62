package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how long work is going: a bar on a terminal, a plain line
// now and then otherwise (logs, cron mail).
type progress struct {
	bar   *progressbar.ProgressBar
	w     io.Writer
	what  string
	total int
	done  int
	last  time.Time
}

// newProgress starts a progress display for total items (-1 when not
// known) on w.
func newProgress(w io.Writer, total int, what string) *progress {
	p := &progress{w: w, what: what, total: total, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// Add counts n more items done.
func (p *progress) Add(n int) {
	p.done += n
	if p.bar != nil {
		_ = p.bar.Add(n)
		return
	}
	if time.Since(p.last) >= 10*time.Second {
		p.last = time.Now()
		if p.total > 0 {
			fmt.Fprintf(p.w, "%s: %d of %d\n", p.what, p.done, p.total)
		} else {
			fmt.Fprintf(p.w, "%s: %d\n", p.what, p.done)
		}
	}
}

// Finish ends the display.
func (p *progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
