package text

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decode detects the encoding of d.input and fills d.Encoding, d.orig and d.raw.
func (d *Doc) decode() error {
	data := d.input
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		d.Encoding = UTF8BOM
		if !utf8.Valid(data) {
			d.Encoding = UTF8Mixed
			d.raw.bom = 3
		}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		d.Encoding = UTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		d.Encoding = UTF16BE
	default:
		if enc := sniffUTF16(data); enc != "" {
			d.Encoding = enc
		} else if utf8.Valid(data) {
			d.Encoding = UTF8
		} else if mostlyUTF8(data) {
			d.Encoding = UTF8Mixed
		} else {
			d.Encoding = Windows1252
		}
	}
	d.raw.enc = d.Encoding
	switch d.Encoding {
	case UTF8, UTF8BOM:
		if bytes.IndexByte(data, 0) >= 0 {
			return invalid("binary data (NUL bytes)")
		}
		d.orig = string(data)
	case UTF16LE, UTF16BE:
		bom := 0
		if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
			bom = 2
		}
		d.raw.bom = bom
		d.orig = d.raw.decodeAll(data)
		if strings.IndexByte(d.orig, 0) >= 0 {
			return invalid("binary data (NUL characters in %s text)", d.Encoding)
		}
	default:
		if bytes.IndexByte(data, 0) >= 0 {
			return invalid("binary data (NUL bytes)")
		}
		d.orig = d.raw.decodeAll(data)
	}
	if isBinary(d.orig) {
		return invalid("binary data (too many control characters)")
	}
	return nil
}

// mostlyUTF8 reports whether invalid UTF-8 data holds at least twice as
// many valid multi-byte sequences as invalid bytes: a UTF-8 text with a few
// stray Windows-1252 bytes (pasted text, a concatenation).
func mostlyUTF8(data []byte) bool {
	var multi, bad int
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi >= 2*bad
}

// sniffUTF16 recognises UTF-16 text without BOM by its NUL bytes: mostly
// Latin text has a NUL in every other byte.
func sniffUTF16(data []byte) string {
	n := min(len(data), 4096) &^ 1
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 { // no NUL: not UTF-16 (the usual case, found fast)
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 > pairs*3 && even*20 < pairs:
		return UTF16LE
	case even*10 > pairs*3 && odd*20 < pairs:
		return UTF16BE
	}
	return ""
}

// isBinary reports whether the first 64 KiB of s hold more than 5% control
// characters (other than tab, line feed, carriage return, form feed and
// vertical tab).
func isBinary(s string) bool {
	s = sample(s, 64<<10)
	var n, ctrl int
	for i := 0; i < len(s); {
		// Fast path: 8 printable ASCII bytes at a time.
		if i+8 <= len(s) {
			if w := load64(s, i); w&hiBits == 0 && (w-loBits*0x20)&^w&hiBits == 0 && !hasByte(w, 0x7F) {
				n += 8
				i += 8
				continue
			}
		}
		n++
		if c := s[i]; c < utf8.RuneSelf { // ASCII needs no decoding
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7F {
				ctrl++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xA0 || r == utf8.RuneError {
			ctrl++
		}
		i += size
	}
	return ctrl*20 > n
}

// rawMap maps offsets in the decoded original text to offsets in the input
// bytes. For UTF-8 input it is the identity; for other encodings it keeps a
// checkpoint every checkpointEvery decoded bytes and re-decodes from the
// nearest one.
type rawMap struct {
	enc  string
	bom  int
	cps  []checkpoint
	size int    // length of the input
	data []byte // the input (not UTF-8 only)
}

type checkpoint struct{ orig, in int }

const checkpointEvery = 256

// step decodes one character of data at i and returns it and its size in bytes.
func (m *rawMap) step(data []byte, i int) (rune, int) {
	switch m.enc {
	case UTF16LE, UTF16BE:
		if i+1 >= len(data) {
			return utf8.RuneError, 1
		}
		u := m.unit(data, i)
		if utf16.IsSurrogate(rune(u)) {
			if u < 0xDC00 && i+3 < len(data) {
				if u2 := m.unit(data, i+2); u2 >= 0xDC00 && u2 < 0xE000 {
					return utf16.DecodeRune(rune(u), rune(u2)), 4
				}
			}
			return utf8.RuneError, 2
		}
		return rune(u), 2
	case UTF8Mixed:
		if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError || n > 1 {
			return r, n
		}
		return charmap.Windows1252.DecodeByte(data[i]), 1
	default: // Windows-1252
		return charmap.Windows1252.DecodeByte(data[i]), 1
	}
}

func (m *rawMap) unit(data []byte, i int) uint16 {
	if m.enc == UTF16LE {
		return uint16(data[i]) | uint16(data[i+1])<<8
	}
	return uint16(data[i])<<8 | uint16(data[i+1])
}

// decodeAll decodes data (not UTF-8) and records checkpoints.
func (m *rawMap) decodeAll(data []byte) string {
	m.size = len(data)
	m.data = data
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	next := 0
	for i := m.bom; i < len(data); {
		if b.Len() >= next {
			m.cps = append(m.cps, checkpoint{b.Len(), i})
			next = b.Len() + checkpointEvery
		}
		r, n := m.step(data, i)
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// toInput maps an offset in orig (the decoded text) to an input offset.
func (m *rawMap) toInput(orig string, off int) int {
	if m.enc == UTF8 || m.enc == UTF8BOM || m.enc == "" {
		return off
	}
	if off >= len(orig) {
		return m.size
	}
	if off <= 0 || len(m.cps) == 0 {
		return m.bom
	}
	k := sort.Search(len(m.cps), func(i int) bool { return m.cps[i].orig > off }) - 1
	if k < 0 {
		return m.bom
	}
	o, in := m.cps[k].orig, m.cps[k].in
	for o < off && in < m.size {
		r, n := m.step(m.data, in)
		o += utf8.RuneLen(r)
		in += n
	}
	return in
}
