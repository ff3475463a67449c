package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLitMatchSame checks branchSet.litMatch against the narrowed regexp on
// random strings made of the patterns' expanded strings, word bytes and
// separators, for every pattern whose alternatives are expanded (those
// with a \w tail among them).
func TestLitMatchSame(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	extra := []string{" ", "  ", "-", "'", "x", "ab", "9", "_", ",", "é", "s", "d'", "."}
	checked, tails := 0, 0
	for _, k := range kreAll {
		b := k.alts
		if b == nil || !b.litOK {
			continue
		}
		var pieces []string
		for i, exp := range b.exp {
			pieces = append(pieces, exp...)
			if b.tail[i] != tailNone {
				tails++
			}
		}
		pieces = append(pieces, extra...)
		for range 3000 {
			var sb strings.Builder
			for range 1 + r.Intn(4) {
				sb.WriteString(pieces[r.Intn(len(pieces))])
			}
			sub := sb.String()
			var buf [64]byte
			var ibuf [16]int
			set, idx, lit := b.mark(sub, 0, buf[:], ibuf[:])
			if len(set) == 0 || !lit {
				continue
			}
			want := -1
			if loc := b.re(set).FindStringIndex(sub); loc != nil {
				want = loc[1]
			}
			if got := b.litMatch(idx, sub); got != want {
				t.Fatalf("%s on %q: litMatch %d, regexp %d", k.re, sub, got, want)
			}
			checked++
		}
	}
	if tails == 0 {
		t.Fatal("no alternative with a \\w tail")
	}
	t.Logf("%d comparisons", checked)
}

// TestBranchSetTopLevelBar checks that a pattern whose leading group is
// followed by an alternation of its own ("\b(?:a|b)x|\b(?:c)y") makes no
// branch set, and that kre finds the matches of its second alternative.
func TestBranchSetTopLevelBar(t *testing.T) {
	pat := `\b(?:de los cuales|dont)\b[^.:;]{0,40}:\s*|\b(?:qui|que)\s+forment\s+le\s+groupe\s*:\s*`
	if _, _, ok := splitAlts(pat); ok {
		t.Errorf("splitAlts(%q) splits a pattern with a top-level alternation", pat)
	}
	if newBranchSet(pat) != nil {
		t.Errorf("newBranchSet(%q) is not nil", pat)
	}
	if _, _, ok := splitAlts(`\b(?:dont|de los cuales)\s+(?:a|b)\s*:`); !ok {
		t.Errorf("splitAlts refuses a pattern whose suffix only groups alternatives")
	}
}
