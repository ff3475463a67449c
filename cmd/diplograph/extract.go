package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"diplograph/loader"
	"diplograph/loader/extract"
)

// runExtract implements "diplograph extract": communiqué texts (and facts
// files, passed through) → one FORMAT JSON line per document on stdout.
func runExtract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	date := fs.String("date", "", "date of the communiqué (YYYY, YYYY-MM or YYYY-MM-DD); overrides headers and datelines")
	lang := fs.String("lang", "", "language of the communiqué (fr, en, es); overrides detection")
	source := fs.String("source", "", "source of the communiqué (URL or agency); overrides the source header")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "usage: diplograph extract [--date D] [--lang L] [--source S] FILE…|DIR|-")
		fmt.Fprintln(w, "\nExtracts the facts of communiqués (French, English, Spanish; .txt and .md files,")
		fmt.Fprintln(w, "folders searched recursively, - for stdin) and writes one JSON line per document")
		fmt.Fprintln(w, "in the interchange format (shared/eval/FORMAT.md) on stdout. Bad inputs are")
		fmt.Fprintln(w, "reported on stderr and the others go on; the exit status is 1 if any failed.")
		fmt.Fprintln(w, "\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage("no input: give files, folders or - for stdin")
	}
	if *lang != "" && *lang != "fr" && *lang != "en" && *lang != "es" {
		return errUsage("--lang %q: want fr, en or es", *lang)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed, done := 0, 0
	opts := loader.Options{Extractor: extract.New(extract.Options{}), Date: *date, Lang: *lang, Source: *source}
	err := loader.Read(ctx, fs.Args(), os.Stdin, opts, func(it loader.Item) error {
		if it.Err != nil {
			failed++
			slog.Error("extract failed", "path", it.Path, "line", it.Line, "err", it.Err)
			return nil
		}
		done++
		if err := enc.Encode(it.Communique.Document); err != nil {
			return err
		}
		return out.Flush()
	})
	if err != nil {
		return err
	}
	slog.Debug("extract finished", "documents", done, "failed", failed)
	if failed > 0 {
		return fmt.Errorf("%d of %d documents failed", failed, failed+done)
	}
	return nil
}
