package extract

import (
	"diplograph/loader/gazetteer"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// jointSupporters returns the parties of the last event reported before a
// sentence whose subject is those parties ("Both reaffirmed their support
// for…", "Les deux ministres ont réaffirmé leur soutien à…", "Ambos
// reiteraron su apoyo a…"), minus the subjects of the position.
func (x *engine) jointSupporters(sp span, subjs []string) []string {
	low := x.f.low
	if sp.e-sp.s < 4 || jointSubjectEnd(low[sp.s:min(sp.e, sp.s+90)]) < 0 {
		return nil
	}
	var last *event
	for _, ev := range x.events {
		if ev.ev.s <= sp.s && len(ev.states) >= 2 && (last == nil || ev.ev.s >= last.ev.s) {
			last = ev
		}
	}
	var parties []string
	if last != nil {
		parties = last.states
	} else {
		// no event: the states of the persons named in the sentence before
		prev, ok := x.sentenceBefore(sp)
		if !ok {
			return nil
		}
		for _, pm := range pmRange(x.pms, prev.s, prev.e) {
			if pm.p != nil {
				for _, st := range pm.p.states() {
					if !contains(parties, st) {
						parties = append(parties, st)
					}
				}
			}
		}
		if len(parties) < 2 {
			return nil
		}
	}
	var out []string
	for _, st := range parties {
		if !contains(subjs, st) && !contains(out, st) {
			out = append(out, st)
		}
	}
	sort.Strings(out)
	return out
}

// relClauseRe is a relative or participial clause after a name in a list
// of pairs: ", que reside en México", ", qui réside à Paris", ", resident in
// Mexico City", ", con sede en Lima", up to the next semicolon or comma.
var relClauseRe = mkf(`^\s*,\s*(?:que|qui|who|quien|resident|residente|residant|avec residence|con (?:sede|residencia)|based)\b[^,;.]*`)

// relClauseEnd returns the length of a relative clause opening s, or 0.
func relClauseEnd(s string) int {
	if len(s) < 4 || s[0] != ',' && s[0] != ' ' {
		return 0
	}
	if m := relClauseRe.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// hasUpper reports whether s holds an upper-case ASCII letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// copulaAmbRe is a predicate naming ambassadors after their names: "Ana Ruiz
// será la embajadora de Chile", "A y B serán los embajadores de Perú y
// Hungría, respectivamente", "X sera le nouvel ambassadeur du Mali".
var copulaAmbRe = mk(`\b(?:sera|seran|es|son|seront|est|sont|will be|is|are|(?:ha actuado|actua|actuo|se desempena|se desempeno|funge|fungio|ha servido|sirve|sirvio) como|(?:a agi|agit|a officie|officie|a servi|sert) (?:en tant que|comme)|(?:has served|served|serves|has acted|acted|acts) as)\s+(?:(?:la|el|los|las|le|les|l'|the|nuevo|nueva|nuevos|nuevas|nouvel|nouveau|nouvelle|nouveaux|nouvelles|new|futur|future|proximo|proxima)\s+)*(?:embajador|embajadora|embajadores|embajadoras|ambassadeur|ambassadrice|ambassadeurs|ambassadrices|ambassador|ambassadors)\s+(?:(?:extraordinari[oa]s? y plenipotenciari[oa]s?|extraordinaires? et plenipotentiaires?|extraordinary and plenipotentiary)\s+)?(?:de la |de l'|del |de |du |des |d'|of the |of )`)

// copulaAmbassadors is pass 2c: ambassadors named before a copula and the
// title, the states distributed over the names in order.
func (x *engine) copulaAmbassadors() {
	low := x.f.low
	if !x.namesAmbassadors() {
		return
	}
	for si, sp := range x.sents {
		for _, r := range x.find(copulaAmbRe, sp.s, sp.e) {
			// the names right before the copula, coordinated
			names := x.splitCoordNames(x.coordinatedNames(si, r[0], func(gap string) bool { return gap == "" }, true))
			if len(names) == 0 {
				continue
			}
			// the state preposition is part of the match: step back onto it
			st := r[1]
			for st > r[0] && low[st-1] == ' ' {
				st--
			}
			for st > r[0] && low[st-1] != ' ' {
				st--
			}
			states := x.stateListAfter(st, sp)
			if len(states) == 0 || len(states) != len(names) && len(states) != 1 {
				continue
			}
			hd := low[r[0]:r[1]]
			head := "embajador"
			switch {
			case strings.Contains(hd, "ambassad") && strings.Contains(hd, "ambassador"):
				head = "ambassador"
			case strings.Contains(hd, "ambassad"):
				head = "ambassadeur"
			}
			for k, c := range names {
				if x.inName(c.s) {
					continue
				}
				s := states[0]
				if len(states) > 1 {
					s = states[k]
				}
				p := x.addPerson(c.s, c.e)
				x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
				x.addNameSpan(span{c.s, c.e})
				t := strings.TrimSpace(x.doc.Text[x.f.text(r[0]):x.f.textEnd(r[1])])
				p.offices = append(p.offices, &office{role: "ambassador", title: t, state: s, ev: sp, sent: si, conf: 0.75, head: head, pos: c.s})
			}
		}
	}
}

// credHostRe ends just before the state to which ambassadors are accredited:
// "son concurrentes para Guatemala", "accredited to Kenya", "accrédité
// auprès du Sénégal", "acreditados ante el Gobierno de Chile".
var credHostRe = mkf(`\b(?:concurrentes?|acreditad[oa]s?|accredited|accredite(?:e|es|s)?|residiran|resideront|will reside|will be based)\s+(?:(?:para|ante|en|to|in|aupres d[eu]|aupres de la|aupres de l'|aupres des|au|aux|a)\s+)?(?:(?:la|el|le|l'|the)\s*)?(?:(?:gobierno|gouvernement|government)\s+(?:de|du|of)\s+(?:la |l'|el |the )?)?$`)

var credTrigRe *kre

func init() {
	for _, et := range eventTriggers {
		if et.kind == "credentials" {
			credTrigRe = et.re
		}
	}
}

// credentialsHost returns the state receiving the ambassadors of a
// credentials ceremony when the text says it: the state they are
// accredited to, else the state of a head of state or government or of a
// foreign minister stated with a state, else the reporting state, else the
// state named in the dateline. States in senders are never the host.
// ambInRe ends the words that post ambassadors in the state named next.
var ambInRe = mkf(`\b(?:ambassad\w*|high commissioner|haute?[- ]commissaire|alt[oa] comisionad[oa])\b[^.;]{0,45}\b(?:dans le|dans la|aupres du|aupres de la|aupres de l'|in the|in|to the|to|en el|en la|ante el|ante la)\s+$`)

func (x *engine) credentialsHost(senders []string) string {
	if x.credHostDone {
		for _, c := range x.credHostCands {
			if !contains(senders, c) {
				return c
			}
		}
		return ""
	}
	x.credHostDone = true
	low := x.f.low
	var cands []string
	if x.docHas(accreditWords) {
		for _, m := range x.ments {
			if m.kind == kState && !m.demonym && credHostRe.MatchString(low[max(0, m.s-60):m.s]) {
				cands = append(cands, m.key)
			}
		}
	}
	// "leurs lettres de créance en tant qu'ambassadeurs de leurs pays dans le Royaume du Maroc"
	for _, m := range x.ments {
		if m.kind == kState && !m.demonym && ambInRe.MatchString(low[max(0, m.s-70):m.s]) {
			cands = append(cands, m.key)
			break
		}
	}
	for _, p := range x.persons {
		for _, o := range p.offices {
			if !o.pending && o.conf >= 0.8 && o.state != "" && (o.role == "head_of_state" || o.role == "head_of_government" || o.role == "foreign_minister") {
				cands = append(cands, o.state)
			}
		}
	}
	// "les nouveaux ambassadeurs à Séoul"
	for _, m := range x.ments {
		if m.capital && len(m.key) == 2 && ambCapitalRe.MatchString(low[max(0, m.s-40):m.s]) {
			cands = append(cands, m.key)
			break
		}
	}
	if x.reporting != "" && !x.weakReporting {
		cands = append(cands, x.reporting)
	}
	// the dateline: its city, or a state named in it ("CIUDAD DE GUATEMALA")
	if dl := x.doc.Dateline; dl.City != "" {
		if iso, ok := x.g.CityState(dl.City); ok {
			cands = append(cands, iso)
		} else {
			for _, m := range x.g.Find(dl.City) {
				if m.Kind == gazetteer.State || m.Kind == gazetteer.Capital {
					cands = append(cands, m.Key)
					break
				}
			}
		}
	}
	if x.reporting != "" {
		cands = append(cands, x.reporting)
	}
	// last: the place of the ceremony ("el acto se celebró en el Palacio Nacional de Guatemala")
	if x.docHas(ceremonyHeldWords) {
		for _, m := range x.ments {
			if (m.kind == kState && !m.demonym || m.capital) && ceremonyPlaceRe.MatchString(low[max(0, m.s-70):m.s]) {
				cands = append(cands, m.key)
				break
			}
		}
	}
	// "los nuevos embajadores en el país": the country the text is about
	if x.docHas(inTheCountryWords) {
		cands = append(cands, x.ranked...)
	}
	// the country of the outlet, when the text never names it ("El rey ha
	// recibido…" on a Spanish site)
	if x.sourceState != "" {
		cands = append(cands, x.sourceState)
	}
	// last: a state of the text that sends nobody ("entre le Bénin et leurs pays")
	cands = append(cands, x.ranked...)
	x.credHostCands = cands
	if len(cands) > 0 {
		x.credHostState = cands[0]
	}
	if !contains(senders, x.credHostState) {
		return x.credHostState
	}
	for _, c := range cands {
		if !contains(senders, c) {
			return c
		}
	}
	return ""
}

// credReceiverState returns the host of a credentials ceremony for a
// pending office of a receiver (head of state or government, minister) in a
// sentence reporting the ceremony, or "".
func (x *engine) credReceiverState(o *office) (string, []string) {
	if o.sent < 0 || o.sent >= len(x.sents) || credTrigRe == nil {
		return "", nil
	}
	switch o.role {
	case "head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_prime_minister", "official":
	default:
		return "", nil
	}
	if x.credDoc == 0 {
		x.credDoc = 2
		if x.docHas(credentialWords) {
			x.credDoc = 1
		}
	}
	if x.credDoc != 1 {
		return "", nil
	}
	sp := x.sents[o.sent]
	ts := x.find(credTrigRe, sp.s, sp.e)
	if len(ts) > 0 && o.role == "official" {
		return "", nil // an official in the ceremony's sentence may come with either side
	}
	if len(ts) == 0 && o.sent > 0 && (ceremonyRefRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+80)]) || x.matchIn(ceremonyPresentRe, sp.s, sp.e)) {
		// "À l'occasion de cette cérémonie, le président X…", "X and Y were among
		// officials present at the accreditation ceremonies": the ceremony just reported
		for k := o.sent - 1; k >= max(0, o.sent-2) && len(ts) == 0; k-- {
			sp = x.sents[k]
			ts = x.find(credTrigRe, sp.s, sp.e)
		}
	} else if o.role == "official" {
		return "", nil
	}
	if len(ts) == 0 {
		return "", nil
	}
	// the senders: states named after the trigger and the states of the ambassadors of the sentence
	senders := x.ambassadorStates(trig{s: ts[0][0], e: ts[0][1]}, sp)
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p != nil {
			for _, ao := range pm.p.offices {
				if ao.role == "ambassador" && ao.state != "" {
					senders = append(senders, ao.state)
				}
			}
		}
	}
	return x.credentialsHost(senders), senders
}

// plainAmbOfRe is a plural ambassador head with its state preposition.
var plainAmbOfRe = mk(`\b(?:embajadores|embajadoras|ambassadeurs|ambassadrices|ambassadors|jefes de misi(?:on|ones)|chefs de mission|heads of mission|high commissioners|hauts-commissaires|altos comisionados|diplomats|diplomates|diplomaticos|envoys|envoyes|enviados)\s+(?:(?:designados|designes|designated|acreditados|accredites|nuevos|nouveaux|new)\s+)?(?:de la |de l'|del |de |du |des |d'|of the |of |from )`)

// ambassadorStates returns the states listed after a plural ambassador head
// following a credentials trigger ("de los embajadores de México y de Chile").
func (x *engine) ambassadorStates(t trig, sp span) []string {
	for _, m := range x.find(plainAmbOfRe, sp.s, sp.e) {
		st := m[1]
		for st > m[0] && x.f.low[st-1] == ' ' {
			st--
		}
		for st > m[0] && x.f.low[st-1] != ' ' {
			st--
		}
		return x.stateListAfter(st, sp)
	}
	// "les ambassadeurs … qui viennent de 12 pays, dont la France, la Thaïlande…"
	if m := x.find(ambCountriesRe, t.s, sp.e); len(m) > 0 {
		return x.stateListAfter(m[0][1], sp)
	}
	return nil
}

// ceremonyPresentRe tells that persons attended the credentials ceremony
// reported before ("were among officials present at the accreditation
// ceremonies", "ont assisté à la cérémonie").
var ceremonyPresentRe = mkfi(`\b(?:present at the|attended the|assiste a la|assiste aux|assisterent a la|asistieron a la|presentes en la|present lors de la|presents lors de la)\s+(?:\w+\s+){0,2}(?:ceremon\w*)`)

// ceremonyRefRe opens a sentence that refers back to a ceremony.
var ceremonyRefRe = mkf(`^(?:[\w']+\s+){0,4}(?:cette|this|that|esta|dicha|la misma)\s+(?:ceremonie|ceremony|ceremonia|audience|audiencia)\b`)

// ambCountriesRe introduces the states of a plural ambassador head by way of
// a number of countries "including" some.
var ambCountriesRe = mk(`\b(?:embajador\w*|ambassad\w*)\b.{0,80}?\b(?:pays|countries|paises)\b.{0,30}?(?:\bdont\b|\bincluding\b|\bnotamment\b|\bentre ellos\b|\bentre los que\b|\bamong them\b|\bsuch as\b|\bcomme\b|\bcomo\b|:)`)

// ambWordK and countriesK are the words copulaAmbRe and ambCountriesRe
// need at a word start after their own start (their need): most copulas
// and ambassador words have none near them.
var (
	ambWordK   = mk(`\b(?:embajador|ambassad)`)
	countriesK = mk(`\b(?:pays|countries|paises)`)
)

func init() {
	copulaAmbRe.need = ambWordK
	ambCountriesRe.need = countriesK
}

// pluralAmbRe is a plural ambassador head.
var pluralAmbRe = mk(`\b(?:embajadores|embajadoras|ambassadeurs|ambassadrices|ambassadors|envoys|envoyes|enviados)\b`)

// listIntroRe opens a sentence that lists persons introduced before.
var listIntroRe = mkf(`^(?:il s'agit d|ce sont|they are|these are|se trata d|son |fueron |the envoys are|the ambassadors are)`)

// stateForNameRe is the state preposition of "Ont été accrédités X pour
// l'Italie, Y pour le Ghana" (a name of two words or more: not "le projet de
// Simandou pour l'Australie").
var stateForNameRe = mkf(`^\s+(?:pour|para|for)\s+(?:la |le |l'|les |el |los |las |the )?$`)

// stateAfterNameRe is the state preposition of "Name, de Irán".
var stateAfterNameRe = mkf(`^(?:\s*\(\s*|\s*,\s*(?:de la |de l'|del |de |du |des |d'|of the |of |from |the |representant (?:le |la |l'|les )?|representing (?:the )?|representando a (?:la |el |los )?)|\s+(?:of the |of |from the |from |de la |de l'|del |de |du |des |d'|representant (?:le |la |l'|les )?|representing (?:the )?|representando a (?:la |el |los )?))$`)

// namesAmbassadors reports whether the view holds "embajador" or
// "ambassad" (anywhere), computed once per document.
func (x *engine) namesAmbassadors() bool {
	if x.ambDoc == 0 {
		x.ambDoc = 2
		if containsVia(x.f.low, "embajador", 4) || containsVia(x.f.low, "ambassad", 2) {
			x.ambDoc = 1
		}
	}
	return x.ambDoc == 1
}

// containsVia is strings.Contains(s, sub), searching s for sub[k] (a byte
// rarer in texts than sub's first: fewer candidates to compare).
func containsVia(s, sub string, k int) bool {
	for from := k; from < len(s); {
		i := strings.IndexByte(s[from:], sub[k])
		if i < 0 {
			return false
		}
		start := from + i - k
		if start+len(sub) <= len(s) && s[start:start+len(sub)] == sub {
			return true
		}
		from += i + 1
	}
	return false
}

// listedAmbassadors is pass 2d: names listed after a plural ambassador head
// each followed by its state ("los nuevos embajadores …: Ali Rezai, de Irán,
// y Pedro Gil, de Venezuela").
func (x *engine) listedAmbassadors() {
	low := x.f.low
	if !x.namesAmbassadors() {
		return
	}
	lastHead := [2]int{-1, -1}
	lastHeadSent := -10
	for si, sp := range x.sents {
		hs := x.find(pluralAmbRe, sp.s, sp.e)
		if len(hs) > 0 {
			lastHead, lastHeadSent = hs[0], si
		} else if si-lastHeadSent <= 3 && listIntroRe.MatchString(low[sp.s:min(sp.e, sp.s+20)]) {
			// "Il s'agit de X de la Bulgarie ; de Y de la Gambie": the ambassadors named before
			hs = [][2]int{{sp.s, sp.s}}
		} else if si-lastHeadSent <= 3 && credTrigRe != nil && len(x.find(credTrigRe, sp.s, sp.e)) > 0 {
			// "tres nuevos embajadores… X, de Nigeria, Y de Ghana… han presentado sus cartas credenciales"
			hs = [][2]int{{sp.s, sp.s}}
		} else if si-lastHeadSent <= 3 && bulletRe.MatchString(low[sp.s:min(sp.e, sp.s+4)]) && x.listedPairs(si, sp) == 1 {
			// "- Costa Rica: Charles Hernández, escritor.": one item of a bulleted list
			hs = [][2]int{{sp.s, sp.s}}
			lastHeadSent = si
		} else if si-lastHeadSent <= 3 && x.listedPairs(si, sp) >= 2 {
			// "También recibió a X, de la República de Polonia; Y, de la Confederación
			// Suiza…", "…acreditados en nuestro país: del Reino de Marruecos, X; República
			// Popular China, Y": the list goes on after the ambassadors named before
			hs = [][2]int{{sp.s, sp.s}}
		} else {
			continue
		}
		// a list of "Name de State" items opens with a name, one of "State, Name" with a state
		nameFirst := false
		for _, c := range x.cands[si] {
			if c.e > hs[0][1] {
				nameFirst = true
				for _, m := range x.mentsIn(hs[0][1], max(hs[0][1], c.s)) {
					nameFirst = nameFirst && m.kind != kState
				}
				break
			}
		}
		for _, c := range x.cands[si] {
			if c.s < hs[0][1] && c.e > hs[0][1] && hs[0][1] > hs[0][0] {
				// "des Ambassadeurs Abdoulramane Camara de Guinée": the capitalised
				// plural title opens the candidate; the name follows it
				c.s = skipSpaces(x.f.low, hs[0][1])
				c.prev = ""
				if c.s >= c.e {
					continue
				}
			}
			if c.s < hs[0][1] || x.isHead(c.prev) {
				continue // "President John Kamau of Kenya" is no ambassador
			}
			if x.inName(c.s) {
				if st := x.listedState(c, sp); st != nil && nameFirst {
					x.relistAmbassador(c, si, st.key)
				}
				continue
			}
			var st *ment
			if !nameFirst {
				// "ceux de la République d'Allemagne, X, du Niger, Y, et de l'Egypte, Z":
				// each name follows its state, and the state after it is the next item's
				st = x.stateBeforeItem(c, sp)
			}
			if st == nil {
				st = x.listedState(c, sp)
			}
			if st == nil {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
			x.addNameSpan(span{c.s, c.e})
			h := hs[0]
			if h[0] == h[1] {
				h = lastHead
			}
			t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
			o := &office{role: "ambassador", title: t, state: st.key, ev: sp, sent: si, conf: 0.7, head: singularHead(low[h[0]:h[1]]), pos: c.s}
			if st.kind == kOrg {
				o.state, o.org = "", st.key // the representative of an organisation among the envoys
			}
			p.offices = append(p.offices, o)
		}
	}
}

// pluralLeaderRe is a plural title of leaders before a list of "State, Name"
// items ("los mandatarios de Argentina, X; Paraguay, Y; y Uruguay, Z").
var pluralLeaderRe = mk(`\b(?:mandatarios|presidentes|presidents|chefs d'etat|jefes de estado|heads of state|cancilleres|ministres des affaires etrangeres|foreign ministers|ministers of foreign affairs|ministros de relaciones exteriores|ministros de (?:asuntos )?exteriores|primeros ministros|premiers ministres|prime ministers)\s+(?:de|des|of|del)\s+`)

// listedLeaders is pass 2d': the names listed after a plural title of
// leaders, each with its state before it, hold that office.
func (x *engine) listedLeaders() {
	low := x.f.low
	for si, sp := range x.sents {
		hs := x.find(pluralLeaderRe, sp.s, sp.e)
		if len(hs) == 0 {
			continue
		}
		h := hs[0]
		head := strings.TrimSpace(low[h[0]:h[1]])
		head = head[:strings.LastIndexByte(head, ' ')]
		role := "head_of_state"
		switch {
		case strings.Contains(head, "cancill") || strings.Contains(head, "etrangeres") || strings.Contains(head, "foreign") || strings.Contains(head, "exteriores"):
			role = "foreign_minister"
		case strings.Contains(head, "ministr") || strings.Contains(head, "minister"):
			role = "head_of_government"
		}
		title := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[0]+len(head))])
		for _, c := range x.cands[si] {
			if c.s < h[1] || c.s > h[1]+400 {
				continue
			}
			st := x.listedLeaderState(c, sp, h[1])
			if st == "" {
				continue
			}
			p := x.personOf(c)
			if p.office(role) != nil || len(p.offices) > 0 {
				continue
			}
			p.offices = append(p.offices, &office{role: role, title: title, state: st, ev: sp, sent: si, conf: 0.7, head: head, pos: c.s})
		}
	}
}

// pluralNamesHeadRe is a plural title that may precede a list of names with
// no state ("Cabinet Secretaries A, B and C", "les présidents X et Y").
var pluralNamesHeadRe = mk(`\b(?:cabinet secretaries|foreign ministers|prime ministers|premiers ministres|primeros ministros|deputy ministers|vice-ministres|viceministros|presidents|presidentes|presidentas|ministers|ministres|ministros|ministras|cancilleres|senators|senateurs|senadores|congresistas|diputados|deputes|parlementaires|parlamentarios|legisladores|lawmakers|legislators|congressmen)\b`)

// bothSidesGapRe is "of both countries" between a plural title and its
// names ("los cancilleres de ambos países, X y Y").
var bothSidesGapRe = mkf(`^\s*(?:de ambos paises|de los dos paises|de ambas naciones|des deux pays|of both countries|of the two countries)\s*,?\s*$`)

// nameListGlueRe joins two names of a list ("A, B", "A and B", "A et Mme B").
var nameListGlueRe = mkf(`^\s*(?:,\s*(?:(?:and|et|y|e)\s+)?|(?:and|et|y|e)\s+)(?:(?:dr|mr|mrs|ms|m|mme|sr|sra|don|dona)\.?\s+)?$`)

// pluralTitledNames is pass 2d”: two names or more listed right after a
// plural title, with no state between ("Cabinet Secretaries Raychelle
// Omamo, Monica Juma and James Macharia"), each hold the singular title;
// their state is resolved like any title's that names none.
func (x *engine) pluralTitledNames() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, h := range x.find(pluralNamesHeadRe, sp.s, sp.e) {
			var list []candidate
			prev := -1
			bothSides := false
			for _, c := range x.splitCoordNames(x.cands[si]) {
				if c.s < h[1] && c.e > h[1]+1 && prev < 0 {
					// "Cabinet Secretaries Raychelle Omamo": a candidate that opens with the title's last word
					k := h[1]
					for k < c.e && low[k] == ' ' {
						k++
					}
					c.words -= strings.Count(x.f.low[c.s:k], " ")
					c.s = k
				}
				if c.s < h[1] {
					continue
				}
				if prev < 0 {
					bothSides = bothSidesGapRe.MatchString(low[h[1]:c.s])
					if c.s-h[1] > 60 || !x.betweenOK(h[1], c.s) && !bothSides || len(x.mentsIn(h[1], c.s)) > 0 {
						break
					}
				} else if !nameListGlueRe.MatchString(low[prev:c.s]) {
					break
				}
				if c.words < 2 || x.anchored(headRe, c.s, c.e) > 0 {
					break // "and Attorney General Paul Kihara": another title
				}
				list = append(list, c)
				prev = c.e
			}
			if len(list) < 2 {
				continue
			}
			head := singularHead(low[h[0]:h[1]])
			role := classify(head, low[h[0]:list[0].s])
			if role == "counterpart" || role == "secretary" {
				continue
			}
			title := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(list[0].s)])
			var group []*office
			for _, c := range list {
				p := x.personOf(c)
				if len(p.offices) > 0 {
					continue
				}
				o := &office{role: role, title: title, ev: sp, sent: si, conf: 0.65, head: head, pos: c.s, pending: true}
				p.offices = append(p.offices, o)
				group = append(group, o)
			}
			switch {
			case len(group) == 2 && bothSides:
				x.bothSidesLists = append(x.bothSidesLists, group) // the ministers "of both countries": one state each
			case len(group) > 1 && !bothSides:
				x.titledLists = append(x.titledLists, group)
				x.alignTitledList(group)
			}
		}
	}
}

// alignTitledList gives the offices of one plural title the state of
// the known holders among them, all of one state, at once: the other
// names of the sentence may then take it from their neighbours.
func (x *engine) alignTitledList(g []*office) {
	ix := knownPeople()
	st := ""
	for _, o := range g {
		for _, p := range x.persons {
			if !slices.Contains(p.offices, o) {
				continue
			}
			if v, ok := ix.lookup(p.words, x.ref.Year); ok && v.state != "" {
				if st != "" && st != v.state {
					return
				}
				st = v.state
			}
		}
	}
	if st == "" {
		return
	}
	for _, o := range g {
		o.state, o.pending, o.conf = st, false, 0.7
	}
}

// alignTitledLists gives the offices of one plural title the state that
// the list of known holders gave one of them, when the others only have a
// default one ("Cabinet Secretaries A, B and C": all of A's government).
func (x *engine) alignTitledLists() {
	for _, g := range x.titledLists {
		st := ""
		for _, o := range g {
			if o.conf >= 0.8 && o.state != "" {
				if st != "" && st != o.state {
					st = ""
					break
				}
				st = o.state
			}
		}
		if st == "" {
			continue
		}
		for _, o := range g {
			if o.conf < 0.8 {
				o.state, o.pending, o.conf = st, false, 0.7
			}
		}
	}
	// "los cancilleres de ambos países, X y Y": when the list of known holders
	// gives one of them a state, the other is of the other state of the text
	for _, g := range x.bothSidesLists {
		for k, o := range g {
			other := g[1-k]
			if o.conf < 0.8 || o.state == "" || other.conf >= 0.8 || other.state != o.state {
				continue
			}
			for _, r := range x.ranked {
				if r != o.state {
					other.state, other.pending, other.conf = r, false, 0.6
					break
				}
			}
		}
	}
}

// listedLeaderState returns the state of a "State, Name" item of a leaders'
// list opening at off: the state right before the name, after the list's
// opening or a separator.
func (x *engine) listedLeaderState(c candidate, sp span, off int) string {
	low := x.f.low
	ms := x.mentsIn(max(off, c.s-60), c.s)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	if m.kind != kState || m.demonym || !commaOnlyRe.MatchString(low[m.e:c.s]) {
		return ""
	}
	if m.s != off && !leaderItemStartRe.MatchString(low[max(off, m.s-12):m.s]) {
		return ""
	}
	return m.key
}

// leaderItemStartRe ends the separator before an item of a leaders' list.
var leaderItemStartRe = mkf(`(?:[;,]|\by|\bet|\band|\be)\s*(?:(?:de|del|de la|du|of)\s+)?$`)

// relistAmbassador gives the person already named at c the state listed
// after the name when a plural title gave it another ("les Ambassadeurs X de
// Guinée, Y du Sénégal": Y is Senegal's, not Guinea's).
func (x *engine) relistAmbassador(c candidate, si int, st string) {
	for _, pm := range x.pms { // not pmRange: this pass appends mentions out of order
		if pm.p == nil || pm.s < c.s || pm.s >= c.e {
			continue
		}
		for _, o := range pm.p.offices {
			if o.role == "ambassador" && o.sent == si && o.state != st && pluralAmbRe.re.MatchString(foldString(o.title)) {
				o.state, o.pending = st, false
			}
		}
	}
}

// listedState returns the state a listed name is given: after it ("X, de
// Irán") or, in a list of "State, Name" items, right before it ("…: del Reino
// de Marruecos, X; República Popular China, Y").
func (x *engine) listedState(c candidate, sp span) *ment {
	low := x.f.low
	for _, m := range x.mentsIn(c.e, min(sp.e, c.e+40)) {
		if m.kind == kState && !m.demonym && (stateAfterNameRe.MatchString(low[c.e:m.s]) || c.words >= 2 && stateForNameRe.MatchString(low[c.e:m.s])) {
			return &m
		}
		break
	}
	ms := x.mentsIn(max(sp.s, c.s-80), c.s)
	if len(ms) == 0 {
		return nil
	}
	m := ms[len(ms)-1]
	if m.kind != kState || m.demonym || !commaOnlyRe.MatchString(low[m.e:c.s]) || !listItemStartRe.MatchString(low[max(sp.s, m.s-40):m.s]) {
		return nil
	}
	return &m
}

// stateBeforeItem returns the state that opens the item of name c in a list
// of "State, Name" items joined by commas ("ceux du Chili, X, du Pérou, Y"),
// nil if none.
func (x *engine) stateBeforeItem(c candidate, sp span) *ment {
	low := x.f.low
	ms := x.mentsIn(max(sp.s, c.s-80), c.s)
	if len(ms) == 0 {
		return nil
	}
	k := len(ms) - 1
	m := ms[k]
	if m.kind == kOrg && commaOnlyRe.MatchString(low[m.e:c.s]) {
		// "du Programme Alimentaire Mondial des Nations Unies, X": the body, not its parent
		for k > 0 && ms[k-1].kind == kOrg && ofOrgRe.MatchString(low[ms[k-1].e:ms[k].s]) {
			k--
		}
		m = ms[k]
	} else if m.kind == kState && !m.demonym && strings.TrimSpace(stripHonorific(low[m.e:c.s])) == "" && bareItemStartRe.MatchString(low[max(sp.s, m.s-40):m.s]) {
		return &m // "- the Czech Republic Vaclav Yilek, the Republic of Cuba Carlos Valdez": State Name items, no comma
	} else if m.kind != kState || m.demonym || !commaOnlyRe.MatchString(low[m.e:c.s]) {
		return nil
	}
	if !listItemStartRe.MatchString(low[max(sp.s, m.s-40):m.s]) && !commaItemStartRe.MatchString(low[max(sp.s, m.s-40):m.s]) {
		return nil
	}
	return &m
}

// bareItemStartRe ends the separator that opens a "State Name" item of a
// list with no comma between the two: a dash, colon, comma or conjunction
// and the state's article or preposition.
var bareItemStartRe = mkf(`(?:[,:;\x{2013}\x{2014}-]|\band|\bet|\by)\s*(?:(?:and|et|y)\s+)?(?:(?:del|de la|de l'|du|de|des|d'|of the|of)\s*)?(?:(?:la|los|las|el|les|le|l'|the)\s*)?$`)

// stripHonorific removes an honorific between a state and a name ("de la
// Norvège Mme Ingrid Mollestad").
func stripHonorific(gap string) string {
	t := strings.TrimSpace(gap)
	for _, h := range []string{"mme", "m.", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sr.", "sra.", "dr.", "h.e.", "s.e."} {
		if t == h {
			return ""
		}
	}
	return t
}

// commaItemStartRe ends the comma or pronoun that opens an item of a list
// of states and names, and the preposition of its state (", du", "ceux de
// la", "those of").
var commaItemStartRe = mkf(`(?:,|\bet|\band|\by|\bceux|\bcelles|\bcelui|\bcelle|\bthose|\bthat|\blos|\blas)\s*(?:(?:del|de la|de l'|du|de|des|d'|of the|of)\s*)(?:(?:la|los|las|el|les|the)\s+)?$`)

// listedPairs counts the names of sentence si that listedState gives a state.
func (x *engine) listedPairs(si int, sp span) int {
	n := 0
	for _, c := range x.cands[si] {
		if !x.inName(c.s) && !x.isHead(c.prev) && x.listedState(c, sp) != nil {
			n++
		}
	}
	return n
}

// commaOnlyRe is a comma between a listed state and its name.
var commaOnlyRe = mkf(`^\s*[,:]\s*$`)

// bulletRe opens an item of a bulleted list.
var bulletRe = mkf(`^\s*[-*•–]\s`)

// listItemStartRe ends the separator that opens an item of a list, and the
// article or preposition of its state ("; República Popular China", ": del
// Reino de Marruecos", "y del Reino de los Países Bajos").
var listItemStartRe = mkf(`^\s*[-*•–]\s*$|(?:[:;]|\by|\bet|\band|\b(?:representantes|representants|representatives|diplomaticos|diplomates|diplomats|embajadores|ambassadeurs|ambassadors))\s*(?:(?:del|de la|de l'|du|de|des|d'|the|la|el|le|les|los|las)\s+)?(?:(?:reino|republica|royaume|republique|kingdom|republic|estado|etat|state|federacion|federation|confederacion|confederation)\s+(?:[a-z]+\s+){0,2}(?:de(?:l| la| los| las)?|du|de la|des|d'|of(?: the)?)\s+(?:(?:la|los|las|el|les|the)\s+)?)?$`)

// ceremonyPlaceRe ends before the place where a ceremony was held.
var ceremonyPlaceRe = mkf(`\b(?:ceremonia|ceremonie|ceremony|acto|audiencia|audience)\s+(?:se\s+)?(?:celebro|se celebro|tuvo lugar|took place|was held|s'est deroulee?|a eu lieu|s'est tenue?)\s+(?:(?:en|in|at|a|au|dans)\s+)(?:[^.,;]{0,50}\s)?(?:(?:de|of|du|de la)\s+)?$`)

// jointSubjectRe opens a clause whose subject is the two parties of the
// event just reported, possibly after an introductory phrase ("During the
// meeting, the two sides reaffirmed…"). It is built of jointIntros and
// jointSubjects; jointSubjectEnd matches it without the regexp.
var jointSubjectRe = mkf(`^(?:(?:` + strings.Join(jointIntros, "|") + `)\b[^,]{0,60},\s*)?(?:` + strings.Join(jointSubjects, "|") + `)\b`)

// jointIntros and jointSubjects are the words opening the introductory
// phrase and the subjects of jointSubjectRe, in the pattern's order.
var (
	jointIntros   = []string{"during", "at", "in", "lors", "au cours", "a l'issue", "durante", "en el curso", "al termino", "tras", "after", "following"}
	jointSubjects = []string{"they", "ils", "elles", "ellos", "ellas", "both", "the two", "the sides", "the parties", "the leaders", "the ministers", "les deux", "les parties",
		"les ministres", "les dirigeants", "los dos", "las dos", "ambos", "ambas", "las partes", "los ministros", "los cancilleres", "los mandatarios"}
)

// jointSubjectEnd returns the end of jointSubjectRe's match in s (which
// starts at 0), -1 when none: the regexp's backtracking written out. The
// introductory phrase can only end at the first comma of s (none of its
// words holds one, and [^,] cannot pass it), after at most 60 runes from
// the end of its first word; it is preferred when the subject follows.
// Whichever subject alternative matches first is the regexp's, \b after it
// being all that follows.
func jointSubjectEnd(s string) int {
	if c := strings.IndexByte(s, ','); c >= 0 {
		for _, w := range jointIntros {
			if strings.HasPrefix(s, w) && reBoundary(s, len(w)) && len(w) <= c && utf8.RuneCountInString(s[len(w):c]) <= 60 {
				if e := jointSubjectAt(s, skipSpaces(s, c+1)); e >= 0 {
					return e
				}
				break // the other words lead to the same comma and subject
			}
		}
	}
	return jointSubjectAt(s, 0)
}

// jointSubjectAt returns the end of the first subject of jointSubjects at
// s[i:] followed by \b, -1 when none.
func jointSubjectAt(s string, i int) int {
	for _, w := range jointSubjects {
		if strings.HasPrefix(s[i:], w) && reBoundary(s, i+len(w)) {
			return i + len(w)
		}
	}
	return -1
}

// jointFirst returns the joint supporters when the clause subject is the
// parties and no other actor stands between it and the topic at ts.
func (x *engine) jointFirst(ts int, sp span, subjs []string) []string {
	low := x.f.low
	end := jointSubjectEnd(low[sp.s:min(sp.e, sp.s+90)])
	if end < 0 || sp.s+end > ts {
		return nil
	}
	for _, mm := range x.mentsIn(sp.s+end, ts) {
		if (mm.kind == kState || mm.kind == kOrg) && !contains(subjs, mm.key) {
			return nil
		}
	}
	if len(pmRange(x.pms, sp.s+end, ts)) > 0 {
		return nil
	}
	if j := x.jointSupporters(sp, subjs); len(j) >= 2 {
		return j
	}
	return nil
}

// possCredRe is a possessive right before a credentials trigger: "sus
// cartas credenciales", "ses lettres de créance", "their credentials".
var possCredRe = mkf(`\b(?:sus|su|ses|leurs|sa|his|her|their)\s+(?:\w+\s+)?$`)

// prevAmbassadors returns the ambassadors named in the sentence before a
// credentials trigger preceded by a possessive.
func (x *engine) prevAmbassadors(t trig, si int, sp span) []*person {
	if t.s <= sp.s || !possCredRe.MatchString(x.f.low[max(sp.s, t.s-30):t.s]) {
		return nil
	}
	var out []*person
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role == "ambassador" && o.sent == si-1 && o.state != "" && !containsP(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// onlyState reports whether sts holds no state other than st.
func onlyState(sts []string, st string) bool {
	for _, s := range sts {
		if s != st {
			return false
		}
	}
	return true
}

// colonListRe is the gap between a plural title head and a list of pairs
// opened by a colon ("los embajadores siguientes: de Chile, Ana Ruiz; …").
var colonListRe = mkf(`^\s*(?:siguientes|suivants|suivantes|following)?\s*:\s*(?:de la |de l'|del |de |du |des |d'|of the |of |from )?$`)

// respectivelyPlural distributes one plural title over the names before
// it: "MM. A et B, respectivement ambassadeurs du Japon et du Venezuela".
func (x *engine) respectivelyPlural(si int, sp span, names []candidate, at int) bool {
	low := x.f.low
	i := at
	for i < sp.e && (low[i] == ' ' || low[i] == ',') {
		i++
	}
	hl := x.anchored(pluralHeadRe, i, sp.e)
	if hl == 0 {
		return false
	}
	head := singularHead(low[i : i+hl])
	role := classify(head, low[i:min(sp.e, i+hl+60)])
	if role == "counterpart" || role == "official" {
		return false
	}
	var first *ment
	for _, m := range x.mentsIn(i+hl, min(sp.e, i+hl+40)) {
		if m.kind == kState && !m.demonym {
			first = &m
		}
		break
	}
	if first == nil || !x.betweenOK(i+hl, first.s) {
		return false
	}
	sts := x.stateListAfter(first.s, sp)
	if len(sts) != len(names) {
		return false
	}
	t := strings.TrimSpace(x.doc.Text[x.f.text(i):x.f.textEnd(i+hl)])
	for k, c := range names {
		if x.inName(c.s) {
			continue
		}
		p := x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
		p.offices = append(p.offices, &office{role: role, title: t, state: sts[k], ev: sp, sent: si, conf: 0.75, head: head, pos: c.s})
	}
	return true
}

// unknownAcronymIn reports whether the complement of a title holds an
// upper-case acronym that names neither a state nor an organisation of the
// gazetteer ("président de l'APN").
func (x *engine) unknownAcronymIn(pt part) bool {
	up := x.f.up
	for i := pt.he; i < pt.e; {
		if !isWordByte(x.f.low[i]) {
			i++
			continue
		}
		j := i
		for j < pt.e && isWordByte(x.f.low[j]) {
			j++
		}
		w := up[i:j]
		if len(w) >= 2 && len(w) <= 6 && w == strings.ToUpper(w) && !strings.ContainsAny(w, "0123456789") && x.mentAt(i) == nil && !titleTail[strings.ToLower(w)] {
			return true
		}
		i = j
	}
	return false
}

// pronounSubjRe opens a sentence whose subject is a person already named.
var pronounSubjRe = mkf(`^(?:il|elle|he|she|el|ella)\b`)

// messageCarriers adds the carrier of a message reported with a pronoun
// ("Il était venu transmettre au Président X le message de Y"): the first
// person named in the sentence before.
func (x *engine) messageCarriers() {
	for _, ev := range x.events {
		if ev.kind != "message" || !pronounSubjRe.MatchString(x.f.low[ev.ev.s:min(ev.ev.e, ev.ev.s+8)]) {
			continue
		}
		prev, ok := x.sentenceBefore(ev.ev)
		if !ok {
			continue
		}
		for _, pm := range pmRange(x.pms, prev.s, prev.e) {
			if pm.p != nil {
				if !containsP(ev.persons, pm.p) {
					ev.persons = append(ev.persons, pm.p)
				}
				break
			}
		}
	}
}

// receptionSplit handles a reception whose receiver is named by a title
// alone ("Le président du Conseil de la nation a également reçu le Premier
// ministre éthiopien, X, ainsi que …, Y") or who receives guests of several
// states in one sentence: one meeting between the receiver's state and each
// guest state. It reports whether it made the events.
func (x *engine) receptionSplit(t trig, sp span) bool {
	if t.kind != "meeting" {
		return false
	}
	low := x.f.low
	tt := low[t.s:t.e]
	if !strings.Contains(tt, "recu") && !strings.Contains(tt, "recib") && !strings.Contains(tt, "receiv") && !strings.Contains(tt, "recoit") {
		return false
	}
	recv, named := "", false
	var hosts []*person
	for _, pm := range pmRange(x.pms, sp.s, t.s) {
		if pm.p != nil {
			named = true
			hosts = append(hosts, pm.p)
			if st := pm.p.states(); len(st) > 0 && recv == "" {
				recv = st[0]
			}
		} else if pm.state != "" && recv == "" {
			recv = pm.state
		}
	}
	if !named && recv == "" {
		// a title alone: the person who bore it earlier in the text
		if len(x.find(headRe, sp.s, t.s)) == 0 {
			return false
		}
		title := strings.TrimSpace(articleRe.ReplaceAllString(strings.TrimSpace(low[sp.s:t.s]), ""))
		for _, p := range x.persons {
			for _, o := range p.offices {
				ot := strings.TrimSpace(foldString(o.title))
				if o.state != "" && o.ev.s < sp.s && (ot == title || strings.Count(title, " ") >= 2 && strings.HasPrefix(ot, title+" ")) {
					recv = o.state
					hosts = []*person{p}
				}
			}
		}
	}
	if recv == "" {
		return false
	}
	var order []string
	guests := map[string][]*person{}
	for _, pm := range pmRange(x.pms, t.e, sp.e) {
		if pm.p == nil || x.attributedTo(pm.s) {
			continue
		}
		st := pm.p.states()
		if len(st) == 0 || st[0] == recv {
			continue
		}
		if _, ok := guests[st[0]]; !ok {
			order = append(order, st[0])
		}
		if !containsP(guests[st[0]], pm.p) {
			guests[st[0]] = append(guests[st[0]], pm.p)
		}
	}
	if len(order) == 0 {
		// "received in audience envoys of Ethiopia and Tunisia": one audience per state
		order = x.envoyStates(t.e, sp, recv)
		if len(order) < 2 {
			return false
		}
	}
	if named && len(order) < 2 {
		return false
	}
	if len(order) > 1 && containsAny(low[sp.s:sp.e], "trilat", "conjointement", "jointly", "together", "conjuntamente", "ensemble", "juntos", "delegation", "delegacion") {
		return false // one meeting of several parties
	}
	date := x.dateIn(sp)
	for _, st := range order {
		ps := append(append([]*person{}, hosts...), guests[st]...)
		hos := false
		for _, p := range ps {
			if p.office("head_of_state", "head_of_government") != nil {
				hos = true
			}
		}
		ev := &event{kind: "meeting", status: t.status, persons: ps, states: sortedPair(recv, st), ev: sp, conf: 0.7, hos: hos, date: date}
		merged := false
		for _, old := range x.events {
			if old.kind == "meeting" && equalWords(old.states, ev.states) && old.status == ev.status {
				for _, p := range ps {
					if !containsP(old.persons, p) {
						old.persons = append(old.persons, p)
					}
				}
				merged = true
				break
			}
		}
		if !merged {
			x.events = append(x.events, ev)
		}
	}
	return true
}

// envoyWordsRe opens a list of states whose envoys are received.
var envoyWordsRe = mkf(`^\s*(?:(?:in audience|en audience|en audiencia|separately|separadamente|separement|successivement|successively|also|egalement|aussi|tambien)\s*)*(?:,[^,.;]{1,30},\s*)?(?:,\s*)?(?:the\s+|les\s+|los\s+|a los\s+)?(?:envoys|ambassadors|ambassadeurs|embajadores|representatives|representants|representantes)\s+(?:of|from|de|des|du|d')\s+`)

// credenceWordsRe names letters of credence or their copies.
var credenceWordsRe = mkf(`\b(?:credentials|credence|creance|credenciales|copies figurees|copias de estilo|cartas de estilo|open letters)\b`)

// envoysAreRe opens a sentence naming the states of envoys received in the
// sentence before ("Il s'agit des ambassadeurs de", "They are the envoys of").
var envoysAreRe = mkf(`^(?:il s'agit|ce sont|they are|these are|they were|these were|se trata de|son)\s+(?:des\s+|les\s+|the\s+|los\s+|de los\s+)?(?:envoys|ambassadors|ambassadeurs|embajadores|representatives|representants|representantes)\s+(?:of|from|de|des|du|d')\s+`)

// envoyStates returns the states, other than recv, listed after a reception
// trigger ending at view offset e when the guests are their envoys.
func (x *engine) envoyStates(e int, sp span, recv string) []string {
	low := x.f.low
	m := envoyWordsRe.FindStringIndex(low[e:sp.e])
	list := sp
	if m == nil {
		// "a reçu plusieurs ambassadeurs. Il s'agit des ambassadeurs de A, B…"
		next, ok := x.sentenceAfter(sp)
		if !ok || !x.matchIn(envoysPluralRe, e, sp.e) {
			return nil
		}
		m = envoysAreRe.FindStringIndex(low[next.s:next.e])
		if m == nil || x.matchIn(credenceWordsRe, sp.s, next.e) {
			return nil // (envoys presenting credentials: no audience besides)
		}
		e, list = next.s, next
	}
	var out []string
	for _, st := range x.stateListAfter(e+m[1], list) {
		if st != recv && !contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// visitorBefore returns the person in apposition right before a visit
// trigger ("le Premier ministre éthiopien, X, en visite de travail en
// Algérie"): the visitor, not the other persons of the sentence.
func (x *engine) visitorBefore(t trig, sp span) *person {
	low := x.f.low
	i := t.s
	for i > sp.s && low[i-1] == ' ' {
		i--
	}
	if i <= sp.s || low[i-1] != ',' {
		return nil
	}
	i--
	for i > sp.s && low[i-1] == ' ' {
		i--
	}
	for _, pm := range pmRange(x.pms, max(sp.s, i-60), i) {
		if pm.e == i && pm.p != nil {
			return pm.p
		}
	}
	return nil
}

// credenceAfter reports whether s (the text after a letter) makes it a
// letter of credence.
func credenceAfter(s string) bool {
	s = strings.TrimLeft(s, "s ")
	return strings.HasPrefix(s, "de creance") || strings.HasPrefix(s, "credencial") || strings.HasPrefix(s, "of credence")
}

// alsoTitleRe is a relative clause giving a person named just before a
// further office: "Mekonnen, who is also foreign minister of Ethiopia",
// "X, qui est aussi ministre de …", "X, quien es también canciller de …".
var alsoTitleRe = mk(`\b(?:who is also|who also serves as|qui est aussi|qui est egalement|quien es tambien|que es tambien|quien tambien es)\s+(?:(?:the|le|la|l'|el)\s*)?`)

// alsoTitles is pass 2f: the office a relative clause gives to the person
// named right before it (a person already found, or a name of the sentence).
func (x *engine) alsoTitles() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, r := range x.find(alsoTitleRe, sp.s, sp.e) {
			hl := x.anchored(headRe, r[1], sp.e)
			if hl == 0 {
				continue
			}
			var c *candidate
			for k := range x.cands[si] {
				if cc := &x.cands[si][k]; cc.e <= r[0] && strings.Trim(low[cc.e:r[0]], " ,") == "" {
					c = cc
				}
			}
			if c == nil {
				continue
			}
			words := personWords(x.f.up[c.s:c.e])
			p := x.findPerson(words)
			if p == nil {
				continue // a name first titled here is left to the title rules
			}
			pt := part{s: r[1], e: x.extendTitle(r[1]+hl, sp.e), head: low[r[1] : r[1]+hl], hs: r[1], he: r[1] + hl}
			role := classify(pt.head, low[pt.s:pt.e])
			if role == "" || role == "counterpart" || p.office(role) != nil {
				continue
			}
			st, org := x.attach(pt, role)
			if st == "" && org == "" {
				continue
			}
			title := strings.TrimSpace(x.doc.Text[x.f.text(pt.s):x.f.textEnd(pt.e)])
			p.offices = append(p.offices, &office{role: role, title: title, state: st, org: org, ev: sp, sent: si, conf: 0.8, head: pt.head, pos: c.s})
		}
	}
}

// pluralCounterpartRe is "his counterparts" before a list of them.
var pluralCounterpartRe = mk(`\b(?:ses|leurs|his|her|their|sus)\s+(?:homologues|counterparts|homologos|homologas)\b`)

// demonymItemGapRe is what stands between a demonym and the name it
// qualifies in a list of counterparts: "équato-guinéen, X", "bissau-guinéenne, Mme Y".
var demonymItemGapRe = mkf(`^\s*,\s*(?:(?:m|mme|mr|mrs|ms|dr|sr|sra|s\.e\.|h\.e\.)\.?\s+)?$`)

// listedCounterparts is pass 2d”: "ses homologues équato-guinéen, X,
// bissau-guinéenne, Mme Y et burkinabè, M. Z", "ses homologues de la
// République du Rwanda, M. X, du Royaume de Norvège, M. Y": each name after
// a demonym or a state holds the possessor's role for that state.
func (x *engine) listedCounterparts() {
	for si, sp := range x.sents {
		hs := x.find(pluralCounterpartRe, sp.s, sp.e)
		if len(hs) == 0 {
			continue
		}
		h := hs[0]
		role, title := "foreign_minister", strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
		for _, pm := range pmRange(x.pms, sp.s, h[0]) {
			if pm.p != nil {
				for _, o := range pm.p.offices {
					if o.role == "head_of_state" || o.role == "head_of_government" || o.role == "foreign_minister" {
						role = o.role
					}
				}
			}
		}
		for _, c := range x.cands[si] {
			if c.s < h[1] || c.s > h[1]+300 {
				continue
			}
			ms := x.mentsIn(h[1], c.s)
			if len(ms) == 0 {
				continue
			}
			m := ms[len(ms)-1]
			if m.kind != kState || !demonymItemGapRe.MatchString(x.f.low[m.e:c.s]) {
				continue
			}
			if !m.demonym && !genitiveBeforeRe.MatchString(x.f.low[max(sp.s, m.s-12):m.s]) {
				continue // "ses homologues de la République du Rwanda, M. X": a state by name needs its "de"
			}
			p := x.personOf(c)
			if len(p.offices) > 0 {
				continue
			}
			p.offices = append(p.offices, &office{role: role, title: title, state: m.key, ev: sp, sent: si, conf: 0.7, head: "homologue", pos: c.s})
		}
	}
}

// pluralEnvoyHeadRe is a plural head of envoys before a list of them.
var pluralEnvoyHeadRe = mk(`\b(?:ambassadeurs|ambassadrices|ambassadors|embajadores|embajadoras|hauts-commissaires|hauts commissaires|high commissioners|altos comisionados)\b`)

// stateHonorificGapRe is the gap between a state and the name of its envoy
// in a list, an honorific in it: "de la Fédération de Russie, S.E Géorgiy
// Todua" (without one, "X de Guinée, Y du Sénégal" names the state after
// each name).
var stateHonorificGapRe = mkf(`^\s*,\s*(?:s\.?\s?e\.?|h\.?\s?e\.?|son excellence|his excellency|her excellency|su excelencia|m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?|sr\.|sra\.)\s*$`)

// genitiveBeforeRe ends the preposition of a state in a list of envoys.
var genitiveBeforeRe = mkf(`\b(?:de la|de l'|du|des|de|d'|of the|of|del)\s*$`)

// statedEnvoys is pass 2d‴: after a plural envoys' head, each name that
// follows "State, S.E" is that state's ambassador ("Les ambassadeurs
// désignés de la Fédération de Russie, S.E X, d'Israël, S.E Y"); an
// office the title rules gave it from the item before is replaced.
func (x *engine) statedEnvoys() {
	for si, sp := range x.sents {
		hs := x.find(pluralEnvoyHeadRe, sp.s, sp.e)
		if len(hs) == 0 {
			continue
		}
		for _, c := range x.cands[si] {
			if c.s < hs[0][1] {
				continue
			}
			ms := x.mentsIn(hs[0][1], c.s)
			if len(ms) == 0 {
				continue
			}
			m := ms[len(ms)-1]
			if m.kind != kState || m.demonym || !stateHonorificGapRe.MatchString(x.f.low[m.e:c.s]) || !genitiveBeforeRe.MatchString(x.f.low[max(sp.s, m.s-12):m.s]) {
				continue
			}
			if x.titleAfter(c.e, sp.e, true) != nil {
				continue // "…, ambassadeur de Guinée, M. X, ambassadeur du Sénégal": X's own title follows
			}
			p := x.personOf(c)
			keep := p.offices[:0]
			for _, o := range p.offices {
				if o.role != "ambassador" || o.sent != si {
					keep = append(keep, o)
				}
			}
			p.offices = append(keep, &office{role: "ambassador", title: strings.TrimSpace(x.doc.Text[x.f.text(hs[0][0]):x.f.textEnd(hs[0][1])]), state: m.key, ev: sp, sent: si, conf: 0.8, head: "ambassadeur", pos: c.s})
		}
	}
}

// personOf returns the person a candidate names: the one a mention inside
// it already stands for, else a new person with its mention and name span.
func (x *engine) personOf(c candidate) *person {
	var p *person
	for _, pm := range x.pms {
		if pm.p != nil && pm.s >= c.s && pm.s < c.e {
			p = pm.p
		}
	}
	if p == nil {
		p = x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
	}
	return p
}

// handedToRe: a message handed over in person to someone named after it.
var handedToRe = mkf(`\b(?:handed over|handed|a remis|remis|remet|remettre|entrego|entregara|entregar)\b[^.;]{0,120}?[,\s](?:to|a|au|al)\s+(?:(?:his|her|sa|son|su|the|le|la|el|s\.?\s?e\.?|h\.?\s?e\.?|excellency|excellence|excelencia)\s+)+`)

// handedMessages is pass 3c: a message an envoy hands over in person to a
// head of state or government is also a meeting with him ("she had handed
// over a message from President X to Her Excellency Y, President of …"),
// unless the text already reports his meeting between the same states.
func (x *engine) handedMessages() {
	n := len(x.events)
	for _, ev := range x.events[:n] {
		if ev.kind != "message" || ev.status != "held" || len(ev.states) != 2 {
			continue
		}
		m := handedToRe.FindStringIndex(x.f.low[ev.ev.s:ev.ev.e])
		if m == nil {
			continue
		}
		var recv *person
		for _, pm := range pmRange(x.pms, ev.ev.s+m[1], min(ev.ev.e, ev.ev.s+m[1]+60)) {
			if pm.p != nil && pm.p.office("head_of_state", "head_of_government") != nil {
				recv = pm.p
			}
			break
		}
		if recv == nil {
			continue
		}
		dup := false
		for _, old := range x.events {
			dup = dup || old.kind == "meeting" && equalWords(old.states, ev.states) && containsP(old.persons, recv)
		}
		if dup {
			continue
		}
		ps := []*person{recv}
		for _, p := range ev.persons {
			if p != recv && p.office("head_of_state", "head_of_government") == nil {
				ps = append(ps, p) // the envoy, not the leader who sends the message
			}
		}
		x.events = append(x.events, &event{kind: "meeting", status: "held", persons: ps, states: ev.states, ev: ev.ev, conf: 0.6, hos: true, date: ev.date})
	}
}

// popeRe finds the Pope named with his title: "el papa Francisco", "le pape
// Léon XIV", "Pope Francis" (and not "Papa Abdoulaye Seck" or "Amy Pope").
var popeRe = mk(`\b(?:papa|pape|pope|sumo pontifice|souverain pontife)\s+(?:francis|francisco|francois|francesco|benedict|benoit|benedicto|benedetto|leo|leon|leone|john paul ii|jean-paul ii|juan pablo ii)(?:\s+(?:xiv|xvi|ii))?\b`)

// popes is pass 2d”: the Pope is the Holy See's head of state.
func (x *engine) popes() {
	for si, sp := range x.sents {
		for _, m := range x.find(popeRe, sp.s, sp.e) {
			ns := m[0]
			for ns < m[1] && x.f.low[ns] != ' ' {
				ns++
			}
			for ns < m[1] && x.f.low[ns] == ' ' {
				ns++
			}
			if x.inName(ns) || ns >= m[1] {
				continue
			}
			p := x.addPerson(ns, m[1])
			x.pms = append(x.pms, pmention{s: ns, e: m[1], p: p})
			x.addNameSpan(span{ns, m[1]})
			if p.office("head_of_state") == nil {
				t := strings.TrimSpace(x.doc.Text[x.f.text(m[0]):x.f.textEnd(ns)])
				p.offices = append(p.offices, &office{role: "head_of_state", title: t, state: "VA", ev: sp, sent: si, conf: 0.8, head: "pope", pos: ns})
			}
		}
	}
}

// complementOpenRe opens the portfolio of one item of an elliptic plural
// title ("de Economía", "of Finance", "des Finances").
var complementOpenRe = mkf(`^\s*(?:[;,]\s*)?(?:(?:y|et|and|e)\s+)?(?:de la|de l'|del|de los|de las|de|du|des|d'|of the|of)\s*`)

// ellipticTitles is pass 2d⁗: a plural title whose items each give a
// portfolio and a name ("los ministros de Relaciones Exteriores, X; y de
// Economía, Y"): each name holds the singular title with its portfolio.
func (x *engine) ellipticTitles() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, h := range x.find(pluralHeadRe, sp.s, sp.e) {
			type item struct {
				cs, ce int // the portfolio
				c      candidate
			}
			var items []item
			at := h[1]
			for len(items) < 8 {
				m := complementOpenRe.FindStringIndex(low[at:min(sp.e, at+30)])
				if m == nil || len(items) == 0 && m[0] != 0 {
					break
				}
				cs := at + m[1]
				k := strings.IndexAny(low[cs:min(sp.e, cs+80)], ",;")
				if k <= 0 || !x.betweenOK(cs, cs+k) || len(x.mentsIn(cs, cs+k)) > 0 {
					break // a portfolio, not a state ("les ambassadeurs du Chili, X, de Suède, Y")
				}
				var name *candidate
				for _, c := range x.cands[si] {
					if c.s > cs+k && commaOnlyRe.MatchString(low[cs+k:c.s]) {
						name = &c
						break
					}
				}
				if name == nil || name.words < 2 {
					break
				}
				items = append(items, item{cs, cs + k, *name})
				at = name.e
			}
			if len(items) < 2 {
				continue
			}
			head := singularHead(low[h[0]:h[1]])
			for _, it := range items {
				if x.inName(it.c.s) {
					continue
				}
				compl := "de " + strings.TrimSpace(low[it.cs:it.ce])
				role := classify(head, head+" "+compl)
				if role == "counterpart" || role == "secretary" || role == "" {
					continue
				}
				p := x.addPerson(it.c.s, it.c.e)
				x.pms = append(x.pms, pmention{s: it.c.s, e: it.c.e, p: p})
				x.addNameSpan(span{it.c.s, it.c.e})
				title := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])]) + " " + strings.TrimSpace(x.doc.Text[x.f.text(it.cs-3):x.f.textEnd(it.ce)])
				p.offices = append(p.offices, &office{role: role, title: title, ev: sp, sent: si, conf: 0.65, head: head, pos: it.c.s, pending: true})
			}
		}
	}
}

// Words whose presence in a document lets the credentials rules look
// further (docHas):
var (
	// accreditWords: an envoy accredited to a host from elsewhere
	accreditWords = newKeySet("concurrente", "acredit", "accredit", "reside")
	// ceremonyHeldWords: where the ceremony was held
	ceremonyHeldWords = newKeySet("celebr", "lieu", "place", "held", "deroul")
	// inTheCountryWords: the host as "the country"
	inTheCountryWords = newKeySet("en el pais", "dans le pays", "in the country", "en nuestro pais", "dans notre pays")
	// credentialWords: letters of credence or their copies
	credentialWords = newKeySet("credenc", "creance", "credential", "copie", "copia")
)
