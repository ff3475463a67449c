package extract

import (
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
