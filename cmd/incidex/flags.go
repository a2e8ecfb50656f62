package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// errHelp is returned after a command printed its help.
var errHelp = errors.New("help shown")

// newFlags returns a flag set for a command with the --data flag every
// command takes.
func newFlags(name, args string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := os.Getenv("INCIDEX_DATA")
	if def == "" {
		def = "./incidex-data"
	}
	data := fs.String("data", def, "data folder (index and state)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: incidex %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs, data
}

// parseFlags parses flags that may stand before, between or after the
// positional arguments ("incidex search 光缆 --json").
//
// A flag error is returned, not printed: the flag package would print it
// and the usage too, and the command prints it once more.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(out)
				usage()
				return nil, errHelp
			}
			return nil, fmt.Errorf("%w: %s ('incidex %s --help' lists the flags)", errUsage, firstLine(err.Error()), fs.Name())
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
