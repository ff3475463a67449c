package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

// fre is a regular expression with a cheap necessary condition: when every
// match starts at a word start with one of a set of literals (the pattern
// opens with \b and literals, possibly in each branch), inputs holding no
// such word start are rejected without running the regexp. Results are those
// of the regexp.
type fre struct {
	*regexp.Regexp
	k     *kre // literal keys (bits and lits only); nil when the shape allows none
	where int  // where a literal of k must start: wordStart, anywhere, atStart
	exact map[string]bool
	// exactBytes tells the bytes occurring in the strings of exact
	exactBytes [256]bool
	// exactTrim tells that exact holds the matches of a pattern
	// `^\s*(?:lit|lit…)\s*$` without their leading and trailing \s
	// characters (none of its strings starts or ends with one)
	exactTrim bool
	// exactMin and exactMax bound the lengths of the strings of exact:
	// possible rejects other lengths, and inputs whose first or last byte
	// is in none of them, before the map lookup
	exactMin, exactMax int
	first              [4]uint64  // the first bytes of the literals of k
	firstTab           [256]uint8 // the same as a table (1: a first byte), for the byte loops of possible
	// punct holds, for atStartSpacePunct, the bytes of the optional
	// punctuation after the leading spaces ("^\s*,?\s*X")
	punct [256]bool
	// pairs holds the hashed first two bytes of the literals of k (when
	// all have two bytes or more: pairsOK), one cache line tested before
	// k.may at a candidate (pairMay)
	pairs   [8]uint64
	pairsOK bool
	// firsts lists those first bytes when they are few (at most
	// maxFirsts): possible then finds its candidates with
	// strings.IndexByte, which skips the bytes between them much faster
	// than a loop testing every byte
	firsts []byte
	sure   []string // strings any of which, found anywhere, makes a match
	// need holds, when k is nil, strings one of which every match contains
	// (anywhere): inputs holding none are rejected with a few substring
	// searches instead of a regexp run
	need []string
	// needPairs holds the hashed first two bytes of the strings of need
	// (pairHash; all have three bytes or more), for needIn
	needPairs [8]uint64
	// ends holds, when need is nil and k too or weak, for a pattern
	// anchored at the end ($), strings one of which ends every match,
	// hence the input
	ends []sufLit
	// anchPat is the pattern anchored at the start (^(?:pat)), set when
	// every match starts at a candidate of k and the pattern's assertions
	// read nothing before the match (see anchorable): MatchString then runs
	// it at the few candidate starts instead of searching the whole input.
	// It is compiled on first use (anchored), as many patterns never need
	// it: less memory for the collector to scan.
	anchPat  string
	anchOnce sync.Once
	anch     *regexp.Regexp
	// tail holds, for a pattern `\b(?:lit|lit…)\s*$` (or \s+, or no
	// spaces; the \b optional, per alternative), the strings its matches
	// end with: MatchString compares them with the end of the input
	// (tailMatch) instead of running the regexp. tailSpace tells the
	// spaces after them: 0 none, 1 \s*, 2 \s+.
	tail      []tailLit
	tailSpace int
	// back is, for another pattern anchored at the end, its backward
	// form: MatchString computes from the end of the input where a match
	// may start (backPattern.match) instead of running the regexp
	back *backPattern
	// fwd is, for a pattern anchored at the start only, its forward form
	// on sets of offsets (backPattern.matchFwd)
	fwd *backPattern
	// indexed tells that the literals of k are in the document index
	// under id idx (mkfi): x.mayMatch looks up the word starts of a
	// window there instead of scanning it
	indexed bool
	idx     int
}

// mkfi is mkf for a pattern whose matches all start at a word start with a
// literal of its prefilter: those literals also go in the document index,
// for x.mayMatch.
func mkfi(pat string) *fre {
	f := mkf(pat)
	tree, err := syntax.Parse(pat, syntax.Perl)
	if err != nil || f.k == nil || f.where != wordStart || f.exact != nil {
		panic("mkfi: no word-start literals in " + pat)
	}
	lits, ok := needLits(tree.Simplify())
	if !ok || len(lits) == 0 {
		panic("mkfi: no word-start literals in " + pat)
	}
	f.indexed, f.idx = true, indexLits(lits)
	return f
}

// mayMatch reports whether f, run on the window low[s:e] of the document
// (e <= len(low)), may find a match there: a match starts at a word start
// of the window with a literal of f, that is at a word start of the
// document listed for f by indexStarts, or at s itself when s is inside a
// word of the document (the window alone sees a word start there) and a
// literal starts there. False
// is sure; true leaves the answer to f. A window without a listed start
// is rejected by a binary search instead of a scan of its bytes.
func (x *engine) mayMatch(f *fre, s, e int) bool {
	if !f.indexed || f.idx >= len(x.kcand) {
		return true // no index (an engine built by a test)
	}
	low := x.f.low
	if s > 0 && s < e && reWord(low[s-1]) && f.k.may(low[:e], s) {
		return true // a literal at s, a word start of the window only
	}
	ws := x.kcand[f.idx]
	i := sort.SearchInts(ws, s)
	return i < len(ws) && ws[i] < e
}

// anchored returns the compiled anchPat.
func (f *fre) anchored() *regexp.Regexp {
	f.anchOnce.Do(func() { f.anch = regexp.MustCompile(f.anchPat) })
	return f.anch
}

const (
	wordStart = iota
	anywhere
	atStart
	atStartSpace      // at the start, after \s characters
	atStartSpacePunct // atStartSpace, or after those and one byte of punct and \s characters
)

// isSpace reports whether c is in regexp's \s: [\t\n\f\r ].
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// afterLeadSpace returns what follows a leading \s* in the concatenation
// subs, looking into a first group or a first repetition of at least once
// (whose first iteration starts the match), and whether there is one. When
// what follows starts with no \s character, it starts right after the
// leading \s characters of the input.
func afterLeadSpace(subs []*syntax.Regexp) ([]*syntax.Regexp, bool) {
	if len(subs) == 0 {
		return nil, false
	}
	switch first := subs[0]; first.Op {
	case syntax.OpStar:
		if first.Flags&syntax.NonGreedy == 0 && isSpaceClass(first.Sub[0]) {
			return subs[1:], true
		}
	case syntax.OpPlus, syntax.OpCapture:
		in := first.Sub[0]
		if in.Op == syntax.OpConcat {
			if rest, ok := afterLeadSpace(in.Sub); ok {
				if first.Op == syntax.OpCapture {
					return append(append([]*syntax.Regexp{}, rest...), subs[1:]...), true
				}
				return rest, true // the first iteration, enough for prefixes
			}
		}
	}
	return nil, false
}

// afterOptPunct returns what follows an optional punctuation byte and \s*
// opening the concatenation subs ("(?:,|;)?\s*", ",?\s*", "(?:,\s*)?"),
// the bytes of that punctuation (ASCII, none in \s), and whether subs
// opens so. A match of subs then starts what follows either at the start
// of the input (no punctuation) or after the punctuation byte and the \s
// characters after it.
func afterOptPunct(subs []*syntax.Regexp) ([]*syntax.Regexp, [256]bool, bool) {
	var set [256]bool
	if len(subs) == 0 || subs[0].Op != syntax.OpQuest {
		return nil, set, false
	}
	isStar := func(re *syntax.Regexp) bool { return re.Op == syntax.OpStar && isSpaceClass(re.Sub[0]) }
	in := subs[0].Sub[0]
	rest := subs[1:]
	if in.Op == syntax.OpConcat && len(in.Sub) == 2 && isStar(in.Sub[1]) {
		in = in.Sub[0] // (?:P\s*)?
	} else if len(rest) > 0 && isStar(rest[0]) {
		rest = rest[1:] // P?\s*
	} else {
		return nil, set, false
	}
	var ranges []rune
	switch in.Op {
	case syntax.OpLiteral:
		if len(in.Rune) != 1 || in.Flags&syntax.FoldCase != 0 {
			return nil, set, false
		}
		ranges = []rune{in.Rune[0], in.Rune[0]}
	case syntax.OpCharClass:
		ranges = in.Rune
	default:
		return nil, set, false
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if r >= 0x80 || isSpace(byte(r)) {
				return nil, set, false
			}
			set[r] = true
		}
	}
	return rest, set, true
}

// isSpaceStar reports whether re is \s* (greedy or not).
func isSpaceStar(re *syntax.Regexp) bool {
	return re.Op == syntax.OpStar && isSpaceClass(re.Sub[0])
}

// trimSpaces returns s without its leading and trailing \s characters.
func trimSpaces(s string) string {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// isSpaceClass reports whether re is the class \s.
func isSpaceClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpCharClass && slices.Equal(re.Rune, []rune{'\t', '\n', '\f', '\r', ' ', ' '})
}

// freAll lists the patterns made by mkf (for tests).
var freAll []*fre

// mkf compiles pat, with a literal prefilter when its shape allows one.
func mkf(pat string) *fre {
	f := &fre{Regexp: regexp.MustCompile(pat)}
	freAll = append(freAll, f)
	tree, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return f
	}
	tree = tree.Simplify()
	f.sure = sureLits(tree)
	weak := setKeys(f, tree)
	if f.k == nil && f.exact == nil {
		if need, ok := factors(tree); ok && goodFactors(need) {
			f.need = need
			for _, l := range need {
				h := pairHash(l[0], l[1])
				f.needPairs[h>>6] |= 1 << (h & 63)
			}
		}
	}
	if f.exact == nil && f.need == nil && (f.k == nil || weak) {
		f.ends = endLits(tree) // a look at how the input ends
	}
	if f.k != nil && f.exact == nil && anchorable(f.where, tree) {
		f.anchPat = `^(?:` + pat + `)`
	}
	if f.exact == nil {
		f.tail, f.tailSpace = tailShape(tree)
		if f.tail == nil {
			f.back = newBackPattern(tree)
		}
		if f.back == nil && f.tail == nil {
			f.fwd = newFwdPattern(tree)
		}
	}
	return f
}

// tailLit is a string a match of a tail pattern ends with (before its
// spaces), and whether \b must hold before it.
type tailLit struct {
	s string
	b bool
}

// tailShape returns, for a pattern made of a finite set of strings, each
// with an optional leading \b, then \s*, \s+ or nothing, then $, those
// strings and the spaces (see fre.tail); nil for any other shape.
func tailShape(tree *syntax.Regexp) ([]tailLit, int) {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[len(tree.Sub)-1].Op != syntax.OpEndText {
		return nil, 0
	}
	subs := tree.Sub[:len(tree.Sub)-1]
	space := 0
	switch last := subs[len(subs)-1]; {
	case last.Op == syntax.OpStar && isSpaceClass(last.Sub[0]):
		space, subs = 1, subs[:len(subs)-1]
	case last.Op == syntax.OpPlus && isSpaceClass(last.Sub[0]):
		space, subs = 2, subs[:len(subs)-1]
	}
	lits, ok := boundedLits(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs})
	if !ok || len(lits) == 0 || len(lits) > 64 {
		return nil, 0
	}
	return lits, space
}

// boundedLits returns the strings re matches, each with whether a \b
// opens it, when re is a finite set of plain strings (plainFinite), one
// opened by \b, or an alternation or group of those.
func boundedLits(re *syntax.Regexp) ([]tailLit, bool) {
	switch {
	case re.Op == syntax.OpCapture:
		return boundedLits(re.Sub[0])
	case re.Op == syntax.OpAlternate:
		var out []tailLit
		for _, sub := range re.Sub {
			l, ok := boundedLits(sub)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case re.Op == syntax.OpConcat && len(re.Sub) == 1:
		return boundedLits(re.Sub[0])
	}
	b := false
	if re.Op == syntax.OpConcat && len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpWordBoundary {
		b, re = true, &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
	}
	if !plainFinite(re) {
		return nil, false
	}
	p, c, ok := prefixes(re, 0)
	if !ok || !c {
		return nil, false
	}
	out := make([]tailLit, 0, len(p))
	for _, l := range p {
		if l == "" {
			return nil, false // an empty match: left to the regexp
		}
		out = append(out, tailLit{l, b})
	}
	return out, true
}

// tailMatch is MatchString for a tail pattern: s ends with one of f.tail
// (with \b before it when required), then the spaces f.tailSpace allows.
func (f *fre) tailMatch(s string) bool {
	lo := len(s) // the first offset where the string may end
	for lo > 0 && isSpace(s[lo-1]) {
		lo--
	}
	hi := len(s)
	switch f.tailSpace {
	case 0:
		lo = len(s)
	case 2:
		hi-- // one space at least
	}
	for end := lo; end <= hi; end++ {
		for _, l := range f.tail {
			if n := end - len(l.s); n >= 0 && s[end-1] == l.s[len(l.s)-1] && s[n:end-1] == l.s[:len(l.s)-1] && (!l.b || reBoundary(s, n)) {
				return true
			}
		}
	}
	return false
}

// anchorable reports whether a match of tree found by running it anchored
// on s[i:], i a candidate start of its prefilter, is a match of tree in s
// at i, and conversely. Only assertions at i could tell the two apart:
// \b, \B, ^ and (?m)^ read the byte before i in s but see no byte in s[i:].
// When every match opens with \b and a literal starting with a word byte
// (wordStart), the byte before a candidate is no word byte (or there is
// none), and \b, \B at i evaluate alike; a pattern matching anywhere must
// hold none of these assertions.
func anchorable(where int, tree *syntax.Regexp) bool {
	switch where {
	case wordStart:
		return !hasOp(tree, syntax.OpBeginLine, syntax.OpBeginText)
	case anywhere:
		return !hasOp(tree, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
	}
	return false
}

// hasOp reports whether one of ops occurs in re.
func hasOp(re *syntax.Regexp, ops ...syntax.Op) bool {
	if slices.Contains(ops, re.Op) {
		return true
	}
	for _, s := range re.Sub {
		if hasOp(s, ops...) {
			return true
		}
	}
	return false
}

// setKeys sets the literal prefilter (k, where) or the exact set of f when
// the shape of tree allows one. It reports whether the prefilter is weak: a
// literal of one byte (a space, a comma) starts most inputs.
func setKeys(f *fre, tree *syntax.Regexp) (weak bool) {
	lits, ok := needLits(tree)
	if !ok || len(lits) == 0 {
		lits, ok = otherLits(f, tree)
	}
	if !ok || len(lits) == 0 {
		return false
	}
	if f.exact != nil {
		return false
	}
	for _, l := range lits {
		if l == "" || f.where == wordStart && (!isWordByte(l[0]) || l[0] >= 0x80) {
			return false
		}
	}
	k := &kre{}
	klits := map[uint32][]string{}
	for _, l := range lits {
		n := min(3, len(l))
		h := keyHash(l[:n])
		k.bits.add(n, h)
		klits[uint32(n)<<18|h] = append(klits[uint32(n)<<18|h], l)
		if f.first[l[0]>>6]&(1<<(l[0]&63)) == 0 {
			f.firsts = append(f.firsts, l[0])
		}
		f.first[l[0]>>6] |= 1 << (l[0] & 63)
		f.firstTab[l[0]] = 1
	}
	if len(f.firsts) > maxFirsts {
		f.firsts = nil
	}
	f.pairsOK = minLen(lits) >= 2
	for _, l := range lits {
		if len(l) >= 2 {
			h := pairHash(l[0], l[1])
			f.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	k.tab = newKeyTable(klits)
	f.k = k
	return minLen(lits) <= 1
}

// factors returns strings one of which every match of re contains, and
// whether re's shape gives such a set: a literal gives itself, a
// concatenation the best set of its parts, an alternation the union of its
// branches' sets, a repetition of at least once the set of what it repeats.
func factors(re *syntax.Regexp) ([]string, bool) {
	const maxSet = 16
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return factors(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return factors(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			f, ok := factors(sub)
			if !ok || len(out)+len(f) > maxSet {
				return nil, false
			}
			out = append(out, f...)
		}
		return out, true
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if f, ok := factors(sub); ok && betterFactors(f, best) {
				best = f
			}
		}
		return best, best != nil
	}
	return nil, false
}

// minLen is the length of the shortest string of set.
func minLen(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// betterFactors reports whether set a rejects more inputs than set b (nil:
// none): longer shortest string, then fewer strings.
func betterFactors(a, b []string) bool {
	if b == nil {
		return true
	}
	if la, lb := minLen(a), minLen(b); la != lb {
		return la > lb
	}
	return len(a) < len(b)
}

// goodFactors reports whether set is worth searching before the regexp.
func goodFactors(set []string) bool {
	return len(set) > 0 && len(set) <= 16 && minLen(set) >= 3
}

// maxWordLoop is the input length from which possible looks for the few
// first bytes of a word-start pattern with IndexByte passes: on shorter
// inputs (most), its byte loop of one branch a byte is faster.
const maxWordLoop = 512

// maxFirsts is the largest number of distinct first bytes for which
// possible makes one strings.IndexByte pass per byte.
const maxFirsts = 3

// needLits returns literals one of which every match starts with, right
// after a \b.
func needLits(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpCapture:
		return needLits(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			l, ok := needLits(s)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		if re.Sub[0].Op == syntax.OpWordBoundary {
			if len(re.Sub) < 2 {
				return nil, false
			}
			rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
			p, _, ok := prefixes(rest, 10)
			return p, ok
		}
		switch re.Sub[0].Op {
		case syntax.OpCapture, syntax.OpAlternate, syntax.OpConcat:
			return needLits(re.Sub[0])
		}
	}
	return nil, false
}

// otherLits returns the literals one of which starts every match of a
// pattern that does not open with \b: at the start of the input when it
// opens with ^, anywhere otherwise. A pattern `^(?:lit|lit…)$` gets the
// exact set of its matches instead.
func otherLits(f *fre, tree *syntax.Regexp) ([]string, bool) {
	if tree.Op == syntax.OpConcat && len(tree.Sub) >= 2 && tree.Sub[0].Op == syntax.OpBeginText {
		sub := tree.Sub[1:]
		if last := sub[len(sub)-1]; last.Op == syntax.OpEndText && len(sub) >= 2 {
			inner := sub[:len(sub)-1]
			trim := false
			if len(inner) >= 3 && isSpaceStar(inner[0]) && isSpaceStar(inner[len(inner)-1]) {
				// ^\s*X\s*$: the exact set of X, matched against the
				// input without its leading and trailing spaces
				inner, trim = inner[1:len(inner)-1], true
			}
			p, c, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: inner}, 0)
			if trim && ok && slices.ContainsFunc(p, func(l string) bool { return l != "" && (isSpace(l[0]) || isSpace(l[len(l)-1])) }) {
				ok = false // a string with a space at an end: the trimmed input cannot tell
			}
			if ok && c && !hasAssert(inner) {
				f.exactTrim = trim
				f.exact = map[string]bool{}
				f.exactMin = len(p[0])
				for _, l := range p {
					f.exact[l] = true
					f.exactMin, f.exactMax = min(f.exactMin, len(l)), max(f.exactMax, len(l))
					for i := 0; i < len(l); i++ {
						f.exactBytes[l[i]] = true
					}
				}
				return p, true
			}
		}
		p, _, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: sub}, 10)
		if (!ok || slices.Contains(p, "")) && len(sub) > 0 {
			// ^\s*X…: the literals of X after the leading spaces
			if rest, found := afterLeadSpace(sub); found {
				if q, _, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, 10); ok && len(q) > 0 && !slices.ContainsFunc(q, func(l string) bool { return l == "" || isSpace(l[0]) }) {
					f.where = atStartSpace
					return q, true
				}
				// ^\s*,?\s*X…: the literals of X after the leading spaces,
				// or after those, the punctuation and more spaces
				if rest, punct, found := afterOptPunct(rest); found {
					if q, _, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, 10); ok && len(q) > 0 && !slices.ContainsFunc(q, func(l string) bool { return l == "" || isSpace(l[0]) }) {
						f.where = atStartSpacePunct
						f.punct = punct
						return q, true
					}
				}
			}
		}
		f.where = atStart
		return p, ok
	}
	switch tree.Op {
	case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine:
		return nil, false
	case syntax.OpConcat:
		if len(tree.Sub) > 0 {
			switch tree.Sub[0].Op {
			case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine:
				return nil, false
			}
		}
	}
	p, _, ok := prefixes(tree, 10)
	f.where = anywhere
	return p, ok
}

// minNeedScan is the number of strings of need from which possible looks
// for them in one pass (needIn) rather than with a search each.
const minNeedScan = 3

// needIn reports whether one of the strings of f.need occurs in s: one pass
// over s, the strings compared where the first two bytes of one of them
// occur (needPairs).
func (f *fre) needIn(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		h := pairHash(s[i], s[i+1])
		if f.needPairs[h>>6]&(1<<(h&63)) == 0 {
			continue
		}
		for _, l := range f.need {
			if l[0] == s[i] && len(s)-i >= len(l) && s[i:i+len(l)] == l {
				return true
			}
		}
	}
	return false
}

// pairHash hashes two bytes to 9 bits.
func pairHash(a, b byte) uint32 { return (uint32(a)<<8 | uint32(b)) * 0x9E3779B1 >> 23 }

// pairMay reports whether a literal of f.k may start at s[i:]: when every
// literal has two bytes or more, the first two of s[i:] must be those of
// one of them. A cheap test before k.may, which reads more memory.
func (f *fre) pairMay(s string, i int) bool {
	if !f.pairsOK {
		return true
	}
	if i+1 >= len(s) {
		return false // no room for a literal of two bytes
	}
	h := pairHash(s[i], s[i+1])
	return f.pairs[h>>6]&(1<<(h&63)) != 0
}

// possible reports whether a match of f may start somewhere in s.
func (f *fre) possible(s string) bool {
	if f.exact != nil {
		if f.exactTrim {
			s = trimSpaces(s)
		}
		if len(s) < f.exactMin || len(s) > f.exactMax || len(s) > 0 && (!f.exactBytes[s[0]] || !f.exactBytes[s[len(s)-1]]) {
			return false
		}
		return f.exact[s]
	}
	if f.ends != nil && !endsWithAny(s, f.ends) {
		return false // a match would end the input with one of ends
	}
	if f.k == nil {
		if f.need != nil {
			// a match contains one of need: a few substring searches,
			// or one pass over s for more
			if len(f.need) >= minNeedScan {
				return f.needIn(s)
			}
			for _, l := range f.need {
				if strings.Contains(s, l) {
					return true
				}
			}
			return false
		}
		return true
	}
	switch f.where {
	case atStart:
		return f.k.may(s, 0)
	case atStartSpace:
		i := 0
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		return f.k.may(s, i)
	case atStartSpacePunct:
		i := skipSpaces(s, 0)
		if f.k.may(s, i) {
			return true
		}
		return i < len(s) && f.punct[s[i]] && f.k.may(s, skipSpaces(s, i+1))
	}
	if f.firsts != nil && (f.where != wordStart || len(s) >= maxWordLoop) {
		// one IndexByte pass per first byte; a candidate at i is checked
		// as in the loops below
		for _, c := range f.firsts {
			for i := 0; i < len(s); i++ {
				j := strings.IndexByte(s[i:], c)
				if j < 0 {
					break
				}
				i += j
				if (f.where == anywhere || i == 0 || !reWord(s[i-1])) && f.pairMay(s, i) && f.k.may(s, i) {
					return true
				}
			}
		}
		return false
	}
	switch f.where {
	case anywhere:
		for i := range len(s) {
			if c := s[i]; f.first[c>>6]&(1<<(c&63)) != 0 && f.pairMay(s, i) && f.k.may(s, i) {
				return true
			}
		}
		return false
	}
	// a word start (the first bytes are word bytes) after a byte that is
	// none, with one of the first bytes: two table lookups a byte
	var prev uint8 // 1 after a word byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		// one branch a byte, rarely taken: a first byte after no word byte
		if f.firstTab[c]&^prev != 0 && f.pairMay(s, i) && f.k.may(s, i) {
			return true
		}
		prev = reWordByte[c]
	}
	return false
}

// reWordByte is reWordTab as 0 and 1, for branch-free masks.
var reWordByte = func() (t [256]uint8) {
	for c := range 256 {
		if reWord(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// reWordTab tells the word bytes of regexp's \b (reWord).
var reWordTab = func() (t [256]bool) {
	for c := range 256 {
		t[c] = reWord(byte(c))
	}
	return t
}()

// matchUpper is f.MatchString(strings.ToUpper(s)), without upper-casing s
// when f is an exact set and some ASCII byte of s, upper-cased, occurs in
// none of its strings.
func (f *fre) matchUpper(s string) bool {
	if f.exact != nil && !f.exactTrim {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 0x80 {
				break // non-ASCII: upper-casing may give anything
			}
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			if !f.exactBytes[c] {
				return false
			}
		}
	}
	return f.MatchString(strings.ToUpper(s))
}

// maxAnchoredRuns is the most candidate starts at which MatchString runs
// a pattern anchored; with more, one search of the whole input is cheaper.
const maxAnchoredRuns = 4

// starts appends to buf the candidate starts of f in s (offsets where a
// literal of k begins, at a word start for wordStart patterns), the same
// offsets possible looks at, and reports whether they are at most
// cap(buf). f.k must be set and f.where be wordStart or anywhere.
func (f *fre) starts(s string, buf []int) ([]int, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if f.first[c>>6]&(1<<(c&63)) == 0 || f.where == wordStart && i > 0 && reWord(s[i-1]) || !f.pairMay(s, i) || !f.k.may(s, i) {
			continue
		}
		if len(buf) == cap(buf) {
			return buf, false
		}
		buf = append(buf, i)
	}
	return buf, true
}

// MatchString reports whether s holds a match of f.
func (f *fre) MatchString(s string) bool {
	if f.exact != nil {
		return f.possible(s) // the exact set of the matches: no need to run the regexp
	}
	if f.tail != nil {
		return f.tailMatch(s)
	}
	if !f.possible(s) {
		return false
	}
	for _, l := range f.sure {
		if strings.Contains(s, l) {
			return true
		}
	}
	if f.back != nil {
		if found, ok := f.back.match(s); ok {
			return found
		}
	}
	if f.fwd != nil {
		if found, ok := f.fwd.matchFwd(s); ok {
			return found
		}
	}
	if f.anchPat != "" {
		// every match starts at a candidate: run the anchored pattern
		// there, when they are few
		var buf [maxAnchoredRuns]int
		if cands, ok := f.starts(s, buf[:0]); ok {
			anch := f.anchored()
			for _, i := range cands {
				if anch.MatchString(s[i:]) {
					return true
				}
			}
			return false
		}
	}
	return f.Regexp.MatchString(s)
}

// sureLits returns, for an unanchored alternation, the strings matched by
// its alternatives that match finite sets of strings without assertions:
// each of them found anywhere in an input is a match.
func sureLits(tree *syntax.Regexp) []string {
	if tree.Op != syntax.OpAlternate {
		return nil
	}
	var out []string
	for _, b := range tree.Sub {
		if !plainFinite(b) {
			continue
		}
		p, c, ok := prefixes(b, 0)
		if !ok || !c || len(out)+len(p) > 32 {
			continue
		}
		for _, l := range p {
			if l == "" {
				return nil
			}
		}
		out = append(out, p...)
	}
	return out
}

// FindStringIndex is regexp's FindStringIndex.
func (f *fre) FindStringIndex(s string) []int {
	if !f.possible(s) {
		return nil
	}
	if loc, ok := f.findAnchored(s, (*regexp.Regexp).FindStringIndex); ok {
		return loc
	}
	return f.Regexp.FindStringIndex(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (f *fre) FindStringSubmatchIndex(s string) []int {
	if !f.possible(s) {
		return nil
	}
	if loc, ok := f.findAnchored(s, (*regexp.Regexp).FindStringSubmatchIndex); ok {
		return loc
	}
	return f.Regexp.FindStringSubmatchIndex(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (f *fre) FindStringSubmatch(s string) []string {
	if !f.possible(s) {
		return nil
	}
	if f.anchPat != "" {
		var buf [maxAnchoredRuns]int
		if cands, ok := f.starts(s, buf[:0]); ok {
			anch := f.anchored()
			for _, i := range cands {
				// the substrings of a match at i are those of s
				if m := anch.FindStringSubmatch(s[i:]); m != nil {
					return m
				}
			}
			return nil
		}
	}
	return f.Regexp.FindStringSubmatch(s)
}

// findAnchored returns the leftmost match of f in s (offsets as given by
// find, a FindStringIndex or FindStringSubmatchIndex method) by running the
// anchored pattern at the candidate starts in increasing order: every
// match starts at a candidate, so the first candidate with a match holds
// the leftmost one, and the anchored pattern prefers there the match the
// whole pattern prefers. ok is false when f has no anchored pattern or too
// many candidates: the caller searches the whole input.
func (f *fre) findAnchored(s string, find func(*regexp.Regexp, string) []int) (loc []int, ok bool) {
	if f.anchPat == "" {
		return nil, false
	}
	var buf [maxAnchoredRuns]int
	cands, ok := f.starts(s, buf[:0])
	if !ok {
		return nil, false
	}
	anch := f.anchored()
	for _, i := range cands {
		if loc := find(anch, s[i:]); loc != nil {
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += i
				}
			}
			return loc, true
		}
	}
	return nil, true
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (f *fre) FindAllStringIndex(s string, n int) [][]int {
	if !f.possible(s) {
		return nil
	}
	if n < 0 && f.anchPat != "" {
		var buf [maxAnchoredRuns]int
		if cands, ok := f.starts(s, buf[:0]); ok {
			if out, ok := f.allAnchored(s, cands); ok {
				return out
			}
		}
	}
	return f.Regexp.FindAllStringIndex(s, n)
}

// allAnchored returns the successive matches of f in s, as
// FindAllStringIndex(s, -1) finds them, from the candidate starts cands
// (all of them, in increasing order): each search after a match starts
// where the match ends and finds the first candidate there or after with an
// anchored match. ok is false when an anchored match is empty (none of the
// literals is: this does not happen), for which regexp has its own rules.
func (f *fre) allAnchored(s string, cands []int) (out [][]int, ok bool) {
	anch := f.anchored()
	pos := 0
	for _, c := range cands {
		if c < pos {
			continue
		}
		loc := anch.FindStringIndex(s[c:])
		if loc == nil {
			continue
		}
		if loc[1] == 0 {
			return nil, false
		}
		out = append(out, []int{c, c + loc[1]})
		pos = c + loc[1]
	}
	return out, true
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex.
func (f *fre) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.possible(s) {
		return nil
	}
	return f.Regexp.FindAllStringSubmatchIndex(s, n)
}

// hasAssert reports whether an empty-width assertion occurs in subs.
func hasAssert(subs []*syntax.Regexp) bool {
	for _, s := range subs {
		switch s.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
			return true
		}
		if hasAssert(s.Sub) {
			return true
		}
	}
	return false
}

// matchIn is f.MatchString(low[s:e]) for a window of the document, a
// window without a start of f rejected by the index (mayMatch).
func (x *engine) matchIn(f *fre, s, e int) bool {
	return x.mayMatch(f, s, e) && f.MatchString(x.f.low[s:e])
}

// indexIn is f.FindStringIndex(low[s:e]) (offsets in the window) for a
// window of the document, a window without a start of f rejected by the
// index (mayMatch).
func (x *engine) indexIn(f *fre, s, e int) []int {
	if !x.mayMatch(f, s, e) {
		return nil
	}
	return f.FindStringIndex(x.f.low[s:e])
}
