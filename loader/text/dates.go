package text

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is a calendar date of known precision: Month and Day are 0 when
// unknown. Year is 0 only for dates whose year is unknown (a dateline
// "23 avril" read without any reference year).
type Date struct{ Year, Month, Day int }

// IsZero reports whether d carries no information.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String formats d as "2021", "2021-04" or "2021-04-23" (the precision
// known); it returns "" when the year is unknown.
func (d Date) String() string {
	switch {
	case d.Year <= 0 || d.Year > 9999:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// valid reports whether the known parts of d form a possible date.
func (d Date) valid() bool {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Day > 0 && d.Month == 0 {
		return false
	}
	if d.Day > 0 {
		y := d.Year
		if y == 0 {
			y = 2000 // leap year: accept 29 February
		}
		return d.Day <= daysIn(y, d.Month)
	}
	return true
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// DateMention is a date found in a text: its span, the date it denotes with
// the precision known, and whether it was relative ("hier", "vendredi") and
// thus resolved against a reference date.
type DateMention struct {
	Start, End int
	Date       Date
	Relative   bool
}

// ParseDate parses a whole string holding one date with a known year:
// "2021", "2021-04", "2021-04-23", "23/04/2021", "23.04.2021",
// "23 avril 2021", "le vendredi 23 avril 2021", "1er avril 2021",
// "April 23, 2021", "23 April 2021", "April 2021", "23 de abril de 2021",
// "abril de 2021". It reports false for anything else.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if d, n, ok := numericDate(s, 0); ok {
		rest := s[n:]
		if strings.TrimSpace(rest) == "" || d.Day > 0 && len(rest) >= 3 && (rest[0] == 'T' || rest[0] == ' ') && isDigit(rest[1]) && isDigit(rest[2]) {
			return d, true // a date, or an ISO timestamp "2021-04-23T10:00:00Z"
		}
	}
	toks := tokenize(s)
	i := 0
	for i < len(toks) && articles[toks[i].w] {
		i++
	}
	if i < len(toks) && allYear(s, toks[i]) && i+1 == len(toks) {
		y := atoi(toks[i].w)
		return Date{Year: y}, true
	}
	m, ok := matchAbsolute(s, toks, i, "", true)
	if !ok || m.next != len(toks) || m.date.Year == 0 {
		return Date{}, false
	}
	if rest := strings.TrimSpace(s[toks[len(toks)-1].end:]); rest != "" && rest != "." {
		return Date{}, false
	}
	return m.date, true
}

// parsePartial parses a date that may lack its year ("23 avril", "10 ene",
// "April 23"): Year is then 0.
func parsePartial(s string) (Date, bool) {
	if d, ok := ParseDate(s); ok {
		return d, true
	}
	toks := tokenize(s)
	i := 0
	for i < len(toks) && articles[toks[i].w] {
		i++
	}
	m, ok := matchAbsolute(s, toks, i, "", true)
	if !ok || m.next != len(toks) {
		return Date{}, false
	}
	return m.date, true
}

// FindDates returns the dates mentioned in s, in order, without overlaps.
// lang ("fr", "en", "es", or "" for all three) selects the vocabulary.
//
// Absolute dates: "le 23 avril 2021", "23/04/2021", "2021-04-23",
// "en mars 2021", "on April 23", "el 10 de enero", "vendredi 23 avril"; a
// date without a year takes ref's year, or the year before or after when
// that puts it within six months of ref (Year 0 when ref has none); "en
// 2021" gives a year.
//
// Relative dates are resolved against ref with the precision ref has:
// "hier"/"yesterday"/"ayer", "aujourd'hui"/"today"/"hoy", "demain"/
// "tomorrow"/"mañana", "avant-hier"/"anteayer", "après-demain"/"pasado
// mañana", "ce matin"/"this morning"/"esta mañana", and weekdays with their
// modifiers ("vendredi", "ce mardi", "lundi dernier", "lundi prochain",
// "on Tuesday", "last Friday", "next Monday", "el pasado lunes", "este
// martes", "el próximo jueves"), years and months ("cette année", "l'an
// dernier", "last month", "el año pasado", "el próximo mes"). The tense of the sentence is not analysed: a
// plain weekday (or "ce/this/este" + weekday) is the most recent such day on
// or before ref, "dernier/last/pasado" the most recent one strictly before
// ref, "prochain/next/próximo/que viene" the first one strictly after ref.
// Against a month-precision ref ("2021-04") a relative date only gives the
// month (Date{2021,4,0}), against a year-precision ref the year; with a zero
// ref the mention is returned with a zero Date. Vague expressions ("last
// week", "récemment") are ignored.
func FindDates(s string, lang string, ref Date) []DateMention {
	tp := tokenPool.Get().(*[]token)
	toks := appendTokens((*tp)[:0], s)
	defer func() {
		// Drop the references into s before pooling the buffer; keep only
		// buffers of ordinary size.
		clear(toks)
		if cap(toks) <= 1<<16 {
			*tp = toks[:0]
			tokenPool.Put(tp)
		}
	}()
	var out []DateMention
	for i := 0; i < len(toks); {
		if !toks[i].starts { // no pattern starts with this word (see dateStarters)
			i++
			continue
		}
		if m, ok := matchAt(s, toks, i, lang, ref); ok {
			out = append(out, m.mention)
			i = m.next
			continue
		}
		i++
	}
	return out
}

type match struct {
	mention DateMention
	next    int // index of the first token after the match
}

type absMatch struct {
	date  Date
	start int // byte offset
	end   int
	next  int
}

// matchAt tries every pattern at token i.
func matchAt(s string, toks []token, i int, lang string, ref Date) (match, bool) {
	t := toks[i]
	if isDigit(s[t.start]) {
		if d, n, ok := numericDate(s, t.start); ok {
			next := i
			for next < len(toks) && toks[next].start < t.start+n {
				next++
			}
			return match{DateMention{t.start, t.start + n, d, false}, next}, true
		}
	}
	if m, ok := matchAbsolute(s, toks, i, lang, false); ok {
		return absoluteMatch(m, ref), true
	}
	// "en mars", "in March", "en 2021", "since 2019", "fin avril",
	// "mi-avril", "early April", "a finales de abril", "end of March".
	if t.w != "" && monthPreps[t.w] && i+1 < len(toks) {
		if m, ok := matchAbsolute(s, toks, i+1, lang, false); ok {
			return absoluteMatch(m, ref), true
		}
		k := i + 1
		if w := toks[k].w; (w == "de" || w == "of" || w == "d") && k+1 < len(toks) && adjacentOrJoined(s, t, toks[k]) {
			k++
		}
		n := toks[k]
		if allYear(s, n) && adjacentOrJoined(s, toks[k-1], n) {
			return match{DateMention{n.start, n.end, Date{Year: atoi(n.w)}, false}, k + 1}, true
		}
		if mo, ok := monthName(n.w, lang, true); ok && adjacentOrJoined(s, toks[k-1], n) && properMonth(s, n, mo) {
			d := withYear(Date{Month: mo.month}, ref)
			end, next := n.end, k+1
			if y, yEnd, yNext, ok := yearAfter(s, toks, k); ok {
				d, end, next = Date{Year: y, Month: mo.month}, yEnd, yNext
			}
			return match{DateMention{n.start, end, d, false}, next}, true
		}
	}
	return matchRelative(s, toks, i, lang, ref)
}

// lookupWord is m[w] for a token's word w, without a lookup for "" (a word
// out of the vocabulary, most tokens): no map of the date words has the key
// "" (checked by TestNoEmptyDateWord).
func lookupWord[V any](m map[string]V, w string) (V, bool) {
	if w == "" {
		var zero V
		return zero, false
	}
	v, ok := m[w]
	return v, ok
}

// absoluteMatch completes a match without year with ref's year.
func absoluteMatch(m absMatch, ref Date) match {
	return match{DateMention{m.start, m.end, withYear(m.date, ref), false}, m.next}
}

// withYear gives a date written without year the year of ref, or the year
// before or after when that puts it closer to ref (a "23 décembre" read
// against 2022-01-05 is 2021-12-23; an "en mars" against 2021-12-10 is
// 2022-03). Against a ref without month the ref's year is used.
func withYear(d, ref Date) Date {
	if d.Year != 0 || ref.Year == 0 {
		return d
	}
	d.Year = ref.Year
	if ref.Month == 0 || d.Month == 0 {
		return d
	}
	switch diff := d.Month - ref.Month; {
	case diff > 6:
		d.Year--
	case diff < -6:
		d.Year++
	}
	if !d.valid() { // 29 February moved to a common year
		d.Year = ref.Year
	}
	return d
}

// properMonth rejects English month names that are also common words
// ("may", "march") unless they are capitalised.
func properMonth(s string, t token, mo monthInfo) bool {
	if mo.lang == "en" && (mo.month == 3 || mo.month == 5) {
		r, _ := utf8.DecodeRuneInString(s[t.start:])
		return unicode.IsUpper(r)
	}
	return true
}

// matchAbsolute matches [weekday[,]] day [de|of] month [[,|de|del] year] and
// [weekday[,]] month day[,] [year] and month [de|of] year at token i.
// Abbreviated month names are accepted next to a day number.
func matchAbsolute(s string, toks []token, i int, lang string, whole bool) (absMatch, bool) {
	start := i
	if i < len(toks) {
		if _, ok := weekdayName(toks[i].w, lang); ok && i+1 < len(toks) && gapOK(s, toks[i], toks[i+1], ",") {
			i++
		}
	}
	if i >= len(toks) {
		return absMatch{}, false
	}
	t := toks[i]
	// day month [year]
	if day, ok := dayNumber(toks, i); ok {
		j := i + 1
		// A range "du 23 au 25 avril", "23-25 April", "del 23 al 25 de abril",
		// "les 23 et 24 avril": the mention covers it, the date is the first day.
		k := -1 // the token of the second day
		if j+1 < len(toks) && toks[j].w != "" && rangeWords[toks[j].w] && adjacent(s, toks[i], toks[j]) && adjacent(s, toks[j], toks[j+1]) {
			k = j + 1
		} else if j < len(toks) {
			if g := s[toks[i].end:toks[j].start]; g == "-" || g == "\u2013" {
				k = j
			}
		}
		if k >= 0 && k+1 < len(toks) {
			if _, ok := dayNumber(toks, k); ok {
				j = k + 1
			}
		}
		if j < len(toks) && (toks[j].w == "de" || toks[j].w == "of") && j+1 < len(toks) {
			if _, ok := monthName(toks[j+1].w, lang, false); ok {
				j++
			}
		}
		if j < len(toks) && adjacent(s, toks[j-1], toks[j]) {
			if mo, ok := monthName(toks[j].w, lang, false); ok {
				d := Date{Month: mo.month, Day: day}
				end, next := toks[j].end, j+1
				if y, yEnd, yNext, ok := yearAfter(s, toks, j); ok {
					d.Year, end, next = y, yEnd, yNext
				}
				if mo.abbr && end == toks[j].end && end < len(s) && s[end] == '.' {
					end++
				}
				if d.valid() {
					return absMatch{d, toks[start].start, end, next}, true
				}
			}
		}
	}
	// month day [, year] | month [de] year
	dotted := t.end < len(s) && s[t.end] == '.' // "Jan. 5"
	if mo, ok := monthName(t.w, lang, false); ok && i+1 < len(toks) && (adjacentLoose(s, t, toks[i+1]) || dotted && gapOK(s, t, toks[i+1], ".")) {
		if mo.abbr && !whole && !dotted {
			return absMatch{}, false // "Jan 5" is accepted by ParseDate only
		}
		j := i + 1
		if day, ok := dayNumber(toks, j); ok && !allYear(s, toks[j]) && (mo.lang == "en" || lang == "") {
			d := Date{Month: mo.month, Day: day}
			end, next := toks[j].end, j+1
			if y, yEnd, yNext, ok := yearAfter(s, toks, j); ok {
				d.Year, end, next = y, yEnd, yNext
			}
			if d.valid() && (properMonth(s, t, mo) || whole) {
				return absMatch{d, toks[start].start, end, next}, true
			}
			return absMatch{}, false
		}
		if y, yEnd, yNext, ok := yearAfter(s, toks, i); ok && (properMonth(s, t, mo) || whole) {
			return absMatch{Date{Year: y, Month: mo.month}, toks[start].start, yEnd, yNext}, true
		}
	}
	return absMatch{}, false
}

// yearAfter reads ", 2021", " 2021", " de 2021", " del 2021", " of 2021"
// after token j.
func yearAfter(s string, toks []token, j int) (year, end, next int, ok bool) {
	k := j + 1
	if k < len(toks) && (toks[k].w == "de" || toks[k].w == "del" || toks[k].w == "of") {
		k++
	}
	if k < len(toks) && allYear(s, toks[k]) && gapOK(s, toks[k-1], toks[k], ",") {
		return atoi(toks[k].w), toks[k].end, k + 1, true
	}
	return 0, 0, 0, false
}

// dayNumber reads a day of the month: "23", "1er", "1st", "2nd", "premier".
func dayNumber(toks []token, i int) (int, bool) {
	w := toks[i].w
	if w == "premier" || w == "primero" {
		return 1, true
	}
	n := 0
	k := 0
	for k < len(w) && isDigit(w[k]) && k < 3 {
		n = n*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || k > 2 {
		return 0, false
	}
	switch w[k:] {
	case "", "er", "st", "nd", "rd", "th", "o":
	default:
		return 0, false
	}
	return n, n >= 1 && n <= 31
}

func allYear(s string, t token) bool {
	if t.end-t.start != 4 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	y := atoi(s[t.start:t.end])
	return y >= 1900 && y <= 2199
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && isDigit(s[i]); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// numericDate reads "2021-04-23", "2021-04", "23/04/2021", "23.04.2021" or
// "23-04-2021" at s[i:] and returns the date and its length.
func numericDate(s string, i int) (Date, int, bool) {
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '-') {
		return Date{}, 0, false
	}
	digits := func(p int) int {
		q := p
		for q < len(s) && q-p < 5 && isDigit(s[q]) {
			q++
		}
		return q - p
	}
	end := func(p int) bool { // no more digits or date characters after p
		return p >= len(s) || !(isDigit(s[p]) || (s[p] == '-' || s[p] == '/') && p+1 < len(s) && isDigit(s[p+1]))
	}
	n1 := digits(i)
	switch {
	case n1 == 4 && i+4 < len(s) && s[i+4] == '-' && digits(i+5) == 2:
		d := Date{Year: atoi(s[i:]), Month: atoi(s[i+5:])}
		p := i + 7
		if p+2 < len(s) && s[p] == '-' && digits(p+1) == 2 {
			d.Day = atoi(s[p+1:])
			p += 3
		}
		if end(p) && d.valid() && d.Year >= 1000 && d.Month > 0 {
			return d, p - i, true
		}
	case n1 == 1 || n1 == 2:
		sep := byte(0)
		if i+n1 < len(s) {
			sep = s[i+n1]
		}
		if sep != '/' && sep != '.' && sep != '-' {
			break
		}
		p := i + n1 + 1
		n2 := digits(p)
		if n2 < 1 || n2 > 2 || p+n2 >= len(s) || s[p+n2] != sep {
			break
		}
		q := p + n2 + 1
		if digits(q) != 4 {
			break
		}
		d := Date{Year: atoi(s[q:]), Month: atoi(s[p:]), Day: atoi(s[i:])}
		if end(q+4) && d.valid() && d.Year >= 1000 && d.Month > 0 {
			return d, q + 4 - i, true
		}
	}
	return Date{}, 0, false
}

// matchRelative matches relative expressions at token i.
func matchRelative(s string, toks []token, i int, lang string, ref Date) (match, bool) {
	t := toks[i]
	rel := func(start, end, next, days int) (match, bool) {
		return match{DateMention{start, end, shift(ref, days), true}, next}, true
	}
	w := t.w
	nextW := func(k int) string {
		if i+k < len(toks) && adjacentLoose(s, toks[i+k-1], toks[i+k]) {
			return toks[i+k].w
		}
		return ""
	}
	joined := func(gap string) string { // the next token when separated by gap only
		if i+1 < len(toks) && s[t.end:toks[i+1].start] == gap {
			return toks[i+1].w
		}
		return ""
	}
	if lang == "" || lang == "fr" {
		switch {
		case w == "avant" && joined("-") == "hier":
			return rel(t.start, toks[i+1].end, i+2, -2)
		case w == "apres" && joined("-") == "demain":
			return rel(t.start, toks[i+1].end, i+2, 2)
		case w == "hier":
			return rel(t.start, t.end, i+1, -1)
		case w == "demain":
			return rel(t.start, t.end, i+1, 1)
		case w == "aujourd" && joined("'") == "hui":
			return rel(t.start, toks[i+1].end, i+2, 0)
		case (w == "ce" || w == "cet") && (nextW(1) == "matin" || nextW(1) == "apres"):
			return rel(t.start, toks[i+1].end, i+2, 0)
		}
	}
	if lang == "" || lang == "en" {
		switch {
		case w == "yesterday":
			return rel(t.start, t.end, i+1, -1)
		case w == "today":
			return rel(t.start, t.end, i+1, 0)
		case w == "tomorrow":
			return rel(t.start, t.end, i+1, 1)
		case w == "this" && (nextW(1) == "morning" || nextW(1) == "afternoon"):
			return rel(t.start, toks[i+1].end, i+2, 0)
		}
	}
	if lang == "" || lang == "es" {
		switch {
		case w == "anteayer" || w == "antier":
			return rel(t.start, t.end, i+1, -2)
		case w == "ayer":
			return rel(t.start, t.end, i+1, -1)
		case w == "hoy":
			return rel(t.start, t.end, i+1, 0)
		case w == "pasado" && nextW(1) == "manana":
			return rel(t.start, toks[i+1].end, i+2, 2)
		case w == "esta" && nextW(1) == "manana":
			return rel(t.start, toks[i+1].end, i+2, 0)
		case w == "manana":
			if i > 0 {
				switch toks[i-1].w {
				case "la", "esta", "una", "cada", "por", "de":
					return match{}, false
				}
			}
			return rel(t.start, t.end, i+1, 1)
		}
	}
	// "cette année", "l'an dernier", "last month", "el año pasado"…
	if m, ok := matchPeriod(s, toks, i, ref); ok {
		return m, true
	}
	// Weekdays with their modifiers.
	start, k, dir := t.start, i, 0
	switch w {
	case "ce", "this", "este", "el", "le", "on":
		k++
	case "last", "dernier":
		k, dir = k+1, -1
	case "next", "prochain":
		k, dir = k+1, 1
	}
	if k > i && (k >= len(toks) || !adjacentLoose(s, toks[k-1], toks[k])) {
		return match{}, false
	}
	if k < len(toks) && (toks[k].w == "pasado" || toks[k].w == "proximo") && (k == i || toks[i].w == "el") {
		if toks[k].w == "pasado" {
			dir = -1
		} else {
			dir = 1
		}
		k++
	}
	if k >= len(toks) {
		return match{}, false
	}
	wd, ok := weekdayName(toks[k].w, lang)
	if !ok || (k > i && !adjacentLoose(s, toks[k-1], toks[k])) {
		return match{}, false
	}
	if k > 0 && saintWords[toks[k-1].w] && adjacentLoose(s, toks[k-1], toks[k]) {
		return match{}, false // "Santo Domingo": a city
	}
	if m, ok := matchAbsolute(s, toks, k, lang, false); ok { // "on Tuesday, April 20"
		return absoluteMatch(m, ref), true
	}
	if w == "el" || w == "le" || w == "on" {
		start = toks[k].start // the article is not part of the mention
		if dir != 0 {
			start = toks[i].start
		}
	}
	end, next := toks[k].end, k+1
	if next < len(toks) && adjacentLoose(s, toks[k], toks[next]) {
		switch toks[next].w {
		case "dernier", "pasado", "derniere":
			dir, end, next = -1, toks[next].end, next+1
		case "prochain", "proximo":
			dir, end, next = 1, toks[next].end, next+1
		case "que":
			if next+1 < len(toks) && toks[next+1].w == "viene" {
				dir, end, next = 1, toks[next+1].end, next+2
			}
		}
	}
	return match{DateMention{start, end, weekdayDate(ref, wd, dir), true}, next}, true
}

// saintWords make the weekday after them part of a place name.
var saintWords = map[string]bool{"santo": true, "san": true, "saint": true, "sao": true}

// periodMods are the modifiers of a year or month: -1 last, 0 this, +1 next.
var (
	periodBefore = map[string]int{"this": 0, "ce": 0, "cette": 0, "este": 0, "last": -1, "next": 1, "proximo": 1}
	periodAfter  = map[string]int{"dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "pasado": -1, "prochain": 1, "prochaine": 1, "proximo": 1, "ci": 0}
	periodUnits  = map[string]bool{"annee": true, "an": true, "year": true, "ano": true, "mois": false, "month": false, "mes": false}
	rangeWords   = map[string]bool{"au": true, "al": true, "to": true, "et": true, "y": true, "and": true}
)

// matchPeriod matches [article|this|last|next] year|month [last|next|-ci]:
// a year or month relative to ref, with that precision.
func matchPeriod(s string, toks []token, i int, ref Date) (match, bool) {
	k, dir, mod := i, 0, false
	if d, ok := lookupWord(periodBefore, toks[k].w); ok {
		k, dir, mod = k+1, d, true
	} else if w := toks[k].w; w == "l" || w == "le" || w == "el" {
		k++
		if k < len(toks) {
			if d, ok := lookupWord(periodBefore, toks[k].w); ok && toks[k].w == "proximo" {
				k, dir, mod = k+1, d, true
			}
		}
	}
	if k >= len(toks) || (k > i && !adjacentLoose(s, toks[k-1], toks[k]) && s[toks[k-1].end:toks[k].start] != "'") {
		return match{}, false
	}
	isYear, ok := lookupWord(periodUnits, toks[k].w)
	if !ok {
		return match{}, false
	}
	end, next := toks[k].end, k+1
	if next < len(toks) && (adjacent(s, toks[k], toks[next]) || s[toks[k].end:toks[next].start] == "-") {
		if d, ok := periodAfter[toks[next].w]; ok {
			dir, mod, end, next = d, true, toks[next].end, next+1
		} else if toks[next].w == "que" && next+1 < len(toks) && toks[next+1].w == "viene" {
			dir, mod, end, next = 1, true, toks[next+1].end, next+2
		}
	}
	if !mod || (toks[k].w == "an" && dir == 0) {
		return match{}, false
	}
	var d Date
	switch {
	case ref.Year == 0:
	case isYear:
		d = Date{Year: ref.Year + dir}
	case ref.Month == 0:
		d = Date{Year: ref.Year} // a month against a year-precision ref
	default:
		t := time.Date(ref.Year, time.Month(ref.Month+dir), 1, 12, 0, 0, 0, time.UTC)
		d = Date{Year: t.Year(), Month: int(t.Month())}
	}
	return match{DateMention{toks[i].start, end, d, true}, next}, true
}

// shift moves ref by days, keeping ref's precision.
func shift(ref Date, days int) Date {
	switch {
	case ref.Year == 0:
		return Date{}
	case ref.Month == 0 || ref.Day == 0:
		return Date{Year: ref.Year, Month: ref.Month}
	}
	return fromTime(ref.time().AddDate(0, 0, days))
}

// weekdayDate resolves a weekday against ref: dir 0 → on or before ref, -1 →
// strictly before, +1 → strictly after.
func weekdayDate(ref Date, wd time.Weekday, dir int) Date {
	switch {
	case ref.Year == 0:
		return Date{}
	case ref.Month == 0 || ref.Day == 0:
		return Date{Year: ref.Year, Month: ref.Month}
	}
	t := ref.time()
	diff := int(t.Weekday() - wd)
	if diff < 0 {
		diff += 7
	}
	switch dir {
	case 0:
		return fromTime(t.AddDate(0, 0, -diff))
	case -1:
		if diff == 0 {
			diff = 7
		}
		return fromTime(t.AddDate(0, 0, -diff))
	}
	ahead := (7 - diff) % 7
	if ahead == 0 {
		ahead = 7
	}
	return fromTime(t.AddDate(0, 0, ahead))
}

// token is a word of letters and digits, with its folded form (lower case,
// accents removed) when short enough to be a date word.
type token struct {
	start, end int
	w          string
	starts     bool // a date pattern may start at this token (see dateStarters)
}

// asciiAlnum tells the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// tokenPool recycles the token buffers of FindDates, which the extractor
// calls once or more per sentence.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// tokenize splits s into words (runs of letters, digits and combining marks).
func tokenize(s string) []token {
	return appendTokens(nil, s)
}

// appendTokens appends the words of s to toks (see tokenize).
func appendTokens(toks []token, s string) []token {
	toks = slices.Grow(toks, len(s)/6+1)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiAlnum[c] {
					j++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
				break
			}
			j += n
		}
		w, starts := tokenWord(s[i:j])
		toks = append(toks, token{i, j, w, starts})
		i = j
	}
	return toks
}

// vocab holds every word the date patterns look at, so that tokens can
// share these strings instead of allocating their folded forms.
var vocab = map[string]string{}

// maxVocabLen is the length of the longest word of vocab.
var maxVocabLen int

// vocabTable is vocab as a wordTable, built by buildVocab; the value tells
// whether the word is in dateStarters.
var vocabTable *wordTable[bool]

// dateStarters lists the words at which matchAt may find a date (tokens
// starting with a digit may start one too): FindDates skips other tokens
// without trying the patterns. Keep it in sync with matchAt (a test checks
// that no other word starts a date): weekdays, months, day words, month
// prepositions, relative words, period words and weekday modifiers.
func dateStarters() []string {
	ws := strings.Fields(`premier primero
		avant apres hier demain aujourd ce cet yesterday today tomorrow this anteayer antier ayer hoy pasado esta manana
		l le el
		este on last dernier next prochain proximo`)
	for w := range weekdays {
		ws = append(ws, w)
	}
	for w := range months {
		ws = append(ws, w)
	}
	for w := range monthPreps {
		ws = append(ws, w)
	}
	for w := range periodBefore {
		ws = append(ws, w)
	}
	for w := range periodUnits {
		ws = append(ws, w)
	}
	return ws
}

// buildVocab fills vocab; it runs after the month table is built.
func buildVocab() {
	words := strings.Fields(`de of del premier primero avant hier apres demain aujourd hui ce cet matin
		yesterday today tomorrow this morning afternoon anteayer antier ayer hoy pasado manana esta la una
		cada por este el le on last dernier derniere next prochain proximo que viene santo san saint sao
		cette l passe passee prochaine ci d`)
	for w := range periodUnits {
		words = append(words, w)
	}
	for w := range rangeWords {
		words = append(words, w)
	}
	for w := range months {
		words = append(words, w)
	}
	for w := range weekdays {
		words = append(words, w)
	}
	for w := range articles {
		words = append(words, w)
	}
	for w := range monthPreps {
		words = append(words, w)
	}
	for _, w := range words {
		vocab[w] = w
		maxVocabLen = max(maxVocabLen, len(w))
	}
	set := make(map[string]bool, len(vocab))
	for w := range vocab {
		set[w] = false
	}
	for _, w := range dateStarters() {
		if _, ok := set[w]; !ok {
			panic("text: date starter " + w + " is not in the vocabulary")
		}
		set[w] = true
	}
	vocabTable = newWordTable(set)
}

// tokenWord returns the folded form of a token when the date patterns may
// need it: tokens starting with a digit as written (lower-cased), words of
// the date vocabulary folded, "" for any other word; and whether a date
// pattern may start at the token (a digit or a word of dateStarters).
func tokenWord(t string) (string, bool) {
	if len(t) > 14 {
		return "", false
	}
	var buf [32]byte
	n := 0
	h := hashSeed // hashWord(buf[:n]), computed on the way
	// Fast path: an ASCII token (letters and digits) only needs lower-casing.
	for n < len(t) && t[n] < utf8.RuneSelf {
		c := t[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		h = hashStep(h, c)
		n++
	}
	ascii := n == len(t)
	if !ascii {
		n = 0
		for _, r := range t {
			r, keep := foldRune(r)
			if !keep {
				continue
			}
			if n+utf8.RuneLen(r) > len(buf) {
				return "", false
			}
			n += utf8.EncodeRune(buf[n:], r)
		}
	}
	if n > 0 && isDigit(buf[0]) {
		if string(buf[:n]) == t {
			return t, true
		}
		return string(buf[:n]), true
	}
	if n > maxVocabLen {
		return "", false // too long for a date word
	}
	hf := hashFinish(h)
	if !ascii {
		hf = hashWord(buf[:n])
	}
	w, starts, _ := vocabTable.getHashed(buf[:n], hf) // "", false when not in vocab
	return w, starts
}

// fold lower-cases s and removes the accents of Latin letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] >= 'A' && s[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r, keep := foldRune(r); keep {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune lower-cases r and removes the accent of a Latin letter (see
// foldTable); it reports false for a combining mark, which folding drops.
func foldRune(r rune) (rune, bool) {
	r = unicode.ToLower(r)
	if r >= foldLow && r < foldHigh {
		if f := foldArray[r-foldLow]; f != 0 {
			return f, true
		}
		return r, true
	}
	// No combining mark comes before U+0300: skip the table search.
	return r, r < 0x300 || !unicode.Is(unicode.Mn, r)
}

// foldArray is foldTable as an array indexed by r-foldLow (0 = unchanged).
var foldArray [foldHigh - foldLow]rune

const foldLow, foldHigh = 0xC0, 0x180

func init() {
	for r, f := range foldTable {
		foldArray[r-foldLow] = f
	}
}

// foldTable maps accented lower-case Latin letters to their base letter.
var foldTable = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
}

// adjacentOrJoined reports whether only spaces, or a hyphen or apostrophe,
// separate a and b ("mi-avril", "d'avril").
func adjacentOrJoined(s string, a, b token) bool {
	g := s[a.end:b.start]
	return g == "-" || g == "'" || adjacent(s, a, b)
}

// adjacent reports whether only spaces separate a and b.
func adjacent(s string, a, b token) bool { return gapOK(s, a, b, "") }

// adjacentLoose allows spaces and a comma between a and b.
func adjacentLoose(s string, a, b token) bool { return gapOK(s, a, b, ",") }

// gapOK reports whether the text between a and b is made of spaces (at most
// 3 bytes, no line break) plus at most one of the characters in extra.
func gapOK(s string, a, b token, extra string) bool {
	gap := s[a.end:b.start]
	if len(gap) > 4 {
		return false
	}
	seen := false
	for i := 0; i < len(gap); i++ {
		switch c := gap[i]; {
		case c == ' ' || c == '\t':
		case strings.IndexByte(extra, c) >= 0 && !seen:
			seen = true
		default:
			return false
		}
	}
	return true
}

type monthInfo struct {
	month int
	lang  string
	abbr  bool
}

var months = map[string][]monthInfo{}

func init() {
	add := func(lang string, abbr bool, names ...string) {
		for i, n := range names {
			if n == "" {
				continue
			}
			for _, v := range strings.Split(n, "|") {
				months[v] = append(months[v], monthInfo{i + 1, lang, abbr})
			}
		}
	}
	add("fr", false, "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")
	add("en", false, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
	add("es", false, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre")
	add("fr", true, "janv", "fevr|fev", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "dec")
	add("en", true, "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep|sept", "oct", "nov", "dec")
	add("es", true, "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep|sept|set", "oct", "nov", "dic")
	buildVocab()
}

// monthName looks w (folded) up among the month names of lang ("" = all).
// fullOnly excludes abbreviations.
func monthName(w, lang string, fullOnly bool) (monthInfo, bool) {
	if w == "" {
		return monthInfo{}, false // no word of the vocabulary: no lookup
	}
	for _, m := range months[w] {
		if (lang == "" || m.lang == lang) && !(fullOnly && m.abbr) {
			return m, true
		}
	}
	return monthInfo{}, false
}

var weekdays = map[string]struct {
	d    time.Weekday
	lang string
}{
	"lundi": {time.Monday, "fr"}, "mardi": {time.Tuesday, "fr"}, "mercredi": {time.Wednesday, "fr"}, "jeudi": {time.Thursday, "fr"},
	"vendredi": {time.Friday, "fr"}, "samedi": {time.Saturday, "fr"}, "dimanche": {time.Sunday, "fr"},
	"monday": {time.Monday, "en"}, "tuesday": {time.Tuesday, "en"}, "wednesday": {time.Wednesday, "en"}, "thursday": {time.Thursday, "en"},
	"friday": {time.Friday, "en"}, "saturday": {time.Saturday, "en"}, "sunday": {time.Sunday, "en"},
	"lunes": {time.Monday, "es"}, "martes": {time.Tuesday, "es"}, "miercoles": {time.Wednesday, "es"}, "jueves": {time.Thursday, "es"},
	"viernes": {time.Friday, "es"}, "sabado": {time.Saturday, "es"}, "domingo": {time.Sunday, "es"},
}

func weekdayName(w, lang string) (time.Weekday, bool) {
	if w == "" {
		return 0, false // no word of the vocabulary: no lookup
	}
	d, ok := weekdays[w]
	if !ok || (lang != "" && d.lang != lang) {
		return 0, false
	}
	return d.d, true
}

// articles are words skipped at the start of ParseDate's input.
var articles = map[string]bool{"le": true, "el": true, "on": true, "the": true, "du": true, "del": true, "ce": true}

// monthPreps introduce a month or year without day: "en mars", "in March".
var monthPreps = map[string]bool{"en": true, "in": true, "depuis": true, "since": true, "desde": true, "durant": true, "during": true,
	"until": true, "jusqu": true, "hasta": true, "debut": true, "fin": true, "mi": true, "courant": true, "early": true, "late": true,
	"mid": true, "end": true, "beginning": true, "principios": true, "finales": true, "mediados": true, "fines": true}
