package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClauseBytes is the length above which a sentence is split into clauses at
// semicolons; MaxSpanBytes bounds every span (longer runs are cut at commas,
// then at spaces).
var (
	ClauseBytes  = 600
	MaxSpanBytes = 2000
)

// Sentences returns the sentence spans of the body (Text[BodyStart:]), in
// order, without overlaps, trimmed of white space. A sentence ends at . ! ?
// or … (with any closing quotes or brackets) followed by white space and a
// capital, digit, opening quote or bracket or bullet; not after
// abbreviations (M., Mr., Dr., S.M., S.E., No., art., …) or initials
// (Antony J. Blinken), nor after a dotted acronym (U.S., EE.UU.) unless the
// next word typically starts a sentence ("The", "Le", "El"…); decimals never
// end one. A blank line always ends a sentence, as does a line break before
// a bullet ("- ", "• ", "1. ") or after a short title-like line. Sentences
// longer than ClauseBytes are split into clauses at semicolons, and no span
// exceeds MaxSpanBytes. The spans are computed by Decode; callers must not
// modify the returned slice.
func (d *Doc) Sentences() []Span { return d.sentence }

// SentenceAt returns the index of the sentence holding offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	ss := d.Sentences()
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ss) && ss[lo].Start <= off {
		return lo
	}
	return -1
}

// SplitSentences splits s[from:] like Doc.Sentences; it is exported for
// callers that hold a plain normalised string.
func SplitSentences(s string, from int) []Span { return splitSentences(s, from) }

func splitSentences(s string, from int) []Span {
	from = max(0, min(from, len(s)))
	// Communiqué sentences average well over 100 bytes: one allocation
	// usually holds them all.
	out := make([]Span, 0, (len(s)-from)/128+1)
	emit := func(a, b int) {
		for a < b && isSpaceByte(s[a]) {
			a++
		}
		for b > a && isSpaceByte(s[b-1]) {
			b--
		}
		if a < b {
			out = appendClauses(out, s, a, b)
		}
	}
	start := from
	lineStart := from
	for i := from; i < len(s); {
		// Fast path: skip the bytes that cannot end a sentence.
		for i < len(s) && !sentenceBytes[s[i]] {
			i++
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		switch c {
		case '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			brk := false
			switch {
			case j >= len(s) || s[j] == '\n':
				brk = true // blank line
			case bulletAt(s, j):
				brk = true
			case endsWithColon(s, lineStart, i) && startsCapital(s, j):
				brk = true // "…the following envoys:" and a line of the list
			case skipSpace(s, start) >= lineStart && titleLine(s, lineStart, i) && startsCapital(s, j) &&
				lineLen(s, j)*3 > (i-lineStart)*4:
				// A short line that is a whole sentence so far, followed by a
				// clearly longer line: a title (lines of wrapped text have
				// similar lengths).
				brk = true
			}
			if brk {
				emit(start, i)
				start = j
			}
			lineStart = j
			i = j
			continue
		case '.', '!', '?':
			end, ok := sentenceEnd(s, i)
			if ok {
				emit(start, end)
				start = end
			}
			i = end // past the run of terminators: linear time on "......"
			continue
		case 0xE2: // … U+2026
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA6 {
				end, ok := sentenceEnd(s, i)
				if ok {
					emit(start, end)
					start = end
				}
				i = end
				continue
			}
		}
		i++
	}
	emit(start, len(s))
	if len(out) == 0 {
		return nil // as before pre-sizing: no sentences, no slice
	}
	return out
}

// sentenceBytes are the bytes splitSentences looks at: line feeds,
// terminators and the first byte of "…".
var sentenceBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// sentenceEnd decides whether the run of terminators at s[i] ends a
// sentence. It returns the end offset (after closing quotes and brackets)
// when it does, else the offset after the run of terminators (> i).
func sentenceEnd(s string, i int) (int, bool) {
	j := i
	for j < len(s) {
		if s[j] == '.' || s[j] == '!' || s[j] == '?' {
			j++
		} else if j+2 < len(s) && s[j] == 0xE2 && s[j+1] == 0x80 && s[j+2] == 0xA6 {
			j += 3
		} else {
			break
		}
	}
	run := j
	for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']') && j-run < 8 {
		j++
	}
	if j >= len(s) {
		return j, true
	}
	if !isSpaceByte(s[j]) {
		return run, false
	}
	k := j
	for k < len(s) && isSpaceByte(s[k]) && k-j < 64 {
		k++
	}
	if k >= len(s) {
		return j, true
	}
	if !startsSentence(s, k) {
		return run, false
	}
	if s[i] == '.' && run == i+1 && numberedItem(s, i) {
		return run, false // "1. Les ministres…" at the start of a line
	}
	if s[i] == '.' && run == i+1 {
		switch abbreviationBefore(s, i) {
		case abbrTitle, abbrInitial:
			return run, false
		case abbrAcronym:
			// "the U.S. The Secretary…": a dotted acronym ends a sentence
			// only before a word that typically starts one.
			if !sentenceStarters[wordAfter(s, k)] {
				return run, false
			}
		}
	}
	return j, true
}

// numberedItem reports whether the dot at s[i] follows a number of at most
// three digits that starts a line: a numbered list item.
func numberedItem(s string, i int) bool {
	j := i
	for j > 0 && isDigit(s[j-1]) && i-j < 4 {
		j--
	}
	if j == i || i-j > 3 {
		return false
	}
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return j == 0 || s[j-1] == '\n'
}

// sentenceStarters are words that, capitalised after a dotted acronym
// ("U.S.", "EE.UU."), show that a new sentence starts.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range []string{"The", "This", "These", "Those", "He", "She", "They", "It", "We", "In", "On", "At", "During",
		"Both", "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Ce", "Cette", "Ces", "Dans", "Lors", "Selon", "Par",
		"El", "Los", "Las", "Ambos", "Ambas", "Según", "Durante", "Este", "Esta", "Por"} {
		sentenceStarters[w] = true
	}
}

// wordAfter returns the run of letters at s[k:] (at most 16 bytes).
func wordAfter(s string, k int) string {
	j := k
	for j < len(s) && j-k < 16 {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[k:j]
}

// startsSentence reports whether s[k] can begin a sentence.
func startsSentence(s string, k int) bool {
	c := s[k]
	switch {
	case c >= 'A' && c <= 'Z', isDigit(c):
		return true
	case c == '"' || c == '(' || c == '[' || c == '\'' || c == '-' || c == '*':
		return true
	case c < utf8.RuneSelf:
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsUpper(r) || r == '¿' || r == '¡' || r == '•' || r == '\u2013' || r == '\u2014'
}

func startsCapital(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsUpper(r) || isDigit(s[k])
}

// abbreviations never end a sentence when followed by a dot.
var abbreviations = map[string]bool{}

// abbrTable is abbreviations as a wordTable, built by init.
var abbrTable *wordTable[bool]

// isAbbreviation reports whether w is in abbreviations.
func isAbbreviation(w string) bool {
	v, _ := abbrTable.getString(w)
	return v
}

func init() {
	for _, a := range []string{
		"M", "MM", "Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Pr", "Prof",
		"St", "Ste", "Sr", "Sra", "Srta", "Sres", "Sras", "Dra", "Dras", "Profa", "Dña", "Dn", "D", "Gen", "Gén", "Lt", "Col", "Cpt", "Capt",
		"Gov", "Sen", "Rep", "Amb", "Excmo", "Excma", "Exc", "Jr", "Inc", "Ltd", "Co", "Corp", "No", "Nos", "N", "Nº",
		"nº", "no", "art", "Art", "arts", "p", "pp", "vol", "cf", "Cf", "av", "Av", "Avda", "approx", "vs", "env",
		"tel", "Tel", "Tél", "Mgr", "Hon", "Rev", "Ud", "Uds", "Vd", "Vds", "Sto", "Sta", "ca", "ch", "chap", "fig",
		"éd", "ed", "Ed", "Ph", "Dept", "dept", "Fr", "Mt", "Gral", "Lic", "Ing", "Arq", "Sgto", "Pdte", "Vicepdte",
		"janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
		"Sep", "Sept", "Oct", "Nov", "Dec", "ene", "abr", "ago", "dic", "al", "núm", "Núm", "núms", "pág", "págs",
		"aprox", "ej", "Ej", "Sres", "Ilmo", "Ilma", "Excmos", "resp", "Mass", "Univ", "Min", "Ave", "SEM",
		"Fco", "Ma", "Mª", "Fdo", "Jos", "Ant", "Gma", "Chas", "Wm", "Thos", "Jas", "Shri", "Smt",
		"EE", // "EE. UU." (Estados Unidos) written with a space
	} {
		abbreviations[a] = true
	}
	abbrTable = newWordTable(abbreviations)
}

// Kinds of words before a dot.
const (
	abbrNone    = iota
	abbrTitle   // a listed abbreviation: M., Mr., Dr., art., No.
	abbrInitial // a single capital: J.
	abbrAcronym // a dotted acronym: U.S., S.M., EE.UU.
)

// abbreviationBefore classifies the word ending at the dot s[i].
func abbreviationBefore(s string, i int) int {
	j := i
	for j > 0 && i-j < 16 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !(unicode.IsLetter(r) || r == '.' || r == 'º' || r == 'ª') {
			break
		}
		j -= n
	}
	w := s[j:i]
	if w == "" || (j > 0 && i-j >= 16) {
		return abbrNone
	}
	if isAbbreviation(w) {
		return abbrTitle
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return abbrInitial
	}
	// Dotted acronyms: every part between dots has at most 2 letters.
	dots := 0
	part := 0
	for _, r := range w {
		if r == '.' {
			if part == 0 {
				return abbrNone
			}
			dots++
			part = 0
			continue
		}
		part++
		if part > 2 {
			return abbrNone
		}
	}
	if dots > 0 {
		if isAbbreviation(w[strings.LastIndexByte(w, '.')+1:]) {
			return abbrTitle // "S.E.M." style titles end with a listed part
		}
		return abbrAcronym
	}
	return abbrNone
}

// bulletAt reports whether a bullet marker starts at s[j]: "- ", "* ", "• ",
// "– ", "— ", "· ", "1. ", "1) ", "a) ".
func bulletAt(s string, j int) bool {
	c := s[j]
	switch {
	case c == '-' || c == '*':
		return j+1 < len(s) && s[j+1] == ' '
	case isDigit(c):
		k := j
		for k < len(s) && isDigit(s[k]) && k-j < 3 {
			k++
		}
		return k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' '
	case c >= 'a' && c <= 'z':
		return j+2 < len(s) && s[j+1] == ')' && s[j+2] == ' '
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s[j:])
		return (r == '•' || r == '\u2013' || r == '\u2014' || r == '·' || r == '▪' || r == '◦') && j+n < len(s) && s[j+n] == ' '
	}
	return false
}

// lineLen returns the length of the line starting at j, counting at most
// 200 bytes.
func lineLen(s string, j int) int {
	k := j
	for k < len(s) && s[k] != '\n' && k-j < 200 {
		k++
	}
	return k - j
}

// titleLine reports whether s[a:b] looks like a title: short, not ending in
// punctuation that continues a sentence.
func titleLine(s string, a, b int) bool {
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
		b--
	}
	if b-a == 0 || b-a > 60 {
		return false
	}
	switch s[b-1] {
	case ',', '-', ';', '(', '/', '&':
		return false
	}
	// A line ending a word that continues ("de", "the") is wrapped text.
	k := b
	for k > a && s[k-1] != ' ' {
		k--
	}
	switch s[k:b] {
	case "de", "du", "des", "la", "le", "les", "et", "à", "the", "of", "and", "to", "in", "el", "los", "las", "y", "en", "a", "del",
		"por", "para", "con", "que", "al", "su", "sus", "un", "una", "par", "pour", "avec", "sur", "au", "aux", "son", "sa", "ses", "une", "qui",
		"for", "with", "by", "on", "at", "from", "an", "its", "his", "her", "their", "that", "which":
		return false
	}
	return startsCapital(s, a) || s[a] == '"'
}

// appendClauses appends s[a:b], split into clauses when it is long.
func appendClauses(out []Span, s string, a, b int) []Span {
	if b-a <= ClauseBytes {
		return append(out, Span{a, b})
	}
	// Split at "; " into clauses.
	st := a
	for i := a; i < b-1; i++ {
		if s[i] == ';' && s[i+1] == ' ' && i+1-st >= 40 && b-(i+1) >= 40 {
			out = appendBounded(out, s, st, i+1)
			st = skipSpace(s, i+1)
		}
	}
	return appendBounded(out, s, st, b)
}

// appendBounded appends s[a:b] cut into pieces of at most MaxSpanBytes, at
// ", " when possible, else at a space, else at a rune boundary.
func appendBounded(out []Span, s string, a, b int) []Span {
	limit := max(MaxSpanBytes, 16)
	for b-a > limit {
		cut := -1
		for i := a + limit - 1; i > a+limit/2; i-- {
			if s[i] == ' ' && s[i-1] == ',' {
				cut = i
				break
			}
		}
		if cut < 0 {
			for i := a + limit - 1; i > a+limit/2; i-- {
				if s[i] == ' ' {
					cut = i
					break
				}
			}
		}
		if cut < 0 {
			cut = a + limit
			for cut > a+1 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		e := cut
		for e > a && isSpaceByte(s[e-1]) {
			e--
		}
		if e > a {
			out = append(out, Span{a, e})
		}
		a = skipSpace(s, cut)
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// endsWithColon reports whether the line s[a:b] ends with a colon.
func endsWithColon(s string, a, b int) bool {
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
		b--
	}
	return b > a && s[b-1] == ':'
}
