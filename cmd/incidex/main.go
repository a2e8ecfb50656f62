// Command incidex is a search engine for incident postmortems: it imports
// and extracts postmortems, indexes them with Chinese segmentation, and
// serves a search page and JSON API. Run "incidex help" for its commands.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/incidex/incidex/indexer"
)

// errUsage marks an error in how the command was called (exit code 2).
var errUsage = errors.New("usage")

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"serve", "serve the web UI and JSON API", runServe},
		{"import", "import postmortem files or folders (.md .markdown .html .htm .txt .pdf)", runImport},
		{"crawl", "one crawl pass over the sources (or --url seeds), for cron", runCrawl},
		{"reindex", "re-extract every stored raw document into the index, offline", runReindex},
		{"search", "search from the terminal", runSearch},
		{"show", "print one incident", runShow},
		{"extract", "extract one document and print the incident; touches no index", runExtract},
		{"delete", "hide an incident (soft delete; restorable for 30 days)", runDelete},
		{"restore", "bring a deleted incident back", runRestore},
		{"backup", "write a consistent copy of the data folder to DIR (also while serve runs)", runBackup},
		{"bench", "measure import, index size, start-up, query latency and memory on a corpus (--load: searches while crawling)", runBench},
		{"eval", "score a query set against a corpus (nDCG@10, MRR, recall)", runEval},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "incidex: a search engine for incident postmortems")
	fmt.Fprintln(w, "\nusage: incidex COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --data DIR (default $INCIDEX_DATA, else ./incidex-data).")
	fmt.Fprintln(w, "Run 'incidex COMMAND --help' for a command's flags.")
}

// errorText is an error's message without the prefixes that would repeat
// the "incidex COMMAND:" it is printed after ("extract: …", "usage: …").
func errorText(name string, err error) string {
	if errors.Is(err, indexer.ErrLocked) {
		return "the data folder is held by another incidex process, most likely incidex serve: stop it first (search, show and backup work while serve runs)"
	}
	msg := err.Error()
	for {
		trimmed := strings.TrimPrefix(strings.TrimPrefix(msg, errUsage.Error()+": "), name+": ")
		if trimmed == msg {
			return msg
		}
		msg = trimmed
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, errHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "incidex %s: %s\n", c.name, errorText(c.name, err))
			return 2
		default:
			fmt.Fprintf(stderr, "incidex %s: %s\n", c.name, errorText(c.name, err))
			return 1
		}
	}
	fmt.Fprintf(stderr, "incidex: unknown command %q; run 'incidex help' for the list\n", args[0])
	return 2
}
