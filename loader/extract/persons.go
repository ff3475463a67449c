package extract

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// tok is a word of the folded view.
type tok struct {
	s, e int
	up   string
	low  string
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// wordByteTab[c] is isWordByte(c), for the tokenizer's byte loops.
var wordByteTab = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// appendTokens appends the words of view[s:e] to out; a hyphen between
// letters stays inside a word; a single capital followed by a dot is an
// initial ("J."). Callers pass a buffer of their own (often on the stack).
func (x *engine) appendTokens(out []tok, s, e int) []tok {
	up, low := x.f.up, x.f.low
	for i := s; i < e; {
		if !wordByteTab[up[i]] {
			i++
			continue
		}
		j := i
		for j < e && (wordByteTab[up[j]] || up[j] == '-' && j+1 < e && wordByteTab[up[j+1]] && j > i) {
			j++
		}
		if j == i+1 && j < e && up[j] == '.' && up[i] >= 'A' && up[i] <= 'Z' {
			j++
			if j+1 < e && up[j] >= 'A' && up[j] <= 'Z' && up[j+1] == ' ' && !honorificPairs[up[i:i+1]+up[j:j+1]] {
				j++ // "W.P Jurriens": two initials run together (but "S.E." stays an honorific's two letters)
			}
		} else if j < e && up[j] == '.' && j-i <= 3 && nameAbbrevs[up[i:j]] {
			j++ // "Hugo Fco. Rivera", "Ma. Teresita Daza": an abbreviated given name
		}
		if j-i >= 3 && up[i] >= 'A' && up[i] <= 'Z' && j+2 < e && up[j] == '\'' && up[j+1] >= 'a' && up[j+1] <= 'z' && up[j+2] >= 'a' && up[j+2] <= 'z' {
			// "Alka'abj", "Ka'abi": an apostrophe inside a capitalised name
			j++
			for j < e && wordByteTab[up[j]] {
				j++
			}
		}
		if j == i+1 && (up[i] == 'M' || up[i] == 'N' || up[i] == 'O') && apostropheName(up[j:e]) {
			// "M'tumuke", "N'Diaye", "O'Brien": one name, not an initial and a word
			j++
			for j < e && wordByteTab[up[j]] {
				j++
			}
		}
		out = append(out, tok{i, j, up[i:j], low[i:j]})
		i = j
	}
	return out
}

// honorificPairs are the two letters of an honorific written "S.E", "H.E":
// not initials of a name.
var honorificPairs = setOf(`SE SM HE HM SA HH HR LL SS`)

// apostropheName reports whether rest, the text after a lone M, N or O,
// continues a name with an apostrophe ("'tumuke", "'Diaye"): three letters
// at least after it, and not a French elision ("N'a", "N'est").
func apostropheName(rest string) bool {
	if len(rest) < 4 || rest[0] != '\'' {
		return false
	}
	n := 1
	for n < len(rest) && wordByteTab[rest[n]] {
		n++
	}
	if n-1 < 3 {
		return false
	}
	switch strings.ToLower(rest[1:n]) {
	case "est", "etait", "avait", "ont", "importe", "avons", "aurait":
		return false
	}
	return true
}

// shouted reports whether toks[i] stands in a headline written in capitals:
// a run of four all-capitals words or more holding a function word ("L'AMBASSADEUR
// DE TURQUIE EN CÔTE D'IVOIRE FAIT SES ADIEUX"), unlike a name in capitals
// ("GONE FEH MOUSSA").
func shouted(toks []tok, i int) bool {
	caps := func(k int) bool {
		return len(toks[k].up) >= 1 && isAllCaps(toks[k].up) && strings.ToLower(toks[k].up) != toks[k].up
	}
	if !caps(i) {
		return false
	}
	a, b := i, i
	for a > 0 && caps(a-1) {
		a--
	}
	for b+1 < len(toks) && caps(b+1) {
		b++
	}
	if b-a+1 < 4 {
		return false
	}
	for k := a; k <= b; k++ {
		if shoutedFunctionWords[toks[k].low] {
			return true
		}
	}
	return false
}

// shoutedFunctionWords are words of a sentence, never of a name.
var shoutedFunctionWords = setOf(`de du des la le les au aux en et ses son sa the of and to for with el los las y del al con por`)

// lowerArabicPrefix reports whether t is a surname written with a lower-case
// particle and a hyphen ("al-Chibani", "el-Sisi"), which continues a name.
func lowerArabicPrefix(t tok) bool {
	i := strings.IndexByte(t.up, '-')
	return i > 0 && i+1 < len(t.up) && arabicPrefix[t.up[:i]] && t.up[i+1] >= 'A' && t.up[i+1] <= 'Z'
}

// thisCountryRe ends a title whose state is "this country".
// An adjective may follow ("de ese país centroamericano").
var thisCountryRe = mkfi(`\b(?:de ce pays|du pays|de l'emirat|del emirato|of the emirate|del pais|de ese pais|de este pais|de esa nacion|de la nacion|of this country|of that country|of the country|of (?:this|that|the) [a-z]+ (?:[a-z]+ )?(?:country|nation))(?:\s+[a-z-]+)?\s*,?\s*$`)

// genitiveEndRe ends a title cut before the leader it belongs to ("envoyé spécial du").
var genitiveEndRe = mkf(`\b(?:du|de la|de l'|des|of the|of|del|de)\s*$`)

// principalStateRe is a leader and his state right after such a title ("président
// sénégalais", "President of Ghana"); group 1 holds the state.
var principalStateRe = mkf(`^\s*(?:(?:la|le|l'|the|el)\s+)?(?:president|presidente|presidenta|roi|rey|king|emir|souverain|chef de l'etat|head of state|jefe de estado|premier ministre|prime minister|primer ministro|gouvernement|government|gobierno)\s+((?:de la |de l'|du |de |of the |of |del |de los )?[\w'-]+(?: [\w'-]+){0,2})`)

// secretaryToGovRe: a secretary to a government or cabinet, a civil servant.
var secretaryToGovRe = mkf(`\bsecretary (?:to|of) the (?:government|cabinet|federation|president|presidency)\b`)

// counsellorAfterRe opens the word that makes a minister an adviser.
var counsellorAfterRe = mkf(`^\s+(?:consejer[oa]|conseill(?:er|ere)|counsell?or)\b`)

// commaName reports whether a comma and a name follow view offset e.
func (x *engine) commaName(e, limit int) bool {
	low := x.f.low[:limit]
	i := skipSpaces(low, e)
	return i < limit && low[i] == ',' && x.nameStartsNear(skipSpaces(low, i+1), limit)
}

// nameAbbrevs are abbreviated given names written with a dot.
var nameAbbrevs = map[string]bool{"Fco": true, "Ma": true, "Jos": true, "Wm": true, "Jas": true, "Thos": true, "Chas": true}

func isCap(t tok) bool {
	c := t.up[0]
	if c >= 'A' && c <= 'Z' {
		return true
	}
	if c >= 0x80 {
		r := []rune(t.up)
		return len(r) > 0 && strings.ToUpper(string(r[0])) == string(r[0]) && strings.ToLower(string(r[0])) != string(r[0])
	}
	return false
}

func isInitial(t tok) bool {
	if len(t.up) == 2 {
		return t.up[1] == '.'
	}
	// "W.P": capitals and dots only
	if len(t.up) < 3 || t.up[1] != '.' {
		return false
	}
	for i := 0; i < len(t.up); i++ {
		if c := t.up[i]; c != '.' && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

var wholeHead = mkf(`^(?:` + headRe.re.String()[5:len(headRe.re.String())-3] + `)$`)

// headWords is the set of all title heads when headRe is a plain list of
// literals (it is: see TestHeadWords), else nil.
var headWords = func() map[string]bool {
	tree, err := syntax.Parse(headRe.re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	tree = tree.Simplify()
	if tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	if tree.Op != syntax.OpConcat || len(tree.Sub) != 3 {
		return nil
	}
	lits, complete, ok := prefixes(tree.Sub[1], 0)
	if !ok || !complete {
		return nil
	}
	m := map[string]bool{}
	for _, l := range lits {
		m[l] = true
	}
	return m
}()

// isHead reports whether w is a whole title head ("ministre"), memoised per document.
func (x *engine) isHead(w string) bool {
	if v, ok := x.headCache[w]; ok {
		return v
	}
	if x.headCache == nil {
		x.headCache = map[string]bool{}
	}
	var v bool
	if headWords != nil {
		v = headWords[w]
	} else {
		v = wholeHead.MatchString(w)
	}
	x.headCache[w] = v
	return v
}

// notNameWords returns the words w for which nameStop[w] || isHead(w) ||
// titleWordNotName(w) holds, built once from those fixed sets (nil when the
// heads are no plain list): nameOK makes one lookup per capitalised word
// instead of up to five.
var notNameWords = sync.OnceValue(func() map[string]bool {
	if headWords == nil {
		return nil
	}
	m := map[string]bool{}
	for _, set := range []map[string]bool{nameStop, headWords} {
		for w, v := range set {
			if v {
				m[w] = true
			}
		}
	}
	// titleWordNotName holds only for words of these two sets
	for _, set := range []map[string]bool{titleContent, betweenWords} {
		for w := range set {
			if titleWordNotName(w) {
				m[w] = true
			}
		}
	}
	return m
})

// headNameParts are title heads that also open compound family names
// ("Amir-Abdollahian").
var headNameParts = setOf(`amir emir`)

// nameOK reports whether t may be part of a person name.
func (x *engine) nameOK(t tok) bool {
	if !isCap(t) {
		return false
	}
	if isInitial(t) {
		return true
	}
	w := strings.TrimSuffix(t.low, ".")
	if nn := notNameWords(); nn != nil {
		if nn[w] {
			return false
		}
	} else if nameStop[w] || x.isHead(w) || titleWordNotName(w) {
		return false
	}
	if len(w) > 5 && abstractNoun(w) {
		return false
	}
	if i := strings.IndexByte(w, '-'); i > 0 && !arabicPrefix[w[:i]] && !(headNameParts[w[:i]] && len(w)-i > 5 && !x.isHead(w[i+1:])) && (nameStop[w[:i]] || x.isHead(w[:i]) || x.isHead(strings.ReplaceAll(w, "-", " "))) {
		return false
	}
	if m := x.mentAt(t.s); m != nil {
		return false
	}
	return true
}

// vietFamilyName reports whether toks[i] is the family name "Le" opening a
// Vietnamese name of three words ("Le Thanh Long", "Le Hoai Trung") in a
// text not in French, where "Le" is no article.
func (x *engine) vietFamilyName(toks []tok, i int) bool {
	if toks[i].up != "Le" || x.lang == "fr" || i+2 >= len(toks) {
		return false
	}
	for k := i + 1; k <= i+2; k++ {
		if x.f.up[toks[k-1].e:toks[k].s] != " " || !x.nameOK(toks[k]) || isInitial(toks[k]) || len(toks[k].up) > 6 {
			return false
		}
	}
	return true
}

// abstractNounSuffixes end the abstract nouns of portfolios and programmes
// ("Implementation", "Efficiency", "Tecnología", "Ciencias") in the three
// languages; no person name in the gazetteer ends so.
var abstractNounSuffixes = []string{"tion", "tions", "sion", "sions", "cion", "ciones", "siones",
	"ency", "idad", "idades", "ship", "ships", "ismo", "logy", "logie", "logia", "logies", "logias",
	"ciencia", "ciencias"}

// abstractNoun reports whether the folded word w ends like an abstract noun,
// which a capitalised word of a ministry's portfolio may be but a name is not.
func abstractNoun(w string) bool {
	if len(w) > 7 && strings.HasSuffix(w, "mente") && w != "clemente" {
		return true // a Spanish adverb opening a sentence ("Precisamente, el Ministro …")
	}
	switch w[len(w)-1] {
	case 'n', 's', 'y', 'd', 'p', 'o', 'e', 'a':
	default:
		return false
	}
	for _, suf := range abstractNounSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// candidate is a capitalised word sequence that may be a person name.
type candidate struct {
	s, e  int
	words int
	prev  string // the lower-case word before the candidate
}

// candidates finds the name candidates of view[s:e].
func (x *engine) candidates(s, e int) []candidate {
	// the words go to a buffer reused from sentence to sentence: no
	// candidate keeps them
	sc := x.scr()
	toks := x.appendTokens(sc.toks[:0], s, e)
	sc.toks = toks
	up := x.f.up
	var out []candidate
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !isCap(t) {
			continue // no name, place or month as a first name: the three tests below fail
		}
		if i > 0 && up[toks[i-1].e:t.s] == " " && (toks[i-1].low == "en" || toks[i-1].low == "in" || toks[i-1].low == "dans") {
			continue // "Vendredi, en Picardie, la secrétaire générale …": a place after a locative
		}
		if !x.nameOK(t) && !x.placeAsFirstName(toks, i) && !monthAsFirstName(toks, i, x) && !x.vietFamilyName(toks, i) && !x.regalGivenName(toks, i) || isInitial(t) && (t.up == "M." || i+1 >= len(toks) || !x.nameOK(toks[i+1])) || romanNumeral.MatchString(t.up) {
			continue
		}
		if shouted(toks, i) {
			continue // "L'AMBASSADEUR DE TURQUIE … FAIT SES ADIEUX": a headline in capitals
		}
		if (t.up == "S." || t.up == "H.") && i+2 < len(toks) && toks[i+1].up == "E." {
			i++ // "S. E. Obiang Nguema", "H. E. X": Su Excelencia, His Excellency
			continue
		}
		end, last, long := t.e, i, !isInitial(t) && len(t.up) >= 3
		for k := i + 1; k < len(toks); k++ {
			if up[toks[k-1].e:toks[k].s] != " " {
				break
			}
			tk := toks[k]
			if romanNumeral.MatchString(tk.up) {
				end, last = tk.e, k
				break
			}
			if x.nameOK(tk) && k+1 < len(toks) && x.anchored(headRe, tk.s, e) > tk.e-tk.s {
				break // "… of the National Guard Crown Prince Abdullah": a title of two words opens the name
			}
			if x.nameOK(tk) || x.mentionInName(toks, k) || x.demonymSurname(tk) || regalSurname(toks, k, x) || innerHonorific(toks, k, x) || lowerArabicPrefix(tk) || x.weekdaySurname(tk) || knownNameEnd(toks, i, k) ||
				tk.up == "Son" && k-i >= 2 && !isInitial(toks[k-1]) { // "Bui Thanh Son": a Vietnamese given name

				end, last = tk.e, k
				if !isInitial(tk) && len(tk.up) >= 3 {
					long = true
				}
				continue
			}
			if tk.low == "y" && k-i >= 2 && k+2 < len(toks) && up[tk.e:toks[k+1].s] == " " && up[toks[k+1].e:toks[k+2].s] == " " &&
				x.nameOK(toks[k+1]) && x.nameOK(toks[k+2]) && !isInitial(toks[k+1]) && !nameParticles[toks[k+2].low] {
				break // "Juan Benítez y Carlos Rojas": two persons (but "José Ortega y Gasset": one)
			}
			if nameParticles[tk.low] && k+1 < len(toks) && up[tk.e:toks[k+1].s] == " " {
				nx := toks[k+1]
				if x.nameOK(nx) && !isInitial(nx) || nameParticles[nx.low] && k+2 < len(toks) && up[nx.e:toks[k+2].s] == " " && x.nameOK(toks[k+2]) {
					continue
				}
			}
			break
		}
		if peerageWords[t.low] || i > 0 && peerageWords[toks[i-1].low] {
			// "Baroness Anelay of St Johns DBE", "Lord Ahmad of Wimbledon": the
			// territorial designation and the post-nominals belong to the name
			end, last = x.peerageTail(toks, last, end)
		}
		if long {
			prev := ""
			if i > 0 {
				prev = toks[i-1].low
				if toks[i-1].e < t.s-2 || strings.ContainsAny(up[toks[i-1].e:t.s], ",;:()") {
					prev = ","
				}
			}
			// a trailing initial is not part of a name
			for last > i && isInitial(toks[last]) {
				last--
				end = toks[last].e
			}
			if i > 0 && afterPlaceNoun(toks[i-1]) && up[toks[i-1].e:t.s] == " " && !x.stateEndsAt(toks[i-1].e) {
				i = last
				continue
			}
			if k := x.beforeParticles(toks, i); k >= 0 && x.hyphenPlace(toks[k]) {
				i = last
				continue // "la région de Laâyoune-Sakia El Hamra": the rest of a place's name
			}
			if i > 1 && buildingOfRe.MatchString(x.f.low[toks[i-2].s:t.s]) {
				i = last
				continue // "au palais de Beit-Salam, l'ambassadeur …": a building's name
			}
			if last == i && len(t.up) <= 3 && isAllCaps(t.up) {
				i = last
				continue // "MOU", "FAO": an acronym, not a name
			}
			if last == i && len(t.up) <= 5 && t.s > 0 && up[t.s-1] == '(' && end < len(up) && up[end] == ')' && innerCapital(t.up) {
				i = last
				continue // "Minister of State (MoS) for External Affairs": an abbreviation in a title
			}
			if ls := toks[last].s; ls < end {
				if h := strings.LastIndexByte(up[ls:end], '-'); h > 0 && compoundTails[up[ls+h+1:end]] {
					end = ls + h // "the Anthony Albanese-led Labor Party": the name before the compound
				}
			}
			if out == nil {
				out = make([]candidate, 0, 8) // one allocation for most sentences
			}
			out = append(out, candidate{s: t.s, e: end, words: last - i + 1, prev: prev})
		}
		i = last
	}
	if len(out) > 0 && s < x.titleCaseHeadline() {
		out = x.namesRepeated(out)
	}
	return out
}

// beforeParticles returns the index of the token before toks[i] and the
// particles ("El", "de") joined to it by single spaces, -1 if none.
func (x *engine) beforeParticles(toks []tok, i int) int {
	k := i - 1
	for k >= 0 && x.f.up[toks[k].e:toks[k+1].s] == " " {
		if !nameParticles[toks[k].low] && toks[k].low != "el" && toks[k].low != "al" {
			return k
		}
		k--
	}
	return -1
}

// hyphenPlace reports whether token p is joined by a hyphen to a place
// the gazetteer knows ("Laâyoune-Sakia", "Dakhla-Oued").
func (x *engine) hyphenPlace(p tok) bool {
	up := x.f.up
	if j := strings.IndexByte(p.up, '-'); j > 0 {
		if m := x.mentAt(p.s); m != nil && m.kind != kOrg && m.s <= p.s && m.e <= p.s+j+1 {
			return true
		}
	}
	if p.s > 1 && up[p.s-1] == '-' {
		if m := x.mentAt(p.s - 2); m != nil && m.kind != kOrg && m.e == p.s-1 {
			return true
		}
	}
	return false
}

// orgDiplomacyRe names the chief diplomat of an organisation ("jefa de la
// diplomacia de la UE", "chef de la diplomatie européenne", "foreign policy chief").
var orgDiplomacyRe = mkf(`\b(?:diplomacia|diplomatie|diplomacy|foreign policy chief)\b`)

// buildingOfRe is a building noun and "de" before a name: the building's name.
var buildingOfRe = mkf(`^(?:palacio|palais|palace|hotel|avenue|avenida|rue|calle|boulevard|plaza|place|stade|estadio|aeropuerto|aeroport|airport)\s+(?:de|du|of|del|d')\s*$`)

// demonymSurname reports whether tk, a capitalised demonym after a name
// word, is a surname: French and Spanish write demonyms in lower case
// ("Juan Daniel Alemán", "Pierre Français").
func (x *engine) demonymSurname(tk tok) bool {
	if x.lang != "fr" && x.lang != "es" || !isCap(tk) {
		return false
	}
	m := x.mentAt(tk.s)
	return m != nil && m.s == tk.s && m.e == tk.e && m.kind == kState && m.demonym
}

// innerCapital reports whether w has a capital letter after its first
// letter ("MoS", "MoFA"): an abbreviation, not a name.
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// stateEndsAt reports whether a state's name ends at view offset e ("the
// Secretary of State of the United States Antony Blinken": a name may follow).
func (x *engine) stateEndsAt(e int) bool {
	m := x.mentAt(e - 1)
	return m != nil && m.kind == kState && m.e == e
}

// peerageWords are the British titles of peers, whose names go on with
// "of" and a place.
var peerageWords = setOf(`baroness baron lord lady viscount viscountess earl countess marquess duke`)

// postNominals are the letters of honours written after a name.
var postNominals = setOf(`DBE KBE CBE OBE MBE GBE KCMG CMG GCMG KCVO CVO LVO QC KC MP PC`)

// peerageTail extends a peer's name ending at toks[last] over " of Place"
// and the post-nominals after it; it returns the new end and last token.
func (x *engine) peerageTail(toks []tok, last, end int) (int, int) {
	up := x.f.up
	k := last + 1
	if k+1 >= len(toks) || toks[k].low != "of" || up[toks[k-1].e:toks[k].s] != " " || up[toks[k].e:toks[k+1].s] != " " || !isCap(toks[k+1]) {
		return end, last
	}
	j := k + 1
	for j+1 < len(toks) && up[toks[j].e:toks[j+1].s] == " " && isCap(toks[j+1]) && !postNominals[toks[j+1].up] && x.mentAt(toks[j+1].s) == nil {
		j++
	}
	nameEnd := toks[j].e
	for j+1 < len(toks) && up[toks[j].e:toks[j+1].s] == " " && postNominals[toks[j+1].up] {
		j++ // read over, not part of the name
	}
	return nameEnd, j
}

// skipPostNominals returns the view offset after the post-nominal letters
// ("DBE", "KCMG") that follow a name ending at ne.
func (x *engine) skipPostNominals(ne, limit int) int {
	up := x.f.up
	for {
		i := ne
		for i < limit && up[i] == ' ' {
			i++
		}
		j := i
		for j < limit && up[j] >= 'A' && up[j] <= 'Z' {
			j++
		}
		if j == i || !postNominals[up[i:j]] || j < limit && isWordByte(x.f.low[j]) {
			return ne
		}
		ne = j
	}
}

// titleCaseHeadline returns the end of the text's title (its "title:"
// header, else its first line) when it is a headline in Title Case ("Azerbaijani FM Discuss With OIC Secretary General
// Preparations For Summit"), where verbs and nouns are capitalised like
// names; -1 otherwise.
func (x *engine) titleCaseHeadline() int {
	if x.titleCase != 0 {
		return x.titleCase
	}
	x.titleCase = -1
	up := x.f.up
	start, end := 0, strings.IndexByte(up, '\n')
	if ts := x.doc.Header.TitleSpan; ts.End > ts.Start {
		start, end = x.f.view(ts.Start), x.f.view(ts.End) // the "title:" header's value
	}
	if end < 0 || end-start > 400 {
		return -1
	}
	caps, lower, function := 0, 0, 0
	fields := strings.Fields(up[start:end])
	first := 0 // the first word of the title, after the date header
	if len(fields) > 1 && fields[0] == "date" {
		first = 2
	}
	for i, w := range fields {
		if i > first && titleCaseFunctionWords[w] {
			function++ // "Discuss With", "Preparations For" (but not an opening "The")
		}
		if len(w) < 4 || w[0] < 'A' || w[0] > 'z' || w[0] > 'Z' && w[0] < 'a' || i == 0 && w == "date" {
			continue // short words, numbers, the date header
		}
		if w[0] <= 'Z' {
			caps++
		} else {
			lower++
		}
	}
	if caps >= 4 && lower <= 1 && function > 0 || caps >= 4 && lower == 0 {
		x.titleCase = end
	}
	return x.titleCase
}

// compoundTails are the lower-case words an English compound hangs on a
// name ("Albanese-led", "Saudi-backed").
var compoundTails = setOf(`led backed based born era run owned sponsored brokered style`)

// titleCaseFunctionWords are English function words capitalised only in
// Title Case.
var titleCaseFunctionWords = setOf(`With For And To In On Of At The From Over After As Amid Into`)

// namesRepeated keeps the candidates of a Title Case headline whose last
// word the text repeats after the headline: there a capitalised word alone
// is no sign of a name.
func (x *engine) namesRepeated(cs []candidate) []candidate {
	up, end := x.f.up, x.titleCase
	out := cs[:0]
	body := up[end:]
	for _, c := range cs {
		name := up[c.s:c.e]
		if romanNumeral.MatchString(name[strings.LastIndexByte(name, ' ')+1:]) {
			out = append(out, c) // "HM King Mohammed VI": a regnal name
			continue
		}
		// the words the text repeats, up to the first it does not
		// ("Minister Johnson Smith Engages New US Ambassador": "Johnson Smith")
		cut := len(name)
		for i := 0; i < len(name); {
			j := strings.IndexByte(name[i:], ' ')
			if j < 0 {
				j = len(name) - i
			}
			if !hasWord(body, name[i:i+j]) {
				cut = i
				break
			}
			i += j + 1
		}
		cut = len(strings.TrimRight(name[:cut], " "))
		if cut == 0 {
			continue
		}
		c.e = c.s + cut
		out = append(out, c)
	}
	return out
}

// credRepRe finds a representative of a state posted to another one.
var credRepRe = mkf(`\b(?:du|de la|de l'|del|de|of)\b.*\b(?:au|aux|en|a|auprès|aupres|in|to|ante)\b`)

// headAfterModifiers finds a title head after at most three capitalised
// words starting at view offset j ("National Security Advisor") and returns
// its offset and length, or 0 length.
func (x *engine) headAfterModifiers(j, limit int) (int, int) {
	low, up := x.f.low, x.f.up
	k := j
	lower := false // a lower-case modifier: only before an adviser's head ("foreign policy adviser")
	for n := 0; n < 3 && k < limit; n++ {
		if !(up[k] >= 'A' && up[k] <= 'Z') {
			if !(up[k] >= 'a' && up[k] <= 'z') {
				return 0, 0
			}
			lower = true
		}
		for k < limit && isWordByte(low[k]) {
			k++
		}
		for k < limit && low[k] == ' ' {
			k++
		}
		if k < limit && isWordByte(low[k]) {
			if hl := x.anchored(headRe, k, limit); hl > 0 && (!lower || adviserHead(low[k:k+hl])) {
				return k, hl
			}
		}
	}
	return 0, 0
}

// adviserHead reports whether a title head names an adviser or a
// spokesperson, whose title may open with lower-case modifiers ("foreign
// policy adviser", "chief spokesperson").
func adviserHead(h string) bool {
	switch h {
	case "adviser", "advisor", "advisers", "advisors", "spokesperson", "spokesman", "spokeswoman":
		return true
	}
	return false
}

// capitalComplement returns the end of a comma segment at view offset j that
// continues a ministry's name: capitalised words and complement words only,
// one of them a ministry word ("African Cooperation and Moroccan
// Expatriates"), no title head and no name; j when there is none.
func (x *engine) capitalComplement(j, limit int) int {
	low, up := x.f.low, x.f.up
	if j >= limit || !(up[j] >= 'A' && up[j] <= 'Z') {
		return j
	}
	k := j
	for k < limit && k-j < 90 && low[k] != ',' && low[k] != ';' && low[k] != '.' {
		k++
	}
	if k >= limit || k-j >= 90 || !x.betweenOK(j, k) || len(x.find(headRe, j, k)) > 0 || x.namedTitleEnd(j, k) >= 0 {
		return j
	}
	if !ministryWordRe.MatchString(low[j:k]) {
		return j
	}
	for k > j && low[k-1] == ' ' {
		k--
	}
	return k
}

// departmentOfRe: a director's title that names his department.
var departmentOfRe = mkf(`\b(?:general|generale|generala)\s+(?:de|del|du|des|of|for)\s`)

// ministryWordRe finds a word of a ministry's portfolio.
var ministryWordRe = mkf(`\b(?:protocolo|protocole|protocol|cancilleria|chancellerie|ordenes|ceremonial|cooperation|expatriates|expatries|integration|affairs|affaires|asuntos|trade|commerce|comercio|diaspora|francophonie|development|developpement|desarrollo|worship|culto|tourism|tourisme)\b`)

// stateSegmentEndRe is what may follow a state named alone after a title.
var stateSegmentEndRe = mkf(`^(?:\s*[,.;]|\s+(?:and|et|y)\b|\s*$)`)

// andBeforeRe ends the gap between two roles of one apposition.
var andBeforeRe = mkf(`\s(?:and|et|y)\s+$`)

// capacityRe introduces the title a person acts in, later in the sentence.
var capacityRe = mkfi(`\b(?:(?:en (?:sa |son )?qualite de|in (?:his|her) capacity as|(?:credentials|credence|creances?|credenciales) (?:as|en tant que|comme|como)|en (?:su )?calidad de|comme nouveau|comme nouvel|comme nouvelle|as the new|as new|como nuev[oa]|(?:accrediting|appointing|designating|naming) (?:him|her)(?: as)?|accredited as|acreditandol[oa] como|(?:la|lo|le) acreditan? (?:para ejercer (?:sus |las )?funciones )?como|l'accreditant comme|l'accreditent comme)\s+|en (?:sa |son )?qualite d')(?:(?:le|la|l'|the|el|nouvel?|nouvelle|new|nuev[oa]|non-resident|non resident|non-residente|no residente|non-resident)\s+)*`)

// capacityTitle returns the title a candidate name acts in when the sentence
// gives it later ("X … en qualité de haut-commissaire de la République
// d'Afrique du Sud", "X … comme nouveau représentant du Royaume"), with no
// other name in between; nil otherwise.
func (x *engine) capacityTitle(si int, c candidate, sp span) []part {
	low := x.f.low
	end := min(sp.e, c.e+240)
	m := x.indexIn(capacityRe, c.e, end)
	if m == nil && accreditationOfRe.MatchString(low[max(sp.s, c.s-30):c.s]) {
		// "the accreditation of X as High Commissioner of Barbados to Jamaica"
		if a := asCapacityRe.FindStringIndex(low[c.e:end]); a != nil {
			m = a
		}
	}
	if m == nil {
		return nil
	}
	hs := c.e + m[1]
	if otherSubjectRe.MatchString(low[c.e : c.e+m[0]]) {
		return nil // "remercier le Président X pour le soutien dont il a bénéficié durant sa mission en qualité de …": another's
	}
	objPronoun := strings.Contains(low[c.e+m[0]:hs], " him") || strings.Contains(low[c.e+m[0]:hs], " her")
	// "… les lettres de créance par lesquelles le président Y l'accrédite en qualité
	// d'ambassadeur": Y accredits; the pronoun is the one who presents
	accreditor := -1
	if objVerbRe.MatchString(low[max(c.e, c.e+m[0]-30) : c.e+m[0]]) {
		objPronoun = true
		for _, c2 := range x.cands[si] {
			if c2.e <= c.e+m[0] {
				accreditor = c2.s
			}
		}
	}
	if objPronoun && (c.words < 2 || c.s == accreditor || receiverGapRe.MatchString(low[max(sp.s, c.s-40):c.s])) {
		return nil // "… to President Y, appointing him …": Y receives; him is the one who presents, named in full
	}
	if giver := x.giverOf(si, sp); strings.Contains(low[c.e+m[0]:hs], "acredita") && giver != nil {
		// "La Consejera X entregó al Viceministro …, Y, las Cartas de Gabinete que la
		// acreditan … como Encargada de Negocios de Z": the one who hands them over
		if giver.s != c.s {
			return nil
		}
		objPronoun, accreditor = true, -1
		for _, c2 := range x.cands[si] {
			if c2.s > c.e && c2.s < hs {
				accreditor = c2.s // every name between is the receiver's side
			}
		}
	}
	for _, c2 := range x.cands[si] {
		if c2.s > c.e && c2.s < hs {
			if objPronoun && (c2.words < 2 || c2.s == accreditor || receiverGapRe.MatchString(low[max(c.e, c2.s-40):c2.s])) {
				continue // "X presented his credentials to President Y, appointing him …": him is the subject X
			}
			return nil // another person's title
		}
	}
	hl := x.anchored(headRe, hs, sp.e)
	if hl == 0 {
		return nil
	}
	he := hs + hl
	e := x.extendTitle(he, sp.e)
	if cs := x.namedTitleEnd(he, e); cs >= 0 {
		// "presented his credentials as Ambassador of the UAE to Paul X, President…": up to the other person
		e = cs
		if m := trailingToRe.FindStringIndex(low[he:e]); m != nil {
			e = he + m[0]
		}
	}
	return []part{{s: hs, e: e, head: low[hs:he], hs: hs, he: he}}
}

// giverOf returns the name candidate that opens sentence si as the subject
// of a verb of handing over ("X entregó …", "X presented …"), or nil.
func (x *engine) giverOf(si int, sp span) *candidate {
	if len(x.cands[si]) == 0 {
		return nil
	}
	c := &x.cands[si][0]
	if c.s-sp.s > 40 || !giveVerbRe.MatchString(x.f.low[c.e:min(sp.e, c.e+50)]) {
		return nil
	}
	return c
}

// giveVerbRe opens a clause whose subject hands something over.
var giveVerbRe = mkf(`^[^.;]{0,30}?\b(?:entrego|presento|remitio|hizo entrega|presented|handed|has presented|a remis|a presente|remet)\b`)

// accreditationOfRe ends "the accreditation of", "l'accréditation de",
// "el nombramiento de" before a name.
var accreditationOfRe = mkf(`\b(?:accreditation|appointment|nomination|designation|accreditement|nombramiento|acreditacion|designacion|nomination)\s+(?:of|de|du|del|d')\s*$`)

// asCapacityRe opens the capacity right after such a name: " as the non-resident ".
var asCapacityRe = mkf(`^\s*,?\s*(?:as|comme|como|en tant que)\s+(?:(?:the|le|la|l'|el|new|nouvel?|nouvelle|nuev[oa]|non-resident|non resident|no residente)\s*)*`)

// otherSubjectRe finds a relative clause with a subject of its own between
// a name and a capacity ("dont il a bénéficié", "that he received").
var otherSubjectRe = mkf(`\b(?:dont|qu'|que|which|that|del que|de la que|cuyo|cuya)\s*(?:il|elle|he|she|el|ella)\b`)

// cardinalBeforeRe ends the honorific of a cardinal before his name.
var cardinalBeforeRe = mkf(`\b(?:cardinal|cardenal)\s+$`)

// objVerbRe ends an object pronoun and a verb of accrediting or appointing
// ("l'accrédite", "lo acredita", "la nomme").
var objVerbRe = mkf(`(?:\bl'|\bla |\ble |\blo |\bles |\blos |\blas )(?:accredite\w*|acredita\w*|nomme\w*|nombra\w*|designe\w*|designa\w*)\s*$`)

// receiverGapRe ends the words that make the next name the one credentials
// or letters go to ("to President ", "au président ").
var receiverGapRe = mkf(`\b(?:to|au|a|ante|al)\s+(?:(?:the|le|la|el)\s+)?(?:[\w-]+\s+){0,2}$`)

// trailingToRe is a preposition left at the end of a title cut before a name.
var trailingToRe = mkf(`[\s,]+(?:to|a|au|aux|ante|before|aupres de|aupres du)?\s*$`)

// namedTitleEnd returns the start of a name of two words or more that ends
// the title view[he:e] (a title with its own holder), or -1.
func (x *engine) namedTitleEnd(he, e int) int {
	si := x.sentenceOf(he)
	if si < 0 || si >= len(x.cands) {
		return -1
	}
	for _, c := range x.cands[si] {
		if c.s > he && c.s < e && c.words >= 2 && (c.e >= e || strings.TrimSpace(x.f.low[c.e:e]) == "") {
			return c.s
		}
	}
	return -1
}

// holderInside reports whether a name of two words or more, not after a
// preposition, starts inside the title view[he:e] and ends before its end:
// the title's own holder ("envoy to India Mohammed Al-Jabir and Monaco").
func (x *engine) holderInside(he, e int) bool {
	si := x.sentenceOf(he)
	if si < 0 || si >= len(x.cands) {
		return false
	}
	for _, c := range x.cands[si] {
		if c.s > he && c.e < e && c.words >= 2 && !isPrep(c.prev) && c.prev != "," && x.mentAt(c.s) == nil && andAfterRe.MatchString(x.f.low[c.e:e]) {
			return true
		}
	}
	return false
}

// andAfterRe opens the rest of a title after a name: the next item of a list.
var andAfterRe = mkf(`^\s+(?:and|et|y)\s`)

// lowerTitleRe opens a lower-case envoy's or minister's title written right
// after a name.
var lowerTitleRe = mkf(`^(?:ambassadeur|ambassadrice|embajador|embajadora|ambassador|haut-commissaire|high commissioner|charge d'affaires|encargad[oa] de negocios)\b`)

// nameIn reports whether a name candidate of two words or more starts in view[s:e].
func (x *engine) nameIn(s, e int) bool {
	si := x.sentenceOf(s)
	if si < 0 || si >= len(x.cands) {
		return false
	}
	for _, c := range x.cands[si] {
		if c.s > s && c.s < e && c.words >= 2 {
			return true
		}
	}
	return false
}

// andNextRe finds the conjunction (and honorific) that opens the next
// person of a list inside what looked like one title.
var andNextRe = mkf(`\s(?:and|et|y)\s+(?:(?:sheikh|shaikh|cheikh|h\.e\.|s\.e\.|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme|sr\.|sra\.|his highness|her highness)\s+)*$`)

// regalSurnames are title words that are also surnames ("Enrique Reina",
// "Felipe Rey").
var regalSurnames = setOf(`reina rey reyes king prince principe`)

// regalGivenName reports whether toks[i], a ruler's title that is also a
// given name ("Sultan", "Amir"), opens a name right after another title:
// "Ambassador Sultan Chouzour", "Minister Amir Hatami".
func (x *engine) regalGivenName(toks []tok, i int) bool {
	t := toks[i]
	if t.low != "sultan" && t.low != "amir" || i == 0 || i+1 >= len(toks) {
		return false
	}
	up := x.f.up
	prev, next := toks[i-1], toks[i+1]
	return up[prev.e:t.s] == " " && up[t.e:next.s] == " " && x.isHead(prev.low) && x.nameOK(next) && !isInitial(next)
}

// nameWordBefore reports whether a capitalised word that may be part of a
// name comes right before view offset at, one space between: "Eduardo
// Reina" (but "la Reina", "Spanish Queen", "Morocco's King").
func (x *engine) nameWordBefore(at int) bool {
	up, low := x.f.up, x.f.low
	if at < 2 || up[at-1] != ' ' {
		return false
	}
	j := at - 1
	for j > 0 && isWordByte(low[j-1]) {
		j--
	}
	if j == at-1 || up[j] < 'A' || up[j] > 'Z' {
		return false
	}
	w := low[j : at-1]
	return !nameStop[w] && !x.isHead(w) && !honorifics[w] && !titleWordNotName(w) && x.mentAt(j) == nil
}

// regalSurname reports whether toks[k] is such a word closing a name: after
// a name word and not followed by another name word ("el canciller Enrique
// Reina, quien…", but "la Reina Letizia").
func regalSurname(toks []tok, k int, x *engine) bool {
	t := toks[k]
	if !isCap(t) || !regalSurnames[t.low] || k == 0 {
		return false
	}
	if k+1 < len(toks) && x.f.up[t.e:toks[k+1].s] == " " && x.nameOK(toks[k+1]) {
		return false
	}
	return true
}

// innerHonorific reports whether toks[k], an honorific word that is also a
// name inside a name ("Ismail Ould Cheikh Ahmed"), continues the name: a
// capitalised name word follows.
func innerHonorific(toks []tok, k int, x *engine) bool {
	t := toks[k]
	if !isCap(t) || k == 0 || k+1 >= len(toks) || !innerHonorifics[t.low] || x.f.up[t.e:toks[k+1].s] != " " {
		return false
	}
	if nameParticles[toks[k+1].low] && k+2 < len(toks) && x.f.up[toks[k+1].e:toks[k+2].s] == " " {
		return x.nameOK(toks[k+2]) // "Mohamed Ould Cheikh El Ghazouani"
	}
	return x.nameOK(toks[k+1]) && !isInitial(toks[k+1])
}

var innerHonorifics = setOf(`don dona cheikh sheikh shaikh chaikh amir emir sultan`)

// monthFirstNames are month names that are also given names ("Julio César").
var monthFirstNames = setOf(`julio abril june april august augusto january`)

// weekdaySurname reports whether t, a capitalised English weekday after a
// name word, is a surname: "Prime Minister Godwin Friday of Saint Vincent"
// (the state follows, where a date would not).
func (x *engine) weekdaySurname(t tok) bool {
	if !isCap(t) || !englishWeekdays[t.low] {
		return false
	}
	if ofStateAfterRe.MatchString(x.f.low[t.e:min(len(x.f.low), t.e+6)]) && x.mentAt(t.e+4) != nil {
		return true
	}
	// "Dr. Godwin Friday, Minister of Tourism": a capitalised title after a comma
	k := t.e + 2
	return k < len(x.f.low) && x.f.low[t.e] == ',' && x.f.low[t.e+1] == ' ' && x.f.up[k] >= 'A' && x.f.up[k] <= 'Z' && x.anchored(headRe, k, min(len(x.f.low), k+60)) > 0
}

// englishWeekdays are the weekdays that are also surnames.
var englishWeekdays = setOf(`friday sunday monday tuesday`)

// ofStateAfterRe opens "of" before a state.
var ofStateAfterRe = mkf(`^ of `)

// monthAsFirstName reports whether toks[i], a month name that is also a
// given name, starts a name: followed by a capitalised name word.
func monthAsFirstName(toks []tok, i int, x *engine) bool {
	t := toks[i]
	if !isCap(t) || !monthFirstNames[t.low] || i+1 >= len(toks) || x.f.up[t.e:toks[i+1].s] != " " {
		return false
	}
	if i > 0 && toks[i-1].up != "" && toks[i-1].up[0] >= '0' && toks[i-1].up[0] <= '9' {
		return false // "12 January Tom Ward met…": a date
	}
	nx := toks[i+1]
	return x.nameOK(nx) && !isInitial(nx) && x.mentAt(nx.s) == nil
}

// placeAsFirstName reports whether toks[i], a city or capital of the
// gazetteer, is the first name of a person: right after a comma, followed
// by a name word ("Ministro de Comercio, Santiago Rojas").
func (x *engine) placeAsFirstName(toks []tok, i int) bool {
	t := toks[i]
	if !isCap(t) || i == 0 || i+1 >= len(toks) {
		return false
	}
	m := x.mentAt(t.s)
	if m == nil || m.s != t.s || m.e != t.e || !(m.capital || m.city) {
		return false
	}
	up := x.f.up
	if up[t.e:toks[i+1].s] != " " {
		return false
	}
	if gap := strings.TrimSpace(up[toks[i-1].e:t.s]); gap != "," && !(gap == "" && x.isHead(toks[i-1].low)) {
		return false // "Ministro de Comercio, Santiago Rojas", "el canciller Santiago Cafiero"
	}
	nx := toks[i+1]
	return x.nameOK(nx) && !isInitial(nx) && x.mentAt(nx.s) == nil
}

// mentionInName reports whether toks[k], a gazetteer mention, sits between
// two name words with single spaces: "Álvaro Mauricio Echeverry".
func (x *engine) mentionInName(toks []tok, k int) bool {
	if k == 0 || k+1 >= len(toks) || !isCap(toks[k]) || isInitial(toks[k]) {
		return false
	}
	m := x.mentAt(toks[k].s)
	if m == nil || m.s != toks[k].s || m.e != toks[k].e || m.kind == kOrg {
		return false
	}
	up := x.f.up
	if up[toks[k-1].e:toks[k].s] != " " || up[toks[k].e:toks[k+1].s] != " " {
		return false
	}
	nx := toks[k+1]
	return x.nameOK(nx) && !isInitial(nx) && x.mentAt(nx.s) == nil
}

// part is one role of a title chain.
type part struct {
	s, e   int // view span of the role text
	head   string
	hs, he int
}

// sepRe separates two roles of one title chain ("Vice-premier ministre,
// ministre des Affaires étrangères", "Deputy Prime Minister - Minister of
// Foreign Affairs").
var sepRe = mkf(`,|/|\bet\b|\band\b|\by\b|;|[a-z]-\s*$|^\s+[-–—]\s+$`)

// betweenOK reports whether view[a:b] can sit inside a title: complements,
// capitalised words, state and organisation names.
func (x *engine) betweenOK(a, b int) bool {
	if b-a > 220 {
		return false
	}
	low, up := x.f.low, x.f.up
	portfolio := 0 // words left of a portfolio ("chargé de la supervision des médias officiels")
	for i := a; i < b; {
		c := low[i]
		if !isWordByte(c) {
			switch c {
			case ',':
				portfolio = 0
			case '(':
				// "(ministre de l'information)": a gloss inside the title
				if k := strings.IndexByte(low[i:b], ')'); k > 0 && k < 60 {
					i += k + 1
					continue
				}
			}
			switch c {
			case ' ', ',', '\'', '-', '.', '(', ')', '/': // "Deputy Prime Minister/Foreign Minister"
				i++
				continue
			}
			return false
		}
		j := i
		for j < b && isWordByte(low[j]) {
			j++
		}
		w := low[i:j]
		switch {
		case portfolioOpen[w] && j+1 < b && complementStart[firstWord(low[j+1:b])]:
			portfolio = 10
		case portfolio > 0:
			portfolio-- // any word of the portfolio the title is in charge of
		case (w == "par" || w == "por") && strings.HasPrefix(low[j:b], " interim"):
			// "secrétaire général du gouvernement par intérim"
		case betweenWords[w]:
		case up[i] >= 'A' && up[i] <= 'Z' || up[i] >= 0x80:
		case x.mentAt(i) != nil:
		default:
			return false
		}
		i = j
	}
	return true
}

// possessiveAndRe ends "and" and a possessive state before a title head.
var possessiveAndRe = mkf(`\band\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+'s\s*$`)

// portfolioOpen are the words that open a portfolio in free words: "ministre
// chargé de la supervision des médias", "encargado de la promoción".
var portfolioOpen = setOf(`charge chargee chargees encargado encargada`)

// titleBefore returns the role parts of the title chain ending right before
// a name at view offset ns, not reaching back before barrier.
// juniorToRe is a junior minister's head, whose complement names the
// minister served ("Minister Delegate to the Minister of Foreign Affairs",
// "ministra delegada del ministro"): the title goes on, no addressee.
var juniorToRe = mkf(`^(?:minister delegate|ministre delegue|ministre deleguee|ministro delegado|ministra delegada)$`)

func (x *engine) titleBefore(barrier, ns int) []part {
	low := x.f.low
	if barrier > ns {
		return nil
	}
	hs := x.find(headRe, barrier, ns)
	cur := ns
	var parts []part
	for k := len(hs) - 1; k >= 0; k-- {
		h0, h1 := hs[k][0], hs[k][1]
		if h1 > cur {
			continue
		}
		if h0 > barrier && low[h0-1] == '(' && strings.IndexByte(low[h1:cur], ')') >= 0 {
			continue // "chargé des médias (ministre de l'information), X": a gloss of the title before
		}
		if !x.betweenOK(h1, cur) {
			break
		}
		if regalSurnames[low[h0:h1]] && x.nameWordBefore(h0) {
			break // "los ministros de Honduras, Eduardo Reina, y Cuba, X": a surname, no queen
		}
		if len(parts) > 0 && elliptic(low[h0:h1]) {
			break // "et celle du Ministre de l'Europe et des Affaires étrangères, M. X": the minister's own title
		}
		between := low[h1:cur]
		if len(parts) > 0 && (addresseeRe.MatchString(between) && !parliamentarySecRe.MatchString(low[h0:h1]) && !juniorToRe.MatchString(low[h0:h1]) || otherPersonRe.MatchString(between) ||
			genitiveHeadRe.MatchString(between) && !strings.Contains(low[parts[0].he:ns], ",") && sovereignHead(parts[0].head)) {
			break // "un message du Président tchadien au Roi X": the title of another person
		}
		if len(parts) > 0 && genitiveHeadRe.MatchString(between) && sovereignHead(parts[0].head) && capacityBeforeRe.MatchString(low[max(barrier, h0-30):h0]) {
			break // "en tant qu'envoyé spécial du président de la République, M. X": the capacity is the subject's, X the President
		}
		if len(parts) > 0 && strings.TrimSpace(between) == "," && x.frontedHead(h0) {
			break // "In a meeting with the Malaysian Foreign Minister, President X": another person's title
		}
		if len(parts) > 0 && andArticleRe.MatchString(between) {
			break // "el presidente del Ejecutivo español y el rey Mohamed VI": two persons
		}
		if len(parts) > 0 && strings.TrimSpace(between) == "'s" {
			break // "the King's Chamberlain, X", "the President's Special Envoy X": the possessor's title is not X's
		}
		if len(parts) > 0 && possessiveAndRe.MatchString(between) {
			break // "Ghana's president and South Africa's president, X": two persons
		}
		if len(parts) > 0 && commaArticleRe.MatchString(between) && !strings.HasPrefix(parts[0].head, "ambassad") && !strings.HasPrefix(parts[0].head, "embajador") {
			// "En s'adressant à l'ambassadeur du Pakistan, le président X": a new
			// noun phrase, another person's title before it (but "le
			// sous-secrétaire d'Etat, l'Ambassadeur X": a rank as honorific)
			break
		}
		if len(parts) == 0 && strings.HasPrefix(between, "'s ") {
			break // "at President's House, St Ann's": the holder owns a place, no title
		}
		if len(parts) == 0 && commaAndRe.MatchString(between) {
			break // "X, Nigeria's High Commissioner to Namibia, and Amb. Y": X's apposition
		}
		if len(parts) == 0 {
			// a direct title ("le président X") or an apposition ("le ministre …, X")
			parts = append(parts, part{s: h0, e: cur, head: low[h0:h1], hs: h0, he: h1})
		} else if sepRe.MatchString(between) {
			parts = append(parts, part{s: h0, e: cur, head: low[h0:h1], hs: h0, he: h1})
		} else {
			p := &parts[len(parts)-1]
			p.s, p.head, p.hs, p.he = h0, low[h0:h1], h0, h1
		}
		cur = h0
	}
	if len(parts) == 0 {
		return nil
	}
	// a demonym or state right before the first head belongs to it ("Moroccan Foreign Minister")
	first := &parts[len(parts)-1]
	if m := x.indexIn(preDomainRe, max(barrier, first.s-40), first.s); m != nil {
		first.s = max(barrier, first.s-40) + m[0]
	}
	for _, m := range x.mentsIn(max(barrier, first.s-40), first.s) {
		if m.e > first.s {
			continue // a mention running into the title
		}
		g := strings.TrimSpace(low[m.e:first.s])
		if (m.kind == kState || m.kind == kOrg) && (g == "" || g == "'s" || g == "'" || g == ")" && m.s > 0 && low[m.s-1] == '(') {
			first.s = m.s // "Moroccan Foreign Minister", "United Nations Personal Envoy", "United States (US) Ambassador"
		} else if m.kind == kState && !m.demonym && possessivePortfolio(x.f.up[m.e:first.s]) {
			first.s = m.s // "Vietnam's Labour Minister": the portfolio between the possessive and the head
		}
	}
	// chain in text order
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return parts
}

// inChargeForeignRe is a deputy prime minister's portfolio of foreign
// affairs ("en charge des affaires étrangères", "in charge of foreign affairs").
var inChargeForeignRe = mkf(`^\W*(?:en charge des|charge des|chargee? des|in charge of|encargad[oa] de|a cargo de)\s+(?:(?:la|las|les|the)\s+)?(?:affaires etrangeres|relations exterieures|foreign affairs|relaciones exteriores|asuntos exteriores)\b`)

// styleCommaRe ends the comma and article before a prince's style ("…, l'Emir").
var styleCommaRe = mkf(`,\s*(?:l'|le\s+|the\s+|el\s+|al\s+)?$`)

// ourEnvoyRe is a first-person possessive before an envoy's title and his
// post ("nuestro Embajador en Brasil, Compañero ", "our ambassador in").
var ourEnvoyRe = mkf(`\b(?:notre|nos|our|nuestro|nuestra|nuestros)\s+(?:ambassadeur|ambassadrice|ambassador|embajador|embajadora|ambassadeurs|ambassadors|embajadores)\b[^.;]{0,45}$`)

// possessivePortfolio reports whether s is a state's possessive and the
// capitalised portfolio before a title head ("'s Labour ", "'s Law and
// Justice "), one to three words.
func possessivePortfolio(s string) bool {
	rest, ok := strings.CutPrefix(s, "'s ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 3 || !strings.HasSuffix(s, " ") {
		return false
	}
	for _, w := range ws {
		if w != "and" && w != "&" && !(w[0] >= 'A' && w[0] <= 'Z' && len(w) > 1 && w[1] >= 'a' && w[1] <= 'z') {
			return false
		}
	}
	return true
}

// capacityBeforeRe ends the words that make the title after them the
// capacity of the sentence's subject ("en tant qu'envoyé spécial", "as special envoy").
var capacityBeforeRe = mkf(`\b(?:en tant que?|en tant qu'|en qualite de|en qualite d'|as|como|en calidad de|in (?:his|her) capacity as)\s*(?:(?:the|le|la|l'|el)\s*)?$`)

// andArticleRe: a conjunction and an article that open a new title.
var andArticleRe = mkf(`\s(?:y|et|and)\s+(?:el|la|le|l'|the)\s*$`)

// commaArticleRe: a comma and an article that open a new title.
var commaArticleRe = mkf(`,\s*(?:le|la|l'|les|the|el|los|las)\s*$`)

// commaAndRe: a comma and a conjunction right before a name, or a
// conjunction and an honorific ("La ministre d'État ivoirienne et M.
// Bourita"), which end an apposition or title of the person before ("…, Nigeria's High Commissioner to
// Namibia, and Amb. Y"); not a ministry's list ("…, African Cooperation,
// and Moroccan Expatriates, Mr. X").
var commaAndRe = mkf(`(?:,\s*(?:and|et|y|e)\s+(?:(?:amb|mr|mrs|ms|dr|m|mme|sr|sra|h\.e|s\.e|he|se)\.?\s+)?|\s(?:and|et|y)\s+(?:amb|mr|mrs|ms|dr|m|mme|sr|sra|h\.e|s\.e)\.?\s+)$`)

var preDomainRe = mkfi(`(?:\b(?:foreign|external|interior|home|defen[cs]e|trade|finance|economy|health|energy|justice)(?:\s+and\s+[a-z]+)?\s+(?:affairs\s+)?)$`)

// firstViceRe is an ordinal before a vice-title; its group ends the ordinal.
var firstViceRe = mkf(`^(?:premier|first|primer|primera|premiere|second|segundo|segunda|deuxieme|seconde|third|troisieme|tercer|tercera|1st|2nd|3rd)(\s+)vice`)

// residenceAdjRe is the residence qualifier of an ambassador before the head.
var residenceAdjRe = mkf(`^(?:non-resident|non resident|resident|new)\s+`)

// newAdjRe is the "new" of a newly appointed holder's title, and a
// residence ("non-resident Ambassador of Mexico").
// namedAsRe opens a relative clause naming the title of the name before it
// ("X, who was named the first Ambassador …", "qui a été nommée ambassadrice").
var namedAsRe = mkf(`^(?:who (?:was|is|has been|had been) (?:recently |newly |just )?(?:named|appointed|designated|accredited) (?:as )?|qui (?:a ete|est|avait ete) (?:nommee?|designee?|accreditee?) (?:comme |en qualite d')?|quien (?:fue|es|ha sido) (?:nombrad[oa]|designad[oa]|acreditad[oa]) (?:como )?)`)

// ordinalAdjRe is an ordinal before a title ("the first Ambassador").
var ordinalAdjRe = mkf(`^(?:first|premier|premiere|primer|primera)\s+`)

var newAdjRe = mkf(`^(?:(?:nouvel|nouveau|nouvelle|new|nuevo|nueva|incoming|outgoing|sortant|sortante|saliente|actuel|actuelle|current|actual)\s+)?(?:(?:non-resident|non resident|nonresident|resident|no residente|no resident|concurrente|non-residente|non residente)\s+)?`)

// articleRe matches the articles opening a text, with their spaces. It is
// built of articleWords; articlesEnd matches it without the regexp.
var articleRe = mkf(`^(?:\s*(?:` + strings.Join(articleWords, "|") + `)\b\s*)+`)

// articleWords are the alternatives of articleRe, in the pattern's order.
var articleWords = []string{"le", "la", "l'", "les", "the", "el", "los", "las", "un", "une", "an?", "son", "sa", "su", "his", "her", "its"}

// articleStrings are articleWords expanded in the order the regexp prefers
// them ("an?": "an" before "a").
var articleStrings, _ = expand(strings.Join(articleWords, "|"))

// articlesEnd returns the end of articleRe's match in s, -1 when none: the
// regexp's backtracking written out. Each round skips spaces, takes the
// first article followed by \b, then the spaces after it; the rounds go on
// while one matches (a space never starts an article, so the greedy \s*
// give nothing back, and the first article that fits is kept, all the
// pattern after a round being optional).
func articlesEnd(s string) int {
	end := -1
	for i := skipSpaces(s, 0); ; {
		n := 0
		for _, a := range articleStrings {
			if strings.HasPrefix(s[i:], a) && reBoundary(s, i+len(a)) {
				n = len(a)
				break
			}
		}
		if n == 0 {
			return end
		}
		i = skipSpaces(s, i+n)
		end = i
	}
}

// dashSepLen returns the length of a dash and the space after it opening
// s ("- ", "– ", "— "), 0 if none.
func dashSepLen(s string) int {
	for _, d := range []string{"- ", "– ", "— "} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// titleAfter returns the role parts of an apposition after a name at view
// offset ne: "X, ministre des Affaires étrangères, …".
func (x *engine) titleAfter(ne, limit int, titled bool) []part {
	low := x.f.low
	ne = x.skipPostNominals(ne, limit) // "Baroness X of Y DBE, Minister of State"
	i := ne
	for i < limit && low[i] == ' ' {
		i++
	}
	if i >= limit {
		return nil
	}
	// "Xavier Leblanc ambassadeur du Royaume de Belgique près le Bénin, …": a
	// lower-case title right after an untitled name, with no comma
	noComma := low[i] != ',' && !titled && i > ne && x.f.up[i] >= 'a' && x.f.up[i] <= 'z' && lowerTitleRe.MatchString(low[i:min(limit, i+14)])
	// "• Mr. X - Ambassador of Y": a dash before the title of an untitled name
	dash := 0
	if low[i] != ',' && !noComma && !titled {
		dash = dashSepLen(low[i:limit])
	}
	if dash == 0 && low[i] == '\n' && i+1 < limit && x.anchored(headRe, i+1, limit) > 0 && rosterNameRe.MatchString(low[x.sents[x.sentenceOf(i)].s:i]) {
		dash = 1 // a roster: "His Excellency X Y\nAmbassador of Z"
	}
	if low[i] != ',' && !noComma && dash == 0 {
		return nil
	}
	var parts []part
	for i < limit && (low[i] == ',' || noComma || dash > 0) {
		j := i + 1
		if noComma {
			j, noComma = i, false
		}
		if dash > 0 {
			j, dash = i+dash, 0
		}
		for j < limit && low[j] == ' ' {
			j++
		}
		// "X, who was named the first Ambassador …": the title of a relative clause
		relative := false
		if m := namedAsRe.FindStringIndex(low[j:limit]); m != nil && len(parts) == 0 {
			j += m[1]
			relative = true
		}
		// optional article and demonym before the head
		article := false
		if end := articlesEnd(low[j:limit]); end >= 0 {
			article = true
			if titled && len(parts) == 0 && !relative {
				// "Reçu par le président X, le chef de la diplomatie …": a new subject
				break
			}
			j += end
		}
		if m := ordinalAdjRe.FindStringIndex(low[j:limit]); m != nil && relative {
			j += m[1] // "who was named the first Ambassador"
		}
		if m := newAdjRe.FindStringIndex(low[j:limit]); m != nil && m[1] > 0 {
			j += m[1] // "X, nueva embajadora del Reino de España"
		}
		if m := firstViceRe.FindStringSubmatchIndex(low[j:limit]); m != nil {
			j += m[3] // "X, premier vice-Premier ministre": the ordinal of a vice-premier
		}
		pstart := j
		for _, m := range x.mentsIn(j, min(limit, j+40)) {
			if m.s == j && m.kind == kState {
				j = m.e
				if strings.HasPrefix(low[j:limit], "'s ") {
					j += 2 // "X, the UAE's non-resident Ambassador to Tonga"
				}
				for j < limit && low[j] == ' ' {
					j++
				}
				if m := residenceAdjRe.FindStringIndex(low[j:limit]); m != nil {
					j += m[1]
				}
			}
		}
		hl := 0
		if j < limit && isWordByte(low[j]) && (j == 0 || !isWordByte(low[j-1])) {
			hl = x.anchored(headRe, j, limit)
			if hl > 0 && strings.HasPrefix(low[j+hl:min(limit, j+hl+3)], "'s ") {
				// "the Minister's Special Assistant": the holder's title comes after the possessive
				k := j + hl + 3
				if hl2 := x.anchored(headRe, k, limit); hl2 > 0 {
					j, hl = k, hl2
				} else if k2, kl := x.headAfterModifiers(k, limit); kl > 0 {
					j, hl = k2, kl
				} else {
					hl = 0
				}
			}
		}
		loc := []int{0, hl}
		if hl == 0 {
			// "X, National Security Advisor": capitalised modifiers before the head
			if k, kl := x.headAfterModifiers(j, limit); kl > 0 {
				loc = []int{k - j, k - j + kl}
				hl = kl
			}
		}
		if hl == 0 && len(parts) > 0 {
			// "X, Secretary of State, Holy See, and Y": the state of the title
			if m := x.mentAt(pstart); m != nil && m.s == pstart && m.kind == kState && !m.demonym && stateSegmentEndRe.MatchString(low[m.e:min(limit, m.e+6)]) {
				parts[len(parts)-1].e = m.e
				i = m.e
				for i < limit && low[i] == ' ' {
					i++
				}
				continue
			}
		}
		if hl == 0 {
			if len(parts) > 0 {
				// a complement continuing the previous role
				w := firstWord(low[j:limit])
				if !complementStart[w] {
					// "Minister of Foreign Affairs, African Cooperation and Moroccan
					// Expatriates;": a capitalised continuation of the ministry's name
					if k := x.capitalComplement(j, limit); k > j {
						parts[len(parts)-1].e = k
						i = k
						for i < limit && low[i] == ' ' {
							i++
						}
						continue
					}
				}
				if complementStart[w] {
					e := x.extendTitle(j, limit)
					if e > j {
						parts[len(parts)-1].e = e
						i = e
						for i < limit && low[i] == ' ' {
							i++
						}
						continue
					}
				}
			}
			break
		}
		hs, he := j+loc[0], j+loc[1]
		if h := low[hs:he]; elliptic(h) {
			break // "X, celui de la Turquie, Y": the next person's title
		}
		e := x.extendTitle(he, limit)
		if (titled || article) && len(parts) == 0 && x.commaName(e, limit) {
			break // "…of Guinea to Ghana, X, High Commissioner of Canada to Ghana, Y": Y's title
		}
		if titled && len(parts) == 0 && x.nameRightAfter(e, limit) {
			break // "Minister of Bangladesh Dr X Y, Ambassador of Nepal to Bangladesh Dr Z W": W's title
		}
		if len(parts) == 0 && pstart < hs && (x.nameRightAfter(e, limit) || x.nameRightAfter(he, limit)) {
			if m := x.mentAt(pstart); m != nil && m.kind == kState && m.demonym {
				break // "X, Polish Ambassador Y in addition to …": Y's title, a demonym before its head
			}
		}
		if article && !x.opensSentence(ne) {
			if m := auxParticipleRe.FindStringIndex(low[he:min(limit, e+30)]); m != nil && he+m[0] <= e {
				break // "avec X, le ministre français a confirmé": the title's extension took the auxiliary for "à"
			}
		}
		if article && (reportingVerbAfterRe.MatchString(low[e:min(limit, e+25)]) || len(parts) > 0 && subjectVerbAfterRe.MatchString(low[e:min(limit, e+25)])) && !x.opensSentence(ne) {
			break // "following his talks with Mr. X, the special envoy said", "X, nuevo embajador de Vietnam, el Presidente cubano subrayó": a new subject
		}
		if x.holderInside(he, e) {
			break // "Along with X, Qatari envoy to India Y Z and …": Y Z's title
		}
		if cs := x.namedTitleEnd(he, e); cs >= 0 {
			// "X, Foreign Minister Y Z, …": the title of the next person; but
			// "X, Minister of the Interior and Shaikh Y Z": X's title, then Y
			// (unless a name follows the title before the "and": "Along with X,
			// Qatari envoy to India Y Z and Monaco ambassador W V")
			if m := andNextRe.FindStringIndex(low[he:cs]); m != nil && !x.nameIn(he, he+m[0]) {
				e = he + m[0]
				for _, h := range x.find(headRe, he, e) {
					if h[0] > he {
						if m2 := andBeforeRe.FindStringIndex(low[he:h[0]]); m2 != nil {
							parts = append(parts, part{s: pstart, e: he + m2[0], head: low[hs:he], hs: hs, he: he})
							pstart, hs, he = h[0], h[0], h[1]
						}
					}
				}
				parts = append(parts, part{s: pstart, e: e, head: low[hs:he], hs: hs, he: he})
			} else if len(parts) == 0 {
				// "X, foreign policy adviser to Azeri President Y Z": X serves
				// the next person; his title ends before that one's
				if hs2 := x.servedHead(he, cs); hs2 > he {
					parts = append(parts, part{s: pstart, e: hs2, head: low[hs:he], hs: hs, he: he})
				}
			}
			break
		}
		// "X, Deputy Prime Minister and Minister of the Interior": two roles
		for _, h := range x.find(headRe, he, e) {
			if h[0] <= he {
				continue
			}
			if m := andBeforeRe.FindStringIndex(low[he:h[0]]); m != nil {
				parts = append(parts, part{s: pstart, e: he + m[0], head: low[hs:he], hs: hs, he: he})
				pstart, hs, he = h[0], h[0], h[1]
			}
		}
		parts = append(parts, part{s: pstart, e: e, head: low[hs:he], hs: hs, he: he})
		i = e
		for i < limit && low[i] == ' ' {
			i++
		}
	}
	return parts
}

// auxParticipleRe finds an auxiliary and a past participle, a finite verb:
// "a confirmé", "has confirmed", "ha confirmado".
var auxParticipleRe = mkf(`\s(?:a|ont|has|have|ha|han)\s+(?:(?:egalement|aussi|also|ainsi|tambien|deja|already)\s+)?[a-z]{3,}(?:e|es|ee|ees|ed|ado|ada|ados|ido|ida|idos|u|us|is|it|ert|ait)\b`)

// opensSentence reports whether the name ending at view offset ne opens its
// sentence ("X, the new UK High Commissioner has arrived"): an apposition
// after it cannot be a new subject.
func (x *engine) opensSentence(ne int) bool {
	si := x.sentenceOf(ne)
	if si < 0 || si >= len(x.cands) {
		return false
	}
	for _, c := range x.cands[si] {
		if c.e == ne {
			return strings.TrimSpace(x.f.low[x.sents[si].s:c.s]) == ""
		}
	}
	return false
}

func firstWord(s string) string {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// extendTitle extends a title from a over complement words up to the next
// comma, parenthesis or word that cannot belong to a title.
func (x *engine) extendTitle(a, limit int) int {
	low, up := x.f.low, x.f.up
	end := a
	afterConj, prev := false, ""
	conjAt := -1 // the end of the title before the last conjunction, while only articles and places follow it
	for i := a; i < limit; {
		c := low[i]
		if c == '(' && end == a && strings.TrimSpace(low[a:i]) == "" {
			// "Secretary (East)": a qualifier in brackets right after the head
			if k := strings.IndexByte(low[i:min(limit, i+25)], ')'); k > 1 && !strings.ContainsAny(low[i+1:i+k], ",;.(") {
				i += k + 1
				end = i
				continue
			}
		}
		if c == ',' || c == ';' || c == ':' || c == ')' || c == '(' || c == '.' && (i+1 >= limit || low[i+1] == ' ') {
			break
		}
		if !isWordByte(c) {
			i++
			continue
		}
		j := i
		for j < limit && isWordByte(low[j]) {
			j++
		}
		w := low[i:j]
		m := x.mentAt(i)
		ok := betweenWords[w] || m != nil || (up[i] >= 'A' && up[i] <= 'Z' || up[i] >= 0x80) ||
			w == "at" && atMinistryRe.MatchString(low[j:min(limit, j+20)]) // "secretary of state at the Ministry of …"
		if !ok && (w == "ministres" || w == "ministros" || w == "ministers") && (prev == "des" || prev == "de" || prev == "of") {
			ok = true // "vice-président du Conseil des ministres"
		}
		if !ok && afterConj {
			// "vice-premier ministre et ministre des affaires étrangères": a
			// second, lower-case title after the conjunction
			if hl := x.anchored(headRe, i, limit); hl > 0 {
				j, ok = i+hl, true
			}
		}
		if !ok || honorifics[w] || x.nameAfterConj(w, j, limit) {
			if conjAt >= 0 && !ok && clauseNounRe.MatchString(w) {
				end = conjAt // "Foreign Secretary and the Bangladesh delegation was led by…": the next clause
			}
			break // "ministre des Affaires étrangères et Saad El Othmani, …": the next person
		}
		afterConj = w == "et" || w == "and" || w == "y"
		if afterConj {
			conjAt = end
		} else if m == nil && !betweenWords[w] {
			conjAt = -1 // a capitalised complement after the conjunction: the title goes on
		}
		prev = w
		if m != nil && m.e > j && m.e <= limit {
			j = m.e // a place with a dot inside: "to St. John's"
		}
		i = j
		end = j
	}
	return end
}

var (
	foreignRe    = mkf(`\bdes a\.e\.|international relations and co-?operation|relations internationales et (?:de la )?cooperation|relaciones internacionales y cooperacion|relaciones internacionales|international relations$|foreign and \w+ affairs|affaires etrangeres?|affaires exterieures|relations exterieures|external relations|relaciones exteriores|foreign affairs|foreign minister|foreign secretary|external affairs|exteriores|chef de la diplomatie|chief of diplomacy|top diplomat|jefe de la diplomacia|jefa de la diplomacia|cheffe de la diplomatie`)
	bodyRe       = mkf(`\b(?:senat|senate|senado|chambre|chamber|camara|parlement|parliament|parlamento|assemblee|assembly|asamblea|congres|congress|congreso|conseil|council|consejo|cour|court|tribunal|poder judicial|judicial|judiciaire|judiciary|fondation|foundation|fundacion|region|regional|commune|municipal|comite|committee|association|asociacion|federation|banque|bank|banco|universite|university|universidad|groupe|group|grupo|club|chambres?|conferencia|conference|delegation|delegacion|ville|city|ciudad|province|provincia)\b`)
	parliamentRe = mkf(`\b(?:senat|senate|senado|parlement|parliament|parlamento|assemblee nationale|national assembly|asamblea nacional|congres|congress|congreso|chambre des|house of|camara de)\b`)
	commissionRe = mkf(`\b(?:commission|comision)\b`)
	// councilOfMinistersRe: the president of the council of ministers heads the government
	// juntaRe: the president of such a council heads the state
	juntaRe              = mkf(`\b(?:conseil militaire|conseil de souverainete|conseil souverain|military council|sovereignty council|sovereign council|consejo militar|consejo soberano|consejo de soberania)\b`)
	cabinetRe            = mkf(`\b(?:consejo de ministros|conseil des ministres|council of ministers|cabinet of ministers|cabinet des ministres|gabinete de ministros)\b`)
	bareCouncilRe        = mkf(`^\W*(?:(?:le|la|el|the)\s+)?(?:president|presidente|presidenta) (?:du conseil|del consejo|of the council)\s*(?:,.*)?$`)
	councilOfMinistersRe = mkf(`\b(?:consejo de ministros|conseil des ministres|council of ministers)\b`)
	orgLikeRe            = mkf(`\b(?:onu|un|nations unies|united nations|naciones unidas|hcr|unhcr|droits de l.homme|human rights|derechos humanos|refugies|refugees|refugiados)\b`)
	deputyRe             = mkf(`\b(?:adjoint|adjointe|deputy|adjunto|adjunta|vice|assistant)\b`)
)

// classify maps a role part to the role vocabulary. It returns "counterpart"
// for "son homologue" (resolved later) and "secretary" for a bare US-style
// "Secretary X".
// secretaryQualifiedRe is a secretary's title with a qualifier in brackets
// ("Secretary (East)", "Secretary (ER)").
var secretaryQualifiedRe = mkf(`^secretary \([a-z&' ]{1,20}\)`)

// parliamentarySecRe is a parliamentary secretary's title: an MP assisting a minister.
var parliamentarySecRe = mkf(`\b(?:secretaire parlementaire|parliamentary secretary|secretari[oa] parlamentari[oa])\b`)

// holySeeRe names the Holy See in a title.
var holySeeRe = mkf(`\b(?:vatican|holy see|saint-siege|saint siege|santa sede|vaticano)\b`)

// relationsWithStatesRe is the Holy See's foreign minister's title.
var relationsWithStatesRe = mkf(`\b(?:secretary for relations with states|secretaire pour les relations avec les etats|secretario para las relaciones con los estados)\b`)

func classify(head, part string) string {
	h := strings.ReplaceAll(head, "-", " ")
	switch {
	case parliamentarySecRe.MatchString(part):
		return "official" // "le Secrétaire parlementaire de la ministre des Affaires étrangères"
	case relationsWithStatesRe.MatchString(part):
		return "foreign_minister" // the Holy See's Secretary for Relations with States
	case (h == "secretary of state" || h == "secretaire d'etat" || h == "secretario de estado") && holySeeRe.MatchString(part):
		return "official" // the Vatican's Secretary of State heads the Secretariat of State
	case (h == "titular de" || h == "titular del") && (parliamentRe.MatchString(part) || strings.Contains(part, "judicial") || strings.Contains(part, "congreso")):
		return "official" // "el titular del Congreso", "del Poder Judicial"
	case h == "titular de la misma cartera":
		return "counterpart" // "titular de la misma cartera en Mali"
	case h == "titular de" || h == "titular del":
		if foreignRe.MatchString(part) || strings.Contains(part, "mirex") || strings.Contains(part, "cancilleria") {
			return "foreign_minister"
		}
		return "minister" // "titular de Comercio Exterior e Inversión Extranjera"
	case strings.HasPrefix(h, "chef du departement") || strings.HasPrefix(h, "cheffe du departement") || strings.HasPrefix(h, "head of the") && strings.Contains(h, "foreign affairs") || strings.HasPrefix(h, "titular de"):
		return "foreign_minister" // "chef du Département fédéral des affaires étrangères", "titular de Relaciones Exteriores"
	case (h == "homologue" || h == "counterpart" || h == "homologo" || h == "homologa" || h == "colega") && strings.Contains(part, "minist") && foreignRe.MatchString(part):
		return "foreign_minister" // "his counterpart Minister of International Relations and Cooperation"
	case h == "homologue" || h == "counterpart" || h == "homologo" || h == "homologa" || h == "su par" || h == "colega":
		return "counterpart"
	case h == "tanaiste":
		return "deputy_prime_minister" // Ireland's
	case h == "taoiseach":
		return "head_of_government" // Ireland's
	case strings.Contains(h, "vice premier") || strings.Contains(h, "vice premiere") || h == "deputy prime minister" || h == "vice prime minister" || h == "alternate prime minister" || h == "vicepresidenta primera" || h == "vicepresidente primero":
		return "deputy_prime_minister"
	case (h == "vicepresidente" || h == "vicepresidenta" || strings.HasPrefix(h, "vice president") || strings.HasPrefix(h, "deputy chair") || strings.HasPrefix(h, "vice chair")) && cabinetRe.MatchString(part):
		return "deputy_prime_minister" // "vicepresidente del Consejo de Ministros", "Deputy Chairman of the Cabinet of Ministers"
	case h == "vicepresidente" || h == "vicepresidenta":
		if strings.Contains(part, "gobierno") {
			return "deputy_prime_minister"
		}
		return "official"
	case strings.Contains(h, "premier ministre") || strings.Contains(h, "premiere ministre") || h == "prime minister" || strings.Contains(h, "gouvernement") || h == "head of government" ||
		h == "primer ministro" || h == "primera ministra" || strings.Contains(h, "del gobierno") || h == "chancellor":
		return "head_of_government"
	case strings.HasPrefix(h, "chef de la junte") || strings.HasSuffix(h, "de la transition") || h == "presidente de la transicion" || h == "jefe de la junta":
		return "head_of_state"
	case h == "mandatario" || h == "mandataria":
		return "head_of_state" // "el mandatario chileno"
	case h == "roi" || h == "reine" || h == "king" || h == "queen" || h == "rey" || h == "reina" || h == "emir" || h == "amir" || h == "sultan" || h == "souverain" || h == "head of state" || h == "chef de l'etat" || h == "chef d'etat" || h == "jefe de estado" || h == "jefa de estado" || h == "jefe del estado":
		return "head_of_state"
	case h == "crown prince" || h == "prince heritier" || h == "principe heredero":
		return "official"
	case strings.HasPrefix(h, "vice president") || strings.HasPrefix(h, "vice presidente"):
		return "official"
	case h == "president" || h == "presidente" || h == "presidenta" || h == "chairperson" || h == "chairman":
		switch {
		case councilOfMinistersRe.MatchString(part) || bareCouncilRe.MatchString(part):
			return "head_of_government" // "presidente del Consejo de Ministros" (Peru, Italy), "le président du Conseil" (Lebanon)
		case juntaRe.MatchString(part):
			return "head_of_state" // "président du Conseil militaire de transition", "Chairman of the Sovereignty Council"
		case parliamentRe.MatchString(part):
			return "official" // "président de la commission de la défense du Sénat américain"
		case commissionRe.MatchString(part):
			return "secretary_general"
		case bodyRe.MatchString(part):
			return "official"
		case strings.Contains(part, "gouvernement") || strings.Contains(part, "government") || strings.Contains(part, "gobierno"):
			return "head_of_government"
		case h == "chairman" && part != h:
			return "official" // "Chairman of the National Emergency … Authority"
		}
		return "head_of_state"
	case strings.Contains(h, "commissaire") || h == "high commissioner" || strings.HasPrefix(h, "alt") && strings.Contains(h, "comisionad"):
		if orgLikeRe.MatchString(part) {
			return "official"
		}
		return "ambassador"
	case h == "cabinet secretary":
		if foreignRe.MatchString(part) || strings.Contains(part, "foreign cabinet secretary") {
			return "foreign_minister"
		}
		return "minister"
	case h == "viceprimer ministro" || h == "viceprimera ministra" || h == "vice primer ministro" || h == "vice primera ministra":
		return "deputy_prime_minister"
	case strings.HasPrefix(h, "plenipotenti") || (h == "representant" || h == "representante") && credRepRe.MatchString(part):
		if strings.HasPrefix(h, "represent") && deputyRe.MatchString(part) {
			return "official" // "Représentant permanent adjoint"
		}
		return "ambassador" // "le nouveau plénipotentiaire de la République française"
	case strings.HasPrefix(h, "chef de la mission") || strings.HasPrefix(h, "chef de mission") || strings.HasPrefix(h, "cheffe de mission") || h == "head of mission" || strings.HasPrefix(h, "jefe de mision") || strings.HasPrefix(h, "jefa de mision"):
		return "ambassador" // "le chef de la mission diplomatique française": the envoy
	case strings.HasPrefix(h, "nonce") || strings.HasSuffix(h, "nuncio") || strings.HasPrefix(h, "nuncio"):
		return "ambassador" // the Holy See's envoy
	case strings.HasPrefix(h, "ambassad") || strings.HasPrefix(h, "embajador") || strings.Contains(h, "affaires") || strings.Contains(h, "negocios") || strings.HasPrefix(h, "consul") ||
		strings.HasPrefix(h, "representant permanent") || strings.HasPrefix(h, "representante permanent") || h == "permanent representative" || h == "representante permanente":
		if (strings.HasPrefix(h, "represent") || h == "permanent representative") && deputyRe.MatchString(part) {
			return "official" // "Représentant permanent adjoint", "Deputy Permanent Representative"
		}
		return "ambassador"
	case strings.Contains(h, "general") && (strings.HasPrefix(h, "secretai") || strings.HasPrefix(h, "secretar") || strings.HasPrefix(h, "direct")) ||
		h == "executive secretary" || strings.HasPrefix(h, "secretaire executi") || strings.HasPrefix(h, "secretari") && strings.HasSuffix(h, " ejecutiva") || strings.HasSuffix(h, " ejecutivo"):
		if deputyRe.MatchString(h) {
			return "official"
		}
		return "secretary_general"
	case strings.HasPrefix(h, "vice") || strings.HasPrefix(h, "deputy") || strings.HasPrefix(h, "under") || strings.HasPrefix(h, "assistant") ||
		strings.HasPrefix(h, "sous") || strings.HasPrefix(h, "subsecret") || strings.Contains(h, "adjoint"):
		return "official"
	case strings.HasPrefix(h, "ministre delegue") || h == "minister delegate" || h == "ministre d'etat" || h == "minister of state" ||
		h == "ministro delegado" || h == "ministra delegada" || h == "ministro de estado" || h == "ministra de estado":
		return "minister"
	case h == "secretary" && strings.HasPrefix(part, "secretary (") && secretaryQualifiedRe.MatchString(part):
		return "official" // "Secretary (East), Ministry of External Affairs": a civil servant
	case h == "secretary" && secretaryToGovRe.MatchString(part):
		return "official" // "Secretary to the Government of the Federation" (Nigeria)
	case h == "secretary":
		if i := strings.Index(part, h); i >= 0 && (secretaryForeignRe.MatchString(part[i+len(h):]) || strings.HasSuffix(strings.TrimSpace(part[:i]), "foreign affairs")) && !strings.Contains(part[:i], "permanent") {
			return "foreign_minister" // "Secretary of Foreign Affairs" (the Philippines)
		}
		return "secretary"
	case h == "secretary of state" || h == "secretaire d'etat" || h == "secretario de estado" || h == "secretaria de estado":
		rest := strings.TrimSpace(strings.TrimPrefix(part[strings.Index(part, h)+len(h):], ","))
		if h == "secretary of state" && strings.HasPrefix(rest, "for foreign") {
			return "foreign_minister" // "Secretary of State for Foreign, Commonwealth and Development Affairs"
		}
		if reH1.MatchString(rest) {
			return "minister"
		}
		return "secretary_of_state"
	case h == "secretaria de relaciones exteriores" || h == "secretario de relaciones exteriores":
		return "foreign_minister"
	case h == "pm":
		return "head_of_government"
	case strings.HasPrefix(h, "international relations and co"):
		return "foreign_minister" // "International Relations and Co-operation (Dirco) Minister X" (South Africa)
	case h == "foreign minister" || h == "fm" || h == "foreign secretary" || h == "chef de la diplomatie" || h == "chief of diplomacy" || h == "top diplomat" || h == "jefe de la diplomacia" || h == "jefa de la diplomacia" || h == "cheffe de la diplomatie":
		return "foreign_minister"
	case h == "canciller":
		if strings.Contains(part, "federal") || strings.Contains(part, "aleman") {
			return "head_of_government"
		}
		return "foreign_minister"
	case (h == "ministre" || h == "minister" || h == "ministro" || h == "ministra") && assistantAfterRe.MatchString(part[strings.Index(part, h)+len(h):]):
		return "official" // "Ministro Asistente de Relaciones Exteriores": an assistant minister
	case h == "ministre" || h == "minister" || h == "ministro" || h == "ministra":
		if foreignRe.MatchString(part) {
			return "foreign_minister"
		}
		return "minister"
	}
	return "official"
}

// assistantAfterRe opens the rank after a minister's head ("Ministro Asistente").
var assistantAfterRe = mkf(`^\s*(?:asistente|adjunto|adjunta|adjoint|adjointe)\b`)

// hostPrefix marks a state named as the host of an ambassador ("to Morocco").
var hostPrefix = mkf(`(?:\bto|\baupres d[eu']?|\baupres de la|\bpres de la|\bpres|\bante|\bau|\baux|\ben|\bin|\bcerca de)\s*(?:la |l'|le |el |the )?$`)

// envoyOrgs are the organisations that accredit ambassadors of their own.
var envoyOrgs = map[string]bool{"EU": true, "SOVEREIGN MILITARY ORDER OF MALTA": true}

// ofTheKingdomRe names the Kingdom as the state of a title.
var ofTheKingdomRe = mkf(`\b(?:du royaume|of the kingdom|del reino)\b`)

// ofThePresidentRe names the head of state's office inside another title
// ("Directeur de Cabinet du Président de la République", "Conseiller
// spécial à la Présidence de la République").
var ofThePresidentRe = mkf(`\b(?:du president de la republique|a la presidence de la republique|de la presidence de la republique|del presidente de la republica|de la presidencia de la republica|to the president|of the president|in the presidency)\b`)

// ofTheKingRe ends a title of the King's household ("conseiller du roi").
var ofTheKingRe = mkf(`\b(?:du roi|of the king|del rey|de sa majeste le roi|du souverain|to the king|al rey)\s*$`)

// kingState returns the one state whose king the text names so far, or "".
func (x *engine) kingState() string {
	st := ""
	for _, p := range x.persons {
		for _, o := range p.offices {
			if isKingHead(o.head) && o.state != "" && !o.pending {
				if st != "" && st != o.state {
					return ""
				}
				st = o.state
			}
		}
	}
	return st
}

// orgSends reports whether the organisation org named in an ambassador's
// title sends him: "embajador de la Unión Europea", not "ambassador to the
// African Union" nor "representante ante la ONU".
func (x *engine) orgSends(p part, org string) bool {
	for _, m := range x.mentsIn(p.s, p.e) {
		if m.kind == kOrg && m.key == org {
			return !hostPrefix.MatchString(x.f.low[max(p.s, m.s-20):m.s])
		}
	}
	return false
}

// attach finds the state or organisation of a role part.
func (x *engine) attach(p part, role string) (state, org string) {
	for _, m := range x.mentsIn(p.s, p.e) {
		if m.kind == kOrg && org == "" {
			org = m.key
		}
		if m.kind == kState && state == "" {
			if (role == "ambassador" || org != "") && m.s > p.he && hostPrefix.MatchString(x.f.low[max(p.s, m.s-20):m.s]) {
				continue // (and "le représentant du PNUD au Liban": the organisation's, in the host)
			}
			if m.s > p.he && mandateRe.MatchString(x.f.low[max(p.s, m.s-25):m.s]) {
				continue // "l'envoyé spécial du SG de l'ONU pour la Libye": the mandate, not the state
			}
			state = m.key
		}
	}
	if state == "" && org == "" && (role == "foreign_minister" || role == "minister") {
		// "le ministre de l'Europe et des Affaires étrangères": a ministry only one state names so
		for _, ms := range ministryStates {
			if ms.re.MatchString(x.f.low[p.s:p.e]) {
				state = ms.state
				break
			}
		}
	}
	if role == "ambassador" && state == "" && org == "" {
		// "the first Ambassador to St. John's by the DR": the state that names the envoy
		if m := byStateRe.FindStringIndex(x.f.low[p.e:min(len(x.f.low), p.e+20)]); m != nil {
			if mm := x.mentAt(p.e + m[1]); mm != nil && mm.s == p.e+m[1] && mm.kind == kState && !mm.demonym && !mm.capital {
				state = mm.key
			}
		}
	}
	return state, org
}

// ministryStates are the foreign ministries whose name only one state
// uses: a title naming one names its state.
var ministryStates = []struct {
	re    *fre
	state string
}{
	{mkf(`\b(?:europe et des affaires etrangeres|europe and foreign affairs|europa y (?:asuntos|relaciones) exteriores)\b`), "FR"},
	{mkf(`\bforeign,? commonwealth and development\b`), "GB"},
	{mkf(`\b(?:asuntos exteriores,? union europea y cooperacion|affaires etrangeres,? de l'union europeenne et de la cooperation|foreign affairs,? european union and cooperation)\b`), "ES"},
}

// titleOrgNounRe ends a title on a noun standing for an organisation named
// before ("del bloque regional", "de l'organisation", "of the bloc").
var titleOrgNounRe = mkf(`\b(?:del bloque|de l'organisation|of the bloc|of the organi[sz]ation|de la organizacion|du bloc|de la alianza|de l'alliance|of the alliance|de la commission|of the commission|de la comision)(?:\s+(?:regional|regionale?|continental|continentale|panafricaine?|subregional|sous-regionale?))?\s*,?\s*$`)

// proTemporeRe opens the words of a rotating chair after its head.
var proTemporeRe = mkf(`^\s*(?:pro[- ]tempore|en exercice|in office|in-office|de turno|sortant de turno)\b`)

// andEndRe ends a title followed by another one: "Prime Minister and ".
var andEndRe = mkf(`\s(?:and|et|y)\s*$`)

// byStateRe is the agent after an envoy's title ("named Ambassador to X by Peru").
var byStateRe = mkf(`^,?\s+(?:by|par|por)\s+(?:(?:the|le|la|l'|el)\s*)?`)

// findPersons is pass 1: titled names make persons and offices.
func (x *engine) findPersons() {
	x.cands = make([][]candidate, len(x.sents))
	for si, sp := range x.sents {
		barrier := sp.s
		x.cands[si] = x.candidates(sp.s, sp.e)
		for ci, c := range x.cands[si] {
			if c.s < barrier {
				continue // inside the title of the previous person
			}
			if x.parenAcronym(c) {
				continue // "le Ministre des affaires étrangères (MEAE) Le Drian": an acronym
			}
			if hl := x.anchored(headRe, c.s, sp.e); hl > c.e-c.s {
				continue // "the President and the new High Commissioner": a title running past the candidate
			}
			if c.words >= 2 && x.titleWordsOnly(c) {
				continue // "Directora General de Protocolo, Cancillería y Órdenes, X": the rest of a title
			}
			if locativeOpenRe.MatchString(x.f.low[sp.s:c.s]) {
				continue // "In Capri, Minister Joly will attend": a place
			}
			if c.words == 1 && ci+1 < len(x.cands[si]) {
				// "… and Moroccan Expatriates, Nasser Bourita": a title word before the name
				nx := x.cands[si][ci+1]
				if nx.words >= 2 && nx.s-c.e <= 3 && strings.Contains(x.f.low[c.e:nx.s], ",") && !x.rightAfterHead(barrier, c.s) {
					continue
				}
			}
			parts := x.titleBefore(barrier, c.s)
			if parts == nil || (c.prev != "," && isPrep(c.prev) && !strings.HasSuffix(strings.TrimSpace(x.f.low[parts[len(parts)-1].hs:c.s]), parts[len(parts)-1].head)) {
				parts = nil
			}
			if parts != nil && orderBeforeRe.MatchString(x.f.low[max(sp.s, parts[0].hs-8):parts[0].hs]) {
				parts = nil // "l'Ordre Souverain de Malte (X)": the order's name, no sovereign
			}
			if parts != nil && isPrep(c.prev) && c.prev != "," {
				// "ministre de l'Economie": a capitalised complement, not a name
				parts = nil
			}
			if parts == nil {
				parts = x.pluralEnvoyTitle(barrier, c) // "les ambassadeurs de France X, d'Allemagne Y"
			}
			if parts != nil && x.frontedTitle(sp, parts[0], c) {
				parts = nil // "Lors de l'entretien avec son homologue, M. X a salué…": X is the subject
			}
			after := x.titleAfter(c.e, sp.e, parts != nil)
			if len(after) > 0 && (c.prev == "de" || c.prev == "of" || c.prev == "del" || c.prev == "du") && (subjectVerbAfterRe.MatchString(x.f.low[after[len(after)-1].e:sp.e]) || sayVerbAfterRe.MatchString(x.f.low[after[len(after)-1].e:sp.e])) {
				// "desde la instalación del gobierno de Petro, el mandatario venezolano
				// aseguró…": the title opens the next clause's subject, no apposition
				after = nil
			}
			if len(parts) == 1 && (parts[0].head == "sultan" || parts[0].head == "amir") && len(after) > 0 &&
				classify(after[0].head, x.f.low[after[0].s:after[0].e]) != "head_of_state" {
				// "Sultan Mohammed Al Shamsi, Assistant Minister …": a given name, the office after it
				parts = nil
			}
			if n := len(parts); n > 1 && (parts[n-1].head == "emir" || parts[n-1].head == "amir" || parts[n-1].head == "sultan") {
				// "le prince héritier, vice-Premier ministre, l'Emir Mohammed Ben Salmane": a prince's style after his titles
				parts = parts[:n-1]
			} else if n == 1 && (parts[0].head == "emir" || parts[0].head == "amir") {
				// "le Chef de la diplomatie saoudienne, l'Emir Fayçal Ben Farhan": the title before the style
				if m := styleCommaRe.FindStringIndex(x.f.low[max(barrier, parts[0].s-8):parts[0].s]); m != nil {
					if p2 := x.titleBefore(barrier, max(barrier, parts[0].s-8)+m[0]); len(p2) > 0 {
						parts = p2
					}
				}
			}
			if len(parts) == 1 && (parts[0].head == "sultan" || parts[0].head == "amir") && !x.namesRulerState(parts[0].head) {
				// "Saudi Arabia, Sultan Abdulrahman Al-Dakhel": no sultanate in the text, a given name
				parts = nil
			}
			if parts == nil && after == nil {
				parts = x.counterpartListTitle(si, c) // "her counterparts, namely Mr X of Saint Lucia; Madam Y of Namibia"
			}
			if parts == nil && after == nil {
				parts = x.parenEnvoyTitle(si, c) // "Ceux-ci représentent la Grèce (Calliope Douti), la Serbie (Milos Perisic)"
			}
			if parts == nil && after == nil {
				parts = x.semicolonEnvoyTitle(si, c) // "They are H.E. Ms. X, Republic of Cyprus; H.E. Mr Y, Ireland; …"
			}
			if parts == nil || x.stateless(parts) {
				if p := x.respectiveTitle(si, c); p != nil {
					parts, after = p, nil // "los jefes de Estado de Bolivia y España, Luis Arce y Pedro Sánchez"
				}
			}
			if parts == nil && after == nil {
				parts = x.demonymEnvoyTitle(si, c) // "recibió las cartas de Estilo … del búlgaro Yanko Vasilev Yordanov"
			}
			if after == nil && (parts == nil || x.stateless(parts)) {
				// "S.E. X a présenté … en qualité de haut-commissaire de Y", "La
				// Embajadora X presentó las copias que la acreditan como Embajadora de Venezuela"
				after = x.capacityTitle(si, c, sp)
			}
			if parts == nil && after == nil {
				parts = x.counterpartSubject(c, sp) // "X a rencontré son homologue béninois, Y": X holds the same office
			}
			if parts == nil && after == nil {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
			x.nameSpans = append(x.nameSpans, span{c.s, c.e})
			n := len(p.offices)
			x.addOffices(p, parts, si, sp, c.s)
			x.addOffices(p, after, si, sp, c.s)
			if len(parts) > 0 {
				if org := x.possessiveChiefOrg(sp, parts[0].s); org != "" {
					for _, o := range p.offices[n:] {
						if o.role == "official" && o.org == "" {
							o.org, o.state, o.pending = org, "", false // "the UN Secretary-General's Personal Envoy": the organisation's
						}
					}
				}
			}
			// "President Xi Jinping of China", "Kulubaev of the Kyrgyz Republic"
			st := x.stateRightAfter(c.e, sp.e)
			if st == "" {
				end := c.e
				if len(after) > 0 {
					end = after[len(after)-1].e
				}
				st = x.sideAfter(end, sp.e) // "X from the Nepali side", "X pour la partie marocaine"
			}
			if st == "" {
				st = x.sideBefore(sp, c.s) // "led on the Indian side by Shri. X, Secretary (East)"
			}
			if st != "" {
				for _, o := range p.offices[n:] {
					if o.pending || o.state == "" && o.org == "" {
						o.state, o.pending, o.conf = st, false, 0.85
					}
				}
			}
			barrier = c.e
			if len(after) > 0 {
				barrier = after[len(after)-1].e
			}
		}
	}
}

// chiefPossessiveRe ends an organisation's head in the English possessive
// before a title: "the UN Secretary-General's (Personal Envoy)".
var chiefPossessiveRe = mkf(`\s(?:secretary[- ]general|secretary general|director[- ]general|chairperson|chairman|president)'s\s+$`)

// possessiveChiefOrg returns the organisation whose head, in the possessive,
// comes right before a title starting at view offset ts ("the UN
// Secretary-General's Personal Envoy"), "" when there is none.
func (x *engine) possessiveChiefOrg(sp span, ts int) string {
	if ts <= sp.s || ts > sp.e {
		return "" // a title part found in another sentence ("her counterparts, namely …")
	}
	from := max(sp.s, ts-45)
	m := chiefPossessiveRe.FindStringIndex(x.f.low[from:ts])
	if m == nil {
		return ""
	}
	for _, mm := range x.mentsIn(max(sp.s, from+m[0]-30), from+m[0]+1) {
		if mm.kind == kOrg && strings.TrimSpace(x.f.low[mm.e:from+m[0]+1]) == "" {
			return mm.key
		}
	}
	return ""
}

// frontedOpenRe is a sentence opening with a circumstantial phrase
// ("Lors de cet entretien avec…", "During the call with…").
var frontedOpenRe = mkf(`^(?:porteur d|porteuse d|portador d|portadora d|bearer of|carrying a (?:message|letter)|welcoming|receiving|greeting|thanking|addressing|en recevant|en accueillant|en saluant|accueillant|recevant|recibiendo|al recibir|dando la bienvenida|al dar la bienvenida|apart from|aside from|besides|in addition to|en plus d|outre|ademas d|aparte d|lors d|au cours d|durant|pendant|a l'issue d|a la suite d|apres|during|after|following|at the end of|in the course of|durante|tras|despues d|al termino d|en el transcurso d)`)

// subjectVerbAfterRe is a finite verb right after a name: the name is a
// subject, not an apposition.
var subjectVerbAfterRe = mkf(`^\s+(?:a|ont|avait|s'est|se|est|sont|has|had|have|is|was|were|ha|han|habia|fue|es|se|said|told|expressed|reiterated|stressed|underlined|welcomed|praised|reitero|expreso|destaco|subrayo|agradecio|reitere|salue|souligne|exprime|affirme|declare|[a-z]{4,}ed|(?:lo|la|los|les|le|lui|leur)\s+[a-z]{3,})\b`)

// sayVerbAfterRe is a verb of saying right after a title: the title is the
// subject of its clause ("el mandatario venezolano aseguró").
var sayVerbAfterRe = mkf(`^\s+(?:aseguro|afirmo|dijo|declaro|senalo|indico|anuncio|sostuvo|manifesto|insistio|explico|recordo|noted|added|stated|assured|announced|a assure|a affirme|a declare|a indique|a annonce|a souligne|a rappele)\b`)

// frontedMeetingRe opens a sentence with the meeting it tells of ("In a
// meeting with", "En su reunión con", "Dans un entretien avec").
var frontedMeetingRe = mkf(`^(?:in|at|en|dans|a)\s+(?:(?:a|an|the|his|her|their|su|sus|la|el|un|une|le|son|sa|leur)\s+)?(?:\w+\s+)?(?:meeting|talks|conversation|audience|call|reunion|encuentro|entrevista|conversacion|entretien|rencontre|audiencia)\b`)

// frontedHead reports whether the title head at view offset h opens the
// object of a fronted phrase that runs from its sentence's start without a
// comma ("During the talks with the Malaysian Foreign Minister, …").
func (x *engine) frontedHead(h int) bool {
	si := x.sentenceOf(h)
	if si < 0 {
		return false
	}
	pre := x.f.low[x.sents[si].s:h]
	if strings.ContainsAny(pre, ",;") {
		return false
	}
	return frontedOpenRe.MatchString(pre) || frontedMeetingRe.MatchString(pre) || frontedWithRe.MatchString(pre)
}

// frontedWithRe ends a comma-free opening phrase whose object is a meeting's
// other party ("Talking to media after holding a meeting with the Turkish
// counterpart, Foreign Minister X…": the counterpart is not X).
var frontedWithRe = mkf(`\b(?:after|following|before|during|apres|tras|despues de|luego de|lors de)\b[^,;]*\b(?:meeting|meetings|talks|conversation|call|entretien|entretiens|rencontre|reunion|encuentro|conversacion)\s+(?:with|avec|con)\s+(?:the\s+|his\s+|her\s+|son\s+|sa\s+|su\s+|le\s+|la\s+|l'|el\s+)?(?:[\w-]+\s+){0,2}$`)

// frontedTitle reports whether the title part p before candidate c closes a
// fronted circumstantial phrase and c, after a comma, opens the main clause
// with its verb: "Lors de cette entrevue avec son homologue marocain, M. X a
// salué…" gives X no title.
func (x *engine) frontedTitle(sp span, p part, c candidate) bool {
	low := x.f.low
	if !strings.Contains(low[p.he:c.s], ",") || !frontedOpenRe.MatchString(low[sp.s:p.s]) {
		return false
	}
	return subjectVerbAfterRe.MatchString(low[c.e:min(len(low), c.e+30)])
}

// pluralEnvoyRe is a plural ambassadors' title (or heads of diplomatic
// missions') naming one state right before a name: "les ambassadeurs de
// France Alexandre Garcia".
var pluralEnvoyRe = mkf(`\b(?:ambassadeurs|ambassadrices|ambassadors|embajadores|embajadoras|heads of (?:the )?diplomatic missions|chefs de missions? diplomatiques?|jefes de misiones diplomaticas)\s+(?:de la |de l'|du |de |d'|of the |of |del |de los )?$`)

// pluralMinistersRe is a plural foreign ministers' title naming one state
// right before a name: "Foreign Ministers of Spain José Albares, Latvia
// Baiba Braže".
var pluralMinistersRe = mkf(`\b(?:foreign ministers|ministers (?:of|for) foreign affairs|ministres des affaires etrangeres|cancilleres|ministros de (?:relaciones|asuntos) exteriores)\s+(?:de la |de l'|du |de |d'|of the |of |del |de los )?$`)

// ministersPluralRe is a plural foreign ministers' head anywhere.
var ministersPluralRe = mkf(`\b(?:foreign ministers|ministers (?:of|for) foreign affairs|ministres des affaires etrangeres|cancilleres|ministros de (?:relaciones|asuntos) exteriores)\b`)

// pluralEnvoyTitle returns the title of candidate c when a plural
// ambassadors' (or foreign ministers') head and one state, with no comma,
// come right before it, or when c is a later item "State Name" of the list
// such a head opens ("the Foreign Ministers of Spain X, Latvia Y and Poland Z").
func (x *engine) pluralEnvoyTitle(barrier int, c candidate) []part {
	low := x.f.low
	for _, m := range x.mentsIn(max(barrier, c.s-40), c.s) {
		if m.kind != kState || m.demonym {
			continue
		}
		if gap := strings.TrimSpace(low[m.e:c.s]); gap != "" {
			if (gap == "-" || gap == "–" || gap == "—") && x.pairedEnvoyList(barrier, m) {
				// "the ambassadors of Kyrgyzstan - X, France - Y, Italy - Z"
				return []part{{s: m.s, e: m.e, head: "ambassador", hs: m.s, he: m.s}}
			}
			continue
		}
		from := max(barrier, m.s-40)
		if loc := pluralEnvoyRe.FindStringIndex(low[from:m.s]); loc != nil {
			hs := from + loc[0]
			he := hs + strings.IndexByte(low[hs:], ' ')
			return []part{{s: hs, e: m.e, head: "ambassadeur", hs: hs, he: he}}
		}
		if loc := pluralMinistersRe.FindStringIndex(low[from:m.s]); loc != nil {
			return []part{{s: m.s, e: m.e, head: "foreign minister", hs: m.s, he: m.s}}
		}
		if head := x.pluralListHead(barrier, m); head != "" {
			return []part{{s: m.s, e: m.e, head: head, hs: m.s, he: m.s}}
		}
		return nil
	}
	return nil
}

// pluralListHead returns the head ("ambassador", "foreign minister") of the
// plural title whose list state mention m goes on: only list glue since the
// name before (at barrier), and the plural head earlier in the sentence.
func (x *engine) pluralListHead(barrier int, m ment) string {
	si := x.sentenceOf(m.s)
	if si < 0 {
		return ""
	}
	sp := x.sents[si]
	if barrier <= sp.s || barrier >= m.s || !pairedGlueRe.MatchString(x.f.low[barrier:m.s]) {
		return ""
	}
	switch {
	case x.matchIn(envoysPluralRe, sp.s, barrier):
		return "ambassador"
	case x.matchIn(ministersPluralRe, sp.s, barrier):
		return "foreign minister"
	}
	return ""
}

// pairedEnvoyList reports whether state mention m opens an item "State -
// Name" of a list right after a plural ambassadors' head: the head, then
// only items and list glue, before it.
func (x *engine) pairedEnvoyList(barrier int, m ment) bool {
	low := x.f.low
	si := x.sentenceOf(m.s)
	if si < 0 {
		return false
	}
	sp := x.sents[si]
	loc := pluralEnvoyRe.FindStringIndex(low[max(sp.s, m.s-40):m.s])
	if loc != nil {
		return true // the first item
	}
	// a later item: the text since the last name ends with list glue
	return barrier > sp.s && barrier < m.s && pairedGlueRe.MatchString(low[barrier:m.s]) && x.matchIn(envoysPluralRe, sp.s, barrier)
}

// envoysPluralRe is a plural ambassadors' head anywhere.
var envoysPluralRe = mkf(`\b(?:ambassadeurs|ambassadrices|ambassadors|embajadores|embajadoras|heads of (?:the )?diplomatic missions|chefs de missions? diplomatiques?|jefes de misiones diplomaticas)\b`)

// pairedGlueRe separates two items of a list of "State - Name" items.
var pairedGlueRe = mkf(`^\s*(?:,|;)?\s*(?:(?:and|et|y|as well as)\s+)?(?:(?:of|de|del|du|d')\s*)?(?:the\s+|la\s+|le\s+|l'|el\s+)?$`)

// counterpartsRe is a plural counterparts' cue that opens a list of names.
var counterpartsRe = mk(`\b(?:counterparts|homologues|homologos|homologas)\b`)

// restOpenRe opens a sentence continuing the list of the sentence before
// ("The rest are Mr X of the Bahamas; …").
var restOpenRe = mkf(`^(?:the (?:rest|others) (?:are|were|included)|others (?:are|were|included)|les autres (?:sont|etaient)|los demas (?:son|fueron)|los otros (?:son|fueron))\b`)

// listGapRe is what may separate two items of a list of names: separators,
// "namely", "such as", honorifics.
var listGapRe = mkf(`^(?:\s|,|;|:|\band\b|\bet\b|\by\b|\bnamely\b|\bsuch as\b|\bincluding\b|\bnotamment\b|\bcomme\b|\bdont\b|\bentre ellos\b|\bcomo\b|\bfrom other (?:nations|countries)\b|\bmr\.?|\bmrs\.?|\bms\.?|\bmadam\b|\bmadame\b|\bdr\.?|\bm\.|\bmme\b|\bsr\.?|\bsra\.?|\bdon\b|\bdona\b|\bh\.?e\.?|\bs\.?e\.?)*$`)

// counterpartListTitle returns a counterpart's title for the untitled
// candidate c, followed by "of <state>", that sits in a list of such names
// right after a plural counterparts' cue of its sentence, or of the sentence
// before when this one opens "The rest are".
func (x *engine) counterpartListTitle(si int, c candidate) []part {
	sp := x.sents[si]
	if c.words < 2 || x.stateRightAfter(c.e, sp.e) == "" {
		return nil
	}
	low := x.f.low
	from := sp.s
	cue := x.find(counterpartsRe, sp.s, c.s)
	if len(cue) == 0 && si > 0 && restOpenRe.MatchString(low[sp.s:c.s]) {
		prev := x.sents[si-1]
		cue = x.find(counterpartsRe, prev.s, prev.e)
		from = -1
	}
	if len(cue) == 0 {
		return nil
	}
	hs, he := cue[len(cue)-1][0], cue[len(cue)-1][1]
	// every name between the cue (or the sentence's opening) and c is an item "X of <state>"
	at := he
	if from >= 0 {
		at = he
	} else {
		at = sp.s + restOpenRe.FindStringIndex(low[sp.s:c.s])[1]
	}
	for _, o := range x.cands[si] {
		if o.s >= c.s {
			break
		}
		if o.s < at {
			continue
		}
		if !listGapRe.MatchString(low[at:o.s]) {
			return nil
		}
		m := x.mentsIn(o.e, min(sp.e, o.e+40))
		if len(m) == 0 || m[0].kind != kState || !ofStateRe.MatchString(low[o.e:m[0].s]) {
			return nil
		}
		at = m[0].e
	}
	if !listGapRe.MatchString(low[at:c.s]) {
		return nil
	}
	return []part{{s: hs, e: he, head: "counterpart", hs: hs, he: he}}
}

// demonymEnvoyTitle returns an ambassador's title for candidate c right
// after a demonym used as a noun ("del búlgaro X", "du Malien X") in a
// sentence that names credentials.
func (x *engine) demonymEnvoyTitle(si int, c candidate) []part {
	if c.words < 2 || credTrigRe == nil {
		return nil
	}
	sp := x.sents[si]
	low := x.f.low
	ms := x.mentsIn(max(sp.s, c.s-30), c.s)
	if len(ms) == 0 {
		return nil
	}
	m := ms[len(ms)-1]
	if m.kind != kState || !m.demonym || strings.TrimSpace(low[m.e:c.s]) != "" || !nounArticleRe.MatchString(low[max(sp.s, m.s-8):m.s]) {
		return nil
	}
	ts := x.find(credTrigRe, sp.s, sp.e)
	if len(ts) == 0 || ts[0][0] > c.s {
		return nil
	}
	return []part{{s: m.s, e: m.e, head: "ambassadeur", hs: m.s, he: m.s}}
}

// nounArticleRe ends the article that makes the demonym after it a noun.
var nounArticleRe = mkf(`\b(?:del|de la|el|la|du|le|de l'|l')\s*$`)

// pluralTitleRe is a plural title followed by its states' list: "los
// cancilleres de", "the foreign ministers of", "les chefs d'Etat du".
var pluralTitleRe = mk(`\b(?:cancilleres|ministros de relaciones exteriores|ministros de asuntos exteriores|ministros de exteriores|ministros del exterior|ministras de exteriores|foreign affairs ministers|jefes de estado|presidentes|primeros ministros|foreign ministers|ministers of foreign affairs|heads of state|presidents|prime ministers|ministres des affaires etrangeres|chefs de la diplomatie|chefs d'etat|premiers ministres)\s+(?:de los|de la|de l'|des|del|de|du|d'|of the|of)\s*`)

// pluralTitleHeads maps the first word of a plural title to a singular head.
var pluralTitleHeads = map[string]string{
	"cancilleres": "canciller", "ministros": "canciller", "jefes": "jefe de estado", "presidentes": "presidente", "primeros": "primer ministro",
	"foreign": "foreign minister", "ministers": "foreign minister", "heads": "head of state", "presidents": "president", "prime": "prime minister",
	"ministres": "chef de la diplomatie", "chefs": "chef de la diplomatie", "premiers": "premier ministre",
}

// respectiveTitle returns the title of candidate c when it is the k-th of a
// list of names right after a plural title and a list of as many states:
// "Los cancilleres de Paraguay y Bolivia, X y Y" (X of Paraguay, Y of Bolivia).
func (x *engine) respectiveTitle(si int, c candidate) []part {
	sp := x.sents[si]
	ts := x.find(pluralTitleRe, sp.s, c.s)
	if len(ts) == 0 {
		return nil
	}
	low := x.f.low
	t := ts[len(ts)-1]
	ms := x.mentsIn(t[1], c.s)
	if len(ms) == 0 || ms[0].s != t[1] || ms[0].kind != kState {
		return nil
	}
	// the states, in order
	var states []ment
	cur := ms[0]
	states = append(states, cur)
	for _, m := range ms[1:] {
		if m.kind != kState || m.s < cur.e {
			continue
		}
		if !coordGap.MatchString(low[cur.e:m.s]) && !respGlueRe.MatchString(low[cur.e:m.s]) {
			break
		}
		states = append(states, m)
		cur = m
	}
	if len(states) < 2 {
		return nil
	}
	// the names: candidates after the last state, separated by commas or conjunctions
	at, k := cur.e, -1
	var names []candidate
	for _, o := range x.cands[si] {
		if o.s < at {
			continue
		}
		if !respSepRe.MatchString(low[at:o.s]) {
			break
		}
		names = append(names, o)
		if o.s == c.s {
			k = len(names) - 1
		}
		at = o.e
	}
	if k < 0 || len(names) != len(states) {
		return nil
	}
	head := pluralTitleHeads[firstWord(low[t[0]:t[1]])]
	m := states[k]
	return []part{{s: m.s, e: m.e, head: head, hs: m.s, he: m.s}}
}

// respGlueRe joins two states of a respective list ("de Paraguay y de Bolivia").
var respGlueRe = mkf(`^\s*(?:,|y|and|et)?\s*(?:(?:de la|de l'|des|del|de|du|d'|of the|of|la|le|l'|el|the)\s*)?$`)

// respSepRe is what comes between the states of a respective list and its
// names, or between two names: a comma, a conjunction, honorifics.
var respSepRe = mkf(`^\s*,?\s*(?:(?:y|and|et|e)\s+)?(?:(?:mr|mrs|ms|dr|m|mme|sr|sra|h\.\s?e|s\.\s?e)\.?\s+)*$`)

// orderBeforeRe ends the word "order" before a title word of its name.
var orderBeforeRe = mkf(`\b(?:ordre|order|orden)\s+$`)

// envoysCueRe names ambassadors or their credentials.
var envoysCueRe = mk(`\b(?:ambassadeurs|ambassadrices|ambassadors|embajadores|embajadoras|lettres de creance|credentials|cartas credenciales)\b`)

// parenEnvoyTitle returns an ambassador's title for candidate c written in
// brackets right after a state ("la Grèce (Calliope Douti)") in a sentence
// that tells of ambassadors or their credentials, or follows one that does.
func (x *engine) parenEnvoyTitle(si int, c candidate) []part {
	low := x.f.low
	if c.words < 2 || c.e >= len(low) || low[c.e] != ')' {
		return nil
	}
	sp := x.sents[si]
	st := -1
	ms := x.mentsIn(max(sp.s, c.s-40), c.s)
	for i, m := range ms {
		if m.kind == kState && !m.demonym && strings.TrimSpace(low[m.e:c.s]) == "(" {
			st = i
		}
	}
	if st < 0 {
		return nil
	}
	from := x.sents[max(0, si-2)].s
	if len(x.find(envoysCueRe, from, sp.e)) == 0 {
		return nil
	}
	m := ms[st]
	return []part{{s: m.s, e: m.e, head: "ambassadeur", hs: m.s, he: m.s}}
}

// rosterEnvoysRe names envoys or their papers, besides envoysCueRe's words.
var rosterEnvoysRe = mkf(`\b(?:envoys|letters of credence|envoyes|enviados|heads of mission|chefs de mission|jefes de mision|high commissioners)\b`)

// rosterItemAfterRe is an envoy's state right after his name in a roster
// whose items are split by semicolons: ", Republic of Cyprus;", ", Ireland;".
var rosterItemAfterRe = mkf(`^\s*,\s*(?:the\s+)?$`)

// semicolonEnvoyTitle makes a name followed by ", <state>" in a list split by
// semicolons, in a sentence about envoys or right after one, the ambassador
// of that state: "They are H.E. Ms. X, Republic of Cyprus; H.E. Mr Y,
// Ireland; …" (envoys without their title).
func (x *engine) semicolonEnvoyTitle(si int, c candidate) []part {
	low := x.f.low
	sp := x.sents[si]
	if c.words < 2 || strings.Count(low[sp.s:sp.e], ";") < 2 {
		return nil
	}
	ms := x.mentsIn(c.e, min(sp.e, c.e+45))
	if len(ms) == 0 || ms[0].kind != kState || ms[0].demonym || ms[0].capital || ms[0].s < c.e || ms[0].e > sp.e || !rosterItemAfterRe.MatchString(low[c.e:ms[0].s]) {
		return nil
	}
	if rest := strings.TrimLeft(low[ms[0].e:sp.e], " "); rest != "" && rest[0] != ';' && rest[0] != '.' && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "et ") && !strings.HasPrefix(rest, "y ") {
		return nil
	}
	if len(x.find(envoysCueRe, x.sents[max(0, si-1)].s, sp.e)) == 0 && !x.matchIn(rosterEnvoysRe, x.sents[max(0, si-1)].s, sp.e) {
		return nil
	}
	m := ms[0]
	return []part{{s: m.s, e: m.e, head: "ambassador", hs: m.s, he: m.s}}
}

// primeMinisterHead reports whether a title head names a prime minister.
func primeMinisterHead(h string) bool {
	return strings.Contains(h, "prime minister") || strings.Contains(h, "premier ministre") || strings.Contains(h, "premiere ministre") ||
		strings.Contains(h, "primer ministro") || strings.Contains(h, "primera ministra")
}

// hasLowerUpper reports whether an upper-case letter follows a lower-case
// one in s, where splitGluedName may split it.
func hasLowerUpper(s string) bool {
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// splitGluedName restores the space lost between two words of a name in
// hard-wrapped text ("MiguelVargas" → "Miguel Vargas"): a lower-case letter
// followed by an upper-case one inside a word, both parts of three letters
// or more, the first not a surname prefix (McDonald, MacArthur, DeSantis),
// the second no place ("KoozechiofIran" is left alone).
func (x *engine) splitGluedName(name string) string {
	if !hasLowerUpper(name) {
		return name // no split point: nothing changes
	}
	var b strings.Builder
	changed := false
	start := 0 // start of the current word
	rs := []rune(name)
	for i, r := range rs {
		if r == ' ' || r == '-' {
			start = i + 1
		}
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[i-1]) && i-start >= 3 && len(rs)-i >= 3 && unicode.IsLower(rs[min(i+1, len(rs)-1)]) {
			end := i
			for end < len(rs) && rs[end] != ' ' && rs[end] != '-' {
				end++
			}
			_, place := x.g.Match(string(rs[i:end]))
			if p := strings.ToLower(string(rs[start:i])); !place && !gluePrefixes[p] {
				b.WriteRune(' ')
				changed = true
				start = i
			}
		}
		b.WriteRune(r)
	}
	if !changed {
		return name
	}
	return b.String()
}

// gluePrefixes are surname prefixes written without a space before a capital.
var gluePrefixes = setOf(`mac mc de di da du le la van von del della des ben bin abu`)

// gluedFormer reports whether a title head carries the prefix of a past
// office ("expresidente", "excanciller").
func gluedFormer(head string) bool {
	return strings.HasPrefix(head, "ex") && !strings.HasPrefix(head, "exec")
}

// accreditedAmbRe finds an accreditation as ambassador in a sentence.
var accreditedAmbRe = mkf(`\b(?:acredit\w* como embajador\w*|accredit\w* as ambassador|accredit\w* comme ambassad\w*)`)

// stateless reports whether title parts name no state or organisation.
func (x *engine) stateless(parts []part) bool {
	for _, pt := range parts {
		for _, m := range x.mentsIn(pt.s, pt.e) {
			if m.kind == kState || m.kind == kOrg {
				return false
			}
		}
	}
	return true
}

// titleWordsOnly reports whether every word of candidate c is a word of
// titles (a department's name), none a name's.
func (x *engine) titleWordsOnly(c candidate) bool {
	for _, w := range strings.Fields(x.f.low[c.s:c.e]) {
		if !betweenWords[w] {
			return false
		}
	}
	return true
}

// deputyEnvoyRe ends the words that make an ambassador's title a deputy's.
var deputyEnvoyRe = mkf(`\b(?:deputy|vice)\s+(?:[a-z]+\s+)?$`)

// formerRe ends the words that make a title a past one.
var formerRe = mkfi(`(?:\bformer|\bancien|\bancienne|\bex|\bex-|\bfeu|\bthe late|\bfeue|\bla anterior|\bel anterior|\bthe previous|\bson predecesseur|\bsa predecesseure?|\bsu predecesora?)(?:\s+(?:acting|interim|deputy))?\s*$`)

// permanentBeforeRe: a permanent secretary is a civil servant.
var permanentBeforeRe = mkfi(`\bpermanent\s+$`)

// ordinalBeforeRe: an ordinal before a minister's title, or "State" ("State
// Minister for Foreign Affairs" in Japan), ranks a junior one.
var ordinalBeforeRe = mkf(`\b(?:second|deuxieme|segundo|segunda|2nd|state)\s+$`)

// secretaryForeignRe follows "Secretary" in the title of a foreign minister.
var secretaryForeignRe = mkf(`^\s*(?:of|for)\s+(?:the\s+)?(?:foreign affairs|external affairs)\b`)

var honorifics = setOf(`m mme mmes mr mrs ms dr sr sra srta messrs`)

var ofStateRe = mkf(`^\s*(?:of|of the|du|de la|de l'|de|d'|del|de los)\s*$`)

// sidePreRe and sidePostRe frame the side a signatory speaks for: "from
// (the) Nepali side", "on the US side", "pour la partie marocaine", "por la
// parte chilena", "du côté sénégalais".
var (
	sidePreRe  = mkf(`^\s*,?\s*(?:(?:from|on|for) (?:the )?|(?:pour|de|du cote de) la partie |du cote |(?:por|de) la parte )$`)
	sidePostRe = mkf(`^\s*side\b`)
)

// sideAfter returns the state of a side named right after offset e.
func (x *engine) sideAfter(e, limit int) string {
	rest := strings.TrimLeft(x.f.low[e:min(limit, e+12)], " ,")
	if !strings.HasPrefix(rest, "from ") && !strings.HasPrefix(rest, "on ") && !strings.HasPrefix(rest, "for ") && !strings.HasPrefix(rest, "pour ") &&
		!strings.HasPrefix(rest, "de la ") && !strings.HasPrefix(rest, "du cote") && !strings.HasPrefix(rest, "por ") {
		return "" // every side phrase opens with one of these (sidePreRe)
	}
	for _, m := range x.mentsIn(e, min(limit, e+40)) {
		if m.kind != kState || !sidePreRe.MatchString(x.f.low[e:m.s]) {
			return ""
		}
		if strings.HasSuffix(x.f.low[e:m.s], "side ") || sidePostRe.MatchString(x.f.low[m.e:min(limit, m.e+8)]) || m.demonym && !strings.Contains(x.f.low[e:m.s], "from") && !strings.Contains(x.f.low[e:m.s], "on") && !strings.Contains(x.f.low[e:m.s], "for") {
			return m.key
		}
		return ""
	}
	return ""
}

// sideByRe is what comes between a side's demonym and the name of the one
// who leads it: "(on the Indian) side by Shri. ", "(du côté marocain) par M. ".
var sideByRe = mkf(`^\s+side,?\s+by\s+(?:(?:shri|smt|h\.\s?e|mr|mrs|ms|dr|amb)\.?\s+)*$|^,?\s+par\s+(?:(?:m|mme|s\.\s?e)\.?\s+)*$|^,?\s+por\s+(?:(?:el|la)\s+)?(?:(?:sr|sra|dr)\.?\s+)*$`)

// delegationLedRe is what comes between a delegation's demonym and the name
// of the one who leads it.
var delegationLedRe = mkf(`^\s+(?:delegation|team|delegacion|delegation)\s+(?:was|is|will be|etait|est|sera|a ete|estuvo|esta|estara|fue)\s+(?:led|headed|conduite|dirigee|menee|presidee|encabezada|liderada|presidida|dirigida)\s+(?:by|par|por)\s+(?:(?:shri|smt|h\.\s?e|mr|mrs|ms|dr|amb|m|mme|s\.\s?e|sr|sra)\.?\s+)*(?:(?:le|la|el|the)\s+)?$`)

// clauseNounRe is a lower-case noun that, after "and the <State>", opens a
// new clause rather than a title's complement ("and the Bangladesh delegation").
var clauseNounRe = mkf(`^(?:delegation|delegations|side|team|delegacion|parte|partie|government|gouvernement|gobierno)$`)

// sideLeadOpenRe ends the words that open a side before its demonym.
var sideLeadOpenRe = mkf(`\b(?:on the|from the|du cote|de la parte|por la parte|de la partie)\s+$`)

// sideBefore returns the state of the side whose leader is named at ns:
// "on the Indian side by Shri. X", "du côté marocain par M. X".
func (x *engine) sideBefore(sp span, ns int) string {
	ms := x.mentsIn(max(sp.s, ns-50), ns)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	if m.kind != kState || !m.demonym {
		return ""
	}
	if delegationLedRe.MatchString(x.f.low[m.e:ns]) {
		return m.key // "The Indian delegation was led by X", "la délégation marocaine était conduite par X"
	}
	if !sideByRe.MatchString(x.f.low[m.e:ns]) || !sideLeadOpenRe.MatchString(x.f.low[max(sp.s, m.s-14):m.s]) {
		return ""
	}
	return m.key
}

// stateRightAfter returns the state named right after a name ("… of China").
// locativeOpenRe is a sentence opening with a preposition of place right
// before a capitalised word.
var locativeOpenRe = mkf(`^(?:in|at|en|a|dans|desde|from|depuis)\s+$`)

// parenAcronym reports whether candidate c is an upper-case word in parentheses.
func (x *engine) parenAcronym(c candidate) bool {
	low, up := x.f.low, x.f.up
	if c.words != 1 || c.s == 0 || c.e >= len(low) || low[c.s-1] != '(' || low[c.e] != ')' {
		return false
	}
	return isAllCaps(up[c.s:c.e])
}

// rightAfterHead reports whether a title head ends one space before view
// offset s: "el canciller Foxley, José García" names Foxley, not a title word.
func (x *engine) rightAfterHead(barrier, s int) bool {
	parts := x.titleBefore(barrier, s)
	if len(parts) == 0 {
		return false
	}
	last := parts[len(parts)-1]
	return last.he+1 == s && x.f.low[last.he] == ' '
}

func (x *engine) stateRightAfter(e, limit int) string {
	for _, m := range x.mentsIn(e, min(limit, e+20)) {
		if m.kind == kState && !m.demonym && ofStateRe.MatchString(x.f.low[e:m.s]) && !strings.HasPrefix(x.f.low[m.e:min(limit, m.e+2)], "'s") {
			return m.key // but "King X of the UAE's decision": the UAE's, not X's
		}
		break
	}
	return ""
}

func isPrep(w string) bool {
	switch w {
	case "de", "des", "du", "d", "l", "la", "le", "les", "of", "the", "for", "del", "el", "los", "las", "et", "and", "y", "aux", "au", "a", "en", "in", "to", "par", "pour", "avec", "with", "con", "por", "para", "sur", "on":
		return true
	}
	return false
}

// addOffices records the roles of a title chain for p.
func (x *engine) addOffices(p *person, parts []part, si int, sp span, pos int) {
	if len(parts) == 0 {
		return
	}
	type ro struct {
		role, title, state, org, head string
		// anaphoric: the state was taken from "ce pays", "ese país"
		anaphoric bool
	}
	var rosBuf [4]ro // the usual one or two parts, on the stack
	ros := rosBuf[:0]
	for k, pt := range parts {
		ptxt := x.f.low[pt.s:pt.e]
		if x.matchIn(formerRe, max(sp.s, pt.s-20), pt.s) || x.matchIn(formerRe, max(sp.s, pt.hs-20), pt.hs) || gluedFormer(pt.head) {
			// "former President X", "l'ancien président", "el ex canciller",
			// "X, expresidente de Guinea Bissau": no office now, but the state
			// the person speaks for when met
			if st, org := x.attach(pt, classify(strings.TrimPrefix(pt.head, "ex"), ptxt)); st != "" && org == "" && p.former == "" {
				p.former = st
			}
			continue
		}
		if (pt.head == "pm" || pt.head == "fm") && (x.f.up[pt.hs:pt.he] != strings.ToUpper(pt.head) || pt.hs > pos) {
			continue // "PM Modi", "FM Rana": in capitals ("10 pm" is an hour) and before the name
		}
		role := classify(pt.head, ptxt)
		if (role == "minister" || role == "foreign_minister") && counsellorAfterRe.MatchString(x.f.low[pt.he:min(pt.e, pt.he+16)]) {
			role = "official" // "Ministra Consejera para…", "ministre conseiller": an adviser or a diplomatic rank
		}
		if role == "foreign_minister" && pt.head == "secretary" && k > 0 && parts[k-1].head == "chief executive" {
			role = "official" // "Chief Executive and Secretary of Foreign Affairs and Trade": the ministry's head civil servant
		}
		if role == "foreign_minister" && ordinalBeforeRe.MatchString(x.f.low[max(sp.s, pt.hs-12):pt.hs]) {
			role = "minister" // "Second Minister of Foreign Affairs": not the foreign minister
		}
		if role == "ambassador" && deputyEnvoyRe.MatchString(x.f.low[max(sp.s, pt.hs-25):pt.hs]) {
			role = "official" // "the Deputy British High Commissioner": the second of the mission
		}
		if role == "official" && strings.HasPrefix(pt.head, "representant") && accreditedAmbRe.MatchString(x.f.low[sp.s:sp.e]) {
			role = "ambassador" // "para acreditarse como embajadora … la representante del Principado de Mónaco"
		}
		if (role == "foreign_minister" || role == "minister" || role == "secretary") && strings.HasPrefix(pt.head, "secretar") && x.matchIn(civilSecretaryRe, max(sp.s, pt.hs-12), pt.hs) {
			role = "official" // "Additional Secretary of the Ministry of Foreign Affairs": a civil servant
		}
		if x.matchIn(permanentBeforeRe, max(sp.s, pt.hs-12), pt.hs) && role != "ambassador" {
			role = "official" // "Permanent Secretary of the Ministry of Foreign Affairs": a civil servant
		}
		if role == "ambassador" && strings.HasPrefix(pt.head, "ambassad") {
			// "l'ambassadeur directeur général de l'Agence …": the rank of the holder of another post
			j := pt.he
			for j < pt.e && (x.f.low[j] == ' ' || x.f.low[j] == '-') {
				j++ // "l'ambassadeur-directeur général"
			}
			if hl := x.anchored(headRe, j, pt.e); hl > 0 && j > pt.he {
				role = classify(x.f.low[j:j+hl], x.f.low[j:pt.e])
			}
		}
		if elliptic(pt.head) {
			// "l'Ambassadeur d'Autriche, X, celui de la Turquie, Y": the previous title's role
			role = x.previousRole(si, pos)
			if role == "" {
				continue
			}
		}
		if role == "head_of_state" && x.unknownAcronymIn(pt) {
			role = "official" // "le président de l'APN": the head of a body the gazetteer does not know
		}
		if role == "secretary" && k < len(parts)-1 {
			continue // "The Secretary and Cabinet Secretary X": the bare Secretary is another person
		}
		if proTemporeRe.MatchString(x.f.low[pt.he:min(sp.e, pt.he+24)]) {
			continue // "Presidente Pro Témpore de la Alianza": a rotating chair, no office
		}
		if (role == "head_of_government" || role == "head_of_state") && k+1 < len(parts) && andEndRe.MatchString(x.f.low[pt.s:parts[k+1].s]) {
			if r2 := classify(parts[k+1].head, x.f.low[parts[k+1].s:parts[k+1].e]); r2 != role && (r2 == "head_of_government" || r2 == "head_of_state") {
				continue // "as agreed by the Prime Minister and President Macron": two leaders, the second named
			}
		}
		if role == "ambassador" && len(parts) > 1 && strings.TrimSpace(strings.Trim(ptxt, " ,")) == pt.head {
			continue // "X, ambassadeur, directeur général de l'Agence …": a rank, not a post
		}
		if role == "minister" && k+1 < len(parts) && strings.TrimSpace(strings.Trim(ptxt, " ,")) == pt.head && classify(parts[k+1].head, x.f.low[parts[k+1].s:parts[k+1].e]) == "official" {
			continue // "le Ministre, Directeur de Cabinet du Président": a rank, the post comes after
		}
		if role == "official" && (pt.head == "envoy" || pt.head == "envoye" || pt.head == "envoyee" || pt.head == "enviado" || pt.head == "enviada") && credTrigRe != nil && len(x.find(credTrigRe, sp.s, sp.e)) > 0 {
			role = "ambassador" // "Qatari envoy to India X … presented their credentials"
		}
		st, org := x.attach(pt, role)
		if role == "head_of_state" && org != "" && x.ownHeadOrg(org) {
			role = "secretary_general" // "el presidente del Parlacen": a parliament's, a bank's own head, not a chairing head of state
		}
		if st == "" && org == "" && titleOrgNounRe.MatchString(ptxt) {
			// "la jefa de la diplomacia del bloque regional": the organisation named last
			ms := x.mentsIn(max(0, sp.s-400), pt.s)
			for i := len(ms) - 1; i >= 0; i-- {
				if ms[i].kind == kOrg {
					org = ms[i].key
					break
				}
			}
			if org == "" && strings.Contains(ptxt, "commission") {
				org = x.mainOrg(pt.s) // "le président de la Commission" of the organisation the text is about
			}
		}
		if role == "ambassador" && st == "" && org != "" && (pt.head == "representant" || pt.head == "representante") && !strings.Contains(ptxt, "permanent") {
			role = "official" // "le représentant du PNUD au Liban": an organisation's officer in the host
		}
		if st == "" && org == "" && cardinalBeforeRe.MatchString(x.f.low[max(sp.s, pos-12):pos]) && strings.HasPrefix(strings.ReplaceAll(pt.head, "'", " "), "secr") {
			st, role = "VA", "official" // "le cardinal X, secrétaire d'Etat": the Holy See's Secretary of State
		}
		anaphoric := false
		if st == "" && org == "" && thisCountryRe.MatchString(ptxt) {
			anaphoric = true
			// "secrétaire d'État aux Affaires étrangères de ce pays", "presidente del
			// país": the state named last before the title; "de ese país
			// centroamericano": the last of that region
			regions := titleRegions(ptxt)
			if ms := x.mentsIn(max(0, sp.s-300), pt.s); len(ms) > 0 {
				for i := len(ms) - 1; i >= 0; i-- {
					if ms[i].kind == kState && (regions == nil || x.inRegion(ms[i].key, regions)) {
						if originBeforeRe.MatchString(x.f.low[max(0, ms[i].s-30):ms[i].s]) {
							continue // "procedente de Estados Unidos": where the traveller comes from, not "el país"
						}
						st = ms[i].key
						break
					}
				}
			}
		}
		if st == "" && org == "" && genitiveEndRe.MatchString(ptxt) {
			// "envoyé spécial du président sénégalais": the envoy of that leader's state
			if m := principalStateRe.FindStringSubmatchIndex(x.f.low[pt.e:min(sp.e, pt.e+50)]); m != nil {
				for _, mm := range x.mentsIn(pt.e+m[2], pt.e+m[3]) {
					if mm.kind == kState {
						st = mm.key
						break
					}
				}
			}
		}
		if role == "ambassador" && st == "" && org != "" && (!envoyOrgs[org] || !x.orgSends(pt, org)) {
			org = "" // "ambassador to the African Union", "CARICOM ambassador": the host, not the sender
		}
		if role == "ambassador" && (strings.HasPrefix(pt.head, "nonce") || strings.Contains(pt.head, "nuncio")) {
			st, org = "VA", "" // "le Nonce apostolique au Cameroun", "el Nuncio Apostólico del Perú": the Holy See's ambassador there
		}
		if st == "" && org == "" {
			// "une délégation de la Commission de l'UA conduite par son président, X"
			if o := x.possessiveOrg(pt); o != "" {
				org = o
				if orgPresident(pt.head) {
					role = "secretary_general"
				}
			}
		}
		title := strings.Trim(x.doc.Text[x.f.text(pt.s):x.f.textEnd(pt.e)], " ,")
		title = trimTitleTail(title) // "…du Royaume de Belgique, Mme": the honorific is not the title
		if anaphoric && st != "" {
			// "el canciller de ese país, X": the list of known holders may say which
			if v, ok := knownPeople().lookup(p.words, x.ref.Year); ok && v.state != "" && v.state != st && x.mentionsState(v.state) {
				st = v.state
			}
		}
		ros = append(ros, ro{role, title, st, org, pt.head, anaphoric && st != ""})
		if role == "deputy_prime_minister" && inChargeForeignRe.MatchString(x.f.low[pt.he:pt.e]) {
			// "le vice-premier ministre en charge des affaires étrangères": the foreign minister too
			ros = append(ros, ro{"foreign_minister", title, st, org, pt.head, anaphoric && st != ""})
		}
	}
	// parts without a state take the state of the next part that has one, else of the previous
	for i := range ros {
		if ros[i].state != "" || ros[i].org != "" {
			continue
		}
		for j := i + 1; j < len(ros); j++ {
			if ros[j].state != "" {
				ros[i].state = ros[j].state
				break
			}
		}
		if ros[i].state == "" {
			for j := i - 1; j >= 0; j-- {
				if ros[j].state != "" {
					ros[i].state = ros[j].state
					break
				}
			}
		}
		if ros[i].state == "" && ros[i].role == "official" {
			// "vicepresidenta de la Comisión Europea y alta representante …": the same organisation
			for j := range ros {
				if ros[j].org != "" && ros[j].state == "" {
					ros[i].org = ros[j].org
					break
				}
			}
		}
	}
	if len(ros) > 1 && ros[0].role == "counterpart" && ros[0].state != "" &&
		slices.ContainsFunc(ros[1:], func(r ro) bool { return explicitRoles[r.role] }) {
		// "his Malaysian counterpart, Tourism, Arts and Culture Minister X":
		// the title said after it beats the office the counterpart would copy
		ros = ros[1:]
	}
	for _, r := range ros {
		o := &office{role: r.role, title: r.title, state: r.state, org: r.org, ev: sp, sent: si, conf: 0.9, head: r.head, pos: pos}
		if r.role == "ambassador" {
			o.host = x.hostOf(parts)
		}
		if r.anaphoric {
			o.conf = 0.7 // the last state named, a guess the list of known holders may correct
		}
		switch {
		case r.role == "counterpart":
			o.counterpart = true
			o.conf = 0.75
			if r.state == "" {
				o.pending = true
			}
		case r.role == "secretary_general":
			if r.org == "" && !unknownInstitutionRe.MatchString(foldString(r.title)) && !(strings.HasPrefix(r.head, "direct") && departmentOfRe.MatchString(foldString(r.title))) {
				// (a director-general of a department, "Directora General de Protocolo", heads no organisation named before)
				r.org = x.orgBefore(sp)
				o.org = r.org
			}
			if r.org != "" {
				o.state = ""
			} else {
				o.role = "official"
				o.pending = r.state == ""
			}
		case r.role == "ambassador" && r.state == "" && r.org != "":
			// "embajador de la Unión Europea": the organisation's envoy
		case r.role == "ambassador" && r.state == "":
			// "ambassadrice au Kazakhstan": an ambassador of the reporting state
			if host := x.hostOf(parts); host != "" && x.reporting != "" && host != x.reporting {
				o.state, o.conf = x.reporting, 0.6
			} else {
				o.pending = true
			}
		case r.role == "official" && r.org != "" && r.state == "" && orgPresident(r.head):
			// "le président de la Banque X": the head of the organisation
			o.role = "secretary_general"
		case r.role == "official" && r.org != "" && r.state == "":
			// an official of an organisation
		case r.role == "foreign_minister" && r.org != "" && r.state == "" && orgDiplomacyRe.MatchString(foldString(r.title)):
			// "la jefa de la diplomacia de la Unión Europea": the organisation's chief diplomat, an official of it
			o.role = "official"
		case r.state == "" && (usTitleRe.MatchString(foldString(r.title)) || x.usSpokesperson(r.head, pos)) && x.mentionsState("US"):
			// "under secretary of state for political affairs", "an official at the State Department"
			o.org, o.state, o.conf = "", "US", 0.7
		case r.state == "":
			o.org = ""
			o.pending = true
			o.conf = 0.65
		default:
			o.org = ""
		}
		if o.role != "secretary_general" && !((o.role == "official" || o.role == "ambassador") && o.org != "" && o.state == "") {
			o.org = ""
		}
		dup := false
		for _, old := range p.offices {
			if old.role == o.role && old.state == o.state && old.org == o.org && old.pending == o.pending && old.counterpart == o.counterpart {
				dup = true
				break
			}
		}
		if !dup && len(p.offices) < 32 {
			p.offices = append(p.offices, o)
		}
	}
}

// orgBefore returns the last organisation named in the sentence or the one before.
func (x *engine) orgBefore(sp span) string {
	si := x.sentenceOf(sp.s)
	for k := si; k >= 0 && k >= si-1; k-- {
		ms := x.mentsIn(x.sents[k].s, x.sents[k].e)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].kind == kOrg {
				return ms[i].key
			}
		}
	}
	return ""
}

// hostOf returns the state a title chain names as host ("au Kazakhstan").
func (x *engine) hostOf(parts []part) string {
	for _, pt := range parts {
		for _, m := range x.mentsIn(pt.s, pt.e) {
			if m.kind == kState && hostPrefix.MatchString(x.f.low[max(pt.s, m.s-20):m.s]) {
				return m.key
			}
		}
	}
	return ""
}

// addPerson finds or creates the person named by view[s:e].
func (x *engine) addPerson(s, e int) *person {
	name := x.splitGluedName(strings.TrimSpace(x.doc.Text[x.f.text(s):x.f.textEnd(e)]))
	words := personWords(name)
	if p := x.findPerson(words); p != nil {
		addForm(p, name)
		if len(words) > len(p.words) || len(words) == len(p.words) && isAllCaps(p.name) && !isAllCaps(name) {
			p.name, p.words = name, words
			p.id = "person:" + personSlug(name)
		}
		return p
	}
	p := &person{id: "person:" + personSlug(name), name: name, forms: []string{name}, words: words, first: s}
	x.persons = append(x.persons, p)
	return p
}

func isAllCaps(s string) bool {
	// fast path: an ASCII lower-case letter changes under ToUpper
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			break
		} else if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return strings.ToUpper(s) == s
}

func dropInitials(words []string, name string) []string {
	var out []string
	for _, w := range words {
		if len(w) == 1 {
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return words
	}
	return out
}

// tailOf reports whether short, of two words or more, ends long, and not
// as a father's name ("Salman bin Abdulaziz" ends "Mohammed bin Salman bin
// Abdulaziz": the son is another person).
func tailOf(short, long []string) bool {
	if len(short) < 2 || len(long) <= len(short) || !equalWords(long[len(long)-len(short):], short) {
		return false
	}
	return !arabicParticles[long[len(long)-len(short)-1]]
}

func addForm(p *person, name string) {
	for _, f := range p.forms {
		if f == name {
			return
		}
	}
	p.forms = append(p.forms, name)
}

// findPerson returns the known person a name refers to: same words, or the
// same last word with compatible first words (one name a part of the other).
func (x *engine) findPerson(words []string) *person {
	if len(words) == 0 {
		return nil
	}
	var best *person
	for _, p := range x.persons {
		if equalWords(p.words, words) {
			return p
		}
	}
	for _, p := range x.persons {
		if equalLoose(p.words, words) {
			return p // "Mohamed VI" for "Mohammed VI"
		}
	}
	for _, p := range x.persons {
		pw := p.words
		if len(pw) == 0 {
			continue
		}
		// regnal names: "Mohammed VI" only matches itself
		if isRegnal(pw) || isRegnal(words) {
			continue
		}
		if pw[len(pw)-1] != words[len(words)-1] {
			continue
		}
		if len(words) == 1 && patronymicEnd(pw) || len(pw) == 1 && patronymicEnd(words) {
			continue // "Mohamed Ben Salmane" is the son of Salmane: "le Roi Salmane" is another person
		}
		if len(words) == 1 || len(pw) == 1 || pw[0] == words[0] || tailOf(pw, words) || tailOf(words, pw) {
			// ("Sissoco Embaló" for "Umaro Sissoco Embaló": the family names in full)
			if best != nil && best != p {
				return nil // ambiguous
			}
			best = p
		}
	}
	if best == nil && len(words) >= 2 {
		// "María Ángela" for "María Ángela Holguín": the given names
		for _, p := range x.persons {
			if len(p.words) > len(words) && !isRegnal(p.words) && equalWords(p.words[:len(words)], words) {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	if best == nil && len(words) == 1 {
		// "Ebrard" for "Marcelo Ebrard Casaubón", "Rana" for "Arzu Rana
		// Deuba": the first of two surnames
		for _, p := range x.persons {
			if len(p.words) >= 3 && !isRegnal(p.words) && slices.Contains(p.words[1:len(p.words)-1], words[0]) && len(words[0]) > 2 {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	if best == nil && len(words) == 1 && len(words[0]) >= 4 {
		// "Minister IWAYA" for "Iwaya Takeshi", "Sheikh Abdullah" for "Abdullah
		// bin Zayed", "King Mohammed" for "Mohammed VI": the first word of one
		// known name
		for _, p := range x.persons {
			if len(p.words) >= 2 && (!isRegnal(p.words) || len(p.words) == 2) && p.words[0] == words[0] {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	if best == nil && len(words) >= 3 && arabicParticles[words[1]] {
		// "Abdullah bin Abdulaziz" after "Crown Prince Abdullah": the given
		// name an Arabic name is known by
		for _, p := range x.persons {
			if len(p.words) == 1 && p.words[0] == words[0] && len(words[0]) >= 4 {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	if best == nil && len(words) >= 2 {
		// "Félix Antoine Tshisekedi Tshilombo" for "Félix Tshisekedi": the same
		// given name, and the shorter name's surname inside the longer one
		for _, p := range x.persons {
			if !isRegnal(p.words) && len(p.words) >= 2 && len(p.words) != len(words) && p.words[0] == words[0] && givenAndSurname(p.words, words) {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	if best == nil && len(words) >= 2 {
		// "Oyono Esono" for "Simeón Oyono Esono Angue": a run of the surnames
		for _, p := range x.persons {
			if len(p.words) > len(words) && !isRegnal(p.words) && containsRun(p.words[1:], words) {
				if best != nil && best != p {
					return nil
				}
				best = p
			}
		}
	}
	return best
}

// givenAndSurname reports whether the shorter of a and b (same first word)
// has its last word among the longer's later words, not as a father's name
// after "bin", "ben", "ould".
func givenAndSurname(a, b []string) bool {
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	last := short[len(short)-1]
	if len(short) != 2 || len(last) < 4 {
		return false
	}
	for i := 1; i < len(long); i++ {
		if long[i] == last {
			return !arabicParticles[long[i-1]]
		}
	}
	return false
}

// containsRun reports whether run occurs contiguously in words.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if equalWords(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

func isRegnal(words []string) bool {
	return len(words) > 0 && romanNumeral.matchUpper(words[len(words)-1])
}

// equalLoose reports whether two names are the same but for doubled
// letters (Mohammed / Mohamed, Abdallah / Abdalah), a common variation of
// transliterated names.
func equalLoose(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !undoubledEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

// undoubledEqual reports whether undoubled(a) == undoubled(b), without
// building either.
func undoubledEqual(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// undoubled returns w with each run of one repeated letter cut to one.
func undoubled(w string) string {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			b := make([]byte, 0, len(w))
			for j := 0; j < len(w); j++ {
				if j == 0 || w[j] != w[j-1] {
					b = append(b, w[j])
				}
			}
			return string(b)
		}
	}
	return w
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// roleOf returns a person's office with one of the roles, or nil.
func (p *person) office(roles ...string) *office {
	for _, r := range roles {
		for _, o := range p.offices {
			if o.role == r && !o.counterpart {
				return o
			}
		}
	}
	return nil
}

// states returns the states a person holds office for.
// stated returns another office of p whose state or organisation the text
// gave, other than a Secretary's, or nil.
func (p *person) stated(not *office) *office {
	for _, o := range p.offices {
		if o != not && !o.pending && (o.state != "" && o.state != "US" || o.org != "") && o.role != "secretary" && o.role != "secretary_of_state" {
			return o
		}
	}
	return nil
}

// states returns the states p holds offices of, sorted. The buffer of
// four is the caller's once inlined: on its stack unless it keeps the
// result, and one allocation at most instead of growing from nil.
func (p *person) states() []string {
	var buf [4]string
	return p.appendStates(buf[:0])
}

// appendActorStates appends to buf the states p acts for in an event: the
// states of the offices, else the state of a former office ("X, expresidente
// de Guinea Bissau", met as a mediator of his country) when p holds none
// now: an envoy of an organisation speaks for it, not for his state.
func (p *person) appendActorStates(buf []string) []string {
	out := p.appendStates(buf)
	if len(p.offices) == 0 && p.former != "" {
		out = append(out, p.former)
	}
	return out
}

// candidateState returns the one state p stands for as a candidate for a
// post ("" if none or several): of his offices, else of a former one
// ("el excanciller uruguayo Luis Almagro", "the former Ghanaian minister").
func (p *person) candidateState() string {
	var buf [4]string
	if sts := p.appendActorStates(buf[:0]); len(sts) == 1 {
		return sts[0]
	}
	return ""
}

// explicitRoles are the roles a title states outright, which a
// counterpart's copied office gives way to.
var explicitRoles = map[string]bool{"minister": true, "foreign_minister": true, "head_of_state": true, "head_of_government": true, "deputy_prime_minister": true, "ambassador": true}

// appendStates appends p.states() to buf (empty): callers that keep nothing
// pass a buffer on their stack.
func (p *person) appendStates(buf []string) []string {
	out := buf
	for _, o := range p.offices {
		if o.state != "" && !o.pending && o.role != "" {
			if !contains(out, o.state) {
				out = append(out, o.state)
			}
		}
	}
	sort.Strings(out)
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// wordIndex returns the offset of the first whole-word occurrence of w in
// s, or -1.
func wordIndex(s, w string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if (i == 0 || !isWordByte(s[i-1])) && (i+len(w) == len(s) || !isWordByte(s[i+len(w)])) {
			return i
		}
		off = i + 1
	}
	return -1
}

// pronounAntecedent returns the person a sentence opening with a personal
// pronoun stands for when the sentence before opens with that person,
// named or titled and named ("Le Ministre …, Jean-Yves Le Drian est arrivé
// à Tananarive. Il a été accueilli par…"); nil otherwise (a nameless
// subject, "The head of Moroccan diplomacy met with X", is not X).
func (x *engine) pronounAntecedent(sp span) *person {
	low := x.f.low
	if !pronounSupporterRe.MatchString(low[sp.s:min(sp.e, sp.s+30)]) || impersonalRe.MatchString(low[sp.s:min(sp.e, sp.s+40)]) {
		return nil
	}
	prev, ok := x.sentenceBefore(sp)
	if !ok {
		return nil
	}
	for _, pm := range pmRange(x.pms, prev.s, prev.e) {
		if pm.p == nil {
			continue
		}
		if pm.s-prev.s <= 12 {
			return pm.p
		}
		if parts := x.titleBefore(prev.s, pm.s); len(parts) > 0 && parts[0].s-prev.s <= 12 {
			return pm.p
		}
		return nil
	}
	return nil
}

// resolveOffices fills in the roles of counterparts and the states of titles
// that name none (reporting-state and partner defaults).
func (x *engine) resolveOffices() {
	// counterparts: role of the other person of the sentence
	for _, p := range x.persons {
		for _, o := range p.offices {
			if !o.counterpart {
				continue
			}
			// the possessor of "his counterpart": a person named before it in
			// the sentence (a repeated name is no mention yet), else the first other
			var other *person
			if !x.firstPersonCounterpart(o) {
				// the subject of the verb of meeting before it, if a pronoun or a
				// bare title, else a person named before it
				if other = x.meetSubject(o, p); other == nil {
					other = x.namedBefore(o.sent, o.pos, p)
				}
			}
			if other == nil && !x.firstPersonCounterpart(o) {
				// "Il a été accueilli par son homologue, X, et l'Ambassadeur Y": the one the pronoun stands for
				if q := x.pronounAntecedent(x.sents[o.sent]); q != nil && q != p {
					other = q
				}
			}
			if other == nil {
				// the first other person of the sentence, named in full or by a
				// surname told before ("During a press conference with his
				// counterpart, X, Bourita recalled…")
				sp := x.sents[o.sent]
				first := -1
				for _, pm := range pmRange(x.pms, sp.s, sp.e) {
					if pm.p != nil && pm.p != p {
						other, first = pm.p, pm.s
						break
					}
				}
				for _, q := range x.persons {
					if q == p || len(q.words) < 2 || len(q.offices) == 0 || q.first >= sp.s {
						continue
					}
					if at := wordIndex(x.f.low[sp.s:sp.e], q.words[len(q.words)-1]); at >= 0 && (first < 0 || sp.s+at < first) {
						other, first = q, sp.s+at
					}
				}
			}
			role := "foreign_minister"
			if other == nil {
				// "Le premier ministre français a été accueilli par son homologue marocain, X": the unnamed leader's peer
				if si := o.sent; si >= 0 && si < len(x.sents) {
					if ms := leaderTitleRe.FindAllString(x.f.low[x.sents[si].s:o.pos], -1); len(ms) > 0 {
						if r := classify(ms[len(ms)-1], ms[len(ms)-1]); r == "head_of_state" || r == "head_of_government" {
							role = r
						}
					}
				}
			}
			if other != nil {
				if oo := other.office("foreign_minister", "head_of_state", "head_of_government", "deputy_prime_minister", "minister", "ambassador", "secretary", "secretary_of_state", "official"); oo != nil {
					role = oo.role
					if role == "secretary" || role == "secretary_of_state" {
						role = "foreign_minister"
					}
				}
				if o.state == "" {
					// "During her visit to Portugal, X will hold talks with her counterpart Y": the one other state of the sentence
					o.state = x.soleOtherState(o.sent, other.states())
				}
				if o.state == "" {
					for _, st := range other.states() {
						if alt := x.otherState(st); alt != "" {
							o.state = alt
							o.conf = 0.6
						}
					}
				}
			}
			o.role = role
			o.counterpart = false
			o.pending = o.state == ""
		}
	}
	// bare "Secretary X" and "Secretary of State X": the US Secretary of State unless a state is named
	for _, p := range x.persons {
		for _, o := range p.offices {
			switch o.role {
			case "secretary", "secretary_of_state":
				if fm := p.office("foreign_minister"); o.role == "secretary" && o.state == "" && (p.office("secretary_of_state") != nil || fm != nil && fm.state == "US") {
					o.role = "secretary_of_state" // "Secretary Cole" after "Secretary of State Mary Cole"
				}
				if mo := p.office("minister"); o.role == "secretary_of_state" && o.state == "" && mo != nil && mo != o && !strings.HasPrefix(foldString(o.title), "secretary of state") {
					// "la secrétaire d'Etat Boone" after "Laurence Boone, secrétaire d'Etat chargée de l'Europe": that junior minister
					o.role, o.state, o.org, o.pending, o.conf = mo.role, mo.state, mo.org, mo.pending, mo.conf
					continue
				}
				if prev := p.stated(o); o.role == "secretary" && o.state == "" && prev != nil {
					// "Secretary Seed" after "New Zealand Chief Executive and Secretary … Chris Seed": the office named before
					o.role, o.state, o.org, o.pending, o.conf = prev.role, prev.state, prev.org, false, prev.conf
					continue
				}
				if o.role == "secretary_of_state" && o.state == "" && !x.mentionsState("US") && x.reporting != "US" && !strings.HasPrefix(o.head, "secretary") {
					// "la prochaine visite à Madagascar du secrétaire d'État, X": a junior
					// minister of the state the text is about, no American
					o.role, o.pending = "minister", true
					continue
				}
				if o.role == "secretary" && o.state == "" && !x.mentionsState("US") && x.reporting != "US" {
					o.role = "official"
					if foreignRe.MatchString(foldString(o.title)) {
						o.role = "foreign_minister" // "Foreign Affairs Secretary X" outside the United States
					}
					continue
				}
				o.role = "foreign_minister"
				if o.state == "" {
					o.state, o.pending, o.conf = "US", false, 0.7
				}
				if o.state != "US" {
					o.role = "minister"
				}
			}
		}
	}
	// pending states in text order
	type po struct {
		p *person
		o *office
	}
	var pend []po
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.pending {
				pend = append(pend, po{p, o})
			}
		}
	}
	slices.SortStableFunc(pend, func(a, b po) int { return cmp.Compare(a.o.ev.s, b.o.ev.s) })
	for _, it := range pend {
		o := it.o
		if !o.pending {
			continue
		}
		if o.role == "ambassador" && x.reporting != "" && monarchies[x.reporting] && o.pos >= o.ev.s && o.pos < o.ev.e && ofTheKingdomRe.MatchString(x.f.low[o.pos:min(o.ev.e, o.pos+160)]) {
			o.state, o.pending, o.conf = x.reporting, false, 0.7 // "représentant permanent du Royaume auprès de l'ONU"
			continue
		}
		if o.role == "ambassador" && o.pos > 0 && ourEnvoyRe.MatchString(x.f.low[max(0, o.pos-60):o.pos]) {
			// "nuestro Embajador en Brasil, Compañero X": the envoy of the state that speaks
			st := x.reporting
			if st == "" {
				st = x.sourceState // "nuestro Embajador" on a Nicaraguan site that never names Nicaragua
			}
			if st == "" || st == o.host {
				st = x.otherState(o.host)
			}
			if st != "" && st != o.host {
				o.state, o.pending, o.conf = st, false, 0.6
				continue
			}
		}
		if o.role == "ambassador" && bareAmbassadorHead(o) {
			st := ""
			if !x.statedAmbassador() {
				st = x.namelessState("ambassador")
			}
			if st == "" && o.sent > 0 && o.sent < len(x.sents) && o.pos > x.sents[o.sent-1].s {
				// "les lettres de créance du nouvel ambassadeur de Chine. … l'ambassadeur Zhao Bin": the envoy just named without a name
				st = x.namelessScan("ambassador", x.sents[o.sent-1].s, x.sents[o.sent-1].e)
			}
			if st != "" {
				// "l'ambassadeur du Mali en Haïti … l'ambassadeur Abdoul Kader Touré": the one envoy of the text
				o.state, o.pending, o.conf = st, false, 0.6
				continue
			}
		}
		if o.role == "ambassador" {
			if st := x.openingSide(o); st != "" && st != o.host {
				// "Por la parte chilena, participaron … el embajador de ese país en Lima, X"
				o.state, o.pending, o.conf = st, false, 0.6
				continue
			}
			if st := x.presentListState(it.p, o); st != "" && st != o.host {
				// "estuvieron presentes el embajador dominicano en Bélgica, X; … y el
				// embajador adjunto ante la ONU, Z": one side's officials listed
				o.state, o.pending, o.conf = st, false, 0.55
				continue
			}
		}
		if o.role == "ambassador" || o.role == "secretary_general" {
			continue
		}
		if st := sameRoleState(it.p, o); st != "" {
			o.state, o.pending = st, false
			continue
		}
		if st := sameSentenceState(it.p, o); st != "" {
			// "son homologue belge, X, vice-premier ministre et ministre…": one person, one state
			o.state, o.pending, o.conf = st, false, 0.7
			continue
		}
		st, senders := x.credReceiverState(o)
		if st != "" {
			// a receiver of credentials: the host, never a sender
			for _, o2 := range it.p.offices {
				if o2.pending && o2.role != "ambassador" && o2.role != "secretary_general" {
					o2.state, o2.pending, o2.conf = st, false, 0.6
				}
			}
			continue
		}
		// the person's other pending roles are resolved together
		var group []*office
		for _, o2 := range it.p.offices {
			if o2.pending && o2.role != "ambassador" && o2.role != "secretary_general" {
				group = append(group, o2)
			}
		}
		cands := []string{}
		add := func(c string) {
			if c != "" && !contains(cands, c) {
				cands = append(cands, c)
			}
		}
		// a person named after an official of the reporting state in the same
		// sentence is most likely foreign: states named nearby come first
		foreign := false
		if (o.role == "head_of_state" || o.role == "head_of_government") && o.sent >= 0 && o.sent < len(x.sents) {
			for _, pm := range pmRange(x.pms, x.sents[o.sent].s, o.pos) {
				if pm.p != nil && pm.p != it.p && contains(pm.p.states(), x.reporting) {
					foreign = true
				}
			}
			if x.reporting == "US" && x.match(secretaryRef, x.sents[o.sent].s, o.pos) {
				foreign = true
			}
		}
		if (o.role == "head_of_state" || o.role == "head_of_government") && o.sent >= 0 && o.sent < len(x.sents) && x.ownPrincipal(o) {
			// "Secretary Cole reiterated President Harlan's call": the speaker's leader
			foreign = false
			for _, pm := range pmRange(x.pms, x.sents[o.sent].s, o.pos) {
				if pm.p != nil && pm.p != it.p {
					for _, st := range pm.p.states() {
						add(st)
					}
				}
			}
		}
		if o.sent >= 0 && o.sent < len(x.sents) && x.matchIn(accompanyVisitorRe, x.sents[o.sent].s, o.pos) {
			add(x.visitorState()) // "Acompañaron al distinguido visitante X, Ministro de Economía": the visitor's
		}
		if o.sent >= 0 && o.sent < len(x.sents) && x.accompanying(o.pos, x.sents[o.sent]) {
			// "La Canciller X estuvo acompañada por el Ministro de Comercio, Y": X's delegation
			sp := x.sents[o.sent]
			if m := x.indexIn(accompanyRe, sp.s, o.pos); m != nil {
				for _, pm := range pmRange(x.pms, sp.s, sp.s+m[0]) {
					if pm.p != nil && pm.p != it.p {
						for _, st := range pm.p.states() {
							add(st)
						}
					}
				}
				if p := x.namedBefore(o.sent, sp.s+m[0], it.p); p != nil {
					for _, st := range p.states() {
						add(st) // "X était accompagné du conseiller Y": X named again without a title
					}
				}
				if bareLeaderRe.MatchString(x.f.low[sp.s : sp.s+m[0]]) {
					add(x.soleHolderState("head_of_state", it.p)) // "The Head of State was joined by the Minister of Health, X"
				}
				for _, m2 := range x.mentsIn(sp.s, sp.s+m[0]) {
					if m2.kind == kState && (m2.demonym || sideRe.MatchString(x.f.low[max(sp.s, m2.s-20):m2.s])) {
						add(m2.key) // "Por parte de Chile, al Canciller X lo acompañaron…"
					}
				}
				if ms := x.mentsIn(sp.s+m[1], min(o.pos, sp.s+m[1]+40)); len(ms) > 0 && ms[0].kind == kState && ms[0].demonym {
					add(ms[0].key) // "Estuvieron junto al mandatario argentino …, el jefe de Gabinete, X"
				}
			}
		}
		if t := foldString(o.title); usTitleRe.MatchString(t) && !strings.Contains(t, "secretary of state for") {
			add("US") // "Deputy Secretary of State X": a title of the United States (the British add "for Africa")
		}
		if t := foldString(o.title); strings.Contains(t, "tanaiste") || strings.Contains(t, "taoiseach") {
			add("IE") // "Tánaiste Simon Coveney": an Irish title
		}
		if ofTheKingRe.MatchString(foldString(o.title)) {
			add(x.kingState()) // "le conseiller du roi, X": the King's
		}

		add(x.governmentSide(o))  // "algún miembro del Gobierno ecuatoguineano, … el titular de Exteriores X"
		add(x.delegationSide(o))  // "La delegación peruana está conformada por el titular del Congreso, X; …"
		add(x.openingSide(o))     // "Por la parte cubana participaron el Viceministro X, …"
		add(x.localAdminState(o)) // "le Wali de la région de Dakhla": the state the place is in
		add(x.inviterHost(o))     // "PM X invited President Y to visit India": X is India's
		if st := x.possessiveSubject(o); st != "" {
			add(st) // "La République du Timor oriental ouvrira … a déclaré son Président, X"
		}
		if st := x.visitedHost(it.p, o); st != "" {
			add(st) // "she will travel to Timor-Leste, where she will meet President X"
		}
		if st := x.listNeighbourState(it.p, o); st != "" {
			add(st) // "Malaysia's Prime Minister X, Foreign Minister Y and Defence Minister Z"
		}
		if st := x.semicolonItemState(it.p, o); st != "" {
			add(st) // "Qin Gang, Ministro de Relaciones Exteriores de China; Hua Chunying, portavoz del Ministerio": one side's list
		}
		if st := x.dispatcherState(it.p, o); st != "" {
			add(st) // "Alpha Condé a dépêché à Niamey le ministre de la défense, X": the sender's minister
		}
		if st := x.messageSender(it.p, o); st != "" {
			add(st) // "Il était porteur d'un message du président X": the envoy's own leader
		}
		add(x.namelessState(o.role))
		if x.present(o) && !x.stateInTitle(o) {
			// "Mbasogo se reunió con la delegación, con la presencia de X, ministro
			// de Exteriores": the officials present are of the first person's side
			sp := x.sents[o.sent]
			if ms := x.find(presenceRe, sp.s, o.pos); len(ms) > 0 {
				q := x.namedBefore(o.sent, ms[0][0], it.p)
				for _, pm := range pmRange(x.pms, sp.s, ms[0][0]) {
					if pm.p != nil && pm.p != it.p {
						q = pm.p
						break
					}
				}
				if st := x.missionPlace(sp, ms[0][0], q); st != "" {
					add(st) // "inaugurated the new embassy of her country in Abu Dhabi in the presence of X, Minister of Energy": the host's
				} else if dl := x.datelineState(); q != nil && (dl == "" || contains(q.states(), dl)) {
					for _, st := range q.states() {
						add(st) // (but a foreign king opening his embassy "in the presence of" the host's minister)
					}
				}
				if q == nil {
					// "Les entretiens se sont déroulés en présence du ministre des Affaires
					// étrangères, M. X, de la directrice de cabinet …, Mme Y": the side of the first one present
					for _, pm := range pmRange(x.pms, ms[0][1], o.pos) {
						if pm.p != nil && pm.p != it.p {
							for _, po := range pm.p.offices {
								if !po.pending && po.state != "" && po.org == "" {
									add(po.state)
								}
							}
							break
						}
					}
				}
			}
		}
		if (o.role == "minister" || o.role == "official" || o.role == "foreign_minister" && x.present(o)) && !x.stateInTitle(o) {
			// a minister named without a state serves the government whose
			// leaders the text names without one ("le Président de la République")
			add(x.namelessState("head_of_state"))
			add(x.namelessState("foreign_minister"))
			add(x.ownGovernment(it.p))
		}
		if !foreign {
			add(x.reporting)
		}
		var locs []string
		if o.sent >= 0 && o.sent < len(x.sents) {
			sp := x.sents[o.sent]
			ms := append([]ment{}, x.mentsIn(sp.s, sp.e)...)
			slices.SortStableFunc(ms, func(a, b ment) int { return cmp.Compare(absInt(a.s-o.pos), absInt(b.s-o.pos)) })
			var places []string
			for _, m := range ms {
				if m.kind == kState && (!foreign || m.key != x.reporting) {
					if !m.demonym && !m.capital && x.matchIn(locativeRe, max(sp.s, m.s-12), m.s) {
						places = append(places, m.key) // "en Azerbaiyán": a place, not an allegiance
						continue
					}
					add(m.key)
				}
			}
			locs = places
		}
		if foreign {
			add(x.partner)
			add(x.reporting)
		}
		add(x.partner)
		for _, c := range locs {
			add(c)
		}
		add(x.datelineState())
		counter := x.counterStates(it.p, o)
		for _, g := range group {
			if g != o {
				for _, c := range x.counterStates(it.p, g) {
					if !contains(counter, c) {
						counter = append(counter, c) // one person, one state: none the sentence rules out for any of its roles
					}
				}
			}
		}
		if len(x.ranked) <= 3 {
			excluded := true
			for _, c := range cands {
				excluded = excluded && (contains(counter, c) || contains(senders, c))
			}
			if excluded {
				// "Bourita a reçu son homologue ivoirien" in a text on Côte d'Ivoire
				// and Morocco: the other state of the text
				for _, st := range x.ranked {
					if !x.venueOnly(st) {
						add(st) // (but not "la Cumbre, a realizarse en República Dominicana": a place only)
					}
				}
			}
		}
		chosen := ""
		for _, c := range cands {
			if contains(senders, c) {
				continue // a receiver of credentials is never of a sending state
			}
			if contains(counter, c) {
				continue // the state of the ambassador one receives, the state one visits
			}
			fits := true
			for _, g := range group {
				king := isKingHead(g.head)
				pres := g.role == "head_of_state" && !king
				civil := g.head == "foreign secretary" && civilServiceForeignSecretary[c] // an official there, beside the minister
				if king && !monarchies[c] || pres && monarchies[c] || uniqueRole(g.role) && !civil && x.roleTaken(c, g.role, it.p) ||
					g.head == "foreign secretary" && c == "US" || // the United States has a Secretary of State
					g.role == "head_of_government" && primeMinisterHead(g.head) && noPrimeMinister[c] {

					fits = false
				}
			}
			if fits {
				chosen = c
				break
			}
		}
		if chosen == "" && len(x.ranked) == 1 && contains(counter, x.ranked[0]) && !contains(senders, x.ranked[0]) {
			// the text names no other state: whoever the President receives
			// is of his own ("Le président Paul Biya a reçu le ministre d'Etat, X")
			chosen = x.ranked[0]
		}
		if chosen == "" {
			continue
		}
		for _, g := range group {
			g.state, g.pending = chosen, false
			if chosen == x.reporting {
				g.conf = 0.65
			} else {
				g.conf = 0.55
			}
		}
	}
	x.lateCounterparts()
}

// pronounOrTitleSubjectRe opens a sentence whose subject is a pronoun or a bare title
// standing for the person the sentences before are about ("Il s'est ainsi
// entretenu avec …", "Le ministre a également rencontré …").
var pronounOrTitleSubjectRe = mkf(`^(?:(?:aussi|de meme|par ailleurs|en outre|enfin|ensuite|also|moreover|furthermore|finally|later|asimismo|ademas|tambien|luego|posteriormente|por otra parte|finalmente),\s*)?(?:il|elle|he|she|ella|el|(?:le|la|the|el) (?:ministre|minister|ministro|ministra|secretary|secretaire|secretario|secretaria|chef de la diplomatie|canciller)\b)`)

// meetSubject returns the subject of the verb of meeting that comes before
// the counterpart title o in its sentence, when no person is named before
// the verb: the person a pronoun or bare title opening the sentence stands
// for ("Il s'est ainsi entretenu avec X, avec Y, ainsi qu'avec son
// homologue islandaise, Z": Z is the counterpart of "il", not of X).
func (x *engine) meetSubject(o *office, p *person) *person {
	sp := x.sents[o.sent]
	verb := -1
	for _, t := range x.meetTriggers(o.sent) {
		if t[1] <= o.pos {
			verb = t[0]
			break
		}
	}
	if verb < 0 || !pronounOrTitleSubjectRe.MatchString(x.f.low[sp.s:verb]) {
		return nil
	}
	for _, pm := range pmRange(x.pms, sp.s, verb) {
		if pm.p != nil {
			return nil // a subject named: namedBefore's
		}
	}
	for k := o.sent - 1; k >= 0 && k >= o.sent-3; k-- {
		prev := x.sents[k]
		end := prev.e
		front := prev.s // a fronted phrase ("En marge de cette réunion, Bourita …") holds no verb of the subject
		if c := strings.IndexByte(x.f.low[prev.s:min(prev.e, prev.s+60)], ','); c >= 0 {
			front = prev.s + c
		}
		for _, t := range x.meetTriggers(k) {
			if t[0] > front {
				end = t[0] // the subject, not whom it meets
				break
			}
		}
		for _, pm := range pmRange(x.pms, prev.s, end) {
			if pm.p != nil && pm.p != p {
				return pm.p
			}
		}
		if q := x.namedUntitled(k, end, p); q != nil {
			return q
		}
		if !pronounOrTitleSubjectRe.MatchString(x.f.low[prev.s:prev.e]) {
			return nil
		}
	}
	return nil
}

// namedUntitled returns the first known person named in sentence si before
// view offset end, a full name or a surname alone without a title ("En
// marge de cette réunion, Bourita a multiplié les entretiens"), other than not.
func (x *engine) namedUntitled(si, end int, not *person) *person {
	if q := x.namedBefore(si, end, not); q != nil {
		return q
	}
	sp := x.sents[si]
	var buf [32]tok
	for _, t := range x.appendTokens(buf[:0], sp.s, min(end, sp.s+120)) {
		if isCap(t) && len(t.low) >= 4 && !nameStop[t.low] && x.mentAt(t.s) == nil {
			if q := x.findPerson([]string{t.low}); q != nil && q != not {
				return q
			}
		}
	}
	return nil
}

// firstPersonRe ends "my counterpart": the speaker's, who may be named after.
var firstPersonRe = mkf(`\b(?:my|mon|ma|mi|our|notre|nuestro|nuestra)\s+$`)

// firstPersonCounterpart reports whether o's title is a counterpart of the speaker ("my counterpart, X").
func (x *engine) firstPersonCounterpart(o *office) bool {
	sp := x.sents[o.sent]
	i := strings.Index(x.f.low[max(sp.s, o.pos-60):o.pos], o.head)
	if i < 0 {
		return false
	}
	s := max(sp.s, o.pos-60) + i
	return firstPersonRe.MatchString(x.f.low[max(sp.s, s-12):s])
}

// lateCounterparts resolves the counterparts still without a state once
// the states of the persons they are counterparts of are known ("El ministro
// de Asuntos Exteriores, X, se reunió con su homólogo, Y", X's state found
// by the default rules): the other state of the document.
func (x *engine) lateCounterparts() {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if !o.pending || !counterpartHead(o.head) || o.sent < 0 || o.sent >= len(x.sents) || x.firstPersonCounterpart(o) {
				continue
			}
			other := x.namedBefore(o.sent, o.pos, p)
			if other == nil {
				continue
			}
			for _, st := range other.states() {
				alt := x.otherState(st)
				for _, r := range x.ranked {
					if alt == "" && r != st {
						alt = r
					}
				}
				if alt != "" {
					o.state, o.pending, o.conf = alt, false, 0.55
					break
				}
			}
		}
	}
}

// namedBefore returns the first known person whose name is written in
// sentence si before pos, other than not.
func (x *engine) namedBefore(si, pos int, not *person) *person {
	if si < 0 || si >= len(x.cands) {
		return nil
	}
	for _, c := range x.cands[si] {
		if c.e > pos {
			break
		}
		if p := x.findPerson(personWords(x.f.up[c.s:c.e])); p != nil && p != not {
			return p
		}
	}
	return nil
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// dropGeneric removes a bare "Minister X" office when the person holds a
// more specific ministerial role for the same state ("Foreign Minister X").
func (x *engine) dropGeneric() {
	for _, p := range x.persons {
		specific := map[string]bool{}
		ranked := map[string]bool{} // states where the person holds a role above "official"
		for _, o := range p.offices {
			switch o.role {
			case "foreign_minister", "deputy_prime_minister", "head_of_government", "head_of_state":
				specific[o.state] = true
			}
			if o.role != "official" && o.role != "" && o.state != "" {
				ranked[o.state] = true
			}
		}
		var keep []*office
		for _, o := range p.offices {
			// the title is folded only for the offices the test concerns
			if o.role == "minister" && specific[o.state] {
				if t := strings.TrimSpace(foldString(o.title)); t == "minister" || t == "ministre" || t == "ministro" || t == "ministra" || t == "la ministre" || t == "le ministre" || t == "secretary" || x.bareMinisterTitle(t) || counterpartHead(t) {
					continue
				}
			}
			if o.role == "official" && o.state != "" && ranked[o.state] && !strings.HasPrefix(o.head, "vice") {
				continue // "le conseiller fédéral X, chef du Département des affaires étrangères": the rank, not a second office (a Vice-President's is one)
			}
			keep = append(keep, o)
		}
		p.offices = keep
	}
}

// patronymicEnd reports whether a name ends with a father's name ("Mohamed
// Ben Salmane", "Tamim bin Hamad"): its last word names no family.
func patronymicEnd(w []string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-2] {
	case "ben", "bin", "ibn", "ould", "bint":
		return true
	}
	return false
}

func isKingHead(h string) bool {
	switch h {
	case "roi", "king", "rey", "reine", "queen", "reina", "emir", "amir", "sultan", "souverain":
		return true
	}
	return false
}

// roleTaken reports whether another person holds role for state.
func (x *engine) roleTaken(state, role string, not *person) bool {
	for _, p := range x.persons {
		if p == not {
			continue
		}
		for _, o := range p.offices {
			if o.role == role && o.state == state && !o.pending {
				return true
			}
		}
	}
	return false
}

// otherState returns the main state of the document that is not st.
// soleOtherState returns the one state sentence si names besides those of
// not, when the sentence names it as the destination of a trip ("During her
// visit to Portugal"); "" otherwise.
func (x *engine) soleOtherState(si int, not []string) string {
	if si < 0 || si >= len(x.sents) {
		return ""
	}
	one, dest := "", false
	for _, m := range x.mentsIn(x.sents[si].s, x.sents[si].e) {
		if m.kind != kState || contains(not, m.key) || m.key == one {
			continue
		}
		if one != "" {
			return ""
		}
		one = m.key
		dest = visitToRe.MatchString(x.f.low[max(x.sents[si].s, m.s-60):m.s])
	}
	if !dest {
		return ""
	}
	return one
}

// namesRulerState reports whether the text names a state whose ruler bears
// the title head ("sultan": Oman, Brunei, Malaysia; "amir": Qatar, Kuwait,
// the Emirates), so that the title is not a given name.
func (x *engine) namesRulerState(head string) bool {
	if head == "sultan" {
		return x.mentionsState("OM") || x.mentionsState("BN") || x.mentionsState("MY")
	}
	return x.mentionsState("QA") || x.mentionsState("KW") || x.mentionsState("AE")
}

func (x *engine) otherState(st string) string {
	if x.reporting != "" && x.reporting != st {
		return x.reporting
	}
	if x.partner != "" && x.partner != st {
		return x.partner
	}
	return ""
}

func (x *engine) mentionsState(iso string) bool {
	for _, m := range x.ments {
		if m.kind == kState && m.key == iso {
			return true
		}
	}
	return false
}

// ownPrincipalRe finds a leader whose words an official passes on: "Secretary
// Rubio reiterated President Trump's call…". Such a leader is the speaker's own.
var ownPrincipalRe = mkf(`\b(?:reiterated|reaffirmed|restated|conveyed|relayed|delivered|underscored|underlined|emphasi[sz]ed|stressed|echoed|outlined|highlighted)\s+(?:the\s+)?(?:(?:u\.s\.|us|american)\s+)?(?:president|prime minister)\s+[a-z.\- ]{1,40}'s\b`)

// ownPrincipal reports whether the head of state or government of office o is
// named as the principal whose words the sentence's speaker passes on.
func (x *engine) ownPrincipal(o *office) bool {
	sp := x.sents[o.sent]
	e := min(sp.e, o.pos+60)
	if o.pos < sp.s || o.pos >= e {
		return false
	}
	for _, m := range ownPrincipalRe.FindAllStringIndex(x.f.low[sp.s:e], -1) {
		if sp.s+m[0] < o.pos && sp.s+m[1] > o.pos {
			return true
		}
	}
	return false
}

// titleTail holds what may trail a title as written without belonging to
// it (lower-cased, without a final dot): an honorific or a rank before the
// name, an article or a conjunction before the next role.
var titleTail = setOf(`m mm mme mmes mlle mr mrs ms dr pr sr sra srta don doña s.e se h.e he hh hrh amb sen s e h excmo excma excelentisimo excelentisima s.m sm sem hon honourable honorable sheikh cheikh jeque prof
	capitaine captain capitan capitán colonel coronel commandant le la el the et and y a an
	his her highness prince princess son altesse monseigneur mgr mons archbishop archeveque arzobispo cardinal monsenor`)

// trimTitleTail removes the words of titleTail (and the commas and spaces
// between them) from the end of a title, keeping at least its first word.
func trimTitleTail(title string) string {
	for {
		t := strings.TrimRight(title, " ,")
		i := strings.LastIndexAny(t, " ,")
		if i <= 0 {
			return t
		}
		w := strings.ToLower(strings.TrimSuffix(t[i+1:], "."))
		if !titleTail[w] {
			return t
		}
		title = t[:i]
	}
}

// leaderTitleRe finds the title of a head of state or government.
var leaderTitleRe = mkf(`\b(?:premier ministre|prime minister|primer ministro|primera ministra|president|presidente|presidenta|chef de l'etat|head of state|jefe de estado|chef du gouvernement|head of government|jefe de gobierno|presidente del gobierno|mandatario|mandataria|jefe del estado|chef d'etat)\b`)

// visitToRe ends the words that send a visitor to the state named next.
var visitToRe = mkf(`(?:\b(?:visit(?:s|ed|ing)?|to visit)\s+$|\b(?:visit(?:s|ed|ing)?|trip|travel(?:l?ed|s)?|visite|visita|viaje|viajo|se rend\w*|s'est rendue?|arrive[ds]?|llego)\s+(?:[\w'-]+\s+){0,4}(?:to|a|au|aux|en|in|a la)\s+(?:the\s+|la\s+|l'|el\s+)?$)`)

// counterStates returns the states a pending office of p cannot be of,
// judging by its sentence: the states of the ambassadors p meets there (an
// ambassador calls on the host's officials), and the state or capital p is
// said to visit.
// statedAmbassador reports whether the text names an ambassador with his state.
func (x *engine) statedAmbassador() bool {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role == "ambassador" && o.state != "" && !o.pending {
				return true
			}
		}
	}
	return false
}

// bareAmbassadorHead reports whether o's title is an ambassador's head alone
// ("l'ambassadeur X", "Ambassador X"): a title that names no state or post.
func bareAmbassadorHead(o *office) bool {
	t := strings.TrimSpace(foldString(o.title))
	return t == "ambassadeur" || t == "ambassadrice" || t == "ambassador" || t == "embajador" || t == "embajadora"
}

// pronounBeforeRe ends a subject pronoun before a verb of meeting.
// proDropVerbRe is a Spanish sentence opening with a finite verb without
// its subject, after connectors ("Asimismo, sostendrá una reunión con X").
var proDropVerbRe = mkf(`^\s*(?:(?:despues|luego|posteriormente|mas tarde|tambien|ademas|asimismo|finalmente|enseguida|seguidamente),?\s+)+(?:se\s+)?[a-z]+(?:o|a|aron|ara|aran|ia|ian)\s+(?:(?:un|una|el|la)\s+)?$`)

var pronounBeforeRe = mkf(`\b(?:il|elle|he|she|el|ella)\s+(?:(?:a|has|had|ha|also|aussi|then|ensuite|later)\s+){0,2}$`)

// titleGenitive reports whether state mention m is the genitive of a title
// ("le ministre des Affaires étrangères du Mali", "the Foreign Minister of Chile").
func (x *engine) titleGenitive(m ment, sp span) bool {
	a := max(sp.s, m.s-90)
	g := genitiveTailRe.FindStringIndex(x.f.low[a:m.s])
	if g == nil {
		return false
	}
	hs := x.find(headRe, a, a+g[0])
	return len(hs) > 0 && x.betweenOK(hs[len(hs)-1][1], a+g[0])
}

// genitiveTailRe ends the genitive before a state name.
var genitiveTailRe = mkf(`\s(?:du|de la|de l'|de|d'|des|of|of the|del|de los|de las)\s*$`)

func (x *engine) counterStates(p *person, o *office) []string {
	if o.sent < 0 || o.sent >= len(x.sents) || o.role == "ambassador" {
		return nil
	}
	sp := x.sents[o.sent]
	var out []string
	companion := o.pos >= sp.s && o.pos < sp.e && x.accompanying(o.pos, sp)
	// the sender of a message a counterpart carries is the carrier's own leader
	carried := o.pos > sp.s && o.pos <= sp.e && x.matchIn(messageFromRe, max(sp.s, o.pos-90), o.pos)
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p == nil || pm.p == p || companion {
			continue // a delegation's members are of one side, its ambassador too
		}
		for _, ao := range pm.p.offices {
			if ao.role == "ambassador" && ao.state != "" && !ao.pending && ao.sent == o.sent && x.meetBetween(o.pos, pm.s) {
				out = append(out, ao.state)
			}
			if counterpartHead(ao.head) && ao.state != "" && !ao.pending && ao.sent == o.sent && !carried {
				out = append(out, ao.state) // "X y su homólogo chileno": X is not Chilean
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e && x.reporting != "" && firstPersonMeetRe.MatchString(x.f.low[sp.s:o.pos]) && !x.speakerAt(p, o.pos, sp) {
		out = append(out, x.reporting) // "I will meet with Prime Minister X", "my counterpart X": the speaker's guest
	}
	if o.pos >= sp.s && o.pos < sp.e && !companion && !x.speakerAt(p, o.pos, sp) {
		// "le chef de la diplomatie luxembourgeoise a rencontré le ministre des
		// Finances, X": who is met is not of the side that meets
		{
			for _, t := range x.meetTriggers(o.sent) {
				if t[1] > o.pos {
					continue
				}
				if t[1] <= o.pos && (messageWordRe.MatchString(x.f.low[t[1]:o.pos]) || greetingRe.MatchString(x.f.low[t[1]:o.pos])) {
					continue // "a reçu X, porteuse d'un message … au Roi Y", "los saludos del mandatario Y": Y is not met
				}
				if t[1] <= o.pos && x.match(presenceRe, t[1], o.pos) {
					continue // "se reunió con la delegación, con la presencia de Y": Y is present, not met
				}
				for _, m := range x.mentsIn(sp.s, t[0]) {
					if m.kind == kState && m.demonym && !contains(out, m.key) && !counterpartNextRe.MatchString(x.f.low[m.e:min(sp.e, m.e+16)]) {
						out = append(out, m.key) // (but "did not meet his British counterpart, but met X": the other side)
					}
					if m.kind == kState && !m.demonym && !m.capital && !contains(out, m.key) && x.titleGenitive(m, sp) {
						out = append(out, m.key) // "el ministro de Relaciones Exteriores de República Dominicana dialogará con X"
					}
				}
				subj := false
				for _, pm := range pmRange(x.pms, sp.s, t[0]) {
					if pm.p != nil && pm.p != p {
						subj = true
						for _, st := range pm.p.states() {
							if !contains(out, st) {
								out = append(out, st)
							}
						}
					}
				}
				q := x.namedBefore(o.sent, t[0], p)
				if q == nil && !subj && x.lang == "es" && proDropVerbRe.MatchString(x.f.low[sp.s:t[0]]) {
					// "Asimismo, sostendrá una reunión con X": the subject is the first
					// person the sentence before names, titled or not
					if prev, ok := x.sentenceBefore(sp); ok {
						q = x.namedBefore(o.sent-1, prev.e, p)
					}
				}
				if q == nil && !subj && pronounBeforeRe.MatchString(x.f.low[max(sp.s, t[0]-14):t[0]]) {
					// "À Kampala, elle a rencontré X": she is the person the sentence before is about
					if prev, ok := x.sentenceBefore(sp); ok {
						for _, pm := range pmRange(x.pms, prev.s, prev.e) {
							if pm.p != nil && pm.p != p {
								q = pm.p
								break
							}
						}
						if q == nil {
							q = x.namedBefore(o.sent-1, prev.e, p) // named again without a title
						}
					}
				}
				if !subj && q != nil && !x.match(presenceRe, t[1], o.pos) {
					for _, st := range q.states() {
						if !contains(out, st) {
							out = append(out, st) // "Nasser Bourita s'est ensuite entretenu avec X": named again without a title
						}
					}
				}
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e && !companion && !x.speakerAt(p, o.pos, sp) {
		// "X a reçu, à Rabat, le sous-secrétaire d'Etat des États-Unis, Y": the
		// one who receives is not of the guest's side
		{
			for _, t := range x.meetTriggers(o.sent) {
				if t[0] <= o.pos {
					continue
				}
				for _, pm := range pmRange(x.pms, t[1], sp.e) {
					if pm.p == nil || pm.p == p {
						continue
					}
					between := x.f.low[t[1]:pm.s]
					if messageWordRe.MatchString(between) || greetingRe.MatchString(between) || accompanyRe.MatchString(between) || x.match(presenceRe, t[1], pm.s) {
						break
					}
					for _, po := range pm.p.offices {
						if po.state != "" && !po.pending && po.sent == o.sent && !contains(out, po.state) {
							out = append(out, po.state)
						}
					}
				}
				break
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e {
		// "X a été reçu à Séoul par le président de la République de Corée, Y":
		// the guest is not of the host's side
		if m := receivedByRe.FindStringIndex(x.f.low[o.pos:min(sp.e, o.pos+160)]); m != nil {
			for _, mm := range x.mentsIn(o.pos+m[1], min(sp.e, o.pos+m[1]+60)) {
				if mm.kind == kState && !contains(out, mm.key) {
					out = append(out, mm.key) // "reçu par le président de la République de Corée"
				}
				break
			}
			for _, pm := range pmRange(x.pms, o.pos+m[1], min(sp.e, o.pos+m[1]+120)) {
				if pm.p != nil && pm.p != p {
					for _, po := range pm.p.offices {
						if po.state != "" && !po.pending && !contains(out, po.state) {
							out = append(out, po.state)
						}
					}
					break
				}
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e && !x.metBefore(o.sent, o.pos) {
		// "X and his counterpart from Peru", "X et son homologue péruvien" (X
		// the subject: not "s'entretient avec X, et avec leurs homologues
		// djiboutiens", where the counterparts are the subject's)
		for _, m := range x.mentsIn(o.pos, sp.e) {
			if m.kind == kState && (counterpartOfRe.MatchString(x.f.low[max(o.pos, m.s-35):m.s]) || m.demonym && counterpartNextRe.MatchString(x.f.low[m.e:min(sp.e, m.e+14)])) {
				out = append(out, m.key)
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e && !companion {
		// "X a eu une série de rencontres avec les ambassadeurs du Maroc, de
		// Tchéquie et du Gabon": who meets envoys is of none of their states
		low := x.f.low
		for _, t := range x.meetTriggers(o.sent) {
			if t[0] < o.pos {
				continue
			}
			for _, em := range x.find(envoyNounRe, t[1], min(sp.e, t[1]+80)) {
				last := em[1]
				for i, m := range x.mentsIn(em[1], sp.e) {
					if m.kind != kState || m.demonym {
						break
					}
					gap := low[last:m.s]
					if i == 0 && !envoyGenRe.MatchString(gap) || i > 0 && !envoyListGlueRe.MatchString(gap) {
						break
					}
					if !contains(out, m.key) {
						out = append(out, m.key)
					}
					last = m.e
				}
				break
			}
			break
		}
	}
	if o.pos >= sp.s && o.pos < sp.e {
		// "Minister X commended the Dominican Republic", "a remercié le Pérou":
		// the state one thanks or praises is another
		for _, m := range x.mentsIn(o.pos, min(sp.e, o.pos+120)) {
			if m.kind == kState && !m.demonym && !m.capital && praiseObjRe.MatchString(x.f.low[max(o.pos, m.s-30):m.s]) && len(pmRange(x.pms, o.pos+1, m.s)) == 0 {
				out = append(out, m.key)
			}
		}
	}
	if o.pos >= sp.s && o.pos < sp.e {
		low := x.f.low
		for _, m := range x.mentsIn(o.pos, sp.e) {
			if (m.kind == kState && !m.demonym || m.capital && len(m.key) == 2) && visitToRe.MatchString(low[max(o.pos, m.s-45):m.s]) {
				// "X paid an official visit to Spain", unless the visitor is
				// someone named in between ("X met Y, who is visiting India")
				other := false
				for _, pm := range pmRange(x.pms, o.pos+1, m.s) {
					other = other || pm.p != nil && pm.p != p
				}
				if !other && o.sent < len(x.cands) {
					for _, c := range x.cands[o.sent] {
						if c.s > o.pos && c.e <= m.s {
							q := x.findPerson(personWords(x.f.up[c.s:c.e]))
							other = other || q != nil && q != p // a person named again in between
						}
					}
				}
				if !other {
					out = append(out, m.key)
					// and the next stops of the trip: "to Doha, the State of Qatar and to Tehran, the Islamic Republic of Iran"
					last := m.e
					for _, m2 := range x.mentsIn(m.e, sp.e) {
						if !(m2.kind == kState && !m2.demonym || m2.capital && len(m2.key) == 2) {
							continue
						}
						if !tourDestRe.MatchString(low[max(last, m2.s-8):m2.s]) && !destListGlueRe.MatchString(low[last:m2.s]) {
							break
						}
						if !contains(out, m2.key) {
							out = append(out, m2.key)
						}
						last = m2.e
					}
				}
				break
			}
		}
	}
	return out
}

// envoyNounRe: the envoys met ("les ambassadeurs", "the ambassador");
// envoyGenRe: the genitive up to their first state; envoyListGlueRe: the
// glue between the states of their list ("…, de Tchéquie et du Gabon").
var (
	envoyNounRe     = mk(`\b(?:ambassadeurs?|ambassadrices?|ambassadors?|embajador(?:es|as)?|embajadora|envoys?|envoyes?|charges? d'affaires|encargados? de negocios)\b`)
	envoyGenRe      = mkf(`^\s*(?:du|de la|de l'|des|de|d'|of the|of|from|del|de los|de las)\s*$`)
	envoyListGlueRe = mkf(`^\s*(?:,|,?\s*(?:et|and|y|e))\s*(?:du|de la|de l'|des|de|d'|of the|of|from|del|de los|de las)?\s*$`)
)

// praiseObjRe ends a verb of praise or thanks right before its object.
var praiseObjRe = mkf(`\b(?:commended|thanked|praised|lauded|hailed|congratulated|a felicite|a remercie|a salue|felicito|agradecio|elogio)\s+(?:(?:the|le|la|l'|el)\s*)?$`)

// metBefore reports whether the person named at pos in sentence si is met
// "with" after a meeting trigger ("s'entretient avec X"): one who is met, not
// the subject (unlike "talks between X and his counterpart").
func (x *engine) metBefore(si, pos int) bool {
	for _, t := range x.meetTriggers(si) {
		if t[1] <= pos && metWithRe.MatchString(x.f.low[t[1]:pos]) {
			return true
		}
	}
	return false
}

// metWithRe finds the preposition of the one met.
var metWithRe = mkf(`\b(?:avec|with|con)\b`)

// subjectStatePrefixRe is what may open a sentence before its subject state.
var subjectStatePrefixRe = mkf(`^(?:(?:la|le|l'|el|the)\s*)?(?:(?:republique|royaume|republic|kingdom|republica|reino|union|etat|state|estado|gouvernement|government|gobierno)\s*(?:du|de la|de l'|de|des|d'|of the|of|del)?\s*)?$`)

// possessiveBeforeNameRe ends the words "son Président, " right before a name.
var possessiveBeforeNameRe = mkf(`\b(?:son|sa|its|su)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s*,?\s*$`)

// possessiveSubject returns the state that opens the sentence of office o
// when o's title is introduced by a possessive ("son Président"): the
// state the sentence is about, or "".
func (x *engine) possessiveSubject(o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) || o.role == "ambassador" {
		return ""
	}
	sp := x.sents[o.sent]
	if o.pos <= sp.s || !possessiveBeforeNameRe.MatchString(x.f.low[max(sp.s, o.pos-40):o.pos]) {
		return ""
	}
	for _, m := range x.mentsIn(sp.s, min(sp.e, sp.s+60)) {
		if m.capital {
			continue // "Luanda — La République du Timor oriental…": the dateline's place
		}
		if m.kind == kState && !m.demonym && m.s < o.pos {
			pre := strings.TrimSpace(x.f.low[sp.s:m.s])
			if i := strings.LastIndexAny(pre, "—-"); i >= 0 {
				pre = strings.TrimSpace(pre[i+1:])
			}
			if subjectStatePrefixRe.MatchString(pre) {
				return m.key
			}
		}
		break
	}
	return ""
}

// visitedHost returns the state a visitor travels to in the sentence of
// office o (or in the sentence before, when this one goes on with a pronoun
// subject) when o's holder is met after that: the host's official.
func (x *engine) visitedHost(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) || o.role == "ambassador" {
		return ""
	}
	sp := x.sents[o.sent]
	if o.pos < sp.s || o.pos > sp.e {
		return ""
	}
	hostIn := func(s, e int) string {
		for _, m := range x.mentsIn(s, e) {
			if m.kind == kState && !m.demonym && visitToRe.MatchString(x.f.low[max(s, m.s-45):m.s]) {
				return m.key
			}
		}
		return ""
	}
	if !meetVerbRe.MatchString(x.f.low[sp.s:o.pos]) {
		return ""
	}
	if h := hostIn(sp.s, o.pos); h != "" {
		return h
	}
	if o.sent > 0 && pronounSubjectRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+12)]) {
		prev := x.sents[o.sent-1]
		return hostIn(prev.s, prev.e)
	}
	return ""
}

// firstPersonMeetRe finds a speaker meeting someone in the first person,
// or naming their own counterpart.
var firstPersonMeetRe = mkf(`(?:\b(?:i|we|je|nous|yo|nosotros)\b[^.;:]{0,30}\b(?:meet|met|call on|rencontr\w*|recevr\w*|recev\w*|avons re\w*|reunire|me reuni|nos reunimos|recibire|recibi)\b|\b(?:my|our|mon|ma|notre|mi|nuestro|nuestra)\s+(?:\w+\s+)?(?:counterparts?|homologues?|homolog[oa]s?)\b)`)

// meetTriggers returns the meeting and call triggers of sentence si (view
// offsets), computed once per sentence.
func (x *engine) meetTriggers(si int) [][2]int {
	if x.meetTrig == nil {
		x.meetTrig = map[int][][2]int{}
	}
	if ts, ok := x.meetTrig[si]; ok {
		return ts
	}
	sp := x.sents[si]
	var ts [][2]int
	for _, et := range eventTriggers {
		if et.kind == "meeting" || et.kind == "phone_call" {
			ts = append(ts, x.find(et.re, sp.s, sp.e)...)
		}
	}
	slices.SortFunc(ts, func(a, b [2]int) int { return a[0] - b[0] })
	x.meetTrig[si] = ts
	return ts
}

// meetBetween reports whether a verb of meeting lies between view offsets a
// and b (in either order): the two persons there meet each other.
func (x *engine) meetBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return meetVerbRe.MatchString(x.f.low[a:b])
}

// meetVerbRe finds a verb of meeting someone.
var meetVerbRe = mkf(`\b(?:meet|meets|met|meeting|call on|called on|rencontr\w*|recevr\w*|recev\w*|recu|s'entretien\w*|s'entretiendr\w*|reuni\w*|entrevist\w*|recib\w*)\b`)

// listSepStartRe opens the gap between two titled names of one list.
var listSepStartRe = mkf(`^\s*(?:,|;|\band\b|\bet\b|\by\b)\s*(?:(?:and|et|y)\s+)?`)

// listNeighbourState returns the state of the titled person listed right
// before the holder of office o ("X, Foreign Minister Y": Y is of X's state
// when only titles separate them), or "".
func (x *engine) listNeighbourState(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	var prev *pmention
	for i, pm := range pmRange(x.pms, sp.s, o.pos) {
		if pm.p != nil && pm.p != p && pm.e <= o.pos {
			v := pmRange(x.pms, sp.s, o.pos)[i]
			prev = &v
		}
	}
	if prev == nil {
		return ""
	}
	gap := x.f.low[prev.e:o.pos]
	m := listSepStartRe.FindStringIndex(gap)
	if m == nil || len(x.find(headRe, prev.e+m[1], o.pos)) == 0 || !x.betweenOK(prev.e+m[1], o.pos) {
		return ""
	}
	for _, po := range prev.p.offices {
		if po.state != "" && !po.pending && po.sent == o.sent && po.role != "ambassador" {
			return po.state
		}
	}
	return ""
}

// messageFromRe ends the words that make the next name the sender of a
// message someone carries.
// addresseeRelRe: a relative pronoun that makes the person before it the
// addressee of what follows.
var addresseeRelRe = mkf(`\b(?:a quien|a quienes|al que|a la que|auquel|a laquelle|a qui|to whom)\b`)

var messageFromRe = mkfi(`\b(?:porteur|porteuse|bearer|portador|portadora|remis|remitted|delivered|entrego|transmis|transmitted|transmitio|convey|conveyed|conveying|transmettre|transmitir|envio|enviaron|sent|a envoye)\b.{0,40}\b(?:message|lettre|letter|mensaje|carta|missive|greetings|salutations|saludos)\s+(?:\w+\s+){0,2}(?:du|de|de la|from|of|of the|del|de la)\s+(?:[\w'-]+\s+){0,3}$`)

// messageSender returns the state of the envoy who carries a message from
// the holder of office o (named right after "porteur d'un message du
// président"), or "".
func (x *engine) messageSender(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) || o.role != "head_of_state" && o.role != "head_of_government" {
		return ""
	}
	sp := x.sents[o.sent]
	if o.pos <= sp.s || !x.matchIn(messageFromRe, max(sp.s, o.pos-90), o.pos) {
		return ""
	}
	// the carrier: a person named before in the sentence (not the addressee,
	// "…, a quien transmitió los saludos"), else the subject of the sentence before
	for _, pm := range pmRange(x.pms, sp.s, o.pos) {
		if pm.p != nil && pm.p != p && !addresseeRelRe.MatchString(x.f.low[pm.e:o.pos]) {
			if st := pm.p.states(); len(st) > 0 {
				return st[0]
			}
		}
	}
	if m := addresseeRelRe.FindStringIndex(x.f.low[sp.s:o.pos]); m != nil {
		// "la ministra costarricense fue recibida por X, a quien transmitió los
		// saludos del mandatario Y": the carrier is the unnamed subject
		for _, mm := range x.mentsIn(sp.s, sp.s+m[0]) {
			if mm.kind == kState && mm.demonym {
				return mm.key
			}
		}
	}
	for _, pm := range x.refs {
		// "la Vicepresidenta Ejecutiva envió un mensaje … del presidente X": a title standing for the carrier
		if pm.s >= sp.s && pm.s < o.pos && pm.p != nil && pm.p != p {
			if st := pm.p.states(); len(st) > 0 {
				return st[0]
			}
		}
	}
	if o.sent > 0 && pronounSubjectRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+12)]) {
		prev := x.sents[o.sent-1]
		for _, pm := range pmRange(x.pms, prev.s, prev.e) {
			if pm.p != nil && pm.p != p {
				if st := pm.p.states(); len(st) > 0 {
					return st[0]
				}
			}
		}
	}
	return ""
}

// pronounSubjectRe opens a sentence with a personal pronoun subject.
var pronounSubjectRe = mkf(`^(?:il|elle|he|she|el|ella)\b`)

// messageWordRe finds the words of a message or invitation carried to someone.
var messageWordRe = mkf(`\b(?:message|messages|lettre|lettres|letter|letters|carta|cartas|mensaje|mensajes|invitation|invitacion|porteur|porteuse|bearer|portador|portadora)\b`)

// saidAfterRe opens the words after a name that make its bearer the source
// of the report ("…, spokesman X said in a statement").
var saidAfterRe = mkf(`^\s*,?\s*(?:said|says|told|stated|noted|added|a (?:indique|declare|precise|souligne|ajoute)|indique|declare|precise|dijo|indico|senalo|afirmo|preciso|informo|explico)\b`)

// speakerAt reports whether p, named at view offset pos, is the speaker who
// reports the sentence rather than one of its actors.
func (x *engine) speakerAt(p *person, pos int, sp span) bool {
	for _, pm := range pmRange(x.pms, pos, sp.e) {
		if pm.p == p {
			return saidAfterRe.MatchString(x.f.low[pm.e:sp.e]) || x.matchIn(saidBeforeRe, max(sp.s, pm.s-40), pm.s)
		}
	}
	return false
}

// presentListRe names the officials present at an event, listed after it.
var presentListRe = mkf(`\b(?:estuvieron presentes|estuvo presente|participaron|etaient presents|etaient presentes|ont participe|were present|took part|were also present)\b`)

// presentListState returns the one state of the other officials listed with
// p after a presence cue in o's sentence, "" when they are of several
// states or none.
func (x *engine) presentListState(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	m := x.f.low[sp.s:min(sp.e, max(sp.s, o.pos))]
	loc := presentListRe.FindStringIndex(m)
	if loc == nil {
		return ""
	}
	st := ""
	for _, pm := range pmRange(x.pms, sp.s+loc[1], sp.e) {
		if pm.p == nil || pm.p == p {
			continue
		}
		for _, q := range pm.p.offices {
			if q.sent != o.sent || q.pending || q.state == "" {
				continue
			}
			if st != "" && q.state != st {
				return ""
			}
			st = q.state
		}
	}
	return st
}

// sideOpenRe opens a sentence with the side its persons are on ("Por la parte
// cubana", "Du côté marocain", "On the Chilean side", "Por parte de Chile").
var sideOpenRe = mkf(`^\s*(?:por la parte|por parte de|de parte de|du cote|pour la partie|de la partie|on the|por|pour)\s+(?:de\s+|du\s+|d'|la\s+|le\s+|l'|el\s+)?`)

// openingSide returns the state of the side a sentence opens with, for the
// persons it then lists.
func (x *engine) openingSide(o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	if m := sideOpenRe.FindStringIndex(x.f.low[sp.s:min(sp.e, sp.s+40)]); m != nil {
		if st := x.sideStateAt(sp.s+m[1], min(sp.e, o.pos)); st != "" {
			return st
		}
	}
	// "estuvieron presentes, por la parte cubana, el primer ministro X, …"
	if st := x.lastSide(sp.s, o.pos); st != "" {
		return st
	}
	if o.sent > 0 && continuationRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+20)]) {
		prev := x.sents[o.sent-1]
		return x.lastSide(prev.s, prev.e) // "También, el director general …, X": the side named before
	}
	return ""
}

// delegationOfRe: a delegation of a state and the verb that lists its members.
var delegationOfRe = mkf(`\b(?:delegacion|delegation|comitiva)\s+(?:\w+\s+)?(?:esta|estaba|estuvo|est|etait|is|was|fue)?\s*(?:conformada|integrada|compuesta|encabezada|composee|comprised|composed|made up|formed|led)\s+(?:por|de|of|by)\b`)

// delegationSide returns the state of the delegation whose members list
// holds o ("La delegación peruana está conformada por …, X"), in its sentence
// or in the one before when this one goes on with the list ("También …").
func (x *engine) delegationSide(o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	find := func(a, e int) string {
		m := delegationOfRe.FindStringIndex(x.f.low[a:e])
		if m == nil {
			return ""
		}
		for _, mm := range x.mentsIn(max(a, a+m[0]-40), min(e, a+m[1]+10)) {
			if mm.kind == kState {
				return mm.key
			}
		}
		return ""
	}
	sp := x.sents[o.sent]
	if st := find(sp.s, min(sp.e, max(sp.s, o.pos))); st != "" {
		return st
	}
	if o.sent > 0 && continuationRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+20)]) {
		prev := x.sents[o.sent-1]
		return find(prev.s, prev.e)
	}
	return ""
}

// sideMidRe names a side of a meeting inside a sentence.
var sideMidRe = mkf(`\b(?:por la parte|por parte de|de parte de|du cote|pour la partie|de la partie|on the|(?:asistieron|participaron|estuvieron) (?:por parte )?de la delegacion|(?:ont assiste|ont participe|etaient presents),? (?:du cote )?de la delegation)\s+(?:de\s+|du\s+|d'|la\s+|le\s+|l'|el\s+)?`)

// continuationRe opens a sentence that goes on with the list before.
var continuationRe = mkf(`^\s*(?:tambien|asimismo|ademas|also|as well|de meme|egalement|aussi|ainsi que)\b`)

// sideStateAt returns the state named right at view offset a (before e).
func (x *engine) sideStateAt(a, e int) string {
	for _, mm := range x.mentsIn(a, min(e, a+30)) {
		if mm.kind == kState && strings.TrimSpace(x.f.low[a:mm.s]) == "" {
			if strings.HasPrefix(x.f.low[mm.e:min(len(x.f.low), mm.e+6)], " side") || x.f.low[max(0, a-4):a] != "the " {
				return mm.key
			}
		}
		break
	}
	return ""
}

// lastSide returns the state of the last side named in view[a:e]
// ("por la parte cubana", "on the Chilean side").
func (x *engine) lastSide(a, e int) string {
	st := ""
	for _, m := range sideMidRe.FindAllStringIndex(x.f.low[a:e], -1) {
		if s := x.sideStateAt(a+m[1], e); s != "" {
			st = s
		}
	}
	return st
}

// saidBeforeRe ends the verb of saying before its speaker's title and name
// ("…," said Minister X).
var saidBeforeRe = mkfi(`\b(?:said|says|added|dijo|afirmo|declaro|senalo|a declare|a dit|a affirme|a ajoute|declare|affirme)\s+(?:[\w'.-]+\s+){0,3}$`)

// sideRe ends the words that name a side of a bilateral meeting ("Por parte
// de Chile", "du côté marocain", "on the Chilean side").
var sideRe = mkf(`\b(?:por parte de|de parte de|du cote de|du cote|on the part of|for|pour|por)\s+(?:la\s+|le\s+|l'|el\s+|the\s+)?$`)

// accompanyVisitorRe: the companions of the visitor ("Acompañaron al
// distinguido visitante", "accompanying the visitor").
var accompanyVisitorRe = mkfi(`\b(?:acompanaron al|acompanan al|accompagnaient le|accompagnent le|accompanying the|accompanied the)\s+(?:\w+\s+)?(?:visitante|huesped|visiteur|hote|visitor|guest)\b`)

// visitorState returns the state of the first person the text says is on a
// visit ("quien realiza una visita oficial a Cuba"), other than the
// reporting state; "" when none.
func (x *engine) visitorState() string {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.state == "" || o.state == x.reporting || o.sent < 0 || o.sent >= len(x.sents) {
				continue
			}
			sp := x.sents[o.sent]
			if visitWordRe.MatchString(x.f.low[o.pos:sp.e]) {
				return o.state
			}
		}
	}
	return ""
}

// visitWordRe finds a visit after a person's name.
var visitWordRe = mkf(`\b(?:visita|visite|visit|visiting)\b`)

// accompanyRe finds the words that put persons in someone's delegation.
var accompanyRe = mkfi(`\b(?:accompagnee?s? (?:de|par)|accompanied by|(?:was|were) joined by|joined by|acompa[nñ]ad[oa]s? (?:de|por)|lo acompa[nñ]aron|la acompa[nñ]aron|le acompa[nñ]aron|escoltad[oa]s? por|entoure de|flanked by|along with|aux cotes de|junto al?)\b`)

// bareLeaderRe finds a head of state named by the title alone.
var bareLeaderRe = mkf(`\b(?:the head of state|the president|le chef de l'etat|le president|el jefe de estado|el presidente|la presidenta)\b(?:\s+(?:was|were|a ete|etait|fue|estuvo|estaba))?\s+(?:\w+\s+)?$`)

// soleHolderState returns the state of the one person other than not who
// holds role for a state the text gives, or "".
func (x *engine) soleHolderState(role string, not *person) string {
	st := ""
	for _, p := range x.persons {
		if p == not {
			continue
		}
		for _, o := range p.offices {
			if o.role == role && o.state != "" && !o.pending {
				if st != "" && st != o.state {
					return ""
				}
				st = o.state
			}
		}
	}
	return st
}

// accompanying reports whether view offset pos follows, in its sentence, the
// words that introduce a delegation ("accompagné de", "acompañada por").
func (x *engine) accompanying(pos int, sp span) bool {
	return x.matchIn(accompanyRe, sp.s, pos)
}

// counterpartOfRe ends the words that make the next state the one of
// someone's counterpart; counterpartNextRe opens them after a demonym.
var (
	counterpartOfRe   = mkf(`\b(?:counterparts?|homologues?|homolog[oa]s?|par)\s+(?:(?:from|of|de|du|de la|del|d')\s*(?:the\s+|la\s+|l'|el\s+)?)?$`)
	counterpartNextRe = mkf(`^\s*(?:counterparts?|homologues?|homolog[oa]s?)\b`)
)

// sameSentenceState returns the state of another office of p stated in the
// same sentence as o, when there is exactly one.
func sameSentenceState(p *person, o *office) string {
	st := ""
	for _, o2 := range p.offices {
		if o2 == o || o2.pending || o2.state == "" || o2.sent != o.sent || o2.role == "ambassador" {
			continue
		}
		if st != "" && st != o2.state {
			return ""
		}
		st = o2.state
	}
	return st
}

// reportingVerbAfterRe: a verb of saying right after a title, which makes
// the title the subject of its own clause.
var reportingVerbAfterRe = mkf(`^\s+(?:said|says|told|added|noted|stated|declared|explained|stressed|is expected|was expected|will|would|has|had|is|was|est|a|sera|es|fue|ha|sera|a dit|a declare|a affirme|a souligne|a indique|a ajoute|a explique|dijo|declaro|afirmo|senalo|agrego|explico|subrayo|indico)\b`)

// receivedByRe: a passive reception after a guest's name, up to its agent.
var receivedByRe = mkf(`^[^.;]{0,40}?\b(?:(?:a ete|ont ete|was|were|fue|fueron)\s+)?(?:recue?s?|received|recibid[oa]s?)\b[^.;]{0,60}?\b(?:par|by|por)\b`)

// ownGovernment returns the state of the first leader (head of state or
// government, foreign minister) other than p whose title names no state, as
// resolved so far: the government the text speaks of without naming it.
func (x *engine) ownGovernment(p *person) string {
	first, st := -1, ""
	for _, q := range x.persons {
		if q == p {
			continue
		}
		for _, o := range q.offices {
			switch o.role {
			case "head_of_state", "head_of_government", "foreign_minister":
			default:
				continue
			}
			if o.pending || o.state == "" || x.stateInTitle(o) || o.conf >= 0.85 {
				continue // (a state the text gives beside the name, "King X of Tonga", names it too)
			}
			if first < 0 || o.pos < first {
				first, st = o.pos, o.state
			}
		}
	}
	return st
}

// present reports whether o's holder is named as only present ("en présence
// de", "in the presence of") in its sentence.
func (x *engine) present(o *office) bool {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return false
	}
	sp := x.sents[o.sent]
	return o.pos > sp.s && o.pos <= sp.e && x.match(presenceRe, sp.s, o.pos)
}

// stateInTitle reports whether o's title names a state (a demonym, a name).
func (x *engine) stateInTitle(o *office) bool {
	t := " " + foldString(o.title) + " "
	if o.sent < 0 || o.sent >= len(x.sents) {
		return false
	}
	sp := x.sents[o.sent]
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.kind == kState && strings.Contains(t, x.f.low[m.s:m.e]) {
			return true
		}
	}
	return false
}

// datelineState returns the state of the dateline's city, or "".
func (x *engine) datelineState() string {
	if dl := x.doc.Dateline; dl.City != "" {
		if iso, ok := x.g.CityState(dl.City); ok {
			return iso
		}
	}
	return ""
}

// locativeRe ends the words that make a state mention a place.
// diplomatRankHeads are the ranks of a diplomat's career, held in the
// service of the state the diplomat represents.
var diplomatRankHeads = setOf(`conseiller conseillere consejero consejera counsellor counselor minister-counsellor`)

// diplomatRanks gives a diplomatic rank the state of its holder's mission:
// "La Consejera X … como Encargada de Negocios de Guinea Ecuatorial" is a
// counsellor of Equatorial Guinea, not of the host.
func (x *engine) diplomatRanks() {
	for _, p := range x.persons {
		amb := p.office("ambassador")
		if amb == nil || amb.state == "" {
			continue
		}
		for _, o := range p.offices {
			if o != amb && o.role == "official" && o.org == "" && o.state != amb.state && diplomatRankHeads[o.head] {
				o.state = amb.state
			}
		}
	}
}

// venueOnly reports whether every mention of state st in the text is the
// venue of a gathering ("la Cumbre, a realizarse en República Dominicana",
// "the summit to be held in Qatar"): a place, no side.
func (x *engine) venueOnly(st string) bool {
	n := 0
	for _, m := range x.ments {
		if m.kind != kState || m.key != st {
			continue
		}
		if m.demonym || !x.matchIn(locativeRe, max(0, m.s-12), m.s) || !x.matchIn(heldAtRe, max(0, m.s-40), m.s) {
			return false
		}
		n++
	}
	return n > 0
}

// heldAtRe ends the words that make the place after them a venue.
var heldAtRe = mkf(`\b(?:realizarse|a realizarse|celebrarse|se celebrara|se celebrara|tendra lugar|se tiendra|qui se tiendra|aura lieu|se deroulera|to be held|will be held|will take place|to take place|held|tenue?s?|celebrad[oa]s?|realizad[oa]s?)\b[^.;]{0,20}$`)

var locativeRe = mkfi(`\b(?:en|in|a|au|aux|dans|to|into|hacia|vers)\s+(?:la\s+|le\s+|l'|el\s+|the\s+)?$`)

// counterpartHead reports whether a title head names someone's counterpart.
func counterpartHead(h string) bool {
	switch h {
	case "homologue", "counterpart", "homologo", "homologa", "su par":
		return true
	}
	return false
}

// upgradeBareMinister makes the holder of a bare "le Ministre X" office the
// foreign minister when the text calls someone of that state "le chef de la
// diplomatie comorienne" without a name and no one else holds that role:
// the nameless title refers back to the one minister named.
func (x *engine) upgradeBareMinister() {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role != "minister" {
				continue
			}
			if t := strings.TrimSpace(foldString(o.title)); t != "ministre" && t != "minister" && t != "ministro" && t != "ministra" {
				continue
			}
			st := x.namelessState("foreign_minister")
			if st == "" || x.roleTaken(st, "foreign_minister", p) {
				continue
			}
			if o.pending {
				o.state, o.pending, o.conf = st, false, 0.6
			}
			if o.state == st {
				o.role = "foreign_minister"
			}
		}
	}
}

// previousRole returns the role of the last office given in sentence si
// before view offset pos, or "".
// elliptic reports whether a title head stands for the previous title's
// ("celui de la Turquie", "el de Ghana", "la de Uruguay").
func elliptic(head string) bool {
	return head == "celui" || head == "celle" || head == "el de" || head == "la de"
}

func (x *engine) previousRole(si, pos int) string {
	role, best := "", -1
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.sent == si && o.pos < pos && o.pos > best {
				role, best = o.role, o.pos
			}
		}
	}
	// "recibió las cartas credenciales de cinco embajadores, entre ellos el de China, X"
	if ms := x.find(pluralAmbRe, max(x.sents[si].s, best+1), pos); len(ms) > 0 {
		return "ambassador"
	}
	return role
}

// pluralForeignMinistersRe names the foreign ministers of a meeting together.
var pluralForeignMinistersRe = mk(`\b(?:the (?:two )?foreign ministers|both foreign ministers|les (?:deux )?ministres des affaires etrangeres|les deux chefs de (?:la )?diplomatie|los (?:dos )?cancilleres|ambos cancilleres|los (?:dos )?ministros de (?:asuntos|relaciones) exteriores)\b`)

// upgradePluralForeignMinisters makes the holders of portfolio-less minister
// titles ("Cabinet Secretary X", "her counterpart Y") foreign ministers when
// the text calls them "the Foreign Ministers" and their states have none.
func (x *engine) upgradePluralForeignMinisters() {
	if !x.match(pluralForeignMinistersRe, 0, len(x.f.low)) {
		return
	}
	for _, p := range x.persons {
		for _, o := range p.offices {
			t := strings.TrimSpace(foldString(o.title))
			generic := o.role == "minister" && (strings.HasPrefix(t, "cabinet secretary") || counterpartTitleRe.MatchString(t) || t == "minister" || t == "ministre" || t == "ministro" || t == "ministra")
			if generic && o.state != "" && !o.pending && !x.roleTaken(o.state, "foreign_minister", p) {
				o.role = "foreign_minister"
			}
		}
	}
}

// counterpartTitleRe finds a counterpart title ("her Saudi Arabian counterpart").
var counterpartTitleRe = mkf(`\b(?:counterpart|homologue|homologo|homologa)\b`)

// civilServiceForeignSecretary lists the states whose "Foreign Secretary" is
// the senior civil servant of the foreign ministry, not its minister.
var civilServiceForeignSecretary = map[string]bool{"IN": true, "PK": true, "BD": true, "LK": true, "NP": true, "GY": true, "BT": true}

// foreignSecretaries makes the Foreign Secretary of those states an official.
func (x *engine) foreignSecretaries() {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role == "foreign_minister" && o.head == "foreign secretary" && civilServiceForeignSecretary[o.state] {
				o.role = "official"
			}
		}
	}
}

// governmentBeforeRe ends "the government" before its demonym ("del
// Gobierno ecuatoguineano", "du gouvernement malien").
var governmentBeforeRe = mkf(`\b(?:gobierno|gouvernement|government)\s+$`)

// governmentAfterRe opens "government" after a demonym ("the Ghanaian government").
var governmentAfterRe = mkf(`^\s+(?:government|gouvernement|gobierno)\b`)

// governmentSide returns the state whose government the sentence of the
// pending office o names by its demonym before the holder ("con algún
// miembro del Gobierno ecuatoguineano, … y el titular de Exteriores X"),
// when it names one only.
func (x *engine) governmentSide(o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) || o.role == "ambassador" {
		return ""
	}
	sp := x.sents[o.sent]
	low := x.f.low
	got := ""
	for _, m := range x.mentsIn(sp.s, min(sp.e, o.pos)) {
		if m.kind != kState || !m.demonym {
			continue
		}
		if governmentBeforeRe.MatchString(low[max(sp.s, m.s-12):m.s]) || governmentAfterRe.MatchString(low[m.e:min(sp.e, m.e+12)]) {
			if got != "" && got != m.key {
				return ""
			}
			got = m.key
		}
	}
	return got
}

// missionPlace returns the state of the city where the sentence sp, before
// off, places a mission of a state other than q's ("inaugurated the new
// embassy headquarters of her country in Abu Dhabi"), or "".
func (x *engine) missionPlace(sp span, off int, q *person) string {
	if q == nil || len(x.find(missionRe, sp.s, off)) == 0 {
		return ""
	}
	for _, m := range x.mentsIn(sp.s, off) {
		if (m.kind == kCity || m.capital) && m.key != "" && len(m.key) == 2 && !contains(q.states(), m.key) && locativeRe.MatchString(x.f.low[max(sp.s, m.s-6):m.s]) {
			return m.key
		}
	}
	return ""
}

// itemOpenRe ends the separator that opens an item of a list of officials
// ("; ", "; y ", "; et Mme ").
var itemOpenRe = mkf(`;\s*(?:(?:and|et|y|e)\s+)?(?:(?:mr|mrs|ms|m|mme|sr|sra|dr|el|la|le)\.?\s+)?$`)

// semicolonItemState returns the state of the official named in the item
// before, in a list whose items ("Name, Title") are separated by
// semicolons, when the holder of office o opens the next item; "" otherwise.
func (x *engine) semicolonItemState(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	low := x.f.low
	own := o.pos // the name
	if own <= sp.s || own >= sp.e || !itemOpenRe.MatchString(low[max(sp.s, own-12):own]) {
		return ""
	}
	semi := strings.LastIndexByte(low[sp.s:own], ';')
	if semi < 0 {
		return ""
	}
	semi += sp.s
	start := sp.s
	if k := strings.LastIndexByte(low[sp.s:semi], ';'); k >= 0 {
		start = sp.s + k
	}
	for _, pm := range pmRange(x.pms, start, semi) {
		if pm.p == nil || pm.p == p {
			continue
		}
		for _, po := range pm.p.offices {
			if po.state != "" && !po.pending && po.org == "" && po.sent == o.sent {
				return po.state
			}
		}
	}
	return ""
}

// meetsCounterpartRe: a verb of meeting right after a name, and "his
// counterpart" as its object ("a rencontré, ce mardi à Cotonou, son homologue").
var meetsCounterpartRe = mkf(`^\s+(?:a rencontre|a recu|s'est entretenue? avec|a eu un entretien avec|met(?: with)?|held talks with|received|spoke with|se reunio con|recibio a|conversa con|converso con|sostuvo un encuentro con)\b[^.;]{0,45}?\b(?:son|sa|his|her|su)\s+(?:\w+\s+)?(homologue|counterpart|homologo|homologa)\b`)

// counterpartSubject returns, for an untitled name of two words or more
// that is the subject of a meeting with "his counterpart", the counterpart
// word as its title: the person holds the office the counterpart holds.
func (x *engine) counterpartSubject(c candidate, sp span) []part {
	if c.words < 2 {
		return nil
	}
	m := meetsCounterpartRe.FindStringSubmatchIndex(x.f.low[c.e:sp.e])
	if m == nil {
		return nil
	}
	hs, he := c.e+m[2], c.e+m[3]
	return []part{{s: hs, e: he, head: x.f.low[hs:he], hs: hs, he: he}}
}

// honorificOpenRe opens an honorific before a name ("Dr ", "Mr. ", "H.E. ").
var honorificOpenRe = mkf(`^\s*(?:(?:his|her|son|su)\s+(?:excellency|excellence|excelencia)\s+|(?:dr|mr|mrs|ms|mme|m|sr|sra|h\.e|s\.e|prof)\.?\s+)*`)

// commaHonorificRe: a comma and one honorific or more before a name.
var commaHonorificRe = mkf(`^\s*,\s*(?:(?:his|her|son|su)\s+(?:excellency|excellence|excelencia)\s+|(?:dr|mr|mrs|ms|mme|m|sr|sra|h\.e|s\.e|prof)\.?\s+)+`)

// nameRightAfter reports whether a name of two words or more starts right
// after view offset e (past spaces and an honorific): the title ending at e
// is that name's.
func (x *engine) nameRightAfter(e, limit int) bool {
	m := honorificOpenRe.FindStringIndex(x.f.low[e:limit])
	if m == nil {
		return false
	}
	k := e + m[1]
	if m[1] == 0 {
		// ", His Excellency Dr. X": past a comma, only with an honorific
		if c := commaHonorificRe.FindStringIndex(x.f.low[e:limit]); c != nil {
			k = e + c[1]
		}
	}
	si := x.sentenceOf(k)
	if si < 0 || si >= len(x.cands) {
		return false
	}
	for _, c := range x.cands[si] {
		if c.s == k && c.words >= 2 {
			return true
		}
	}
	return false
}

// ownHeadOrgRe names organisations whose president is their own head, not
// a member state's leader chairing them: parliaments, banks, courts,
// commissions, funds.
var ownHeadOrgRe = mkf(`\b(?:parliament|assembly|bank|court|tribunal|commission|fund|committee|agency|institute|union of|federation)\b`)

// ownHeadOrg reports whether the organisation with key org is headed by a
// president of its own (its English name says so).
func (x *engine) ownHeadOrg(org string) bool {
	o, ok := x.g.Org(org)
	return ok && ownHeadOrgRe.MatchString(foldString(o.Name))
}

// civilSecretaryRe ends a grade of the civil service before "Secretary".
var civilSecretaryRe = mkf(`\b(?:additional|joint|assistant|deputy|under)\s+$`)

// sameCeremonyRe names the credentials ceremony told before ("ce
// prestigieux cérémonial", "la même cérémonie", "the same ceremony").
var sameCeremonyRe = mkf(`\b(?:ce (?:\w+ )?(?:ceremonial|rituel)|cette (?:\w+ )?ceremonie|la meme ceremonie|the same ceremony|this ceremony|la misma ceremonia|esta ceremonia|dicha ceremonia)\b`)

// ceremonyEnvoys gives the untitled names of a sentence that takes up a
// credentials ceremony told just before, each named with a state ("C'est à
// ce prestigieux cérémonial que se sont également livrés S.E.M. X du
// Sénégal, puis S.E.M. Y du Royaume de Belgique"), the office of that
// state's ambassador.
func (x *engine) ceremonyEnvoys() {
	if credTrigRe == nil {
		return
	}
	for si, sp := range x.sents {
		roster := x.rosterCeremony(si) >= 0
		if !roster && !x.matchIn(sameCeremonyRe, sp.s, sp.e) {
			continue
		}
		cred := roster
		for k := max(0, si-6); k < si && !cred; k++ {
			cred = len(x.find(credTrigRe, x.sents[k].s, x.sents[k].e)) > 0
		}
		if !cred {
			continue
		}
	cands:
		for _, c := range x.cands[si] {
			if c.words < 2 {
				continue
			}
			for _, pm := range pmRange(x.pms, sp.s, sp.e) {
				if pm.s < c.e && pm.e > c.s {
					continue cands
				}
			}
			st := x.stateRightAfter(c.e, sp.e)
			if st == "" && roster {
				st = x.stateFromAfter(c.e, sp.e)
			}
			if st == "" {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
			x.nameSpans = append(x.nameSpans, span{c.s, c.e})
			if len(p.offices) == 0 {
				p.offices = append(p.offices, &office{role: "ambassador", state: st, ev: sp, sent: si, conf: 0.6, pos: c.s})
			}
		}
	}
}

// rosterOpenRe opens a sentence that names, one by one, the envoys of a
// ceremony just told ("They are X from Algeria, …", "The rest are …",
// "Il s'agit de X, du Sénégal, …", "Se trata de …").
var rosterOpenRe = mkf(`^\W*(?:(?:the|les|los|las) (?:new |nouveaux |nuevos |nuevas |six |five |four |three |seven |eight )?(?:envoys|ambassadors|diplomats|heads of mission|ambassadeurs|diplomates|embajadores|embajadoras) (?:include|included|are|were|sont|etaient|incluyen|son|eran)|they are|these are|they were|these were|the rest are|the others are|the other (?:\w+ )?(?:envoys|ambassadors|diplomats) (?:are|were)|the remaining (?:\w+ )?(?:envoys|ambassadors|diplomats)? ?(?:are|were)|il s'agit (?:de|du|des|d')|ils sont|ce sont|les autres sont|les autres (?:\w+ )?(?:ambassadeurs|diplomates) sont|se trata de|son los|los demas son|los otros son|los restantes son|entre (?:los|las) (?:\w+ )?(?:diplomaticos|embajadores|embajadoras|enviados)|among (?:the )?(?:\w+ )?(?:envoys|ambassadors|diplomats)|parmi (?:les|ces) (?:\w+ )?(?:ambassadeurs|diplomates|envoyes))\b`)

// envoysNounRe is a plural envoy noun: the ceremony had several.
var envoysNounRe = mkf(`\b(?:envoys|ambassadors|diplomats|heads of mission|ambassadeurs|diplomates|chefs de mission|embajadores|embajadoras|diplomaticos|jefes de mision)\b`)

// rosterCeremony returns the index of the credentials sentence whose
// envoys sentence si names one by one (it opens with rosterOpenRe and
// follows the ceremony, or another such sentence, directly), -1 if none.
func (x *engine) rosterCeremony(si int) int {
	if credTrigRe == nil || si == 0 {
		return -1
	}
	sp := x.sents[si]
	low := x.f.low
	bullet := bulletLineRe.MatchString(low[sp.s:min(sp.e, sp.s+4)])
	if !bullet && !rosterOpenRe.MatchString(low[sp.s:min(sp.e, sp.s+50)]) {
		return x.colonRoster(si)
	}
	// back over the roster's other sentences and bullet lines to the ceremony
	for k := si - 1; k >= max(0, si-12); k-- {
		ks := x.sents[k]
		if len(x.find(credTrigRe, ks.s, ks.e)) > 0 {
			if x.matchIn(envoysNounRe, ks.s, ks.e) && (!bullet || k < si-1) {
				return k
			}
			return -1
		}
		if bulletLineRe.MatchString(low[ks.s:min(ks.e, ks.s+4)]) {
			continue
		}
		if !rosterOpenRe.MatchString(low[ks.s:min(ks.e, ks.s+50)]) {
			return -1
		}
		bullet = false // the opener of the bullets is passed: at most three more sentences
		if k < si-3 && !bulletLineRe.MatchString(low[x.sents[k+1].s:min(x.sents[k+1].e, x.sents[k+1].s+4)]) {
			return -1
		}
	}
	return -1
}

// colonRoster returns the index of the credentials sentence ending with a
// colon whose envoys the lines from it to sentence si list one a line with
// no bullet ("…letters of credence of the following envoys:\nH.E. X – Kingdom
// of Morocco\nH.E. Y – Republic of Tunisia"), -1 if none.
func (x *engine) colonRoster(si int) int {
	low := x.f.low
	for k := si; k > max(0, si-12); k-- {
		ks := x.sents[k]
		if !x.ownLine(ks) || ks.e-ks.s > 160 {
			return -1
		}
		prev := x.sents[k-1]
		if strings.HasSuffix(strings.TrimSpace(low[prev.s:prev.e]), ":") {
			if len(x.find(credTrigRe, prev.s, prev.e)) > 0 && x.matchIn(envoysNounRe, prev.s, prev.e) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// ownLine reports whether sentence sp stands alone on its line.
func (x *engine) ownLine(sp span) bool {
	up := x.f.up
	i := sp.s - 1
	for i >= 0 && (up[i] == ' ' || up[i] == '\t') {
		i--
	}
	if i >= 0 && up[i] != '\n' {
		return false
	}
	j := sp.e
	for j < len(up) && (up[j] == ' ' || up[j] == '\t') {
		j++
	}
	return j >= len(up) || up[j] == '\n' || up[j] == '\r'
}

// bulletLineRe opens a line of a bulleted list.
var bulletLineRe = mkf(`^\s*[-•·*–—]\s`)

// fromStateRe is the gap between an envoy's name and the state he comes
// from: "from", or an opening parenthesis.
var fromStateRe = mkf(`^\s*(?:from(?: the)?|\(|[-\x{2013}\x{2014}]|,\s*(?:(?:representant|representante|representative|ambassadeur|ambassadrice|ambassador|embajador|embajadora)\s+)?(?:from|of|de|du|de la|de l'|d'|del)(?: the)?)\s*$`)

// stateFromAfter returns the state named right after e, introduced by
// "from" or in parentheses ("X from Algeria", "X (Greece)"), "" if none.
func (x *engine) stateFromAfter(e, limit int) string {
	for _, m := range x.mentsIn(e, min(limit, e+24)) {
		if m.kind == kState && !m.demonym && fromStateRe.MatchString(x.f.low[e:m.s]) {
			return m.key
		}
		break
	}
	return ""
}

// dispatchVerbRe: a verb of sending an envoy ("a dépêché", "dispatched").
var dispatchVerbRe = mkf(`\b(?:a depeche|ont depeche|a depechee?|dispatched|has dispatched|despacho|envio a|a envoye|ont envoye|sent)\b`)

// dispatcherState returns the state of the person who, earlier in the
// sentence of office o, dispatches an envoy ("X a dépêché à Niamey le
// ministre … Y"): Y serves X's state. "" if none.
func (x *engine) dispatcherState(p *person, o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	if o.pos <= sp.s || o.pos > sp.e {
		return ""
	}
	m := x.indexIn(dispatchVerbRe, sp.s, o.pos)
	if m == nil {
		return ""
	}
	for _, pm := range pmRange(x.pms, sp.s, sp.s+m[0]) {
		if pm.p != nil && pm.p != p {
			if sts := pm.p.states(); len(sts) == 1 {
				return sts[0]
			}
		}
	}
	if q := x.namedBefore(o.sent, sp.s+m[0], p); q != nil {
		if sts := q.states(); len(sts) == 1 {
			return sts[0] // "Dimanche, Alpha Condé a dépêché …": named again without a title
		}
	}
	return ""
}

// atMinistryRe opens the ministry a title is held at ("secretary of state
// at the Ministry of Foreign Affairs").
var atMinistryRe = mkf(`^\s+the\s+(?:ministry|department)\b`)

// servedRe ends the preposition by which a title serves another person's
// ("adviser to", "spokesman for", "conseiller du", "asesor del").
var servedRe = mkf(`\b(?:to|for|of|du|de|del|au|aupres du|al)\s+(?:the\s+|le\s+|la\s+|el\s+)?$`)

// servedHead returns the start of the title head in view[he:cs), right
// before a holder's name at cs, that the title ending at he serves ("adviser
// to Azeri President": the President's head), or -1 when there is none.
func (x *engine) servedHead(he, cs int) int {
	hs := x.find(headRe, he, cs)
	if len(hs) == 0 {
		return -1
	}
	h := hs[len(hs)-1]
	if h[0] <= he || strings.TrimSpace(x.f.low[h[1]:cs]) != "" {
		return -1
	}
	s := h[0]
	for _, m := range x.mentsIn(he, h[0]) {
		if m.kind == kState && strings.TrimSpace(x.f.low[m.e:h[0]]) == "" {
			s = m.s // "to Azeri President"
		}
	}
	if !servedRe.MatchString(x.f.low[he:s]) {
		return -1
	}
	return s
}

// knownNameEnd reports whether toks[k], a capitalised word that is no name
// word elsewhere ("Sen", read as "Senator"), ends the name of a known office
// holder that toks[i:k] opens ("Hun Sen").
func knownNameEnd(toks []tok, i, k int) bool {
	if !isCap(toks[k]) || k-i > 3 {
		return false
	}
	words := make([]string, 0, k-i+1)
	for _, t := range toks[i : k+1] {
		words = append(words, t.low)
	}
	_, ok := knownPeople().full[strings.Join(personKeyWords(strings.Join(words, " ")), " ")]
	return ok
}
