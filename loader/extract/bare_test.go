package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestBareSubjectAt checks bareSubjectAt against bareSubjectRe: on every
// sentence of the dev texts, on every suffix of them starting at a word
// start, and on random strings of the pattern's pieces.
func TestBareSubjectAt(t *testing.T) {
	const pat = `^(?:[^,;]{0,40},\s*)?((?:le|la|the|el)\s+(?:ministre|minister|ministro|ministra|canciller|cancillera|chef de la diplomatie|jefe de la diplomacia|foreign minister|foreign secretary|secretary of state|president|presidente|presidenta|premier ministre|prime minister|primer ministro|chef de l'etat|chef d'etat|head of state|jefe de estado|jefe del estado|souverain|ambassadeur|ambassadrice|ambassador|embajador|embajadora))\b`
	if bareSubjectRe.String() != pat {
		t.Fatalf("bareSubjectRe is not built of bareSubjectArticles and bareSubjectTitles:\n%s\n%s", bareSubjectRe.String(), pat)
	}
	n, hits := 0, 0
	check := func(s string) {
		n++
		ms, me, ok := bareSubjectAt(s)
		exp := bareSubjectRe.Regexp.FindStringSubmatchIndex(s)
		if ok != (exp != nil) || ok && !slices.Equal([]int{0, me, ms, me}, exp) {
			t.Fatalf("bareSubjectAt(%q) = %d %d %v, regexp %v", s, ms, me, ok, exp)
		}
		if ok {
			hits++
		}
	}
	for _, d := range devTexts(t) {
		low := fold(string(d)).low
		for _, p := range wordStarts(low) {
			for _, w := range []int{10, 30, 60, 200} {
				check(low[p:min(len(low), p+w)])
			}
		}
	}
	pieces := append(append([]string{" ", "  ", "\t", "\n", ",", ", ", ";", "x", "abc", "é", "ñandú", "a", "s", "_", "9", "-", strings.Repeat("y", 13), strings.Repeat("é", 7)}, bareSubjectArticles...), bareSubjectTitles...)
	randomJoins(1, 8, pieces, check)
	t.Logf("%d strings, %d matches", n, hits)
}
