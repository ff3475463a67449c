package extract

import "strings"

// This file holds the general rule for memberships told as a list of states
// ("formado por Brasil, Rusia, India…", "comprenait initialement la Chine,
// le Kazakhstan…", "acompañará a Estados Unidos, México… en la categoría de
// observadores"). The passes before it each know one construction; this one
// knows none: it takes any list of two states or more and reads the status
// from the words around it, and the organisation from the sentence or, when
// the sentence names none, from the sentences just before. It runs last and
// adds only what they did not find.

// memberCueRes are the words that make a list of states a list of members,
// by status, most specific first. They are looked for between the
// organisation (or the clause start) and the list, and just after the list.
var memberCueRes = []struct {
	status string
	re     *fre
}{
	{"observer", mkf(`\b(?:observ(?:er|ers|ateur|ateurs|atrice|ador|adores|adora)|observer states?|estados observadores)\b`)},
	{"applied", mkf(`\b(?:candidat(?:e|es|s|ure|ures)?|candidatos|candidatas|se disputan|se disputa|se enfrentan por|compiten|vying for|vie for|competing for|compete for|se disputent|s'affrontent pour|candidac(?:y|ies)|candidatura|candidaturas|solicitado|solicitaron|solicitud|solicitudes de (?:ingreso|adhesion|membresia|incorporacion)|(?:presentaron|presento|han presentado|ha presentado|presentado) (?:sus |su |una |la |las )?solicitud(?:es)?|(?:submitted|filed|lodged) (?:their |its |an |a )?applications?|(?:ont depose|a depose|deposee?s?) (?:leur |sa |une )?(?:demande|candidature)s?|applied|applications?|applicants?|demande d'adhesion|demandes d'adhesion|ont demande|have applied|asked to join|souhaitent rejoindre|souhaiteraient rejoindre|aspirantes?|en lice|in the running|running for|en carrera|compiten por|se postulan|postulan|aspiran a)\b`)},
	{"left", mkf(`\b(?:retrait(?: \w+){0,2}|withdrawal(?: \w+){0,2} of|retiro(?: \w+){0,2}|salida(?: \w+){0,2}|sortants?|sortantes?|outgoing|salientes?|ayant quitte|ont quitte|quittent|qui quittent|having left|that left|which left|have left|withdrew|have withdrawn|se sont retires|se retirent|se retiraron|abandonaron|salieron de)\b`)},
	{"joined", mkf(`\b(?:joined|join|joining|rejoint|rejoignent|rejoindre|se joindre|admis|admitted|admitir|admite|admitio|sumara|sumaran|sumo|sumaron|se suma|se suman|se sumo|se sumaron|se unieron|se une|uniendose|sumandose|incorporandose|adhiriendose|adhere|adhered|ont adhere|a adhere|nouveaux membres|new members|nuevos miembros|nouvelles recrues|ingresaron|ingreso de|ingresar|ingresar a|en ingresar|entree comme|entree en tant que|entrada como|entry as|incorpora|incorporo|incorporacion de|incorporados|incorporadas|fueron admitidos|fueron admitidas|were admitted|ont ete admis|elargissement a|expansion to|ampliacion a|s'est (?:\w+ )?elargie?|has (?:\w+ )?expanded|expanded to (?:include|embrace|welcome)|se (?:\w+ )?amplio|inclusion of|l'inclusion d[eu']|la inclusion de|se adhirieron|se adhirio|adhirieron|se han adherido|l'adhesion d[eu']|la adhesion de)\b`)},
	{"member", mkf(`\b(?:members?|membres?|miembros?|integrantes|nouveaux elus|newly elected|(?:leur|their|su|sus) (?:re-?)?(?:election|eleccion|elections|elecciones) (?:au|a la|a l'|aux|to the|to|al|a la|en el|en la|como|comme|as)|nuevos electos|recien electos|socios plenos|member states|etats membres|estados miembros|pays membres|paises miembros|integrad[oa]s? (?:\w+ ){0,3}?por|compuest[oa]s? (?:\w+ ){0,3}?por|conformad[oa]s? (?:\w+ ){0,3}?por|formad[oa]s? (?:\w+ ){0,3}?por|formee?s? (?:\w+ )?(?:de|par)|composee?s? (?:\w+ )?(?:de|du|des|par)|compos(?:ed|e) of|comprend|comprenait|comprennent|comprises?|comprised|comprising|consists? of|consisted of|consisting of|includes|included|including|incluye|incluia|comprende|regroupe|regroupait|rassemble|reunit|reune|agrupa|aglutina|englobe|engloba|made up of|brings together|unites|unit|comprenant|englobant|regroupant|rassemblant|incluyendo|agrupando|permanentes|permanents|permanent members|fundadores|fundadoras|fondateurs|fondatrices|founding (?:states|countries|nations|fathers)|founders|etats partenaires|partner states|estados socios|integra a|integran|integraron|integraban|conforman|conformaron|conformaban|componen|componian|forman parte|forma parte|font partie|fait partie|are part of|is part of|occupera (?:le|un) siege|occuperont (?:les|des) sieges|occupy (?:the|a) seat|will occupy|ocupara (?:el|un) (?:asiento|puesto)|ocuparan (?:los|sus) (?:asientos|puestos)|(?:sieges?|seats?|asientos?|puestos?)\b[^.;]{0,60}\b(?:reviennent|reviendra|revient|reviendront|go to|goes to|went to|will go to|corresponden|correspondera|corresponderan) (?:au|aux|a la|a|al|to)|acheveront leur (?:actuel )?mandat|achevent leur (?:actuel )?mandat|will complete their terms?|complete their terms?|(?:concluyen|terminan|culminan|concluiran|terminaran|culminaran) sus? mandatos?|(?:dejan|dejaban|dejaran|dejaron) vacantes|(?:de|del) mandato son|permanecieron en|permanecen en|siguen en|remained in|remain in|stayed in|sont restes? (?:au|dans|a)|restent (?:au|dans|a)|(?:en el que|en la que|del que|de la que|in which|auquel|a laquelle|auxquels|dont)\s+(?:\w+\s+)?(?:participan|participent|take part))\b`)},
}

// memberListStopRe is what, right before a list, makes it anything but a
// list of members: the states a meeting was between or with, those that
// attended or signed, those a person belongs to.
var memberListStopRe = mkf(`\b(?:entre|between|avec|with|con|from|visited|visite|visito|in|en|dans|to|au|aux|vers|hacia|contre|against|contra|replacing|replace|remplacant|remplace|en remplacement d[eu']|reemplazando a|reemplaza a|sustituyendo a|sustituye a|en reemplazo de)\s*(?:la |le |les |l'|el |los |las |the )?$`)

// otherGroupRe names a group of states that are no members: partners,
// guests, candidates.
var otherGroupRe = mkf(`\b(?:dialogue partners?|partners?|partenaires?(?: de dialogue)?|socios?(?: de dialogo)?|guests?|invites?|invitados?|invited (?:states|countries))\b`)

// listOpenerRe is all that stands before a list of states opening a
// sentence that names those the sentence before counted ("Il s'agit de",
// "They are", "Se trata de").
var listOpenerRe = mkf(`^\W*(?:il s'agit (?:de|du|des|d')|il s'agit|ce sont|these are|they are|those are|they were|these were|se trata de|son|fueron|estos son|a savoir)\s*(?:la |le |les |l'|the |el |los |las )?$`)

// membersOfBeforeRe ends "the members of" before an organisation ("les
// nouveaux membres non permanents du", "the elected members of the").
var membersOfBeforeRe = mkf(`\b(?:members?|membres?|miembros?)\b[^.;,]{0,30}\b(?:of|du|de|des|del|de la|de l')\s*(?:the\s+|la\s+|le\s+|l')?$`)

// dativeOpenRe ends the French preposition opening a list of indirect
// objects ("à l'", "à la", "au", "aux").
var dativeOpenRe = mkf(`(?:^|\s)(?:a|au|aux|a la|a l')\s*$`)

// seatsGoToRe ends the seats of a body going to the states listed next
// ("les trois sièges … reviennent au Ghana, au Kenya…").
var seatsGoToRe = mkf(`\b(?:sieges?|seats?|asientos?|puestos?)\b[^.;]{0,60}\b(?:reviennent|reviendra|revient|reviendront|go to|goes to|went to|will go to|corresponden|correspondera|corresponderan)\s+(?:au|aux|a la|a l'|a|al|to|to the)\s*$`)

// memberTailRe ends a sentence counting a body's members, whose list
// follows as the next sentence ("Elle compte aujourd'hui 15 Etats membres.
// Bénin, Burkina Faso…").
var memberTailRe = mkf(`\b(?:membres|members|miembros|etats membres|member states|estados miembros|pays membres|paises miembros)\s*[.:]?\s*$`)

// seatWordRe names a seat or a term on a body ("achèveront leur mandat"):
// a cue that needs no member noun to fall back on the body told before.
var seatWordRe = mkf(`\b(?:mandat|mandato|terms?|sieges?|seats?|asientos?)\b`)

// memberNounRe: the nouns that name members.
var memberNounRe = mkf(`\b(?:members?|membres?|miembros?|integrantes|socios)\b`)

// listBackingRe: a list of states backing something ("se sumaron a Brasil…
// en su respaldo a", "respaldaron la candidatura"): supporters, not members.
var listBackingRe = mkf(`\b(?:respald\w*|apoy\w*|soutien\w*|soutenu\w*|soutiennent|appui\w*|support\w*|endors\w*|backing|backed)\b`)

// cuedMemberLists is the general membership pass described at the top of
// the file.
func (x *engine) cuedMemberLists() {
	lastOrg, lastOrgSent := "", -10
	for si, sp := range x.sents {
		ms := x.mentsIn(sp.s, sp.e)
		states := 0
		for _, m := range ms {
			if m.kind == kState && !m.demonym && !m.capital {
				states++
			}
		}
		if states >= 2 {
			x.cuedListsIn(si, sp, ms, lastOrg, lastOrgSent)
		}
		first := ""
		for _, m := range ms {
			if m.kind != kOrg || passiveAgentBeforeRe.MatchString(x.f.low[max(sp.s, m.s-12):m.s]) {
				continue // "reconnue par l'Union africaine": an agent, not the topic
			}
			// the first organisation of the last sentence naming one: the one it
			// is about ("The Security Council is the only U.N. body … It has five
			// permanent members - A, B…"), unless a later one has the members
			// ("L'Assemblée générale élira les membres non permanents du Conseil de
			// sécurité")
			if first == "" {
				first = m.key
			} else if membersOfBeforeRe.MatchString(x.f.low[max(sp.s, m.s-45):m.s]) {
				first = m.key
				break
			}
		}
		if first == "UNGA" && lastOrg != "" {
			lastOrgSent = si // "se renovaban en la Asamblea General los sitios…": still the body told before
		} else if first != "" {
			lastOrg, lastOrgSent = first, si
		}
	}
}

// cuedListsIn finds the lists of states of one sentence and records the
// memberships their cues tell.
func (x *engine) cuedListsIn(si int, sp span, ms []ment, lastOrg string, lastOrgSent int) {
	low := x.f.low
	for i := 0; i < len(ms); {
		m := ms[i]
		if m.kind != kState || m.demonym || m.capital {
			i++
			continue
		}
		// the list: states joined by list glue
		keys := []string{m.key}
		start, end := m.s, m.e
		// a list of indirect objects in French ("reviennent à l'Algérie, à la Sierra Leone…")
		dative := x.lang == "fr" && dativeOpenRe.MatchString(low[max(sp.s, start-6):start])
		j := i + 1
		for ; j < len(ms); j++ {
			n := ms[j]
			if n.s < end {
				continue
			}
			if n.kind == kState && n.key == keys[len(keys)-1] && strings.TrimSpace(low[end:n.s]) == "(" && n.e < sp.e && low[n.e] == ')' {
				end = n.e + 1 // "les Emirats arabes unis (EAU), la Serbie": the same state's acronym
				continue
			}
			if n.kind != kState {
				if a := asideRe.FindStringIndex(low[end:sp.e]); a != nil && n.e <= end+a[1] {
					continue // a name inside a bracketed aside ("(pour le compte de l'Asie-Pacifique)")
				}
			}
			if n.kind != kState || n.demonym || n.capital || !listGlueRe.MatchString(low[end:n.s]) && !(dative && dativeGlueRe.MatchString(low[end:n.s])) && !x.asideGlue(end, n.s, listGlueRe) {
				break
			}
			if !contains(keys, n.key) {
				keys = append(keys, n.key)
			}
			end = n.e
		}
		i = j
		if len(keys) < 2 || possessiveAt(low, end) {
			continue
		}
		if mb := x.memberIn(keys, sp); mb != nil {
			// an earlier pass read part of the list ("A, B, C (RDC), D et E sont
			// en lice … en tant que membres": D and E): the rest with them
			org, status := mb.org, mb.status
			for _, st := range keys {
				x.addMember(st, org, status, sp, 0.5)
			}
			continue
		}
		org, cue := x.listOrgAndCue(sp, ms, start, end)
		if cue == "" && si > 0 && (listOpenerRe.MatchString(low[sp.s:start]) || start-sp.s <= 2 && memberTailRe.MatchString(low[x.sents[si-1].s:x.sents[si-1].e])) {
			// "Six pays ont fait leur entrée comme membres au Conseil de sécurité.
			// Il s'agit de A, B…": the cue and organisation of the sentence before
			prev := x.sents[si-1]
			pe := prev.s + len(strings.TrimRight(low[prev.s:prev.e], " \n.!:;"))
			org, cue = x.listOrgAndCue(prev, x.mentsIn(prev.s, prev.e), pe, pe)
		}
		if cue == "" {
			continue
		}
		if org == "" {
			if lastOrg == "" || si-lastOrgSent > 3 {
				continue
			}
			org = lastOrg
		}
		if (org == "UN" || org == "UNGA") && x.matchIn(termSeatRe, max(sp.s, start-120), min(sp.e, end+60)) {
			if b := x.seatedBody(sp.s); b != "" {
				org = b // "los sitios que dejaban vacantes A, B", "un año más de mandato": the seats of the body told before
			}
		}
		if org == "UNGA" && lastOrg != "" && lastOrg != "UNGA" && lastOrg != "UN" && si-lastOrgSent <= 3 {
			org = lastOrg // "Panamá fue elegido al Consejo. Se renovaban en la Asamblea General los sitios que dejaban vacantes A, B": the Council's
		} else if org == "UNGA" {
			org = "UN" // "admitted as Member States by the General Assembly"
		}
		for _, st := range keys {
			x.addMember(st, org, cue, sp, 0.5)
		}
	}
}

// memberIn returns a membership an earlier pass recorded for one of the
// states from sentence sp (it read the sentence), nil if none.
func (x *engine) memberIn(keys []string, sp span) *membership {
	for i := range x.members {
		if mb := &x.members[i]; mb.ev == sp && contains(keys, mb.state) {
			return mb
		}
	}
	return nil
}

// dropTerritoryMembers removes the memberships of dependent territories:
// memberships are states' ("la Polynésie française", a government member of
// the OIF, is no state).
func (x *engine) dropTerritoryMembers() {
	out := x.members[:0]
	for _, mb := range x.members {
		if x.sovereign(mb.state) {
			out = append(out, mb)
		}
	}
	x.members = out
}

// sovereign reports whether state key is a sovereign state, not a
// dependent territory.
func (x *engine) sovereign(key string) bool {
	s, ok := x.g.State(key)
	return ok && s.Independent
}

// possessiveAt reports whether the text at off is an English possessive
// ("Russia's Sergei Lavrov").
func possessiveAt(low string, off int) bool {
	return strings.HasPrefix(low[off:], "'s ") || strings.HasPrefix(low[off:], "' ")
}

// alongWithRe ends "along with", "together with", "junto con", "aux côtés
// de": the states after it are listed with the others, not met.
var alongWithRe = mkf(`\b(?:along with|together with|junto con|junto a|aux cotes d[eu']?|de meme que|ainsi que)\s*(?:la |le |les |l'|el |los |las |the )?$`)

// listOrgAndCue returns the organisation a list of states [start,end) is
// told about (empty when the sentence names none near it) and the status
// its cue words give (empty when they give none).
func (x *engine) listOrgAndCue(sp span, ms []ment, start, end int) (org, status string) {
	low := x.f.low
	from := max(sp.s, start-110)
	for _, m := range ms {
		if m.kind == kOrg && m.e <= start && m.e > from-60 && !listGlueRe.MatchString(low[m.e:start]) {
			org, from = m.key, max(from, m.e)
		}
	}
	if memberListStopRe.MatchString(low[from:start]) && !alongWithRe.MatchString(low[from:start]) && !seatsGoToRe.MatchString(low[from:start]) {
		return "", ""
	}
	before := low[min(from, max(sp.s, start-110)):start] // the cue may stand before the organisation ("les membres sortants du Conseil de sécurité, à savoir A, B…")
	if k := strings.LastIndexAny(before, ".;"); k >= 0 {
		before = before[k+1:]
	}
	after := low[end:min(sp.e, end+70)]
	if k := strings.IndexAny(after, ".;:("); k >= 0 {
		after = after[:k]
	}
	if listBackingRe.MatchString(before) || listBackingRe.MatchString(after) {
		return "", ""
	}
	cueAfter := false
	for _, c := range memberCueRes {
		if c.re.MatchString(before) {
			status = c.status
			break
		}
	}
	if status != "" {
		if m := otherGroupRe.FindStringIndex(before); m != nil && !memberCueRes[len(memberCueRes)-1].re.MatchString(before[max(0, m[0]-7):]) {
			// "the Member States and Dialogue Partners of A, B…": the list is the
			// partners', the group named last before it (but "7 États
			// partenaires : A, B", the members of the East African Community)
			return "", ""
		}
	}
	if status == "" {
		for _, c := range memberCueRes {
			if c.re.MatchString(after) {
				status, cueAfter = c.status, true
				break
			}
		}
	}
	if status == "" {
		return "", ""
	}
	if org == "" && cueAfter {
		for _, m := range ms {
			if m.kind == kOrg && m.s >= end && m.s < end+len(after)+40 {
				return m.key, status
			}
		}
	}
	if org == "" && cueAfter && status == "member" && !memberNounRe.MatchString(after) && !seatWordRe.MatchString(after) {
		return "", "" // "A et B font partie de cette politique": no organisation to fall back on
	}
	if org == "" {
		// the organisation the sentence opened with ("El SICA … está integrado
		// por A, B… mientras que C, D… tienen la categoría de observadores")
		for _, m := range ms {
			if m.kind == kOrg && m.e <= start && !listGlueRe.MatchString(low[m.e:start]) {
				org = m.key
			}
		}
	}
	return org, status
}

// electionOfRe ends the words naming a state's election to a body: "l'élection
// du Sénégal", "the election of Kenya", "la elección de Chile", "Kenya's
// election".
var electionOfRe = mkf(`\b(?:election|eleccion|re-election|reelection|reeleccion)\s+(?:du|de la|de l'|de|d'|of|del)\s+(?:the |la |le |l'|el )?$`)

// electionBodyRe opens the body a state was elected to, right after the state
// ("au Conseil des droits de l'homme", "to the Human Rights Council").
var electionBodyRe = mkf(`^\s*(?:au|aux|a la|a l'|to|al|a la|en el|en la|on|in|as a member of|comme membre d[eu])\s+(?:the |le |la |l'|el |los )?$`)

// possessiveElectionRe opens a state's election told with an English
// possessive: "Kenya's election to the".
var possessiveElectionRe = mkf(`^'s\s+(?:re-?)?election\s+(?:to|on|as a member of)\s+(?:the\s+)?$`)

// electedMembers records a state's election to a body, told as a noun
// ("L'élection du Sénégal au Conseil des droits de l'homme", "Kenya's
// election to the Human Rights Council"), as membership (GUIDE.md: an
// election to an elected body is membership). A sentence that opposes the
// election, would prevent it or puts it in the conditional is left alone.
func (x *engine) electedMembers() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.contains(electionWords, sp.s, sp.e) || x.match(opposeRe, sp.s, sp.e) || electionDoubtRe.MatchString(low[sp.s:sp.e]) {
			continue
		}
		ms := x.mentsIn(sp.s, sp.e)
		for i, m := range ms {
			if m.kind != kState || m.demonym || m.capital || i+1 >= len(ms) {
				continue
			}
			org := ms[i+1]
			if org.kind != kOrg {
				continue
			}
			if !(electionOfRe.MatchString(low[max(sp.s, m.s-40):m.s]) && electionBodyRe.MatchString(low[m.e:org.s])) &&
				!possessiveElectionRe.MatchString(low[m.e:org.s]) {
				continue
			}
			x.addMember(m.key, org.key, "member", sp, 0.6)
		}
	}
}

// electionDoubtRe: words that make an election one to prevent or to come.
var electionDoubtRe = mkf(`\b(?:impedir|impida|evitar|empecher|empeche|prevent|block|bloquer|bloquear|would|seria|serait|pourrait|could|might|podria)\b`)

// electionWords: a sentence without them tells no election.
var electionWords = newKeySet("election", "eleccion")

// replaceVerbRe is a verb by which states take the seats of others in a
// body: "A, B et C remplacent D, E et F", "A and B replace C and D".
var replaceVerbRe = mkf(`\s(?:remplacent|remplaceront|remplacaient|remplacent officiellement|replace|replaced|will replace|reemplazan|reemplazaran|reemplazaron|sustituyen|sustituiran|sustituyeron|succeed|will succeed)\s+(?:officiellement\s+|officially\s+|oficialmente\s+)?(?:(?:le|la|les|l'|the|el|los|las)\s*)?`)

// replacedMembers records, for "A, B remplacent C, D" in a sentence about a
// body (named there or in one of the three sentences before), A and B as
// its members and C and D as having left it.
func (x *engine) replacedMembers() {
	low := x.f.low
	for si, sp := range x.sents {
		m := x.indexIn(replaceVerbRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		vs, ve := sp.s+m[0], sp.s+m[1]
		before := x.mentsIn(sp.s, vs)
		if len(before) == 0 {
			continue
		}
		last := before[len(before)-1]
		if last.kind != kState || last.demonym || last.capital || last.e > vs || strings.TrimSpace(low[last.e:vs]) != "" {
			continue
		}
		in := x.coordBefore(last, sp, kState)
		out := x.stateListAfter(ve, sp)
		if len(in) < 2 || len(out) < 2 {
			continue
		}
		org := x.firstOrgIn(sp.s, sp.e)
		for k := si - 1; org == "" && k >= max(0, si-3); k-- {
			org = x.firstOrgIn(x.sents[k].s, x.sents[k].e)
		}
		if org == "" {
			continue
		}
		for _, st := range in {
			x.addMember(st, org, "member", sp, 0.5)
		}
		for _, st := range out {
			x.addMember(st, org, "left", sp, 0.5)
		}
	}
}

// dropPlenaryMembers removes the memberships no reader takes for one: of the
// UN General Assembly (every UN member sits in it; "elected by the General
// Assembly" names who elects, not a seat), and applications to or
// departures from the UN itself, which in a communiqué are candidacies to
// or rotations out of one of its bodies (the body is recorded when named).
func (x *engine) dropPlenaryMembers() {
	out := x.members[:0]
	for _, mb := range x.members {
		if mb.org == "UNGA" || mb.org == "UN" && (mb.status == "applied" || mb.status == "left") {
			continue
		}
		if mb.org == "UN" && x.matchIn(councilSeatRe, mb.ev.s, mb.ev.e) {
			// "Japan, Malta … got a formal welcome into the U.N. Security Council … their
			// first-ever terms on U.N.'s most powerful body": the Council's seats
			if x.hasMember(mb.state, "UNSC") {
				continue
			}
			mb.org = "UNSC"
		}
		out = append(out, mb)
	}
	clear(x.members[len(out):])
	x.members = out
}

// councilSeatRe names the seats of the Security Council in a sentence.
var councilSeatRe = mkf(`\b(?:permanent members?|non-permanent|non permanents?|no permanentes?|miembros permanentes|membres permanents|veto|security council|conseil de securite|consejo de seguridad)\b`)

// hasMember reports whether state st is recorded in organisation org.
func (x *engine) hasMember(st, org string) bool {
	for _, mb := range x.members {
		if mb.state == st && mb.org == org {
			return true
		}
	}
	return false
}

// countedStatesRe opens a sentence whose subject counts the states told
// before ("Los tres países ingresarán en el Consejo", "Les deux pays ont
// rejoint", "The three countries joined"); group 1 is the count.
var countedStatesRe = mkf(`^\W*(?:(?:los|las|les|the|ces|these|estos|estas)\s+)(deux|two|dos|trois|three|tres|quatre|four|cuatro|cinq|five|cinco)\s+(?:pays|countries|paises|naciones|nations|etats|states|estados)\b`)

// countedMembers records the memberships of a sentence whose subject counts
// the states told before ("Perú … México … Chile. Los tres países
// ingresarán en el Consejo de Derechos Humanos"): the last states named, as
// many as counted, in the three sentences before.
func (x *engine) countedMembers() {
	low := x.f.low
	for si, sp := range x.sents {
		if si == 0 {
			continue
		}
		m := countedStatesRe.FindStringSubmatchIndex(low[sp.s:sp.e])
		if m == nil {
			continue
		}
		n := countValue(low[sp.s+m[2] : sp.s+m[3]])
		after := sp.s + m[1]
		status, org := "", ""
		for _, mr := range memberRes {
			if cs := x.find(mr.re, after, min(sp.e, after+60)); len(cs) > 0 {
				for _, om := range x.mentsIn(cs[0][1], min(sp.e, cs[0][1]+60)) {
					if om.kind == kOrg {
						status, org = mr.status, om.key
						break
					}
				}
			}
			if org != "" {
				break
			}
		}
		if org == "" || org == "UNGA" || n == 0 {
			continue
		}
		var states []string
		for k := si - 1; k >= max(0, si-3) && len(states) < n; k-- {
			ms := x.mentsIn(x.sents[k].s, x.sents[k].e)
			for i := len(ms) - 1; i >= 0 && len(states) < n; i-- {
				if ms[i].kind == kState && !ms[i].capital && !contains(states, ms[i].key) {
					states = append(states, ms[i].key)
				}
			}
		}
		if len(states) < n {
			continue
		}
		for i := len(states) - 1; i >= 0; i-- {
			x.addMember(states[i], org, status, sp, 0.5)
		}
	}
}

// termSeatRe names the seats or terms of an elected body ("sitios",
// "vacantes", "mandato", "seats", "sièges", "term").
var termSeatRe = mkf(`\b(?:sitios?|asientos?|escanos?|vacantes|mandatos?|seats?|terms?|sieges?|mandats?)\b`)

// seatedBodies are the UN bodies whose members sit for terms.
var seatedBodies = []string{"UNSC", "UNHRC", "ECOSOC", "PSC"}

// seatedBody returns the body with elected seats named most before view
// offset off, "" if none is named.
func (x *engine) seatedBody(off int) string {
	best, bn := "", 0
	for _, b := range seatedBodies {
		n := 0
		for _, m := range x.ments {
			if m.s >= off {
				break
			}
			if m.kind == kOrg && m.key == b {
				n++
			}
		}
		if n > bn {
			best, bn = b, n
		}
	}
	return best
}
