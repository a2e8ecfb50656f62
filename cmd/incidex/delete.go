package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// PurgeAfter is how long a deleted incident can still be restored.
const PurgeAfter = 30 * 24 * time.Hour

func runDelete(args []string, stdout, stderr io.Writer) error {
	return setDeleted("delete", true, args, stdout, stderr)
}

func runRestore(args []string, stdout, stderr io.Writer) error {
	return setDeleted("restore", false, args, stdout, stderr)
}

// setDeleted hides or brings back one incident. Deleting is soft: the
// incident stays in the index, out of every search, for PurgeAfter; the
// crawler's raw documents are never touched.
func setDeleted(name string, deleted bool, args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags(name, "ID", stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || !data.ValidID(pos[0]) {
		return fmt.Errorf("%w: name one incident id (letters, digits, '-' and '_')", errUsage)
	}
	if err := requireData(*dataDir); err != nil {
		return err
	}
	ix, err := indexer.Open(*dataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	if err := ix.SetDeleted(pos[0], deleted, time.Now()); err != nil {
		if errors.Is(err, data.ErrNotFound) {
			return fmt.Errorf("no incident with id %s", pos[0])
		}
		return err
	}
	if deleted {
		fmt.Fprintf(stdout, "deleted %s; 'incidex restore %s' brings it back within %d days\n", pos[0], pos[0], int(PurgeAfter.Hours()/24))
	} else {
		fmt.Fprintf(stdout, "restored %s\n", pos[0])
	}
	return nil
}
