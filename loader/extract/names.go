package extract

import (
	"strings"
)

// Person ids. A person id is "person:" + the slug of the name: accents
// folded, lower case, every run of spaces, hyphens, dots and apostrophes
// replaced by one "-", initials ("J.") dropped, and each word passed through
// translitWord so that common variants of transliterated names (Tokaïev /
// Tokayev / Tokaev, Sergueï / Sergey / Sergei) give the same id. The rule:
//
//   - a vowel followed by "iev", "yev" or "ev" at the end of a word becomes
//     vowel + "iev" (tokayev, tokaev → tokaiev, the plain accent-folded
//     spelling of Tokaïev, as in FORMAT.md's reference example); likewise
//     "ieva/yeva/eva" after a vowel → "ieva";
//   - "guei", "guey" at the end of a word become "gey"; a final "ei" or "ey"
//     after a consonant becomes "ey" (serguei, sergei → sergey);
//   - "ou" before a vowel or at the start of a word is kept (Ouattara), but
//     "kh" and "h" are kept as written: only the rules above are applied.
func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func translitWord(w string) string {
	// vowel + (i|y)? + "ev" + (a)? at the end → vowel + "iev" (+a)
	base, fem := w, ""
	if strings.HasSuffix(base, "eva") {
		base, fem = base[:len(base)-1], "a"
	}
	if strings.HasSuffix(base, "ev") && len(base) >= 3 {
		stem := base[:len(base)-2]
		if n := len(stem); n >= 2 && (stem[n-1] == 'i' || stem[n-1] == 'y') && isVowel(stem[n-2]) {
			stem = stem[:n-1]
		}
		if n := len(stem); n >= 1 && isVowel(stem[n-1]) {
			return stem + "iev" + fem
		}
	}
	switch {
	case strings.HasSuffix(w, "guei") || strings.HasSuffix(w, "guey"):
		return w[:len(w)-4] + "gey"
	case len(w) >= 3 && (strings.HasSuffix(w, "ei") || strings.HasSuffix(w, "ey")) && !isVowel(w[len(w)-3]):
		return w[:len(w)-2] + "ey"
	}
	return w
}

// personWords returns the words persons are compared by: the folded words
// of the name, transliterated (translitWord), without initials.
func personWords(name string) []string {
	words := nameWords(name)
	for i := range words {
		words[i] = translitWord(words[i])
	}
	return dropInitials(words, name)
}

// nameWords splits a folded name into lower-case words without initials.
func nameWords(name string) []string {
	low := foldString(name)
	// words are runs of a-z, 0-9 and non-ASCII bytes (the runes of
	// strings.FieldsFunc's predicate, byte by byte); count them first to
	// allocate the result once
	n := 0
	for i := 0; i < len(low); i++ {
		if nameByte(low[i]) && (i == 0 || !nameByte(low[i-1])) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < len(low); {
		if !nameByte(low[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && nameByte(low[j]) {
			j++
		}
		out = append(out, low[i:j])
		i = j
	}
	return out
}

// nameByte reports whether c belongs to a word of nameWords.
func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// slugSpacer splits a folded name into words for personSlug.
var slugSpacer = strings.NewReplacer("-", " ", "'", " ", ".", ". ")

// isSlugWord reports whether w is made of ASCII lower-case letters and
// digits only (and not empty): the bytes personSlug keeps.
func isSlugWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return w != ""
}

// personSlug returns the id slug of a person name (see the rule above).
func personSlug(name string) string {
	// drop initials: single letters followed by a dot in the folded form
	low := foldString(name)
	var words []string
	for _, raw := range strings.Fields(slugSpacer.Replace(low)) {
		if strings.HasSuffix(raw, ".") && len(strings.TrimSuffix(raw, ".")) <= 1 {
			continue
		}
		raw = strings.TrimSuffix(raw, ".")
		if isSlugWord(raw) {
			words = append(words, translitWord(raw)) // the loop below would keep it whole
			continue
		}
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
