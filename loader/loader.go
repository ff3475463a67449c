// Package loader reads the inputs of diplograph: communiqué texts (.txt, .md)
// and facts in the interchange format (.jsonl, .json; shared/eval/FORMAT.md),
// from files, folders (recursively) and stdin. It streams one Item per
// document: facts are decoded line by line and validated, texts are handed to
// an Extractor. Every bad input becomes an Item whose Err names the file (and
// the line, for JSON Lines) so that the caller can report it and go on.
package loader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"diplograph"
)

// DefaultMaxBytes is the default limit on the size of one document's input: a
// text file, a .json file, or one line of a .jsonl file.
const DefaultMaxBytes = 64 << 20

// TextInput is a communiqué text to extract facts from.
type TextInput struct {
	Path string // file path, "-" for stdin
	ID   string // document id: the file name without extension, or "stdin-<hash>"
	Data []byte // the raw bytes of the input
	// CLI overrides ("" = none): the date, language and source of the communiqué.
	Date, Lang, Source string
}

// Extractor turns a communiqué text into facts. It returns the Document (and
// Communique.Text, the decoded original text); Read sets the Hash and
// validates the result.
type Extractor interface {
	Extract(ctx context.Context, in TextInput) (*diplograph.Communique, error)
}

// Item is one document read from the inputs, or the error that prevented
// reading it. Err, when set, is a *diplograph.Error naming Path (and Line for
// JSON Lines); Communique is then nil.
type Item struct {
	Path       string
	Line       int // 1-based line of a JSON Lines document, 0 otherwise
	Communique *diplograph.Communique
	Err        error
}

// Options configures Read.
type Options struct {
	Extractor Extractor // needed for text inputs
	// Date, Lang and Source override the document's own values ("" = none).
	// They are passed to the Extractor for texts; for facts they fill in
	// the fields a document leaves empty.
	Date, Lang, Source string
	// MaxBytes limits the size of one document's input (a text file, a .json
	// file, a .jsonl line); 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Kinds of input, by file extension.
const (
	kindSkip = iota
	kindText
	kindJSONL
	kindJSON
)

func kindOf(path string) int {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md":
		return kindText
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindJSON
	}
	return kindSkip
}

// Read reads the inputs named by paths and calls fn with one Item per
// document, in order. A path is a file, a folder (read recursively in sorted
// order: .txt and .md files are texts, .jsonl and .json files are facts, other
// files and hidden entries are skipped) or "-" for stdin (text unless its first
// non-blank byte is '{', then JSON Lines). A file named explicitly with another
// extension is sniffed the same way. The id of a text document is its file name
// without extension, "stdin-" + the first 12 hex digits of its SHA-256 for
// stdin; the Hash of a document is the hex SHA-256 of its raw bytes (of its
// line, for JSON Lines).
//
// Bad inputs do not stop Read: each becomes an Item with Err set. Read returns
// an error only when fn does or when ctx is done.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts Options, fn func(Item) error) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	r := &reader{ctx: ctx, opts: opts, fn: fn}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = r.stdin(stdin)
		} else {
			err = r.path(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	ctx  context.Context
	opts Options
	fn   func(Item) error
}

// fail reports a bad input as an Item whose Err names path and line.
func (r *reader) fail(path string, line int, err error) error {
	e, ok := err.(*diplograph.Error)
	switch {
	case ok && e.Path == "":
		e = e.WithPlace(path, line)
	case ok: // already names its input (an Extractor's error)
	default:
		kind := diplograph.KindOf(err)
		if kind == diplograph.Other {
			kind = diplograph.Invalid
		}
		e = &diplograph.Error{Op: "load", Kind: kind, Path: path, Line: line, Err: err}
	}
	return r.fn(Item{Path: path, Line: line, Err: e})
}

func (r *reader) failf(path string, line int, format string, args ...any) error {
	return r.fail(path, line, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: fmt.Errorf(format, args...)})
}

func (r *reader) path(p string) error {
	info, err := os.Stat(p)
	if err != nil {
		return r.fail(p, 0, &diplograph.Error{Op: "load", Kind: diplograph.NotFound, Err: unwrapPathError(err)})
	}
	if !info.IsDir() {
		k := kindOf(p)
		if k == kindSkip {
			k = r.sniffFile(p)
		}
		return r.file(p, k)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return r.fail(path, 0, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: unwrapPathError(err)})
		}
		name := d.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		k := kindOf(path)
		if k == kindSkip {
			return nil
		}
		return r.file(path, k)
	})
}

// unwrapPathError drops the path from an *fs.PathError: the Item names it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// sniffFile guesses the kind of a file without a known extension.
func (r *reader) sniffFile(p string) int {
	f, err := os.Open(p)
	if err != nil {
		return kindText // the error is reported when reading it
	}
	defer f.Close()
	buf := make([]byte, 512)
	n, _ := io.ReadFull(f, buf)
	if firstNonSpace(buf[:n]) == '{' {
		return kindJSONL
	}
	return kindText
}

func firstNonSpace(b []byte) byte {
	b = bytes.TrimPrefix(b, utf8BOM)
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func (r *reader) file(p string, kind int) error {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, 0, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: unwrapPathError(err)})
	}
	defer f.Close()
	switch kind {
	case kindJSONL:
		return r.jsonl(p, f)
	case kindJSON:
		data, err := r.readAll(p, f)
		if err != nil {
			return r.fail(p, 0, err)
		}
		return r.json(p, data)
	default:
		data, err := r.readAll(p, f)
		if err != nil {
			return r.fail(p, 0, err)
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		return r.text(p, id, data)
	}
}

// readAll reads a whole input, refusing more than MaxBytes.
func (r *reader) readAll(p string, rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.opts.MaxBytes+1))
	if err != nil {
		return nil, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: unwrapPathError(err)}
	}
	if int64(len(data)) > r.opts.MaxBytes {
		return nil, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: fmt.Errorf("file larger than %d bytes", r.opts.MaxBytes)}
	}
	return data, nil
}

func (r *reader) stdin(in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(512)
	if firstNonSpace(head) == '{' {
		return r.jsonl("-", br)
	}
	data, err := r.readAll("-", br)
	if err != nil {
		return r.fail("-", 0, err)
	}
	sum := sha256.Sum256(data)
	return r.text("-", "stdin-"+hex.EncodeToString(sum[:])[:12], data)
}

// text hands a communiqué text to the Extractor.
func (r *reader) text(p, id string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return r.failf(p, 0, "empty file")
	}
	if r.opts.Extractor == nil {
		return r.failf(p, 0, "text input needs an extractor")
	}
	sum := sha256.Sum256(data)
	in := TextInput{Path: p, ID: id, Data: data, Date: r.opts.Date, Lang: r.opts.Lang, Source: r.opts.Source}
	c, err := r.opts.Extractor.Extract(r.ctx, in)
	if err != nil {
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		var e *diplograph.Error
		if !errors.As(err, &e) {
			err = &diplograph.Error{Op: "extract", Kind: diplograph.Invalid, Err: err}
		}
		return r.fail(p, 0, err)
	}
	if c == nil || c.Document == nil {
		return r.failf(p, 0, "extractor returned no document")
	}
	if c.Doc.ID == "" {
		c.Doc.ID = id
	}
	if c.Doc.Source == "" {
		c.Doc.Source = r.opts.Source
		if c.Doc.Source == "" && p != "-" {
			c.Doc.Source = p
		}
	}
	c.Hash = hex.EncodeToString(sum[:])
	textLen := len(c.Text)
	if textLen == 0 {
		textLen = len(data)
	}
	if err := c.Validate(textLen); err != nil {
		return r.fail(p, 0, err)
	}
	return r.fn(Item{Path: p, Communique: c})
}

// jsonl streams a JSON Lines file, one document per non-blank line.
func (r *reader) jsonl(p string, rd io.Reader) error {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, min(64<<10, int(r.opts.MaxBytes)+1)), int(r.opts.MaxBytes)+1)
	line, docs := 0, 0
	for sc.Scan() {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line++
		raw := sc.Bytes()
		if line == 1 {
			raw = bytes.TrimPrefix(raw, utf8BOM)
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		docs++
		if int64(len(raw)) > r.opts.MaxBytes {
			if err := r.failf(p, line, "line longer than %d bytes", r.opts.MaxBytes); err != nil {
				return err
			}
			continue
		}
		c, err := decodeFacts(raw, r.opts)
		if err != nil {
			if err := r.fail(p, line, err); err != nil {
				return err
			}
			continue
		}
		if err := r.fn(Item{Path: p, Line: line, Communique: c}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		msg := unwrapPathError(err)
		if errors.Is(err, bufio.ErrTooLong) {
			msg = fmt.Errorf("line longer than %d bytes", r.opts.MaxBytes)
		}
		return r.fail(p, line+1, &diplograph.Error{Op: "load", Kind: diplograph.Invalid, Err: msg})
	}
	if docs == 0 {
		return r.failf(p, 0, "empty file")
	}
	return nil
}

// json reads a .json file: one document, a sequence of documents (possibly
// spanning several lines each) or an array of documents.
func (r *reader) json(p string, data []byte) error {
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return r.failf(p, 0, "empty file")
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		return r.failf(p, lineAt(data, off), "not valid UTF-8 (byte %d)", off)
	}
	if firstNonSpace(data) == '[' {
		var docs []json.RawMessage
		if err := json.Unmarshal(data, &docs); err != nil {
			return r.fail(p, 0, decodeError(err))
		}
		if len(docs) == 0 {
			return r.failf(p, 0, "empty file")
		}
		for _, raw := range docs {
			line := lineAt(data, offsetIn(data, raw))
			if err := r.one(p, line, raw); err != nil {
				return err
			}
		}
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		start := dec.InputOffset()
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			return nil
		}
		line := lineAt(data, int(start)+leadingSpace(data[start:]))
		if err != nil {
			return r.fail(p, line, decodeError(err))
		}
		if err := r.one(p, line, raw); err != nil {
			return err
		}
	}
}

func (r *reader) one(p string, line int, raw []byte) error {
	c, err := decodeFacts(raw, r.opts)
	if err != nil {
		return r.fail(p, line, err)
	}
	return r.fn(Item{Path: p, Line: line, Communique: c})
}

func leadingSpace(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " \t\r\n")) }

// offsetIn returns the offset of sub, a slice of data, in data.
func offsetIn(data, sub []byte) int {
	if i := bytes.Index(data, sub); i >= 0 {
		return i
	}
	return 0
}

func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// decodeFacts decodes and validates one facts document.
func decodeFacts(raw []byte, opts Options) (*diplograph.Communique, error) {
	bad := func(format string, args ...any) error {
		return &diplograph.Error{Op: "decode", Kind: diplograph.Invalid, Err: fmt.Errorf(format, args...)}
	}
	if !utf8.Valid(raw) {
		return nil, bad("not valid UTF-8 (byte %d)", invalidUTF8Offset(raw)+1)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	var f struct {
		Doc       *diplograph.DocMeta   `json:"doc"`
		Entities  []diplograph.Entity   `json:"entities"`
		Relations []diplograph.Relation `json:"relations"`
	}
	if err := dec.Decode(&f); err != nil {
		return nil, decodeError(err)
	}
	if dec.More() {
		off := int(dec.InputOffset())
		return nil, bad("unexpected data after the JSON object at byte %d", off+leadingSpace(raw[off:])+1)
	}
	if f.Doc == nil {
		return nil, bad(`missing "doc"`)
	}
	for i, e := range f.Entities {
		if strings.TrimSpace(e.ID) == "" {
			return nil, bad("entity %d: missing id", i+1)
		}
		if e.Type == "" {
			return nil, bad("entity %d (%q): missing type", i+1, e.ID)
		}
		if strings.TrimSpace(e.Name) == "" {
			return nil, bad("entity %d (%q): missing name", i+1, e.ID)
		}
	}
	for i, rel := range f.Relations {
		if rel.Type == "" || rel.From == "" || rel.To == "" {
			return nil, bad("relation %d: type, from and to are required", i+1)
		}
	}
	doc := &diplograph.Document{Doc: *f.Doc, Entities: f.Entities, Relations: f.Relations}
	if doc.Doc.Date == "" {
		doc.Doc.Date = opts.Date
	}
	if doc.Doc.Lang == "" {
		doc.Doc.Lang = opts.Lang
	}
	if doc.Doc.Source == "" {
		doc.Doc.Source = opts.Source
	}
	if err := doc.Validate(0); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	return &diplograph.Communique{Document: doc, Hash: hex.EncodeToString(sum[:])}, nil
}

// decodeError makes a JSON error readable: syntax errors with their byte
// offset, type errors with the field.
func decodeError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		err = fmt.Errorf("not valid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		if te.Field != "" {
			err = fmt.Errorf("not valid facts JSON: %s: %s where %s expected", te.Field, te.Value, te.Type)
		} else {
			err = fmt.Errorf("not valid facts JSON: %s where %s expected", te.Value, te.Type)
		}
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = errors.New("not valid JSON: unexpected end of input")
	}
	return &diplograph.Error{Op: "decode", Kind: diplograph.Invalid, Err: err}
}
