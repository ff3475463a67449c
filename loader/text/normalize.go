package text

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// offMap maps offsets of a transformed string back to offsets of its source.
// It is a sorted list of anchors; between an anchor and the next one the text
// is either copied (linear: offsets advance together) or replaced (every
// inner offset maps to the start of the source character, or its end for
// span ends). The last anchor is a sentinel at (len(out), len(src)).
// An identity map has no anchors. inner, when set, is applied after this map
// (maps compose: out → mid → src).
type offMap struct {
	a     []anchor
	ident bool
	inner *offMap
}

type anchor struct {
	t, o int32
	lin  bool
}

// start maps an offset, rounding down inside replaced characters.
func (m *offMap) start(off int) int {
	if !m.ident && len(m.a) > 0 { // the zero offMap is the identity too
		k := sort.Search(len(m.a), func(i int) bool { return int(m.a[i].t) > off }) - 1
		if k < 0 {
			off = 0
		} else if a := m.a[k]; a.lin {
			off = int(a.o) + off - int(a.t)
		} else {
			off = int(a.o)
		}
	}
	if m.inner != nil {
		return m.inner.start(off)
	}
	return off
}

// end maps an offset that ends a span, rounding up inside replaced
// characters and staying before characters dropped at that offset.
func (m *offMap) end(off int) int {
	if !m.ident && len(m.a) > 0 {
		k := sort.Search(len(m.a), func(i int) bool { return int(m.a[i].t) >= off }) - 1
		switch {
		case k < 0:
			off = 0
		case m.a[k].lin:
			off = int(m.a[k].o) + off - int(m.a[k].t)
		case k+1 < len(m.a):
			off = int(m.a[k+1].o)
		default:
			off = int(m.a[k].o)
		}
	}
	if m.inner != nil {
		return m.inner.end(off)
	}
	return off
}

// mapBuilder builds an offMap while a transformed string is written.
type mapBuilder struct {
	a      []anchor
	t, o   int
	copied bool // the last anchor is a linear one still being extended
}

func (b *mapBuilder) copy(n int) {
	if n == 0 {
		return
	}
	if !b.copied {
		b.a = append(b.a, anchor{int32(b.t), int32(b.o), true})
		b.copied = true
	}
	b.t += n
	b.o += n
}

func (b *mapBuilder) replace(out, in int) {
	b.a = append(b.a, anchor{int32(b.t), int32(b.o), false})
	b.copied = false
	b.t += out
	b.o += in
}

func (b *mapBuilder) done() offMap {
	b.a = append(b.a, anchor{int32(b.t), int32(b.o), true})
	return offMap{a: b.a}
}

// replacement returns what normalisation makes of the non-ASCII rune r, and
// whether it changes it at all.
func replacement(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u2039', '\u203A':
		return "'", true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return `"`, true
	case '\u00A0', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000', '\u1680':
		return " ", true
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F',
		'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
		return "", true
	case '\u0085', '\u2028', '\u2029':
		return "\n", true
	}
	return "", false
}

// normalize returns the normalised form of s (see Doc.Text) and the map of
// its offsets back to s.
func normalize(s string) (string, offMap) {
	first := firstChange(s)
	var out string
	var m offMap
	if first < 0 {
		out, m = s, offMap{ident: true}
	} else {
		var b strings.Builder
		b.Grow(len(s))
		var mb mapBuilder
		b.WriteString(s[:first])
		mb.copy(first)
		i := first
		for i < len(s) {
			// Copy the run of unchanged bytes.
			j := i
			for j < len(s) {
				c := s[j]
				if c == '\r' {
					break
				}
				if c < utf8.RuneSelf {
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(s[j:])
				if _, ok := replacement(r); ok {
					break
				}
				j += n
			}
			b.WriteString(s[i:j])
			mb.copy(j - i)
			i = j
			if i >= len(s) {
				break
			}
			if s[i] == '\r' {
				in := 1
				if i+1 < len(s) && s[i+1] == '\n' {
					in = 2
				}
				b.WriteByte('\n')
				mb.replace(1, in)
				i += in
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			rep, _ := replacement(r)
			b.WriteString(rep)
			mb.replace(len(rep), n)
			i += n
		}
		out, m = b.String(), mb.done()
	}
	if norm.NFC.IsNormalString(out) {
		return out, m
	}
	// Compose to NFC: copy the spans that are already normal, normalise the
	// others segment by segment, keeping the map.
	var b strings.Builder
	b.Grow(len(out))
	var mb mapBuilder
	for p := 0; p < len(out); {
		n := norm.NFC.QuickSpanString(out[p:])
		b.WriteString(out[p : p+n])
		mb.copy(n)
		p += n
		if p >= len(out) {
			break
		}
		q := norm.NFC.NextBoundaryInString(out[p:], true)
		if q <= 0 {
			q = len(out) - p
		}
		seg := norm.NFC.String(out[p : p+q])
		b.WriteString(seg)
		if seg == out[p:p+q] {
			mb.copy(q)
		} else {
			mb.replace(len(seg), q)
		}
		p += q
	}
	nm := mb.done()
	inner := m
	nm.inner = &inner
	return b.String(), nm
}

// firstChange returns the offset of the first byte normalisation replaces,
// -1 when there is none.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\r' {
			return i
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := replacement(r); ok {
			return i
		}
		i += n
	}
	return -1
}
