package extract

import (
	"strings"
	"testing"
)

// TestJointSubjectEnd checks jointSubjectEnd against jointSubjectRe: on
// windows of the dev texts starting at every word start, and on random
// strings of the pattern's pieces.
func TestJointSubjectEnd(t *testing.T) {
	const pat = `^(?:(?:during|at|in|lors|au cours|a l'issue|durante|en el curso|al termino|tras|after|following)\b[^,]{0,60},\s*)?(?:they|ils|elles|ellos|ellas|both|the two|the sides|the parties|the leaders|the ministers|les deux|les parties|les ministres|les dirigeants|los dos|las dos|ambos|ambas|las partes|los ministros|los cancilleres|los mandatarios)\b`
	if jointSubjectRe.String() != pat {
		t.Fatalf("jointSubjectRe is not built of jointIntros and jointSubjects:\n%s\n%s", jointSubjectRe.String(), pat)
	}
	n, hits := 0, 0
	check := func(s string) {
		n++
		want := -1
		if loc := jointSubjectRe.Regexp.FindStringIndex(s); loc != nil {
			want = loc[1]
			hits++
		}
		if got := jointSubjectEnd(s); got != want {
			t.Fatalf("jointSubjectEnd(%q) = %d, regexp %d", s, got, want)
		}
	}
	for _, d := range devTexts(t) {
		low := fold(string(d)).low
		for _, p := range wordStarts(low) {
			for _, w := range []int{10, 40, 90} {
				check(low[p:min(len(low), p+w)])
			}
		}
	}
	pieces := append(append([]string{" ", "  ", "\n", ",", ", ", ";", "x", "abc", "é", "s", "_", "9", strings.Repeat("y", 25), strings.Repeat("é", 20)}, jointIntros...), jointSubjects...)
	randomJoins(2, 8, pieces, check)
	t.Logf("%d strings, %d matches", n, hits)
}
