package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

var nominalK = mk(`\b(?:le|la|the|el|du|del|au|al|of the|de la)\s+(?:(ministre|minister|ministro|ministra|chef de la diplomatie|secretaire d'etat|canciller|president|presidente|presidenta|roi|rey|king|ambassadeur|ambassadrice|ambassador|embajador|embajadora|responsable|official|diplomate|diplomat|diplomatico|premier ministre|prime minister|primer ministro)\s+((?:[a-z\-]+\s+){0,1})|([a-z\-]+)\s+(minister|foreign minister|president|king|ambassador|official|diplomat|prime minister|top diplomat))\b`)

// nominalTitles lists the title words of nominalK: a match of nominalK needs
// one of them starting at a word start after its own start.
var nominalTitles = mk(`\b(?:ministre|minister|ministro|ministra|chef de la diplomatie|secretaire d'etat|canciller|president|presidente|presidenta|roi|rey|king|ambassadeur|ambassadrice|ambassador|embajador|embajadora|responsable|official|diplomate|diplomat|diplomatico|premier ministre|prime minister|primer ministro|foreign minister|top diplomat)`)

func init() {
	nominalK.need = nominalTitles
	nominalK.gate = nominalGate
}

// nominalArticles are the articles opening nominalK.
var nominalArticles = []string{"le", "la", "the", "el", "du", "del", "au", "al", "of the", "de la"}

// nominalGate reports whether nominalK may match at p (within low[:e]): a
// match is an article, spaces, then either a title word (first branch) or
// one word of [a-z-] and spaces before a title word (second branch). Both
// title words start after a space, hence at word starts where a literal of
// nominalTitles begins. Checking those two places rejects most articles
// ("le", "la", "the"…) before the regexp tries its title alternatives.
func nominalGate(x *engine, p, e int) bool {
	if !nominalTitles.ok {
		return true
	}
	low := x.f.low[:e]
	titles := x.kcand[nominalTitles.id]
	for _, a := range nominalArticles {
		if !strings.HasPrefix(low[p:], a) {
			continue
		}
		q := skipSpaces(low, p+len(a))
		if q == p+len(a) {
			continue // \s+ needs a space after the article
		}
		if hasStart(titles, q) {
			return true // first branch: the title follows the article
		}
		r := q // second branch: [a-z\-]+ must run up to the spaces before the title
		for r < len(low) && (low[r] >= 'a' && low[r] <= 'z' || low[r] == '-') {
			r++
		}
		if t := skipSpaces(low, r); r > q && t > r && hasStart(titles, t) {
			return true
		}
	}
	return false
}

// skipSpaces returns the offset of the first byte at or after i in s that is
// not in \s.
func skipSpaces(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// hasStart reports whether the sorted offsets ws hold p.
func hasStart(ws []int, p int) bool {
	i := sort.SearchInts(ws, p)
	return i < len(ws) && ws[i] == p
}

var bareTitleRe = mk(`\b(?:and|et|y) (?:the |le |la |el )?(?:foreign minister|chef de la diplomatie|canciller|jefe de la diplomacia)\b`)

var secretaryRef = mk(`\b(?:the secretary|le secretaire d'etat|el secretario de estado)\b`)

// roleClass groups roles for nominal coreference.
func roleClass(w string) []string {
	switch w {
	case "roi", "rey", "king", "souverain", "chef de l'etat", "chef d'etat", "head of state", "jefe de estado", "jefe del estado":
		return []string{"head_of_state"}
	case "president", "presidente", "presidenta":
		return []string{"head_of_state", "head_of_government"}
	case "foreign secretary", "secretary of state":
		return []string{"foreign_minister"}
	case "premier ministre", "prime minister", "primer ministro":
		return []string{"head_of_government"}
	case "ambassadeur", "ambassadrice", "ambassador", "embajador", "embajadora":
		return []string{"ambassador"}
	case "responsable", "official", "diplomate", "diplomat", "diplomatico":
		return []string{"foreign_minister", "minister", "deputy_prime_minister", "official", "ambassador"}
	}
	return []string{"foreign_minister", "minister", "deputy_prime_minister"}
}

// findRefs is pass 2: surnames and full names of known persons, "le Roi",
// "le ministre kazakh", "son homologue", "les deux ministres".
func (x *engine) findRefs() {
	have := map[int]bool{}
	for _, pm := range x.pms {
		have[pm.s] = true
	}
	for _, s := range x.genitives {
		have[s] = true
	}
	x.refs = nil
	for si, sp := range x.sents {
		var added []pmention
		// names of known persons
		for _, c := range x.cands[si] {
			if have[c.s] {
				continue
			}
			if pair := x.knownPair(c); pair != nil {
				// "por Bourita y Lipavský": two persons named before
				added = append(added, pair...)
				have[c.s] = true
				continue
			}
			name := x.f.up[c.s:c.e]
			words := personWords(name)
			p := x.findPerson(words)
			if p == nil && len(words) > 1 {
				// "Mohammed VI" inside a longer candidate, or first name + surname
				p = x.findPerson(words[len(words)-1:])
				if p != nil && len(p.words) > 1 && len(words) > 2 && p.words[0] != words[0] {
					p = nil // "Nawaf Al-Ahmad Al-Jaber Al-Sabah" is not "Nasser Sabah Al-Ahmed Al-Sabah"
				}
			}
			if p == nil {
				continue
			}
			addForm(p, strings.TrimSpace(x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)]))
			added = append(added, pmention{s: c.s, e: c.e, p: p, coref: true})
			have[c.s] = true
		}
		low := x.f.low[sp.s:sp.e]
		// "le Roi", "S.M. le Roi" without a name after it
		for _, m := range x.find(kingRefRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			if x.nameStartsNear(e, sp.e) || x.inName(s) {
				continue
			}
			if x.reporting == "" || !monarchies[x.reporting] {
				continue
			}
			if p := x.holder(x.reporting, "head_of_state"); p != nil {
				added = append(added, pmention{s: s, e: e, p: p, coref: true})
			} else {
				added = append(added, pmention{s: s, e: e, state: x.reporting, coref: true})
			}
		}
		// "le ministre kazakh", "the Moroccan minister"
		for _, fm := range x.find(nominalK, sp.s, sp.e) {
			var mbuf [10]int
			if !nominalSubmatch(x.f.low[fm[0]:fm[1]], &mbuf) {
				continue
			}
			m := mbuf[:]
			for k := range m {
				if m[k] >= 0 {
					m[k] += fm[0] - sp.s
				}
			}
			s, e := sp.s+m[0], sp.s+m[1]
			if x.nameStartsNear(e, sp.e) || x.inName(s) {
				continue
			}
			var title string
			var st string
			if m[2] >= 0 {
				title = low[m[2]:m[3]]
				ms := x.mentsIn(sp.s+m[3], min(sp.e, sp.s+m[3]+30))
				if len(ms) > 0 && ms[0].kind == kState && ms[0].demonym && strings.TrimSpace(x.f.low[sp.s+m[3]:ms[0].s]) == "" {
					st = ms[0].key
					e = ms[0].e
				}
			} else {
				title = low[m[8]:m[9]]
				if mm := x.mentAt(sp.s + m[6]); mm != nil && mm.kind == kState && mm.demonym {
					st = mm.key
				}
			}
			if st == "" {
				continue
			}
			if x.nameStartsNear(e, sp.e) {
				continue
			}
			if p := x.holder(st, roleClass(title)...); p != nil {
				added = append(added, pmention{s: s, e: e, p: p, coref: true})
			} else {
				added = append(added, pmention{s: s, e: e, state: st, coref: true})
			}
		}
		// "the Secretary" of US readouts: the Secretary of State named in the document
		for _, m := range x.find(secretaryRef, sp.s, sp.e) {
			s, e := m[0], m[1]
			if x.nameStartsNear(e, sp.e) || x.inName(s) {
				continue
			}
			if p := x.holder("US", "foreign_minister"); p != nil {
				added = append(added, pmention{s: s, e: e, p: p, coref: true})
			}
		}
		// a bare title standing for the one person of the document who holds it
		// and is not already named in the sentence ("the Secretary and Foreign Minister")
		for _, m := range x.find(bareTitleRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			if x.nameStartsNear(e, sp.e) || x.inName(s) {
				continue
			}
			if nx := x.mentsIn(e, min(sp.e, e+3)); len(nx) > 0 {
				continue // "the minister of Kazakhstan …": a title with its state, handled elsewhere
			}
			w := x.f.low[s:e]
			role := "foreign_minister"
			if strings.HasSuffix(w, "president") || strings.HasSuffix(w, "presidente") {
				role = "head_of_state"
			}
			var found *person
			n := 0
			named := x.pmsIn(sp.s, sp.e, added)
			for _, p := range x.persons {
				if p.office(role) == nil {
					continue
				}
				dup := false
				for _, pm := range named {
					if pm.p == p {
						dup = true
					}
				}
				if !dup {
					found, n = p, n+1
				}
			}
			if n == 1 {
				added = append(added, pmention{s: s, e: e, p: found, coref: true})
			}
		}
		// "son homologue" without a name
		for _, m := range x.find(counterpart, sp.s, sp.e) {
			s, e := m[0], m[1]
			if x.nameStartsNear(e, sp.e) {
				continue
			}
			var subj *person
			for _, pm := range x.pmsIn(sp.s, s, added) {
				if pm.p != nil {
					subj = pm.p
					break
				}
			}
			st := x.stateAfterCue(e, sp.e)
			if subj == nil {
				if st != "" && st != x.reporting {
					added = append(added, pmention{s: s, e: e, state: st, coref: true}) // "Le ministre a rencontré son homologue libyen"
				}
				continue
			}
			if p := x.counterpartOf(subj, s); p != nil && (st == "" || contains(p.states(), st)) {
				added = append(added, pmention{s: s, e: e, p: p, coref: true})
			} else if st != "" && !contains(subj.states(), st) {
				// "son homologue libyen" met without a name: an actor of that state
				added = append(added, pmention{s: s, e: e, state: st, coref: true})
			}
		}
		// "Le ministre a également eu des entretiens…": a bare title opening
		// the sentence is the one person named before who holds it
		if ms, me, ok := bareSubjectAt(low); ok {
			if p := x.bareSubject(sp, sp.s+ms, sp.s+me, added); p != nil {
				added = append(added, pmention{s: sp.s + ms, e: sp.s + me, p: p, coref: true})
			}
		}
		// "Her Excellency will also have courtesy calls with …": the envoy the
		// sentence before is about
		if m := excellencyOpenRe.FindStringIndex(x.f.low[sp.s:min(sp.e, sp.s+24)]); m != nil && si > 0 && !x.nameStartsNear(sp.s+m[1], sp.e) {
			for k := si - 1; k >= max(0, si-2); k-- {
				if p := x.firstPersonIn(x.sents[k]); p != nil {
					added = append(added, pmention{s: sp.s + m[0], e: sp.s + m[1], p: p, coref: true})
					break
				}
			}
		}
		// "les deux ministres"
		for _, m := range x.find(twoPersonsRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			roles := []string{"foreign_minister", "minister", "deputy_prime_minister", "head_of_government"}
			w := x.f.low[s:e]
			switch {
			case strings.Contains(w, "chefs d'etat") || strings.Contains(w, "dirigeants") || strings.Contains(w, "leaders") || strings.Contains(w, "lideres") || strings.Contains(w, "mandatarios"):
				roles = []string{"head_of_state", "head_of_government"}
			case strings.Contains(w, "responsables") || strings.Contains(w, "officials") || strings.Contains(w, "parties") || strings.Contains(w, "sides") || strings.Contains(w, "partes") || strings.Contains(w, "hommes"):
				roles = nil
			}
			for _, p := range x.lastTwo(s, roles, added) {
				added = append(added, pmention{s: s, e: e, p: p, coref: true})
			}
		}
		_ = si
		slices.SortStableFunc(added, byStart)
		x.refs = append(x.refs, added...)
	}
	x.pms = append(x.pms, x.refs...)
	slices.SortStableFunc(x.pms, byStart)
	x.refs = nil
}

// excellencyOpenRe opens a sentence with an honorific standing for a person
// named before ("Her Excellency will also…", "Son Excellence a ensuite…").
var excellencyOpenRe = mkf(`^(?:her excellency|his excellency|son excellence|su excelencia)\b`)

// bareSubjectRe finds a bare title opening a sentence, after at most a
// short fronted phrase ("Le ministre a également eu…", "Later, the Minister
// met…"). It is built of bareSubjectArticles and bareSubjectTitles; bareSubjectAt matches
// it without the regexp.
var bareSubjectRe = mkf(`^(?:[^,;]{0,40},\s*)?((?:` + strings.Join(bareSubjectArticles, "|") + `)\s+(?:` + strings.Join(bareSubjectTitles, "|") + `))\b`)

// bareSubjectArticles and bareSubjectTitles are the articles and the titles of
// bareSubjectRe, in the pattern's order.
var (
	bareSubjectArticles = []string{"le", "la", "the", "el"}
	bareSubjectTitles   = []string{"ministre", "minister", "ministro", "ministra", "canciller", "cancillera", "chef de la diplomatie", "jefe de la diplomacia", "foreign minister", "foreign secretary", "secretary of state",
		"president", "presidente", "presidenta", "premier ministre", "prime minister", "primer ministro", "chef de l'etat", "chef d'etat", "head of state", "jefe de estado", "jefe del estado", "souverain",
		"ambassadeur", "ambassadrice", "ambassador", "embajador", "embajadora"}
)

// bareSubjectAt returns the offsets of bareSubjectRe's group in s, as
// FindStringSubmatchIndex(s)[2:4] gives them, and whether there is a match:
// the regexp's backtracking written out. Its bounded repetition
// [^,;]{0,40} made the regexp run a large program over every sentence.
//
// The optional fronted phrase can only end at the first ',' or ';' of s:
// it matches when that is a comma after at most 40 runes, and is then
// preferred; the greedy \s* and \s+ give back no space, as the article
// and the title start with letters.
func bareSubjectAt(s string) (start, end int, ok bool) {
	if c := strings.IndexAny(s, ",;"); c >= 0 && s[c] == ',' && utf8.RuneCountInString(s[:c]) <= 40 {
		if e, ok := bareSubjectGroup(s, skipSpaces(s, c+1)); ok {
			return skipSpaces(s, c+1), e, true
		}
	}
	if e, ok := bareSubjectGroup(s, 0); ok {
		return 0, e, true
	}
	return 0, 0, false
}

// bareSubjectGroup matches bareSubjectRe's group and the \b after it at
// s[i:], returning the group's end.
func bareSubjectGroup(s string, i int) (int, bool) {
	for _, a := range bareSubjectArticles {
		if !strings.HasPrefix(s[i:], a) {
			continue
		}
		k := skipSpaces(s, i+len(a))
		if k == i+len(a) {
			return 0, false // \s+; the articles start with distinct letters
		}
		for _, t := range bareSubjectTitles {
			if strings.HasPrefix(s[k:], t) && reBoundary(s, k+len(t)) {
				return k + len(t), true
			}
		}
		return 0, false
	}
	return 0, false
}

// stateRightAfterRe allows only a preposition between a title and its state.
var stateRightAfterRe = mkf(`^\s*(?:of the|of|de la|de l'|des|du|de|del|d')?\s*$`)

// bareSubject returns the person a bare title at [s,e) stands for: the one
// person mentioned before the sentence who holds an office of the title's
// class, else the one of them of the reporting state; nil when the title
// has a name or a state of its own, or when no single person fits.
func (x *engine) bareSubject(sp span, s, e int, added []pmention) *person {
	if x.nameStartsNear(e, sp.e) || x.inName(s) {
		return nil
	}
	for _, pm := range added {
		if pm.s <= s && s < pm.e {
			return nil
		}
	}
	if ms := x.mentsIn(e, min(sp.e, e+25)); len(ms) > 0 && (ms[0].kind == kState || ms[0].kind == kOrg) && stateRightAfterRe.MatchString(x.f.low[e:ms[0].s]) {
		return nil // "le ministre malien", "the Minister of Ghana": handled with their state
	}
	w := x.f.low[s:e]
	w = w[strings.IndexByte(w, ' ')+1:]
	roles := roleClass(strings.TrimSpace(w))
	var fits, own []*person
	var named [8]int // how often each of the first fits is named before
	for _, pm := range x.pms {
		if pm.s >= sp.s {
			break
		}
		p := pm.p
		if p == nil || p.office(roles...) == nil {
			continue
		}
		if k := slices.Index(fits, p); k >= 0 {
			if k < len(named) {
				named[k]++
			}
			continue
		}
		if len(fits) < len(named) {
			named[len(fits)] = 1
		}
		fits = append(fits, p)
		if x.reporting != "" && !x.guessedReporting && contains(p.states(), x.reporting) {
			own = append(own, p)
		}
	}
	for _, pm := range x.refs { // the names found again in the sentences before
		if k := slices.Index(fits, pm.p); k >= 0 && k < len(named) && pm.s < sp.s {
			named[k]++
		}
	}
	if st := x.demonymAfterComplement(e, sp.e); st != "" {
		// "Le ministre des Affaires étrangères turc poursuit sa tournée": the Turkish one
		var of []*person
		for _, p := range fits {
			if contains(p.states(), st) {
				of = append(of, p)
			}
		}
		if len(of) == 1 {
			return of[0]
		}
	}
	switch {
	case len(fits) == 1:
		return fits[0]
	case len(own) == 1:
		return own[0]
	}
	// "Le président X a reçu … X s'est entretenu … un message du président Y. Par la
	// suite, le chef de l'État a reçu …": the one the text names most, by a clear margin
	if len(fits) > 1 && len(fits) <= len(named) {
		best, second := -1, 0
		for k := range fits {
			switch {
			case best < 0 || named[k] > named[best]:
				if best >= 0 {
					second = named[best]
				}
				best = k
			case named[k] > second:
				second = named[k]
			}
		}
		if best >= 0 && named[best] >= 2*second && named[best] >= 2 {
			return fits[best]
		}
	}
	// "The Foreign Secretary and Secretary Tillerson": the one titled so
	var same *person
	for _, p := range fits {
		for _, o := range p.offices {
			if strings.Contains(foldString(o.title), w) {
				if same != nil && same != p {
					return nil
				}
				same = p
			}
		}
	}
	return same
}

// pmRange returns the person mentions of the sorted list l that start in [s,e).
func pmRange(l []pmention, s, e int) []pmention {
	i := sort.Search(len(l), func(i int) bool { return l[i].s >= s })
	j := i
	for j < len(l) && l[j].s < e {
		j++
	}
	return l[i:j]
}

// before calls fn on the mentions before off, most recent first, in both
// the pass-1 list and the references found so far, at most limit of them.
func (x *engine) before(off int, extra []pmention, fn func(pm pmention) bool) {
	const limit = 400
	lists := [][]pmention{x.pms, x.refs, extra}
	idx := make([]int, len(lists))
	for k, l := range lists {
		idx[k] = sort.Search(len(l), func(i int) bool { return l[i].s >= off }) - 1
	}
	for n := 0; n < limit; n++ {
		best := -1
		for k, l := range lists {
			if idx[k] >= 0 && (best < 0 || l[idx[k]].s > lists[best][idx[best]].s) {
				best = k
			}
		}
		if best < 0 {
			return
		}
		pm := lists[best][idx[best]]
		idx[best]--
		if !fn(pm) {
			return
		}
	}
}

// sheikhOpenRe is honorificOpenRe with the Arabic honorifics that open a
// name ("Sheikh", "Cheikh", "Jeque").
var sheikhOpenRe = mkf(`^\s*(?:(?:his|her|son|su)\s+(?:excellency|excellence|excelencia|highness|altesse|alteza)\s+|(?:dr|mr|mrs|ms|mme|m|sr|sra|h\.e|s\.e|prof)\.?\s+|(?:sheikh|shaikh|sheik|cheikh|cheick|jeque)\s+)*`)

// nameStartsNear reports whether a person name starts right after off.
func (x *engine) nameStartsNear(off, limit int) bool {
	up := x.f.up
	i := off
	for i < limit && (up[i] == ' ' || up[i] == ',') {
		i++
	}
	if j := articlesEnd(x.f.low[i:min(limit, i+6)]); j > 0 {
		if m := x.mentAt(i + j); m != nil && m.s == i+j && m.kind == kState && m.demonym {
			i += j // ", la colombiana María Emma Mejía": an article before the demonym
		}
	}
	if m := x.mentAt(i); m != nil && m.s == i && m.kind == kState && m.demonym && m.e < limit {
		// "son homologue autrichien, Alexander Schallenberg": the demonym, then the name
		for i = m.e; i < limit && (up[i] == ' ' || up[i] == ','); i++ {
		}
		off = i
	}
	if m := sheikhOpenRe.FindStringIndex(x.f.low[i:min(limit, i+30)]); m != nil && m[1] > 0 {
		i += m[1] // ", Sheikh Tamim bin Hamad", ", H.E. Mr. X": the honorifics, then the name
		off = i
	}
	k := sort.Search(len(x.nameSpans), func(k int) bool { return x.nameSpans[k].s >= i })
	if k < len(x.nameSpans) && x.nameSpans[k].s == i {
		return true
	}
	// an unknown capitalised name right after a title ("le roi Felipe VI")
	if i < limit && i-off <= 2 {
		var buf [16]tok // on the stack: the words are not kept
		toks := x.appendTokens(buf[:0], i, min(limit, i+40))
		if len(toks) > 0 && toks[0].s == i && x.nameOK(toks[0]) {
			return true
		}
	}
	return false
}

func (x *engine) inName(off int) bool {
	k := sort.Search(len(x.nameSpans), func(k int) bool { return x.nameSpans[k].e > off })
	return k < len(x.nameSpans) && x.nameSpans[k].s <= off
}

// holder returns the person holding one of roles for state.
func (x *engine) holder(state string, roles ...string) *person {
	for _, r := range roles {
		var found *person
		n := 0
		for _, p := range x.persons {
			for _, o := range p.offices {
				if o.role == r && o.state == state && !o.pending {
					if found != p {
						n++
					}
					found = p
				}
			}
		}
		if n == 1 {
			return found
		}
	}
	return nil
}

// pmsIn returns person mentions in [s,e), both recorded and just added.
func (x *engine) pmsIn(s, e int, extra []pmention) []pmention {
	out := append([]pmention{}, pmRange(x.pms, s, e)...)
	out = append(out, pmRange(x.refs, s, e)...)
	for _, pm := range extra {
		if pm.s >= s && pm.s < e {
			out = append(out, pm)
		}
	}
	slices.SortStableFunc(out, byStart)
	return out
}

// counterpartOf returns the most recent person before off with an office for
// a state other than subj's.
func (x *engine) counterpartOf(subj *person, off int) *person {
	ss := subj.states()
	var best *person
	x.before(off, nil, func(pm pmention) bool {
		if pm.p == nil || pm.p == subj {
			return true
		}
		st := pm.p.states()
		if len(st) == 0 || overlaps(st, ss) {
			return true
		}
		best = pm.p
		return false
	})
	return best
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// lastTwo returns the two most recently mentioned persons before off holding
// one of roles (any role when roles is nil) for two different states.
func (x *engine) lastTwo(off int, roles []string, extra []pmention) []*person {
	var out []*person
	var states []string
	x.before(off, extra, func(pm pmention) bool {
		if pm.p == nil {
			return true
		}
		p := pm.p
		if len(out) == 1 && out[0] == p {
			return true
		}
		if roles != nil && p.office(roles...) == nil {
			return true
		}
		st := p.states()
		if len(st) == 0 || overlaps(st, states) {
			return true
		}
		out = append(out, p)
		states = append(states, st...)
		return len(out) < 2
	})
	if len(out) < 2 {
		return nil
	}
	return out
}

// knownPair returns the mentions of two known persons a candidate holds,
// joined by "y", "et", "and" or "e" ("Bourita y Lipavský"), or nil.
func (x *engine) knownPair(c candidate) []pmention {
	txt := x.f.low[c.s:c.e]
	for _, sep := range []string{" y ", " e ", " et ", " and "} {
		i := strings.Index(txt, sep)
		if i < 0 {
			continue
		}
		a := x.findPerson(personWords(x.f.up[c.s : c.s+i]))
		b := x.findPerson(personWords(x.f.up[c.s+i+len(sep) : c.e]))
		if a == nil || b == nil || a == b {
			return nil
		}
		return []pmention{{s: c.s, e: c.s + i, p: a, coref: true}, {s: c.s + i + len(sep), e: c.e, p: b, coref: true}}
	}
	return nil
}

// honorificOnlyRe is what may open a sentence before its subject's name:
// nothing, or an honorific ("M.", "Mme", "S.E.").
var honorificOnlyRe = mkf(`^\s*(?:(?:m|mme|mr|mrs|ms|dr|sr|sra|s\.e|h\.e|s\.e\.m)\.?\s*)?$`)

// headlineHolder is pass 2h: a headline whose subject is a bare title ("Le
// Premier ministre s'entretient avec X") and a body whose first sentence
// opens with a name doing the same ("M. Y s'est entretenu … avec X"): Y
// holds the headline's title.
func (x *engine) headlineHolder() {
	if len(x.sents) < 2 || len(x.cands) < 2 {
		return
	}
	low := x.f.low
	h, body := x.sents[0], x.sents[1]
	if !strings.Contains(low[h.e:min(len(low), h.e+3)], "\n") {
		return // no headline line
	}
	st, en, ok := bareSubjectAt(low[h.s:h.e])
	if !ok || st != 0 {
		return
	}
	hts, bts := x.meetTriggers(0), x.meetTriggers(1)
	if len(hts) == 0 || len(bts) == 0 || hts[0][0]-(h.s+en) > 4 {
		return // the title is the subject of a verb of meeting, and the body meets too
	}
	var c candidate
	found := false
	for _, cc := range x.cands[1] {
		c, found = cc, true
		break
	}
	if !found || c.e > bts[0][0] || !honorificOnlyRe.MatchString(low[body.s:c.s]) {
		return
	}
	p := x.findPerson(personWords(x.f.up[c.s:c.e]))
	if p != nil && len(p.offices) > 0 {
		return
	}
	if p == nil {
		p = x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
	}
	title := low[h.s : h.s+en]
	head := title[strings.IndexByte(title, ' ')+1:]
	role := classify(head, head)
	if role == "" || role == "counterpart" || role == "secretary" {
		return
	}
	p.offices = append(p.offices, &office{role: role, title: strings.TrimSpace(x.doc.Text[x.f.text(h.s):x.f.textEnd(h.s+en)]), head: head, ev: body, sent: 1, conf: 0.6, pos: c.s, pending: true})
}

// stateAfterCue returns the state the words right after a counterpart cue
// ending at e name ("son homologue brésilien", "his counterpart of Chile"),
// or "".
func (x *engine) stateAfterCue(e, limit int) string {
	for _, m := range x.mentsIn(e, min(limit, e+25)) {
		gap := x.f.low[e:m.s]
		if m.kind == kState && (m.demonym && strings.TrimSpace(gap) == "" || !m.demonym && ofStateRe.MatchString(gap)) {
			return m.key
		}
		break
	}
	return ""
}

// complementGapRe is a title's complement before a demonym ("des Affaires
// étrangères ", "de la Défense ").
var complementGapRe = mkf(`^\s*(?:des|de la|de l'|du|de|del|of|for)\s+[a-z' -]{3,40}?\s+$`)

// demonymAfterComplement returns the state of a demonym that ends the
// complement of a bare title ending at e ("le ministre des Affaires
// étrangères turc"), "" if none.
func (x *engine) demonymAfterComplement(e, limit int) string {
	for _, m := range x.mentsIn(e, min(limit, e+50)) {
		if m.kind == kState && m.demonym && complementGapRe.MatchString(x.f.low[e:m.s]) {
			return m.key
		}
		break
	}
	return ""
}
