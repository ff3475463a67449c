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
	body := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[:len(tree.Sub)-1]}
	lits, empty, ok := suffixes(body)
	if !ok || empty || len(lits) == 0 {
		return nil // the empty string may match: nothing is needed
	}
	return lits
}

// suffixes returns strings one of which ends every non-empty string re
// matches, whether re matches the empty string, and whether re's shape
// gives such a set (literals, small classes, groups, repetitions,
// alternations, concatenations and empty-width assertions).
func suffixes(re *syntax.Regexp) (lits []sufLit, empty, ok bool) {
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
			return nil, false, false
		}
		return []sufLit{{string(rs), fold}}, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(lits) >= 16 {
					return nil, false, false
				}
				lits = append(lits, sufLit{string(r), false})
			}
		}
		return lits, false, len(lits) > 0
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
		return nil, true, true // empty width
	case syntax.OpCapture:
		return suffixes(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		lits, empty, ok = suffixes(re.Sub[0])
		switch {
		case re.Op == syntax.OpQuest || re.Op == syntax.OpStar:
			empty = true
		case re.Op == syntax.OpRepeat && re.Min == 0:
			empty = true
		}
		return lits, empty, ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, e, ok := suffixes(sub)
			if !ok || len(lits)+len(l) > maxSuffixes {
				return nil, false, false
			}
			lits, empty = append(lits, l...), empty || e
		}
		return lits, empty, true
	case syntax.OpConcat:
		// from the end: the last part's suffixes, and the previous part's
		// while the parts after it may match the empty string
		empty = true
		for i := len(re.Sub) - 1; i >= 0 && empty; i-- {
			l, e, ok := suffixes(re.Sub[i])
			if !ok || len(lits)+len(l) > maxSuffixes {
				return nil, false, false
			}
			lits, empty = append(lits, l...), e
		}
		return lits, empty, true
	}
	return nil, false, false
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
