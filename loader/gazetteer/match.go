package gazetteer

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Gap flags: what separates a token from the previous one.
const (
	gapSpace  uint8 = 1 << iota // spaces, tabs, single newlines, no-break spaces
	gapHyphen                   // - ‐ ‑ –
	gapApos                     // ' ’ ‘ ʼ ´
	gapDot                      // .
	gapComma                    // ,
	gapOther                    // any other punctuation, or a paragraph break
)

// softGap are the separators a multi-word name may span.
const softGap = gapSpace | gapHyphen | gapApos

// token is a word of the searched text: its folded form is fold[fs:fe], its
// original text is text[os:oe].
type token struct {
	fs, fe, os, oe int32
	gap            uint8 // separators before the token
	upper          bool  // the original token starts with an upper-case letter or a digit
}

// cand is one reading of a token sequence of the trie.
type cand struct {
	kind     Kind
	key      string
	exact    bool     // acronym: the original tokens must equal words (or their upper-case form)
	words    []string // original tokens of the name (for exact)
	dots     uint32   // bit k: the gap before token k may contain a dot or a comma (as in the name)
	trailDot bool     // the name ends with a dot ("U.S."): include a following dot in the mention
	needCap  bool     // one of the tokens must be capitalised
	prefix   bool     // combining form: must be followed by a hyphen and a word ("maroco-")
}

// node is a trie node: children by folded token.
type node struct {
	next  map[string]*node // children while building, and of nodes with many children once built
	kids  []kid            // children of a built node with few children (next is then nil)
	cands []cand
}

// kid is a child of a node.
type kid struct {
	key string // folded token
	n   *node
}

// maxKids is the largest number of children kept in node.kids: below it a
// linear scan comparing strings is cheaper than hashing the token.
const maxKids = 16

// child returns the child of n for folded token f, nil when there is none.
func (n *node) child(f []byte) *node {
	if n.next != nil {
		return n.next[string(f)]
	}
	for i := range n.kids {
		if n.kids[i].key == string(f) {
			return n.kids[i].n
		}
	}
	return nil
}

// matcher is the immutable trie of folded names.
type matcher struct {
	first    [1 << 16 / 64]uint64 // bit set for the signature (sigKey) of each first token
	roots    []rootSlot           // the first tokens of names, in an open-addressing table (see lookupRoot)
	acronyms map[string]bool      // single-token acronyms as written ("OCI", "UE")
}

// wordAcronyms are acronyms that are also words once lower-cased ("un" in
// French and Spanish, "eu" in French, "us" and "who" in English): in an
// all-capitals headline ("UN ACCORD", "WHO WILL PAY") they are words, so they
// are not taken when a neighbouring token is an all-capitals word that is not
// itself an acronym.
var wordAcronyms = map[string]bool{"UN": true, "US": true, "WHO": true, "LAS": true, "AMU": true, "EU": true}

// builder collects names into a trie; build freezes it into a matcher.
type builder struct {
	root     map[string]*node
	seen     map[string]bool
	acronyms map[string]bool
}

func newBuilder() *builder {
	return &builder{root: map[string]*node{}, seen: map[string]bool{}, acronyms: map[string]bool{}}
}

// kindRank orders candidates sharing a token sequence: the first one whose
// checks pass wins.
func kindRank(k Kind) int {
	switch k {
	case State:
		return 0
	case Territory:
		return 1
	case Org:
		return 2
	case Capital:
		return 3
	case City:
		return 4
	case Demonym:
		return 5
	case 0: // block
		return -1
	}
	return 9
}

// add inserts name with reading c.
func (b *builder) add(name string, c cand) {
	sc := getScratch()
	defer putScratch(sc)
	sc.scan(name)
	if len(sc.toks) == 0 {
		return
	}
	words := make([]string, len(sc.toks))
	folded := make([]string, len(sc.toks))
	for i, t := range sc.toks {
		words[i] = name[t.os:t.oe]
		folded[i] = string(sc.fold[t.fs:t.fe])
		if i > 0 {
			if t.gap&gapOther != 0 {
				return // names are single phrases; skip odd entries
			}
			if t.gap&(gapDot|gapComma) != 0 && i < 32 {
				c.dots |= 1 << uint(i)
			}
		}
	}
	if last := sc.toks[len(sc.toks)-1]; strings.HasPrefix(name[last.oe:], ".") {
		c.trailDot = true
	}
	if c.exact {
		c.words = words
		if len(words) == 1 {
			b.acronyms[words[0]] = true
		}
	}
	id := strings.Join(folded, " ") + "\x00" + c.kind.String() + "\x00" + c.key
	if c.exact {
		id += "\x00" + strings.Join(words, " ")
	}
	if c.prefix {
		id += "\x00prefix"
	}
	if b.seen[id] {
		// Same reading again: keep the least restrictive needCap.
		if !c.needCap {
			n := b.walk(folded)
			for i := range n.cands {
				cc := &n.cands[i]
				if cc.kind == c.kind && cc.key == c.key && cc.exact == c.exact && cc.prefix == c.prefix {
					cc.needCap = false
				}
			}
		}
		return
	}
	b.seen[id] = true
	n := b.walk(folded)
	n.cands = append(n.cands, c)
	sort.SliceStable(n.cands, func(i, j int) bool {
		ci, cj := n.cands[i], n.cands[j]
		if ci.exact != cj.exact {
			return ci.exact // acronyms first: they are the most specific
		}
		return kindRank(ci.kind) < kindRank(cj.kind)
	})
}

func (b *builder) walk(folded []string) *node {
	m := b.root
	var n *node
	for _, f := range folded {
		n = m[f]
		if n == nil {
			n = &node{}
			m[f] = n
		}
		if n.next == nil {
			n.next = map[string]*node{}
		}
		m = n.next
	}
	return n
}

func (b *builder) build() *matcher {
	var prune func(m map[string]*node)
	prune = func(m map[string]*node) {
		for _, n := range m {
			prune(n.next)
			if len(n.next) <= maxKids {
				for k, c := range n.next {
					n.kids = append(n.kids, kid{k, c})
				}
				n.next = nil
			}
		}
	}
	prune(b.root)
	m := &matcher{acronyms: b.acronyms}
	size := 64
	for size < 2*len(b.root) { // load factor at most 1/2
		size *= 2
	}
	m.roots = make([]rootSlot, size)
	for k, n := range b.root {
		h := sigKey(k)
		m.first[h>>6] |= 1 << (h & 63)
		hk := hashToken(k)
		i := hk & uint32(size-1)
		for m.roots[i].n != nil {
			i = (i + 1) & uint32(size-1)
		}
		m.roots[i] = rootSlot{hk, k, n}
	}
	return m
}

// rootSlot is a slot of matcher.roots (n is nil in an empty slot).
type rootSlot struct {
	hash uint32 // hashToken(key)
	key  string
	n    *node
}

// lookupRoot returns the trie node of first token f, nil when no name starts
// with f. Compared with a map[string]*node it hashes the short token more
// cheaply and compares stored hashes before key bytes, which saves cache
// misses on the few thousand keys.
func (m *matcher) lookupRoot(f []byte) *node {
	mask := uint32(len(m.roots) - 1)
	h := hashToken(f)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &m.roots[i]
		if sl.n == nil || sl.hash == h && sl.key == string(f) {
			return sl.n
		}
	}
}

// hashToken is FNV-1a over the bytes of a folded token.
func hashToken[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// scratch holds the reusable buffers of one Find call.
type scratch struct {
	fold  []byte
	toks  []token
	ments []Mention
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(s *scratch) {
	if cap(s.fold) > 1<<20 {
		s.fold = nil
	}
	if cap(s.toks) > 1<<18 {
		s.toks = nil
	}
	if cap(s.ments) > 1<<14 {
		s.ments = nil
	}
	scratchPool.Put(s)
}

// foldTab maps Latin runes below 0x250 to their folded form ("" = not a letter
// handled here).
var foldTab [0x250]string

func init() {
	special := map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h"}
	for r := rune(0xC0); r < 0x250; r++ {
		if s, ok := special[r]; ok {
			foldTab[r] = s
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		d := norm.NFD.String(string(unicode.ToLower(r)))
		var out []byte
		for _, c := range d {
			if c < 0x80 {
				out = append(out, byte(c))
			} else if !unicode.Is(unicode.Mn, c) {
				out = utf8.AppendRune(out, c)
			}
		}
		foldTab[r] = string(out)
	}
}

// sepClass classifies a non-letter, non-digit rune.
func sepClass(r rune) uint8 {
	switch r {
	case ' ', '\t', '\r', '\n', '\u00a0', '\u202f', '\u2009', '\u2007', '\u200a', '\u2002', '\u2003', '\u3000', '\f', '\v',
		'&': // "Trinidad & Tobago": the ampersand of a name reads as a space in the text and in the name alike
		return gapSpace
	case '-', '\u2010', '\u2011', '\u2012', '\u2013':
		return gapHyphen
	case '\'', '\u2019', '\u2018', '\u02bc', '\u00b4', '`':
		return gapApos
	case '.':
		return gapDot
	case ',':
		return gapComma
	}
	return gapOther
}

// isSepRune reports whether r is not part of a word.
func isSepRune(r rune) bool {
	return r != '\u02bc' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// scan folds text into s.fold and splits it into s.toks.
func (s *scratch) scan(text string) {
	// The buffers live in locals during the scan (and go back to s at the
	// end) so that the compiler keeps them in registers.
	fold := s.fold[:0]
	toks := s.toks[:0]
	in := false // inside a token
	var gap uint8
	nl := 0
	closeTok := func(end int) {
		t := &toks[len(toks)-1]
		t.fe = int32(len(fold))
		t.oe = int32(end)
		in = false
	}
	open := func(start int, upper bool) {
		// Fields are set in place: building the token in a temporary and
		// copying it stalls on store forwarding.
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		t.fs, t.os, t.gap, t.upper = int32(len(fold)), int32(start), gap, upper
		gap = 0
		nl = 0
		in = true
	}
	sep := func(i int, cl uint8, r rune) {
		if in {
			closeTok(i)
		}
		if r == '\n' {
			nl++
			if nl >= 2 {
				cl = gapOther
			}
		}
		gap |= cl
	}
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				sep(i, asciiSep[c], rune(c))
				i++
				continue
			}
			if !in {
				open(i, c < 'a') // upper-case letter or digit
			}
			// Fast path: copy the whole run of ASCII letters and digits,
			// lower-cased.
			for ; i < n; i++ {
				f := asciiFold[text[i]]
				if f == 0 {
					break
				}
				if text[i] != f && text[i] >= 'A' && text[i] <= 'Z' {
					toks[len(toks)-1].upper = true // a capital inside a word: "eSwatini"
				}
				fold = append(fold, f)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r < 0x250 && foldTab[r] != "":
			if !in {
				open(i, unicode.IsUpper(r))
			}
			fold = append(fold, foldTab[r]...)
		case r == '\u02bc':
			sep(i, gapApos, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				open(i, unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLower(r))
			}
			fold = utf8.AppendRune(fold, unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// combining mark (decomposed accent): part of the word, not of its folded form
		default:
			sep(i, sepClass(r), r)
		}
		i += size
	}
	if in {
		closeTok(n)
	}
	s.fold, s.toks = fold, toks
}

// asciiSep is sepClass for the ASCII bytes.
var asciiSep = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = sepClass(rune(c))
	}
	return t
}()

// asciiFold maps ASCII letters and digits to their folded (lower-case)
// form, and every other byte to 0.
var asciiFold = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// Find returns all non-overlapping mentions in text, leftmost-longest, in order
// of position. Offsets are byte offsets into text.
func (g *Gazetteer) Find(text string) []Mention {
	s := getScratch()
	defer putScratch(s)
	s.scan(text)
	// Collect the mentions in the pooled buffer and return an exact-size
	// copy: one allocation instead of one per growth of the slice.
	s.ments = g.m.find(text, s, s.ments[:0])
	if len(s.ments) == 0 {
		return nil
	}
	out := slices.Clone(s.ments)
	clear(s.ments) // drop the references into text
	return out
}

// sigKey is the index of a folded token in matcher.first: a 16-bit hash of
// its length and its first two and last bytes. Computed in constant time, it
// tells most words that start no name from the few thousand first tokens of
// names, so that they skip the map lookup.
func sigKey[T string | []byte](k T) uint32 {
	if len(k) == 0 {
		return 0
	}
	h := uint32(k[0]) | uint32(k[min(1, len(k)-1)])<<8 | uint32(k[len(k)-1])<<16 | uint32(len(k))<<24
	return (h * 0x9E3779B1) >> 16
}

func (m *matcher) find(text string, s *scratch, out []Mention) []Mention {
	toks, fold := s.toks, s.fold
	for i := 0; i < len(toks); {
		f := fold[toks[i].fs:toks[i].fe]
		if h := sigKey(f); len(f) == 0 || m.first[h>>6]&(1<<(h&63)) == 0 {
			i++
			continue
		}
		n := m.lookupRoot(f)
		if n == nil {
			i++
			continue
		}
		var best *cand
		bestJ := -1
		for j := i; ; {
			if len(n.cands) > 0 {
				if c := m.accept(n, text, toks, i, j); c != nil {
					best, bestJ = c, j
				}
			}
			j++
			if n.next == nil && len(n.kids) == 0 || j >= len(toks) || toks[j].gap&^(softGap|gapDot|gapComma) != 0 {
				break
			}
			n = n.child(fold[toks[j].fs:toks[j].fe])
			if n == nil {
				break
			}
		}
		if best == nil {
			i++
			continue
		}
		if bestJ > i && bestJ+1 < len(toks) && (toks[bestJ+1].gap == gapHyphen || leadArticle[string(fold[toks[i].fs:toks[i].fe])]) && m.longerWithin(text, toks, fold, i+1, bestJ) {
			// "le Cap-Vert", "le Cap Vert": not the city "le Cap" but the state named from the next word
			i++
			continue
		}
		if best.kind == 0 { // blocked phrase
			i = bestJ + 1
			continue
		}
		start, end := int(toks[i].os), int(toks[bestJ].oe)
		if best.trailDot && end < len(text) && text[end] == '.' {
			end++
		}
		out = append(out, Mention{Start: start, End: end, Kind: best.kind, Key: best.key, Text: text[start:end]})
		i = bestJ + 1
	}
	return out
}

// leadArticle are the articles a name may open with ("le Cap", "La Haye"):
// a longer name starting right after one is the one meant.
var leadArticle = map[string]bool{"le": true, "la": true, "les": true, "l": true, "el": true, "the": true}

// longestAt returns the longest name accepted from token i, with the index
// of its last token (nil, -1 if none); find inlines the same walk.
func (m *matcher) longestAt(text string, toks []token, fold []byte, i int) (*cand, int) {
	n := m.lookupRoot(fold[toks[i].fs:toks[i].fe])
	if n == nil {
		return nil, -1
	}
	var best *cand
	bestJ := -1
	for j := i; ; {
		if len(n.cands) > 0 {
			if c := m.accept(n, text, toks, i, j); c != nil {
				best, bestJ = c, j
			}
		}
		j++
		if n.next == nil && len(n.kids) == 0 || j >= len(toks) || toks[j].gap&^(softGap|gapDot|gapComma) != 0 {
			break
		}
		n = n.child(fold[toks[j].fs:toks[j].fe])
		if n == nil {
			break
		}
	}
	return best, bestJ
}

// longerWithin reports whether a name starting at a token in [from, to]
// runs past token to: the name a hyphen continues ("Cap-Vert" inside "le
// Cap-Vert") is the one meant.
func (m *matcher) longerWithin(text string, toks []token, fold []byte, from, to int) bool {
	for k := from; k <= to; k++ {
		if c, j := m.longestAt(text, toks, fold, k); c != nil && c.kind != 0 && j > to {
			return true
		}
	}
	return false
}

// accept returns the first candidate of n whose checks pass for tokens i..j.
func (m *matcher) accept(n *node, text string, toks []token, i, j int) *cand {
	for k := range n.cands {
		c := &n.cands[k]
		if !gapsOK(c, toks, i, j) {
			continue
		}
		if c.exact {
			ok := true
			for w := i; w <= j; w++ {
				t := text[toks[w].os:toks[w].oe]
				want := c.words[w-i]
				if t != want && t != strings.ToUpper(want) {
					ok = false
					break
				}
			}
			if !ok || i == j && wordAcronyms[c.words[0]] && m.shouting(text, toks, i) {
				continue
			}
		}
		if c.needCap && !anyUpper(toks[i:j+1]) {
			continue // "conseil de sécurité des Nations unies" has its capital inside
		}
		if c.prefix && (j+1 >= len(toks) || toks[j+1].gap != gapHyphen) {
			continue
		}
		return c
	}
	return nil
}

// anyUpper reports whether one of the tokens is capitalised.
func anyUpper(toks []token) bool {
	for _, t := range toks {
		if t.upper {
			return true
		}
	}
	return false
}

// shouting reports whether token i stands among all-capitals words (a
// headline), or is followed by a currency sign ("US$").
func (m *matcher) shouting(text string, toks []token, i int) bool {
	if e := int(toks[i].oe); e < len(text) && text[e] == '$' {
		return true
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) || (k < i && toks[i].gap&^softGap != 0) || (k > i && toks[k].gap&^softGap != 0) {
			continue
		}
		w := text[toks[k].os:toks[k].oe]
		if len(w) >= 2 && !m.acronyms[w] && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// gapsOK checks that the separators inside tokens i..j suit the candidate: a
// dot or comma only where the name has one.
func gapsOK(c *cand, toks []token, i, j int) bool {
	for w := i + 1; w <= j; w++ {
		g := toks[w].gap
		if g&(gapDot|gapComma) != 0 && (w-i >= 32 || c.dots&(1<<uint(w-i)) == 0) {
			return false
		}
	}
	return true
}

// Fold returns the folded form of s used for matching: lower case, accents
// removed, words separated by single spaces, punctuation dropped
// ("Côte d’Ivoire" → "cote d ivoire").
func Fold(s string) string {
	sc := getScratch()
	defer putScratch(sc)
	sc.scan(s)
	var b strings.Builder
	for i, t := range sc.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(sc.fold[t.fs:t.fe])
	}
	return b.String()
}
