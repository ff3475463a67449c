package extract

import "strings"

// nominalT1 and nominalT2 are the title alternatives of nominalK's two
// branches, in the pattern's order (TestNominalSubmatch checks that the
// pattern is built of them).
var (
	nominalT1 = []string{"ministre", "minister", "ministro", "ministra", "chef de la diplomatie", "secretaire d'etat", "canciller",
		"president", "presidente", "presidenta", "roi", "rey", "king", "ambassadeur", "ambassadrice", "ambassador", "embajador",
		"embajadora", "responsable", "official", "diplomate", "diplomat", "diplomatico", "premier ministre", "prime minister", "primer ministro"}
	nominalT2 = []string{"minister", "foreign minister", "president", "king", "ambassador", "official", "diplomat", "prime minister", "top diplomat"}
)

func init() {
	nominalK.hand = func(s string) int {
		var m [10]int
		if !nominalSubmatch(s, &m) {
			return -1
		}
		return m[1]
	}
}

// nominalSubmatch sets m to nominalK.anch.FindStringSubmatchIndex(s) and
// reports whether there is a match: the pattern's backtracking written out,
// trying the alternatives and the repetition counts in the order the
// regexp prefers them, so that the first success is the regexp's match.
// The regexp runs its hundred alternatives far slower.
//
// The pattern: \b(?:ARTICLES)\s+(?:(T1)\s+((?:[a-z\-]+\s+){0,1})|([a-z\-]+)\s+(T2))\b
func nominalSubmatch(s string, m *[10]int) bool {
	if len(s) == 0 || !reWord(s[0]) {
		return false // \b at the start
	}
	for _, a := range nominalArticles {
		if !strings.HasPrefix(s, a) {
			continue
		}
		i := len(a)
		for k := skipSpaces(s, i); k > i; k-- { // \s+, greedy
			if nominalRest(s, k, m) {
				m[0] = 0
				return true
			}
		}
	}
	return false
}

// nominalRest matches nominalK's alternation and final \b at s[k:] (see
// nominalSubmatch), setting m[1:].
func nominalRest(s string, k int, m *[10]int) bool {
	// first branch: (T1)\s+((?:[a-z\-]+\s+){0,1})\b
	for _, t := range nominalT1 {
		if !strings.HasPrefix(s[k:], t) {
			continue
		}
		q := k + len(t)
		for r := skipSpaces(s, q); r > q; r-- { // \s+
			// the group once: [a-z\-]+\s+, both greedy
			for u := skipLowerHyphen(s, r); u > r; u-- {
				for v := skipSpaces(s, u); v > u; v-- {
					if reBoundary(s, v) {
						*m = [10]int{0, v, k, q, r, v, -1, -1, -1, -1}
						return true
					}
				}
			}
			// the group zero times
			if reBoundary(s, r) {
				*m = [10]int{0, r, k, q, r, r, -1, -1, -1, -1}
				return true
			}
		}
	}
	// second branch: ([a-z\-]+)\s+(T2)\b
	for u := skipLowerHyphen(s, k); u > k; u-- {
		for v := skipSpaces(s, u); v > u; v-- {
			for _, t := range nominalT2 {
				if strings.HasPrefix(s[v:], t) && reBoundary(s, v+len(t)) {
					*m = [10]int{0, v + len(t), -1, -1, -1, -1, k, u, v, v + len(t)}
					return true
				}
			}
		}
	}
	return false
}

// skipLowerHyphen returns the end of the run of [a-z\-] bytes of s from i.
func skipLowerHyphen(s string, i int) int {
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] == '-') {
		i++
	}
	return i
}

// reBoundary reports whether regexp's \b holds at offset i of s (ASCII word
// bytes, the text's ends count as non-word).
func reBoundary(s string, i int) bool {
	before := i > 0 && reWord(s[i-1])
	after := i < len(s) && reWord(s[i])
	return before != after
}
