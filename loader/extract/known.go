package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"diplograph/loader/gazetteer"
)

// knownServe is what a known office holder serves: a state or an
// organisation, and the years of the office (to 0 when still held).
type knownServe struct {
	state, org, role string
	from, to         int
	mid              string // the inner words of the name, in the firstLast index
	regnal           bool   // the name is a monarch's given names and number ("Juan Carlos I")
}

// serves reports whether the holder may be named in a document of year y
// (0: unknown, any year): within the years of the office, a year of margin
// each side, so that a namesake of another time decides nothing.
func (k knownServe) serves(y int) bool {
	return y == 0 || (k.from == 0 || y >= k.from-1) && (k.to == 0 || y <= k.to+1)
}

// within reports whether year y falls inside the years of the office.
func (k knownServe) within(y int) bool {
	return y != 0 && (k.from == 0 || y >= k.from) && (k.to == 0 || y <= k.to)
}

// parseYears reads "2013-" or "2005-2010".
func parseYears(s string) (from, to int) {
	a, b, _ := strings.Cut(s, "-")
	from, _ = strconv.Atoi(a)
	to, _ = strconv.Atoi(b)
	return from, to
}

// knownIndex maps the words of known office holders' names (folded and
// transliterated as person names are, joined by spaces) to what they serve.
// A name listed for two different states is left out: it decides nothing.
type knownIndex struct {
	full      map[string][]knownServe // all the words of the name
	firstLast map[string][]knownServe // the first and last words of names of three words or more
	tails     map[string][]knownServe // names of three words or more without the first ("Obiang Nguema Mbasogo")
	leaders   map[string][]knownServe // the last word of heads of state and government and foreign ministers ("President Ramaphosa")
	arabic    map[string][]knownServe // arabicKey of names, with and without a closing "Al X" ("Salmane Ibn Abdelaziz Al Saoud")
	spelled   map[string][]knownServe // leaders by spellingKey of their first and last words
}

var knownPeople = sync.OnceValue(func() *knownIndex {
	ix := &knownIndex{full: map[string][]knownServe{}, firstLast: map[string][]knownServe{}, tails: map[string][]knownServe{}, leaders: map[string][]knownServe{}, arabic: map[string][]knownServe{}, spelled: map[string][]knownServe{}}
	people, err := gazetteer.People()
	if err != nil {
		panic(err) // the embedded list is checked by the gazetteer's tests
	}
	put := func(m map[string][]knownServe, k string, v knownServe) {
		m[k] = append(m[k], v)
	}
	for _, p := range people {
		v := knownServe{state: p.State, org: p.Org, role: p.Role}
		v.from, v.to = parseYears(p.Years)
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			v.regnal = romanNumeral.MatchString(n[strings.LastIndexByte(n, ' ')+1:])
			w := personKeyWords(n)
			if len(w) < 2 {
				continue
			}
			put(ix.full, strings.Join(w, " "), v)
			if p.Role == "head_of_state" || p.Role == "head_of_government" || p.Role == "foreign_minister" {
				put(ix.leaders, w[len(w)-1], v)
				put(ix.spelled, spellingKey(w[0], w[len(w)-1]), v)
			}
			for _, k := range arabicKeys(w) {
				put(ix.arabic, k, v)
			}
			if len(w) > 2 {
				vm := v
				vm.mid = strings.Join(w[1:len(w)-1], " ")
				put(ix.firstLast, w[0]+" "+w[len(w)-1], vm)
				put(ix.tails, strings.Join(w[1:], " "), v)
			}
		}
	}
	return ix
})

// spellingKey keys a leader's name by the first five letters of his given
// name and his surname: "Muhammad Buhari" and "Muhammadu Buhari" share it.
func spellingKey(given, surname string) string {
	return given[:min(5, len(given))] + " " + surname
}

// personKeyWords returns the words of a name as persons are compared.
func personKeyWords(name string) []string {
	words := trimHonorifics(personWords(name))
	for i := range words {
		words[i] = undoubled(words[i]) // "Mohamed" finds "Mohammed"
	}
	return words
}

// leadingHonorifics are words that may open a written name without being
// part of it ("Sheikh Tamim bin Hamad Al Thani", "HH Sheikh …").
var leadingHonorifics = setOf(`sheikh sheik shaikh cheikh cheick jeque hh hrh he sayyid`)

// trimHonorifics drops the honorifics opening a name, keeping two words at least.
func trimHonorifics(words []string) []string {
	for len(words) > 2 && leadingHonorifics[words[0]] {
		words = words[1:]
	}
	return words
}

// lookup returns what the person of these name words serves, if known and
// in office around year y (0: unknown). A name of one word is never looked
// up (a surname alone is too ambiguous), nor one that holders of different
// states share in those years.
func (ix *knownIndex) lookup(words []string, y int) (knownServe, bool) {
	if v, ok := ix.lookupStrict(words, y); ok {
		return v, true
	}
	return ix.lookupArabic(trimHonorifics(words), y)
}

// lookupStrict is lookup without the loose comparison of Arabic names.
func (ix *knownIndex) lookupStrict(words []string, y int) (knownServe, bool) {
	words = trimHonorifics(words)
	if len(words) < 2 {
		return knownServe{}, false
	}
	loose := make([]string, len(words))
	for i, w := range words {
		loose[i] = undoubled(w)
	}
	if v, ok := pickFull(ix.full[strings.Join(loose, " ")], y); ok {
		return v, true
	}
	if len(loose) == 2 {
		if v, ok := pick(ix.full[loose[1]+" "+loose[0]], y); ok && familyNameFirst[v.state] {
			return v, true // "Iwaya Takeshi": the family name first, where names are so written
		}
	}
	if len(loose) > 2 {
		if v, ok := pick(ix.firstLast[loose[0]+" "+loose[len(loose)-1]], y); ok && !otherMiddle(v.mid, loose) {
			return v, true
		}
	}
	if v, ok := pick(ix.tails[strings.Join(loose, " ")], y); ok {
		return v, true // "Obiang Nguema Mbasogo" for "Teodoro Obiang Nguema Mbasogo"
	}
	if len(loose) == 3 {
		if v, ok := pick(ix.full[loose[0]+" "+loose[1]], y); ok && !v.regnal {
			return v, true // "Nicolás Maduro Moros": the mother's family name after the listed name
		} // (not so a monarch's given names: "Juan Carlos Kreckler" is not "Juan Carlos I")
	}
	return knownServe{}, false
}

// otherMiddle reports whether a name of three words has another middle
// word than the known name of three words (middle mid) sharing its first
// and last words: "Le Thanh Long" is not "Lee Hsien Loong". An initial or
// a middle word of the same first letter may be the same one.
func otherMiddle(mid string, words []string) bool {
	if len(words) != 3 || mid == "" || strings.IndexByte(mid, ' ') >= 0 || arabicParticles[mid] {
		return false // (a particle, "Mohamed Ould Ghazouani", may be written as another part of the full name: "Mohamed Cheikh Ghazouani")
	}
	return mid[0] != words[1][0]
}

// lookupArabic looks up a name with an inner Arabic particle by its
// consonant skeleton (arabicKeys): a loose match, for names whose
// transliteration varies.
func (ix *knownIndex) lookupArabic(words []string, y int) (knownServe, bool) {
	if !hasInnerParticle(words) {
		return knownServe{}, false
	}
	for _, k := range arabicKeys(words) {
		if v, ok := pick(ix.arabic[k], y); ok {
			return v, true
		}
	}
	return knownServe{}, false
}

// familyNameFirst lists the states whose names are often written family
// name first: only there is "B A" the known "A B" ("Mustafa Mohamed" is not
// the Palestinian "Mohammad Mustafa").
var familyNameFirst = map[string]bool{"JP": true, "CN": true, "KR": true, "KP": true, "TW": true, "VN": true, "HU": true, "MN": true, "KH": true, "SG": true,
	// and the francophone African press writes many names so ("Issoufou Mahamadou")
	"NE": true, "ML": true, "BF": true, "CM": true, "TD": true, "GN": true, "CI": true, "TG": true, "BJ": true, "GA": true, "CG": true, "CD": true, "CF": true, "SN": true, "MR": true}

// arabicParticles are the words that link the parts of Arabic names ("bin",
// "ibn", "ould") or open a family name ("Al Saud"); arabicKey leaves them out.
var arabicParticles = setOf(`bin ben ibn bint ould al el`)

// hasInnerParticle reports whether a name has an Arabic particle after its
// first word: only such names are compared by arabicKey, so that "Ben
// Wallace" or a European name never meets its consonant skeleton.
func hasInnerParticle(words []string) bool {
	for _, w := range words[1:] {
		if arabicParticles[w] {
			return true
		}
	}
	return false
}

// arabicKeys returns the keys of a name of Arabic form written in any of
// the usual transliterations: the particles dropped, each word reduced to
// its consonants ("Salmane", "Salmán", "Salman" → "slmn"; "Abdelaziz",
// "Abdulaziz" → "bdlzz"; "Saoud", "Saud" → "sd"), with "dj" read "j", "ch"
// read "sh" and "q" read "k"; a second key leaves out a closing family name
// after "Al" or "El" ("… Al Saoud"). A key has two words at least.
func arabicKeys(words []string) []string {
	var keys []string
	content := make([]string, 0, len(words))
	dynasty := -1 // where a closing "Al X" starts in content
	for i, w := range words {
		if arabicParticles[w] {
			if (w == "al" || w == "el") && i == len(words)-2 && i > 0 {
				dynasty = len(content)
			}
			continue
		}
		content = append(content, consonants(w))
	}
	if len(content) >= 2 {
		keys = append(keys, strings.Join(content, " "))
	}
	if dynasty >= 2 {
		keys = append(keys, strings.Join(content[:dynasty], " "))
	}
	return keys
}

// consonants reduces a folded word to its consonants for arabicKeys: "dj"
// is read "j", "ch" "sh" and "q" "k" (left to right, as a strings.Replacer
// would), then vowels, "y" and a letter repeating the one before are left
// out. A word without consonants is returned whole.
func consonants(w string) string {
	b := make([]byte, 0, len(w)+1)
	add := func(c byte) {
		if isVowel(c) || c == 'y' || len(b) > 0 && b[len(b)-1] == c {
			return
		}
		b = append(b, c)
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == 'd' && i+1 < len(w) && w[i+1] == 'j':
			add('j')
			i++
		case c == 'c' && i+1 < len(w) && w[i+1] == 'h':
			add('s')
			add('h')
			i++
		case c == 'q':
			add('k')
		default:
			add(c)
		}
	}
	if len(b) == 0 {
		return w // no consonant, hence no "dj", "ch" or "q" replaced
	}
	return string(b)
}

// lookupLeader returns the state of the head of state or government or
// foreign minister whose name ends with the one word w ("President
// Ramaphosa", "Minister Pandor"), when one state's leaders alone bear it
// around year y (in any year when y is 0).
func (ix *knownIndex) lookupLeader(w string, y int) (knownServe, bool) {
	if len(w) < 4 {
		return knownServe{}, false
	}
	return pick(ix.leaders[undoubled(w)], y)
}

// pick returns the one state or organisation of the holders in office
// around year y, with the highest of their roles there (a king who is
// also his prime minister is the head of state).
func pick(vs []knownServe, y int) (knownServe, bool) {
	return pickServing(vs, y, knownServe.serves)
}

// pickFull is pick for the holders of one full name: when they serve
// different states or bodies around year y, the office held that very
// year ("Shirley Ayorkor Botchwey", Ghana's minister in 2024, Commonwealth
// Secretary-General from 2025). A surname alone stays ambiguous.
func pickFull(vs []knownServe, y int) (knownServe, bool) {
	if v, ok := pickServing(vs, y, knownServe.serves); ok {
		return v, true
	}
	return pickServing(vs, y, knownServe.within)
}

// pickServing is pick over the holders for whom in(v, y) holds.
func pickServing(vs []knownServe, y int, in func(knownServe, int) bool) (knownServe, bool) {
	var got knownServe
	n := 0
	for _, v := range vs {
		if !in(v, y) {
			continue
		}
		if n > 0 && (v.state != got.state || v.org != got.org) {
			return knownServe{}, false
		}
		if n == 0 || v.within(y) && !got.within(y) || v.within(y) == got.within(y) && roleRank(v.role) < roleRank(got.role) {
			got = v // the office of that very year first, then the highest
		}
		n++
	}
	return got, n > 0
}

// roleRank orders roles from the highest office down.
func roleRank(role string) int {
	switch role {
	case "head_of_state":
		return 0
	case "head_of_government":
		return 1
	case "secretary_general":
		return 2
	case "deputy_prime_minister":
		return 3
	case "foreign_minister":
		return 4
	case "minister":
		return 5
	}
	return 6
}

// knownNames is pass 2e: a name of two words or more that the text gives
// no title, of a known office holder in office in the document's year,
// holds that office ("Porteur du message de Denis Sassou Nguesso", "His
// Highness Sheikh Mohammed bin Rashid Al Maktoum"). A name the text titles
// elsewhere keeps the text's offices; documents of unknown year are left
// alone, as the list cannot tell namesakes apart there.
// undatedSince is the first year an undated document is taken to be of:
// communiqués are read when fresh, so the untitled name of a holder who
// left office before it ("Fidel Castro") is not read as an office holder.
const undatedSince = 2010

// tripOfRe ends a trip noun and its genitive: "la visite de X", "the visit
// of X": X is the visitor, a participant (unlike "la investidura de X").
var tripOfRe = mkf(`\b(?:visite|visita|visit|deplacement|sejour|venue|viaje|gira|tournee|tour|trip)\s+(?:(?:officielle|oficial|official|de travail|de trabajo|d'etat|de estado)\s+)?(?:de|du|of|del|d')\s*$`)

func (x *engine) knownNames() {
	ix := knownPeople()
	titled := x.pms[:len(x.pms):len(x.pms)] // sorted by start: the names found so far
	for si, sp := range x.sents {
	cands:
		for _, c := range x.cands[si] {
			if c.words < 2 {
				x.knownSurname(si, sp, c, titled)
				continue
			}
			for _, pm := range pmRange(titled, c.s-200, c.e) {
				if pm.s < c.e && pm.e > c.s {
					continue cands // a name found with its title
				}
			}
			name := x.splitGluedName(strings.TrimSpace(x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)]))
			v, ok := ix.lookup(personWords(name), x.ref.Year)
			if !ok || v.role == "" || v.state == "" && v.org == "" || x.ref.Year != 0 && (x.ref.Year < v.from || v.to != 0 && x.ref.Year > v.to) {
				continue // (within the years of office: no margin without a title)
			}
			if x.ref.Year == 0 && (v.state == "" || !x.mentionsState(v.state) || v.to != 0 && v.to < undatedSince) {
				continue // a document of unknown time: only for a state the text is about, and a holder of recent years
			}
			if v.role == "official" {
				continue // a vague office the text does not state ("el líder opositor, Juan Guaidó")
			}
			if deathBeforeRe.MatchString(x.f.low[max(sp.s, c.s-45):c.s]) {
				continue // "condolences on the passing of Sheikh Khalifa bin Zayed": no longer in office
			}
			role := v.role
			if h, hs := x.nearHead(sp.s, c.s, titled, x.cands[si]); h != "" && !(strings.Contains(x.f.low[hs:c.s], ",") && frontedOpenRe.MatchString(x.f.low[sp.s:hs])) {
				// (but "Porteur d'un message du Président du Kenya, M. X": the
				// fronted phrase's title is another person's)
				// "Defence Minister Sabri Yaakob", "le ministre de l'Intérieur, …, X":
				// a title the rules did not take whole still gives the role
				role = classify(h, x.f.low[hs:c.s])
			}
			if role == "" || role == "counterpart" {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.addNameSpan(span{c.s, c.e})
			if genitiveWords[c.prev] && !tripOfRe.MatchString(x.f.low[max(0, c.s-40):c.s]) {
				// "la investidura de Gustavo Petro": the name is no participant
				// (findRefs leaves it out)
				x.genitives = append(x.genitives, c.s)
			}
			if len(p.offices) > 0 {
				continue
			}
			p.offices = append(p.offices, &office{role: role, state: v.state, org: v.org, ev: sp, sent: si, conf: 0.6, pos: c.s})
		}
	}
}

// knownStates gives the offices of known office holders whose state the
// text left to the default rules the state the person serves: "el presidente
// Nicolás Maduro" in a sentence about Cuba and the United States is
// Venezuela's. A state the title states ("le ministre malien") is kept.
func (x *engine) knownStates() {
	ix := knownPeople()
	for _, p := range x.persons {
		v, ok := ix.lookup(p.words, x.ref.Year)
		if !ok && len(p.words) == 1 && p.office("head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_prime_minister") != nil {
			v, ok = ix.lookupLeader(p.words[0], x.ref.Year) // "President Ramaphosa", "Minister Pandor"
		}
		if !ok && len(p.words) == 2 && p.office("head_of_state", "head_of_government", "foreign_minister") != nil {
			// "Président Muhammad Buhari" for the listed "Muhammadu Buhari": a
			// leader's surname with another spelling of his given name
			v, ok = pick(ix.spelled[spellingKey(undoubled(p.words[0]), undoubled(p.words[1]))], x.ref.Year)
			ok = ok && p.office(v.role) != nil
		}
		if !ok || v.state == "" {
			continue
		}
		for _, o := range p.offices {
			if counterpartHead(o.head) && o.state == v.state && o.org == "" && v.within(x.ref.Year) && (v.role == "head_of_state" || v.role == "head_of_government" || v.role == "foreign_minister") && o.role != v.role {
				o.role = v.role // "su homólogo chino, Xi Jinping", the possessor unknown: the list knows his office
			}
			if counterpartHead(o.head) && o.state != v.state && o.org == "" && len(p.words) > 1 && v.within(x.ref.Year) && (v.role == "foreign_minister" || v.role == "head_of_state" || v.role == "head_of_government") && !x.titleNamesState(o) {
				// "Lapid met with his counterpart Nasser Bourita and handed him an
				// invitation from President Herzog": a counterpart's office is
				// only inferred from another person's; the list knows his own
				o.state, o.role, o.pending, o.conf = v.state, v.role, false, 0.8
				x.recounter(p, o)
			}
		}
		for _, o := range p.offices {
			if o.role == "official" && v.role == "foreign_minister" && (o.state == v.state || o.state == "") && o.org == "" && v.within(x.ref.Year) && cabinetMemberRe.MatchString(foldString(o.title)) {
				o.role, o.state, o.pending = v.role, v.state, false // "le conseiller fédéral Ignazio Cassis": the list knows his department
			}
			if o.role == "minister" && v.role == "foreign_minister" && (o.state == v.state || o.state == "") && o.org == "" && v.within(x.ref.Year) && bareMinisterTitle(o.title) {
				o.role = v.role // "el ministro, José Manuel Albares": the list knows his portfolio
			}
			if o.role == "head_of_state" && v.role == "head_of_government" && (o.state == v.state || o.state == "") && o.org == "" && v.within(x.ref.Year) && presidentHead(o.head) && monarchies[v.state] {
				o.role = v.role // "el presidente de España, Pedro Sánchez": in a kingdom, the president of the government
			}
		}
		loose := false
		if _, strict := ix.lookupStrict(p.words, x.ref.Year); !strict {
			_, loose = ix.lookupArabic(trimHonorifics(p.words), x.ref.Year)
		}
		for _, o := range p.offices {
			if o.org != "" || o.state == v.state || o.role == "ambassador" {
				continue
			}
			if loose && o.role == "official" && (v.role == "head_of_state" || v.role == "head_of_government" || v.role == "foreign_minister") {
				continue // "le président de la Chambre des conseillers, Mohamed Ould Errachid": only a skeleton of a listed leader's name
			}
			ambiguous := demonymAlternates[o.state] == v.state || demonymAlternates[v.state] == o.state // "le Chef d'Etat congolais, Félix Tshisekedi"
			if o.pending || o.state == "" || o.conf < 0.85 || ambiguous && o.role == v.role {
				o.state, o.pending, o.conf = v.state, false, 0.8
				x.recounter(p, o)
			}
		}
	}
}

// cabinetMemberRe is a title naming a member of a government with no
// portfolio ("conseiller fédéral", "Federal Councillor", "consejero federal").
var cabinetMemberRe = mkf(`^(?:le |la |el |the )?(?:conseill(?:er|ere) federale?|federal council(?:l)?or|consejer[oa] federal|bundesrat|bundesratin)$`)

// presidentHead reports whether a title head is "president" in one of the
// languages: a word that names a head of government in some states.
func presidentHead(h string) bool {
	switch h {
	case "president", "presidente", "presidenta", "presidente del gobierno", "presidenta del gobierno":
		return true
	}
	return false
}

// bareMinisterTitle reports whether title is a minister's title naming no
// portfolio ("el ministro", "Minister", "la ministra").
func bareMinisterTitle(title string) bool {
	switch strings.TrimSpace(articleRe.ReplaceAllString(foldString(title), "")) {
	case "ministro", "ministra", "ministre", "minister", "el ministro", "la ministra", "le ministre", "la ministre", "the minister":
		return true
	}
	return false
}

// presidentsStaff gives the staff of the President ("le Ministre, Directeur
// de Cabinet du Président de la République, X"), whose state was only
// guessed, the state of the one head of state the text names, once the
// list of known leaders has settled it.
func (x *engine) presidentsStaff() {
	for _, p := range x.persons {
		staff := false
		for _, o := range p.offices {
			if m := ofThePresidentRe.FindStringIndex(foldString(o.title)); m != nil && m[0] > 0 && o.org == "" {
				staff = true
			}
		}
		if !staff {
			continue
		}
		st := x.soleHolderState("head_of_state", p)
		if st == "" {
			continue
		}
		for _, o := range p.offices {
			if o.org == "" && o.role != "ambassador" && o.state != st && o.conf < 0.7 {
				o.state, o.conf = st, 0.6
			}
		}
	}
}

// attributionRe opens a readout's line that attributes it to a spokesperson
// ("As stated by Spokesperson X:", "The following is attributed to …").
var attributionRe = mkf(`\b(?:as stated by|attributed to|statement by|readout by|selon le porte-parole|segun el portavoz|segun la portavoz)\b`)

// attributedSpokespersons gives the spokesperson a readout is attributed to,
// whose state was only guessed, the state of the first official the next
// sentence names: the readout is his government's.
func (x *engine) attributedSpokespersons() {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.org != "" || o.conf >= 0.7 || o.sent < 0 || o.sent+1 >= len(x.sents) || !spokesHead(o.head) {
				continue
			}
			sp := x.sents[o.sent]
			if !x.matchIn(attributionRe, sp.s, o.pos) {
				continue
			}
			next := x.sents[o.sent+1]
			for _, pm := range pmRange(x.pms, next.s, next.e) {
				if pm.p != nil && pm.p != p {
					if sts := pm.p.states(); len(sts) > 0 {
						o.state = sts[0]
					}
					break
				}
			}
		}
	}
}

// spokesHead reports whether a title's head is a spokesperson's.
func spokesHead(h string) bool {
	switch h {
	case "spokesperson", "spokesman", "spokeswoman", "porte-parole", "portavoz":
		return true
	}
	return false
}

// recounter gives the counterpart of p in the sentence of o, who took p's
// state by default, the other state of the document: "Minister Pandor held
// talks with her counterpart, X, Minister of Foreign Affairs".
func (x *engine) recounter(p *person, o *office) {
	for _, q := range x.persons {
		if q == p {
			continue
		}
		cp := false
		for _, qo := range q.offices {
			cp = cp || qo.sent == o.sent && counterpartHead(qo.head)
		}
		if !cp {
			continue
		}
		alt := ""
		for _, r := range x.ranked {
			if r != o.state {
				alt = r
				break
			}
		}
		if v, ok := knownPeople().lookup(q.words, x.ref.Year); ok && v.state == o.state && v.within(x.ref.Year) {
			continue // "son homologue Robert Dussey": the list knows him of that state
		}
		for _, qo := range q.offices {
			if alt != "" && qo.state == o.state && qo.conf < 0.85 && qo.org == "" && !x.titleNamesState(qo) {
				qo.state, qo.conf = alt, 0.55
			}
		}
	}
}

// titleNamesState reports whether office o's title as written names its
// state ("his Bangladeshi counterpart"): no other leader's state overrides it.
func (x *engine) titleNamesState(o *office) bool {
	if o.title == "" || o.state == "" {
		return false
	}
	for _, m := range x.g.Find(o.title) {
		if m.Key == o.state {
			return true
		}
	}
	return false
}

// deathBeforeRe ends the words of a death before a name ("the passing of
// Sheikh", "le décès de", "el fallecimiento del", "the late").
var deathBeforeRe = mkf(`\b(?:passing|death|demise|funeral|deces|disparition|obseques|fallecimiento|muerte|deceso|funeral|sepelio|late|feu|defunt|regrette|difunto|fallecido)\s+(?:(?:of|de|du|d'|del|the|la|le|el|his|her|highness|majesty|sheikh|cheikh|president|king|roi|rey|presidente|president)\s+)*$`)

// genitiveWords are the words before a name that make it a complement.
var genitiveWords = setOf(`de del du d of des`)

// nearHead returns the title head closest before view offset off in the
// sentence opening at from, and where it starts, when it starts at most 120
// bytes before off and no other name lies between them.
func (x *engine) nearHead(from, off int, names []pmention, cands []candidate) (string, int) {
	ms := x.find(headRe, max(from, off-120), off)
	if len(ms) == 0 {
		return "", 0
	}
	m := ms[len(ms)-1]
	if len(pmRange(names, m[0], off)) > 0 || headBridgeStopRe.MatchString(x.f.low[m[1]:off]) {
		return "", 0
	}
	for _, c := range cands {
		if c.words >= 2 && c.s >= m[1] && c.e < off {
			return "", 0 // "du ministre de l'Intérieur, X, et de Y": X's title
		}
	}
	return x.f.low[m[0]:m[1]], m[0]
}

// headBridgeStopRe finds the words that end a title before a name: the
// name after "Ambassador of the UAE to" is the one who receives him.
var headBridgeStopRe = mkf(`\b(?:to|a|al|with|con|avec|by|par|por|from)\b`)

// mergeSpellings is the last pass: two persons holding the same office whose
// names differ by one letter in a word ("Prime Minister Pravind Kumar
// Jagnauth" and "PM Jugnauth", "Narendera Modi" and "Narendra Modi") are one
// person, written once under the fuller name.
func (x *engine) mergeSpellings() {
	for i, p := range x.persons {
		for _, q := range x.persons[i+1:] {
			if p.id == q.id || !sameOffice(p, q) || !spellingVariant(p.words, q.words) && !innerSurname(p.words, q.words) && !innerSurname(q.words, p.words) {
				continue
			}
			keep, drop := p, q
			if len(q.words) > len(p.words) {
				keep, drop = q, p
			}
			for _, f := range drop.forms {
				addForm(keep, f)
			}
			drop.id, drop.name = keep.id, keep.name
		}
	}
}

// sameOffice reports whether p and q hold one role for one state or organisation.
func sameOffice(p, q *person) bool {
	for _, a := range p.offices {
		for _, b := range q.offices {
			if !a.pending && !b.pending && a.role != "" && a.role == b.role && a.state == b.state && a.org == b.org {
				return true
			}
		}
	}
	return false
}

// spellingVariant reports whether two names are one written twice: the
// last words equal or one letter apart (five letters at least), and the
// first words too when both names have two words or more.
func spellingVariant(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	la, lb := a[len(a)-1], b[len(b)-1]
	if la != lb && (len(la) < 5 || !oneEdit(la, lb)) {
		return false
	}
	if len(a) >= 2 && len(b) >= 2 && a[0] != b[0] && !oneEdit(a[0], b[0]) {
		return false
	}
	return !equalWords(a, b)
}

// innerSurname reports whether a, one word, is an inner word of the name b
// of three words or more: the first family name of a Spanish name ("el
// presidente Abdo" for "Mario Abdo Benítez").
func innerSurname(a, b []string) bool {
	if len(a) == 1 && len(b) == 2 && len(a[0]) >= 3 && a[0] == b[0] {
		return true // "Motegi" for "Motegi Toshimitsu": the family name written first
	}
	return len(a) == 1 && len(b) >= 3 && len(a[0]) >= 3 && slices.Contains(b[1:len(b)-1], a[0])
}

// oneEdit reports whether a and b differ by exactly one substitution,
// insertion or deletion.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// knownSurname gives a surname named alone, with no title in the text and no
// other person of that name, the office of the one leader (head of state or
// government, foreign minister) the list knows by it in the document's year,
// when the text names that leader's state: "Bourita subrayó que…" in a text
// on Morocco dated 2024.
func (x *engine) knownSurname(si int, sp span, c candidate, titled []pmention) {
	if c.e-c.s < 5 {
		return
	}
	for _, pm := range pmRange(titled, c.s-200, c.e) {
		if pm.s < c.e && pm.e > c.s {
			return
		}
	}
	words := personWords(x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)])
	if len(words) != 1 || x.findPerson(words) != nil || x.mentAt(c.s) != nil {
		return
	}
	v, ok := knownPeople().lookupLeader(words[0], x.ref.Year)
	// an undated text is taken as current: only a holder still in office
	inTerm := x.ref.Year == 0 && v.to == 0 && v.from != 0 || v.within(x.ref.Year)
	if !ok || v.state == "" || !inTerm || !x.mentionsState(v.state) {
		return
	}
	if h, _ := x.nearHead(sp.s, c.s, titled, x.cands[si]); h != "" {
		return // a title the rules did not take: not this rule's
	}
	p := x.addPerson(c.s, c.e)
	x.addNameSpan(span{c.s, c.e})
	if len(p.offices) == 0 {
		p.offices = append(p.offices, &office{role: v.role, state: v.state, ev: sp, sent: si, conf: 0.55, pos: c.s})
	}
}
