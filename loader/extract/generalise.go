package extract

import (
	"slices"
	"sort"
	"strings"

	"diplograph/loader/gazetteer"
)

// Rules added to generalise from the development set to real communiqués
// (long ministry titles, Arabic name particles, Spanish and English trigger
// shapes). Each rule is general: it names word classes, never particular
// texts or persons.

// titleContent are capitalised content words of ministry and office titles
// ("… de la Coopération Internationale et des Marocains Résidant à
// l'Étranger", "Regional Integration") and common nouns that follow a title
// without being a name (platforms, institutions, places written with a
// capital in a title). They never start or continue a person name.
var titleContent = setOf(`internationale international internacional residant residants residante residantes resident residents residente residentes
	etranger etrangers extranjero exterior exterieur exterieure exterieurs abroad integration integracion regionale regional
	francophonie diaspora diasporas citizens citoyens ciudadanos nationals ressortissants cooperacion affaires asuntos relaciones relations
	parlement parliament parlamento islam twitter facebook instagram youtube whatsapp linkedin telegram tiktok
	lieux saints holy mosques mosquees latina latine caribe caraibes sud norte nord sur south north
	gouvernement government gobierno guardian gardien custodian serviteur servant
	economia economie economy finances finanzas hacienda defensa defense defence interior interieur
	desarrollo developpement development comercio commerce trade industria industrie
	emigration emigracion immigration inmigracion moroccans marocains marroquies marroquis
	burkinabes nigeriens maliens senegalais ivoiriens guineens
	lord sir dame monseigneur sheikh cheikh jeque
	education educacion cultura culture arts artes sports sport deportes jeunesse youth juventud veterans veteranos
	service services sante salud health agriculture agricultura energie energia energy
	justice justicia police policia environnement environment ambiente transports transporte transportes
	labour labor trabajo travail employment empleo emploi tourisme turismo tourism
	pacific pacifique pacifico atlantic atlantique atlantico mediterranean mediterranee mediterraneo
	africa afrique asia asie europe europa americas ameriques oceania oceanie arctic arctique balkans levant`)

// arabicPrefix are name particles written joined to the next name part by a
// hyphen ("Al-Nouri", "El-Amine", "Ben-Ali", "Abdel-Aziz"): such a token is a
// name, not a stop word.
var arabicPrefix = setOf(`al el ben bin ibn abu abou abdel abd ould ait`)

// titleWordNotName reports whether the folded word w is title vocabulary or
// a common noun that cannot be part of a person name.
func titleWordNotName(w string) bool {
	if nameParticles[w] {
		return false
	}
	return titleContent[w] || betweenWords[w] && len(w) > 3
}

// namelessState returns the state named inside the title phrases of the
// document that carry no name ("le chef de la diplomatie algérienne a
// déclaré", "the Moroccan foreign minister said") and classify as role, when
// they all name the same state. A pending office of that role (a title
// without a state: "Le ministre des Affaires étrangères, X") takes it: the
// nameless title refers back to its holder. Only unique roles are resolved
// this way (foreign minister, heads of state and government, deputy prime
// minister).
func (x *engine) namelessState(role string) string {
	switch role {
	case "foreign_minister", "head_of_state", "head_of_government", "deputy_prime_minister", "ambassador":
	default:
		return ""
	}
	if st, ok := x.nameless[role]; ok {
		return st
	}
	if x.nameless == nil {
		x.nameless = map[string]string{}
	}
	st := x.namelessScan(role, 0, len(x.f.low))
	x.nameless[role] = st
	return st
}

// namelessScan is namelessState over the titles that start in [from, to).
func (x *engine) namelessScan(role string, from, to int) string {
	low := x.f.low
	found := ""
	if x.allHeads == nil {
		x.allHeads = append([][2]int{}, x.find(headRe, 0, len(low))...)
	}
	for _, h := range x.allHeads {
		h0, h1 := h[0], h[1]
		if h0 < from || h0 >= to {
			continue
		}
		if x.inName(h0) || x.nameEndsBefore(h0) || complementTitleRe.MatchString(low[max(0, h0-12):h0]) {
			continue // "Minister Delegate to the Cameroonian Minister of External Relations": another person's title
		}
		e := x.extendTitle(h1, min(len(low), h1+160))
		if e <= h1 {
			continue
		}
		j := e
		for j < len(low) && (low[j] == ' ' || low[j] == ',') {
			j++
		}
		if x.inName(j) || len(pmRange(x.pms, h1, e)) > 0 {
			continue // the title of a named person ("Foreign Minister X and Romania": no title of Romania)
		}
		pt := part{s: h0, e: e, head: low[h0:h1], hs: h0, he: h1}
		r := classify(pt.head, low[h0:e])
		if r != role {
			continue
		}
		st, org := x.attach(pt, r)
		if org != "" || st == "" || x.roleTaken(st, role, nil) {
			continue // no state, or the title refers to the named holder of that state
		}
		if found != "" && found != st {
			return ""
		}
		found = st
	}
	return found
}

// complementTitleRe ends the words that make a title the complement of
// another one ("delegate to the", "conseiller du").
var complementTitleRe = mkf(`\b(?:to the|of the|du|au|aupres du|de la|a la|aupres de la|del|al|ante el)\s+$`)

// nameEndsBefore reports whether a name of pass 1 ends just before view
// offset off (an apposition "X, ministre …" or "X, le ministre …").
func (x *engine) nameEndsBefore(off int) bool {
	low := x.f.low
	i := off
	for k := 0; k < 3 && i > 0; k++ {
		for i > 0 && (low[i-1] == ' ' || low[i-1] == ',') {
			i--
		}
		if x.inName(i - 1) {
			return true
		}
		// skip one article
		j := i
		for j > 0 && isWordByte(low[j-1]) {
			j--
		}
		switch low[j:i] {
		case "le", "la", "l", "the", "el", "son", "sa", "su", "his", "her":
			i = j
			if i > 0 && low[i-1] == '\'' {
				i--
			}
		default:
			return false
		}
	}
	return false
}

// sameRoleState returns the state of another, resolved office of p with the
// role of o: one person does not hold the same role for two states in one
// document ("Moroccan Foreign Minister X" … "Foreign Minister X").
func sameRoleState(p *person, o *office) string {
	for _, o2 := range p.offices {
		if o2 != o && !o2.pending && o2.role == o.role && o2.state != "" && o2.org == "" {
			return o2.state
		}
	}
	// the short form of a title already read in full ("Cabinet Secretary X"
	// after "Kenyan Cabinet Secretary for Foreign Affairs X"): same office
	for _, o2 := range p.offices {
		if o2 != o && !o2.pending && o2.head == o.head && o2.head != "" && o2.state != "" && o2.org == "" {
			o.role = o2.role
			return o2.state
		}
	}
	return ""
}

// pluralHeadRe matches a plural title head that is distributed over a list
// of "(de) State, Name" pairs: "les nouveaux ambassadeurs du Pérou, A, et du
// Chili, B", "los ministros de Exteriores de España, A, y Marruecos, B",
// "the ambassadors of Peru, A, and Chile, B".
var pluralHeadRe = mk(`\b(?:chefs des missions diplomatiques|chefs de mission diplomatique|chefs de mission|heads of mission|jefes de mision|embajadores|embajadoras|ambassadeurs|ambassadrices|ambassadors|ministros|ministras|ministres|ministers|cancilleres|presidentes|presidents|chefs de la diplomatie|jefes de la diplomacia|foreign ministers|secretarios de estado)\b`)

// respectivelyRe introduces a list of titles distributed over the preceding
// list of names.
var respectivelyRe = mk(`\b(?:respectivement|respectively|respectivamente)\b`)

func singularHead(h string) string {
	switch {
	case strings.HasPrefix(h, "chefs de mission") || strings.HasPrefix(h, "chefs des missions"):
		return "chef de mission" // "les chefs des missions diplomatiques de A, X, et de B, Y"
	case strings.HasPrefix(h, "heads of"):
		return "head of mission"
	case strings.HasPrefix(h, "jefes de mision"):
		return "jefe de mision"
	case strings.HasPrefix(h, "chefs "):
		return "chef " + h[len("chefs "):]
	case strings.HasPrefix(h, "jefes "):
		return "jefe " + h[len("jefes "):]
	case strings.HasPrefix(h, "secretarios "):
		return "secretario " + h[len("secretarios "):]
	case strings.HasSuffix(h, "ies"):
		return h[:len(h)-3] + "y" // secretaries
	case strings.HasSuffix(h, "eres") || strings.HasSuffix(h, "ores") || strings.HasSuffix(h, "oras"):
		return h[:len(h)-2] // cancilleres, embajadores, embajadoras → embajadora
	case strings.HasSuffix(h, "s"):
		return h[:len(h)-1]
	}
	return h
}

// candAt returns the name candidate of sentence si starting at view offset
// off (after spaces and an honorific), or nil.
func (x *engine) candAt(si, off int) *candidate {
	low := x.f.low
	for off < len(low) && low[off] == ' ' {
		off++
	}
	if m := leadHonorificRe.FindStringIndex(low[off:min(len(low), off+8)]); m != nil {
		off += m[1]
	}
	for k := range x.cands[si] {
		if x.cands[si][k].s == off {
			return &x.cands[si][k]
		}
	}
	return nil
}

var leadHonorificRe = mkf(`^(?:m\.|mme|mr\.?|mrs\.?|ms\.?|dr\.?|sr\.|sra\.|don|dona|sheikh|shaikh|cheikh|sultan|cardinal|archbishop|archeveque|arzobispo|mgr\.?|monseigneur|monsenor|excelentisim[oa] senora?|senora?)\s+`)

var listSepRe = mkf(`^\s*[,;]?\s*(?:(?:et|and|y|e)\s+)?(?:(?:de la|de l'|del|du|des|de|d'|of the|of)\s*)?(?:(?:mancomunidad|commonwealth|republica|republique|republic|reino|royaume|kingdom|estado|etat|state|federacion|federation|principado|principaute|principality|sultanat|sultanato|sultanate)\s+(?:de los|de las|de la|de l'|del|du|des|de|d'|of the|of)\s*)?`)

// distributedTitles is pass 1b: plural titles distributed over "State,
// Name" pairs and "respectivement" lists give one office per person.
func (x *engine) distributedTitles() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, h := range x.find(pluralHeadRe, sp.s, sp.e) {
			head := singularHead(low[h[0]:h[1]])
			// the title runs to the first state named after the head
			var first *ment
			for _, m := range x.mentsIn(h[1], min(sp.e, h[1]+120)) {
				if m.kind == kState && !m.demonym {
					first = &m
					break
				}
			}
			if first == nil || !x.betweenOK(h[1], first.s) && !colonListRe.MatchString(low[h[1]:first.s]) {
				continue
			}
			if x.nameBetween(si, h[1], first.s) {
				continue // "los embajadores Ana Ruiz, de Serbia, …": names first, states after (listedAmbassadors)
			}
			title := low[h[0]:first.s]
			role := classify(head, head+" "+low[h[1]:first.s])
			if role == "counterpart" || role == "official" && head != "ministre" {
				continue
			}
			st := first
			for n := 0; st != nil && n < 12; n++ {
				i := st.e
				for i < sp.e && low[i] == ' ' {
					i++
				}
				if i >= sp.e || low[i] != ',' && low[i] != '(' {
					break // "de Chile, Name" or "de Chile (Name)"
				}
				c := x.candAt(si, i+1)
				if c == nil || x.inName(c.s) {
					break
				}
				p := x.addPerson(c.s, c.e)
				x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
				x.addNameSpan(span{c.s, c.e})
				t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
				o := &office{role: role, title: t, state: st.key, ev: sp, sent: si, conf: 0.8, head: head, pos: c.s}
				if role == "secretary_of_state" {
					o.role = "minister"
				}
				_ = title
				p.offices = append(p.offices, o)
				// the next pair: ", y de Perú, Name"
				j := c.e
				if j < sp.e && low[j] == ')' {
					j++
				}
				if m := ageRe.FindStringIndex(low[j:sp.e]); m != nil {
					j += m[1] // "Lhar Marshalau, 51 ans, et de …": the age, not the next pair
				}
				if k := relClauseEnd(low[j:sp.e]); k > 0 {
					j += k // ", que reside en México;": the residence, not the next pair
				}
				st = x.nextListState(si, j, sp)
				if st == nil {
					// "…, du Programme alimentaire mondial, Name, et du Royaume des Pays-Bas, Name":
					// an organisation's envoy inside the list does not end it
					if k := x.skipOrgItem(si, j, sp); k > 0 {
						st = x.nextListState(si, k, sp)
					}
				}
			}
		}
		x.respectively(si, sp)
	}
}

// ageRe is an age in apposition after a name (", 51 ans", ", 59 years old").
var ageRe = mkf(`^\s*,\s*\d{2}\s*(?:ans|anos|years old|years|aged)\b`)

// diplomacyHeadRe is "the head of Azerbaijani diplomacy" and its like, up
// to the adjective of state.
var diplomacyHeadRe = mk(`\b(?:head|chief)\s+of\s+(?:the\s+)?`)

// diplomacyHeads gives the name after "the head of Azerbaijani diplomacy,"
// the office of foreign minister of the adjective's state (the title is no
// plain head: the adjective sits inside it).
func (x *engine) diplomacyHeads() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, m := range x.find(diplomacyHeadRe, sp.s, sp.e) {
			mm := x.mentAt(m[1])
			if mm == nil || mm.s != m[1] || mm.kind != kState || !mm.demonym || !strings.HasPrefix(low[mm.e:min(sp.e, mm.e+11)], " diplomacy") {
				continue
			}
			i := mm.e + len(" diplomacy")
			if i < sp.e && low[i] == ',' {
				i++
			}
			c := x.candAt(si, i)
			if c == nil || x.inName(c.s) {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
			x.addNameSpan(span{c.s, c.e})
			t := strings.TrimSpace(x.doc.Text[x.f.text(m[0]):x.f.textEnd(mm.e+len(" diplomacy"))])
			p.offices = append(p.offices, &office{role: "foreign_minister", title: t, state: mm.key, ev: sp, sent: si, conf: 0.8, head: "head of diplomacy", pos: c.s})
		}
	}
}

// nameBetween reports whether a name candidate of sentence si lies in view[a:b].
func (x *engine) nameBetween(si, a, b int) bool {
	for _, c := range x.cands[si] {
		if c.s >= a && c.e <= b {
			return true
		}
	}
	return false
}

// nextListState returns the state that opens the next "State, Name" pair of
// a list after view offset j, nil if the list ends.
func (x *engine) nextListState(si, j int, sp span) *ment {
	m := listSepRe.FindStringIndex(x.f.low[j:sp.e])
	if m == nil {
		return nil
	}
	if mm := x.mentAt(j + m[1]); mm != nil && mm.kind == kState && mm.s >= j && mm.s <= j+m[1] && !mm.demonym {
		v := *mm
		return &v
	}
	return nil
}

// skipOrgItem skips a ", de l'Organisation X, Name" item of a list of
// envoys after view offset j and returns the offset after the name, 0 if
// the text there is no such item.
func (x *engine) skipOrgItem(si, j int, sp span) int {
	low := x.f.low
	m := listSepRe.FindStringIndex(low[j:sp.e])
	if m == nil || m[1] == 0 {
		return 0
	}
	k := j + m[1]
	orgSeen := false
	for _, c := range x.cands[si] {
		if c.s <= k {
			continue
		}
		if c.s-k > 90 {
			return 0
		}
		i := c.s - 1
		for i > k && low[i] == ' ' {
			i--
		}
		if low[i] != ',' || !x.betweenOK(k, i) {
			continue
		}
		for _, mm := range x.mentsIn(k, i) {
			if mm.kind == kState {
				return 0 // a state's pair, not an organisation's
			}
			orgSeen = orgSeen || mm.kind == kOrg
		}
		if !orgSeen && !orgWordRe.MatchString(low[k:i]) {
			return 0
		}
		return c.e
	}
	return 0
}

// orgWordRe finds the words that name an organisation or one of its bodies.
var orgWordRe = mkf(`\b(?:programme|program|programa|organisation|organization|organizacion|fonds|fund|fondo|agence|agency|agencia|union|banque|bank|banco|commission|comision|office|oficina|bureau|institut|instituto|institute)\b`)

// respectively distributes "A et B, respectivement ministre de X et
// ambassadeur de Y" over the names.
func (x *engine) respectively(si int, sp span) {
	low := x.f.low
	for _, r := range x.find(respectivelyRe, sp.s, sp.e) {
		// names: the candidates before, joined by commas and et/and/y
		names := x.splitCoordNames(x.coordinatedNames(si, r[0], func(gap string) bool { return gap == "," }, false))
		if len(names) < 2 {
			if x.respectivelyNamesAfter(si, sp, r) {
				continue
			}
			x.respectivelyPredicate(si, sp, r)
			continue
		}
		// titles: head + complement, separated by "et/and/y/,"
		var parts []part
		i := r[1]
		for len(parts) < len(names) {
			for i < sp.e && (low[i] == ' ' || low[i] == ',') {
				i++
			}
			if w := firstWord(low[i:sp.e]); w == "et" || w == "and" || w == "y" {
				i += len(w)
				continue
			}
			hl := x.anchored(headRe, i, sp.e)
			if hl == 0 {
				break
			}
			e := x.extendTitle(i+hl, sp.e)
			// stop a title before "et <head>" of the next one
			if k := x.nextHeadAfterAnd(i+hl, e); k > 0 {
				e = k
			}
			parts = append(parts, part{s: i, e: e, head: low[i : i+hl], hs: i, he: i + hl})
			i = e
		}
		if len(parts) <= 1 && x.respectivelyPlural(si, sp, names, r[1]) {
			continue
		}
		if len(parts) == 0 {
			// "los ministros de Exteriores de Malabo y de Minsk, A y B, respectivamente"
			x.pluralTitleBeforeNames(si, sp, names)
			continue
		}
		if len(parts) != len(names) {
			continue
		}
		for k, c := range names {
			if x.inName(c.s) {
				continue
			}
			p := x.addPerson(c.s, c.e)
			x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
			x.addNameSpan(span{c.s, c.e})
			x.addOffices(p, parts[k:k+1], si, sp, c.s)
		}
	}
}

// respectivelyPredicate handles "A e B serán los embajadores de Filipinas y
// Hungría, respectivamente": the names are the subject, before a plural
// head whose states are listed up to "respectively" (at view offsets r).
func (x *engine) respectivelyPredicate(si int, sp span, r [2]int) {
	low := x.f.low
	hs := x.find(pluralHeadRe, sp.s, r[0])
	if len(hs) == 0 {
		return
	}
	h := hs[len(hs)-1]
	// the states: the first state after the head, then the list
	var states []string
	for _, m := range x.mentsIn(h[1], r[0]) {
		if m.kind == kState && !m.demonym {
			states = x.stateListAfter(m.s-1, sp)
			if len(states) == 0 || states[0] != m.key {
				states = append([]string{m.key}, states...)
			}
			break
		}
	}
	after := false
	if len(states) == 0 {
		// "… ambassadeurs extraordinaires et plénipotentiaires respectivement de
		// la République du Soudan, de la République de Turquie…"
		if ms := x.mentsIn(r[1], min(sp.e, r[1]+40)); len(ms) > 0 && ms[0].kind == kState && !ms[0].demonym && listGlueRe.MatchString(low[r[1]:ms[0].s]) {
			states = x.stateListAfter(r[1], sp)
			after = true
		}
	}
	// the names: candidates before the head, joined by , y e et and
	names := x.splitCoordNames(x.coordinatedNames(si, h[0], func(gap string) bool {
		return subjectVerbRe.MatchString(gap+" ") || after && copulaInRe.MatchString(gap) && !strings.ContainsAny(gap, ";")
	}, true))
	if len(names) < 2 || len(names) != len(states) {
		return
	}
	head := singularHead(low[h[0]:h[1]])
	role := classify(head, head)
	for k, c := range names {
		if x.inName(c.s) && x.findPerson(nameWords(x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)])) == nil {
			continue
		}
		p := x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
		t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
		p.offices = append(p.offices, &office{role: role, title: t, state: states[k], ev: sp, sent: si, conf: 0.8, head: head, pos: c.s})
	}
}

// subjectVerbRe is the copula between subject names and a plural title.
var subjectVerbRe = mkf(`^,?\s*(?:seran|son|fueron|sont|seront|etaient|are|will be|were)\s+(?:(?:los|las|les|the|nuevos|nouveaux|new)\s+)*$`)

// coordinatedNames returns, in text order, the name candidates of sentence
// si that run up to view offset end, joined by commas and conjunctions: the
// gap after the last one must satisfy last, the gaps between them be a comma
// or et/and/y (and the Spanish "e" when withE).
func (x *engine) coordinatedNames(si, end int, last func(gap string) bool, withE bool) []candidate {
	var names []candidate
	for k := len(x.cands[si]) - 1; k >= 0; k-- {
		c := x.cands[si][k]
		if c.e > end {
			continue
		}
		gap := strings.TrimSpace(x.f.low[c.e:end])
		if len(names) == 0 && !last(gap) {
			break
		}
		if len(names) > 0 && !coordinatorGap(gap, withE) {
			break
		}
		names = append([]candidate{c}, names...)
		end = c.s
	}
	return names
}

// coordinatorGap reports whether gap joins two coordinated names.
func coordinatorGap(gap string, withE bool) bool {
	switch gap {
	case ",", "et", "and", "y", ", et", ", and", ", y":
		return true
	case "e":
		return withE
	}
	return false
}

// splitCoordNames splits the candidates that hold two coordinated names.
func (x *engine) splitCoordNames(cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		out = append(out, x.splitCoordName(c)...)
	}
	return out
}

// nextHeadAfterAnd returns the offset of "et|and|y" followed by a title head
// inside view[s:e], or 0.
func (x *engine) nextHeadAfterAnd(s, e int) int {
	low := x.f.low
	for i := s; i < e; i++ {
		if i > 0 && low[i-1] == ' ' {
			w := firstWord(low[i:e])
			if w == "et" || w == "and" || w == "y" {
				j := i + len(w)
				for j < e && low[j] == ' ' {
					j++
				}
				if j < e && x.anchored(headRe, j, e) > 0 {
					return i - 1
				}
			}
		}
	}
	return 0
}

// addNameSpan records a name span keeping nameSpans sorted.
func (x *engine) addNameSpan(s span) {
	k := sort.Search(len(x.nameSpans), func(k int) bool { return x.nameSpans[k].s >= s.s })
	x.nameSpans = append(x.nameSpans, span{})
	copy(x.nameSpans[k+1:], x.nameSpans[k:])
	x.nameSpans[k] = s
}

// placeNouns are capitalised nouns of buildings, streets and institutions
// that make the following words a proper name of their own ("Palacio San
// Martín", "Organización de Estados Americanos", "Banco Interamericano"):
// a state name or a person name does not start right after them.
var placeNouns = setOf(`palacio palais palace avenue avenida avenida calle rue boulevard bulevar plaza place hotel parc parque park street
	stade estadio aeropuerto aeroport airport universite universidad university ecole escuela school lycee colegio college institut instituto institute
	estados states unidas unies nations naciones banco bank banque union organisation organizacion organization
	conseil council consejo fonds fund fondo agence agency agencia commission comision comite committee fundacion fondation foundation
	camara chambre chamber centro centre center casa maison house torre tour tower puerta porte gate`)

// reunionIslandRe ends the words that make "Réunion" the island.
var reunionIslandRe = mkf(`\b(?:ile de la|ile de|isla de la|isla de|island of|la isla|l'ile)\s+$`)

// filterMentions drops gazetteer state hits that are not state mentions:
// a state name written in lower case ("la réunion du Conseil"), a state
// name inside a capitalised proper name after a place noun ("Palacio San
// Martín"), and a one-word state name followed by a capitalised name word
// (a first name: "Mauricio Díaz").
func (x *engine) filterMentions() {
	up := x.f.up
	out := x.ments[:0]
	for i, m := range x.ments {
		if m.kind == kState && !m.demonym && !m.capital && x.notStateMention(m) {
			continue
		}
		if m.kind == kOrg && i+1 < len(x.ments) && x.ments[i+1].kind == kOrg && x.ments[i+1].s == m.e+1 && x.f.low[m.e] == ' ' && x.ments[i+1].key != m.key {
			continue // "the BRICS New Development Bank": the bank, which the group's name qualifies
		}
		if (m.kind == kState && m.capital || m.kind == kCity) && x.surnameCapital(m) {
			continue
		}
		if (m.kind == kState && m.capital || m.kind == kCity) && x.particleNameAfter(m.e) {
			continue // "Riyad al-Maliki", "Amman El-Sayed": a first name before a name particle
		}
		out = append(out, m)
	}
	x.ments = out
	_ = up
}

func (x *engine) notStateMention(m ment) bool {
	up, low := x.f.up, x.f.low
	if m.key == "RE" && low[m.s:m.e] == "reunion" && !reunionIslandRe.MatchString(low[max(0, m.s-16):m.s]) && (x.lang != "fr" || !strings.HasSuffix(low[max(0, m.s-3):m.s], "la ")) {
		return true // "la 41 Reunión Ordinaria de los Jefes de Estado": a meeting, not the island
	}
	c := up[m.s]
	if c >= 'a' && c <= 'z' && !hasUpper(up[m.s:m.e]) {
		return true // lower case: a common noun ("réunion", "chine" in a compound), not "mancomunidad de Australia"
	}
	// the capitalised word before
	i := m.s
	for i > 0 && up[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && isWordByte(low[j-1]) {
		j--
	}
	if j < i && i == m.s-1 && placeNouns[low[j:i]] && up[j] >= 'A' && up[j] <= 'Z' {
		return true
	}
	// one word after a comma, a title head or an honorific, followed by a
	// capitalised name word: a first name ("…, Mauricio Díaz")
	prevW := low[j:i]
	if j < i && i == m.s-1 && up[j] >= 'A' && up[j] <= 'Z' && !nameStop[prevW] && !x.isHead(prevW) && !placeNouns[prevW] && x.mentAt(j) == nil && x.surnameAfterName(j) {
		// "el presidente del Poder Judicial, César San Martín": a surname after a first name
		return true
	}
	afterTitle := i > 0 && low[i-1] == ',' || j < i && (x.isHead(prevW) || honorifics[prevW])
	if i > 0 && low[i-1] == ',' && x.inPluralTitleList(m.s) {
		return false // "the ambassadors of France X, Germany Y": the next item's state
	}
	inTitle := false
	if !afterTitle && j < i {
		// inside a title, after its demonym or a complement word: "el presidente
		// argentino Mauricio Macri", "ministre israélien des Affaires étrangères Israel Katz"
		pm := x.mentAt(j)
		inTitle = pm != nil && pm.demonym && pm.e == i || betweenWords[prevW] && len(prevW) > 3
	}
	if (afterTitle || inTitle) && !strings.ContainsAny(low[m.s:m.e], " -") && m.e+1 < len(up) && up[m.e] == ' ' {
		k := m.e + 1
		e := k
		for e < len(low) && isWordByte(low[e]) {
			e++
		}
		if e > k+2 && up[k] >= 'A' && up[k] <= 'Z' {
			w := low[k:e]
			if !nameStop[w] && !x.isHead(w) && !titleWordNotName(w) && !placeNouns[w] && x.mentAt(k) == nil &&
				(afterTitle || headRe.re.MatchString(low[max(0, j-80):j])) {
				return true
			}
		}
	}
	return false
}

// inPluralTitleList reports whether view offset at sits in a sentence
// after a plural title of ambassadors or foreign ministers, whose list
// pairs a state with a name ("Foreign Ministers of Spain X, Latvia Y").
func (x *engine) inPluralTitleList(at int) bool {
	si := x.sentenceOf(at)
	if si < 0 {
		return false
	}
	s := x.sents[si].s
	return x.matchIn(envoysPluralRe, s, at) || x.matchIn(ministersPluralRe, s, at)
}

// surnameAfterName reports whether the capitalised word at j opens a name
// right after a comma, a title head or an honorific ("…, César San Martín").
func (x *engine) surnameAfterName(j int) bool {
	low := x.f.low
	k := j
	for k > 0 && low[k-1] == ' ' {
		k--
	}
	if k > 0 && low[k-1] == ',' {
		return true
	}
	b := k
	for b > 0 && isWordByte(low[b-1]) {
		b--
	}
	w := low[b:k]
	return b < k && (x.isHead(w) || honorifics[w])
}

// afterPlaceNoun reports whether the token before a name candidate is a
// capitalised place or institution noun: the candidate continues a proper
// name ("Banco Interamericano de Desarrollo") and is not a person.
func afterPlaceNoun(prev tok) bool {
	return placeNouns[prev.low] && isCap(prev)
}

// venueRe is a locative preposition right before a state name: the state is
// the venue of an event, not a party to it ("en la cumbre del G20 en
// Sudáfrica", "réunis à Bruxelles", "held in Belgium").
var venueRe = mkf(`(?:\b(?:en|in|a|au|aux|at|dans|desde)\s+(?:la |le |l'|el |the )?)$`)

// isVenue reports whether state mention m is a venue.
func (x *engine) isVenue(m ment, sp span) bool {
	if m.demonym {
		// "participó en la capital francesa en la reunión": the city of the adjective is a place
		return placeAdjRe.MatchString(x.f.low[max(sp.s, m.s-30):m.s])
	}
	pre := x.f.low[max(sp.s, m.s-25):m.s]
	return venueRe.MatchString(pre) || venueParenRe.MatchString(x.f.low[max(sp.s, m.s-45):m.s]) || mandateRe.MatchString(pre)
}

// placeAdjRe ends a place noun that an adjective of state qualifies ("en
// la capital francesa", "in the Emirati capital", "dans la capitale
// malienne").
var placeAdjRe = mkf(`\b(?:en|a|in|dans|at)\s+(?:la|le|l'|the|el)\s*(?:capital|capitale|ciudad|ville|city|metropole)\s+$`)

// strategicRe marks a "strategic dialogue": its sessions are meetings, not
// political consultations.
var strategicRe = mkf(`\b(?:strategic|strategique|estrategico)\b`)

// weRe is a first-person plural speaker: the reporting state speaks ("we
// continue to view the plan as serious", "nous soutenons", "apoyamos").
var weRe = mkf(`\b(?:we|our|nous|notre|nosotros|nuestro|nuestra|reiteramos|apoyamos|consideramos|soutenons|reaffirmons|reiterons)\b`)

// speakerSupporter returns the reporting state as the supporter of a
// position stated in the first person plural before the topic, when no
// other supporter was found.
func (x *engine) speakerSupporter(ts int, sp span, subjs []string) []string {
	if x.reporting == "" || contains(subjs, x.reporting) || x.weakReporting {
		return nil
	}
	if weRe.MatchString(x.f.low[sp.s:ts]) {
		return []string{x.reporting}
	}
	return nil
}

// coordPossRe: a topic coordinated after another one with a possessive
// ("… à la souveraineté du Maroc sur son Sahara et à son intégrité
// territoriale"): the possessive refers to the subject of the first topic.
var coordPossRe = mkf(`\b(?:et|and|y|ainsi que|as well as)\s+(?:a |au |a la |de |de la |to |for |of )?(?:son|sa|ses|its|his|her|su|sus|leur)\s+(?:[a-z]+\s+)?$`)

// afterListRe opens a list of earlier openings: "après les Émirats arabes
// unis, le Bahreïn et la Zambie", "after Comoros and Gambia", "tras Gabón".
var afterListRe = mkf(`\b(?:addition to (?:those|that) of|in addition to (?:those|that) of|joining (?:those|that) of|s'ajoute(?:ra|nt|ront)? a (?:ceux|celui|celles|celle) d[eu']?|vient s'ajouter a (?:ceux|celui|celles|celle) d[eu']?|rejoignant (?:ceux|celles|celui|celle) d[eu']?|se suma(?:ra|n|ran)? a (?:los|las|el|la) de|apres|after|tras|following|a la suite de|a la suite des|suivant|despues de|(?:ont|a|avait|avaient)\s+(?:ainsi\s+)?emboite le pas|(?:ont|a)\s+(?:ainsi\s+)?suivi (?:les pas|l'exemple) d[eu']?|followed (?:in )?the (?:foot)?steps of|followed the example of|(?:siguio|siguieron|sigue|siguen) (?:los pasos|el ejemplo) de)\s*`)

// followedStepsRe: a sentence that only tells whose steps the sender of the
// mission just reported followed ("Les Émirats ont ainsi emboîté le pas à
// l'Union des Comores, au Gabon…").
var followedStepsRe = mkf(`\b(?:emboite le pas|suivi les pas|suivi l'exemple|footsteps of|followed the example|los pasos de|el ejemplo de)\b`)

// listGlueRe is what may separate two states of a list.
var listGlueRe = mkf(`^\s*(?:,|;)?\s*(?:(?:et|and|y|e|ou|or|o|ainsi que|en plus|as well as|in addition to|en plus de|ademas de|ademas|ou encore|et,? enfin,?|and,? finally,?|y,? finalmente,?)\s+)?(?:(?:les|le|la|l'|the|el|los|las|du|de la|de l'|de los|de las|des|de|d'|of|of the|from|from the|celui d[eu]|celui de la|ceux d[eu]|that of|those of)\s*)?(?:(?:iles?|islands?|isla|islas|republiques?|republics?|republicas?|royaumes?|kingdoms?|reinos?|union|etat|state|estado)\s+(?:(?:islamique|islamic|islamica|federale|federal|populaire|democratique|democratic|democratica|arabe|arab|cooperative|socialiste|bolivarienne|bolivariana|unie|united|unida)\s+){0,2}(?:(?:des|de la|du|de|of the|of|del|de las|de los)\s*)?)?$`)

// stateListAfter returns the states listed from view offset s on, with
// only list glue (commas, conjunctions, articles) between them.
func (x *engine) stateListAfter(s int, sp span) []string {
	return x.stateListAfterGlue(s, sp, listGlueRe)
}

// dativeGlueRe is listGlueRe with the French dative articles of a list of
// indirect objects ("à l'Union des Comores, au Gabon et à la Zambie").
var dativeGlueRe = mkf(`^\s*(?:,|;)?\s*(?:(?:et|and|y|e)\s+)?(?:au|aux|a la|a l'|a|le|la|les|l')\s*(?:(?:iles?|republique|royaume|union des|etat de)\s+(?:(?:federale|democratique|islamique|arabe|unie|populaire)\s+)?(?:des|de la|du|de|d')?\s*)?$`)

// stateListAfterGlue is stateListAfter with another glue between items.
func (x *engine) stateListAfterGlue(s int, sp span, glue *fre) []string {
	var out []string
	cur := s
	for _, m := range x.mentsIn(s, sp.e) {
		if m.s < cur {
			continue
		}
		if n := len(out); n > 0 && m.kind == kState && m.key == out[n-1] && strings.TrimSpace(x.f.low[cur:m.s]) == "(" && m.e < sp.e && x.f.low[m.e] == ')' {
			cur = m.e + 1 // "la République Démocratique du Congo (RDC), Djibouti": the same state's acronym
			continue
		}
		if len(out) > 0 && m.kind != kState {
			if a := asideRe.FindStringIndex(x.f.low[cur:sp.e]); a != nil && m.e <= cur+a[1] {
				continue // a name inside a bracketed aside ("(pour le compte de l'Asie-Pacifique)")
			}
		}
		if m.kind == kOrg && len(out) > 1 && glue.MatchString(x.f.low[cur:m.s]) && m.e < sp.e && strings.HasPrefix(x.f.low[m.e:], ",") {
			cur = m.e // "México, Chile, la Unión Europea, Nueva Zelanda": an organisation among observers, passed over
			continue
		}
		if m.kind != kState || !glue.MatchString(x.f.low[cur:m.s]) && !(len(out) > 0 && x.unknownItems(cur, m.s)) && !(len(out) > 0 && x.asideGlue(cur, m.s, glue)) {
			break
		}
		if !contains(out, m.key) {
			out = append(out, m.key)
		}
		cur = m.e
	}
	return out
}

// asideRe opens a gap with a bracketed aside of no state ("le Vietnam (pour
// le compte de l'Asie-Pacifique), la Géorgie …").
var asideRe = mkf(`^\s*\([^()]{1,60}\)`)

// asideGlue reports whether view[a:b], between two states of a list, is a
// bracketed aside followed by list glue.
func (x *engine) asideGlue(a, b int, glue *fre) bool {
	m := asideRe.FindStringIndex(x.f.low[a:b])
	return m != nil && glue.MatchString(x.f.low[a+m[1]:b])
}

// unknownItems reports whether view[a:b], between two states of a list, is
// the glue of the list after at most two items the gazetteer does not know,
// each one or two capitalised words ("Brunei Darrusalam, Cambodia,
// Indonesia, Lao-PDR, Malaysia": a misspelt tail, an unknown form).
func (x *engine) unknownItems(a, b int) bool {
	up := x.f.up[a:b]
	last := strings.LastIndexByte(up, ',')
	if last < 0 || len(up) > 50 || strings.ContainsAny(up, ".;:()") || !listGlueRe.MatchString(x.f.low[a+last:b]) {
		return false
	}
	pieces := strings.Split(up[:last], ",")
	for i, pc := range pieces {
		ws := strings.Fields(pc)
		if len(ws) == 0 && i == 0 {
			continue // the gap opens with a comma: one unknown item
		}
		if len(ws) == 0 || len(ws) > 2 {
			return false
		}
		for _, w := range ws {
			if c := w[0]; !(c >= 'A' && c <= 'Z') || strings.ContainsAny(w, "0123456789") {
				return false
			}
		}
	}
	return len(pieces) <= 2
}

// enumeratedMissions is pass 4c': missions listed as earlier openings of the
// same kind in the same city ("le 11e pays à ouvrir un consulat à Laâyoune,
// après les Émirats arabes unis, le Bahreïn et la Zambie": consulates of
// those states in Laâyoune, status exists), and missions without a city or
// host that the text places in the city of the missions reported before.
func (x *engine) enumeratedMissions() {
	low := x.f.low
	x.reciprocalMissions()
	x.respectiveMissions()
	for _, sp := range x.sents {
		var main *mission
		for i := range x.missions {
			m := &x.missions[i]
			if m.ev == sp && m.city != "" {
				main = m
				break
			}
		}
		if main == nil && x.matchIn(followedStepsRe, sp.s, sp.e) {
			// "… un consulat général à Laâyoune. Les Émirats ont ainsi emboîté le pas à …": the mission
			// of one of the three sentences before (a sentence on the ceremony may come between)
			prev, ok := sp, true
			for k := 0; k < 3 && main == nil; k++ {
				if prev, ok = x.sentenceBefore(prev); !ok {
					break
				}
				for i := range x.missions {
					if m := &x.missions[i]; m.ev == prev && m.city != "" {
						main = m
						break
					}
				}
			}
		}
		if main == nil {
			continue
		}
		for _, am := range afterListRe.FindAllStringIndex(low[sp.s:sp.e], -1) {
			cs := sp.s + am[1]
			// "after the Consulate of Ivory Coast, … and the Consulate General of the Comoros"
			states := x.stateListAfter(cs, sp)
			if len(states) < 2 && x.matchIn(followedStepsRe, sp.s, sp.e) {
				states = x.stateListAfterGlue(cs, sp, dativeGlueRe) // "emboîté le pas à l'Union des Comores, au Gabon…"
			}
			if len(states) == 0 {
				for _, mm := range x.find(missionRe, cs, sp.e) {
					if l := x.stateListAfter(mm[1], sp); len(l) > 0 {
						states = append(states, l[0])
					}
				}
			}
			for _, st := range states {
				if st == main.sender || st == main.host {
					continue
				}
				found := false
				for i := range x.missions {
					m := &x.missions[i]
					if m.ev == sp && m.sender == st && m.kind == main.kind {
						m.host, m.city, m.status, m.conf = main.host, main.city, "exists", 0.6
						found = true
					}
				}
				if !found {
					x.missions = append(x.missions, mission{kind: main.kind, sender: st, host: main.host, city: main.city, status: "exists", ev: sp, conf: 0.6})
				}
			}
		}
	}
	// "a ouvert, vendredi à Dakhla, un consulat général": the city named before the trigger
	for i := range x.missions {
		m := &x.missions[i]
		if m.city != "" {
			continue
		}
		for _, c := range x.mentsIn(m.ev.s, m.ev.e) {
			if !(c.kind == kCity || c.capital) || !venueRe.MatchString(low[max(m.ev.s, c.s-12):c.s]) || c.key == m.sender {
				continue
			}
			if c.key == m.host || m.conf <= 0.6 {
				m.host, m.city = c.key, x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)]
				break
			}
		}
	}
	x.joinedMissions()
	// a mission with a default host and no city is in the city of the last mission reported before it
	var last *mission
	for i := range x.missions {
		m := &x.missions[i]
		if m.city != "" {
			last = m
			continue
		}
		if last != nil && m.conf <= 0.6 && last.sender != m.sender && last.host != m.sender && last.ev.s <= m.ev.s {
			m.host, m.city = last.host, last.city
		}
	}
}

// joinThoseRe: a mission joining those of other states ("el consulado de
// Malaui se une a los de los Emiratos, Jordania…", "rejoint ceux de", "va
// côtoyer ceux des Émirats").
var joinThoseRe = mkfi(`\b(?:se une a los de|se suma a los de|rejoint ceux de|rejoint ceux des|rejoint ceux du|s'ajoute a ceux de|s'ajoute a ceux des|joins those of|(?:va |vont |viendra )?cotoyer ceux (?:de|des|du)|cotoie ceux (?:de|des|du)|aux cotes de ceux (?:de|des|du)|alongside those of|junto a los de|junto a las de)\s+`)

// joinedMissions gives a mission that joins those of other states the city
// named before it ("En Laayún, el consulado de Malaui se une a los de …"),
// and records the missions of the states listed after as existing there.
func (x *engine) joinedMissions() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.mayMatch(joinThoseRe, sp.s, sp.e) {
			continue
		}
		jm := joinThoseRe.FindStringIndex(low[sp.s:sp.e])
		if jm == nil {
			continue
		}
		cue, after := sp.s+jm[0], sp.s+jm[1]
		var main *mission
		for i := range x.missions {
			if x.missions[i].ev == sp {
				main = &x.missions[i]
				break
			}
		}
		if main == nil {
			continue
		}
		city, host := "", ""
		for _, c := range x.mentsIn(sp.s, cue) {
			if (c.kind == kCity || c.capital) && venueRe.MatchString(low[max(sp.s, c.s-12):c.s]) {
				city, host = x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)], c.key
				break
			}
		}
		if city == "" {
			continue
		}
		main.host, main.city = host, city
		for _, st := range x.stateListAfter(after, sp) {
			if st == main.sender || st == host {
				continue
			}
			x.missions = append(x.missions, mission{kind: main.kind, sender: st, host: host, city: city, status: "exists", ev: sp, conf: 0.6})
		}
	}
}

// uniqueRole reports whether a state has one holder of role at a time: a
// second person cannot take it by default (ministers, ambassadors and
// officials are many).
func uniqueRole(role string) bool {
	switch role {
	case "head_of_state", "head_of_government", "foreign_minister":
		return true
	}
	return false // a government may have several deputy prime ministers
}

// orgPresident reports whether a title head makes its holder the head of
// the organisation the title names ("presidente del Banco
// Interamericano de Desarrollo", "President of the Commission").
func orgPresident(head string) bool {
	switch head {
	case "president", "presidente", "presidenta", "chairman", "chairperson", "chair", "ceo", "managing director":
		return true
	}
	return false
}

// withRe links a meeting trigger to its counterpart ("une réunion avec le
// secrétaire général", "a meeting with", "una reunión con").
var withRe = mkf(`^[^.;]{0,40}?\b(?:avec|with|con)\s`)

// withOrgOfficial reports whether the trigger t is followed by "avec/with/
// con" and an organisation's official: a meeting of the reporting side with
// the organisation, not a meeting of the organisation's own body.
func (x *engine) withOrgOfficial(t trig, sp span) bool {
	m := withRe.FindStringIndex(x.f.low[t.e:sp.e])
	if m == nil {
		if !receiveRe.MatchString(x.f.low[t.s:t.e]) {
			return false
		}
		m = []int{0, 0} // "a reçu l'envoyé spécial du SG de l'ONU": the object of the verb
	}
	for _, pm := range pmRange(x.pms, t.e+m[1], min(sp.e, t.e+m[1]+120)) {
		if pm.p == nil {
			continue
		}
		for _, o := range pm.p.offices {
			if o.org != "" && o.state == "" {
				return true
			}
		}
	}
	return false
}

// protagonistState returns the state of the first person of the document
// holding an office for a state (the communiqué's protagonist), else the
// reporting state unless it is only a wire agency's place.
func (x *engine) protagonistState() string {
	best, st := -1, ""
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.state != "" && !o.pending && o.org == "" && (best < 0 || o.pos < best) {
				best, st = o.pos, o.state
			}
		}
	}
	if st == "" && !x.weakReporting {
		st = x.reporting
	}
	return st
}

// usTitleRe: titles of the US State Department ("under secretary of state",
// "assistant secretary of state", "State Department spokesperson") name no
// state but belong to the United States.
var usTitleRe = mkf(`\b(?:(?:under|assistant|deputy) secretary of state|state department|department of state)\b`)

// capitalBeforeRe: "la capitale kazakhe", "the Kazakh capital", "la capital kazaja".
var capitalBeforeRe = mkf(`\b(?:capitale|capital)\s*$`)

// capitalAfter returns the capital or city named in apposition right after
// mention m when it lies in m's state ("la capital kazaja, Astana").
func (x *engine) capitalAfter(m ment, sp span) string {
	for _, mm := range x.mentsIn(m.e, min(sp.e, m.e+30)) {
		if mm.s >= m.e && (mm.capital || mm.kind == kCity) && strings.TrimSpace(x.f.low[m.e:mm.s]) == "," {
			if iso, ok := x.g.CityState(x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]); !ok || iso == m.key {
				return x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]
			}
		}
		break
	}
	return ""
}

// acronymParenRe is an acronym in parentheses after a name: " (CPS)".
var acronymParenRe = mkf(`^\s*\([^()]{1,12}\)`)

// genitiveParents records "le Conseil de paix et de sécurité (CPS) de
// l'Union africaine": an organisation introduced with its acronym and
// followed by a genitive naming the organisation the gazetteer knows as its
// parent.
func (x *engine) genitiveParents(sp span) {
	low := x.f.low
	ms := x.mentsIn(sp.s, sp.e)
	for i := 0; i+1 < len(ms); i++ {
		a := ms[i]
		if a.kind != kOrg {
			continue
		}
		oi, ok := x.g.Org(a.key)
		if !ok || oi.Parent == "" {
			continue
		}
		// the body is introduced with its acronym in parentheses: a formal
		// designation, not a bare "Security Council of the UN"
		j := i + 1
		gap := low[a.e:ms[j].s]
		if ms[j].kind == kOrg && ms[j].key == a.key && j+1 < len(ms) && acronymParenRe.MatchString(low[a.e:min(sp.e, ms[j].e+1)]) {
			gap = strings.TrimLeft(low[ms[j].e:ms[j+1].s], ") ") // "(CDH) de l'ONU"
			j++
		} else if m := acronymParenRe.FindStringIndex(gap); m != nil {
			gap = gap[m[1]:]
		} else {
			continue
		}
		b := ms[j]
		if b.kind == kOrg && b.key == oi.Parent && genitiveRe.MatchString(gap) {
			x.parents = append(x.parents, orgRel{org: a.key, parent: b.key, ev: sp, conf: 0.75})
		}
	}
}

// companionRe ends a clause "A et B sont, avec C et D, membres …": the
// states before it are coordinated subjects too.
var companionRe = mkf(`(?:\b(?:son|sont|are|were|fueron|etaient|furent|est|es|is|was|fue|etait)\s*)?,?\s*(?:junto con|junto a|avec|along with|together with|aux cotes de|ainsi que|as well as)\s+(?:(?:le|la|les|l'|el|los|las|the)\s+)?$`)

// withCompanions extends the states of a membership found as the list
// ending before view offset s with the coordinated list before "avec /
// junto con / along with".
func (x *engine) withCompanions(states []string, sp span, s int) []string {
	if len(states) == 0 {
		return states
	}
	// the first mention of the list before s
	ms := x.mentsIn(sp.s, s)
	first := -1
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].kind == kState && contains(states, ms[i].key) {
			first = i
		} else if first >= 0 && ms[i].kind == kState {
			break
		}
	}
	if first <= 0 {
		return states
	}
	m := companionRe.FindStringIndex(x.f.low[sp.s:ms[first].s])
	if m == nil {
		return states
	}
	for i := first - 1; i >= 0; i-- {
		if ms[i].kind != kState {
			continue
		}
		if strings.Trim(x.f.low[ms[i].e:sp.s+m[0]], " ,") != "" {
			break
		}
		out := x.coordBefore(ms[i], sp, kState)
		for _, st := range states {
			if !contains(out, st) {
				out = append(out, st)
			}
		}
		return out
	}
	return states
}

// foundedWithRe: "founded in 2009 with Brazil, Russia, India and China",
// "fondée avec …", "fundado con …"; foundingMembersRe: "the five founding
// members", "les pays fondateurs": founding members. Two patterns, each
// opening with its own words, which the prefilter finds, where one
// alternation with optional words before the second ran over every
// sentence with a word of founding.
var (
	foundedWithRe     = mkf(`\b(?:founded|fondee?s?|fundad[oa]s?|created|creee?s?|cread[oa]s?|established|etablie?s?)\b(?:\s+(?:in|en)\s+\d{4})?\s+(?:with|avec|con)\s+`)
	foundingMembersRe = mkf(`\b(?:founding (?:members|nations|states|countries|member states)|(?:membres|pays|etats) fondateurs|(?:miembros|paises|estados) fundadores),?\s+`)
)

// foundedVerbRe is a verb of founding; foundedByRe, in the words after it,
// its agents: "by the presidents of", "par", "por".
var (
	foundedVerbRe = mkf(`\b(?:founded|fondee?s?|fundad[oa]s?|created|creee?s?|cread[oa]s?)\b`)
	foundedByRe   = mkf(`\s(?:by|par|por)(?:\s+(?:the|les|los))?(?:\s+(?:presidents|leaders|heads of state|presidentes|chefs d'etat|dirigeants|lideres|jefes de estado)\s+(?:of|de|des|du|del))?\s+`)
)

// foundedKeys are the strings a sentence needs for foundedMembers to look
// at it.
var foundedKeys = newKeySet("found", "fond", "fund", "creat", "cree", "crea", "establ", "etabli")

// foundedMembers is pass 4b': the founding members listed after "founded
// with" are members of the organisation of the sentence.
func (x *engine) foundedMembers() {
	for _, sp := range x.sents {
		if !x.contains(foundedKeys, sp.s, sp.e) {
			continue
		}
		ms := append(foundedWithRe.FindAllStringIndex(x.f.low[sp.s:sp.e], -1), foundingMembersRe.FindAllStringIndex(x.f.low[sp.s:sp.e], -1)...)
		slices.SortFunc(ms, func(a, b []int) int { return a[0] - b[0] })
		for _, v := range foundedVerbRe.FindAllStringIndex(x.f.low[sp.s:sp.e], -1) {
			// "founded at a summit in Shanghai in 2001 by the presidents of A, B…"
			w := x.f.low[sp.s+v[1] : min(sp.e, sp.s+v[1]+70)]
			if b := foundedByRe.FindStringIndex(w); b != nil {
				ms = append(ms, []int{v[0], v[1] + b[1]})
			}
		}
		for _, m := range ms {
			states := x.stateListAfter(sp.s+m[1], sp)
			if len(states) < 2 {
				continue
			}
			org := x.firstOrgIn(sp.s, sp.e)
			if org == "" {
				org = x.mainOrg(sp.s + m[0])
			}
			if org == "" {
				continue
			}
		next:
			for _, st := range states {
				for _, old := range x.members {
					if old.state == st && old.org == org && old.ev == sp {
						continue next
					}
				}
				x.members = append(x.members, membership{state: st, org: org, status: "member", ev: sp, conf: 0.7})
			}
		}
	}
}

// seatAtRe: a candidacy for a seat on a body is a candidacy to membership
// ("candidatura a un asiento en el Consejo de Seguridad").
var seatAtRe = mkf(`\b(?:seat|asiento|siege)\s+(?:(?:non[- ]permanent|no permanente|de membre non permanent|de membre permanent|permanent|permanente|de miembro permanente|de miembro no permanente)\s+)?(?:on|in|at|en|au|a|dans|du|de|del|of)\b`)

// ownSide is the state whose side the communiqué tells: the reporting
// state when it is known (and not only a wire agency's place), else the
// protagonist's state.
func (x *engine) ownSide() string {
	if x.reporting != "" && !x.weakReporting {
		return x.reporting
	}
	return x.protagonistState()
}

// pluralCounterpartsRe: a plural title naming several counterparts by their
// states ("avec les chefs de la diplomatie du Yémen, du Niger et du Mali",
// "with the foreign ministers of Peru and Chile", "con los cancilleres de
// Chile y Perú").
var pluralCounterpartsRe = mk(`\b(?:presidents|presidentes|chefs d'etat|heads of state|jefes de estado|premiers ministres|prime ministers|primeros ministros|chefs de gouvernement|heads of government|jefes de gobierno|mandatarios|heads of diplomacy|chefs de (?:la )?diplomatie|ministres des affaires etrangeres|homologues|ministres|foreign ministers|counterparts|ministers of foreign affairs|cancilleres|ministros de (?:asuntos )?exteriores|ministros de relaciones exteriores|homologos|(?:sus )?pares|jefes de (?:la )?diplomacia)\s+(?:(?:respectifs\s+)?(?:du|de la|de l'|des|de|d'|of the|of|from the|from|del|de los)\s*)`)

// pluralDemonymCounterpartsRe: plural counterparts named by demonyms ("ses
// homologues algérien et syrien", "sus homólogos de Chile y Perú" is the
// genitive form of pluralCounterpartsRe).
var pluralDemonymCounterpartsRe = mk(`\b(?:homologues|counterparts|homologos|homologas|pares)\s+`)

// articleOnlyRe: nothing but an article (a subject opening its sentence).
var articleOnlyRe = mkf(`^\s*(?:the|les|los|las|le|la)?\s*$`)

// listEvents is pass 3b: a meeting or call with plural counterparts named
// by a list of states is one event per listed state with the communiqué's
// own side.
func (x *engine) listEvents() {
	low := x.f.low
	defer x.nextSessions()
	for _, sp := range x.sents {
		ms := append(x.find(pluralCounterpartsRe, sp.s, sp.e), x.find(pluralDemonymCounterpartsRe, sp.s, sp.e)...)
		for _, m := range ms {
			ms, me := m[0], m[1]
			if articleOnlyRe.MatchString(low[sp.s:ms]) {
				continue // "The foreign ministers of Japan, Korea and the United States met": one meeting of all
			}
			// the first state of the list is right after the genitive
			first := x.mentsIn(me, min(sp.e, me+30))
			if len(first) == 0 || first[0].kind != kState || strings.TrimSpace(low[me:first[0].s]) != "" && !listGlueRe.MatchString(low[me:first[0].s]) {
				continue
			}
			list := x.stateListAfter(me, sp)
			if len(list) < 2 {
				continue
			}
			kind := ""
			for _, et := range eventTriggers {
				if et.kind != "meeting" && et.kind != "phone_call" {
					continue
				}
				if x.match(et.re, sp.s, sp.e) {
					kind = et.kind
					if kind == "phone_call" {
						break
					}
				}
			}
			if kind == "" {
				continue
			}
			own := ""
			for _, pm := range pmRange(x.pms, sp.s, ms) {
				if pm.p != nil {
					if st := pm.p.states(); len(st) == 1 && !contains(list, st[0]) {
						own = st[0]
					}
				}
			}
			if own == "" {
				own = x.ownSide()
			}
			if own == "" || contains(list, own) {
				continue
			}
			status := "held"
			if x.match(plannedRe, sp.s, sp.e) {
				status = "planned"
			}
			// drop the events of this sentence that merged the listed states
			var keep []*event
			for _, ev := range x.events {
				if ev.ev == sp && (ev.kind == kind || ev.kind == "meeting") && overlaps(ev.states, list) {
					continue
				}
				keep = append(keep, ev)
			}
			x.events = keep
			date := x.dateIn(sp)
			for _, st := range list {
				states := sortedPair(st, own)
				told := false
				for _, ev := range x.events {
					told = told || ev.kind == kind && ev.status == status && equalWords(ev.states, states)
				}
				if told {
					continue // "Les entretiens de M. X avec son homologue autrichien, Y": the meeting listed, told again with its persons
				}
				x.events = append(x.events, &event{kind: kind, status: status, states: states, ev: sp, conf: 0.65, date: date})
			}
		}
	}
}

// territoryStanceRe: "the Moroccan Sahara" as the object of a stance noun
// or verb ("firm support … to the Moroccan Sahara", "apoyo a la
// soberanía del Sáhara marroquí").
var territoryStanceRe = mkf(`\b(?:soutien\w*|support\w*|apoy\w*|appui\w*|respald\w*|backing)\b[^.;]{0,90}$`)

// territorySubject handles sovereignty over a territory qualified by a
// demonym. For a topic that is the territory itself ("Sahara marocain"),
// it returns the demonym's state when a stance noun governs it, else ""
// with ok (the mention is not a position). For "souveraineté du Sahara
// marocain", it returns the demonym's state after the territory.
func (x *engine) territorySubject(ts, te int, sp span) (string, bool) {
	low := x.f.low
	w := low[ts:te]
	if strings.HasPrefix(w, "sahara") || strings.HasPrefix(w, "moroccan sahara") {
		st := x.demonymIn(x.doc.Text[x.f.text(ts):x.f.textEnd(te)])
		if st == "" || !territoryStanceRe.MatchString(low[sp.s:ts]) {
			return "", true
		}
		return st, true
	}
	// "el reclamo argentino por la soberanía de las Islas Malvinas", "Argentina's
	// claim to sovereignty over": the claimant's sovereignty
	if m := claimBeforeRe.FindStringIndex(low[max(sp.s, ts-50):ts]); m != nil {
		a := max(sp.s, ts-50)
		for _, mm := range x.mentsIn(a+m[0], ts) {
			if mm.kind == kState {
				return mm.key, true
			}
		}
	}
	// "souveraineté du Sáhara marroquí / sur le Sahara marocain"
	ms := x.mentsIn(te, min(sp.e, te+40))
	if len(ms) >= 1 && ms[0].kind == kTerritory && overTerritoryRe.MatchString(low[te:ms[0].s]) {
		if st := x.demonymIn(ms[0].text); st != "" {
			return st, true
		}
		if len(ms) >= 2 && ms[1].kind == kState && ms[1].demonym && strings.TrimSpace(low[ms[0].e:ms[1].s]) == "" {
			return ms[1].key, true
		}
	}
	return "", false
}

// claimBeforeRe ends a claim and its claimant before a sovereignty topic
// ("reclamo argentino por la", "revendication marocaine de", "Argentina's claim to").
var claimBeforeRe = mkf(`(?:\b(?:reclamo|reclamos|reivindicacion|reivindicaciones|revendication|revendications|claim|claims)\s+[\w-]+|\b[\w-]+'s\s+(?:legitimate\s+|historic\s+)?claims?)\s+(?:por|sobre|de|sur|a|to|over|for|of)\s+(?:la\s+|el\s+|the\s+|sa\s+|su\s+)?$`)

var overTerritoryRe = mkf(`^\s*(?:du|de la|de l'|del|de|of the|of|over the|over|sur le|sur son|sur|sobre el|sobre)?\s*$`)

// demonymIn returns the state of a demonym word inside a territory name
// ("Sahara marocain", "Moroccan Sahara", "Sáhara marroquí").
func (x *engine) demonymIn(name string) string {
	for _, w := range strings.Fields(name) {
		for _, m := range x.g.Find(w) {
			if m.Kind == gazetteer.Demonym || m.Kind == gazetteer.State {
				return m.Key
			}
		}
	}
	return ""
}

// bareMinisterTitle reports whether the folded title t is a minister head
// with only articles and a state or demonym ("le ministre français",
// "Moroccan Minister"): a generic reference, not a second office.
func (x *engine) bareMinisterTitle(t string) bool {
	rest := []string{}
	for _, w := range strings.Fields(t) {
		switch w {
		case "le", "la", "l", "the", "el", "ministre", "minister", "ministro", "ministra":
			continue
		}
		rest = append(rest, w)
	}
	if len(rest) == 0 || len(rest) > 2 {
		return false
	}
	for _, m := range x.g.Find(strings.Join(rest, " ")) {
		if m.Kind == gazetteer.Demonym || m.Kind == gazetteer.State {
			return m.Start == 0 && m.End == len(strings.Join(rest, " "))
		}
	}
	return false
}

// moreTitleWords are portfolio words of ministry titles in the three
// languages, added to the words a title may hold between its head and the
// name ("ministre … du commerce extérieur et des institutions culturelles",
// "Moroccans living abroad").
var moreTitleWords = `living vivant viviendo expatries expatriates culturelles culturels culturel cultural culturales europeennes europeens europeen europeo europeos europeas
	institutions institutional instituciones commerce exterieur externe external externo sciences science ciencia recherche research investigacion scientifique scientific cientifica
	technologie technologies technology tecnologia innovation innovacion enseignement superieur higher superior universidades universities
	formation professionnelle vocational training artisanat handicraft economie sociale solidaire famille family familia femme femmes women mujer mujeres enfance childhood infancia
	logement housing vivienda habitat urbanisme urban urbana eau water agua mines mining mineria hydrocarbures hydrocarbons petrole petroleum oil budget presupuesto
	fonction publique public publica reforme reform reforma administration administracion modernisation modernization modernizacion telecommunications telecomunicaciones postes
	securite security seguridad collectivites territoriales territorial decentralisation decentralization descentralizacion solidarity solidaridad
	droits rights derechos humains human humanos homme cultes worship religious religieuses igualdad equality egalite inclusion migrations migraciones migration
	hacienda consumo consumption transformation transformacion politique politica policy sociales social sociaux economiques economic economicos economicas
	multilaterales multilateral bilaterales bilateral francophones francophone internationales espanol espanoles mundo world monde caribe caribbean caraibes
	globales global mondiales intercultural interculturel civil civile
	chambre chamber representants representatives representantes conseillers consejeros councillors
	deputes deputies diputados senat senate senado assemblee assembly asamblea congres congress congreso`

func init() {
	for w := range setOf(moreTitleWords) {
		betweenWords[w] = true
	}
}

// pluralTitleBeforeNames distributes a plural title with a list of states
// ("los ministros de Exteriores de Malabo y de Minsk") over the names that
// follow it, in order.
func (x *engine) pluralTitleBeforeNames(si int, sp span, names []candidate) {
	low := x.f.low
	var h []int
	for _, m := range x.find(pluralHeadRe, sp.s, names[0].s) {
		h = []int{m[0], m[1]}
	}
	if h == nil {
		return
	}
	var first *ment
	for _, m := range x.mentsIn(h[1], names[0].s) {
		if m.kind == kState && !m.demonym {
			v := m
			first = &v
			break
		}
	}
	if first == nil || !x.betweenOK(h[1], first.s) {
		return
	}
	states := x.stateListAfter(first.s, sp)
	if len(states) != len(names) {
		return
	}
	head := singularHead(low[h[0]:h[1]])
	role := classify(head, head+" "+low[h[1]:first.s])
	if role == "counterpart" || role == "secretary_of_state" {
		return
	}
	t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(first.s)])
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "de"))
	for k, c := range names {
		if x.inName(c.s) {
			continue
		}
		p := x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
		p.offices = append(p.offices, &office{role: role, title: t, state: states[k], ev: sp, sent: si, conf: 0.75, head: head, pos: c.s})
	}
}

// splitCoordName splits a candidate holding two names joined by "y"
// ("Simeón Oyono Esono y Sergei Aleinik": "y" is also a particle of Spanish
// names) when both sides have at least two words.
func (x *engine) splitCoordName(c candidate) []candidate {
	low := x.f.low
	txt := low[c.s:c.e]
	for _, sep := range []string{" y ", " e ", " et ", " and "} {
		i := strings.Index(txt, sep)
		if i < 0 {
			continue
		}
		a, b := txt[:i], txt[i+len(sep):]
		if len(strings.Fields(a)) >= 2 && len(strings.Fields(b)) >= 2 {
			return []candidate{
				{s: c.s, e: c.s + i, words: len(strings.Fields(a)), prev: c.prev},
				{s: c.s + i + len(sep), e: c.e, words: len(strings.Fields(b)), prev: strings.TrimSpace(sep)},
			}
		}
	}
	return []candidate{c}
}

// stateOrgGlueRe joins a state and an organisation as the two parties
// ("le Maroc et l'ICESCO", "between Morocco and the OIC").
var stateOrgGlueRe = mkf(`^\s*(?:et|and|y|e)\s+(?:l'|la |le |les |the |el |los |las )?$`)

// stateOrgPair returns the state of a sentence whose two parties are a
// state and an organisation coordinated together: the event lists that
// state only.
func (x *engine) stateOrgPair(sp span) string {
	ms := x.mentsIn(sp.s, sp.e)
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if !stateOrgGlueRe.MatchString(x.f.low[a.e:b.s]) {
			continue
		}
		switch {
		case a.kind == kState && !a.demonym && !a.capital && b.kind == kOrg:
			return a.key
		case a.kind == kOrg && b.kind == kState && !b.demonym && !b.capital:
			return b.key
		}
	}
	return ""
}

// isVenueParen: "à Banjul (Gambie)": the state in parentheses after a venue city.
var venueParenRe = mkf(`(?:\b(?:en|in|a|au|aux|at|dans|desde)\s+(?:la |le |l'|el |the )?)\S[^()]{0,30}\(\s*$`)

// issueRe: "à l'issue de leur entretien", "at the end of their talks",
// "tras su reunión": the only report of an event may be such a phrase.
var issueRe = mkf(`(?:\b(?:a l'issue de|au terme de|apres|at the end of|after|following|tras|al termino de|despues de)\s+(?:(?:leur|leurs|their|su|sus|sa|son|his|her|the|la|le|el)\s+|l')?(?:\w+\s+){0,2}|\b(?:dans le cadre de|en el marco de|as part of|within the framework of|lors de|au cours de|durante|during)\s+(?:la |le |l'|the |su |sa |son |leur |their |his |her )?(?:\w+\s+)?)$`)

// firstMention reports whether an anaphoric trigger is nevertheless the
// first report of its event: no event was reported before it and it is a
// possessive "à l'issue de leur entretien".
func (x *engine) firstMention(t trig) bool {
	return issueRe.MatchString(x.f.low[max(0, t.s-40):t.s])
}

// moreNounTriggers are trigger nouns that can be taken up anaphorically
// ("durante esta entrevista").
var moreNounTriggers = `entrevista entrevistas charla conversaciones llamadas reuniones encuentros consultas dialogo dialogue dialogues talk discussion discussions entretien`

func init() {
	for w := range setOf(moreNounTriggers) {
		nounTriggers[w] = true
	}
}

// respectFrameRe: a topic named as the frame of another position ("une
// solution … dans le respect de l'intégrité territoriale du Royaume",
// "with respect for the sovereignty of") is not itself a stance.
var respectFrameRe = mkfi(`\b(?:dans le (?:cadre du )?respect d[eu]|dans le respect des|respect (?:de|du|des|of|for)|respectueuse? d[eu]|respetando|en el (?:marco del )?respeto (?:a|de|del)|respeto (?:a|de|del)|conforme a|conformement a|en el marco de|within the framework of|in line with|consistent with)\s+(?:l'|la |le |les |the |el |la |su |sa |son |ses |its )?(?:\w+\s+){0,1}$`)

// coordTopicRe: a second topic coordinated with the first ("… du Royaume et
// de sa souveraineté nationale").
var coordTopicRe = mkf(`^[^.;,]{0,40}\b(?:et|and|y|e)\s+(?:de |a |of |to |del |al )?(?:la |l'|le |sa |son |ses |su |sus |its |the |el )?$`)

// surnameCapital reports whether a capital's name is the surname of a person
// ("José Lima", "Ana Paris"): it follows a capitalised first name that is
// no title, stop word, place noun or gazetteer name.
func (x *engine) surnameCapital(m ment) bool {
	up, low := x.f.up, x.f.low
	if strings.ContainsAny(low[m.s:m.e], " -") || m.s < 2 || up[m.s-1] != ' ' {
		return false
	}
	j := m.s - 1
	for j > 0 && isWordByte(low[j-1]) {
		j--
	}
	if j == m.s-1 {
		return false
	}
	w := low[j : m.s-1]
	r := []rune(x.f.up[j : m.s-1])
	if len(r) < 3 || !(r[0] >= 'A' && r[0] <= 'Z' || r[0] > 0x7f && strings.ToUpper(string(r[0])) == string(r[0]) && strings.ToLower(string(r[0])) != string(r[0])) {
		return false
	}
	if nameStop[w] || x.isHead(w) || titleWordNotName(w) || placeNouns[w] || honorifics[w] || x.mentAt(j) != nil {
		return false
	}
	return true
}

// addresseeRe between two title heads marks the second as the addressee of
// something the first sends ("un message du Président tchadien au Roi X",
// "a letter from the President to King X"): the first title is not the
// named person's.
var addresseeRe = mkf(`\b(?:au|aux|a la|a l'|to|to the|al|a|addressed to|adresse a|adressee a|dirigida a|dirigido a)\s+(?:(?:sa majeste|sm|s\.m\.|his majesty|su majestad|son excellence|h\.e\.|hm|h\.m\.)\s+)?(?:le |la |l'|the |el )?$`)

// numberedCountriesRe: "les trois pays", "the two countries", "estos países".
var numberedCountriesRe = mkf(`\b(?:les|ces|the|these|those|los|estos|esos|both|ambos)\s+(?:(deux|trois|quatre|cinq|two|three|four|five|dos|tres|cuatro|cinco)\s+)?(?:pays|countries|paises|etats|states|estados)\b`)

var numberWords = map[string]int{"deux": 2, "two": 2, "dos": 2, "trois": 3, "three": 3, "tres": 3, "quatre": 4, "four": 4, "cuatro": 4, "cinq": 5, "five": 5, "cinco": 5}

// numberedCountries resolves "les trois pays" before view offset s to the
// coordinated list of states of the sentence before (with that many states
// when a number is given).
func (x *engine) numberedCountries(sp span, s int) []string {
	m := numberedCountriesRe.FindStringSubmatchIndex(x.f.low[sp.s:s])
	if m == nil {
		return nil
	}
	n := 0
	if m[2] >= 0 {
		n = numberWords[x.f.low[sp.s+m[2]:sp.s+m[3]]]
	}
	si := x.sentenceOf(sp.s)
	if si <= 0 {
		return nil
	}
	// the sentence before; with a number, up to three sentences back for a
	// list of that many ("Le Burkina Faso, le Mali ainsi que le Niger … Ces trois pays")
	reach := 1
	if n > 0 {
		reach = 3
	}
	for k := si - 1; k >= max(0, si-reach); k-- {
		prev := x.sents[k]
		var best []string
		for _, mm := range x.mentsIn(prev.s, prev.e) {
			if mm.kind != kState || mm.demonym {
				continue
			}
			l := x.coordList(mm, prev, kState)
			if len(l) > len(best) {
				best = l
			}
		}
		if len(best) >= 2 && (n == 0 || len(best) == n) {
			return best
		}
	}
	if n == 2 || strings.HasPrefix(x.f.low[sp.s+m[0]:], "both") || strings.HasPrefix(x.f.low[sp.s+m[0]:], "ambos") {
		// "les deux pays membres de la Ceeac" after a meeting of their
		// leaders: the two states of the last bilateral event told before
		for i := len(x.events) - 1; i >= 0; i-- {
			if ev := x.events[i]; ev.ev.s < sp.s && len(ev.states) == 2 {
				return slices.Clone(ev.states)
			}
		}
	}
	return nil
}

// possessiveRe: a possessive right before a title head ("son président",
// "its Secretary-General", "su presidente").
var possessiveHeadRe = mkf(`\b(?:son|sa|its|su)\s+$`)

// possessiveOrg returns the organisation a possessive title refers to: the
// last organisation named before it in the sentence, with no state named
// in between ("la Commission de l'Union africaine conduite par son
// président").
func (x *engine) possessiveOrg(pt part) string {
	low := x.f.low
	if !possessiveHeadRe.MatchString(low[max(0, pt.hs-6):pt.hs]) {
		return ""
	}
	si := x.sentenceOf(pt.hs)
	if si < 0 {
		return ""
	}
	org := ""
	for _, m := range x.mentsIn(max(x.sents[si].s, pt.hs-120), pt.hs) {
		switch m.kind {
		case kOrg:
			org = m.key
		case kState:
			if !m.capital {
				org = ""
			}
		}
	}
	return org
}

// attributedToRe: "The following is attributable to Spokesperson X:".
var attributedToRe = mkfi(`\battributable to\s+(?:the\s+)?(?:deputy\s+)?(?:spokesperson|spokesman|spokeswoman)?\s*$`)

// attributedTo reports whether a person mention is the author of a
// statement ("attributable to Spokesperson X"), not an event participant.
func (x *engine) attributedTo(off int) bool {
	return x.matchIn(attributedToRe, max(0, off-45), off)
}

// usSpokesperson reports whether a spokesperson's title at view offset pos
// is the State Department's ("The following is attributable to
// Spokesperson X").
func (x *engine) usSpokesperson(head string, pos int) bool {
	switch head {
	case "spokesperson", "spokesman", "spokeswoman":
		return x.attributedTo(pos)
	}
	return false
}

// nameAfterConj reports whether the conjunction w ending at view offset j is
// followed by a person's name (two name-shaped capitalised words): a title
// does not continue over "et <Name>".
func (x *engine) nameAfterConj(w string, j, limit int) bool {
	if w != "et" && w != "and" && w != "y" {
		return false
	}
	var buf [16]tok // on the stack: the words are not kept
	toks := x.appendTokens(buf[:0], j, min(limit, j+60))
	if len(toks) > 2 && (toks[0].low == "de" || toks[0].low == "of" || toks[0].low == "du") {
		toks = toks[1:] // "…ante el Gobierno paraguayo, y de Javier García de Viedma, nuevo embajador": the next person
	}
	for len(toks) > 2 && (honorifics[toks[0].low] || clericalHonorifics[toks[0].low]) {
		toks = toks[1:] // "…, and Archbishop X": an honorific before the next person's name
	}
	if len(toks) < 2 {
		return false
	}
	if !x.nameOK(toks[0]) || isInitial(toks[0]) || x.f.up[toks[0].e:toks[1].s] != " " {
		return false
	}
	if x.nameOK(toks[1]) {
		return true
	}
	// "Saad El Othmani": a particle then a name word
	return len(toks) > 2 && nameParticles[toks[1].low] && x.nameOK(toks[2]) && x.f.up[toks[1].e:toks[2].s] == " "
}

// clericalHonorifics open a churchman's or a sheikh's name.
var clericalHonorifics = setOf(`archbishop cardinal bishop monseigneur mgr monsenor arzobispo archeveque eveque obispo sheikh cheikh shaikh`)

// provisionRe: what an agreement provides for is not an event held
// ("le mémorandum prévoit de réguler les rencontres", "provides for
// regular meetings").
var provisionRe = mkf(`\b(?:prevoit|prevoient|prevoyant|provides for|provide for|providing for|preve|preven|stipule|stipulates)\b`)

// establishRe: a mechanism being set up ("la mise en place d'un mécanisme
// de consultations politiques"): the sessions are planned.
var establishRe = mkfi(`\b(?:mise en place|instauration|creation|institutionnalisation|establishment|establishing|setting up|establecimiento|creacion|institucionalizacion)\s+(?:d'un |d'une |de |du |des |of a |of |de un |del )?(?:(?:mecanisme|mechanism|mecanismo|cadre|framework|marco)\s+(?:de |of |d')?)?$`)

// recallKeys and provisionKeys are the strings provision needs before a
// trigger to try recallRe and provisionRe.
var (
	recallKeys    = newKeySet("rappel", "recall", "record")
	provisionKeys = newKeySet("prevo", "provid", "preve", "stipul")
)

// provision classifies a trigger found inside what a text provides for:
// skip (a generic meeting) or planned (consultations, visits).
func (x *engine) provision(t trig, sp span) (skip, planned bool) {
	low := x.f.low
	if x.contains(recallKeys, sp.s, t.s) && recallRe.MatchString(low[sp.s:t.s]) || x.matchIn(sinceRe, max(sp.s, t.s-45), t.s) {
		return true, false // background: "après avoir rappelé que cette visite …", "depuis la visite historique du Roi"
	}
	if x.matchIn(establishRe, max(sp.s, t.s-60), t.s) || x.matchIn(preparationRe, max(sp.s, t.s-40), t.s) {
		return false, true
	}
	if x.matchIn(afterPastRe, max(sp.s, t.s-20), t.s) {
		return false, false // "tras reunirse con": held
	}
	if x.contains(provisionKeys, sp.s, t.s) && provisionRe.MatchString(low[sp.s:t.s]) {
		return t.kind == "meeting", true
	}
	return false, false
}

// otherPersonRe between two title heads: "le Souverain et le président X",
// "the King and the President X": the first title is another person's.
var otherPersonRe = mkf(`^\s*(?:,\s*)?(?:et|and|y)\s+(?:le|la|l'|the|el|son|sa|su|his|her)\s*(?:[a-z-]+\s+)?$`)

// recallRe and sinceRe mark events reported as background: recalled, or
// the starting point of a period.
var (
	recallRe = mkf(`\b(?:apres avoir rappele|rappelant que|a rappele que|rappele que|recalled that|recalling that|recordo que|recordando que|tras recordar que)\b`)
	sinceRe  = mkfi(`\b(?:depuis|since|desde)\s+(?:(?:la |le |l'|les |the |el |los |las |sa |son |su |his |her |their |leur )(?:\w+\s+)?)?$`)
)

// mandateRe: a state named as the mandate of an envoy ("pour la Libye",
// "for Iran", "para Venezuela"), not the state the office belongs to.
var mandateRe = mkf(`\b(?:pour|for|para|charge de|in charge of|sur|on)\s+(?:la |le |l'|les |the |el )?$`)

// receiveRe: a receiving verb whose object is the counterpart.
var receiveRe = mkf(`^(?:a recu|ont recu|recu|recoit|received|receives|recibio|recibe|recibieron|ha recibido)`)

// afterPastRe: "tras reunirse", "après s'être entretenu", "after meeting":
// the event took place.
var afterPastRe = mkfi(`\b(?:tras|despues de|apres|after|a l'issue de|al termino de)\s*(?:s'etre\s+|having\s+)?$`)

// nextSessionRe: "la prochaine session", "the next round", "la próxima
// reunión": a planned repetition of the series reported before.
var nextSessionRe = mkf(`\b(?:prochaine|next|proxima)\s+(?:session|round|ronda|sesion|reunion|edition|edicion)\b`)

// nextKeys are the strings a sentence needs for nextSessions to look at it.
var nextKeys = newKeySet("prochaine", "next", "proxima")

// nextSessions is pass 3c: "Les deux parties sont convenues de tenir la
// prochaine session à Madrid" after consultations or a meeting reported
// earlier: a planned event of the same kind between the same states.
func (x *engine) nextSessions() {
	for _, sp := range x.sents {
		if !x.contains(nextKeys, sp.s, sp.e) || !nextSessionRe.MatchString(x.f.low[sp.s:sp.e]) {
			continue
		}
		var last *event
		has := false
		for _, ev := range x.events {
			if ev.ev == sp {
				has = true
			}
			if ev.ev.s < sp.s && (ev.kind == "consultations" || ev.kind == "meeting") && len(ev.states) >= 1 {
				last = ev
			}
		}
		if has || last == nil {
			continue
		}
		for _, ev := range x.events {
			if ev.kind == last.kind && ev.status == "planned" && equalWords(ev.states, last.states) {
				has = true
			}
		}
		if has {
			continue
		}
		x.events = append(x.events, &event{kind: last.kind, status: "planned", states: last.states, ev: sp, conf: 0.6, date: x.dateIn(sp)})
	}
}

// containsAny is a cheap literal prefilter before a costly pattern.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// preparationRe: an event being prepared is planned ("la préparation de la
// visite d'État", "preparations for the summit", "los preparativos de").
var preparationRe = mkfi(`\b(?:preparation|preparatifs|preparations|preparing|preparacion|preparativos)\s+(?:de |du |des |d'|for |of |del )(?:la |le |l'|the |su |sa |son |leur |their )?(?:prochaine?s? |next |proxima |proximo )?$`)

// genitiveHeadRe between two title heads whose second is directly followed
// by the name: "a special envoy of King X", "l'émissaire du Roi X": the
// first title is the envoy's, the name is the King's.
var genitiveHeadRe = mkf(`^\s*(?:of|of the|du|de la|de l'|de|d'|del|de su|de sa|de son)\s*(?:majeste |majesty |majestad |sa majeste le |his majesty |su majestad el |s\.m\. |sm )?$`)

// sovereignHead: heads naming one person by their own title ("King X",
// "President X"), after which a genitive chain ends.
func sovereignHead(h string) bool {
	switch h {
	case "president", "presidente", "presidenta":
		return true
	}
	return isKingHead(h)
}

// reopenRe: a mission reopened or to be reopened.
var reopenRe = mkf(`\b(?:reopening|reopen(?:ed|s)?|re-open\w*|reouverture|rouvrir|rouvert\w*|rouvrira\w*|reapertura|reabrir\w*|reabri\w*)\b`)

// respectiveMissionRe names missions each of two states opens in the other
// with no city: "open their respective embassies", "abrir misiones
// diplomáticas permanentes en las respectivas capitales", "ouvrir des
// ambassades dans leurs capitales respectives", "in each other's capitals".
var respectiveMissionRe = mkf(`\b(?:(?:respective|respectives|respectivas|respectivos|reciprocal|reciproques|reciprocas)\s+(?:embassies|ambassades|embajadas|consulates|consulats|consulados|diplomatic missions)|(?:embassies|ambassades|embajadas|consulates|consulats|consulados|missions diplomatiques(?: permanentes)?|misiones diplomaticas(?: permanentes)?|diplomatic missions)\s+(?:respectives|respectivas|respectivos|respectively)|(?:embassies|ambassades|embajadas|missions diplomatiques(?: permanentes)?|misiones diplomaticas(?: permanentes)?|(?:permanent )?diplomatic missions)(?:\s+(?:of|de|des|du|del)\s+[^.;,]{3,40}?)?\s+(?:in|en|dans)\s+(?:their|each other's|leurs|sus|las|les)\s+(?:respective\s+|respectives\s+|respectivas\s+)?(?:capitals|capitales)(?:\s+(?:respectives|respectivas|respectively))?)\b`)

// placeAfterRe opens a place right after a mission word.
var placeAfterRe = mkf(`^\s*(?:generaux\s+|generales\s+|general\s+)?(?:respectifs\s+)?(?:a|au|aux|en|in|dans)\s`)

// respectiveMissions records the missions two states open in each other
// without naming a city ("Israel and Morocco are moving ahead with plans to
// open their respective embassies"): the pair is the coordinated states of
// the sentence, or the two countries told before ("entre los dos países").
func (x *engine) respectiveMissions() {
	low := x.f.low
	for _, sp := range x.sents {
		m := x.indexIn(respectiveMissionRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		s, e := sp.s+m[0], sp.s+m[1]
		if placeAfterRe.MatchString(low[e:min(sp.e, e+12)]) {
			continue // "leurs consulats généraux respectifs à Laâyoune": placed, told by other passes
		}
		pair := x.statePairBefore(sp, e) // "las embajadas de Estados Unidos y Cuba en sus capitales": the pair inside
		if pair == nil {
			if l := x.numberedCountries(sp, s); len(l) == 2 {
				pair = l
			}
		}
		if pair == nil {
			continue
		}
		kind := "embassy"
		if strings.Contains(low[s:e], "consul") {
			kind = "consulate"
		}
		status := x.missionStatus(s, e, sp)
		// missions of the pair placed elsewhere in the same sentence by other
		// passes (a host read from a third state named later) give way
		kept := x.missions[:0]
		for _, m := range x.missions {
			if m.ev == sp && m.city == "" && contains(pair, m.sender) && !contains(pair, m.host) {
				continue
			}
			kept = append(kept, m)
		}
		x.missions = kept
		for i, sender := range pair {
			host := pair[1-i]
			if !x.missionRecorded(kind, sender, host) {
				// conf above 0.6: the host is told (the other of the pair), not a default a later city may replace
				x.missions = append(x.missions, mission{kind: kind, sender: sender, host: host, status: status, ev: sp, conf: 0.65})
			}
		}
	}
}

// statePairBefore returns the first two coordinated states named in sentence
// sp before view offset s ("Cuba y Estados Unidos abrirán …"), or nil.
func (x *engine) statePairBefore(sp span, s int) []string {
	for _, mm := range x.mentsIn(sp.s, s) {
		if mm.kind == kState && !mm.capital && !mm.demonym {
			if l := x.coordList(mm, sp, kState); len(l) == 2 {
				return l
			}
		}
	}
	return nil
}

// missionRecorded reports whether a mission of kind from sender to host is
// already recorded.
func (x *engine) missionRecorded(kind, sender, host string) bool {
	for _, m := range x.missions {
		if m.kind == kind && m.sender == sender && m.host == host {
			return true
		}
	}
	return false
}

// reciprocalRe: "leurs ambassades à Caracas et Bogotá", "sus embajadas en
// Asunción y Jerusalén", "their embassies in A and B".
var reciprocalRe = mkf(`\b(?:leurs|their|sus)\s+(?:ambassades|embassies|embajadas|consulats(?: generaux)?|consulates(?: general)?|consulados(?: generales)?)\s+(?:respectives\s+|respective\s+|respectivas\s+)?(?:a|en|in|dans)\s+`)

// reciprocalKeys are the strings a sentence needs for reciprocalMissions to
// look at it.
var reciprocalKeys = newKeySet("leurs", "their", "sus")

// listAndRe opens a second item of a list ("… y Jerusalén"), compiled once.
var listAndRe = mkf(`^\s*(?:y|et|and|e)\s+`)

// reciprocalMissions distributes "A et B … leurs ambassades à CityA' et
// CityB'" crosswise: each state has a mission in the other's city.
func (x *engine) reciprocalMissions() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.contains(reciprocalKeys, sp.s, sp.e) {
			continue
		}
		for _, m := range reciprocalRe.FindAllStringIndex(low[sp.s:sp.e], -1) {
			s, e := sp.s+m[0], sp.s+m[1]
			// the two cities after the trigger
			var cities []ment
			cur := e
			for _, mm := range x.mentsIn(e, min(sp.e, e+60)) {
				if !(mm.capital || mm.kind == kCity) || !listGlueRe.MatchString(low[cur:mm.s]) {
					break
				}
				cities = append(cities, mm)
				cur = mm.e
			}
			extra := "" // a second city the gazetteer does not know ("Jerusalén")
			if len(cities) == 1 {
				if g := listAndRe.FindStringIndex(low[cur:sp.e]); g != nil {
					var buf [16]tok // on the stack: the words are not kept
					toks := x.appendTokens(buf[:0], cur+g[1], min(sp.e, cur+g[1]+40))
					if len(toks) > 0 && toks[0].s == cur+g[1] && isCap(toks[0]) && x.mentAt(toks[0].s) == nil && !nameStop[toks[0].low] {
						extra = x.doc.Text[x.f.text(toks[0].s):x.f.textEnd(toks[0].e)]
					}
				}
			}
			if len(cities) != 2 && !(len(cities) == 1 && extra != "") {
				continue
			}
			pair := x.statePairBefore(sp, s)
			if pair == nil {
				pair = x.numberedCountries(sp, s) // "ambos países reabrirán sus embajadas en La Habana y Washington"
			}
			if len(pair) != 2 {
				continue
			}
			w := low[s:e]
			kind := "embassy"
			if strings.Contains(w, "consul") {
				kind = "consulate"
			}
			status := "exists"
			switch {
			case x.match(announcedRe, sp.s, e) || x.match(plannedRe, sp.s, e):
				status = "announced"
			case x.match(openedRe, sp.s, e) || reopenRe.MatchString(low[sp.s:e]):
				status = "opened"
			}
			for _, c := range cities {
				host := c.key
				if !contains(pair, host) {
					continue
				}
				sender := pair[0]
				if sender == host {
					sender = pair[1]
				}
				city := x.doc.Text[x.f.text(c.s):x.f.textEnd(c.e)]
				x.missions = append(x.missions, mission{kind: kind, sender: sender, host: host, city: city, status: status, ev: sp, conf: 0.65})
				if extra != "" {
					// the other city is in the other state
					x.missions = append(x.missions, mission{kind: kind, sender: host, host: sender, city: extra, status: status, ev: sp, conf: 0.55})
				}
			}
		}
	}
}

// firstVisit reports whether an anaphoric visit trigger ("during the visit
// of President X to Rabat", "lors de cette visite") is the first report of
// a visit: the document reported no visit before it.
func (x *engine) firstVisit(t trig) bool {
	if t.kind != "visit" {
		return false
	}
	for _, ev := range x.events {
		if ev.kind == "visit" {
			return false
		}
	}
	return true
}

// unknownInstitutionRe: a title naming its own institution ("directeur
// général de l'Agence marocaine de coopération internationale"): when the
// gazetteer does not know it, the head is not the head of another
// organisation named nearby.
var unknownInstitutionRe = mkf(`\b(?:agence|agency|agencia|office|oficina|institut|institute|instituto|fonds|fund|fondo|banque|bank|banco|centre|center|centro|fondation|foundation|fundacion|autorite|authority|autoridad|direction|direccion|departement|department|departamento)\b`)

// othersSupportRe: support named as the international community's, not the
// speaker's ("the importance of international support for Ukraine as it
// defends its sovereignty", "le soutien international à …").
var othersSupportRe = mkfi(`\b(?:international|internationale|internacional|global|mondial|mundial)\s+(?:support|soutien|apoyo|backing|appui|respaldo)\b[^.;]{0,80}$`)

// visitQualifierRe: a qualifier right after a weak visit trigger makes it a
// trip ("la visite de travail", "una visita oficial", "the official visit").
var visitQualifierRe = mkf(`^\s*(?:de travail|officielle|d'etat|d'amitie|de travail et d'amitie|oficial|de trabajo|de estado|de amistad|official|working|state)\b`)

// localAdminRe matches the titles of a state's own territorial administration:
// walis, governors, prefects, mayors, presidents of regions. Such an official
// belongs to the state where the place lies, whoever the visitors are.
var localAdminRe = mkf(`\b(?:ruler|wali|walis|gouverneure?|governor|gobernador[a]?|prefete?|prefect|prefecto|maire|mayor|alcalde(?:sa)?|intendente|president(?:e)? (?:de la region|du conseil regional|du conseil communal|of the region|de la comuna)|presidente (?:del gobierno regional|regional))\b`)

// notLocalAdminRe excludes governors of banks and funds, and governors-general.
var notLocalAdminRe = mkf(`\b(?:banque|bank|banco|fund|fonds|fondo|reserve|general|generale)\b`)

// localAdminState returns the state of the place a local administrator runs:
// a city named in the title, else a city or capital named as a place in the
// sentence, else the first such place of the document; "" when o is no local
// administrator or no place is named.
func (x *engine) localAdminState(o *office) string {
	t := foldString(o.title)
	if !localAdminRe.MatchString(t) || notLocalAdminRe.MatchString(t) || o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	place := func(s, e int, venue bool) string {
		for _, m := range x.mentsIn(s, e) {
			if m.kind == kCity || m.capital {
				if !venue || venueRe.MatchString(x.f.low[max(0, m.s-12):m.s]) {
					return m.key
				}
			}
		}
		return ""
	}
	// a place named in the title itself, before or after the name
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if (m.kind == kCity || m.capital) && strings.Contains(t, x.f.low[m.s:m.e]) {
			return m.key
		}
	}
	if st := place(sp.s, sp.e, true); st != "" {
		return st
	}
	return place(0, len(x.f.low), true)
}

// missionAmbassadors gives an ambassador named without a state ("la
// embajadora Xiomara Pérez") the sender of the document's missions when
// they all have one sender: the text is about that state's mission.
func (x *engine) missionAmbassadors() {
	sender := ""
	for _, m := range x.missions {
		if sender != "" && sender != m.sender {
			return
		}
		sender = m.sender
	}
	if sender == "" {
		return
	}
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role == "ambassador" && o.state == "" && o.org == "" && o.host != sender {
				o.state, o.pending, o.conf = sender, false, 0.55
			}
		}
	}
}

// inviteVisitRe is an invitation to visit a place named right after it:
// "invited President Y to visit ", "a invité X à effectuer une visite au ",
// "invitó a X a visitar ".
var inviteVisitRe = mkf(`\b(?:invited|invites|inviting|extended an invitation to|a invite|ont invite|invite|a renouvele (?:son |l')invitation a|invito|invitaron|reitero (?:la|su) invitacion a|extendio una invitacion a)\b([^.;]{0,80}?)\b(?:to (?:pay an? (?:\w+ )?visit to|visit|travel to|come to)|a (?:effectuer|faire) une (?:\w+ )?visite (?:au|en|aux|a)|a se rendre (?:au|en|aux|a)|a visiter|a visitar|a realizar una (?:\w+ )?visita a|para que [^.;]{0,40}visite)\s+(?:the |le |la |l'|el )?$`)

// inviterHost returns the state an official invites someone to visit when the
// official's name comes before the invitation: the host's own.
func (x *engine) inviterHost(o *office) string {
	if o.sent < 0 || o.sent >= len(x.sents) {
		return ""
	}
	sp := x.sents[o.sent]
	for _, m := range x.mentsIn(o.pos, sp.e) {
		if m.kind != kState && !m.capital {
			continue
		}
		if m.demonym {
			continue
		}
		if loc := inviteVisitRe.FindStringIndex(x.f.low[o.pos:m.s]); loc != nil {
			return m.key
		}
	}
	return ""
}

// copulaInRe: a copula or a verb of status in the words between a list of
// names and their plural title ("A, B et C ont été tous porteurs de leurs
// lettres de créance confirmant ainsi leur statut d'ambassadeurs").
var copulaInRe = mkf(`\b(?:ont ete|sont|seront|etaient|are|were|will be|son|fueron|seran|statut|status|calidad|qualite)\b`)

// respNameGlueRe joins the names listed after "respectivement": commas,
// et/and/y and honorifics ("leurs Excellences MM. A et B").
var respNameGlueRe = mkf(`^[\s,]*(?:(?:et|and|y|e)\s+)?(?:(?:leurs|leur|their|sus|su)\s+)?(?:(?:excellences?|excellencies|excellency|excelencias?)\s+)?(?:(?:mm|messieurs|mm\.|mme|mmes|m|mr|mrs|ms|sres|sr|sra|h\.e\.|s\.e\.m?)\.?\s+)?$`)

// respectivelyNamesAfter handles "les ambassadeurs de France et des
// États-Unis, respectivement MM. A et B": a plural title over a list of
// states, then the names in the same order. It reports whether it did.
func (x *engine) respectivelyNamesAfter(si int, sp span, r [2]int) bool {
	low := x.f.low
	var names []candidate
	cur := r[1]
	for _, c := range x.cands[si] {
		if c.s < cur {
			continue
		}
		if !respNameGlueRe.MatchString(low[cur:c.s]) || x.inName(c.s) {
			break
		}
		names = append(names, c)
		cur = c.e
	}
	if len(names) < 2 {
		return false
	}
	hs := x.find(pluralHeadRe, sp.s, r[0])
	if len(hs) == 0 {
		return false
	}
	h := hs[len(hs)-1]
	var first *ment
	for _, m := range x.mentsIn(h[1], r[0]) {
		if m.kind == kState && !m.demonym {
			first = &m
			break
		}
	}
	if first == nil || !x.betweenOK(h[1], first.s) {
		return false
	}
	states := x.coordList(*first, sp, kState)
	if len(states) != len(names) {
		return false
	}
	head := singularHead(low[h[0]:h[1]])
	role := classify(head, head+" "+low[h[1]:first.s])
	if role == "counterpart" {
		return false
	}
	t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
	for k, c := range names {
		p := x.addPerson(c.s, c.e)
		x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
		x.addNameSpan(span{c.s, c.e})
		p.offices = append(p.offices, &office{role: role, title: t, state: states[k], ev: sp, sent: si, conf: 0.75, head: head, pos: c.s})
	}
	return true
}

// representationRe: missions named as "diplomatic representations".
var representationRe = mk(`\b(?:representations? diplomatiques?|diplomatic representations?|representaciones? diplomaticas?)\b`)

// establishVerbRe: the states of the sentence opened their representation.
var establishVerbRe = mkf(`\b(?:etablir|etabli|etablie|ouvert|ouvrir|inaugure\w*|opened|established|abri\w*|establecid\w*|establecer)\b`)

// representationLists is pass 4c”: the states listed with "diplomatic
// representations" in a city ("Dakhla is home to several diplomatic
// representations including those of Gambia, Guinea…", "La Gambie, la
// Guinée ont choisi Dakhla pour établir leurs représentations
// diplomatiques") have a mission there, of the kind the text reports.
func (x *engine) representationLists() {
	if len(x.missions) == 0 {
		return
	}
	kind := x.missions[0].kind
	for _, sp := range x.sents {
		if len(x.find(representationRe, sp.s, sp.e)) == 0 {
			continue
		}
		var city *ment
		for _, m := range x.mentsIn(sp.s, sp.e) {
			if m.kind == kCity || m.capital {
				c := m
				city = &c
				break
			}
		}
		if city == nil {
			continue
		}
		status := "exists"
		if establishVerbRe.MatchString(x.f.low[sp.s:sp.e]) {
			status = "opened"
		}
		cityText := x.doc.Text[x.f.text(city.s):x.f.textEnd(city.e)]
		for _, m := range x.mentsIn(sp.s, sp.e) {
			if m.kind != kState || m.demonym || m.key == city.key || x.inName(m.s) || agentBeforeRe.MatchString(x.f.low[max(sp.s, m.s-30):m.s]) {
				continue // (not "le polisario, soutenu par l'Algérie": an agent)
			}
			dup := false
			for _, o := range x.missions {
				dup = dup || o.sender == m.key && o.kind == kind && (o.city == "" && o.host == city.key || o.city != "" && foldString(o.city) == foldString(cityText))
			}
			if !dup {
				x.missions = append(x.missions, mission{kind: kind, sender: m.key, host: city.key, city: cityText, status: status, ev: sp, conf: 0.55})
			}
		}
	}
}

// agentBeforeRe ends the backer of a passive or the party a fact is for or
// against: "soutenu par l'", "backed by", "un revers pour l'".
var agentBeforeRe = mkf(`\b(?:(?:soutenue?s?|appuyee?s?|armee?s?|financee?s?|backed|supported|armed|funded|apoyad[oa]s?|respaldad[oa]s?|armad[oa]s?)\s+(?:par|by|por)|pour|for|para|contre|against|contra)\s+(?:(?:l'|le|la|les|the|el|los|las)\s*)?$`)

// demonymItemGlueRe joins the items of a plural title distributed by
// demonyms: ", y el", "et", ", and the" before the next demonym.
var demonymItemGlueRe = mkf(`^\s*,?\s*(?:y|et|and|e)\s+(?:(?:el|la|le|l'|the)\s*)?$`)

// pluralDemonymTitles is pass 2d”': a plural title distributed by demonyms
// over the names after each ("los cancilleres dominicano, Miguel Vargas, y el
// salvadoreño, Hugo Martínez", "les ministres chilien, X, et péruvien, Y"):
// each name holds the singular title for its demonym's state.
func (x *engine) pluralDemonymTitles() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, h := range x.find(pluralHeadRe, sp.s, sp.e) {
			type item struct {
				c     candidate
				state string
			}
			var items []item
			at := h[1]
			for {
				ms := x.mentsIn(at, min(sp.e, at+40))
				if len(ms) == 0 || !ms[0].demonym || ms[0].kind != kState {
					break
				}
				gap := low[at:ms[0].s]
				if len(items) == 0 && strings.TrimSpace(gap) != "" || len(items) > 0 && !demonymItemGlueRe.MatchString(gap) {
					break
				}
				var name *candidate
				for _, c := range x.cands[si] {
					if c.s > ms[0].e && commaOnlyRe.MatchString(low[ms[0].e:c.s]) {
						name = &c
						break
					}
				}
				if name == nil {
					break
				}
				items = append(items, item{*name, ms[0].key})
				at = name.e
				for at < sp.e && low[at] == ' ' {
					at++
				}
				if at < sp.e && low[at] == ',' {
					at++
				}
			}
			if len(items) < 2 {
				continue
			}
			head := singularHead(low[h[0]:h[1]])
			role := classify(head, head)
			if role == "counterpart" || role == "secretary_of_state" {
				continue
			}
			t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(h[1])])
			for _, it := range items {
				c := it.c
				if x.inName(c.s) {
					continue
				}
				p := x.addPerson(c.s, c.e)
				x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
				x.addNameSpan(span{c.s, c.e})
				p.offices = append(p.offices, &office{role: role, title: t, state: it.state, ev: sp, sent: si, conf: 0.75, head: head, pos: c.s})
			}
		}
	}
}

// arabicParticleAfterRe opens the rest of an Arabic name right after a word
// ("Riyad al-Maliki", "Riyad Al Maliki").
var arabicParticleAfterRe = mkf(`^ (?:al|el)[- ][a-z]`)

// particleNameAfter reports whether an Arabic name particle and a name follow
// view offset e ("Riyad al-Maliki", "Amman El Sayed"): joined by a hyphen, or
// by a space before a capitalised word; "Madrid el lunes" is a date.
func (x *engine) particleNameAfter(e int) bool {
	low := x.f.low[e:min(len(x.f.low), e+12)]
	if !arabicParticleAfterRe.MatchString(low) {
		return false
	}
	if low[3] == '-' {
		return true
	}
	c := x.f.up[e+4]
	return c >= 'A' && c <= 'Z' || c >= 0x80
}

// theirPluralRe ends a plural possessive before a plural title ("sus ministros",
// "their respective foreign ministers", "leurs ministres").
var theirPluralRe = mkf(`\b(?:sus|their|leurs)\s+(?:respectiv\w+\s+)?$`)

// statesBeforePluralTitles distributes a plural title after coordinated states
// over the coordinated names after it, in order: "the Armenian and Czech
// foreign ministers, Eduard Nalbandian and Karel Schwarzenberg" gives
// Nalbandian Armenia's office, Schwarzenberg the Czech Republic's. It
// overrides the office an earlier pass gave the names from that sentence.
// After a plural possessive ("sus ministros de Exteriores, X y Y") the
// states are those the sentence opens with.
func (x *engine) statesBeforePluralTitles() {
	low := x.f.low
	for si, sp := range x.sents {
		if si >= len(x.cands) || len(x.cands[si]) < 2 {
			continue
		}
		for _, h := range x.find(pluralHeadRe, sp.s, sp.e) {
			var last *ment
			for _, m := range x.mentsIn(max(sp.s, h[0]-40), h[0]) {
				if m.kind == kState && strings.TrimSpace(low[m.e:h[0]]) == "" {
					v := m
					last = &v
				}
			}
			var states []string
			if last != nil {
				states = x.coordBefore(*last, sp, kState)
			} else if theirPluralRe.MatchString(low[max(sp.s, h[0]-30):h[0]]) {
				// "Paraguay y Taiwán declararon … una reunión entre sus ministros
				// de Exteriores, X y Y": the states the sentence opens with
				for _, m := range x.mentsIn(sp.s, h[0]) {
					if m.kind == kState && !m.demonym {
						states = x.stateListAfter(m.s, sp)
						break
					}
				}
			}
			if len(states) < 2 {
				continue
			}
			var names []candidate
			te := x.extendTitle(h[1], sp.e) // "ministros de Exteriores"
			end := te
			for _, c := range x.cands[si] {
				if c.s < end {
					continue
				}
				gap := strings.TrimSpace(low[end:c.s])
				if len(names) == 0 && gap != "," || len(names) > 0 && !coordinatorGap(gap, false) || c.words < 2 {
					break
				}
				names = append(names, c)
				end = c.e
				if len(names) == len(states) {
					break
				}
			}
			if len(names) != len(states) || coordinatorGap(strings.TrimSpace(low[end:min(sp.e, end+6)]), false) && !strings.HasPrefix(strings.TrimSpace(low[end:sp.e]), ",") {
				continue
			}
			head := singularHead(low[h[0]:h[1]])
			role := classify(head, head+low[h[1]:te])
			if role == "" || role == "counterpart" || role == "secretary_of_state" || role == "secretary" {
				continue
			}
			t := strings.TrimSpace(x.doc.Text[x.f.text(h[0]):x.f.textEnd(te)])
			for k, c := range names {
				var p *person
				for _, pm := range pmRange(x.pms, c.s, c.e) {
					if pm.p != nil && pm.s == c.s {
						p = pm.p
					}
				}
				if p == nil {
					if x.inName(c.s) {
						continue
					}
					p = x.addPerson(c.s, c.e)
					x.pms = append(x.pms, pmention{s: c.s, e: c.e, p: p})
					x.addNameSpan(span{c.s, c.e})
				}
				found := false
				for _, o := range p.offices {
					if o.sent == si && o.org == "" {
						o.role, o.state, o.title, o.pending, o.counterpart, o.conf = role, states[k], t, false, false, 0.8
						found = true
					}
				}
				if !found {
					p.offices = append(p.offices, &office{role: role, title: t, state: states[k], ev: sp, sent: si, conf: 0.8, head: head, pos: c.s})
				}
			}
		}
	}
}
