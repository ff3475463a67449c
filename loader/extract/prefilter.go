package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
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
	first [4]uint64 // the first bytes of the literals of k
	sure  []string  // strings any of which, found anywhere, makes a match
}

const (
	wordStart = iota
	anywhere
	atStart
)

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
	lits, ok := needLits(tree)
	if !ok || len(lits) == 0 {
		lits, ok = otherLits(f, tree)
	}
	if !ok || len(lits) == 0 {
		return f
	}
	if f.exact != nil {
		return f
	}
	for _, l := range lits {
		if l == "" || f.where == wordStart && (!isWordByte(l[0]) || l[0] >= 0x80) {
			return f
		}
	}
	k := &kre{lits: map[uint32][]string{}}
	for _, l := range lits {
		n := min(3, len(l))
		h := keyHash(l[:n])
		k.bits[n-1][h>>6] |= 1 << (h & 63)
		k.lits[uint32(n)<<18|h] = append(k.lits[uint32(n)<<18|h], l)
		f.first[l[0]>>6] |= 1 << (l[0] & 63)
	}
	f.k = k
	return f
}

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
			p, c, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: sub[:len(sub)-1]}, 0)
			if ok && c && !hasAssert(tree.Sub[1:len(tree.Sub)-1]) {
				f.exact = map[string]bool{}
				for _, l := range p {
					f.exact[l] = true
				}
				return p, true
			}
		}
		p, _, ok := prefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: sub}, 10)
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

// possible reports whether a match of f may start somewhere in s.
func (f *fre) possible(s string) bool {
	if f.exact != nil {
		return f.exact[s]
	}
	if f.k == nil {
		return true
	}
	switch f.where {
	case atStart:
		return f.k.may(s, 0)
	case anywhere:
		for i := range len(s) {
			if c := s[i]; f.first[c>>6]&(1<<(c&63)) != 0 && f.k.may(s, i) {
				return true
			}
		}
		return false
	}
	prev := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		w := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z'
		if w && !prev && f.first[c>>6]&(1<<(c&63)) != 0 && f.k.may(s, i) {
			return true
		}
		prev = w
	}
	return false
}

// MatchString reports whether s holds a match of f.
func (f *fre) MatchString(s string) bool {
	if !f.possible(s) {
		return false
	}
	for _, l := range f.sure {
		if strings.Contains(s, l) {
			return true
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
	return f.Regexp.FindStringIndex(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (f *fre) FindStringSubmatchIndex(s string) []int {
	if !f.possible(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatchIndex(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (f *fre) FindStringSubmatch(s string) []string {
	if !f.possible(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatch(s)
}

// FindAllStringIndex is regexp's FindAllStringIndex.
func (f *fre) FindAllStringIndex(s string, n int) [][]int {
	if !f.possible(s) {
		return nil
	}
	return f.Regexp.FindAllStringIndex(s, n)
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
