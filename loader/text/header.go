package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Header holds the values of the header lines that may precede the body:
// a bare "date 2021-04" (as in the seed) or "lang fr", "key: value" lines
// with the keys date/fecha, source/fuente/url/lien, lang/langue/language/
// idioma, title/titre/título/subject/objet/asunto, and YAML-style "---"
// front-matter delimiters.
type Header struct {
	Date     Date   // parsed date, zero when absent or unparsable
	DateText string // the date as written
	Lang     string // "fr", "en", "es" when recognised, else the value as written
	Source   string
	Title    string
	// TitleSpan is where the title stands in Text ({0,0} when there is
	// none): a "title:" line's value, or the lead lines before a dateline.
	TitleSpan Span
	Span      Span // the header in Text ({0,0} when there is none)
}

// Dateline is an agency dateline opening the body: "RABAT, 23 avril (MAP) -",
// "Washington, DC —", "Madrid, 10 ene (EFE).-".
type Dateline struct {
	City     string // as written: "RABAT", "Washington"
	Region   string // a non-date qualifier after the city: "DC"
	Date     Date   // partial date: Year 0 when not written
	DateText string // the date as written: "23 avril"
	Agency   string // "MAP", "EFE"
	Span     Span   // in Text, separator included
}

// IsZero reports whether no dateline was found.
func (d Dateline) IsZero() bool { return d.Span.End == 0 }

var headerKeys = map[string]string{
	"date": "date", "fecha": "date", "dated": "date",
	"source": "source", "fuente": "source", "url": "source", "lien": "source", "link": "source", "origine": "source", "origen": "source",
	"lang": "lang", "langue": "lang", "language": "lang", "idioma": "lang", "lengua": "lang",
	"title": "title", "titre": "title", "titulo": "title", "subject": "title", "objet": "title", "asunto": "title",
}

var langNames = map[string]string{
	"fr": "fr", "fra": "fr", "fre": "fr", "french": "fr", "francais": "fr", "frances": "fr",
	"en": "en", "eng": "en", "english": "en", "anglais": "en", "ingles": "en",
	"es": "es", "spa": "es", "esp": "es", "spanish": "es", "espagnol": "es", "espanol": "es", "castellano": "es",
}

// parseHead parses the header lines and the dateline and sets BodyStart.
func (d *Doc) parseHead() {
	s := d.Text
	p := 0
	end := 0 // end of the last header element
	for steps := 0; steps < 64; steps++ {
		q := skipSpace(s, p)
		lim := min(len(s), q+600) // header lines are short
		eol := strings.IndexByte(s[q:lim], '\n')
		if eol < 0 {
			eol = lim
		} else {
			eol += q
		}
		line := s[q:eol]
		if strings.TrimRight(line, " \t") == "---" {
			p, end = eol, eol
			continue
		}
		k := q
		for k < len(s) && k-q < 12 && (isASCIILetter(s[k]) || s[k] >= utf8.RuneSelf) {
			_, n := utf8.DecodeRuneInString(s[k:])
			k += n
		}
		key, ok := headerKeys[fold(s[q:k])]
		if !ok || k == q {
			break
		}
		v := k
		for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
			v++
		}
		if v < len(s) && (s[v] == ':' || s[v] == '=') {
			if eol-q > 500 {
				break
			}
			val := strings.TrimSpace(s[v+1 : eol])
			d.setHeader(key, val)
			if key == "title" && val != "" {
				vs := v + 1 + strings.Index(s[v+1:eol], val)
				d.Header.TitleSpan = Span{vs, vs + len(val)}
			}
			p, end = eol, eol
			continue
		}
		if v == k || v >= len(s) { // a bare key needs a space then a value
			break
		}
		// Bare form: "date 2021-04", "lang fr": one value token.
		switch key {
		case "date":
			if dt, n, ok := numericDate(s, v); ok {
				d.Header.Date, d.Header.DateText = dt, s[v:v+n]
				p, end = v+n, v+n
				continue
			}
			if w := wordAt(s, v); len(w) == 4 && allYear(s, token{start: v, end: v + 4, w: w}) {
				d.Header.Date, d.Header.DateText = Date{Year: atoi(w)}, w
				p, end = v+4, v+4
				continue
			}
		case "lang":
			w := wordAt(s, v)
			if l, ok := langNames[fold(w)]; ok && len(w) <= 3 {
				d.Header.Lang = l
				p, end = v+len(w), v+len(w)
				continue
			}
		}
		break
	}
	if end > 0 {
		d.Header.Span = Span{skipSpace(s, 0), end}
	}
	d.BodyStart = skipSpace(s, end)
	d.parseLeadLines()
}

// parseLeadLines looks at the first lines of the body for a dateline, which
// may follow a title line or a line holding only a date:
//
//	Maroc-Kazakhstan : entretien téléphonique
//	RABAT, 23 avril (MAP) - Le ministre…
//
//	Office of the Spokesperson
//	April 23, 2021
//	The Secretary…
//
//	Madrid, 10 de enero de 2022
//	El ministro…
//
// Lines before the dateline or date line become the title when there is
// none, and the body starts after them.
func (d *Doc) parseLeadLines() {
	s := d.Text
	first := d.BodyStart
	if dl, ok := parseDateline(s, first); ok {
		d.Dateline = dl
		d.BodyStart = skipSpace(s, dl.Span.End)
		return
	}
	title := func(q int) {
		if d.Header.Title == "" && q > first {
			d.Header.Title = strings.Join(strings.Fields(s[first:q]), " ")
			if t := strings.TrimRight(s[first:q], " \t\r\n"); t != "" {
				d.Header.TitleSpan = Span{first, first + len(t)}
			}
		}
	}
	p := first
	for n := 0; n < 4 && p < len(s); n++ {
		if n > 0 {
			if dl, ok := parseDateline(s, p); ok && (dl.Agency != "" || dl.DateText != "" || dl.Region != "" || isAllUpper(dl.City)) {
				// "RABAT, 23 avril (MAP) -", "New York, United States —" after a title
				title(p)
				d.Dateline = dl
				d.BodyStart = skipSpace(s, dl.Span.End)
				return
			}
		}
		eol := strings.IndexByte(s[p:min(len(s), p+201)], '\n')
		if eol < 0 {
			return // a long line: the body has started
		}
		line := strings.TrimSpace(s[p : p+eol])
		next := skipSpace(s, p+eol)
		if dt, ok := leadDate(line); ok {
			if d.Header.Date.IsZero() {
				d.Header.Date, d.Header.DateText = dt, line
			}
			title(p)
			d.BodyStart = next
			// A dateline may still follow the date line.
			if dl, ok := parseDateline(s, next); ok && (dl.Agency != "" || dl.DateText != "" || isAllUpper(dl.City)) {
				d.Dateline = dl
				d.BodyStart = skipSpace(s, dl.Span.End)
			}
			return
		}
		headed := n == 0 && d.Header.Span.End > 0 && strings.HasPrefix(s[p+eol:], "\n\n") && len(line) <= 200
		if !(titleLine(s, p, p+eol) || headed) || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") {
			// ("date 2017-09-23 Kenya, Lithuania Sign Cooperation Agreement On
			// Sidelines of UN General Assembly", then a blank line: a long title)
			return
		}
		p = next
	}
}

// leadDate parses a line holding only a date, possibly with a weekday or an
// article: "April 23, 2021", "Vendredi 23 avril 2021", "23/04/2021".
func leadDate(line string) (Date, bool) {
	if len(line) > 60 {
		return Date{}, false
	}
	dt, ok := ParseDate(line)
	return dt, ok && dt.Month != 0
}

// Language returns the language to analyse the document in: the override
// (a --lang flag) when it is "fr", "en" or "es" (or a name or regional code
// of one of them), else the header's lang ("" when the header declares
// another language), else the identified Lang (which may be "").
func (d *Doc) Language(override string) string {
	if l, ok := normLang(override); ok {
		return l
	}
	if d.Header.Lang != "" {
		l, _ := normLang(d.Header.Lang)
		return l // "" for a declared language other than fr, en, es
	}
	return d.Lang
}

// normLang maps a language code or name ("fr", "fr-FR", "French",
// "español") to "fr", "en" or "es".
func normLang(v string) (string, bool) {
	v = fold(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_"); i > 0 {
		v = v[:i]
	}
	l, ok := langNames[v]
	return l, ok
}

func (d *Doc) setHeader(key, val string) {
	switch key {
	case "date":
		d.Header.DateText = val
		if dt, ok := ParseDate(val); ok {
			d.Header.Date = dt
		}
	case "lang":
		if l, ok := normLang(val); ok {
			d.Header.Lang = l
		} else {
			d.Header.Lang = val
		}
	case "source":
		d.Header.Source = val
	case "title":
		d.Header.Title = val
	}
}

// headerKeyWord reports whether a word before a colon labels a part of a
// text rather than naming a place.
func headerKeyWord(w string) bool {
	switch strings.ToLower(w) {
	case "note", "notes", "background", "contact", "contacts", "enquiries", "inquiries", "source", "sources", "title", "subject",
		"objet", "sujet", "asunto", "fuente", "tema", "update", "read", "lire", "leer", "photo", "foto", "video", "vidéo", "par", "by", "por", "from", "de", "para", "to", "date", "fecha", "lang":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordAt returns the run of ASCII letters and digits at s[i:] (at most 16 bytes).
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && j-i < 16 && (isASCIILetter(s[j]) || isDigit(s[j])) {
		j++
	}
	if j < len(s) && (isASCIILetter(s[j]) || isDigit(s[j])) {
		return ""
	}
	return s[i:j]
}

// skipSpace returns the offset of the first non-space byte at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// parseDateline recognises a dateline at s[b:]: a place (capitalised words),
// optional ", date" and ", region" parts, an optional "(AGENCY)", and a dash
// separator ("-", "–", "—", ".-", "--") followed by a space.
func parseDateline(s string, b int) (Dateline, bool) {
	lim := min(len(s), b+160)
	if i := strings.IndexByte(s[b:lim], '\n'); i >= 0 {
		lim = b + i
	}
	line := s[b:lim]
	// Find the separator.
	sep, sepEnd := -1, -1
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if r == '-' || r == '\u2013' || r == '\u2014' {
			j := i + n
			for j < len(line) && (line[j] == '-') {
				j++
			}
			before := byte(' ')
			if i > 0 {
				before = line[i-1]
			}
			after := j >= len(line) || line[j] == ' ' || line[j] == '\t'
			if i > 0 && (before == ' ' || before == ')' || before == '.') && after {
				sep, sepEnd = i, j
				break
			}
		}
		i += n
	}
	colon := false
	if sep < 0 {
		// "KUWAIT: …", "New Delhi [India], January 15 (ANI): …", "Canberra: …"
		if i := strings.Index(line, ": "); i > 0 && i <= 60 && i+2 < len(line) && startsUpper(line[i+2:]) {
			sep, sepEnd, colon = i, i+1, true
		}
	}
	if sep < 0 {
		// "Tegucigalpa, 12 de marzo de 2024. La presidenta…": a place and a
		// date closed by a full stop
		if i := strings.Index(line, ". "); i > 0 && i <= 60 && startsUpper(line[i+2:]) {
			if c := strings.IndexByte(line[:i], ','); c > 0 {
				if _, ok := parsePartial(strings.TrimSpace(line[c+1 : i])); ok {
					sep, sepEnd = i, i+1
				}
			}
		}
	}
	if sep < 0 && lim < len(s) && len(line) <= 80 {
		// A line "Madrid, 10 de enero de 2022" with no separator: the
		// dateline is the whole line; it must hold a date.
		sep, sepEnd = len(line), len(line)
	}
	if sep <= 0 || sep > 100 {
		return Dateline{}, false
	}
	wholeLine := sep == len(line)
	prefix := strings.TrimSpace(line[:sep])
	prefix = strings.TrimRight(prefix, ". ")
	var dl Dateline
	if strings.HasSuffix(prefix, ")") {
		open := strings.LastIndexByte(prefix, '(')
		if open < 0 {
			return Dateline{}, false
		}
		ag := strings.TrimSpace(prefix[open+1 : len(prefix)-1])
		if ag == "" || len(ag) > 30 || !startsUpper(ag) {
			return Dateline{}, false
		}
		dl.Agency = ag
		prefix = strings.TrimRight(strings.TrimSpace(prefix[:open]), ",")
	}
	parts := strings.Split(prefix, ",")
	city := strings.TrimSpace(parts[0])
	if open := strings.IndexByte(city, '['); open > 0 && strings.HasSuffix(city, "]") {
		city = city[:open] + "(" + city[open+1:len(city)-1] + ")" // "New Delhi [India]"
	}
	if open := strings.IndexByte(city, '('); open > 0 && strings.HasSuffix(city, ")") {
		// "Nueva York (EE.UU.)": the qualifier is the region.
		region := strings.TrimSpace(city[open+1 : len(city)-1])
		if region == "" || len(region) > 30 || !startsUpper(region) {
			return Dateline{}, false
		}
		dl.Region = region
		city = strings.TrimSpace(city[:open])
	}
	if !placeName(city) {
		return Dateline{}, false
	}
	dl.City = city
	rest := parts[1:]
	for k := 0; k < len(rest); k++ {
		part := strings.TrimSpace(rest[k])
		if part == "" {
			return Dateline{}, false
		}
		if k+1 < len(rest) && dl.DateText == "" && isYear(strings.TrimSpace(rest[k+1])) {
			// "ABU DHABI, 30th September, 2019 (WAM)": the year after a comma
			joined := part + ", " + strings.TrimSpace(rest[k+1])
			if dt, ok := parsePartial(joined); ok {
				dl.Date, dl.DateText = dt, joined
				k++
				continue
			}
		}
		if dt, ok := parsePartial(part); ok && dl.DateText == "" {
			dl.Date, dl.DateText = dt, part
			continue
		}
		if dl.Region == "" && dl.DateText == "" && (placeName(part) || isAllUpper(part)) && len(part) <= 30 {
			dl.Region = part
			continue
		}
		return Dateline{}, false
	}
	if dl.Agency == "" && dl.DateText == "" && !isAllUpper(city) && strings.IndexByte(city, ' ') >= 0 && dl.Region == "" {
		return Dateline{}, false // "Joint Statement - …" is a title, not a dateline
	}
	if colon && dl.Agency == "" && dl.DateText == "" && dl.Region == "" && (strings.Count(city, " ") > 1 || headerKeyWord(city)) {
		return Dateline{}, false // "Background: …", "Note to editors: …"
	}
	if wholeLine && dl.DateText == "" {
		return Dateline{}, false
	}
	end := b + sepEnd
	dl.Span = Span{b, end}
	return dl, true
}

// placeName accepts 1–5 words that start with a capital letter, joined by
// spaces or hyphens, with connectors such as "de", "del", "la", "es", "d'".
func placeName(s string) bool {
	if s == "" || len(s) > 40 || !startsUpper(s) {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if startsUpper(w) {
			for _, r := range w {
				if !(unicode.IsLetter(r) || r == '.' || r == '\'') {
					return false
				}
			}
			continue
		}
		switch w {
		case "de", "del", "la", "le", "el", "es", "al", "d'", "du", "des", "sur", "upon", "y", "et", "los", "las":
			continue
		}
		return false
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// RefDate returns the reference date of the document, against which
// relative dates are resolved: the override (a --date flag) when it parses,
// else the header date, else the dateline date. A dateline date refines a
// less precise override or header date it agrees with ("2021-04" and
// "RABAT, 23 avril" give 2021-04-23); a dateline date without year takes the
// override's or header's year, and alone gives the zero Date.
func (d *Doc) RefDate(override string) Date {
	base := Date{}
	if override != "" {
		if dt, ok := ParseDate(override); ok {
			base = dt
		}
	}
	if base.IsZero() {
		base = d.Header.Date
	}
	dl := d.Dateline.Date
	if base.IsZero() {
		if dl.Year != 0 && dl.valid() {
			return dl
		}
		return Date{}
	}
	if dl.Month != 0 && (dl.Year == 0 || dl.Year == base.Year) &&
		(base.Month == 0 || base.Month == dl.Month && base.Day == 0) {
		dl.Year = base.Year
		if dl.valid() {
			return dl
		}
	}
	return base
}

// isYear reports whether s is a year of four digits.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
