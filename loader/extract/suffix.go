package extract

import "regexp/syntax"

// sufLit is a string every match of a pattern anchored at the end ($) may
// end with; fold: compared without ASCII case (the pattern's (?i)).
type sufLit struct {
	s    string
	fold bool
}

// maxSuffixes bounds the suffix set checked before a regexp run.
const maxSuffixes = 64

// endLits returns, for a pattern ending with $, strings one of which ends
// every match (and so the input), nil when the shape gives none.
func endLits(tree *syntax.Regexp) []sufLit {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[len(tree.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	lits, ok := concatSuffixes(tree.Sub[:len(tree.Sub)-1])
	if !ok || len(lits) == 0 {
		return nil
	}
	return lits
}

// suffixes returns strings one of which ends every string re matches (none
// of them empty), and whether re's shape gives such a set.
func suffixes(re *syntax.Regexp) ([]sufLit, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		rs := re.Rune
		if fold {
			// under (?i), a non-ASCII rune may match other runes: keep the
			// ASCII tail of the literal
			i := len(rs)
			for i > 0 && rs[i-1] < 0x80 {
				i--
			}
			rs = rs[i:]
		}
		if len(rs) == 0 {
			return nil, false
		}
		return []sufLit{{string(rs), fold}}, true
	case syntax.OpCharClass:
		var out []sufLit
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 16 {
					return nil, false
				}
				out = append(out, sufLit{string(r), false})
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return suffixes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return suffixes(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []sufLit
		for _, sub := range re.Sub {
			l, ok := suffixes(sub)
			if !ok || len(out)+len(l) > maxSuffixes {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		return concatSuffixes(re.Sub)
	}
	return nil, false
}

// concatSuffixes is suffixes for the concatenation subs: the suffixes of its
// last part, and of the parts before when the last may match the empty
// string.
func concatSuffixes(subs []*syntax.Regexp) ([]sufLit, bool) {
	if len(subs) == 0 {
		return nil, false
	}
	last, rest := subs[len(subs)-1], subs[:len(subs)-1]
	switch last.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return concatSuffixes(rest) // zero width: the match ends before
	case syntax.OpQuest, syntax.OpStar, syntax.OpRepeat:
		if last.Op == syntax.OpRepeat && last.Min >= 1 {
			return suffixes(last)
		}
		a, ok := suffixes(last.Sub[0])
		if !ok {
			return nil, false
		}
		b, ok := concatSuffixes(rest)
		if !ok || len(a)+len(b) > maxSuffixes {
			return nil, false
		}
		return append(a, b...), true
	}
	return suffixes(last)
}

// endsWithAny reports whether s may end with one of lits: it does, or the
// part of s compared with a folded string is not ASCII.
func endsWithAny(s string, lits []sufLit) bool {
	for _, l := range lits {
		if len(s) < len(l.s) {
			continue
		}
		tail := s[len(s)-len(l.s):]
		if !l.fold {
			if tail == l.s {
				return true
			}
			continue
		}
		if foldEqualASCII(tail, l.s) {
			return true
		}
	}
	return false
}

// foldEqualASCII reports whether tail equals lit (ASCII) without ASCII case,
// or tail has non-ASCII bytes (undecided: true). Under (?i) an ASCII letter
// also matches a few non-ASCII runes (k: U+212A, s: U+017F), longer in
// bytes: a match of lit holding one of them puts a non-ASCII byte in the
// last len(lit) bytes, and an ASCII tail is compared exactly.
func foldEqualASCII(tail, lit string) bool {
	for i := 0; i < len(tail); i++ {
		if tail[i] >= 0x80 {
			return true
		}
	}
	for i := 0; i < len(tail); i++ {
		a, b := tail[i], lit[i]
		if a >= 'A' && a <= 'Z' {
			a += 'a' - 'A'
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
