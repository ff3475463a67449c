package extract

import (
	"testing"
)

// TestArticlesEnd checks articlesEnd against articleRe: on windows of the
// dev texts starting at every word start and after every comma, and on
// random strings of articles, spaces and other pieces.
func TestArticlesEnd(t *testing.T) {
	if want := `^(?:\s*(?:le|la|l'|les|the|el|los|las|un|une|an?|son|sa|su|his|her|its)\b\s*)+`; articleRe.String() != want {
		t.Fatalf("articleRe is not built of articleWords:\n%s\n%s", articleRe.String(), want)
	}
	n, hits := 0, 0
	check := func(s string) {
		n++
		want := -1
		if loc := articleRe.Regexp.FindStringIndex(s); loc != nil {
			want = loc[1]
			hits++
		}
		if got := articlesEnd(s); got != want {
			t.Fatalf("articlesEnd(%q) = %d, regexp %d", s, got, want)
		}
	}
	for _, d := range devTexts(t) {
		low := fold(string(d)).low
		for p := 0; p < len(low); p++ {
			if p > 0 && reWord(low[p]) && reWord(low[p-1]) {
				continue
			}
			for _, w := range []int{3, 12, 40} {
				check(low[p:min(len(low), p+w)])
			}
		}
	}
	pieces := append([]string{" ", "  ", "\t", "\n", ",", "'", "x", "abc", "é", "s", "_", "9", "-", "n", "an", "ans"}, articleStrings...)
	randomJoins(4, 6, pieces, check)
	t.Logf("%d strings, %d matches", n, hits)
}
