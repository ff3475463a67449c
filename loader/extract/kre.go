package extract

import (
	"regexp"
	"regexp/syntax"
	"sort"
)

// kre is a regular expression over the folded view that starts with \b and
// a literal in each alternative. It is searched only at the word starts of
// the text whose first bytes begin one of those literals (a prefilter built
// once per document), then matched anchored there: Go's regexp runs large
// alternations slowly, and most words start no pattern.
type kre struct {
	re   *regexp.Regexp
	anch *regexp.Regexp
	bits keyBitset         // the hashed keys of tab
	tab  *keyTable[string] // literal prefixes by the length and hash of their first (up to) 3 bytes (n<<18 | keyHash)
	ok   bool
	id   int // id of its literals in the document index (indexLits)
	alts *branchSet
	need *kre // when set, a match at p needs a word start of need's in (p, end of the match)
	// gate, when set, is a cheap necessary condition for a match at p
	// (bounded by e), tested before the regexp runs
	gate func(x *engine, p, e int) bool
	// hand, when set, returns the end of anch's match on s (-1 when none),
	// as anch.FindStringIndex(s) would: a hand-written matcher run
	// instead of the regexp
	hand func(s string) int
}

// kreAll lists the prefiltered patterns; keyByHash maps the first (up to)
// globalKeyLen bytes of every literal prefix to the patterns and literals
// starting so.
var (
	kreAll  []*kre
	keyBits globalKeyBitset // the hashed keys of keyByHash
	// keyByHash holds the literals by key length and hash (n<<18 |
	// keyHash(key)); colliding keys share an entry, their literals are
	// compared in full anyway.
	keyByHash = map[uint32][]kreLit{}
	// keyTab is keyByHash as a keyTable, built when the package's patterns
	// are all made (by init)
	keyTab *keyTable[kreLit]
)

func init() {
	keyTab = newKeyTable(keyByHash)
	keyByHash = nil // the table holds it all: less for the collector to scan
}

type kreLit struct {
	id  int
	lit string
	pw  prefixWord // the first 8 bytes of lit, compared in one step
}

// prefixWord holds the first (up to) 8 bytes of a literal as a
// little-endian word and the mask of those bytes: (load8(s, i) & mask) ==
// word tells whether s[i:] starts with them, without a call to compare
// strings (most candidate literals fail within their first bytes).
type prefixWord struct{ word, mask uint64 }

func newPrefixWord(lit string) prefixWord {
	var pw prefixWord
	for j := 0; j < len(lit) && j < 8; j++ {
		pw.word |= uint64(lit[j]) << (8 * j)
		pw.mask |= 0xff << (8 * j)
	}
	return pw
}

// load8 returns the (up to) 8 bytes of s from i as a little-endian word,
// zero past the end of s.
func load8(s string, i int) uint64 {
	if i+8 <= len(s) {
		b := s[i : i+8]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	var w uint64
	for j := 0; i+j < len(s); j++ {
		w |= uint64(s[i+j]) << (8 * j)
	}
	return w
}

// hasLitAt reports whether s[i:] starts with lit, whose prefix word is pw
// (w = load8(s, i)).
func hasLitAt(s string, i int, w uint64, lit string, pw prefixWord) bool {
	if w&pw.mask != pw.word || len(s)-i < len(lit) {
		return false
	}
	return len(lit) <= 8 || s[i+8:i+len(lit)] == lit[8:]
}

// mk compiles pat with a prefilter when its shape allows one.
func mk(pat string) *kre {
	k := &kre{re: regexp.MustCompile(pat), anch: regexp.MustCompile(`^(?:` + pat + `)`)}
	tree, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return k
	}
	tree = tree.Simplify()
	lits, ok := leadLits(tree, true)
	if !ok || len(lits) == 0 {
		return k
	}
	for _, l := range lits {
		if l == "" || !isWordByte(l[0]) || l[0] >= 0x80 {
			return k
		}
	}
	klits := map[uint32][]string{}
	k.id = indexLits(lits)
	kreAll = append(kreAll, k)
	for _, l := range lits {
		n := min(3, len(l))
		h := keyHash(l[:n])
		k.bits.add(n, h)
		klits[uint32(n)<<18|h] = append(klits[uint32(n)<<18|h], l)
	}
	k.tab = newKeyTable(klits)
	k.ok = true
	k.alts = newBranchSet(pat)
	return k
}

// nIndexed is the number of literal sets in the document index
// (keyByHash): those of the kre patterns and of the fre patterns made by
// mkfi.
var nIndexed int

// indexLits adds lits, the literal prefixes one of which opens every match
// of a pattern at a word start, to the document index under a new id, and
// returns it: indexStarts then lists in x.kcand[id] the word starts of a
// document where one of them begins.
func indexLits(lits []string) int {
	id := nIndexed
	nIndexed++
	for _, l := range lits {
		// the table of all patterns takes longer keys than kre.may: shorter
		// lists to compare at a word start, for a lookup or two more
		n := min(globalKeyLen, len(l))
		h := keyHash(l[:n])
		keyBits[n-1][(h>>6)%globalKeyBitWords] |= 1 << (h & 63)
		keyLens[l[0]] |= 1 << (n - 1)
		if n == 1 {
			for c := range 256 {
				keyLens2[uint16(l[0])|uint16(c)<<8] |= 1
			}
		} else {
			keyLens2[uint16(l[0])|uint16(l[1])<<8] |= 1 << (n - 1)
		}
		keyByHash[uint32(n)<<18|h] = append(keyByHash[uint32(n)<<18|h], kreLit{id, l, newPrefixWord(l)})
	}
	return id
}

// keyBitset is a bitset of hashed keys (keyHash) per key length 1..3, a
// cheap test before a map lookup. It folds the 18-bit hashes onto 4096
// bits per length (more false positives, settled by the lookup): at 1.5 KiB
// instead of 96 KiB per pattern, the bitsets of all patterns stay in cache.
type keyBitset [3][keyBitWords]uint64

// globalKeyLen is the longest key of keyByHash: the first four bytes of a
// literal (common words open dozens of literals of all patterns: "con",
// "the", "de ").
const globalKeyLen = 4

// keyLens tells, per byte, the lengths of the keys of keyByHash starting
// with it (bit n-1: a key of n bytes).
var keyLens [256]uint8

// keyLens2 is keyLens per pair of first bytes (the first in the low 8
// bits): a word start whose first two bytes open no key is passed over
// with one lookup.
var keyLens2 [1 << 16]uint8

// globalKeyBitset is keyBitset for keys of 1..globalKeyLen bytes.
type globalKeyBitset [globalKeyLen][globalKeyBitWords]uint64

// globalKeyBitWords is larger than keyBitWords: the document index holds
// the literals of all patterns, a bitset of 4096 bits a length passed most
// keys to the table lookup.
const globalKeyBitWords = 256

const keyBitWords = 64

func (b *keyBitset) add(n int, h uint32) {
	b[n-1][(h>>6)%keyBitWords] |= 1 << (h & 63)
}

func (b *keyBitset) has(n int, h uint32) bool {
	return b[n-1][(h>>6)%keyBitWords]&(1<<(h&63)) != 0
}

func keyHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h & (1<<18 - 1)
}

// leadLits returns the literal prefixes every match must start with, after a
// leading \b.
func leadLits(re *syntax.Regexp, needB bool) ([]string, bool) {
	if re.Op == syntax.OpCapture {
		return leadLits(re.Sub[0], needB)
	}
	if re.Op == syntax.OpAlternate {
		var out []string
		for _, s := range re.Sub {
			l, ok := leadLits(s, needB)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpWordBoundary {
		return nil, false
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
	p, _, ok := prefixes(rest, 10)
	return p, ok
}

// prefixes returns the literal prefixes of the strings re matches, and
// whether each prefix is the whole match (so that a concatenation may go on).
func prefixes(re *syntax.Regexp, enough int) ([]string, bool, bool) {
	const maxSet = 4000
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
				if len(out) > 16 {
					return nil, false, false
				}
			}
		}
		return out, true, true
	case syntax.OpCapture:
		return prefixes(re.Sub[0], enough)
	case syntax.OpWordBoundary, syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpQuest:
		p, c, ok := prefixes(re.Sub[0], enough)
		if !ok {
			return nil, false, false
		}
		return append(p, ""), c, true
	case syntax.OpStar:
		return []string{""}, false, true
	case syntax.OpPlus:
		p, _, ok := prefixes(re.Sub[0], enough)
		return p, false, ok
	case syntax.OpAlternate:
		var out []string
		all := true
		for _, s := range re.Sub {
			p, c, ok := prefixes(s, enough)
			if !ok {
				return nil, false, false
			}
			out = append(out, p...)
			all = all && c
		}
		return out, all, true
	case syntax.OpConcat:
		cur := []string{""}
		for _, s := range re.Sub {
			p, c, ok := prefixes(s, enough)
			if !ok || len(cur)*len(p) > maxSet {
				return cur, false, true
			}
			var next []string
			for _, a := range cur {
				for _, b := range p {
					next = append(next, a+b)
				}
			}
			cur = next
			if !c {
				return cur, false, true
			}
			short := false
			for _, a := range cur {
				if len(a) < enough {
					short = true
				}
			}
			if !short && enough > 0 {
				return cur, false, true
			}
		}
		return cur, true, true
	}
	return nil, false, false
}

// wordStarts returns the offsets of the view where a word (ASCII letters,
// digits, underscore) starts, for the prefilter.
func wordStarts(low string) []int {
	return appendWordStarts(make([]int, 0, len(low)/5+1), low)
}

// appendWordStarts appends the word starts of low (see wordStarts) to out.
func appendWordStarts(out []int, low string) []int {
	for i := 0; i < len(low); {
		if !reWordTab[low[i]] {
			i++
			continue
		}
		out = append(out, i) // a word byte after none (or at the start)
		for i++; i < len(low) && reWordTab[low[i]]; i++ {
		}
	}
	return out
}

// indexStarts computes, for every prefiltered pattern (and fre made by
// mkfi), the word starts of the document where one of its literal prefixes
// begins.
func (x *engine) indexStarts() {
	low := x.f.low
	sc := x.scr()
	// collect (pattern, start) pairs, then lay them out in one array
	last := resize(sc.last, nIndexed)
	for i := range last {
		last[i] = -1
	}
	count := resize(sc.count, nIndexed)
	clear(count)
	pairs := sc.pairs[:0]
	for _, p := range x.wstarts {
		var lens uint8
		if p+1 < len(low) {
			lens = keyLens2[uint16(low[p])|uint16(low[p+1])<<8]
		} else {
			lens = keyLens[low[p]] & 1 // room for a key of one byte only
		}
		if lens == 0 {
			continue // no literal starts with these bytes
		}
		w := load8(low, p)
		hh := uint32(2166136261) // keyHash(low[p:p+n]), computed incrementally
		for n := 1; n <= globalKeyLen && p+n <= len(low); n++ {
			hh = (hh ^ uint32(low[p+n-1])) * 16777619
			if lens&(1<<(n-1)) == 0 {
				continue // no key of n bytes starts with these bytes
			}
			h := hh & (1<<18 - 1)
			if keyBits[n-1][(h>>6)%globalKeyBitWords]&(1<<(h&63)) == 0 {
				continue
			}
			for _, kl := range keyTab.get(uint32(n)<<18 | h) {
				if hasLitAt(low, p, w, kl.lit, kl.pw) && last[kl.id] != p {
					last[kl.id] = p
					count[kl.id]++
					pairs = append(pairs, [2]int{kl.id, p})
				}
			}
		}
	}
	all := resize(sc.kall, len(pairs))
	x.kcand = resize(sc.kcand, nIndexed)
	off := 0
	for id, c := range count {
		x.kcand[id] = all[off : off : off+c]
		off += c
	}
	for _, pr := range pairs {
		x.kcand[pr[0]] = append(x.kcand[pr[0]], pr[1])
	}
	sc.last, sc.count, sc.pairs, sc.kall, sc.kcand = last, count, pairs, all, x.kcand
}

// resize returns a slice of n elements, buf's array when large enough (its
// contents are then stale, for the caller to overwrite).
func resize[T any](buf []T, n int) []T {
	if cap(buf) >= n {
		return buf[:n]
	}
	return make([]T, n)
}

// may reports whether a match can start at word start i.
func (k *kre) may(low string, i int) bool {
	hh := uint32(2166136261) // keyHash(low[i:i+n]), computed incrementally
	for n := 1; n <= 3 && i+n <= len(low); n++ {
		hh = (hh ^ uint32(low[i+n-1])) * 16777619
		h := hh & (1<<18 - 1)
		if k.bits.has(n, h) {
			for _, l := range k.tab.get(uint32(n)<<18 | h) {
				if len(low)-i >= len(l) && low[i:i+len(l)] == l {
					return true
				}
			}
		}
	}
	return false
}

// anchorWindow bounds the first anchored search after a candidate: Go's
// backtracker clears a bitmap as long as its input, so a short window keeps
// the common failing case cheap. A match that fills the window is searched
// again over the whole range; a match that could only end past the window
// is not, so no pattern may need more than this many bytes to match
// (TestAnchoredWindow checks it on the dev texts).
const anchorWindow = 96

// find returns the non-overlapping matches of k starting in [s,e) (absolute
// view offsets), as the pattern would find them in low[s:e].
//
// The matches are cut from one buffer per document (scratch.found) instead
// of a slice per call: the result is capacity-limited, so that a caller
// appending to it gets a copy, and the buffer only grows during a document.
func (x *engine) find(k *kre, s, e int) [][2]int {
	low := x.f.low
	sc := x.scr()
	start := len(sc.found)
	if !k.ok {
		for _, m := range k.re.FindAllStringIndex(low[s:e], -1) {
			sc.found = append(sc.found, [2]int{s + m[0], s + m[1]})
		}
		return sc.cut(start)
	}
	ws := x.kcand[k.id]
	i := sort.SearchInts(ws, s)
	next := s
	for ; i < len(ws) && ws[i] < e; i++ {
		p := ws[i]
		if p < next {
			continue
		}
		if m := x.anchored(k, p, e); m > 0 {
			sc.found = append(sc.found, [2]int{p, p + m})
			next = p + m
		}
	}
	return sc.cut(start)
}

// match reports whether k matches somewhere in low[s:e].
func (x *engine) match(k *kre, s, e int) bool {
	if !k.ok {
		return k.re.MatchString(x.f.low[s:e])
	}
	ws := x.kcand[k.id]
	for i := sort.SearchInts(ws, s); i < len(ws) && ws[i] < e; i++ {
		if x.anchored(k, ws[i], e) > 0 {
			return true
		}
	}
	return false
}

// anchored returns the length of k's match at p (bounded by e), 0 if none.
func (x *engine) anchored(k *kre, p, e int) int {
	low := x.f.low
	anch := k.anch
	if k.need != nil {
		ws := x.kcand[k.need.id]
		i := sort.SearchInts(ws, p+1)
		if i == len(ws) || ws[i] >= min(e, p+anchorWindow) {
			return 0
		}
	}
	if k.gate != nil && !k.gate(x, p, e) {
		return 0
	}
	if k.hand != nil {
		end := min(e, p+anchorWindow)
		n := k.hand(low[p:end])
		if n == end-p && end < e {
			n = k.hand(low[p:e])
		}
		return max(n, 0)
	}
	if k.alts != nil {
		var buf [64]byte
		var ibuf [16]int
		set, idx, lit := k.alts.mark(low[:e], p, buf[:], ibuf[:])
		if len(set) == 0 {
			return 0
		}
		if lit {
			end := min(e, p+anchorWindow)
			n := k.alts.litMatch(idx, low[p:end])
			if n == end-p && end < e {
				n = k.alts.litMatch(idx, low[p:e])
			}
			return max(n, 0)
		}
		anch = k.alts.re(set)
	}
	end := min(e, p+anchorWindow)
	loc := anch.FindStringIndex(low[p:end])
	if loc != nil && loc[1] == end-p && end < e {
		loc = anch.FindStringIndex(low[p:e])
	}
	if loc == nil || loc[1] == 0 {
		return 0
	}
	return loc[1]
}
