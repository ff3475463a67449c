// Package text turns the bytes of a communiqué into analysable text: it
// detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM,
// Windows-1252), normalises the text (NFC, ASCII quotes and apostrophes,
// plain spaces, LF line ends) while keeping a map from every offset of the
// normalised text back to the original input bytes, parses leading header
// lines and agency datelines, identifies the language (fr, en, es), splits
// the body into sentences and finds absolute and relative dates.
//
// Offsets everywhere in this package are byte offsets into Doc.Text unless a
// name says otherwise; Doc.Quote translates them to offsets in the original
// text (Doc.Original, which is the input for UTF-8 input) and Doc.Orig and
// Doc.QuoteInput to offsets in the raw input bytes.
package text

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"diplograph"
)

// MaxBytes is the largest input Decode accepts (8 MiB by default). Larger
// inputs are rejected with an error of kind Invalid before any work is done.
// Whatever its value, inputs over 512 MiB are rejected (offset maps hold
// 32-bit offsets).
var MaxBytes int64 = 8 << 20

const hardMaxBytes = 512 << 20

// Encodings reported in Doc.Encoding.
const (
	UTF8        = "utf-8"
	UTF8BOM     = "utf-8-bom"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
	// UTF8Mixed is UTF-8 text with a few bytes that are not UTF-8 (fewer
	// than half as many as the valid multi-byte sequences); those bytes are
	// read as Windows-1252.
	UTF8Mixed = "utf-8+windows-1252"
)

// Doc is a decoded, normalised communiqué. A Doc is not modified after
// Decode returns it, so its methods may be called from several goroutines.
type Doc struct {
	// Text is the normalised UTF-8 text: NFC; typographic apostrophes and
	// quotes (’ ‘ “ ” « » ‹ › …) replaced by ASCII ' and "; no-break, narrow
	// no-break and other fixed-width spaces replaced by ' '; CRLF and CR
	// replaced by LF; soft hyphens, zero-width characters and BOMs dropped.
	// Ligatures and dashes are kept.
	Text string
	// Encoding is the detected encoding of the input: "utf-8", "utf-8-bom",
	// "utf-16le", "utf-16be", "windows-1252" or "utf-8+windows-1252".
	Encoding string
	// Header holds the values of leading header lines ("date 2021-04",
	// "source: …", "titre: …").
	Header Header
	// Dateline is the agency dateline that opens the body ("RABAT, 23 avril
	// (MAP) -"), zero when there is none.
	Dateline Dateline
	// BodyStart is the offset in Text where the body starts, after header
	// lines and dateline.
	BodyStart int
	// Lang is the identified language of the body: "fr", "en", "es", or ""
	// when unknown or unsure.
	Lang string
	// LangScore is the confidence of Lang in [0,1].
	LangScore float64

	input    []byte // the original input
	orig     string // the input decoded to UTF-8, not normalised (see Original)
	norm     offMap // Text offsets → orig offsets
	raw      rawMap // orig offsets → input offsets
	sentence []Span // the Sentences result
}

// Decode detects the encoding of data, decodes and normalises it, and parses
// its header, dateline and language. It returns an error of kind Invalid
// (without a file name: the caller adds it) for empty or whitespace-only
// input, binary data (NUL bytes, many control characters) and input larger
// than MaxBytes. Decode never panics and runs in time linear in len(data).
func Decode(data []byte) (*Doc, error) {
	if limit := min(MaxBytes, hardMaxBytes); int64(len(data)) > limit {
		return nil, invalid("input is %d bytes, more than the limit of %d bytes", len(data), limit)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, invalid("input is empty")
	}
	d := &Doc{input: data}
	if err := d.decode(); err != nil {
		return nil, err
	}
	d.Text, d.norm = normalize(d.orig)
	if strings.TrimSpace(d.Text) == "" {
		return nil, invalid("input holds only white space")
	}
	d.parseHead()
	d.Lang, d.LangScore = DetectLang(sample(d.Text[d.BodyStart:], 16<<10))
	d.sentence = splitSentences(d.Text, d.BodyStart)
	return d, nil
}

// sample returns a prefix of s of at most n bytes, cut at a rune boundary.
func sample(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func invalid(format string, args ...any) error {
	return diplograph.Errorf("decode", diplograph.Invalid, format, args...)
}

// Original returns the input decoded to UTF-8 but not normalised: the text
// to keep as Communique.Text, which the offsets of Quote and OrigDecoded
// index. For UTF-8 input (with or without BOM) it is the input itself, BOM
// included. For UTF-16 and Windows-1252 input it is the decoded text without
// BOM.
func (d *Doc) Original() string { return d.orig }

// InputLen returns the length in bytes of the original input.
func (d *Doc) InputLen() int { return len(d.input) }

// clamp limits off to [0, len(d.Text)].
func (d *Doc) clamp(off int) int {
	return max(0, min(off, len(d.Text)))
}

// Orig maps a byte offset in Text to the byte offset in the original input
// bytes (for UTF-16 and Windows-1252 input these differ from offsets in
// Original(); see OrigDecoded). It is monotonic, Orig(0) ≥ 0 and Orig(len(Text)) = len(input).
// Offsets outside [0, len(Text)] are clamped. An offset inside a replaced
// character maps to the start of the original character.
func (d *Doc) Orig(off int) int {
	return d.raw.toInput(d.orig, d.norm.start(d.clamp(off)))
}

// OrigDecoded maps a byte offset in Text to the byte offset in Original()
// (the offsets Quote returns). For UTF-8 input it equals Orig.
func (d *Doc) OrigDecoded(off int) int {
	return d.norm.start(d.clamp(off))
}

// Quote returns the original text of the span [start,end) of Text — decoded
// to UTF-8 but not normalised — with surrounding white space trimmed, and its
// offsets in Original(), the text the loader keeps as Communique.Text and
// FORMAT.md calls "the input text (UTF-8)": quote == Original()[origStart:
// origEnd] always. For UTF-8 input (with or without BOM) Original() is the
// input itself, so q is exactly input[origStart:origEnd]. For UTF-16 and
// Windows-1252 input use QuoteInput to get offsets in the raw input bytes.
// Out-of-range offsets are clamped; an empty or blank span gives q == "" and
// origStart == origEnd.
func (d *Doc) Quote(start, end int) (q string, origStart, origEnd int) {
	os, oe := d.quoteSpan(start, end)
	return d.orig[os:oe], os, oe
}

// QuoteInput is like Quote but returns offsets in the raw input bytes (for
// UTF-16 input, offsets of UTF-16 code units times two, BOM included); for
// UTF-8 input it equals Quote.
func (d *Doc) QuoteInput(start, end int) (q string, inStart, inEnd int) {
	os, oe := d.quoteSpan(start, end)
	return d.orig[os:oe], d.raw.toInput(d.orig, os), d.raw.toInput(d.orig, oe)
}

// quoteSpan returns the trimmed span of Original() behind [start,end) of Text.
func (d *Doc) quoteSpan(start, end int) (origStart, origEnd int) {
	start, end = d.clamp(start), d.clamp(end)
	if end < start {
		end = start
	}
	for start < end && isSpaceByte(d.Text[start]) {
		start++
	}
	for end > start && isSpaceByte(d.Text[end-1]) {
		end--
	}
	os, oe := d.norm.start(start), d.norm.end(end)
	if start == end {
		oe = os
	}
	// Defensive: a Doc not made by Decode has no original text.
	os, oe = min(os, len(d.orig)), min(oe, len(d.orig))
	return trimOrig(d.orig, os, max(os, oe))
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// trimOrig trims white space and dropped (invisible) characters from both
// ends of orig[s:e].
func trimOrig(orig string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(orig[s:e])
		if !isBlankRune(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(orig[s:e])
		if !isBlankRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isBlankRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	if r < 0x80 {
		return false
	}
	m, ok := replacement(r)
	return ok && (m == "" || m == " " || m == "\n")
}

// Span is a half-open byte range [Start,End) of Doc.Text.
type Span struct{ Start, End int }

// String formats the span as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Len returns End-Start.
func (s Span) Len() int { return s.End - s.Start }
