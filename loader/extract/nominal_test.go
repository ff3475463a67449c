package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestNominalSubmatch checks nominalSubmatch against the regexp: on every
// word start of the dev texts (windows of several lengths, and the
// matches found) and on random strings of the pattern's pieces.
func TestNominalSubmatch(t *testing.T) {
	want := `\b(?:` + strings.Join(nominalArticles, "|") + `)\s+(?:(` + strings.Join(nominalT1, "|") + `)\s+((?:[a-z\-]+\s+){0,1})|([a-z\-]+)\s+(` + strings.Join(nominalT2, "|") + `))\b`
	if nominalK.re.String() != want {
		t.Fatalf("nominalK is not built of nominalArticles, nominalT1, nominalT2:\n%s\n%s", nominalK.re.String(), want)
	}
	n, hits, hits2 := 0, 0, 0
	check := func(s string) {
		n++
		var mm [10]int
		if nominalSubmatch(s, &mm) {
			hits++
			if mm[6] >= 0 {
				hits2++
			}
		}
		var m [10]int
		ok := nominalSubmatch(s, &m)
		exp := nominalK.anch.FindStringSubmatchIndex(s)
		if ok != (exp != nil) || ok && !slices.Equal(m[:], exp) {
			t.Fatalf("nominalSubmatch(%q) = %v %v, regexp %v", s, ok, m, exp)
		}
		end := -1
		if loc := nominalK.anch.FindStringIndex(s); loc != nil {
			end = loc[1]
		}
		if got := nominalK.hand(s); got != end {
			t.Fatalf("hand(%q) = %d, regexp %d", s, got, end)
		}
	}
	for _, d := range devTexts(t) {
		low := fold(string(d)).low
		for _, p := range wordStarts(low) {
			for _, w := range []int{8, 20, 40, 96, 400} {
				s := low[p:min(len(low), p+w)]
				check(s)
				var m [10]int
				if nominalSubmatch(s, &m) {
					check(s[:m[1]])
				}
			}
		}
	}
	pieces := append(append(append([]string{" ", "  ", "\t", "\n", "-", "x", "abc", "a-b", "9", "_", ",", "é", "the ", "of ", "de ", "s", "e", "o", "a"}, nominalArticles...), nominalT1...), nominalT2...)
	randomJoins(1, 7, pieces, check)
	t.Logf("%d strings, %d matches, %d by the second branch", n, hits, hits2)
}
