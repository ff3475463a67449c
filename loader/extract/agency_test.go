package extract

import (
	"slices"
	"strings"
	"testing"
)

// agencyInNaive is agencyIn as one substring search per pattern.
func agencyInNaive(low string) string {
	for _, sig := range agencySigs() {
		for _, pat := range sig.pats {
			if strings.Contains(low, pat) {
				return sig.iso
			}
		}
	}
	return ""
}

func TestAgencyIn(t *testing.T) {
	texts := []string{"", "(map)", "x (avec map) y", "rabat - (aps senegal) et (xinhua)", "foo\nmap - bar", "foo\ntass\n",
		"- wam\n", "(wam", "(with qna) (con petra)", "(ria novosti)", "(kuna) (map)", "le vice-ministre (irna ", "\n\n\n(((---"}
	for _, d := range devTexts(t) {
		texts = append(texts, strings.ToLower(string(d)))
	}
	for _, s := range texts {
		if got, want := agencyIn(s), agencyInNaive(s); got != want {
			t.Errorf("agencyIn(%.40q) = %q, want %q", s, got, want)
		}
	}
}

func TestContainsVia(t *testing.T) {
	subs := []struct {
		s string
		k int
	}{{"embajador", 4}, {"ambassad", 2}, {"sahara", 2}}
	texts := []string{"", "j", "embajado", "xembajador", "embajador", "ajador embajado embajador", "bbb ambassa ambassad", "sahar", "hsahara", "ahara sahara"}
	for _, d := range devTexts(t) {
		texts = append(texts, strings.ToLower(string(d)))
	}
	for _, s := range texts {
		for _, sb := range subs {
			for i := 0; i <= len(s); i += max(1, len(s)/50) {
				if got, want := containsVia(s[i:], sb.s, sb.k), strings.Contains(s[i:], sb.s); got != want {
					t.Fatalf("containsVia(%.40q, %q) = %v", s[i:], sb.s, got)
				}
			}
		}
	}
}

// TestWordStarts checks appendWordStarts against its definition: a byte of
// [A-Za-z0-9_] after none of them (or at the start).
func TestWordStarts(t *testing.T) {
	texts := []string{"", "a", " a", "a b", "_x 9é", "l'ambassadeur-adjoint, M. X_Y 12h30 \xff\xfe z"}
	for _, d := range devTexts(t) {
		texts = append(texts, fold(string(d)).low, string(d))
	}
	for _, s := range texts {
		var want []int
		prev := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			w := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z'
			if w && !prev {
				want = append(want, i)
			}
			prev = w
		}
		if got := appendWordStarts(nil, s); !slices.Equal(got, want) {
			t.Fatalf("appendWordStarts(%.40q) = %v, want %v", s, got, want)
		}
	}
}
