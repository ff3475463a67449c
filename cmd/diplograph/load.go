package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"diplograph"
	"diplograph/loader"
	"diplograph/loader/extract"
	"diplograph/neo4j"
	"diplograph/neo4j/local"
)

const loadUsage = `usage: diplograph load [flags] PATH…|-

Loads communiqués into Neo4j. A PATH is a file or a folder (read
recursively, in name order): .txt and .md files are communiqué texts (facts
are extracted from them), .jsonl and .json files are facts in the
interchange format (shared/eval/FORMAT.md), one communiqué per line. "-"
reads stdin (facts when it starts with '{', else a text).

Loading is idempotent: a communiqué already loaded with the same content is
left unchanged; a changed version (same id, new content) replaces what the
earlier version asserted. Each communiqué is written all-or-nothing. A bad
input gets one error line naming the file (and line) and the others still
load; the exit status is then 1.

Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; without
NEO4J_URI the local embedded Neo4j is used (started if needed).

flags:
`

// loadFlushDocs is the number of communiqués handed to WriteMany at once.
const loadFlushDocs = 256

// runLoad implements "diplograph load".
func runLoad(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	batch := fs.Int("batch", neo4j.DefaultBatchSize, "rows per UNWIND statement (small communiqués are grouped into one transaction up to about this many rows)")
	date := fs.String("date", "", "date of text communiqués (YYYY, YYYY-MM or YYYY-MM-DD) when they do not say; fills in facts lacking doc.date")
	lang := fs.String("lang", "", "language of text communiqués (fr, en, es) instead of detecting it; fills in facts lacking doc.lang")
	source := fs.String("source", "", "source (URL or path) to record for the communiqués instead of the file path")
	maxBytes := fs.Int64("max-bytes", loader.DefaultMaxBytes, "largest input accepted for one communiqué (a text or .json file, a .jsonl line)")
	progress := fs.String("progress", "auto", "progress display: auto (a bar when stderr is a terminal), bar, log, none")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), loadUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage("%v", err)
	}
	paths := fs.Args()
	if len(paths) == 0 {
		return errUsage("no input: give files, folders or - for stdin (see --help)")
	}
	if *batch < 1 {
		return errUsage("--batch must be positive")
	}
	if *date != "" && !diplograph.ValidDate(*date) {
		return errUsage("--date %q is not YYYY, YYYY-MM or YYYY-MM-DD", *date)
	}
	switch *lang {
	case "", "fr", "en", "es":
	default:
		return errUsage("--lang %q is not fr, en or es", *lang)
	}
	switch *progress {
	case "auto", "bar", "log", "none":
	default:
		return errUsage("--progress %q is not auto, bar, log or none", *progress)
	}

	conn, started, err := local.EnsureRunning(ctx)
	if err != nil {
		return fmt.Errorf("neo4j: %w", err)
	}
	if started {
		slog.Info("started the local Neo4j", "uri", conn.URI)
	}
	store, err := neo4j.Open(ctx, neo4j.Config{URI: conn.URI, Username: conn.Username, Password: conn.Password,
		Database: conn.Database, BatchSize: *batch})
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if err := store.EnsureSchema(ctx); err != nil {
		return err
	}

	opts := loader.Options{Extractor: newLoadExtractor(), Date: *date, Lang: *lang, Source: *source, MaxBytes: *maxBytes}
	mode := *progress
	if mode == "auto" {
		mode = "log"
		if term.IsTerminal(int(os.Stderr.Fd())) {
			mode = "bar"
		}
	}
	l := &loadRun{store: store, out: os.Stderr, mode: mode, start: time.Now(), lastLog: time.Now()}
	if mode == "bar" {
		l.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(os.Stderr),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
	}
	err = l.run(ctx, paths, os.Stdin, opts)
	if l.bar != nil {
		_ = l.bar.Finish()
	}
	fmt.Fprintln(os.Stdout, l.summary())
	if err != nil {
		return err
	}
	if l.failed > 0 {
		return fmt.Errorf("%d of %d documents failed", l.failed, l.failed+l.loaded+l.unchanged+l.replaced)
	}
	return nil
}

// loadRun is one run of the load command.
type loadRun struct {
	store *neo4j.Store
	out   io.Writer
	mode  string // bar, log, none
	bar   *progressbar.ProgressBar

	loaded, unchanged, replaced, failed int
	nodesCreated, relsCreated           int
	nodesDeleted, relsDeleted           int
	start, lastLog                      time.Time
	relations                           int
}

// run reads the inputs in one goroutine and writes them in batches here.
func (l *loadRun) run(ctx context.Context, paths []string, stdin io.Reader, opts loader.Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan loader.Item, loadFlushDocs)
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- loader.Read(ctx, paths, stdin, opts, func(it loader.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var pending []loader.Item
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		cs := make([]*diplograph.Communique, len(pending))
		for i, it := range pending {
			cs[i] = it.Communique
		}
		res, err := l.store.WriteMany(ctx, cs)
		for i, it := range pending {
			if i >= len(res.Results) {
				break
			}
			if err != nil && res.Errs[i] == nil && res.Results[i] == (diplograph.WriteResult{}) {
				continue // not attempted: ctx done
			}
			if res.Errs[i] != nil {
				l.fail(placed(res.Errs[i], it))
				continue
			}
			switch res.Results[i].Status {
			case diplograph.Loaded:
				l.loaded++
			case diplograph.Unchanged:
				l.unchanged++
			case diplograph.Replaced:
				l.replaced++
			}
			l.relations += len(it.Communique.Relations)
			slog.Debug("written", "id", it.Communique.Doc.ID, "path", it.Path, "line", it.Line, "status", res.Results[i].Status)
			l.tick()
		}
		l.nodesCreated += res.NodesCreated
		l.relsCreated += res.RelationshipsCreated
		l.nodesDeleted += res.NodesDeleted
		l.relsDeleted += res.RelationshipsDeleted
		pending = pending[:0]
		return err
	}
	for it := range items {
		if it.Err != nil {
			l.fail(it.Err)
			continue
		}
		pending = append(pending, it)
		if len(pending) >= loadFlushDocs || len(items) == 0 {
			if err := flush(); err != nil {
				cancel()
				for range items {
				}
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	return ctx.Err()
}

// placed names the input of a write error.
func placed(err error, it loader.Item) error {
	var e *diplograph.Error
	if errors.As(err, &e) && e.Path == "" {
		return e.WithPlace(it.Path, it.Line)
	}
	return err
}

// fail reports a bad input on one line.
func (l *loadRun) fail(err error) {
	l.failed++
	if l.bar != nil {
		_ = l.bar.Clear()
	}
	if l.mode == "log" {
		slog.Error("load failed", "err", err.Error())
	} else {
		fmt.Fprintf(l.out, "error: %v\n", err)
	}
	l.tick()
}

// tick advances the progress display by one document.
func (l *loadRun) tick() {
	switch l.mode {
	case "bar":
		_ = l.bar.Add(1)
		if time.Since(l.lastLog) >= 250*time.Millisecond {
			l.lastLog = time.Now()
			done := l.loaded + l.unchanged + l.replaced + l.failed
			l.bar.Describe(fmt.Sprintf("loading: %.1f documents/s, %d failed", float64(done)/time.Since(l.start).Seconds(), l.failed))
		}
	case "log":
		if time.Since(l.lastLog) >= 2*time.Second {
			l.lastLog = time.Now()
			done := l.loaded + l.unchanged + l.replaced + l.failed
			slog.Info("loading", "documents", done, "docs_per_s", fmt.Sprintf("%.1f", float64(done)/time.Since(l.start).Seconds()),
				"failed", l.failed)
		}
	}
}

// summary is the final line of a run.
func (l *loadRun) summary() string {
	el := time.Since(l.start)
	done := l.loaded + l.unchanged + l.replaced + l.failed
	var b strings.Builder
	fmt.Fprintf(&b, "documents: %d loaded, %d unchanged, %d replaced, %d failed; created %d nodes and %d relationships",
		l.loaded, l.unchanged, l.replaced, l.failed, l.nodesCreated, l.relsCreated)
	if l.nodesDeleted > 0 || l.relsDeleted > 0 {
		fmt.Fprintf(&b, ", deleted %d nodes and %d relationships", l.nodesDeleted, l.relsDeleted)
	}
	fmt.Fprintf(&b, " (%s, %.1f documents/s)", el.Round(time.Millisecond), float64(done)/el.Seconds())
	return b.String()
}

// newLoadExtractor returns the extractor for text inputs.
func newLoadExtractor() loader.Extractor { return extract.New(extract.Options{}) }
