package extract

import (
	"sort"
	"strings"

	"diplograph/loader/text"
)

var (
	genitiveRe   = mkf(`^\s*(?:du|de la|de l'|de|d'|des|of|of the|del|de los|de las)\s*$`)
	possessiveRe = mkf(`(?:\b(?:son|sa|ses|its|his|her|their|leur|leurs|su|sus)|\beach other's|\bone another's)\s+(?:\w+\s+){0,2}$`)
	ownPossRe    = mkf(`(?:\b(?:son|sa|ses|its|their|leur|leurs|su|sus)|\beach other's|\bone another's)\s+$`)
	poolPrepRe   = mkf(`\b(?:appreciation|remerci\w*|thank\w*|agradec\w*|felicit\w*|salue|saluted|welcome\w*|praise\w*|gratitude|reconnaissance)\s+(?:\w+\s+){0,2}$`)
)

// recogStateRe: recognition of a state ("reconoce al Estado de Palestina").
var recogStateRe = mkfi(`\b(?:reconna\w*|reconnu|reconnue|reconnus|reconnues|recogni[sz]\w*|reconoc\w*|reconocimiento|reconnaissance|recognition)\s+(?:officiellement\s+|formally\s+|oficialmente\s+)?(?:de\s+|of\s+|a\s+|al\s+|del\s+)?(?:l'|the\s+|el\s+)?(?:etat|state|estado)\s+(?:de\s+|of\s+|d')`)

var topicWords = setOf(`et and y e a au aux la le l the su sa son ses its leur de du des of el
	souverainete sovereignty soberania integrite territoriale territorial integrity integridad unite unity unidad
	nationale national nacional independance independence independencia stabilite stability estabilidad securite security seguridad
	plan d autonomie autonomy autonomia initiative iniciativa proposition propuesta proposal
	full eventual future early speedy swift`)

// topicsGap reports whether s only holds coordinated topic words ("et à l'intégrité territoriale").
func topicsGap(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if !topicWords[w] {
			return false
		}
	}
	return true
}

var (
	byRe      = mkf(`^\s*,?\s*(?:presentee?|proposee?|presentada|propuesta?|propuesto|presented|proposed|soumise?|submitted|put forward|avancee?)\s+(?:par|por|by)\s+(?:le |la |l'|el |the )?$`)
	genTailRe = mkf(`(?:\b(?:du|de la|de l'|de|d'|des|of|of the|del|de los|de las)\s*)$`)
	stanceGen = mkf(`^\s*(?:[a-z]+\s+){0,2}(?:du|de la|de l'|de|d'|of|of the|del|por parte de(?:l)?|par|por|by)\s*(?:la |le |l'|el |the )?$`)
)

// findSupports is pass 4a: SUPPORTS/CONCERNS.
func (x *engine) findSupports() {
	low := x.f.low
	for _, sp := range x.sents {
		sent := low[sp.s:sp.e]
		type tm struct {
			topic  string
			s, e   int
			recogn bool
		}
		var tms []tm
		for _, tr := range topicRes {
			for _, m := range x.find(tr.re, sp.s, sp.e) {
				tms = append(tms, tm{tr.topic, m[0], m[1], false})
			}
		}
		for _, tr := range extraTopicRes {
			for _, m := range x.find(tr.re, sp.s, sp.e) {
				if tr.need != nil && !tr.need.MatchString(low[m[1]:min(sp.e, m[1]+60)]) ||
					tr.gov != nil && !tr.gov.MatchString(unNameTailRe.ReplaceAllString(low[max(sp.s, m[0]-70):m[0]], "")) {
					continue
				}
				tms = append(tms, tm{tr.topic, m[0], m[1], false})
			}
		}
		if x.mayMatch(recogStateRe, sp.s, sp.e) {
			for _, m := range recogStateRe.FindAllStringIndex(sent, -1) {
				tms = append(tms, tm{"sovereignty", sp.s + m[0], sp.s + m[1], true})
			}
		}
		sortTM := func(a, b int) bool { return tms[a].s < tms[b].s }
		_ = sortTM
		for i := 1; i < len(tms); i++ {
			for j := i; j > 0 && tms[j].s < tms[j-1].s; j-- {
				tms[j], tms[j-1] = tms[j-1], tms[j]
			}
		}
		// a topic inside another one ("l'initiative marocaine d'autonomie") is that one
		kept := tms[:0]
		for _, t := range tms {
			if n := len(kept); n > 0 && t.s < kept[n-1].e {
				continue
			}
			kept = append(kept, t)
		}
		tms = kept
		resolved := make([][]string, len(tms))
		for k, t := range tms {
			ts, te := t.s, t.e
			stance := ""
			switch {
			case t.recogn:
				stance = "recognize"
			case x.match(opposeRe, max(sp.s, ts-80), ts):
				stance = "oppose"
			case x.match(recognizeRe, max(sp.s, ts-80), min(sp.e, te+10)) || x.match(recognitionRe, max(sp.s, ts-80), ts):
				stance = "recognize"
			case x.match(supportRe, sp.s, min(sp.e, te+80)) || ts-sp.s < 15 && receivedSupportRe.MatchString(low[te:min(sp.e, te+340)]):
				stance = "support"
			}
			posState := ""
			if stance == "" {
				// "Barrot a rappelé la position de la France sur le Sahara. « … dans le
				// cadre de la souveraineté marocaine »": the position stated is France's
				if posState = x.statedPosition(sp, ts); posState != "" {
					stance = "support"
				}
			}
			framed := x.matchIn(respectFrameRe, max(sp.s, ts-50), ts) ||
				k > 0 && x.matchIn(respectFrameRe, max(sp.s, tms[k-1].s-50), tms[k-1].s) && coordTopicRe.MatchString(low[tms[k-1].e:ts])
			if (framed || stance == "") && importanceRe.MatchString(low[max(sp.s, ts-80):ts]) {
				// "l'importance du respect de la souveraineté de la Syrie", "called for
				// respect for Syria's sovereignty": the stance itself
				framed = false
				if stance == "" {
					stance = "support"
				}
			}
			if stance == "" || framed || x.matchIn(othersSupportRe, max(sp.s, ts-90), ts) {
				continue
			}
			if stance == "support" && x.matchIn(soughtSupportRe, max(sp.s, ts-90), ts) {
				continue // "New Zealand has sought Sri Lanka's support in its bid": asked for, not given
			}
			if t.topic == "candidacy" && accessionTopicRe.MatchString(low[ts:te]) && !accessionBackRe.MatchString(low[max(sp.s, ts-45):ts]) {
				continue // "la importancia de la adhesión de Bolivia": no one backs it in so many words
			}
			if t.topic == "candidacy" && stance == "support" && mutualRe.MatchString(low[max(sp.s, ts-40):min(sp.e, te+40)]) && !ledToRe.MatchString(low[max(sp.s, ts-60):ts]) {
				// "un soutien mutuel aux candidatures des deux pays": each backs the other's
				if ps := x.mutualParties(sp); len(ps) == 2 {
					resolved[k] = ps
					x.supports = append(x.supports,
						support{supporter: ps[0], subject: ps[1], topic: t.topic, stance: stance, ev: sp, conf: 0.6},
						support{supporter: ps[1], subject: ps[0], topic: t.topic, stance: stance, ev: sp, conf: 0.6})
					continue
				}
			}
			subjs, subjOrg := x.subjectsOf(t.topic, ts, te, sp)
			if subjOrg && memberBidTopicRe.MatchString(low[ts:te]) {
				// "supports Timor-Leste becoming a full member of ASEAN": the state that would join, not the body
				subjs, subjOrg = x.subjectBefore(ts, sp), false
			}
			if t.topic == "sovereignty" && !t.recogn {
				if st, ok := x.territorySubject(ts, te, sp); ok {
					if st == "" {
						continue // "the Moroccan Sahara" not governed by a stance word
					}
					subjs, subjOrg = []string{st}, false
				}
			}
			if len(subjs) == 0 && t.topic == "candidacy" {
				if st := x.personPossessorState(ts, sp); st != "" {
					subjs = []string{st} // "Ms. Botchwey's candidacy": her state's
				} else if st := x.candidateAfterState(te, sp); st != "" {
					subjs = []string{st} // "la postulación de Ramdin": his state's
				}
			}
			if len(subjs) == 0 && t.topic == "candidacy" {
				if st := x.supportAddressee(ts, sp); st != "" {
					subjs = []string{st} // "mostraron su apoyo a la delegación mexicana para la postulación"
				}
			}
			if len(subjs) == 0 && k > 0 && tms[k-1].e >= ts-60 && topicsGap(low[tms[k-1].e:ts]) {
				// "Ukraine's sovereignty and territorial integrity"
				subjs, subjOrg = x.subjectsOf(tms[k-1].topic, tms[k-1].s, tms[k-1].e, sp)
				if len(subjs) == 0 && resolved[k-1] != nil {
					subjs = resolved[k-1]
				}
			}
			sups, conf := x.supportersOf(ts, sp, subjs)
			if posState != "" && !contains(subjs, posState) {
				sups, conf = []string{posState}, 0.6
			}
			bm := backedByRe.FindStringIndex(low[te:min(sp.e, te+100)])
			if bm == nil && ts-sp.s < 15 {
				// "La candidatura de México …, por el representante permanente …, recibió el apoyo de …": the subject's
				bm = receivedSupportRe.FindStringIndex(low[te:min(sp.e, te+340)])
			}
			if m := bm; m != nil {
				// "el plan de autonomía marroquí, respaldado por Estados Unidos y varios
				// países europeos, como España o Francia": the backers support it too
				prev := te + m[1] // the end of the last backer listed
				for i, mm := range x.mentsIn(te+m[1], min(sp.e, te+m[1]+90)) {
					if i == 0 && mm.kind == kOrg && membersOfOrgRe.MatchString(low[te+m[1]:mm.s]) {
						sups = []string{mm.key} // "recibió el apoyo unánime de los 33 estados miembros del GRULAC": the group's
						break
					}
					if mm.capital && mm.s > 0 && low[mm.s-1] == '-' {
						continue // "la Fédération Wallonie-Bruxelles": a name of its own
					}
					if mm.kind == kState && !mm.demonym && !contains(subjs, mm.key) && !contains(sups, mm.key) ||
						mm.kind == kOrg && !subjOrg && !contains(sups, mm.key) && listGlueRe.MatchString(" "+low[prev:mm.s]) {
						sups = append(sups, mm.key) // "la candidature sénégalaise endossée par l'Union africaine, la CEDEAO et l'OCI"
						prev = mm.e
					}
				}
			}
			if len(subjs) == 0 && t.topic == "autonomy_plan" {
				// the autonomy plan of the communiqués is Morocco's: the subject of a
				// topic just before, else Morocco when the text names it or the Sahara
				for j := k - 1; j >= 0 && len(subjs) == 0; j-- {
					subjs, subjOrg = x.subjectsOf(tms[j].topic, tms[j].s, tms[j].e, sp)
				}
				if len(subjs) == 0 && (x.mentionsState("MA") || x.docHas(saharaWord)) {
					subjs = []string{"MA"}
				}
				if len(sups) == 0 || len(subjs) > 0 && contains(sups, subjs[0]) {
					sups, conf = x.supportersOf(ts, sp, subjs)
				}
			}
			if len(subjs) == 0 && k > 0 && coordPossRe.MatchString(low[max(sp.s, ts-40):ts]) {
				// "… du Maroc sur son Sahara et à son intégrité territoriale": the first topic's subject
				for j := k - 1; j >= 0 && len(subjs) == 0; j-- {
					subjs, subjOrg = x.subjectsOf(tms[j].topic, tms[j].s, tms[j].e, sp)
				}
				if len(subjs) > 0 {
					sups, conf = x.supportersOf(ts, sp, subjs)
				}
			}
			if len(subjs) == 0 && ownPossRe.MatchString(low[max(sp.s, ts-20):ts]) {
				// "… of Ukraine and its sovereignty": the nearest state named before
				// (but not the one whose verb of support governs "its": "India
				// supports its candidacy" backs the state named before India)
				ms := x.mentsIn(sp.s, ts)
				backer := ""
				for i := len(ms) - 1; i >= 0; i-- {
					if ms[i].kind != kState {
						continue
					}
					if backer == "" && ts-ms[i].e < 40 && supportVerbGapRe.MatchString(low[ms[i].e:ts]) {
						backer = ms[i].key
						continue
					}
					if ms[i].key == backer {
						continue
					}
					subjs = []string{ms[i].key}
					break
				}
				if len(subjs) == 0 && backer != "" {
					if prev, ok := x.sentenceBefore(sp); ok {
						for _, m := range x.mentsIn(prev.s, prev.e) {
							if m.kind == kState && !m.demonym && m.key != backer {
								subjs = []string{m.key} // "Le Zimbabwe vise un siège. La Russie soutient sa candidature."
								break
							}
						}
					}
				}
				if len(subjs) > 0 {
					sups, conf = x.supportersOf(ts, sp, subjs)
					if backer != "" && (len(sups) == 0 || !contains(sups, backer)) {
						sups = []string{backer}
					}
				}
			}
			if len(subjs) == 0 && (t.topic == "autonomy_plan" || ownPossRe.MatchString(low[max(sp.s, ts-20):ts]) && !x.statelessPersonBefore(sp.s, ts)) {
				for _, c := range []string{x.reporting, x.partner} {
					if c != "" && !contains(sups, c) {
						subjs = []string{c}
						break
					}
				}
				if len(sups) == 0 {
					sups, conf = x.supportersOf(ts, sp, subjs)
				}
			}
			if t.topic == "other" && !subjOrg && effortsTopicRe.MatchString(low[ts:te]) {
				continue // only an organisation's efforts or role are a position of their own
			}
			if len(subjs) == 0 && t.topic == "other" && len(sups) > 0 {
				subjs = x.otherSubject(sups) // "le soutien du Togo au processus de transition"
			}
			if len(subjs) > 0 && len(sups) == 0 {
				sups, conf = x.speakerSupporter(ts, sp, subjs), 0.6
			}
			if by, thanker := x.thankedFor(ts, sp); by != "" {
				// "India thanked Germany for backing its membership bid": the thanked backs the thanker
				if len(subjs) == 0 || len(subjs) == 1 && subjs[0] == by {
					subjs, subjOrg = []string{thanker}, false
				}
				if !contains(subjs, by) {
					sups, conf = []string{by}, 0.7
				}
			}
			if l := x.namedBackers(sp, subjs); len(l) > 1 {
				// "al menos cuatro Estados europeos, a saber, Eslovenia, Finlandia, Dinamarca y
				// Estonia, se han sumado a los países que apoyan esta iniciativa"
				sups, conf = l, 0.65
			}
			if len(subjs) > 0 && len(sups) == 0 && x.matchIn(someStatesRe, sp.s, ts) {
				// "Au moins une dizaine de pays européens ont exprimé leur appréciation
				// positive de l'initiative d'autonomie. … Il a cité à titre d'exemple le
				// Portugal, l'Espagne…": the states the next sentence lists
				if sups, conf = x.examplesAfter(te, sp), 0.6; len(sups) < 2 {
					sups = x.examplesNext(sp)
				}
			}
			if len(subjs) == 0 || len(sups) == 0 {
				continue
			}
			if t.topic == "sovereignty" && stance == "support" && !t.recogn && !x.sovereigntyClaim(ts, te, sp) {
				continue
			}
			resolved[k] = subjs
			for _, sup := range sups {
				for _, subj := range subjs {
					if sup == subj {
						continue
					}
					x.supports = append(x.supports, support{supporter: sup, subject: subj, subjOrg: subjOrg, topic: t.topic, stance: stance, ev: sp, conf: conf})
				}
			}
		}
	}
}

// ledToRe: a stance told as the past result of a relation ("which has led
// to mutual support for candidatures"), not taken in the document.
var ledToRe = mkf(`\b(?:led to|leads to|resulted in|conduit a|abouti a|llevado a|conducido a)\b`)

// pluralTitleStartRe opens a sentence with a plural title before the list
// of its holders.
var pluralTitleStartRe = mkf(`^\s*(?:los|las|les|the)\s+(?:cancilleres|ministros|ministras|presidentes|mandatarios|ministres|presidents|chefs d'etat|foreign ministers|ministers|leaders|dirigeants|lideres|jefes de estado|heads of state)\b`)

// mutualRe: support given both ways ("soutien mutuel", "mutual support",
// "apoyo recíproco").
var mutualRe = mkf(`\b(?:mutuel|mutuelle|mutuels|reciproque|reciproques|mutual|mutually|reciprocal|mutuo|mutua|reciproco|reciproca)\b`)

// mutualParties returns the two states of a mutual stance in sentence sp:
// the two it names, else those of the last event, else the communiqué's two sides.
func (x *engine) mutualParties(sp span) []string {
	var named []string
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.kind == kState && !contains(named, m.key) {
			named = append(named, m.key)
		}
	}
	if len(named) == 2 {
		return named
	}
	if len(named) > 2 {
		return nil
	}
	for i := len(x.events) - 1; i >= 0; i-- {
		if ev := x.events[i]; ev.ev.s <= sp.s && len(ev.states) == 2 {
			return ev.states
		}
	}
	if a, b := x.ownSide(), x.partner; a != "" && b != "" && a != b {
		return []string{a, b}
	}
	return nil
}

// positionOfRe names a state's position on a question: "la position de la
// France sur", "France's position on", "la posición de España sobre".
var positionOfRe = mkf(`\b(?:position|posicion|stance|postura)\s+(?:constante\s+|constant\s+|de principe\s+)?(?:de la |de l'|du |de |del |of the |of )$`)

// statedPosition returns the state whose position on a question the
// sentence before (or this one, before ts) announces, when sentence sp
// states a position with no stance word of its own; "" otherwise.
func (x *engine) statedPosition(sp span, ts int) string {
	check := func(a, e int) string {
		st := ""
		for _, m := range x.mentsIn(a, e) {
			if m.kind == kState && !m.demonym && positionOfRe.MatchString(x.f.low[max(a, m.s-30):m.s]) && positionOnRe.MatchString(x.f.low[m.e:min(e, m.e+40)]) {
				st = m.key
			}
		}
		return st
	}
	if st := check(sp.s, ts); st != "" {
		return st
	}
	cur := sp
	for i := 0; i < 2; i++ { // the position, then a quotation of one or two sentences
		prev, ok := x.sentenceBefore(cur)
		if !ok {
			break
		}
		if st := check(prev.s, prev.e); st != "" {
			return st
		}
		cur = prev
	}
	return ""
}

// positionOnRe opens the question of a position: "sur le Sahara", "on".
var positionOnRe = mkf(`^\s*(?:sur|on|sobre|concernant|regarding|respecto a|en ce qui concerne)\b`)

// sovereigntyClaim: a supported sovereignty must be over something or of a named state.
func (x *engine) sovereigntyClaim(ts, te int, sp span) bool {
	return true
}

// coordList extends a mention into the coordinated list it belongs to
// ("Finland and Sweden", "la Gambie et du Tchad"), in text order.
func (x *engine) coordList(first ment, sp span, kind int) []string {
	out := []string{first.key}
	cur := first
	for _, m := range x.mentsIn(first.e, min(sp.e, first.e+200)) {
		if m.kind != kind || m.s < cur.e {
			continue
		}
		gap := x.f.low[cur.e:m.s]
		if !coordGap.MatchString(gap) {
			break
		}
		if !contains(out, m.key) {
			out = append(out, m.key)
		}
		cur = m
	}
	return out
}

// coordBefore returns the coordinated list ending with mention last.
func (x *engine) coordBefore(last ment, sp span, kind int) []string {
	out := []string{last.key}
	cur := last
	ms := x.mentsIn(max(sp.s, last.s-200), last.s)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.kind != kind || m.e > cur.s {
			continue
		}
		if g := x.f.low[m.e:cur.s]; !coordGap.MatchString(g) && !listGlueRe.MatchString(g) {
			break // ("…, la République de Guinée-Bissau ainsi que la République du Burkina Faso")
		}
		if !contains(out, m.key) {
			out = append([]string{m.key}, out...)
		}
		cur = m
	}
	return out
}

var coordGap = mkf(`^\s*(?:,|et|and|y|e|,\s*(?:et|and|y)|,?\s*(?:ainsi que|as well as|asi como))\s*(?:du|de la|de l'|de|d'|des|the|la|le|les|l'|el|los|las|a|au|aux|a la|of)?\s*$`)

// subjectsOf finds whose territorial integrity, plan, sovereignty or candidacy it is.
// accessionTopicRe is a candidacy named as an accession; accessionBackRe
// ends the words that back it ("son appui pour l'", "supports the").
var (
	accessionTopicRe = mkf(`^(?:accession|admission|adhesion|ingreso|incorporacion)`)
	accessionBackRe  = mkf(`\b(?:appui\w*|soutien\w*|soutient|support\w*|backing|backs?|backed|apoy\w*|apoyo|respald\w*|favor\w*|endorse\w*)\b[^.;]{0,40}$`)
)

// candidateTitleRe: the genitive title of a candidate before its demonym
// ("de l'ancien ministre", "del ex canciller", "of the former minister").
var candidateTitleRe = mkf(`^\s*(?:(?:du|de la|de|of|of the|del)\s+|de l'|d')(?:(?:ex|former|ancien|ancienne|actual|current|actuel|actuelle)[- ]*)?(?:ministre|minister|ministro|ministra|canciller|excanciller|president|presidente|presidenta|mandatario|mandataria|ambassadeur|ambassador|embajador|embajadora|diplomate|diplomat|diplomatico|diplomatica)\s*$`)

// topicEndsGenitiveRe: a topic match that ends with its genitive ("adhésion
// du", "accession of"): the state right after is the subject.
var topicEndsGenitiveRe = mkf(`\b(?:de|du|of|del|d'|de la|de l')$`)

func (x *engine) subjectsOf(topic string, ts, te int, sp span) ([]string, bool) {
	low := x.f.low
	if strings.HasPrefix(low[ts:te], "marocanite") || strings.HasPrefix(low[ts:te], "moroccanness") || strings.HasPrefix(low[ts:te], "marroquinidad") {
		return []string{"MA"}, false
	}
	if w := low[ts:te]; strings.HasSuffix(w, "chine") || strings.HasSuffix(w, "china") || strings.HasSuffix(w, "china unica") || strings.HasSuffix(w, "chine unique") {
		return []string{"CN"}, false // "le principe d'une seule Chine", "the one-China policy"
	}
	if topic == "other" && envoyTopicRe.MatchString(low[ts:te]) {
		return []string{"UN"}, true // the Secretary-General's personal envoy
	}
	// a mention overlapping the end of the topic: "reconoce al Estado de Palestina"
	if m := x.mentAt(te - 1); m != nil && m.kind == kState && m.e > te {
		return []string{m.key}, false
	}
	// explicit after: "du Maroc", "of Morocco", "marocain", "et à l'intégrité territoriale du Maroc", "présenté par le Maroc"
	for _, m := range x.mentsIn(te, min(sp.e, te+70)) {
		if m.kind != kState && m.kind != kOrg {
			continue
		}
		gap := low[te:m.s]
		ok := strings.TrimSpace(gap) == "" && (m.demonym || gap == "" || topicEndsGenitiveRe.MatchString(low[ts:te])) ||
			genitiveRe.MatchString(gap) ||
			// "la reelección del ex canciller chileno, X": the candidate's state
			topic == "candidacy" && m.demonym && candidateTitleRe.MatchString(gap) ||
			byRe.MatchString(gap) ||
			topic == "other" && effortsByRe.MatchString(gap) ||
			genTailRe.MatchString(gap) && topicsGap(genTailRe.ReplaceAllString(gap, ""))
		if ok {
			return x.coordList(m, sp, m.kind), m.kind == kOrg
		}
		break
	}
	return x.subjectBefore(ts, sp), false
}

// nominalSubjectRe ends an untitled official's noun right before a
// demonym ("the Santomean minister" has "the" before "Santomean"; "le
// ministre santoméen" has "le ministre").
var nominalSubjectRe = mkf(`(?:^|,)\s*(?:the|le|la|el)\s+(?:(?:ministre|ministro|ministra|chef de la diplomatie|canciller|jefe de la diplomacia)\s+)?$`)

// supportVerbGapRe is what stands between a state and the possessive of
// the position it backs: its verb of support ("India supports its", "Moscou
// soutient sa", "Brasil respalda su").
var supportVerbGapRe = mkf(`^\s*(?:\w+\s+){0,2}(?:supports|supported|backs|backed|endorses|endorsed|soutient|soutiennent|a soutenu|appuie|appuient|apoya|apoyan|respalda|respaldan)\s+(?:(?:firmly|fully|pleinement|fermement|plenamente|firmemente)\s+)?(?:its|their|sa|son|leur|su|sus)\s*$`)

// orgMembersAfterRe: an organisation's name used as an adjective of its
// members ("the number of European Union (EU) member countries that
// support …"): the members act, not the organisation.
var orgMembersAfterRe = mkf(`^\s*\)?\s*(?:\([^()]{1,12}\)\s*)?(?:'s\s+)?(?:member|members|membres|miembros)\s+(?:countries|states|nations)\b`)

// subjectBefore returns the state named as an adjective or a possessive
// right before the topic at ts ("Morocco's", "Moroccan sovereignty",
// "Kazakhstan's independence, sovereignty") with the states coordinated
// with it, nil if none.
func (x *engine) subjectBefore(ts int, sp span) []string {
	low := x.f.low
	ms := x.mentsIn(max(sp.s, ts-60), ts)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.kind != kState {
			continue
		}
		if m.e > ts {
			continue
		}
		gap := strings.TrimSpace(low[m.e:ts])
		if gap == "" || gap == "'s" || strings.HasPrefix(gap, "'s ") && topicsGap(gap[3:]) || strings.HasPrefix(gap, "'s") && topicsGap(gap[2:]) {
			return x.coordBefore(m, sp, kState)
		}
		break
	}
	return nil
}

// memberBidTopicRe ends a topic that is a bid to join a body ("full
// membership", "to become a member"), whose organisation is where the
// subject would sit, not the subject.
var memberBidTopicRe = mkf(`(?:membership|admission|accession|members?)$`)

// unNameTailRe ends the words naming the UN before its envoy: "support for
// United Nations Personal Envoy".
var unNameTailRe = mkf(`(?:united nations|nations unies|naciones unidas|the un|un|onu)\s+$`)

// envoyTopicRe ends a topic that is the UN Secretary-General's personal envoy.
var envoyTopicRe = mkf(`(?:personal envoy|envoye personnel|enviado personal)$`)

// personPossessorState returns the state of the person whose name ends
// right before "'s" and the topic at ts ("Ms. Botchwey's candidacy"), "" if
// none.
func (x *engine) personPossessorState(ts int, sp span) string {
	low := x.f.low
	for _, list := range [][]pmention{x.pms, x.refs} {
		for _, pm := range pmRange(list, max(sp.s, ts-80), ts) {
			if pm.p == nil || !possessiveGapRe.MatchString(low[pm.e:ts]) {
				continue
			}
			if st := pm.p.candidateState(); st != "" {
				return st
			}
		}
	}
	return ""
}

// candidateAfterState is the state of the one person named right after a
// candidacy ("la postulación de Ramdin", "the candidacy of Ms. Botchwey"),
// "" if none.
func (x *engine) candidateAfterState(te int, sp span) string {
	low := x.f.low
	for _, list := range [][]pmention{x.pms, x.refs} {
		for _, pm := range pmRange(list, te, min(sp.e, te+40)) {
			if pm.p == nil || !candidateOfGapRe.MatchString(low[te:pm.s]) {
				continue
			}
			if st := pm.p.candidateState(); st != "" {
				return st
			}
			// "la candidature de l'ambassadeur X, proposé par le Congo": the state that nominates
			if m := nominatedByRe.FindStringIndex(low[pm.e:min(sp.e, pm.e+40)]); m != nil {
				if mm := x.mentAt(pm.e + m[1]); mm != nil && mm.s == pm.e+m[1] && mm.kind == kState && !mm.demonym {
					return mm.key
				}
			}
		}
	}
	return ""
}

// candidateOfGapRe is the genitive between a candidacy and its candidate,
// with an honorific or a rank ("de M.", "de l'ambassadeur").
var candidateOfGapRe = mkf(`^\s*(?:de|d'|del|of)\s*(?:(?:m\.|mme|mr\.?|ms\.?|mrs\.?|sr\.?|sra\.?|don|dona)\s+|(?:l'|le |la |the |el )?(?:ambassadeur|ambassadrice|ambassador|embajador|embajadora|diplomate|diplomat|diplomatico|diplomatica|professeur|professor|profesor|profesora)\s+)?$`)

// nominatedByRe opens, after a candidate's name, the state that nominates
// him ("proposé par le", "nominated by", "propuesto por").
var nominatedByRe = mkf(`^\s*,?\s*(?:proposee?|presentee?|nominee?|nominated|proposed|put forward|presented|propuest[oa]|presentad[oa]|postulad[oa])\s+(?:par|by|por)\s+(?:le |la |l'|the |el )?`)

// possessiveGapRe is the possessive between a name and the noun it owns.
var possessiveGapRe = mkf(`^'s?\s+$`)

// effortsTopicRe: the efforts, role or good offices of an organisation.
var effortsTopicRe = mkf(`^(?:efforts|esfuerzos|role|rol|papel|mediation|mediacion|bons offices|good offices|buenos oficios)$`)

// effortsByRe: the agent of efforts or of a role after the topic ("déployés
// par l'ONU", "joué par les Nations unies", "desplegados por la ONU").
var effortsByRe = mkf(`^\s*,?\s*(?:deployes|deployees|menes|menees|joue|played|led|made|undertaken|realizados|desplegados|desempenado|desempenados)\s+(?:par|por|by)\s+(?:le |la |l'|les |el |los |las |the )?$`)

// pluralHaveRe: a plural verb of having between a list of states and a
// singular mission word ("…, Francia y Portugal, tienen Embajada en…").
var pluralHaveRe = mkf(`^\s*,?\s*(?:(?:all|both|still|tous|toutes|encore|todos|aun|ya)\s+)?(?:tienen|have|ont|possedent|disposent d'|disposent de|disponen de|cuentan con|mantienen|maintain|keep|gardent)\s+(?:(?:una?|an?|une?|su|leur|their|sus|leurs)\s+)?$`)

// copulaListRe: the words after an organisation up to a copula opening
// the list of the states the sentence counts ("… le Conseil de sécurité au
// 31 décembre sont le Japon…").
var copulaListRe = mkf(`^[^.;]{0,40}?\b(?:sont|son|are|were|fueron|etaient|furent)\s+(?:la |le |les |l'|el |los |las |the )?$`)

// importanceRe: the importance, the need of respecting a position, an
// attachment to it or a call for it is a stance taken on it, not the frame
// of another one ("son attachement au respect de la souveraineté de X",
// "called for respect for X's sovereignty", "insistió en el respeto de").
var importanceRe = mkf(`\b(?:importance|necessite|need|necesidad|importancia|insiste|insisted|insists|insistio|insistieron|stressed|souligne|subrayo|underlined|attachement|attachment|attache|apego|called for|calls for|call for|appelle|appele|appelant|a appele|lance un appel|pidio|pide|exhorto|urged|urges|llamamiento|llamado|instó|insto)\b[^.;]{0,60}\b(?:respect|respeto|respecting|respecter|respetar|respete|respeten|respecte|respectent)\b`)

// supportersOf finds the states (or organisations) expressing the position.
// withinOrgRe ends the words that make the next organisation a forum where
// a state acts: "au sein de la SADC, de l'Union africaine", "within the UN".
var withinOrgRe = mkf(`\b(?:au sein d|within|en el seno d|inside)[^.;]*$`)

// backedByRe: a passive of support after a topic, up to its agents.
var backedByRe = mkf(`^[^.;]{0,60}?\b(?:(?:respaldad|apoyad|avalad)[oa]s?\s+(?:(?:entre otros|en particular|principalmente|tambien)\s+)?por|(?:soutenue?s?|appuyee?s?|endossee?s?)\s+(?:(?:notamment|entre autres|en particulier|aussi|egalement)\s+)?par|(?:backed|supported|endorsed)\s+(?:(?:notably|in particular|among others|also)\s+)?by|(?:recibio|obtuvo|ha recibido|ha obtenido|cuenta con|received|has received|obtained|won|enjoys|a recu|a obtenu|beneficie de|beneficie du|beneficie d'|a beneficie de|a beneficie du|a beneficie d')\s+(?:el |le |l'|the )?(?:\w+\s+){0,2}(?:apoyo|respaldo|soutien|appui|support|backing|endorsement)(?:\s+\w+)?\s+(?:de|del|de la|des|du|of|from)(?: the| los| las| la| les)?)\s+`)

// receivedSupportRe: a verb receiving support, anywhere in the clause of a
// topic that opens its sentence.
var receivedSupportRe = mkf(`^[^.;]{0,260}?\b(?:recibio|obtuvo|ha recibido|ha obtenido|received|has received|obtained|a recu|a obtenu)\s+(?:el |le |l'|the )?(?:\w+\s+){0,2}(?:apoyo|respaldo|soutien|appui|support|backing|endorsement)(?:\s+\w+)?\s+(?:de|del|de la|des|du|of|from)(?: the| los| las| la| les)?\s+`)

// membersOfOrgRe: the members of a group standing for it ("los 33 estados
// miembros del", "the member states of the").
var membersOfOrgRe = mkf(`^\s*(?:(?:los|las|les|the)\s+)?(?:\d+\s+)?(?:estados|paises|etats|pays|states|countries)\s+(?:miembros|membres|members|member)\s+(?:del|de la|de l'|du|de|of the|of)\s*$`)

// genitiveObjectRe: a possessive "'s" and the noun it governs;
// stanceNounRe: the nouns of a stance that a possessive state holds.
var (
	genitiveObjectRe = mkf(`^'s\s+([a-z-]+)`)
	// actorNounRe: the first word after a state's possessive that makes the
	// phrase the state's own actor ("China's Vice Foreign Minister", "Jordan's
	// government", "Kenya's delegation")
	actorNounRe  = mkf(`^(?:vice|deputy|foreign|prime|minister|president|secretary|ambassador|envoy|government|delegation|side|king|queen|emir|representative|permanent|spokesperson|spokesman|leader|head|top|chief|parliament|senate|cabinet|authorities)$`)
	stanceNounRe = mkf(`^(?:support|backing|position|recognition|commitment|decision|endorsement|stance|solidarity|firm|full|strong|continued|unwavering|steadfast|consistent|constant)`)
)

// placeInRe ends the words that make the next state a place ("in Haiti",
// "en Haïti"), not the "à"/"to" of an addressee.
// placeAtRe ends the preposition before a city named as a venue.
var placeAtRe = mkf(`\b(?:a|au|in|at|en)\s+$`)

var placeInRe = mkf(`\b(?:in|en|dans|at)\s+(?:la |le |l'|el |the )?$`)

func (x *engine) supportersOf(ts int, sp span, subjs []string) ([]string, float64) {
	low := x.f.low
	if j := x.jointFirst(ts, sp, subjs); j != nil {
		return j, 0.65 // "Both reaffirmed their support for…": the parties
	}
	if x.matchIn(ownStanceRe, max(sp.s, ts-60), ts) {
		// "Germany also welcomed India's engagement with the NSG, … and expressed
		// its support for India's accession": the subject of the sentence
		if ms := x.mentsIn(sp.s, min(ts, sp.s+30)); len(ms) > 0 && ms[0].kind == kState && !ms[0].demonym && !contains(subjs, ms[0].key) && subjectOpenRe.MatchString(x.f.low[sp.s:ms[0].s]) {
			return []string{ms[0].key}, 0.75
		}
	}
	// the stance noun with a genitive: "le soutien constant de la Côte d'Ivoire à", "el reconocimiento … por parte del Reino de España"
	for _, m := range x.find(supportRe, sp.s, ts) {
		ce := m[1]
		for _, mm := range x.mentsIn(ce, min(ts, ce+40)) {
			if (mm.kind == kState || mm.kind == kOrg) && !contains(subjs, mm.key) && stanceGen.MatchString(low[ce:mm.s]) {
				return []string{mm.key}, 0.85
			}
			break
		}
	}
	for _, mm := range x.mentsIn(ts, min(sp.e, ts+120)) {
		g := low[max(ts, mm.s-25):mm.s]
		if mm.kind == kState && !contains(subjs, mm.key) && reH2.MatchString(g) {
			return []string{mm.key}, 0.85
		}
	}
	// the nearest actor before the topic: state and organisation names, persons' states
	type cand struct {
		pos int
		key string
		m   *ment
	}
	var cs []cand
	ms := x.mentsIn(sp.s, ts)
	for i := range ms {
		m := ms[i]
		if (m.kind == kState || m.kind == kOrg) && !contains(subjs, m.key) {
			if poolPrepRe.MatchString(low[max(sp.s, m.s-40):m.s]) && m.key == x.reporting {
				continue
			}
			if m.kind == kState && !m.demonym && placeInRe.MatchString(low[max(sp.s, m.s-12):m.s]) {
				continue // "its mission in Haiti": a place, not an actor
			}
			if m.kind == kState && m.capital && placeAtRe.MatchString(low[max(sp.s, m.s-12):m.s]) {
				continue // "le Sommet qui se tiendra à Madrid": a venue, not an actor
			}
			if g := genitiveObjectRe.FindStringSubmatch(low[m.e:min(sp.e, m.e+30)]); g != nil && !stanceNounRe.MatchString(g[1]) && !actorNounRe.MatchString(g[1]) {
				continue // "condemned the DPRK's launches": the object of a stance, not its author
			}
			if m.kind == kOrg && (!reH3.MatchString(low[m.e:min(sp.e, m.e+20)]) || membersOfRe.MatchString(low[max(sp.s, m.s-70):m.s]) || withinOrgRe.MatchString(low[max(sp.s, m.s-90):m.s]) ||
				orgMembersAfterRe.MatchString(low[m.e:min(sp.e, m.e+40)])) {
				continue // "les Comores, au sein de la SADC, de l'Union africaine…": a forum, not an actor
			}
			cs = append(cs, cand{m.s, m.key, &ms[i]})
		}
	}
	for _, pm := range pmRange(x.pms, sp.s, ts) {
		if pm.p != nil {
			for _, st := range pm.p.states() {
				if !contains(subjs, st) {
					cs = append(cs, cand{pm.s, st, nil})
				}
			}
		} else if pm.state != "" && !contains(subjs, pm.state) {
			cs = append(cs, cand{pm.s, pm.state, nil})
		}
	}
	best := cand{-1, "", nil}
	for _, c := range cs {
		if c.pos > best.pos {
			best = c
		}
	}
	if best.key == "" && stateAnaphorRe.MatchString(low[sp.s:min(sp.e, sp.s+20)]) {
		// "It was one of the 23 countries that … expressed their support": the
		// state the sentence before is about
		if prev, ok := x.sentenceBefore(sp); ok {
			for _, m := range x.mentsIn(prev.s, prev.e) {
				if m.kind == kState && !m.demonym && !contains(subjs, m.key) {
					return []string{m.key}, 0.6
				}
				if m.kind == kState {
					break
				}
			}
		}
	}
	if best.key == "" {
		// "Aussi, elle a réitéré son soutien …": the person the sentences before are about
		if p := x.pronounPerson(sp); p != nil {
			for _, st := range p.states() {
				if !contains(subjs, st) {
					return []string{st}, 0.6
				}
			}
			// "During a meeting with X, the Santomean minister condemned … She also
			// reaffirmed …": the person named is the other side; the subject is the
			// untitled minister of the state the demonym names
			if prev, ok := x.sentenceBefore(sp); ok {
				for _, m := range x.mentsIn(prev.s, prev.e) {
					if m.kind == kState && m.demonym && !contains(subjs, m.key) && !contains(p.states(), m.key) && nominalSubjectRe.MatchString(low[max(prev.s, m.s-40):m.s]) {
						return []string{m.key}, 0.55
					}
				}
			}
		}
	}
	if best.key == "" {
		return x.jointSupporters(sp, subjs), 0.6
	}
	// "Los cancilleres X (Belice), Y (Venezuela), … le transmitieron su apoyo":
	// a plural title listing its holders makes them all supporters
	if pluralTitleStartRe.MatchString(low[sp.s:min(sp.e, sp.s+40)]) {
		var all []string
		for _, c := range cs {
			paren := c.m != nil && c.m.kind == kState && c.m.s > 0 && low[c.m.s-1] == '(' && c.m.e < len(low) && low[c.m.e] == ')'
			if (c.m == nil || paren) && !contains(all, c.key) {
				all = append(all, c.key) // a holder's state, or the state in parentheses after his name
			}
		}
		if len(all) > 2 {
			sort.Strings(all)
			return all, 0.6
		}
	}
	// "The Secretary and the Foreign Minister reaffirmed their support": every actor of the clause
	if x.matchIn(pluralPossRe, sp.s, ts) {
		var all []string
		for _, c := range cs {
			if !contains(all, c.key) && (c.m == nil || c.m.kind == kState) {
				all = append(all, c.key)
			}
		}
		if len(all) > 1 {
			sort.Strings(all)
			return all, 0.65
		}
	}
	if best.m != nil && best.m.kind == kState {
		return x.coordBefore(*best.m, sp, kState), 0.7
	}
	return []string{best.key}, 0.7
}

// pronounPerson returns the person a sentence opening with a personal
// pronoun is about: the first titled person of the sentences before, across
// a chain of sentences that all open with a pronoun; nil if none.
func (x *engine) pronounPerson(sp span) *person {
	low := x.f.low
	if !pronounSupporterRe.MatchString(low[sp.s:min(sp.e, sp.s+30)]) || impersonalRe.MatchString(low[sp.s:min(sp.e, sp.s+40)]) {
		return nil
	}
	cur := sp
	for i := 0; i < 4; i++ {
		prev, ok := x.sentenceBefore(cur)
		if !ok {
			return nil
		}
		if p := x.firstPersonIn(prev); p != nil {
			return p
		}
		if !pronounSupporterRe.MatchString(low[prev.s:min(prev.e, prev.s+30)]) {
			return nil // the chain of sentences about one person ends
		}
		cur = prev
	}
	return nil
}

// impersonalRe opens a sentence with an impersonal "il" ("Il s'agit de").
var impersonalRe = mkf(`^(?:[a-z ]+,\s*)?il\s+(?:s'agit|y a|y avait|est|etait|faut|convient|reste|semble|importe)\b`)

// pronounSupporterRe opens a sentence whose subject is a person's pronoun,
// after a connector ("Aussi, elle a réitéré", "He also reaffirmed").
var pronounSupporterRe = mkf(`^(?:(?:aussi|de meme|par ailleurs|en outre|enfin|also|moreover|furthermore|finally|asimismo|ademas|tambien|por otra parte|finalmente),\s*)?(?:il|elle|he|she|ella)\s`)

// stateAnaphorRe opens a sentence whose subject is a state named before.
var stateAnaphorRe = mkf(`^(?:it|this country|the country|ce pays|le pays|cet etat|este pais|el pais|dicho pais)\b`)

var (
	// appositiveMembersRe ends ", países" before "miembros": the list before is the members
	appositiveMembersRe = mkf(`[a-z],\s*(?:(?:les|des|the|los|las)\s+)?(?:(?:deux|trois|quatre|cinq|six|two|three|four|five|six|dos|tres|cuatro|cinco|seis)\s+)?(?:pays|etats|states|countries|paises|estados|nations)\s+$`)
	// commaTheRe ends ", the" before "member states of"
	commaTheRe       = mkf(`[a-z],\s*(?:the\s+|all\s+)?$`)
	genericMembersRe = mkf(`(?:pays|etats|etat|states|state|countries|paises|estados|nations|full|pleno derecho)\s+$`)
	interestRe       = mkf(`(?:interet|interest|souhait|desire|wish|interes|deseo|intention|volonte|voluntad)\s+(?:\w+\s+){0,4}$`)
	orgPronounRe     = mkf(`\b(?:l'organisation|l'organization|the organi[sz]ation|la organizacion|l'alliance|the alliance|la alianza|l'union|the union|la union|l'ont suivie?|l'a suivie?|l'a rejointe?|l'ont rejointe?|the bloc|le bloc|el bloque)\b`)
	bodyOnlyRe       = mkf(`\b(?:presidence|presidency|presidencia|poste|post|puesto de director|direction|secretariat general|secretaria general|siege|seat|asiento|puesto)\b`)
)

// numberedPairRe ends a counted or paired mention of the states told
// before ("les deux pays", "both countries", "ambos países").
var numberedPairRe = mkf(`\b(?:(?:les|ces|the|these|los|estos)\s+(?:deux|two|dos|trois|three|tres)|both|ambos)\s+(?:pays|countries|paises|etats|states|estados)\s+$`)

// copulaBeforeRe ends "are", "as" before "member states": the subject's
// states are the members ("Guyana and Jamaica are member states of").
var copulaBeforeRe = mkf(`(?:^|[^h] )(?:are|were|as|both)\s+(?:(?:the|fellow)\s+)?$`)

// copulaNounBeforeRe ends "sont des pays", "en tant qu'États", "como países"
// before "membres", "miembros".
var copulaNounBeforeRe = mkf(`(?:\b(?:sont|etaient|comme|son|eran|como)\s+(?:(?:les|des|los|las|deux|dos)\s+)?|qu')(?:pays|etats|paises|estados|nations|naciones)\s+$|\b(?:are|were)\s+full\s+$`)

// namedAfterRe: a word after "l'Alliance", "the Union" that makes it the
// name of another organisation (an adjective or a complement), not a
// reference to the one just named.
var namedAfterRe = mkf(`^\s+(?:[a-z]+(?:aire|ale|al|ique|ienne|ien|aine|ain|ean|ian|ic)|pour|for|para|of|de|du|des|del)\b`)

// bidBeforeRe: a candidacy or bid named before a "member" cue.
var bidBeforeRe = mkf(`\b(?:candidature|candidacy|candidatura|bid|siege de|seat as|puesto de|puesto como|asiento como|aspiraciones|aspirations|aspiration)\b`)

// processRe: an accession process is an application under way.
var processRe = mkf(`\b(?:process|processus|proceso|roadmap|feuille de route|hoja de ruta)\b`)

// aspirationBeforeRe: an aspiration to a seat, which no other cue of the
// sentence records as a bid.
var aspirationBeforeRe = mkf(`\b(?:aspiraciones|aspiracion|aspirations|aspiration)\b`)

// nonPermanentRe: a non-permanent seat or member, which only the UN
// Security Council has.
var nonPermanentRe = mkf(`\b(?:non[- ]permanent|no permanente|non permanent)`)

// applicationCueRe: a membership application by the state named before it
// (unlike "candidature", which may be anybody's).
var applicationCueRe = mkf(`^(?:a |ont )?(?:appli|demande|solicitud|request|sollicit|solicit|sought|pidio|pide|asked|asks|seek|candidat[oa]s? a|candidate (?:for|to)|(?:est|sont|es|son|is|are) (?:(?:a|un|une) )?candidat)`)

// orgBodyAfterRe opens, after an organisation's name, a body within it
// whose members are not the organisation's.
var orgBodyAfterRe = mkf(`^\s+(?:contact group|groupe de contact|grupo de contacto|task force|working group|groupe de travail|grupo de trabajo|troika|troica)\b`)

// wishThatRe opens a wished-for or future accession ("para que México
// ingrese", "la futura incorporación de México"): no membership yet.
var wishThatRe = mkf(`\b(?:para que|pour que|afin que|so that|in order for|(?:futura|future|futur|eventual|eventuelle|possible|posible)\s+(?:incorporacion|adhesion|accession|integration|integracion|ingreso))\b[^.;]*$`)

// admitVerbRe is a verb of admitting whose object is the new member.
var admitVerbRe = mkf(`^(?:admitted|admitio|admitieron|ha admitido|han admitido|a admis|ont admis)$`)

// asObserverAfterRe starts the observer status a join cue is given in ("admis
// mardi en tant qu'observateurs", "admitted as observers").
var asObserverAfterRe = mkf(`^[^.;]{0,40}?\b(?:en tant qu'|comme |as |como |en calidad de )(?:(?:membres?|members?|miembros?) )?(?:observateur|observatrice|observer|observador)`)

// allMemberRes is memberRes followed by extraMemberRes.
var allMemberRes = append(memberRes[:len(memberRes):len(memberRes)], extraMemberRes...)

// findMemberships is pass 4b: MEMBER_OF.
func (x *engine) findMemberships() {
	low := x.f.low
	done := map[int]bool{} // per sentence: offsets inside a cue already taken
	for _, sp := range x.sents {
		clear(done)
		for k, mr := range allMemberRes {
			for _, m := range x.find(mr.re, sp.s, sp.e) {
				s, e := m[0], m[1]
				if done[s] || k >= len(memberRes) && !x.extraCueOK(mr.status, s, sp) {
					continue
				}
				for i := s; i < e; i++ {
					done[i] = true // "a demandé son adhésion": applied, not also joined
				}
				pre := low[max(sp.s, s-25):s]
				post := low[e:min(sp.e, e+14)]
				if mr.status == "member" && strings.HasSuffix(pre, "-") {
					continue // "the 48-member Nuclear Suppliers Group": its size
				}
				if mr.status == "joined" && strings.HasPrefix(post, " by ") {
					continue // "joined by the Minister for …": company, not accession
				}
				if mr.status == "joined" && asObserverAfterRe.MatchString(low[e:min(sp.e, e+60)]) {
					continue // "ont été admis mardi en tant qu'observateurs": the observer cue tells the status
				}
				if wishThatRe.MatchString(low[max(sp.s, s-100):e]) {
					continue // "su respaldo para que México ingrese a la Unasur en calidad de observador": a wish
				}
				// "Bolivia, Colombia, Ecuador y el Perú, países miembros de la CAN",
				// "Kenya, Uganda and Tanzania, member states of the EAC": a list in apposition
				appos := mr.status == "member" && (appositiveMembersRe.MatchString(low[max(sp.s, s-45):s]) ||
					(strings.HasPrefix(post, " states") || strings.HasPrefix(post, " countries")) && commaTheRe.MatchString(low[max(sp.s, s-8):s]) ||
					// "Guyana and Jamaica are member states of CARICOM", "… as member states of", "como países miembros de"
					(strings.HasPrefix(post, " states") || strings.HasPrefix(post, " countries")) && copulaBeforeRe.MatchString(low[max(sp.s, s-20):s]) ||
					genericMembersRe.MatchString(pre) && copulaNounBeforeRe.MatchString(low[max(sp.s, s-40):s]) ||
					// "les deux pays membres de la CEEAC": the states counted are those told before
					numberedPairRe.MatchString(pre))
				if !appos && (genericMembersRe.MatchString(pre) && mr.status == "member" || strings.HasPrefix(post, " states") || strings.HasPrefix(post, " countries")) || strings.HasPrefix(post, " du gouvernement") ||
					strings.HasPrefix(post, " of the government") || strings.HasPrefix(post, " del gobierno") || strings.HasPrefix(post, " de la delegation") ||
					interestRe.MatchString(low[max(sp.s, s-60):s]) {
					continue
				}
				// the organisation: after the cue, else before it in the sentence, else "l'organisation"
				org, orgPos := "", -1
				for _, mm := range x.mentsIn(e, min(sp.e, e+90)) {
					if mm.kind == kOrg {
						org, orgPos = mm.key, mm.s
						if orgBodyAfterRe.MatchString(low[mm.e:min(sp.e, mm.e+24)]) {
							org = "-" // "a key member of the OIC Contact Group on Kashmir": a body within it
						}
						break
					}
				}
				if org == "-" {
					continue
				}
				if low[s:e] == "left" && orgPos != e+1 {
					continue // "Peru left ECOWAS", not "left for Addis Ababa to attend the AU summit"
				}
				if org == "" && strings.HasPrefix(low[s:e], "bid") {
					continue // "a bid to host the Games": a bid, but to no organisation
				}
				if org != "" && mr.status == "applied" && bodyOnlyRe.MatchString(low[e:orgPos]) && !seatAtRe.MatchString(low[e:orgPos]) {
					continue // a candidacy to a post, not to membership
				}
				status, aspiring := mr.status, false
				if status == "member" && bidBeforeRe.MatchString(low[max(sp.s, s-45):s]) {
					if !aspirationBeforeRe.MatchString(low[max(sp.s, s-90):s]) {
						continue // "la candidature de l'Inde à un siège de membre permanent": the bid, not a seat held
					}
					status, aspiring = "applied", true // "las aspiraciones de la República Dominicana a un puesto como miembro": sought
				}
				if status == "joined" && orgPos > 0 && processRe.MatchString(low[s:min(sp.e, orgPos+40)]) {
					status = "applied" // "Indonesia's accession to the OECD process": under way, not done
				}
				if status == "joined" && accessionBackRe.MatchString(low[max(sp.s, s-45):s]) && accessionTopicRe.MatchString(low[s:e]) {
					status = "applied" // "leur soutien à l'adhésion de la Finlande à l'OTAN": an accession backed, not done
				}
				if w := low[s:e]; strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "followed") || strings.HasPrefix(w, "la sig") || strings.HasPrefix(w, "lo sig") {
					// "Le Burkina Faso et le Niger l'ont suivi": the last membership again
					if len(x.members) == 0 {
						continue
					}
					last := x.members[len(x.members)-1]
					org, status = last.org, last.status
				}
				if org == "" {
					if om := orgPronounRe.FindStringIndex(low[max(sp.s, s-40):min(sp.e, e+40)]); om != nil && !namedAfterRe.MatchString(low[max(sp.s, s-40)+om[1]:min(sp.e, e+80)]) {
						org = x.mainOrg(s) // but "l'Alliance solaire internationale": an organisation of its own
					}
				}
				if org == "" && mr.status != "applied" {
					ms := x.mentsIn(max(sp.s, s-120), s)
					for i := len(ms) - 1; i >= 0; i-- {
						if ms[i].kind == kOrg {
							org = ms[i].key
							break
						}
					}
				}
				if org == "" && (status == "observer" || status == "applied" && (!strings.HasPrefix(low[s:e], "candida") || accessionWordInRe.MatchString(low[s:e])) || status == "left" || strings.Contains(low[s:e], " its ") ||
					status == "joined" && alsoJoinedRe.MatchString(low[max(sp.s, s-20):min(sp.e, e+3)])) {
					org = x.mainOrg(s) // "L'Ouzbékistan, … en qualité d'observateur"
				}
				if org == "" && (status == "member" || status == "applied") && nonPermanentRe.MatchString(low[s:min(sp.e, e+40)]) {
					org = "UNSC" // "étaient élus membres non permanents pour la période 2020-2021": of the Security Council
				}
				if org == "" && status == "member" && copulaMembersRe.MatchString(low[max(sp.s, s-30):s]) && !strings.HasPrefix(strings.TrimSpace(post), "of") && !strings.HasPrefix(strings.TrimSpace(post), "de") {
					org = x.mainOrg(s) // "Azerbaijan, Kazakhstan … and Uzbekistan are full members": of the organisation of the text
				}
				if org == "" {
					continue
				}
				// the states: a genitive list right after the cue, else the list before
				var states []string
				for _, mm := range x.mentsIn(e, min(sp.e, e+35)) {
					// ("observateur permanent du Royaume auprès de l'OEA")
					gap := strings.TrimPrefix(strings.TrimPrefix(low[e:mm.s], " permanent"), "e")
					if mm.kind == kState && (genitiveRe.MatchString(gap) || strings.TrimSpace(gap) == "" && mm.demonym) {
						states = x.coordList(mm, sp, kState)
					} else if mm.kind == kState && !mm.capital && strings.TrimSpace(gap) == "" && status == "observer" && asBeforeRe.MatchString(low[max(sp.s, s-12):s]) {
						states = x.coordList(mm, sp, kState) // "y como observadores España, México y Taiwán": the list after
					} else if mm.kind == kState && !mm.capital && !mm.demonym && status == "joined" && admitVerbRe.MatchString(low[s:e]) && (strings.TrimSpace(gap) == "" || strings.TrimSpace(gap) == "a") {
						states = x.coordList(mm, sp, kState) // "The SCO admitted Belarus", "La OCS admitió a Bielorrusia": the object
					}
					break
				}
				if len(states) == 0 && status == "applied" {
					// "Kenya's candidacy for a seat on…", "la candidature marocaine au…"
					for _, mm := range x.mentsIn(max(sp.s, s-30), min(sp.e, e+20)) {
						if mm.kind == kState && (mm.e <= s && (strings.TrimSpace(low[mm.e:s]) == "'s" || mm.demonym && strings.TrimSpace(low[mm.e:s]) == "") ||
							mm.s >= e && mm.demonym && strings.TrimSpace(low[e:mm.s]) == "") {
							states = []string{mm.key}
							break
						}
					}
				}
				if len(states) == 0 && status == "observer" {
					// "octroyer le statut d'observateur au Royaume du Maroc", "granted observer status to X": the recipient
					for _, mm := range x.mentsIn(e, min(sp.e, e+40)) {
						if mm.kind == kState && !mm.demonym && grantedToRe.MatchString(low[max(sp.s, s-60):s]) && toStateRe.MatchString(low[e:mm.s]) {
							states = x.coordList(mm, sp, kState)
						}
						break
					}
				}
				if by, thanker := x.thankedFor(s, sp); by != "" && status == "applied" && (len(states) == 0 || len(states) == 1 && states[0] == by) {
					states = []string{thanker} // "India thanked Germany for backing its membership bid in the NSG"
				}
				if len(states) == 0 && genericGenitive(low[e:min(sp.e, e+40)]) {
					continue // "admission of countries who have not signed the NPT": no state of the text
				}
				if len(states) == 0 && status == "applied" && eachOtherRe.MatchString(low[max(sp.s, s-20):s]) {
					if ps := x.mutualParties(sp); len(ps) == 2 {
						states = ps // "the two countries supported each other's candidature for a permanent seat"
					}
				}
				if len(states) == 0 && status == "applied" && (strings.HasPrefix(low[s:e], "candida") || strings.HasPrefix(low[s:e], "bid")) && ownPossRe.MatchString(low[max(sp.s, s-8):s]) && orgPos > 0 && seatAtRe.MatchString(low[e:orgPos]) {
					// "la Belgique … dans le cadre de sa candidature pour un siège de membre non permanent au Conseil de sécurité": the subject's
					for _, mm := range x.mentsIn(sp.s, s) {
						if mm.kind == kState && !mm.capital && !mm.demonym {
							states = []string{mm.key} // the sentence's subject ("New Zealand has sought Sri Lanka's support in its bid")
							break
						}
					}
				}
				if len(states) == 0 && status == "applied" && !aspiring && !applicationCueRe.MatchString(low[s:e]) && !(strings.HasPrefix(low[s:e], "candida") && accessionWordInRe.MatchString(low[s:e])) {
					continue
				}
				if len(states) == 0 {
					ms := x.mentsIn(max(sp.s, s-160), s)
					for i := len(ms) - 1; i >= 0; i-- {
						if ms[i].kind == kState && !ms[i].capital {
							if !ms[i].demonym && x.matchIn(locativeRe, max(sp.s, ms[i].s-12), ms[i].s) && len(x.coordBefore(ms[i], sp, kState)) == 1 {
								break // "un contingente … a los Cascos Azules en el Líbano, … estos estados observadores": a place
							}
							states = x.coordBefore(ms[i], sp, kState)
							break
						}
					}
					states = x.withCompanions(states, sp, s)
				}
				if len(states) == 0 && status == "observer" {
					// "Como país observador, México reafirma …": the subject after the fronted phrase
					for _, mm := range x.mentsIn(e, min(sp.e, e+25)) {
						if mm.kind == kState && !mm.demonym && strings.TrimSpace(low[e:mm.s]) == "," {
							states = []string{mm.key}
						}
						break
					}
				}
				if len(states) == 0 && whoseCountryRe.MatchString(low[max(sp.s, s-25):s]) {
					// "Macri, cuyo país hace parte del MERCOSUR": the country of the person named before
					if pms := pmRange(x.pms, max(sp.s, s-60), s); len(pms) > 0 && pms[len(pms)-1].p != nil {
						if st := pms[len(pms)-1].p.states(); len(st) == 1 {
							states = st
						}
					}
				}
				if len(states) > 0 && orgPos > 0 {
					// "… del MERCOSUR, junto con Brasil, Paraguay, Uruguay y Venezuela": the others too
					if om := x.mentAt(orgPos); om != nil {
						if cm := companionAfterRe.FindStringIndex(low[om.e:min(sp.e, om.e+30)]); cm != nil {
							for _, st := range x.stateListAfter(om.e+cm[1], sp) {
								if !contains(states, st) {
									states = append(states, st)
								}
							}
						}
					}
				}
				if len(states) == 0 && orgPos > 0 {
					// "Les pays ayant quitté le Conseil au 31 décembre sont le Japon et
					// l'Égypte": the list after the copula, not the countries told before
					if om := x.mentAt(orgPos); om != nil {
						for _, mm := range x.mentsIn(om.e, sp.e) {
							if mm.kind == kState && !mm.capital && !mm.demonym && copulaListRe.MatchString(low[om.e:mm.s]) {
								states = x.coordList(mm, sp, kState)
							}
							break
						}
					}
				}
				if len(states) == 0 {
					states = x.numberedCountries(sp, s) // "Les trois pays, membres fondateurs de …"
				}
				if len(states) == 0 && s-sp.s < 12 && orgPos > 0 {
					// "Membres fondateurs de l'AES, …, Ouagadougou, Bamako et Niamey …"
					for _, mm := range x.mentsIn(orgPos, sp.e) {
						if mm.kind == kState && mm.s > orgPos {
							if l := x.coordList(mm, sp, kState); len(l) > 1 {
								states = l
							}
							break
						}
					}
				}
				if len(states) == 0 {
					continue
				}
				date := ""
				ts, te := x.f.text(s), x.f.textEnd(min(sp.e, e+60))
				for _, dm := range text.FindDates(x.doc.Text[ts:te], x.lang, x.ref) {
					if d := dm.Date.String(); d != "" {
						date = d
						break
					}
				}
				for _, st := range states {
					x.members = append(x.members, membership{state: st, org: org, status: status, date: date, ev: sp, conf: 0.75})
				}
				if status == "member" && !appos && orgPos > 0 && !strings.Contains(post, "observ") && !strings.Contains(pre, "observ") {
					// "Les deux pays sont membres de la CEDEAO, de l'UA et de la CEN-SAD": of each
					for _, o := range x.coordOrgsAfter(orgPos, sp) {
						for _, st := range states {
							x.addMember(st, o, status, sp, 0.65)
						}
					}
				}
				if status == "applied" && orgPos > 0 && pluralBidRe.MatchString(low[s:e]) {
					// "Viet Nam's candidacies for the UNESCO Executive Council 2015-2019,
					// ECOSOC 2016-2018 and the Security Council": one bid to each
					for _, o := range x.orgListAfter(orgPos, sp) {
						for _, st := range states {
							x.members = append(x.members, membership{state: st, org: o, status: status, ev: sp, conf: 0.65})
						}
					}
				}
			}
		}
	}
	x.followedMembers()
	x.memberFacts()
	x.bidsAndEntries()
}

// grantedToRe ends a verb granting a status ("octroyer le statut d'", "granted").
var grantedToRe = mkf(`\b(?:octroy\w*|accord\w*|confer\w*|attribu\w*|grant\w*|award\w*|otorg\w*|conced\w*)\b[^.;]{0,30}$`)

// toStateRe is the preposition between a granted status and its recipient.
var toStateRe = mkf(`^\s*(?:au|aux|a la|a l'|a|to|to the|al|a los)\s*$`)

// voteForRe is a promise of a vote for a state ("voterait en faveur de la
// Belgique", "will vote for Kenya", "votará a favor de Chile").
var voteForRe = mkf(`\b(?:voter\w*|votera\w*|vote|votes|voted|will vote|would vote|votar\w*|votara\w*|votaria\w*)\s+(?:en faveur d[eu']|en faveur de la|pour|for|a favor de(?:l)?|por)\s*(?:la |le |l'|les |el |los |las |the )?$`)

// voteSupports records a state's promised vote for another state as
// support of that state's candidacy, in a text about a candidacy: "L'Albanie
// a confirmé qu'elle voterait en faveur de la Belgique le 8 juin".
func (x *engine) voteSupports() {
	if !x.candidacyText("bid") {
		return
	}
	x.eachStateAfter(voteForRe, 40, func(sp span, ms []ment, i int) {
		mm := ms[i]
		if sup := stateBefore(ms, i, mm.key, false); sup != "" && !x.hasSupport(sup, mm.key, "candidacy") {
			x.supports = append(x.supports, support{supporter: sup, subject: mm.key, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
		}
	})
}

// candidacyText reports whether the text speaks of a candidacy (bid: the
// form of "bid" to look for).
func (x *engine) candidacyText(bid string) bool {
	return x.docHas(candidacyWords) || strings.Contains(x.f.low, bid)
}

// saharaWord names the Sahara.
var saharaWord = newKeySet("sahara")

// candidacyWords speak of a candidacy (candidacyText, endorsedSupports).
var candidacyWords = newKeySet("candida", "postulaci")

// eachStateAfter calls f for each state named (no demonym, no capital)
// right after a match of re within back bytes before it.
func (x *engine) eachStateAfter(re *fre, back int, f func(sp span, ms []ment, i int)) {
	low := x.f.low
	for _, sp := range x.sents {
		ms := x.mentsIn(sp.s, sp.e)
		for i, mm := range ms {
			if mm.kind == kState && !mm.demonym && !mm.capital && re.MatchString(low[max(sp.s, mm.s-back):mm.s]) {
				f(sp, ms, i)
			}
		}
	}
}

// supportToStateRe ends a support given to a state named right after it:
// a noun with its preposition ("su respaldo a", "its support to", "son
// soutien au") or a verb with its object ("supported", "apoyará a").
var supportToStateRe = mkf(`\b(?:(?:soutien|appui|support|backing|apoyo|respaldo)(?:\s+[\w']+){0,3}?\s+(?:a|al|au|aux|a la|a l'|to|for)|(?:supported|supports|will support|would support|backed|backs|will back|endorsed|endorses|will endorse|soutient|soutiendra|soutiendrait|a soutenu|appuie|appuiera|a appuye|apoya|apoyara|apoyaria|apoyo|respalda|respaldara|respaldaria|respaldo)(?:\s+a)?)\s*(?:la |le |l'|el |the )?$`)

// seatContextRe: what, after the state, makes the support one for a seat
// or a post: a body, a seat, an election.
var seatContextRe = mkf(`\b(?:seat|siege|puesto|escano|asiento|election|elections|eleccion|elecciones|elu|elegid[oa]|elected|mandat|mandate|mandato|candida\w*|postulaci\w*|bid)\b`)

// directSupports records support given to a state itself, in a text about a
// candidacy, as support of that state's candidacy: "China ya prometió su
// respaldo a Panamá para el Consejo de Seguridad", "Ethiopia supported
// Mozambique in the election". The support is read when a body or a seat
// follows the state, or the state is a candidate in the text.
func (x *engine) directSupports() {
	low := x.f.low
	if !x.candidacyText(" bid") {
		return
	}
	x.eachStateAfter(supportToStateRe, 45, func(sp span, ms []ment, i int) {
		mm := ms[i]
		after := low[mm.e:min(sp.e, mm.e+70)]
		body := ""
		for _, om := range x.mentsIn(mm.e, min(sp.e, mm.e+70)) {
			if om.kind == kOrg {
				body = om.key
				break
			}
		}
		if body == "" && !seatContextRe.MatchString(after) && !x.candidateState(mm.key) {
			return
		}
		sup := stateBefore(ms, i, mm.key, false)
		if sup == "" || x.hasSupport(sup, mm.key, "") {
			return
		}
		x.supports = append(x.supports, support{supporter: sup, subject: mm.key, topic: "candidacy", stance: "support", ev: sp, conf: 0.5})
	})
}

// candidateState reports whether state st is a candidate in the text: an
// application to an organisation, or a candidacy supported, is recorded.
func (x *engine) candidateState(st string) bool {
	for _, mb := range x.members {
		if mb.state == st && mb.status == "applied" {
			return true
		}
	}
	for _, o := range x.supports {
		if o.subject == st && o.topic == "candidacy" {
			return true
		}
	}
	return false
}

// copulaMembersRe ends a plural copula before "members" ("are full ",
// "sont membres", "son miembros plenos").
var copulaMembersRe = mkf(`\b(?:are|were|sont|son|eran|etaient)\s+(?:(?:full|founding|fully-fledged|permanent|les|the)\s+)?$`)

// asBeforeRe ends "como", "as", "comme" right before a status.
var asBeforeRe = mkf(`\b(?:como|as|comme|en tant qu')\s+$`)

// endorsedByRe follows a candidate's name: "has been endorsed by", "a été
// soutenue par", "ha sido respaldado por".
var endorsedByRe = mkf(`^[^.;]{0,25}?\b(?:has been|have been|was|is|had been|a ete|est|ha sido|fue|es)\s+(?:(?:formally|officially|unanimously|officiellement|oficialmente|unanimement|unanimemente)\s+)?(?:endorsed|backed|supported|soutenue?|appuyee?|endossee?|respaldad[oa]|apoyad[oa]|avalad[oa])\s+(?:by|par|por)\s+(?:the |l'|la |le |el |los |las |les )?`)

// endorsedSupports records, in a text about a candidacy, that the state or
// organisation a candidate "has been endorsed by" supports the candidacy of
// the candidate's state: "Ms. Botchwey has been endorsed by the African
// Union".
func (x *engine) endorsedSupports() {
	low := x.f.low
	if !x.candidacyText("bid") {
		return
	}
	for _, sp := range x.sents {
		for _, pm := range pmRange(x.pms, sp.s, sp.e) {
			if pm.p == nil || pm.p.candidateState() == "" {
				continue
			}
			m := endorsedByRe.FindStringIndex(low[pm.e:sp.e])
			if m == nil {
				continue
			}
			subj := pm.p.candidateState()
			var sups []string
			for i, mm := range x.mentsIn(pm.e+m[1], sp.e) {
				if i == 0 && mm.kind == kOrg {
					sups = []string{mm.key}
					break
				}
				if mm.kind == kState && !mm.demonym && mm.key != subj {
					sups = x.coordList(mm, sp, kState)
				}
				break
			}
			for _, sup := range sups {
				if sup != subj && !x.hasSupport(sup, subj, "candidacy") {
					x.supports = append(x.supports, support{supporter: sup, subject: subj, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
				}
			}
		}
	}
}

// supportGivenToRe ends a support given to someone, before the one supported
// ("support to", "soutien au", "apoyo a").
var supportGivenToRe = mkf(`\b(?:support|backing|soutien|appui|apoyo|respaldo)\s+(?:to|for|au|aux|a la|a l'|a|al|envers)\s+(?:the\s+|la\s+|le\s+|el\s+)?$`)

// onCauseRe follows the one supported: the cause or issue of the support
// ("on the Kashmir cause", "sur la question palestinienne").
var onCauseRe = mkf(`^\s*(?:on|over|in|sur|dans|en|sobre|regarding|concernant)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?(?:[\w'-]+\s+){0,3}(?:cause|issue|question|dispute|causa|cuestion|conflict|conflit|conflicto)\b`)

// causeWordIn reports whether s holds one of onCauseRe's nouns: a cheap
// test before the patterns.
var causeWords = newKeySet("cause", "issue", "question", "dispute", "causa", "cuestion", "conflict", "conflit")

// causeSupports records a state's support given to another state on a
// cause or issue ("reaffirmed Saudi Arabia's traditional support to
// Pakistan on the Kashmir cause") as a position of topic other.
func (x *engine) causeSupports() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.contains(causeWords, sp.s, sp.e) {
			continue
		}
		ms := x.mentsIn(sp.s, sp.e)
		for i, mm := range ms {
			if mm.kind != kState || mm.demonym || !x.matchIn(supportGivenToRe, max(sp.s, mm.s-40), mm.s) || !onCauseRe.MatchString(low[mm.e:min(sp.e, mm.e+50)]) {
				continue
			}
			if sup := stateBefore(ms, i, mm.key, true); sup != "" && !x.hasSupport(sup, mm.key, "") {
				x.supports = append(x.supports, support{supporter: sup, subject: mm.key, topic: "other", stance: "support", ev: sp, conf: 0.55})
			}
		}
	}
}

// soughtSupportRe ends a request for someone's support before a topic
// ("has sought Sri Lanka's support in its", "solliciter l'appui du Mali à").
var soughtSupportRe = mkfi(`\b(?:soutien|appui|apoyo|respaldo|support)\s+que\s+[^.;]{0,30}?\b(?:sollicit\w*|demande\w*|solicit\w*|pide|piden|pidio|seeks|sought)\b[^.;]{0,60}$|\b(?:sought|seeks?|seeking|asked for|asks for|requested|requests?|solicit\w*|sollicit\w*|pidio|pide|solicito|demande|demander|a demande)\s+(?:[\w'-]+\s+){0,4}(?:support|soutien|appui|apoyo|respaldo|backing|vote|voix|voto)\b[^.;]{0,60}$`)

// stateBefore returns the state of the nearest mention before ms[i] that
// is not the state skip (capitals count when withCapitals), or "".
func stateBefore(ms []ment, i int, skip string, withCapitals bool) string {
	for j := i - 1; j >= 0; j-- {
		if ms[j].kind == kState && (withCapitals || !ms[j].capital) && ms[j].key != skip {
			return ms[j].key
		}
	}
	return ""
}

// hasSupport reports whether a position of sup on subj (of topic, any
// topic when "") is already recorded.
func (x *engine) hasSupport(sup, subj, topic string) bool {
	for _, o := range x.supports {
		if o.supporter == sup && o.subject == subj && (topic == "" || o.topic == topic) {
			return true
		}
	}
	return false
}

// pluralBidRe is a plural candidacy cue.
var pluralBidRe = mkf(`^(?:candidatures|candidacies|candidaturas|postulaciones)$`)

// orgListAfter returns the organisations listed after the one at view
// offset first, in the list's order: items joined by commas and "and",
// with terms ("2016-2018") and acronyms in brackets between them.
func (x *engine) orgListAfter(first int, sp span) []string {
	return x.orgsAfter(first, sp, false)
}

// coordOrgsAfter returns the organisations coordinated with the one at view
// offset first ("ECOWAS, the AU and the Commonwealth"), in order: a plain
// list (coordOrgGlueRe), each item's acronym in brackets passed over.
func (x *engine) coordOrgsAfter(first int, sp span) []string {
	return x.orgsAfter(first, sp, true)
}

// coordOrgGlueRe joins two organisations of a plain list: a comma or a
// conjunction, and an article or "de" ("de la CEDEAO, de l'UA et de la
// CEN-SAD"); never "of" alone ("the Council of the African Union").
var coordOrgGlueRe = mkf(`^\s*(?:,|,?\s*(?:et|and|y|e|ainsi que|as well as))\s*(?:(?:de la|de l'|du|des|de|del|d'|of the|of|the|la|le|l'|el|los|las|les|a la|au|aux|al|in the|in)\s*)?$`)

// orgsAfter is orgListAfter, or coordOrgsAfter when plain.
func (x *engine) orgsAfter(first int, sp span, plain bool) []string {
	var out []string
	prev := x.mentAt(first)
	if prev == nil {
		return nil
	}
	cur := prev.e
	for _, mm := range x.mentsIn(prev.e, sp.e) {
		if mm.s < cur {
			continue
		}
		if plain && mm.key == prev.key && strings.TrimSpace(x.f.low[cur:mm.s]) == "(" && mm.e < sp.e && x.f.low[mm.e] == ')' {
			cur = mm.e + 1 // "l'Union économique et monétaire ouest-africaine (UEMOA), de la …": its acronym
			continue
		}
		gap := x.f.low[cur:mm.s]
		if mm.kind != kOrg || plain && !coordOrgGlueRe.MatchString(gap) || !plain && (mm.s-cur > 45 || !orgGlueRe.MatchString(gap)) {
			break
		}
		if nx := x.mentAt(mm.e + 1); !plain && nx != nil && nx.kind == kOrg && mm.key == "UN" {
			continue // "the UN Economic and Social Council": the body named next
		}
		if mm.key != prev.key && !contains(out, mm.key) {
			out = append(out, mm.key)
		}
		cur = mm.e
		prev = &mm
	}
	return out
}

// orgGlueRe is what stands between two organisations of a list: terms,
// a body's name ("Executive Council"), a comma, a conjunction, an article
// (at most four words, and 45 bytes).
var orgGlueRe = mkf(`^[\s,;()\d\x{2013}-]*(?:[a-z']+[\s,;()\d\x{2013}-]+){0,4}$`)

// findMissions is pass 4c: embassies and consulates.
func (x *engine) findMissions() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(missionRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			w := low[s:e]
			if strings.HasPrefix(w, "consulats") {
				continue // plural: pluralMissions
			}
			if noMissionRe.MatchString(low[max(sp.s, s-40):s]) {
				continue // "Comoros does not have an embassy in Rabat"
			}
			if strings.HasPrefix(w, "high") && strings.HasSuffix(low[max(sp.s, s-6):s], "joint ") {
				continue // "the Moroccan-Mauritanian Joint High Commission": a bilateral body, no mission
			}
			kind := "consulate"
			if strings.HasPrefix(w, "amb") || strings.HasPrefix(w, "emb") || strings.HasPrefix(w, "high") {
				kind = "embassy" // a Commonwealth High Commission is an embassy
			}
			if strings.Contains(w, "permanent") || strings.Contains(w, "diplomati") && (!x.consularContext(sp) || (strings.Contains(w, "mision") || strings.Contains(w, "mission")) && embassyWordRe.MatchString(low[sp.s:sp.e])) {
				kind = "embassy" // "this diplomatic representation": a consulate where the text speaks of consulates
			}
			if tenureRe.MatchString(low[max(sp.s, s-30):s]) {
				continue // "au terme de leur mission diplomatique": the envoy's tenure, no mission
			}
			if strings.Contains(w, "permanent") && !x.permanentMissionInState(e, sp) {
				continue // "la Mission permanente auprès des Nations unies": at an organisation
			}
			if strings.HasPrefix(w, "high") && (strings.HasPrefix(low[e:min(sp.e, e+5)], " for") || unBeforeRe.MatchString(low[max(sp.s, s-25):s])) {
				continue // "the UN High Commission for Refugees": an agency, no embassy
			}
			sender, host, city := "", "", ""
			cur := e
			if rm := residentRe.FindStringIndex(low[cur:sp.e]); rm != nil {
				cur += rm[1]
			}
			// sender: genitive or adjective right after, or adjective before
			for _, mm := range x.mentsIn(e, min(sp.e, cur+25)) {
				if mm.kind == kState && !mm.capital && (genitiveRe.MatchString(low[cur:mm.s]) || strings.TrimSpace(low[cur:mm.s]) == "" || strings.TrimSpace(low[e:mm.s]) == "") {
					sender = mm.key
					cur = min(mm.e, sp.e) // (a mention may run past a sentence cut inside it)
				}
				break
			}
			if sender == "" {
				for _, mm := range x.mentsIn(max(sp.s, s-20), s) {
					if mm.e > s {
						continue
					}
					g := strings.TrimSpace(low[mm.e:s])
					if mm.kind == kState && (g == "" || g == "'s") {
						sender = mm.key
					}
				}
			}
			// host: "à Rabat", "au Maroc", "in Rabat", "en Madrid"
			if m := sameCityRe.FindStringIndex(low[cur:min(sp.e, cur+30)]); m != nil && !namedCityAfterRe.MatchString(low[cur+m[1]:min(sp.e, cur+m[1]+5)]) && len(x.missions) > 0 && x.missions[len(x.missions)-1].city != "" {
				// "c'est la Gambie qui ouvrait un consulat dans la même ville", "a consulate in
				// the city": the city just told
				last := x.missions[len(x.missions)-1]
				host, city = last.host, last.city
			}
			for _, mm := range x.mentsIn(cur, min(sp.e, cur+60)) {
				if mm.key == sender && strings.TrimSpace(low[cur:mm.s]) == "(" {
					continue // "du Congo (RDC)": the sender's acronym
				}
				if host != "" || mm.kind == kOrg || x.match(missionRe, cur, mm.s) || clauseBreakRe.MatchString(low[cur:mm.s]) {
					break // the state of another mission ("… de la Guinée et le consulat du Gabon"), or of the next clause
				}
				if mm.capital || mm.kind == kCity {
					host, city = mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]
					break
				}
				if mm.kind == kState && !mm.demonym {
					host = mm.key
					break
				}
			}
			if host == "" && city == "" {
				// a city the gazetteer does not know: "en Mérida", "in Surabaya"
				if cm := cityPrepRe.FindStringSubmatchIndex(low[cur:min(sp.e, cur+40)]); cm != nil {
					cs := cur + cm[2]
					var buf [16]tok // on the stack: the words are not kept
					toks := x.appendTokens(buf[:0], cs, min(sp.e, cs+40))
					if len(toks) > 0 && toks[0].s == cs && isCap(toks[0]) && !nameStop[toks[0].low] && x.mentAt(cs) == nil {
						ce := toks[0].e
						for k := 1; k < len(toks) && k < 3 && x.f.up[toks[k-1].e:toks[k].s] == " " && isCap(toks[k]) && x.mentAt(toks[k].s) == nil; k++ {
							ce = toks[k].e
						}
						city = x.doc.Text[x.f.text(cs):x.f.textEnd(ce)]
						if iso, ok := x.g.CityState(city); ok {
							host = iso
						}
						for _, mm := range x.mentsIn(ce, min(sp.e, ce+25)) {
							if mm.kind == kState && !mm.demonym && reH4.MatchString(low[ce:mm.s]) {
								host = mm.key
							}
							break
						}
					}
				}
			}
			if sender == "" && ownGovRe.MatchString(low[max(sp.s, s-40):s]) {
				// "su gobierno abrirá un consulado": the state of the clause's subject
				for _, pm := range pmRange(x.pms, sp.s, s) {
					if pm.p != nil && len(pm.p.states()) == 1 {
						sender = pm.p.states()[0]
						break
					}
				}
				if sender == "" {
					// "le nouvel ambassadeur de Turquie, qui réside à Dakar, a annoncé que son pays ouvrira une ambassade"
					for _, em := range x.find(envoyNounRe, sp.s, s) {
						for _, mm := range x.mentsIn(em[1], min(s, em[1]+25)) {
							if mm.kind == kState && !mm.capital && envoyGenRe.MatchString(low[em[1]:mm.s]) {
								sender = mm.key
							}
							break
						}
						break
					}
				}
			}
			if sender == "" && x.reporting != "" && !x.weakReporting && govSubjectRe.MatchString(low[sp.s:s]) && len(x.mentsIn(sp.s, s)) == 0 {
				// "El Consejo de Ministros decidió abrir una embajada en Hanoi": the reporting state's government
				sender = x.reporting
			}
			if sender == "" {
				// "She stressed that the opening of a consulate general in Dakhla …": hers
				if p := x.pronounPerson(sp); p != nil && len(p.states()) == 1 && p.states()[0] != host {
					sender = p.states()[0]
				}
			}
			var co []string // "la Côte d'Ivoire et les îles Comores ont implanté leur consulat": each its own
			if sender == "" && host == "" && city == "" && definiteBeforeRe.MatchString(low[max(sp.s, s-6):s]) && x.hasMission(kind) {
				continue // "a dévoilé la plaque inaugurale de l'ambassade": the one reported before
			}
			if sender == "" {
				// the actor of the clause: nearest state before the trigger
				for _, mm := range x.mentsIn(max(sp.s, s-150), s) {
					if mm.kind == kState && mm.key != host && !(mm.s-sp.s > 3 && !mm.demonym && x.matchIn(locativeRe, max(sp.s, mm.s-12), mm.s)) {
						// (not a place: "celles en Guinée équatoriale par l'ambassade au Cameroun")
						if theirRe.MatchString(low[max(sp.s, s-12):s]) || pluralHaveRe.MatchString(low[mm.e:s]) {
							// (and "España, Francia y Portugal tienen Embajada en Guinea Ecuatorial": each has one)
							co = x.coordBefore(mm, sp, kState)
						}
						sender = mm.key
						if host == "" && city == "" && topicFrameRe.MatchString(low[sp.s:mm.s]) {
							// "Pour le Togo, il s'agira d'ériger le consulat général en ambassade": the
							// state the sentence is about hosts the reporting state's mission
							sender, host = x.reporting, mm.key
						}
					}
				}
			}
			if sender == "" {
				// "El embajador también destacó la inauguración del consulado en Hermosillo": the subject's
				if p := x.subjectPerson(sp, s); p != nil && len(p.states()) == 1 && p.states()[0] != host && !(definiteBeforeRe.MatchString(low[max(sp.s, s-6):s]) && x.hasMission(kind)) {
					sender = p.states()[0]
				}
			}
			if sender != "" && host == "" && city == "" {
				// "Blinken touched down in Tonga, where he will dedicate a new embassy": the place
				// named before "where" hosts it; the subject's state sends it
				for _, mm := range x.mentsIn(max(sp.s, s-80), s) {
					if mm.kind == kState && mm.key == sender && whereAfterRe.MatchString(low[mm.e:s]) {
						for _, pm := range pmRange(x.pms, sp.s, mm.s) {
							if pm.p != nil {
								if sts := pm.p.states(); len(sts) == 1 && sts[0] != sender {
									host, sender = sender, sts[0]
								}
								break
							}
						}
					}
				}
			}
			if ourRe.MatchString(low[max(sp.s, s-20):s]) && x.hasMission(kind) {
				continue // "l'ouverture de notre ambassade": the one reported before
			}
			conf := 0.8
			if host == "" && sender != "" {
				if x.reporting != "" && x.reporting != sender {
					host, conf = x.reporting, 0.6
				} else if x.partner != "" && x.partner != sender {
					host, conf = x.partner, 0.5
				}
			}
			if (host != "" || city != "") && pluralSendersRe.MatchString(low[max(sp.s, s-60):s]) {
				// "neuf autres pays ont déjà inauguré chacun son consulat général à
				// Dakhla. Il s'agit de la Gambie, la Guinée, …": one mission each
				if senders := x.listedNext(sp); len(senders) > 1 {
					status := x.missionStatus(s, max(e, cur), sp)
					for _, st := range senders {
						if st != host {
							x.missions = append(x.missions, mission{kind: kind, sender: st, host: host, city: city, status: status, ev: sp, conf: 0.7})
						}
					}
					continue
				}
			}
			if sender == "" || host == "" && city == "" || sender == host {
				continue
			}
			if missionAnaphRe.MatchString(low[max(sp.s, s-20):s]) {
				dup := false
				for _, m := range x.missions {
					if m.kind == kind {
						dup = true
					}
				}
				if dup {
					continue // "the new consulate": the one already reported
				}
			}
			if maybeRe.MatchString(low[max(sp.s, s-60):s]) {
				continue // "étudie la possibilité d'ouvrir une ambassade": not decided
			}
			if host == "" {
				host = x.otherState(sender)
				conf = 0.5
			}
			status := x.missionStatus(s, max(e, cur), sp) // "un consulat de la République démocratique du Congo (RDC) a été inauguré"
			resident := residentRe.MatchString(low[e:min(sp.e, e+12)]) || strings.Contains(low[max(sp.s, s-15):s], "resident")
			x.missions = append(x.missions, mission{kind: kind, sender: sender, host: host, city: city, status: status, resident: resident, ev: sp, conf: conf})
			if len(co) > 1 && contains(co, sender) {
				for _, st := range co {
					if st != sender && st != host {
						x.missions = append(x.missions, mission{kind: kind, sender: st, host: host, city: city, status: status, resident: resident, ev: sp, conf: conf})
					}
				}
			}
		}
	}
	x.pluralMissions()
}

// subjectPerson is the person (named or referred to) who opens sentence sp
// as its subject, before offset off, or nil.
func (x *engine) subjectPerson(sp span, off int) *person {
	for _, list := range [][]pmention{x.pms, x.refs} {
		for _, pm := range pmRange(list, sp.s, min(off, sp.s+30)) {
			if pm.p != nil && subjectLeadRe.MatchString(x.f.low[sp.s:pm.s]) {
				return pm.p
			}
			break
		}
	}
	return nil
}

// subjectLeadRe is what may stand before a sentence's subject: nothing, an
// article, a connector.
var subjectLeadRe = mkf(`^\s*(?:(?:aussi|de plus|par ailleurs|en outre|also|moreover|asimismo|ademas|por otra parte),\s*)?(?:le |la |l'|el |the )?$`)

// permanentMissionInState reports whether a permanent mission ending at
// view offset e is placed in a state or city ("una misión permanente en
// Malabo"), not at an organisation.
func (x *engine) permanentMissionInState(e int, sp span) bool {
	if !cityPrepRe.MatchString(x.f.low[e:min(sp.e, e+6)]) {
		return false
	}
	for _, mm := range x.mentsIn(e, min(sp.e, e+30)) {
		return mm.kind == kState || mm.kind == kCity
	}
	return false
}

// embassyWordRe is an embassy named in the sentence ("pasará a tener rango
// de embajada"): a diplomatic mission there is one.
var embassyWordRe = mkf(`\b(?:embajada|embassy|ambassade)\b`)

// tenureRe ends "au terme de sa", "at the end of his": the mission after it
// is an envoy's tenure.
var tenureRe = mkf(`\b(?:terme|fin|issue|end|termino|final|conclusion)\s+(?:de|of|del)\s+(?:sa|son|leur|leurs|su|sus|his|her|their)\s+$`)

// unBeforeRe ends "UN", "United Nations" right before a "High Commission".
var unBeforeRe = mkf(`\b(?:un|u\.n\.|united nations)\s*$`)

// missionStatus reads the status of the mission named at [s,e) from the
// words around it.
func (x *engine) missionStatus(s, e int, sp span) string {
	low := x.f.low
	ws, we := max(sp.s, s-80), min(sp.e, e+30)
	switch {
	case reopenRe.MatchString(low[ws:we]):
		// "the reopening of its embassy, closed since 2012": reopened or to be reopened
		if x.match(announcedRe, max(sp.s, s-60), s) || x.match(plannedRe, max(sp.s, s-60), s) {
			return "announced"
		}
		return "opened"
	case x.match(closedRe, ws, we):
		return "closed"
	case presentOpenRe.MatchString(low[max(sp.s, s-30):s]):
		return "opened" // "annonce que la Belgique ouvre quatre nouvelles ambassades": opened now
	case x.match(announcedRe, max(sp.s, s-60), s) || x.match(plannedRe, max(sp.s, s-60), s) && !x.match(openedRe, max(sp.s, s-25), s) ||
		futureOpenAfterRe.MatchString(low[e:min(sp.e, e+40)]):
		return "announced" // (and "Las otras tres embajadas se abrirán en …")
	case currentlyRe.MatchString(low[max(sp.s, s-80):s]):
		return "exists" // "Currently Timor-Leste has opened its embassies in …": the missions it has
	case x.match(openedRe, ws, we):
		return "opened"
	}
	return "exists"
}

// currentlyRe: a present-state adverb in the clause before a mission word.
var currentlyRe = mkf(`\b(?:currently|at present|to date|so far|actuellement|a ce jour|a l'heure actuelle|actualmente|a la fecha|hasta la fecha|hasta ahora)\b[^.;]*$`)

var pluralPossRe = mkfi(`\b(?:their|leur|leurs)\s+(?:\w+\s+){0,3}(?:support|soutien|appui|backing|commitment|engagement|attachement)\b`)

// definiteBeforeRe ends a definite article: "de l'ambassade", "the embassy".
var definiteBeforeRe = mkf(`\b(?:l'|the\s+|la\s+|el\s+|le\s+)$`)

// whoseCountryRe ends "cuyo país", "whose country", "dont le pays".
var whoseCountryRe = mkf(`\b(?:cuyo pais|whose country|dont le pays)\s+$`)

// companionAfterRe opens the companions after an organisation: ", junto con".
var companionAfterRe = mkf(`^\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:junto con|junto a|along with|together with|avec|aux cotes de|ainsi que|as well as)\s+(?:(?:le|la|les|l'|el|los|las|the)\s*)?`)

// sameCityRe: "dans la même ville", "in the same city", "en la misma ciudad".
var sameCityRe = mkf(`^\s*(?:dans|a|in|en)\s+(?:(?:la|the)\s+(?:meme|same|misma)|la|the|cette|this|esta|dicha|cette meme|esta misma)\s+(?:ville|city|ciudad|localite|town)\b`)

// namedCityAfterRe: the city is named right after the noun ("in the city of
// Dakhla", "en la ciudad de Dajla"): no city just told.
var namedCityAfterRe = mkf(`^\s*(?:of|de|d'|du)\b`)

// clauseBreakRe opens another clause: a state after it is not the mission's host.
var clauseBreakRe = mkf(`\b(?:tandis que|alors que|while|whereas|mientras que|mientras)\b`)

// theirRe ends a plural possessive before a mission: "leur consulat".
var theirRe = mkf(`\b(?:leur|leurs|their|sus respectivos|sus respectivas|leurs propres|their own)\s+$`)

var missionAnaphRe = mkf(`\b(?:the new|le nouveau|la nouvelle|el nuevo|la nueva|this|ce|cette|cet|este|esta|dicho|dicha|ledit|ladite)\s+$`)

// noMissionRe ends the words that deny a mission ("does not have an
// embassy", "n'a pas d'ambassade", "no tiene embajada").
var noMissionRe = mkf(`\b(?:does not have|do not have|doesn't have|don't have|did not have|has no|have no|had no|without|n'a pas d'|n'ont pas d'|n'avait pas d'|ne dispose pas d'|ne disposent pas d'|sans|no tiene|no tienen|no tenia|no cuenta con|no cuentan con|carece de|sin)\s*(?:an?\s+|any\s+|une?\s+|una?\s+|ninguna?\s+|(?:its|their|own|sa|son|leur|su|sus|propia|propre)\s+)*(?:(?:resident|permanent|residente)\s+)?$`)

var maybeRe = mkf(`\b(?:possibilite|possibility|posibilidad|etudi\w*|studying|study|considering|consider|considerar|envisage\w*|contempla\w*|examine\w*|estudia\w*|souhait\w*|wish\w*|desea\w*)\b`)

var ownGovRe = mkf(`\b(?:su|son|sa|its|his|her|their|leur)\s+(?:gobierno|gouvernement|government|pais|pays|country)\b`)

var ofOrgRe = mkf(`^\s*(?:de la|de l'|des|du|de|d'|of the|of|del|de las|de los)\s*$`)

var cityPrepRe = mkf(`^\s*(?:a|in|en|at)\s+(\S)`)

// dedupeMissions drops a mission without city when the same one is known with its city.
func (x *engine) dedupeMissions() {
	var out []mission
	for _, m := range x.missions {
		if m.city == "" {
			dup := false
			for _, o := range x.missions {
				if o.city != "" && o.kind == m.kind && o.sender == m.sender && (o.host == m.host || m.host == "") {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		out = append(out, m)
	}
	x.missions = out
}

// findOrgRels is pass 4d: headquarters and parent organisations.
// whoseRe ends the relative words that tie a seat to the noun just before:
// "whose headquarters", "dont le siège", "cuya sede".
var whoseRe = mkf(`\b(?:whose|dont le|dont la|cuya|cuyo|cuyas|cuyos)\s+(?:\w+\s+)?$`)

// unBodyRe names an organisation as a body of the United Nations ("l'organisme
// onusien", "the UN agency", "un organismo de la ONU"); not "Organización de
// las Naciones Unidas", the name of the UN itself.
var unBodyRe = mk(`\b(?:onusien\w*|(?:un|u\.n\.|united nations) (?:agency|body|specialised agency|specialized agency)|(?:agencia|organismo|agencia especializada|organo) de (?:la onu|las naciones unidas|naciones unidas)|(?:agence|organisme|institution specialisee|organe) (?:de l'onu|des nations unies))\b`)

// unBodyParents records the United Nations as the parent of the organisation
// a sentence calls a UN body, when the gazetteer knows it as one: an
// organisation of the sentence, else the one the document is about.
func (x *engine) unBodyParents(sp span) {
	if !x.match(unBodyRe, sp.s, sp.e) {
		return
	}
	isUNBody := func(key string) bool {
		o, ok := x.g.Org(key)
		return ok && o.Parent == "UN" && key != "UN"
	}
	org := ""
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.kind == kOrg && isUNBody(m.key) {
			org = m.key
			break
		}
	}
	if org == "" {
		counts := map[string]int{}
		best := 0
		for _, m := range x.ments {
			if m.kind == kOrg && isUNBody(m.key) {
				counts[m.key]++
				if c := counts[m.key]; c > best || c == best && m.key < org {
					org, best = m.key, c
				}
			}
		}
	}
	if org != "" {
		x.parents = append(x.parents, orgRel{org: org, parent: "UN", ev: sp, conf: 0.7})
	}
}

// unNamedRe finds, in the name of an organisation of the UN system, the
// words that say it is one ("United Nations Office at Nairobi", "UN
// Women", "Commission économique des Nations unies pour l'Afrique").
var unNamedRe = mkf(`^(?:united nations|un|nations unies|naciones unidas|onu)\b|\b(?:of the united nations|des nations unies|de (?:las )?naciones unidas)\b`)

// unNameBeforeRe is a name saying it is the UN's before the parenthesis
// that gives its acronym: "Misión de Naciones Unidas para el Referéndum
// del Sáhara Occidental (MINURSO)".
var unNameBeforeRe = mkf(`\b(?:united nations|nations unies|naciones unidas)\b[^().;]{0,110}\($`)

// unNamedParents records the United Nations as the parent of a body whose
// name says it is the UN's, when the gazetteer knows it as one; the
// principal organs (Security Council, General Assembly, Human Rights
// Council) are the UN itself to the analysts and get no parent.
func (x *engine) unNamedParents() {
	for _, m := range x.ments {
		if m.kind != kOrg || m.key == "UN" || m.key == "UNSC" || m.key == "UNGA" || m.key == "UNHRC" {
			continue
		}
		if !unNamedRe.MatchString(x.f.low[m.s:m.e]) && !unNameBeforeRe.MatchString(x.f.low[max(0, m.s-130):m.s]) {
			continue
		}
		if o, ok := x.g.Org(m.key); !ok || o.Parent != "UN" {
			continue
		}
		dup := false
		for _, r := range x.parents {
			dup = dup || r.org == m.key && r.parent == "UN"
		}
		if si := x.sentenceOf(m.s); !dup && si >= 0 {
			x.parents = append(x.parents, orgRel{org: m.key, parent: "UN", ev: x.sents[si], conf: 0.7})
		}
	}
}

func (x *engine) findOrgRels() {
	low := x.f.low
	for _, sp := range x.sents {
		parentOrgs := map[int]bool{}
		for _, m := range x.find(parentRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			child, parent := "", ""
			for _, mm := range x.mentsIn(e, min(sp.e, e+40)) {
				if mm.kind == kOrg {
					parent = mm.key
					parentOrgs[mm.s] = true
				}
				break
			}
			var prev *ment
			ms := x.mentsIn(max(sp.s, s-150), s)
			for i := range ms {
				mm := ms[i]
				if mm.kind != kOrg || parentOrgs[mm.s] {
					continue
				}
				// "le Conseil des droits de l'homme de l'ONU": the head of a genitive chain
				if prev != nil && ofOrgRe.MatchString(low[prev.e:mm.s]) {
					continue
				}
				child = mm.key
				prev = &ms[i]
			}
			if child == "" {
				// "Organe créé sous l'égide de l'OCI, l'OISA …": the organisation follows
				for _, mm := range x.mentsIn(e, sp.e) {
					if mm.kind == kOrg && !parentOrgs[mm.s] && mm.key != parent {
						child = mm.key
						break
					}
				}
			}
			if child != "" && parent != "" && child != parent {
				x.parents = append(x.parents, orgRel{org: child, parent: parent, ev: sp, conf: 0.8})
			}
		}
		x.genitiveParents(sp)
		x.unBodyParents(sp)
		// "the African Union's Peace and Security Council"
		ms := x.mentsIn(sp.s, sp.e)
		for i := 0; i+1 < len(ms); i++ {
			if ms[i].kind == kOrg && ms[i+1].kind == kOrg && strings.TrimSpace(low[ms[i].e:ms[i+1].s]) == "'s" && ms[i].key != ms[i+1].key {
				x.parents = append(x.parents, orgRel{org: ms[i+1].key, parent: ms[i].key, ev: sp, conf: 0.7})
			}
		}
		for _, m := range x.find(hqRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			w := low[s:e]
			if seatAgreementRe.MatchString(low[max(sp.s, s-14):s]) || strings.HasPrefix(low[e:min(sp.e, e+11)], " agreement") {
				continue // "un nouvel accord de siège à Lomé": an office's host agreement, not the headquarters
			}
			st, city := "", ""
			place := func(mm ment) {
				st = mm.key
				if mm.capital || mm.kind == kCity {
					city = x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]
				}
			}
			switch {
			case strings.HasPrefix(w, "abrite") || strings.HasPrefix(w, "accueille") || strings.HasPrefix(w, "host") || strings.HasPrefix(w, "alberga") || strings.HasPrefix(w, "pays hote"):
				for _, mm := range x.mentsIn(max(sp.s, s-80), s) {
					if mm.kind == kState {
						place(mm)
					}
				}
			default:
				// "où se trouve son siège", "its Vienna headquarters": the place just before
				for _, mm := range x.mentsIn(max(sp.s, s-25), s) {
					if mm.e > s {
						continue // a mention overlapping the trigger
					}
					g := strings.TrimSpace(low[mm.e:s])
					if (mm.kind == kState || mm.kind == kCity) && (g == "" || reH5.MatchString(g)) {
						place(mm)
					}
				}
				if st == "" {
					for _, mm := range x.mentsIn(e, min(sp.e, e+130)) {
						if mm.kind == kState || mm.kind == kCity {
							if mm.demonym && capitalBeforeRe.MatchString(low[e:mm.s]) {
								// "con sede en la capital kazaja, Astana": the state of the demonym, the city after
								place(mm)
								city = x.capitalAfter(mm, sp)
								break
							}
							if mm.demonym {
								break
							}
							place(mm)
							break
						}
					}
				}
			}
			if st == "" {
				continue
			}
			org := ""
			pre := low[max(sp.s, s-40):s]
			// "siège de l'ICESCO à Rabat"
			for _, mm := range x.mentsIn(e, min(sp.e, e+45)) {
				if mm.kind == kOrg && genitiveRe.MatchString(reH6.ReplaceAllString(low[e:mm.s], "")) {
					org = mm.key
				}
				break
			}
			if org == "" && reH7.MatchString(pre) {
				org = x.orgOfPersonBefore(s, sp)
				if org == "" {
					org = x.mainOrg(s)
				}
			}
			if wm := whoseRe.FindStringIndex(pre); org == "" && wm != nil {
				// "a member of CARICOM, whose headquarters are in Georgetown": the
				// organisation named right before the relative
				rel := max(sp.s, s-40) + wm[0]
				for _, mm := range x.mentsIn(sp.s, rel) {
					if mm.kind == kOrg && strings.TrimSpace(low[mm.e:rel]) == "," {
						org = mm.key
					}
				}
			}
			if org == "" {
				for _, mm := range x.mentsIn(sp.s, s) {
					if mm.kind == kOrg && !parentOrgs[mm.s] {
						org = mm.key
						break
					}
				}
			}
			if org == "" && (reH8.MatchString(pre) || orgNounAfterRe.MatchString(low[e:min(sp.e, e+70)])) {
				org = x.mainOrg(s) // "el país que alberga la sede del organismo regional"
			}
			if org == "" && itOpenRe.MatchString(low[sp.s:min(sp.e, sp.s+20)]) && len(x.mentsIn(sp.s, s)) == 0 {
				org = x.mainOrg(s) // "It … is headquartered in Tanzania": the organisation the text is about
			}
			if org == "" {
				continue
			}
			x.hqs = append(x.hqs, orgRel{org: org, state: st, city: city, ev: sp, conf: 0.75})
		}
	}
	x.orgInstitutions()
}

// orgOfPersonBefore returns the organisation of the nearest person before
// off in the sentence who holds an office in one.
func (x *engine) orgOfPersonBefore(off int, sp span) string {
	org := ""
	for _, pm := range pmRange(x.pms, sp.s, off) {
		if pm.p == nil {
			continue
		}
		for _, o := range pm.p.offices {
			if o.org != "" {
				org = o.org
			}
		}
	}
	return org
}

// mainOrg returns the most mentioned organisation before off (ties: the
// latest), the General Assembly only when no other is named: every UN member
// sits in it, so it is never the body a text counts members of.
func (x *engine) mainOrg(off int) string {
	counts := map[string]int{}
	best, bn := "", 0
	lo := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].s >= off }) - 2000
	for _, m := range x.ments[max(0, lo):] {
		if m.s >= off {
			break
		}
		if m.kind == kOrg {
			counts[m.key]++
			if counts[m.key] >= bn && m.key != "UNGA" {
				best, bn = m.key, counts[m.key]
			}
		}
	}
	if best == "" && counts["UNGA"] > 0 {
		return "UNGA"
	}
	return best
}

// followedByRe: states that followed a membership move ("suivi le 2 décembre
// par le Burkina Faso et le Niger", "followed by Niger", "seguido por").
var followedByRe = mk(`\b(?:suivie?s?|followed|seguid[oa]s?)\b[^.;]{0,40}?\b(?:par|by|por)\s+`)

// followedMembers gives the states named after "suivi par" the membership
// just stated in the same sentence.
func (x *engine) followedMembers() {
	n := len(x.members)
	for i := 0; i < n; i++ {
		m := x.members[i]
		sp := m.ev
		for _, f := range x.find(followedByRe, sp.s, sp.e) {
			for _, mm := range x.mentsIn(f[1], min(sp.e, f[1]+30)) {
				if mm.kind != kState || strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(x.f.low[f[1]:mm.s], "la "), "le ")) != "" && !listGlueRe.MatchString(x.f.low[f[1]:mm.s]) {
					break
				}
				for _, st := range x.coordList(mm, sp, kState) {
					dup := st == m.state
					for _, o := range x.members {
						dup = dup || o.state == st && o.org == m.org
					}
					if !dup {
						x.members = append(x.members, membership{state: st, org: m.org, status: m.status, ev: sp, conf: 0.6})
					}
				}
				break
			}
		}
	}
}

// saharaClaimRe states that the Sahara is Moroccan: "le Sahara est une terre
// marocaine", "le Sahara est un territoire sous souveraineté marocaine",
// "the Sahara is Moroccan", "el Sáhara es marroquí".
var saharaClaimRe = mk(`\b(?:sahara|sahara occidental|western sahara)\s+(?:est|is|es|etait|was|era|a toujours ete|has always been|siempre ha sido)\s+(?:et restera |and will remain |y seguira siendo )?(?:une?\s+|a\s+|an\s+)?(?:(?:terre|territoire|partie integrante|land|territory|integral part|tierra|territorio|parte integral|parte integrante)\s+(?:(?:du|de la|of|del|de)\s+)?(?:\w+\s+){0,2}?)?(?:marocaine?|moroccan|marroqui|maroc|morocco|marruecos|sous souverainete marocaine|under moroccan sovereignty|bajo soberania marroqui)\b`)

// saharaClaims records the recognition of Morocco's sovereignty stated as a
// claim that the Sahara is Moroccan, by the state that speaks.
func (x *engine) saharaClaims() {
	if !containsVia(x.f.low, "sahara", 2) {
		return
	}
	for _, sp := range x.sents {
		for _, m := range x.find(saharaClaimRe, sp.s, sp.e) {
			sups, conf := x.supportersOf(m[0], sp, []string{"MA"})
			for _, sup := range sups {
				dup := false
				for _, o := range x.supports {
					dup = dup || o.supporter == sup && o.subject == "MA" && o.topic == "sovereignty"
				}
				if !dup && sup != "" {
					x.supports = append(x.supports, support{supporter: sup, subject: "MA", topic: "sovereignty", stance: "recognize", ev: sp, conf: conf})
				}
			}
			break
		}
	}
}

// bothWaysRe marks a position two states take for each other
// ("apoyan recíprocamente su soberanía", "se soutiennent mutuellement").
var bothWaysRe = mkf(`\b(?:apoyan|apoyaron|respaldan|respaldaron|soutiennent|appuient|support|supported|back|backed|se soutiennent|se apoyan|se respaldan)\s+(?:reciprocamente|mutuamente|mutuellement|reciproquement|reciprocally|mutually)\b|\b(?:reciprocamente|mutuamente|mutuellement|reciproquement|reciprocally|mutually)\s+(?:apoyan|respaldan|soutiennent|appuient|support|supported|back)\b|\beach other's\b`)

// reciprocalSupports mirrors a support stated reciprocally between two
// states ("Somalia y Marruecos apoyan recíprocamente su soberanía e
// integridad territorial": each supports the other's, on every topic).
func (x *engine) reciprocalSupports() {
	n := len(x.supports)
	for i := 0; i < n; i++ {
		s := x.supports[i]
		if s.subjOrg || s.supporter == "" || s.subject == "" || s.supporter == s.subject || !x.matchIn(bothWaysRe, s.ev.s, s.ev.e) {
			continue
		}
		for _, pair := range [][2]string{{s.supporter, s.subject}, {s.subject, s.supporter}} {
			for j := 0; j < n; j++ {
				t := x.supports[j]
				if t.ev != s.ev || t.subjOrg {
					continue
				}
				x.addReciprocal(support{supporter: pair[0], subject: pair[1], topic: t.topic, stance: t.stance, ev: s.ev, conf: 0.7})
			}
		}
	}
}

// eachOtherKeysRe: a reciprocal possessive.
var eachOtherKeysRe = mkf(`\b(?:each other's|one another's)`)

// dropManyEachOther removes the supports read from "each other's" in a
// sentence that names more than two states for it ("Brazil, Germany, India
// and Japan … support each other's bids"): a relation among all of them, not
// one pair's.
func (x *engine) dropManyEachOther() {
	for _, sp := range x.sents {
		if !x.matchIn(eachOtherKeysRe, sp.s, sp.e) {
			continue
		}
		states := map[string]bool{}
		for _, s := range x.supports {
			if s.ev == sp && !s.subjOrg {
				states[s.supporter], states[s.subject] = true, true
			}
		}
		if len(states) <= 2 {
			continue
		}
		out := x.supports[:0]
		for _, s := range x.supports {
			if s.ev != sp {
				out = append(out, s)
			}
		}
		x.supports = out
	}
}

// addReciprocal adds s unless the same stance is already recorded.
func (x *engine) addReciprocal(s support) {
	for _, o := range x.supports {
		if o.supporter == s.supporter && o.subject == s.subject && o.topic == s.topic && o.stance == s.stance {
			return
		}
	}
	x.supports = append(x.supports, s)
}

// pluralSendersRe ends a plural subject of states before their missions
// ("neuf autres pays ont déjà inauguré chacun son", "several countries have opened their").
var pluralSendersRe = mkf(`\b(?:pays|countries|paises|etats|states|estados|nations|naciones)\b[^.;]{0,50}$`)

// listOpenNextRe opens a sentence that names the states just counted: "Il
// s'agit de", "Ce sont", "These are", "Se trata de".
var listOpenNextRe = mkf(`^(?:il s'agit d[eu']|il s'agit de la|il s'agit de l'|ce sont|these are|they are|se trata de|son)\s*`)

// listedNext returns the states listed by the sentence after sp when it
// opens with listOpenNextRe, in order.
func (x *engine) listedNext(sp span) []string {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.e })
	if k >= len(x.sents) {
		return nil
	}
	nx := x.sents[k]
	m := listOpenNextRe.FindStringIndex(x.f.low[nx.s:min(nx.e, nx.s+30)])
	if m == nil {
		return nil
	}
	for _, mm := range x.mentsIn(nx.s+m[1], min(nx.e, nx.s+m[1]+20)) {
		if mm.kind == kState && !mm.demonym {
			return x.coordList(mm, nx, kState)
		}
		break
	}
	return nil
}

// genericGenitiveRe opens a generic genitive after a membership cue ("of
// countries who…", "de nouveaux pays", "de otros estados").
// genericGenitive reports whether s opens with genericGenitiveRe but not
// with the name of the United Nations ("membre des Nations unies").
func genericGenitive(s string) bool {
	m := genericGenitiveRe.FindStringIndex(s)
	if m == nil {
		return false
	}
	rest := s[m[1]:]
	return !strings.HasPrefix(rest, " unies") && !strings.HasPrefix(rest, " unidas") && !strings.HasSuffix(s[:m[1]], "united nations")
}

var genericGenitiveRe = mkf(`^\s+(?:of|de|des|d'|del)\s+(?:(?:new|other|nouveaux|autres|nuevos|otros|more|plus de|mas)\s+)?(?:countries|states|nations|pays|etats|paises|estados|members|membres|miembros)\b`)

// eachOtherRe ends a reciprocal possessive before a bid ("each other's
// candidature", "leurs candidatures respectives" is not one).
var eachOtherRe = mkf(`\b(?:each other's|one another's|mutual|reciprocal)\s+(?:\w+\s+)?$`)

// thankVerbRe ends a verb of thanks before its addressee ("thanked",
// "a remercié le", "agradeció a"); forRe opens the reason of the thanks
// up to a stance noun or verb ("for backing its", "pour son soutien à sa").
var (
	thankVerbRe = mkf(`\b(?:thank(?:ed|s)?|remerci(?:e|ent|er|ant)|agradeci(?:o|eron|endo)|agradece|agradecen|agradecer)\s+(?:(?:the|le|la|les|l'|el|al|a|a la)\s*)?$`)
	thankGapRe  = mkf(`^\s*,?\s*(?:[\w']+\s+){1,8}$`)
	thankForRe  = mkf(`^\s*,?\s*(?:for|pour|por)\s+(?:(?:its|son|sa|ses|su|sus|their|leur|le|la|el|the)\s+)?(?:\w+\s+){0,2}(?:backing|supporting|support|soutien|appui|apoyo|respaldo|endorsing|endorsement|avoir soutenu|avoir appuye|haber apoyado|haber respaldado)\b`)
)

// thankedFor returns the state thanked for backing a position whose topic
// starts at ts, and the thanking state (the state named or holding office
// before the verb, else the reporting state); "", "" if the sentence has no
// such thanks.
func (x *engine) thankedFor(ts int, sp span) (by, thanker string) {
	low := x.f.low
	for _, m := range x.mentsIn(sp.s, ts) {
		if m.kind != kState || m.demonym || !thankVerbRe.MatchString(low[max(sp.s, m.s-25):m.s]) || !thankForRe.MatchString(low[m.e:ts]) || !thankGapRe.MatchString(low[m.e:ts]) {
			continue
		}
		v := m.s - len(thankVerbRe.FindString(low[max(sp.s, m.s-25):m.s]))
		for _, mm := range x.mentsIn(sp.s, v) {
			if mm.kind == kState && mm.key != m.key {
				thanker = mm.key
			}
		}
		for _, pm := range pmRange(x.pms, sp.s, v) {
			if pm.p != nil {
				if st := pm.p.states(); len(st) == 1 && st[0] != m.key {
					thanker = st[0]
				}
			}
		}
		if thanker == "" && x.reporting != m.key {
			thanker = x.reporting
		}
		if thanker == "" {
			return "", ""
		}
		return m.key, thanker
	}
	return "", ""
}

// someStatesRe names unnamed states as the actors of a stance ("une
// dizaine de pays européens", "several countries", "varios países").
var someStatesRe = mkf(`\b(?:dizaine|plusieurs|nombreux|de nombreux|certains|several|many|numerous|a dozen|dozen|some|varios|varias|numerosos|muchos|una decena|decena|otros|d'autres|other|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:de\s+|of\s+(?:the\s+)?)?(?:(?:european|african|arab|asian|latin american|western|other|more|new)\s+)?(?:pays|etats|countries|states|nations|paises|estados|naciones|gouvernements|governments|gobiernos)\b`)

// examplesRe opens a list of examples ("a cité à titre d'exemple", "such as",
// "entre ellos").
var examplesRe = mkf(`\b(?:a titre d'exemples?|par exemple|notamment|for example|for instance|as an instance|as instances|as examples?|such as|including|namely|por ejemplo|como ejemplos?|entre ellos|entre otros|como son)\s*,?\s*(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// examplesAfter returns the states (two or more) listed as examples in
// sentence sp after view offset off ("…of the autonomy initiative, citing
// as an instance Portugal, Spain…").
func (x *engine) examplesAfter(off int, sp span) []string {
	m := x.indexIn(examplesRe, off, sp.e)
	if m == nil {
		return nil
	}
	for _, mm := range x.mentsIn(off+m[1], min(sp.e, off+m[1]+5)) {
		if mm.kind == kState && !mm.demonym {
			return x.coordList(mm, sp, kState)
		}
		break
	}
	return nil
}

// examplesNext returns the states (two or more) listed as examples in the
// sentence after sp, or the list that opens it ("Il s'agit de …").
func (x *engine) examplesNext(sp span) []string {
	if l := x.listedNext(sp); len(l) > 1 {
		return l
	}
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.e })
	if k >= len(x.sents) {
		return nil
	}
	nx := x.sents[k]
	m := x.indexIn(examplesRe, nx.s, nx.e)
	if m == nil {
		return nil
	}
	for _, mm := range x.mentsIn(nx.s+m[1], min(nx.e, nx.s+m[1]+5)) {
		if mm.kind == kState && !mm.demonym {
			if l := x.coordList(mm, nx, kState); len(l) > 1 {
				return l
			}
		}
		break
	}
	return nil
}

// govSubjectRe opens a sentence whose subject is a government with no state
// named ("El Consejo de Ministros decidió…", "Le gouvernement a décidé…").
var govSubjectRe = mkf(`^\W*(?:[^,.;]{0,30},\s*)?(?:(?:el|le|la|the|l')\s*)(?:gobierno|gouvernement|government|consejo de ministros|conseil des ministres|council of ministers|cabinet|gabinete|ejecutivo|executif)\b`)

// futureOpenAfterRe: a future verb of opening right after the mission word.
var futureOpenAfterRe = mkf(`^[^.;]{0,15}?\b(?:se abriran|se abrira|abriran|abrira|will open|will be opened|will be set up|will be established|ouvriront|ouvrira|seront ouvertes?|sera ouverte?|seront inaugurees?|sera inauguree?|se inaugurara|se inauguraran)\b`)

// supportToRe: a support noun given to a state or its delegation ("su
// apoyo a la delegación mexicana", "their support to Mexico").
var supportToRe = mkf(`^\s*(?:\w+\s+)?(?:a|al|a la|au|aux|to|for)\s+(?:(?:la|le|the|el|les)\s+)?(?:(?:delegacion|delegation|gobierno|gouvernement|government)\s+(?:de\s+|of\s+|du\s+|de la\s+)?)?$`)

// supportAddressee returns the state a support noun before ts is given to
// ("mostraron su apoyo a la delegación mexicana para la postulación"), "".
func (x *engine) supportAddressee(ts int, sp span) string {
	for _, m := range x.find(supportRe, max(sp.s, ts-90), ts) {
		for _, mm := range x.mentsIn(m[1], min(ts, m[1]+45)) {
			if mm.kind == kState && supportToRe.MatchString(x.f.low[m[1]:mm.s]) {
				return mm.key
			}
			break
		}
	}
	return ""
}

// ownStanceRe ends a verb of stating with a possessive before a stance
// noun ("and expressed its support for", "a réitéré son soutien à").
var ownStanceRe = mkf(`\b(?:expressed|reiterated|reaffirmed|conveyed|voiced|a exprime|a reitere|a reaffirme|expreso|reitero|reafirmo)\s+(?:its|his|her|son|sa|su)\s+(?:\w+\s+)?(?:support|soutien|appui|apoyo|respaldo)\s+(?:for|to|a|au|a la|al|pour|para)\s+(?:\S+\s+){0,3}$`)

// subjectOpenRe: what may come before a sentence's subject ("", "Also, ",
// "The", "El Gobierno de").
var subjectOpenRe = mkf(`^\W*(?:(?:also|moreover|in addition|furthermore|de plus|par ailleurs|en outre|asimismo|ademas|por su parte),?\s*)?(?:(?:the|le|la|l'|el)\s*)?(?:(?:government of|gouvernement d[eu]|gobierno de)\s+(?:la |l'|le |el |the )?)?$`)

// alsoJoinedRe: "have also joined" closing its clause: the organisation of
// the text ("Saudi Arabia, Iran … have also joined, and …").
var alsoJoinedRe = mkf(`\b(?:also|too|egalement|aussi|tambien)\s+(?:joined|adhere|ingresaron|ingreso|rejoint)(?:\s*[,.;]|\s+(?:and|et|y)\b|\s*$)`)

// presentOpenRe ends a present-tense verb of opening before the mission word.
var presentOpenRe = mkf(`\b(?:ouvre|ouvrent|opens|abre|abren)\s+(?:[\w']+\s+){0,3}$`)

// namelyRe opens the list that names unnamed states ("a saber", "namely",
// "à savoir").
var namelyRe = mkf(`\b(?:a saber|namely|a savoir|es decir|that is|soit)\s*,?\s*(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// namedBackers returns the states listed after "a saber", "namely" in
// sentence sp when a support verb follows the list ("…, a saber, A, B y C,
// se han sumado a los países que apoyan…"); none of them a subject.
func (x *engine) namedBackers(sp span, subjs []string) []string {
	m := x.indexIn(namelyRe, sp.s, sp.e)
	if m == nil {
		return nil
	}
	at := sp.s + m[1]
	for _, mm := range x.mentsIn(at, min(sp.e, at+5)) {
		if mm.kind != kState || mm.demonym {
			return nil
		}
		l := x.coordList(mm, sp, kState)
		end := mm.e
		for _, m2 := range x.mentsIn(mm.s, sp.e) {
			if m2.kind == kState && contains(l, m2.key) {
				end = m2.e
			}
		}
		if len(l) < 2 || !x.match(supportRe, end, min(sp.e, end+60)) {
			return nil
		}
		for _, st := range l {
			if contains(subjs, st) {
				return nil
			}
		}
		return l
	}
	return nil
}

// whereAfterRe: a relative "where" between a place and a mission word ("in
// Tonga, where he will dedicate a new embassy").
var whereAfterRe = mkf(`^\s*,?\s*(?:where|ou|donde|en donde)\b[^.;]{0,50}$`)

// itOpenRe opens a sentence on a pronoun or bare noun standing for an
// organisation ("It established…", "Elle regroupe…", "The bloc…").
var itOpenRe = mkf(`^\W*(?:it|elle|the bloc|the organi[sz]ation|the community|l'organisation|le bloc|la organizacion|el bloque)\b`)

// accessionWordInRe: a candidacy cue that names accession ("candidatos de
// adhesión"): to the organisation of the text.
var accessionWordInRe = mkf(`\b(?:adhesion|ingreso|accession|membership|integracion)\b`)

// consularContext reports whether sentence sp or the two before it speak of
// consulates.
func (x *engine) consularContext(sp span) bool {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.s })
	from := x.sents[max(0, k-2)].s
	return strings.Contains(x.f.low[from:sp.e], "consul")
}

// statelessPersonBefore reports whether a person of no known state is named
// in view[s:e]: the owner of a possessive after it may be that person
// ("Bachelet formalizó su postulación": not the reporting state's).
func (x *engine) statelessPersonBefore(s, e int) bool {
	for _, list := range [][]pmention{x.pms, x.refs} {
		for _, pm := range pmRange(list, s, e) {
			if pm.p != nil && pm.p.candidateState() == "" {
				return true
			}
		}
	}
	return false
}

// withdrawnInFavourRe is a candidacy withdrawn in favour of another, whose
// state or name comes next ("withdraw its candidacy … in favor of Morocco",
// "retire sa candidature au profit du Maroc").
var withdrawnInFavourRe = mkf(`\b(?:withdr[ae]w\w*|retir\w+|desist\w*|renonc\w+|renunci\w+)\b[^.;]{0,40}\b(?:candidac\w*|candidatur\w*|bid|postulacion)\b[^.;]{0,120}?\b(?:in favou?r of|en faveur d[eu]|en faveur de la|en faveur de l'|au profit d[eu]|au profit de la|au profit de l'|a favor de(?:l)?|en favor de(?:l)?)\s*(?:(?:the|la|le|el)\s+)?`)

// withdrawnCandidacies records the support a state gives the one it
// withdraws its candidacy for: "Libya had resolved to withdraw its candidacy
// to sit in the Peace and Security Council, in favor of Morocco".
func (x *engine) withdrawnCandidacies() {
	for _, sp := range x.sents {
		m := x.indexIn(withdrawnInFavourRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		var subj string
		for _, mm := range x.mentsIn(sp.s+m[1], min(sp.e, sp.s+m[1]+4)) {
			if mm.kind == kState && !mm.demonym {
				subj = mm.key
			}
		}
		if subj == "" {
			continue
		}
		ms := x.mentsIn(sp.s, sp.s+m[0])
		sup := ""
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].kind == kState && ms[i].key != subj {
				sup = ms[i].key
				break
			}
		}
		if sup != "" && !x.hasSupport(sup, subj, "candidacy") {
			x.supports = append(x.supports, support{supporter: sup, subject: subj, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
		}
	}
}
