package text

import (
	"sort"
	"strings"
	"sync"
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
				// Skip 8 ASCII bytes without CR at a time (see firstChange).
				if j+8 <= len(s) {
					if w := load64(s, j); w&hiBits == 0 && !hasByte(w, '\r') {
						j += 8
						continue
					}
				}
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
	if nfcQuick(out) || norm.NFC.IsNormalString(out) {
		return out, m
	}
	// Compose to NFC: copy the spans that are already normal, normalise the
	// others segment by segment, keeping the map.
	var b strings.Builder
	b.Grow(len(out))
	var mb mapBuilder
	var seg []byte
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
		seg = norm.NFC.AppendString(seg[:0], out[p:p+q]) // one buffer for all segments
		b.Write(seg)
		if string(seg) == out[p:p+q] {
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
		// Fast path: skip 8 bytes at a time while they are ASCII without CR.
		for i+8 <= len(s) {
			if w := load64(s, i); w&hiBits != 0 || hasByte(w, '\r') {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
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

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// load64 returns the 8 bytes of s at i as a little-endian word (the
// compiler turns this into a single load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasByte reports whether one of the bytes of the ASCII word w (no high
// bits set) equals c (< 0x80).
func hasByte(w uint64, c byte) bool {
	x := w ^ (loBits * uint64(c))
	return (x-loBits)&^x&hiBits != 0
}

// nfcSafeLimit bounds the runes nfcSafe knows.
const nfcSafeLimit = 0x3000

// nfcSafe is a bit set of the runes below nfcSafeLimit that are NFC
// starters never composing with a preceding character (canonical combining
// class 0, NFC_Quick_Check Yes). A string of ASCII and such runes only is in
// NFC; it is computed from the norm package on first use.
var nfcSafe = sync.OnceValue(func() *[nfcSafeLimit / 64]uint64 {
	var set [nfcSafeLimit / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(0); r < nfcSafeLimit; r++ {
		b := buf[:utf8.EncodeRune(buf[:], r)]
		p := norm.NFC.Properties(b)
		if r < utf8.RuneSelf || p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(b) {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
})

// nfcQuick reports whether s is certainly in NFC: all its runes are ASCII
// or in nfcSafe. It is a faster sufficient test than norm's quick check for
// the Latin texts we read; false means "maybe not" (ask the norm package).
func nfcQuick(s string) bool {
	var set *[nfcSafeLimit / 64]uint64
	for i := 0; i < len(s); {
		for i+8 <= len(s) && load64(s, i)&hiBits == 0 {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= nfcSafeLimit {
			return false
		}
		if set == nil {
			set = nfcSafe()
		}
		if set[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
		i += n
	}
	return true
}
