package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// branchSet narrows an anchored kre match to the alternatives that can
// start at the matched offset. A pattern `\b(?:A|B|…)SUFFIX` matches at p
// only through alternatives one of whose literal prefixes begins at p, so
// the pattern restricted to those alternatives (in their order) finds the
// same match; Go's regexp runs a few alternatives much faster than
// hundreds.
type branchSet struct {
	alts   []string
	suffix string
	always []int                // alternatives without a literal prefix set
	keys   *keyTable[branchLit] // literal prefixes by the length and hash of their first (up to) 3 bytes (n<<18 | keyHash)
	subs   sync.Map             // subset key → *regexp.Regexp (anchored)
	// exp holds, per alternative matching a finite set of strings, those
	// strings in the order the regexp prefers them; litOK says the suffix
	// (empty or \b) lets such alternatives be matched without the regexp.
	exp [][]string
	// tail tells, per expanded alternative, a trailing \w* (tailStar) or
	// \w+ (tailPlus) after its strings (tailNone: none)
	tail  []uint8
	litOK bool
	bits  keyBitset // the hashed keys of keys
}

type branchLit struct {
	alt int
	lit string
	pw  prefixWord // the first bytes of lit, compared in one step (hasLitAt)
}

// splitAlts splits `\b(?:A|B|…)SUFFIX` into its top-level alternatives and
// suffix.
// topLevelBar reports whether s holds a '|' outside groups and classes.
func topLevelBar(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			for i++; i < len(s) && s[i] != ']'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

func splitAlts(pat string) ([]string, string, bool) {
	const open = `\b(?:`
	if !strings.HasPrefix(pat, open) {
		return nil, "", false
	}
	depth, start := 1, len(open)
	var alts []string
	for i := len(open); i < len(pat); i++ {
		switch pat[i] {
		case '\\':
			i++
		case '[':
			i++
			if i < len(pat) && pat[i] == '^' {
				i++
			}
			if i < len(pat) && pat[i] == ']' {
				i++
			}
			for i < len(pat) && pat[i] != ']' {
				if pat[i] == '\\' {
					i++
				}
				i++
			}
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				alts = append(alts, pat[start:i])
				// a suffix with an alternation of its own ("\b(?:a|b)x|\b(?:c)y") is no
				// suffix of every branch: the pattern is not one branch set
				return alts, pat[i+1:], len(alts) > 1 && !topLevelBar(pat[i+1:])
			}
		case '|':
			if depth == 1 {
				alts = append(alts, pat[start:i])
				start = i + 1
			}
		}
	}
	return nil, "", false
}

// newBranchSet returns the branch set of pat, nil when its shape allows none.
func newBranchSet(pat string) *branchSet {
	alts, suffix, ok := splitAlts(pat)
	if !ok {
		return nil
	}
	// the split must give back the same pattern
	if `\b(?:`+strings.Join(alts, "|")+`)`+suffix != pat {
		return nil
	}
	b := &branchSet{alts: alts, suffix: suffix, exp: make([][]string, len(alts)), tail: make([]uint8, len(alts))}
	b.litOK = suffix == "" || suffix == `\b`
	keys := map[uint32][]branchLit{}
	for i, a := range alts {
		b.exp[i], b.tail[i] = expand(a)
		tree, err := syntax.Parse(`\b(?:`+a+`)`, syntax.Perl)
		var lits []string
		if err == nil {
			lits, ok = leadLits(tree.Simplify(), true)
		}
		good := err == nil && ok && len(lits) > 0
		for _, l := range lits {
			if l == "" || !isWordByte(l[0]) || l[0] >= 0x80 {
				good = false
			}
		}
		if !good {
			b.always = append(b.always, i)
			continue
		}
		for _, l := range lits {
			n := min(3, len(l))
			h := keyHash(l[:n])
			keys[uint32(n)<<18|h] = append(keys[uint32(n)<<18|h], branchLit{i, l, newPrefixWord(l)})
			b.bits.add(n, h)
		}
	}
	b.keys = newKeyTable(keys)
	return b
}

// The tails of an expanded alternative.
const (
	tailNone = iota
	tailStar // \w*
	tailPlus // \w+
)

// expand returns the strings alternative a matches, in the order the
// regexp prefers them, nil unless they are few and the order is plain; or
// for an alternative ending with a greedy \w* or \w+ after such strings,
// those strings and the tail.
func expand(a string) ([]string, uint8) {
	tree, err := syntax.Parse(`(?:`+a+`)`, syntax.Perl)
	if err != nil {
		return nil, tailNone
	}
	tree = tree.Simplify()
	tail := uint8(tailNone)
	if tree.Op == syntax.OpConcat && len(tree.Sub) >= 2 {
		last := tree.Sub[len(tree.Sub)-1]
		if (last.Op == syntax.OpStar || last.Op == syntax.OpPlus) && last.Flags&syntax.NonGreedy == 0 && isWordClass(last.Sub[0]) {
			tail = tailStar
			if last.Op == syntax.OpPlus {
				tail = tailPlus
			}
			tree = &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[:len(tree.Sub)-1]}
		}
	}
	if !plainFinite(tree) {
		return nil, tailNone
	}
	p, c, ok := prefixes(tree, 0)
	if !ok || !c || len(p) == 0 || len(p) > 64 {
		return nil, tailNone
	}
	return p, tail
}

// isWordClass reports whether re is the class \w.
func isWordClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpCharClass && slices.Equal(re.Rune, []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'})
}

// plainFinite reports whether re is built of literals (case-sensitive),
// character classes, greedy ?, alternations, concatenations and captures.
func plainFinite(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
	case syntax.OpCharClass, syntax.OpEmptyMatch:
	case syntax.OpQuest:
		if re.Flags&syntax.NonGreedy != 0 {
			return false
		}
	case syntax.OpAlternate, syntax.OpConcat, syntax.OpCapture:
	default:
		return false
	}
	for _, s := range re.Sub {
		if !plainFinite(s) {
			return false
		}
	}
	return true
}

func reWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// litMatch returns the length of the match of `^(?:\b(?:ALTS)SUFFIX)` on
// sub, ALTS the alternatives idx (all expanded, in order), -1 when none.
func (b *branchSet) litMatch(idx []int, sub string) int {
	if len(sub) == 0 || !reWord(sub[0]) {
		return -1
	}
	for _, i := range idx {
		for _, s := range b.exp[i] {
			if !strings.HasPrefix(sub, s) {
				continue
			}
			n := len(s)
			if t := b.tail[i]; t != tailNone {
				// the greedy \w run: with the suffix \b after it, the
				// regexp backtracks into the run in vain (a word byte on
				// both sides), and with none it keeps it all
				r := n
				for r < len(sub) && reWord(sub[r]) {
					r++
				}
				if t == tailPlus && r == n {
					continue
				}
				n = r
			}
			if b.suffix != "" {
				before := n > 0 && reWord(sub[n-1])
				after := n < len(sub) && reWord(sub[n])
				if before == after {
					continue
				}
			}
			return n
		}
	}
	return -1
}

// mark returns the set of the alternatives that may match at low[p:] (a
// bitmap, empty when none may), their indexes in order, and whether all of
// them are expanded.
func (b *branchSet) mark(low string, p int, buf []byte, ibuf []int) ([]byte, []int, bool) {
	set := buf[:0]
	idx := ibuf[:0]
	mark := func(i int) {
		for len(set) <= i/8 {
			set = append(set, 0)
		}
		if set[i/8]&(1<<(i%8)) != 0 {
			return
		}
		set[i/8] |= 1 << (i % 8)
		// keep idx sorted (it is short)
		idx = append(idx, i)
		for j := len(idx) - 1; j > 0 && idx[j-1] > idx[j]; j-- {
			idx[j-1], idx[j] = idx[j], idx[j-1]
		}
	}
	for _, i := range b.always {
		mark(i)
	}
	hh := uint32(2166136261) // keyHash(low[p:p+n]), computed incrementally
	w := load8(low, p)
	for n := 1; n <= 3 && p+n <= len(low); n++ {
		hh = (hh ^ uint32(low[p+n-1])) * 16777619
		h := hh & (1<<18 - 1)
		if !b.bits.has(n, h) {
			continue
		}
		for _, bl := range b.keys.get(uint32(n)<<18 | h) {
			if hasLitAt(low, p, w, bl.lit, bl.pw) {
				mark(bl.alt)
			}
		}
	}
	all := b.litOK
	for _, i := range idx {
		if b.exp[i] == nil {
			all = false
		}
	}
	return set, idx, all
}

// re returns the anchored pattern restricted to the alternatives in set.
func (b *branchSet) re(set []byte) *regexp.Regexp {
	if re, ok := b.subs.Load(string(set)); ok {
		return re.(*regexp.Regexp)
	}
	var alts []string
	for i, a := range b.alts {
		if i/8 < len(set) && set[i/8]&(1<<(i%8)) != 0 {
			alts = append(alts, a)
		}
	}
	re := regexp.MustCompile(`^(?:\b(?:` + strings.Join(alts, "|") + `)` + b.suffix + `)`)
	b.subs.Store(string(set), re)
	return re
}
