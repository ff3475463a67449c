package extract

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// A pattern anchored at the end ($) is matched by MatchString from the end
// of the input backward: sets of offsets where its parts may start are
// computed from the sets where they must end, right to left, the whole
// pattern's set from {len(s)}. A match exists when the set of its starts
// is not empty (holds 0 for a pattern also anchored at the start). The
// regexp instead searches for a match from every start of the input; most
// of these patterns look at the few words before a mention.

// posSet is a set of offsets 0..maxBackLen of an input, a bit each.
type posSet = uint64

// maxBackLen is the longest input matched backward, so that a set of
// offsets is one machine word; longer ones are left to the regexp.
const maxBackLen = 63

// bnode is a part of a pattern matched backward.
type bnode struct {
	op   bop
	lits []string // bLits: the strings the part matches, by last byte
	// bLits: lits[byLast[c]:byLast[c+1]] end with byte c; an empty string
	// (an optional part) sets empty
	byLast [257]uint8
	empty  bool
	cls    [256]bool // bClass: the ASCII bytes of the class
	nonA   bool      // bClass: the class holds every rune from U+0080 up
	subs   []*bnode  // bConcat, bAlt: the parts; bRepeat: the one repeated
	min    int       // bRepeat
	max    int       // bRepeat; -1: no bound
}

type bop uint8

const (
	bLits  bop = iota // a finite set of strings
	bClass            // one rune of a class
	bBound            // \b
	bEmpty            // matches the empty string
	bConcat
	bAlt
	bRepeat
)

// backPattern is a pattern anchored at the end, as bnodes.
type backPattern struct {
	body     *bnode
	anchored bool // also anchored at the start
	nonASCII bool // a class matches non-ASCII runes: inputs must be valid UTF-8
}

// newBackPattern returns the backward form of tree (simplified), nil when
// tree is not anchored at the end or has parts backPattern cannot match
// (case folding, classes holding some non-ASCII runes only, $ or line
// anchors inside).
func newBackPattern(tree *syntax.Regexp) *backPattern {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[len(tree.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	subs := tree.Sub[:len(tree.Sub)-1]
	bp := &backPattern{}
	if subs[0].Op == syntax.OpBeginText {
		bp.anchored, subs = true, subs[1:]
	}
	body, ok := bp.node(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs})
	if !ok {
		return nil
	}
	bp.body = body
	return bp
}

// node converts re.
func (bp *backPattern) node(re *syntax.Regexp) (*bnode, bool) {
	if plainFinite(re) {
		if p, c, ok := prefixes(re, 0); ok && c && len(p) <= 64 {
			return litsNode(p), true
		}
	}
	switch re.Op {
	case syntax.OpCapture:
		return bp.node(re.Sub[0])
	case syntax.OpEmptyMatch:
		return &bnode{op: bEmpty}, true
	case syntax.OpWordBoundary:
		return &bnode{op: bBound}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return litsNode([]string{string(re.Rune)}), true
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		ranges := re.Rune
		switch re.Op {
		case syntax.OpAnyCharNotNL:
			ranges = []rune{0, '\n' - 1, '\n' + 1, utf8.MaxRune}
		case syntax.OpAnyChar:
			ranges = []rune{0, utf8.MaxRune}
		}
		n := &bnode{op: bClass}
		for i := 0; i+1 < len(ranges); i += 2 {
			lo, hi := ranges[i], ranges[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				n.cls[r] = true
			}
			if hi >= utf8.RuneSelf {
				if max(lo, utf8.RuneSelf) != utf8.RuneSelf || hi != utf8.MaxRune {
					return nil, false // some non-ASCII runes only
				}
				n.nonA, bp.nonASCII = true, true
			}
		}
		return n, true
	case syntax.OpConcat, syntax.OpAlternate:
		n := &bnode{op: bConcat}
		if re.Op == syntax.OpAlternate {
			n.op = bAlt
		}
		for _, sub := range re.Sub {
			s, ok := bp.node(sub)
			if !ok {
				return nil, false
			}
			n.subs = append(n.subs, s)
		}
		return n, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		s, ok := bp.node(re.Sub[0])
		if !ok {
			return nil, false
		}
		n := &bnode{op: bRepeat, subs: []*bnode{s}}
		switch re.Op {
		case syntax.OpStar:
			n.min, n.max = 0, -1
		case syntax.OpPlus:
			n.min, n.max = 1, -1
		case syntax.OpQuest:
			n.min, n.max = 0, 1
		default:
			n.min, n.max = re.Min, re.Max
		}
		return n, true
	}
	return nil, false
}

// litsNode returns the bLits node of the strings p (at most 255).
func litsNode(p []string) *bnode {
	n := &bnode{op: bLits}
	for c := 0; c < 256; c++ {
		n.byLast[c] = uint8(len(n.lits))
		for _, l := range p {
			if l != "" && l[len(l)-1] == byte(c) {
				n.lits = append(n.lits, l)
			}
		}
	}
	n.byLast[256] = uint8(len(n.lits))
	n.empty = slices.Contains(p, "")
	return n
}

// match reports whether s holds a match, and false for ok when s is too
// long or not valid UTF-8 where that matters (the caller runs the regexp).
func (bp *backPattern) match(s string) (found, ok bool) {
	if len(s) > maxBackLen || bp.nonASCII && !utf8.ValidString(s) {
		return false, false
	}
	starts := bp.body.starts(s, 1<<len(s))
	if bp.anchored {
		return starts&1 != 0, true
	}
	return starts != 0, true
}

// starts returns the offsets where n may start a match of its own that
// ends at one of ends.
func (n *bnode) starts(s string, ends posSet) posSet {
	var out posSet
	switch n.op {
	case bEmpty:
		return ends
	case bBound:
		for x := ends; x != 0; x &= x - 1 {
			e := bits.TrailingZeros64(x)
			if reBoundary(s, e) {
				out |= 1 << e
			}
		}
	case bLits:
		if n.empty {
			out = ends
		}
		for x := ends &^ 1; x != 0; x &= x - 1 {
			e := bits.TrailingZeros64(x)
			c := s[e-1]
			for _, l := range n.lits[n.byLast[c]:n.byLast[int(c)+1]] {
				if b := e - len(l); b >= 0 && s[b:e-1] == l[:len(l)-1] {
					out |= 1 << b
				}
			}
		}
	case bClass:
		for x := ends &^ 1; x != 0; x &= x - 1 {
			e := bits.TrailingZeros64(x)
			if c := s[e-1]; c < utf8.RuneSelf {
				if n.cls[c] {
					out |= 1 << (e - 1)
				}
			} else if n.nonA {
				_, size := utf8.DecodeLastRuneInString(s[:e])
				out |= 1 << (e - size)
			}
		}
	case bConcat:
		out = ends
		for i := len(n.subs) - 1; i >= 0 && out != 0; i-- {
			out = n.subs[i].starts(s, out)
		}
	case bAlt:
		for _, sub := range n.subs {
			out |= sub.starts(s, ends)
		}
	case bRepeat:
		cur := ends
		for range n.min {
			cur = n.subs[0].starts(s, cur)
		}
		out = cur
		for k := n.min; cur != 0 && (n.max < 0 || k < n.max); k++ {
			cur = n.subs[0].starts(s, cur)
			if cur&^out == 0 {
				break // nothing new: more repetitions add nothing either
			}
			out |= cur
		}
	}
	return out
}

// A pattern anchored at the start (^) and not at the end is matched by
// MatchString the other way: the sets of offsets where its parts may end
// are computed from the sets where they start, left to right, from {0}; a
// match exists when the whole pattern's set is not empty. Only the offsets
// up to maxBackLen are kept: a part that would end past them leaves the
// input to the regexp. Classes decode runes forward as the regexp does, so
// that invalid UTF-8 needs no special case.

// newFwdPattern returns the forward form of tree (simplified), nil when
// tree is not anchored at the start, is anchored at the end, or has parts
// the sets cannot match (see newBackPattern).
func newFwdPattern(tree *syntax.Regexp) *backPattern {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText || tree.Sub[len(tree.Sub)-1].Op == syntax.OpEndText {
		return nil
	}
	bp := &backPattern{anchored: true}
	body, ok := bp.node(&syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]})
	if !ok {
		return nil
	}
	bp.body = body
	return bp
}

// matchFwd reports whether s holds a match of the forward form bp, and
// false for ok when a part would end past maxBackLen.
func (bp *backPattern) matchFwd(s string) (found, ok bool) {
	over := false
	ends := bp.body.ends(s, 1, &over)
	if over {
		return false, false
	}
	return ends != 0, true
}

// ends returns the offsets where n may end a match of its own that starts
// at one of starts, setting *over when one would be past maxBackLen.
func (n *bnode) ends(s string, starts posSet, over *bool) posSet {
	var out posSet
	add := func(e int) {
		if e > maxBackLen {
			*over = true
			return
		}
		out |= 1 << e
	}
	switch n.op {
	case bEmpty:
		return starts
	case bBound:
		for x := starts; x != 0; x &= x - 1 {
			if b := bits.TrailingZeros64(x); reBoundary(s, b) {
				out |= 1 << b
			}
		}
	case bLits:
		if n.empty {
			out = starts
		}
		for x := starts; x != 0; x &= x - 1 {
			b := bits.TrailingZeros64(x)
			for _, l := range n.lits {
				if l != "" && len(s)-b >= len(l) && s[b] == l[0] && s[b:b+len(l)] == l {
					add(b + len(l))
				}
			}
		}
	case bClass:
		for x := starts; x != 0; x &= x - 1 {
			b := bits.TrailingZeros64(x)
			if b >= len(s) {
				continue
			}
			if c := s[b]; c < utf8.RuneSelf {
				if n.cls[c] {
					add(b + 1)
				}
			} else if n.nonA {
				_, size := utf8.DecodeRuneInString(s[b:])
				add(b + size)
			}
		}
	case bConcat:
		out = starts
		for _, sub := range n.subs {
			if out == 0 || *over {
				break
			}
			out = sub.ends(s, out, over)
		}
	case bAlt:
		for _, sub := range n.subs {
			out |= sub.ends(s, starts, over)
		}
	case bRepeat:
		cur := starts
		for range n.min {
			cur = n.subs[0].ends(s, cur, over)
		}
		out = cur
		for k := n.min; cur != 0 && !*over && (n.max < 0 || k < n.max); k++ {
			cur = n.subs[0].ends(s, cur, over)
			if cur&^out == 0 {
				break // nothing new: more repetitions add nothing either
			}
			out |= cur
		}
	}
	return out
}
