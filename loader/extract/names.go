package extract

import (
	"regexp"
	"strings"
)

// Person ids. A person id is "person:" + the slug of the name: accents
// folded, lower case, every run of spaces, hyphens, dots and apostrophes
// replaced by one "-", initials ("J.") dropped, and each word passed through
// translitWord so that common variants of transliterated names (Tokaïev /
// Tokayev / Tokaev, Sergueï / Sergey / Sergei) give the same id. The rule:
//
//   - a vowel followed by "iev", "yev" or "ev" at the end of a word becomes
//     vowel + "yev" (tokaiev, tokaev → tokayev); likewise "ieva/yeva/eva"
//     after a vowel → "yeva";
//   - "guei", "guey" at the end of a word become "gey"; a final "ei" or "ey"
//     after a consonant becomes "ey" (serguei, sergei → sergey);
//   - "ou" before a vowel or at the start of a word is kept (Ouattara), but
//     "kh" and "h" are kept as written: only the rules above are applied.
var (
	reYev  = regexp.MustCompile(`([aeiou])(?:i|y)?ev(a?)$`)
	reGuei = regexp.MustCompile(`guei$|guey$`)
	reEi   = regexp.MustCompile(`([^aeiou])e[iy]$`)
)

func translitWord(w string) string {
	w = reYev.ReplaceAllString(w, "${1}yev$2")
	w = reGuei.ReplaceAllString(w, "gey")
	w = reEi.ReplaceAllString(w, "${1}ey")
	return w
}

// nameWords splits a folded name into lower-case words without initials.
func nameWords(name string) []string {
	low := foldString(name)
	var out []string
	for _, w := range strings.FieldsFunc(low, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
	}) {
		out = append(out, w)
	}
	return out
}

// personSlug returns the id slug of a person name (see the rule above).
func personSlug(name string) string {
	// drop initials: single letters followed by a dot in the folded form
	low := foldString(name)
	var words []string
	for _, raw := range strings.Fields(strings.NewReplacer("-", " ", "'", " ", ".", ". ").Replace(low)) {
		if strings.HasSuffix(raw, ".") && len(strings.TrimSuffix(raw, ".")) <= 1 {
			continue
		}
		raw = strings.TrimSuffix(raw, ".")
		var b strings.Builder
		for _, r := range raw {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			words = append(words, translitWord(b.String()))
		}
	}
	return strings.Join(words, "-")
}

// slug folds s to lower-case ASCII words joined by "-".
func slug(s string) string {
	return strings.Join(nameWords(s), "-")
}
