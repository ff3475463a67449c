package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"diplograph"
)

const facts = "../testdata/facts"

// collect reads paths and returns the items.
func collect(t *testing.T, paths []string, stdin string, opts Options) []Item {
	t.Helper()
	var items []Item
	var in *strings.Reader
	if stdin != "" {
		in = strings.NewReader(stdin)
	}
	var err error
	if in != nil {
		err = Read(context.Background(), paths, in, opts, func(it Item) error { items = append(items, it); return nil })
	} else {
		err = Read(context.Background(), paths, nil, opts, func(it Item) error { items = append(items, it); return nil })
	}
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

// describe renders items as "path:line id" or "path:line error".
func describe(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Err != nil {
			out = append(out, fmt.Sprintf("%s:%d ERR %v", filepath.ToSlash(it.Path), it.Line, it.Err))
		} else {
			out = append(out, fmt.Sprintf("%s:%d %s", filepath.ToSlash(it.Path), it.Line, it.Communique.Doc.ID))
		}
	}
	return out
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestReadGoodJSONL(t *testing.T) {
	p := filepath.Join(facts, "good.jsonl")
	items := collect(t, []string{p}, "", Options{})
	got := describe(items)
	want := []string{p + ":1 fixture-ma-cl", p + ":2 fixture-ma-pe"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, it := range items {
		if want := sha([]byte(lines[i])); it.Communique.Hash != want {
			t.Errorf("line %d: hash %s, want sha256 of the line %s", i+1, it.Communique.Hash, want)
		}
	}
	c := items[0].Communique
	if len(c.Entities) != 6 || len(c.Relations) != 6 {
		t.Errorf("fixture-ma-cl: %d entities, %d relations; want 6, 6", len(c.Entities), len(c.Relations))
	}
	if c.Doc.Date != "2024-02-12" || c.Doc.Lang != "en" || c.Text != "" {
		t.Errorf("doc meta %+v, text %q", c.Doc, c.Text)
	}
	if ev := c.Relations[4].Evidence; len(ev) != 2 || ev[1].Quote != "Chile reiterated its backing" || ev[1].Start != 140 {
		t.Errorf("SUPPORTS evidence %+v", ev)
	}
}

func TestReadBadLines(t *testing.T) {
	p := filepath.Join(facts, "bad.jsonl")
	items := collect(t, []string{p}, "", Options{})
	type want struct {
		line int
		id   string // for a good line
		err  string // substring of the error
	}
	wants := []want{
		{1, "fixture-bad-ok-1", ""},
		{2, "", "bad.jsonl:2: decode: invalid: not valid JSON: unexpected end of input"},
		{3, "", `bad.jsonl:3: validate: invalid: relation 2 (SUPPORTS): to "position:x" is not an entity of the document`},
		{4, "", `bad.jsonl:4: validate: invalid: entity 2 ("river:nile"): unknown entity type "River"`},
		{5, "", `bad.jsonl:5: validate: invalid: relation 1: unknown relation type "LIKES"`},
		{7, "fixture-bad-ok-2", ""},
	}
	if len(items) != len(wants) {
		t.Fatalf("got %d items, want %d:\n%s", len(items), len(wants), strings.Join(describe(items), "\n"))
	}
	for i, w := range wants {
		it := items[i]
		if it.Line != w.line || it.Path != p {
			t.Errorf("item %d at %s:%d, want %s:%d", i, it.Path, it.Line, p, w.line)
		}
		if w.err == "" {
			if it.Err != nil || it.Communique.Doc.ID != w.id {
				t.Errorf("line %d: %v, want document %s", w.line, describe(items[i:i+1]), w.id)
			}
			continue
		}
		if it.Err == nil {
			t.Errorf("line %d: no error, want %q", w.line, w.err)
			continue
		}
		if !strings.HasSuffix(it.Err.Error(), w.err) {
			t.Errorf("line %d: error\n  %v\nwant it to end with\n  %s", w.line, it.Err, w.err)
		}
		var e *diplograph.Error
		if !errors.As(it.Err, &e) || e.Path != p || e.Line != w.line || diplograph.KindOf(it.Err) != diplograph.Invalid {
			t.Errorf("line %d: error %#v is not an Invalid *diplograph.Error naming %s:%d", w.line, it.Err, p, w.line)
		}
	}
}

func TestReadBadFiles(t *testing.T) {
	cases := []struct{ file, err string }{
		{"empty.jsonl", "empty.jsonl: load: invalid: empty file"},
		{"blank.jsonl", "blank.jsonl: load: invalid: empty file"},
		{"latin1.jsonl", "latin1.jsonl:1: decode: invalid: not valid UTF-8 (byte 78)"},
		{"missing.jsonl", "missing.jsonl: load: not found: stat: no such file or directory"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			p := filepath.Join(facts, c.file)
			items := collect(t, []string{p}, "", Options{})
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("items %v, want one error", describe(items))
			}
			if got := items[0].Err.Error(); got != p+strings.TrimPrefix(c.err, c.file) {
				t.Errorf("error %q, want %q", got, p+strings.TrimPrefix(c.err, c.file))
			}
		})
	}
}

func TestReadLatin1Offset(t *testing.T) {
	// The é of "Valdés" in Latin-1 is the first byte that is not UTF-8: check
	// the offset the error gives.
	data, err := os.ReadFile(filepath.Join(facts, "latin1.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.IndexByte(string(data), 0xE9); i+1 != 78 {
		t.Fatalf("fixture changed: é at byte %d", i+1)
	}
}

func TestReadTreeSortedRecursiveSkipsHiddenAndUnknown(t *testing.T) {
	root := filepath.Join(facts, "tree")
	items := collect(t, []string{root}, "", Options{})
	got := describe(items)
	want := []string{
		root + "/a.jsonl:1 fixture-tree-a",
		root + "/sub/b.json:1 fixture-tree-b",
		root + "/sub/c.json:2 fixture-tree-c1",
		root + "/sub/c.json:21 fixture-tree-c2",
		root + "/sub/d.txt:0 ERR " + root + "/sub/d.txt: load: invalid: text input needs an extractor",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// echoExtractor is a test Extractor: it builds a one-entity document from
// the first word of the text and records what it was given.
type echoExtractor struct{ got []TextInput }

func (e *echoExtractor) Extract(ctx context.Context, in TextInput) (*diplograph.Communique, error) {
	e.got = append(e.got, in)
	text := string(in.Data)
	if strings.HasPrefix(text, "FAIL") {
		return nil, errors.New("cannot make sense of it")
	}
	if strings.HasPrefix(text, "BINARY") {
		return nil, diplograph.Errorf("extract", diplograph.Invalid, "binary data").WithPlace(in.Path, 0)
	}
	doc := &diplograph.Document{Doc: diplograph.DocMeta{ID: in.ID, Date: in.Date, Lang: in.Lang, Source: in.Source},
		Entities: []diplograph.Entity{{ID: "state:MA", Type: "State", Name: "Morocco", Props: map[string]any{"iso2": "MA"}}}}
	if strings.Contains(text, "BADREL") {
		doc.Relations = []diplograph.Relation{{Type: "HOLDS_OFFICE", From: "person:nobody", To: "state:MA"}}
	}
	return &diplograph.Communique{Document: doc, Text: text}, nil
}

func TestReadTextWithExtractor(t *testing.T) {
	ex := &echoExtractor{}
	p := filepath.Join(facts, "tree", "sub", "d.txt")
	items := collect(t, []string{p}, "", Options{Extractor: ex, Date: "2023-03-03", Lang: "en", Source: "https://example.org/d"})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items %v", describe(items))
	}
	data, _ := os.ReadFile(p)
	c := items[0].Communique
	if c.Doc.ID != "d" || c.Hash != sha(data) || c.Doc.Source != "https://example.org/d" || c.Doc.Date != "2023-03-03" {
		t.Errorf("communique %+v hash %s", c.Doc, c.Hash)
	}
	if len(ex.got) != 1 || ex.got[0].Path != p || ex.got[0].ID != "d" || string(ex.got[0].Data) != string(data) || ex.got[0].Lang != "en" {
		t.Errorf("extractor got %+v", ex.got)
	}

	// Source defaults to the path; errors of the extractor and of validation
	// name the file.
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.md", "Morocco welcomed the decision.")
	fail := write("fail.txt", "FAIL here")
	badrel := write("zz.txt", "BADREL")
	empty := write("empty.txt", " \n")
	binary := write("zzz.txt", "BINARY")
	items = collect(t, []string{ok, fail, badrel, empty, binary}, "", Options{Extractor: &echoExtractor{}})
	got := describe(items)
	want := []string{
		ok + ":0 ok",
		fail + ":0 ERR " + fail + ": extract: invalid: cannot make sense of it",
		badrel + `:0 ERR ` + badrel + `: validate: invalid: relation 1 (HOLDS_OFFICE): from "person:nobody" is not an entity of the document`,
		empty + ":0 ERR " + empty + ": load: invalid: empty file",
		binary + ":0 ERR " + binary + ": extract: invalid: binary data",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if items[0].Communique.Doc.Source != ok {
		t.Errorf("source %q, want the path", items[0].Communique.Doc.Source)
	}
}

func TestReadStdin(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(facts, "good.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	items := collect(t, []string{"-"}, "\n"+string(good), Options{})
	if got := describe(items); strings.Join(got, ",") != "-:2 fixture-ma-cl,-:3 fixture-ma-pe" {
		t.Errorf("facts on stdin: %v", got)
	}

	text := "Rabat — The two ministers spoke by phone."
	ex := &echoExtractor{}
	items = collect(t, []string{"-"}, text, Options{Extractor: ex})
	wantID := "stdin-" + sha([]byte(text))[:12]
	if len(items) != 1 || items[0].Err != nil || items[0].Communique.Doc.ID != wantID || items[0].Path != "-" {
		t.Fatalf("text on stdin: %v, want id %s", describe(items), wantID)
	}
	if items[0].Communique.Doc.Source != "" {
		t.Errorf("stdin source %q, want empty", items[0].Communique.Doc.Source)
	}
}

func TestReadMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("word ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(filepath.Join(facts, "good.jsonl"))
	lines := strings.SplitAfter(string(good), "\n")
	long := filepath.Join(dir, "long.jsonl")
	// line 1 is short enough, line 2 is not
	short := `{"doc":{"id":"x"},"entities":[],"relations":[]}` + "\n"
	if err := os.WriteFile(long, []byte(short+lines[0]), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, []string{big, long}, "", Options{Extractor: &echoExtractor{}, MaxBytes: 200})
	got := describe(items)
	want := []string{
		big + ":0 ERR " + big + ": load: invalid: file larger than 200 bytes",
		long + ":1 x",
		long + ":2 ERR " + long + ":2: load: invalid: line longer than 200 bytes",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadSniffsUnknownExtension(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "facts.data")
	if err := os.WriteFile(p, []byte(`{"doc":{"id":"sniffed"},"entities":[],"relations":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, []string{p}, "", Options{})
	if got := describe(items); len(got) != 1 || got[0] != p+":1 sniffed" {
		t.Errorf("items %v", got)
	}
}

func TestReadDecodeErrors(t *testing.T) {
	cases := []struct{ line, err string }{
		{`{"doc":{"id":"a"},"entities":[]} {"doc":{}}`, "decode: invalid: unexpected data after the JSON object at byte 34"},
		{`{"entities":[]}`, `decode: invalid: missing "doc"`},
		{`{"doc":{"id":"a"},"entities":{"id":1}}`, "decode: invalid: not valid facts JSON: entities: object where []diplograph.Entity expected"},
		{`{"doc":{"id":"a"},"entities":[{"id":"state:MA","type":"State"}]}`, `decode: invalid: entity 1 ("state:MA"): missing name`},
		{`{"doc":{"id":"a"},"relations":[{"type":"SUPPORTS","from":"state:MA"}]}`, "decode: invalid: relation 1: type, from and to are required"},
		{`{"doc":{"id":""}}`, "validate: invalid: doc.id is empty"},
		{`[1,2]`, "decode: invalid: not valid facts JSON: array where"},
		{`{"doc":{"id":"a","date":"April 2021"}}`, `validate: invalid: doc.date "April 2021" is not YYYY, YYYY-MM or YYYY-MM-DD`},
	}
	dir := t.TempDir()
	for i, c := range cases {
		p := filepath.Join(dir, fmt.Sprintf("case%d.jsonl", i))
		if err := os.WriteFile(p, []byte(c.line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		items := collect(t, []string{p}, "", Options{})
		if len(items) != 1 || items[0].Err == nil {
			t.Errorf("%s: items %v, want an error", c.line, describe(items))
			continue
		}
		if got := items[0].Err.Error(); !strings.HasPrefix(got, p+":1: "+c.err) {
			t.Errorf("%s:\n  error %q\n  want  %q", c.line, got, p+":1: "+c.err)
		}
	}
}

func TestReadStopsWhenFnFails(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{filepath.Join(facts, "good.jsonl")}, nil, Options{}, func(Item) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d items; want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{filepath.Join(facts, "good.jsonl")}, nil, Options{}, func(Item) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

func TestReadFactsDefaults(t *testing.T) {
	items := collect(t, []string{"-"}, `{"doc":{"id":"a","lang":"fr"}}`, Options{Date: "2020-01", Lang: "en", Source: "src"})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatal(describe(items))
	}
	if d := items[0].Communique.Doc; d.Date != "2020-01" || d.Lang != "fr" || d.Source != "src" {
		t.Errorf("doc %+v: want date and source filled in, lang kept", d)
	}
}
