package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"diplograph/loader/text"
)

var messageRe = mk(`\b(?:(?:transmettre|transmis|remettre|remis)\b[^.;]{0,50}\b(?:le|un) message (?:ecrit |verbal )?(?:de|du)\b|(?:transmitir|transmitio|entrego|entregar)\b[^.;]{0,50}\b(?:el|un) mensaje (?:escrito |verbal )?(?:de|del)\b|(?:deliver|delivered|convey|conveyed|hand over|handed over)\b[^.;]{0,50}\b(?:a|the) (?:written |verbal )?message from\b|messages? de (?:felicitations|condoleances|remerciements|compassion|soutien|voeux)|messages? of (?:congratulations|condolence|condolences|sympathy)|congratulatory (?:message|letter)|(?:congratulated|congratulates|a felicite|ont felicite|felicite|felicito|felicitaron|felicita)\b[^.;]{0,70}?\b(?:in|by|through|dans|par|via|mediante|en|a traves de) (?:a|an|un|une|una) (?:(?:written|official|congratulatory|ecrit|officiel|escrito|oficial) )?(?:message|letter|lettre|mensaje|carta|cable|telegram|telegramme|telegrama)|mensajes? de (?:felicitacion|felicitaciones|condolencia|condolencias)|cable de felicitations|lettre de felicitations|message ecrit|message verbal|porteure? d'un message|porteuse d'un message|adresse (?:un|une) (?:message|lettre)|a adresse (?:un|une) (?:message|lettre)|message (?:de|du) (?:sm|s\.m|sa majeste|president|roi|premier)|lettre (?:de|du) (?:sm|s\.m|sa majeste|president|roi|premier)|written message|verbal message|message from|letter from|sent (?:him |her |them )?(?:a|an official) (?:message|letter)|(?:le |les )?envio (?:un mensaje|una carta)|delivered a (?:message|letter)|mensaje escrito|mensaje verbal|portador de un mensaje|(?:cartas?|mensajes?) (?:de|del) (?:(?:actual|nuevo|nueva)\s+)?(?:rey|presidente|presidenta|primer|jefe de estado)|(?:messages?|lettres?) (?:de|du) (?:(?:nouveau|nouvel|actuel)\s+)?(?:president|chef de l'etat)|(?:messages?|lettres?) (?:de|du) (?:son|sa) homologue|(?:message|letter) from (?:his|her) counterpart|(?:mensajes?|cartas?) de su homolog[oa]|porteure? de ce message|porteuse de ce message|portador de este mensaje|(?:remis|remet|remettre|transmis|transmet|transmettre|entrego|transmitio)\s+(?:[a-z'\-]+\s+){0,5}?(?:un|une|una|le|la|ce|cette|son|sa|el|su) (?:(?:autre|nouveau|second|otro|nuevo)\s+)?(?:message|mensaje|lettre|carta)\b|(?:delivered|conveyed|handed over)\s+(?:[a-z'\-]+\s+){0,4}?(?:a|his|her|their) (?:written |verbal )?(?:message|letter)\b|(?:deliver|delivered|hand|handed|convey|conveyed|remettre|remis|remet|transmettre|transmis|entregar|entrego|entregara|transmitir|transmitio)\s+(?:[a-z'\-]+\s+){0,3}?(?:an|a|une|un|una|the|l'|la|el|son|sa|su|his|her)\s*(?:(?:official|formal|written|officielle|ecrite|oficial|escrita)\s+)?(?:invitation|invitacion)\b|(?:message|letter|lettre|carta|mensaje)s? (?:[a-z]+ )?(?:addressed|adressee?|dirigid[oa]|enviad[oa]|envoyee?|sent)\s+(?:to|a|al|par|por|by)\b|(?:carta|mensaje) (?:formal |oficial |escrit[oa] )?(?:a|al) (?:la |su )?(?:rey|reina|presidente|presidenta|monarca|primer|jefe|homolog[oa])|(?:lettre|message) (?:officielle? |ecrite? )?(?:au|a la|a son|a sa) (?:roi|reine|president|presidente|souverain|monarque|premier|chef|homologue)|(?:letter|message) to (?:the |his |her )?(?:king|queen|president|monarch|prime|head|counterpart|emir|sultan)|(?:enviado|entregado|remitido|transmitido)\s+(?:[a-z'\-]+\s+){0,5}?(?:un|una|el|su) (?:(?:formal|oficial)\s+)?(?:"\s*)?(?:mensaje|carta)\b)\b`)

var topicPrepRe = mkf(`(?:\b(?:sur|about|on|regarding|concerning|sobre|situation (?:en|au|dans)|situation in|crise|crisis|question|dossier|en materia de|dans|in|vers|towards|hacia|contre|against|contra)\s+(?:la |le |l'|les |the |el |los )?)$`)

// coordGapRe is the gap between two coordinated names.
var coordGapRe = mkf(`^\s*(?:,|and|et|y|or|ou|o)?\s*(?:(?:the|la|le|l'|el)\s*)?$`)

type trig struct {
	kind   string
	s, e   int
	anaph  bool
	status string
}

// findEvents is pass 3: one event per happening with its participants.
func (x *engine) findEvents() {
	lastCred := -100
	lastCredStatus := ""
	lastFarewell := -100
	// the triggers of a sentence go to buffers reused from sentence to
	// sentence: no event keeps them
	var tsBuf, keepBuf []trig
	acronyms := x.eventAcronyms()
	for si, sp := range x.sents {
		low := x.f.low
		ts := tsBuf[:0]
		for _, a := range acronyms {
			// "Foreign Office Consultations (FOC) were held … the next FOC will be hosted in Bangladesh"
			for k := sp.s; k < sp.e; {
				i := strings.Index(x.f.up[k:sp.e], a.name)
				if i < 0 {
					break
				}
				s, e := k+i, k+i+len(a.name)
				k = e
				if s > a.def && (s == 0 || !isWordByte(low[s-1])) && (e >= len(low) || !isWordByte(low[e])) && low[max(0, s-1)] != '(' {
					ts = append(ts, trig{kind: a.kind, s: s, e: e})
				}
			}
		}
		for _, et := range eventTriggers {
			re := et.re
			if et.kind == "message" {
				re = messageRe
			}
			for _, m := range x.find(re, sp.s, sp.e) {
				s, e := m[0], m[1]
				if et.kind == "agreement" && (!x.agreementObject(s, e, sp.e) || backgroundRe.MatchString(low[max(sp.s, s-25):s])) {
					continue
				}
				if et.kind == "message" && credenceAfter(low[e:min(sp.e, e+16)]) {
					continue // "a remis une copie de sa lettre de créance": credentials
				}
				if et.kind == "consultations" && partOfRe.MatchString(low[max(sp.s, s-40):s]) {
					continue // "the visit is part of regular consultations": a frame, not a session
				}
				if et.kind == "consultations" && strategicRe.MatchString(low[s:e]) {
					continue // a strategic dialogue session is a meeting
				}
				if et.kind == "consultations" && (mouRe.MatchString(low[max(sp.s, s-60):s]) || mechanismRe.MatchString(low[max(sp.s, s-30):s]) && !heldAfterRe.MatchString(low[e:min(sp.e, e+40)])) {
					continue // "un mémorandum d'entente sur les consultations politiques"
				}
				if w := low[s:e]; et.kind == "visit" && (w == "visite" || w == "visiten") && (x.lang != "es" || !subjunctiveVisitRe.MatchString(low[max(sp.s, s-90):s])) {
					continue // a French noun, or not the Spanish "para que X visite"
				}
				if et.kind == "visit" && !x.visitOK(s, e, sp) {
					continue
				}
				if et.kind == "visit" && strings.HasPrefix(low[s:min(sp.e, e+6)], "tour of duty") {
					continue // an envoy's posting, not a trip
				}
				if et.kind == "meeting" && low[s:e] == "called on" && calledOnToRe.MatchString(low[e:min(sp.e, e+50)]) {
					continue // "called on Armenia to respect …": an appeal, not a call paid
				}
				if (et.kind == "visit" || et.kind == "meeting") && negatedRe.MatchString(low[max(sp.s, s-25):s]) {
					continue // "hace 5 años que un canciller uruguayo no viene en visita oficial"
				}
				if (et.kind == "visit" || et.kind == "meeting") && x.matchIn(pastRefRe, max(sp.s, s-20), min(sp.e, e+2)) {
					continue // "the recent visit of President X to India": background
				}
				if et.kind == "meeting" && x.f.up[s] >= 'A' && x.f.up[s] <= 'Z' && sidelinesRe.MatchString(low[max(sp.s, s-70):s]) {
					continue // "on the sidelines of the 50th Regular Meeting of …": a named gathering, the venue, not the event
				}
				if (et.kind == "visit" || et.kind == "meeting" || et.kind == "phone_call") && pluperfectRe.MatchString(low[max(sp.s, s-45):s]) && !reportedSpeechRe.MatchString(low[sp.s:s]) {
					continue // "Earlier, Minister X had paid an official visit to Iran": background
				}
				if (et.kind == "visit" || et.kind == "meeting" || et.kind == "phone_call") && x.pastYearAfter(e, sp) {
					continue // "the historic meeting in 1945 between King X and President Y": history
				}
				if w := low[s:e]; et.kind == "meeting" && (w == "entrevista" || w == "entrevistas" || w == "entretien" || w == "interview") && mediaInterviewRe.MatchString(low[e:min(sp.e, e+60)]) {
					continue // "en una entrevista con CNN", "dans un entretien accordé au journal": a media interview
				}
				if et.kind == "meeting" && privateCounterpartRe.MatchString(low[e:min(sp.e, e+40)]) {
					continue // "en un encuentro con empresarios de su país": businessmen, no state's representatives
				}
				if et.kind == "meeting" && passiveWelcomeRe.MatchString(low[s:e]) {
					continue // "fue recibido en el aeropuerto por…", "recibida con honores": a welcome
				}
				if x.matchIn(followsRe, max(sp.s, s-40), s) && x.datedClause(e, sp) {
					continue // "cette visite intervient après l'entretien téléphonique de janvier": background
					// (an undated one, "après la visite effectuée par X à Nouakchott", is recent news)
				}
				if (et.kind == "meeting" || et.kind == "phone_call" || et.kind == "consultations") && x.matchIn(callForRe, max(sp.s, s-50), s) {
					continue // "called for continued direct talks": an appeal, not an event
				}
				kind := et.kind
				if kind == "meeting" && conversationRe.MatchString(low[s:e]) && x.callSeriesBefore(sp.s) {
					kind = "phone_call" // "une série d'appels téléphoniques … Il s'est d'abord entretenu avec X": one of the calls
				}
				if kind == "meeting" && strings.HasPrefix(low[s:e], "h") && strings.Contains(low[s:e], "conversado") || kind == "meeting" && strings.HasPrefix(low[s:e], "convers") && strings.HasSuffix(low[s:e], " con") {
					if x.callAround(sp) {
						kind = "phone_call" // "Rajoy ha conversado hoy con Obama. La llamada se produjo …"
					}
				}
				ts = append(ts, trig{kind: kind, s: s, e: e})
			}
		}
		kinds := map[string]bool{}
		for _, t := range ts {
			kinds[t.kind] = true
		}
		// one trigger per kind and sentence; kinds that subsume a meeting win
		tsBuf = ts
		keep := keepBuf[:0]
		seen := map[string]bool{}
		afterCeremony := ceremonyAfterRe.MatchString(low[sp.s:min(sp.e, sp.s+60)])
		for _, t := range ts {
			if t.kind == "meeting" && (kinds["phone_call"] || kinds["credentials"] || kinds["consultations"] || afterCeremony) && (!nextEventRe.MatchString(low[max(sp.s, t.s-40):t.s]) || x.orgMeeting(t, sp)) {
				continue
			}
			if t.kind == "meeting" && kinds["message"] && x.messageRight(t, ts) {
				continue // "a reçu un message": the message, not a meeting
			}
			if seen[t.kind] && !(t.kind == "meeting" && prepForRe.MatchString(low[max(sp.s, t.s-45):t.s])) {
				continue // (but "held talks … to review plans for an inaugural session of the Joint Commission": a second, planned one)
			}
			overl := false
			for _, k := range keep {
				if t.s < k.e && k.s < t.e {
					overl = true
				}
			}
			if overl {
				continue
			}
			seen[t.kind] = true
			keep = append(keep, t)
		}
		keepBuf = keep
		if (len(keep) == 0 || onlyMeetings(keep)) && lastCred >= 0 && si-lastCred <= 8 && x.farewellMeetings(si, sp, si-lastFarewell == 1) {
			lastFarewell = si
			continue // "HM the King received afterwards ambassadors who came to take their leave … They are X, Ambassador of Belgium, …"
		}
		if lastCred >= 0 && si-lastCred <= 2 && !kinds["credentials"] && len(x.find(plainAmbOfRe, sp.s, sp.e)) > 0 && len(x.stateMentions(sp, false)) > 0 {
			// "…recibió las cartas credenciales… El Jefe de Estado sostuvo intercambios
			// con los nuevos jefes de misión de Vietnam, El Salvador…": the ceremony's envoys
			keep = []trig{{kind: "credentials", s: sp.s, e: sp.s}}
		}
		if len(keep) == 0 && restOpenRe.MatchString(low[sp.s:sp.e]) {
			x.restMeetings(sp)
		}
		if participantsOpenRe.MatchString(low[sp.s:sp.e]) && x.joinParticipants(sp) {
			continue // "Participants in the meeting included Prime Minister X of A, …": the meeting just told
		}
		if (len(keep) == 0 || onlyMeetings(keep)) && lastCred >= 0 && si-lastCred <= 8 {
			// a list of ambassadors after a credentials sentence ("También recibió a X,
			// de la República de Polonia; Y, de la Confederación Suiza…")
			if x.namedRole(si, sp, "ambassador") && !x.match(presenceRe, sp.s, sp.e) && !x.namedNonAmbassador(sp) && !x.allCredited(sp) && !x.oneSeatedEnvoy(si, sp, keep) {
				keep = []trig{{kind: "credentials", s: sp.s, e: sp.s}}
				lastCred = si
			}
		}
		for _, t := range keep {
			pre := low[max(sp.s, t.s-40):t.s]
			t.anaph = nounTriggers[firstWord(low[t.s:t.e])] && (anaphoricOpening(low[sp.s:t.s]) && !withAfterRe.MatchString(low[t.e:min(sp.e, t.e+8)]) || anaphoricBefore.MatchString(pre) && !indefiniteBeforeRe.MatchString(pre))
			if t.anaph && withAfterRe.MatchString(low[t.e:min(sp.e, t.e+8)]) && !demonstrativeBeforeRe.MatchString(pre) && x.newPartyAfter(t, sp) {
				t.anaph = false // "During the meeting with Foreign Minister of Cyprus X" after the visit told: a new meeting
			}
			t.status = "held"
			end := clauseEnd(low, t.e, min(sp.e, t.e+40))
			for _, k := range keep {
				if k.s > t.e && k.s < end && k.kind != t.kind {
					end = k.s // "hablaron en vista de la próxima reunión": the plan is the meeting's
					if m := nextEventRe.FindStringIndex(low[t.e:k.s]); m != nil {
						end = t.e + m[0]
					}
				}
			}
			if x.plannedIn(sp.s, end) && !x.firstTo(t, sp) {
				t.status = "planned" // but "the first Indian leader to visit the country": done
			}
			if t.kind == "meeting" && pressInterviewRe.MatchString(low[t.e:min(sp.e, t.e+50)]) {
				continue // "en una entrevista a EFE": an interview with the press, no meeting
			}
			if skip, planned := x.provision(t, sp); skip {
				continue // "il prévoit de réguler les rencontres": the content of an agreement
			} else if planned {
				t.status = "planned"
			} else if x.matchIn(afterPastRe, max(sp.s, t.s-20), t.s) || x.matchIn(pastVerbBeforeRe, max(sp.s, t.s-40), t.s) ||
				t.kind == "credentials" && credAcceptedRe.MatchString(low[max(sp.s, t.s-40):t.s]) {
				t.status = "held" // "tras reunirse con su homólogo", "al que presentó las copias de sus cartas"
			}
			if (t.kind == "consultations" || t.kind == "meeting") && t.status == "planned" && heldAfterRe.MatchString(low[t.e:min(sp.e, t.e+40)]) {
				t.status = "held" // "acordaron un plan … en el marco de la Reunión de Consultas celebrada en…"
			}
			if t.kind == "consultations" && mechanismSetUpRe.MatchString(low[max(sp.s, t.s-30):t.s]) {
				t.status = "planned" // "l'établissement d'un mécanisme de consultations politiques": to come
			}
			if t.kind == "meeting" && prepForRe.MatchString(low[max(sp.s, t.s-45):t.s]) {
				t.status = "planned" // "to review plans for an inaugural session of the Joint Commission"
			}
			if t.kind == "credentials" && t.s == sp.s && t.e == sp.s && lastCredStatus != "" {
				t.status = lastCredStatus // the list of a ceremony reported before: "X será la embajadora de Chile"
			}
			if t.anaph && !x.firstVisit(t) && (x.encounterBefore() || !x.firstMention(t)) {
				// "au cours de cet entretien": refers to an event already reported
				continue
			}
			if t.kind == "credentials" {
				x.credentials(t, si, sp)
				lastCred = si
				if t.s != t.e {
					lastCredStatus = t.status
				}
				continue
			}
			x.addEvent(t, sp)
		}
	}
	x.listEvents()
	x.visitRule()
	x.meetingsCalledVisits()
	x.agreedMeetings()
}

// agreedRe is the verb of an accord reached by the subjects before it.
var agreedRe = mk(`\b(?:have agreed|has agreed|agreed|ont convenu|sont convenus|se sont accordes|acordaron|han acordado|convinieron|han convenido)\b`)

// coordRe is the coordination between two subjects.
var coordRe = mkf(`\b(?:and|et|y|e)\b`)

// agreedMeetings adds the meeting that an accord implies when its two
// subjects, of two states, are named together and nothing else tells how
// they met: "President X and President Y of Senegal have agreed that…".
func (x *engine) agreedMeetings() {
	low := x.f.low
	for _, sp := range x.sents {
		ms := x.find(agreedRe, sp.s, sp.e)
		if len(ms) == 0 {
			continue
		}
		v := ms[0][0]
		told := false
		for _, ev := range x.events {
			told = told || ev.ev == sp
		}
		if told || negatedRe.MatchString(low[max(sp.s, v-25):v]) {
			continue
		}
		var pms []pmention
		for _, pm := range pmRange(x.pms, sp.s, v) {
			if pm.p != nil && (len(pms) == 0 || pms[len(pms)-1].p != pm.p) {
				pms = append(pms, pm)
			}
		}
		if len(pms) != 2 || pms[0].s-sp.s > 60 || pms[0].e > pms[1].s || !coordRe.MatchString(low[pms[0].e:pms[1].s]) || strings.ContainsAny(low[pms[0].e:pms[1].s], ";:") {
			continue
		}
		a, b := pms[0].p.states(), pms[1].p.states()
		if len(a) == 0 || len(b) == 0 || a[0] == b[0] {
			continue
		}
		states := sortedPair(a[0], b[0])
		met := false
		for _, ev := range x.events {
			met = met || ev.kind != "message" && contains(ev.states, states[0]) && contains(ev.states, states[1])
		}
		if met {
			continue // "les deux ministres ont convenu": of the talks already told
		}
		x.events = append(x.events, &event{kind: "meeting", status: "held", persons: []*person{pms[0].p, pms[1].p}, states: states, ev: sp, conf: 0.6, date: x.dateIn(sp)})
	}
}

// encounterBefore reports whether an event that an anaphoric "their talks",
// "cet entretien" can refer to was already reported: any but a signing, a
// message ("signed … following their talks" names new talks).
func (x *engine) encounterBefore() bool {
	for _, ev := range x.events {
		switch {
		case ev.kind == "agreement" || ev.kind == "message" || ev.status == "planned":
		default:
			return true
		}
	}
	return false
}

// onlyMeetings reports whether all triggers are meetings.
func onlyMeetings(ts []trig) bool {
	for _, t := range ts {
		if t.kind != "meeting" {
			return false
		}
	}
	return true
}

// buildingVisitRe opens the building a visit goes to ("visit to the Merdeka
// Palace", "visite au palais de Carthage", "visita al Palacio de Nariño").
var buildingVisitRe = mkf(`^\s+(?:to|au|a|al)\s+(?:(?:the|le|la|el)\s+)?(?:[a-z]+\s+){0,2}(?:palace|palais|palacio|white house|maison blanche|casa blanca|kremlin|elysee)\b`)

// orgVenueRe is what may stand between a visit and the organisation visited.
var orgVenueRe = mkf(`^\s*(?:to|a|au|aux|en|at|la|le|l'|el|the|de|du|des|del|\s)*$`)

// nextEventRe ends the words that make the meeting named next a future one
// besides the call of the sentence: "en vista de la próxima reunión".
var nextEventRe = mkf(`\b(?:proxima|proximo|prochaine|prochain|next|upcoming|future|futura|futuro|forthcoming)\s+(?:\w+\s+)?$|\b(?:acordaron|acordo|convinieron|decidieron|agreed to|decided to|ont convenu d'|ont decide d'|sont convenus d')\s*(?:fijar|celebrar|sostener|programar|organizar|hold|schedule|organise|organize|tenir|organiser)\s+(?:una|un|a|an|une)\s+(?:\w+\s+)?$`)

// theCountryRe opens a destination named as "the country" of the text.
var theCountryRe = mkf(`^\s*(?:(?:a|to|en|au|al|in)\s+)?(?:the country|our country|le pays|notre pays|el pais|nuestro pais|este pais|ce pays|this country|(?:the|this|that) (?:[a-z-]+ ){1,2}(?:country|nation|kingdom|republic)|(?:ce|le|cet|cette|la) (?:pays|nation|royaume) (?:[a-z-]+)|(?:el|este|ese) (?:pais|reino) [a-z-]+)\b`)

// clauseEnd returns where the clause that runs from e ends, at most at
// limit: before ", and", " et ", " y ", " and " or a semicolon ("… the first
// session of political consultations and agreed to…": the agreement is
// another clause).
func clauseEnd(low string, e, limit int) int {
	seg := low[e:limit]
	end := len(seg)
	for _, sep := range []string{" and ", " et ", " y ", ";", ", where ", ", ou ", ", donde ", ", en donde "} {
		if i := strings.Index(seg, sep); i >= 0 && i < end {
			end = i
		}
	}
	return e + end
}

// negatedRe ends the words that deny the event named next.
var negatedRe = mkf(`\b(?:no|not|never|nunca|jamais|n'a|n'ont|ne)\s+(?:(?:ha|han|has|have|had|been|pas|encore|yet|aun|todavia|viene|vino|venido|effectue|made|paid|realizado|hecho)\s+)*(?:(?:en|a|an|une|un|una)\s+)?$`)

// pastVerbBeforeRe ends the words of a completed act right before a trigger.
var pastVerbBeforeRe = mkfi(`\b(?:presento|presentaron|entrego|entregaron|presented|handed|a presente|ont presente|a remis|ont remis)\s+(?:\w+\s+){0,4}$`)

// allCredited reports whether every ambassador named in sentence sp
// already takes part in a credentials event: a sentence about them after
// the ceremony ("La Embajadora X aseguró…") is no new one.
func (x *engine) allCredited(sp span) bool {
	n := 0
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p == nil || pm.p.office("ambassador") == nil {
			continue
		}
		n++
		found := false
		for _, ev := range x.events {
			found = found || ev.kind == "credentials" && containsP(ev.persons, pm.p)
		}
		if !found {
			return false
		}
	}
	return n > 0
}

// plannedIn reports whether low[s:e] holds a word of plans, "will" in
// "good will" ("a message of good will") aside.
func (x *engine) plannedIn(s, e int) bool {
	for _, m := range x.find(plannedRe, s, e) {
		if x.f.low[m[0]:m[1]] == "will" && strings.HasSuffix(x.f.low[max(s, m[0]-5):m[0]], "good ") {
			continue
		}
		if w := x.f.low[m[0]:m[1]]; w == "decision" && thisBeforeRe.MatchString(x.f.low[max(s, m[0]-8):m[0]]) {
			continue // "pour officialiser cette décision lors de rencontres avec X": a decision told, no plan of the meeting
		}
		if w := x.f.low[m[0]:m[1]]; (w == "annonce" || w == "announced") && thatAfterRe.MatchString(x.f.low[m[1]:min(e, m[1]+40)]) {
			continue // "annonce dans un tweet que X a rencontré": a report; the verb reported tells the time
		}
		if w := x.f.low[m[0]:m[1]]; (w == "invitation" || w == "invitacion") && onInvitationRe.MatchString(x.f.low[max(s, m[0]-10):m[0]]) {
			continue // "arrived … at the invitation of X": the reason of a done act
		}
		return true
	}
	return false
}

// thatAfterRe opens the clause an announcement reports ("annonce dans un
// tweet que", "announced today that").
var thatAfterRe = mkf(`^(?:\s+[\w']+){0,5}?\s+(?:que|qu'|that)\b`)

// onInvitationRe ends the preposition of "at the invitation of", "à
// l'invitation de", "por invitación de".
var onInvitationRe = mkf(`\b(?:at the|on the|upon the|upon|a l'|sur|por|a|bajo)\s*$`)

// credAcceptedRe ends the words of a head of state who has accepted or
// received credentials ("accepted the Letters of Credence"): held, though
// "accepted" elsewhere plans (an invitation accepted).
var credAcceptedRe = mkf(`\b(?:accepted|received|a accepte|a recu|acepto|recibio)\s+(?:\w+\s+){0,3}$`)

// sidelinesRe ends the words that name the gathering on whose margins a
// meeting takes place.
var sidelinesRe = mkf(`\b(?:sidelines|margins|margin|en marge|al margen|en el marco)\s+(?:of|de|du|des|d'|del)\s+(?:the\s+|la\s+|le\s+|l'|el\s+|los\s+|les\s+)?(?:[\w'-]+\s+){0,5}$`)

// sameAgreementRe opens the object of a signature that refers back to an
// agreement just reported ("signed the protocol", "suscribió el protocolo").
var sameAgreementRe = mkf(`^\s+(?:el|the|le|la|l'|ce|cet|cette|este|dicho|said|ledit|ladite)\s*(?:protocolo|acuerdo|documento|memorando|convenio|tratado|agreement|protocol|document|memorandum|treaty|accord|protocole|traite|texte)\b`)

// recentEvent returns the last event of a kind reported in the n sentences
// before sp, or nil.
func (x *engine) recentEvent(kind string, sp span, n int) *event {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.s })
	from := x.sents[max(0, k-n)].s
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.kind == kind && ev.ev.s >= from && ev.ev.s < sp.s {
			return ev
		}
	}
	return nil
}

// yearAfterRe is a year right after an event word ("meeting in 1945", "visite de 1994", "visita en 2009").
var yearAfterRe = mkf(`^\s+(?:in|en|de|of)\s+((?:19|20)\d\d)\b`)

// pastYearAfter reports whether the event word ending at e is dated by a
// year more than one before the document's.
func (x *engine) pastYearAfter(e int, sp span) bool {
	if x.ref.Year == 0 {
		return false
	}
	m := yearAfterRe.FindStringSubmatch(x.f.low[e:min(sp.e, e+12)])
	if m == nil {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	return y < x.ref.Year-1
}

// pastRefRe finds a visit or meeting referred to as an earlier one.
var pastRefRe = mkfi(`\b(?:recent|recente|reciente|last|derniere|ultima|previous|precedente|anterior|earlier|former)\s+(?:\w+\s+)?(?:visit|visite|visita|meeting|rencontre|reunion|encuentro)\b`)

// pluperfectRe ends an English pluperfect before an event noun: "had paid an
// official visit to" (not "had arrived", often the news itself).
var pluperfectRe = mkf(`\bhad\s+(?:(?:already|previously|earlier|also)\s+)?(?:paid|made|undertaken|conducted|held)\s+(?:\w+\s+){0,3}$`)

// reportedSpeechRe finds a verb of saying: what someone "said he had met" may
// be the news itself.
var reportedSpeechRe = mkf(`\b(?:said|says|told|noted|stated|added|recalled that|informed)\b`)

// passiveWelcomeRe: a passive reception at an airport or with honours.
var passiveWelcomeRe = mkf(`\b(?:aeropuerto|aeroport|airport|honores|honneurs|honours|honors)\b`)

// followsRe ends the words that make the next event the one this one follows:
// "Cette visite intervient après l'entretien téléphonique…", background.
var followsRe = mkfi(`\b(?:intervient apres|fait suite a|faisant suite a|comes after|came after|follows|se produce tras|se produjo tras|sigue a)\s+(?:l'|le |la |les |the |el |los |las |un |une |a |an )?(?:\w+\s+)?$`)

// indefiniteBeforeRe ends an indefinite article right before an event noun:
// "durante una reunión", "during a meeting" introduce a new event.
var indefiniteBeforeRe = mkf(`\b(?:una|un|une|a|an)\s+$`)

// withAfterRe opens the other party of a meeting after its noun ("At the
// meeting with Prime Minister X": a new meeting, not the one just reported).
var withAfterRe = mkf(`^\s+(?:with|avec|con|between|entre)\b`)

// anaphoricOpening reports whether a sentence opens with "In the"/"At the"
// right before its trigger noun ("In the meeting, X wished…"): the event just
// reported.
func anaphoricOpening(before string) bool {
	switch strings.TrimSpace(before) {
	case "in the", "at the", "en la", "en el", "dans la", "a la", "lors de la", "durante la", "les", "the", "los", "las":
		return true
	}
	return false
}

// callForRe ends the words before a trigger that make it the object of an
// appeal ("President Trump's call for direct talks", "appelle à des
// pourparlers", "exhortó a un diálogo"), not an event that took place.
var callForRe = mkfi(`(?:\b(?:calls?|called|calling|urged?|urges|urging|appeals?|appealed|appealing)\s+for|\b(?:appel(?:le|lent|e|ant)?|exhort\w*|plaide\w*)\s+(?:a|pour)|\b(?:llam(?:o|aron|a|an|ando)|exhort\w*|abog\w*)\s+(?:a|por))\s+(?:[\w'-]+\s+){0,3}$`)

var visitPossRe = mkf(`\b(?:his|her|sa|son|su)\s+(?:\w+\s+)?$`)

// pronounStartRe opens a sentence whose subject is the parties already named.
var pronounStartRe = mkf(`^(?:they|ils|elles|ellos|ellas|both|the two|les deux|los dos|ambos|ambas)\b`)

// ceremonyAfterRe opens a sentence about the ceremony just reported.
var ceremonyAfterRe = mkf(`^(?:tras|after|following|a l'issue de|au terme de|al termino de|apres|at the end of)\s+(?:la |the |el |l'|le |del |de la )?(?:ceremonia|ceremonie|ceremony|acto|audiencia|audience|presentation|presentacion)`)

// messageRight reports whether a message trigger follows the meeting trigger t closely.
func (x *engine) messageRight(t trig, ts []trig) bool {
	reach := 30
	if fromHandsRe.MatchString(x.f.low[t.e:min(len(x.f.low), t.e+24)]) {
		reach = 160 // "recibió de manos del jefe de la Sección …, X, una carta": the carrier, then the message
	}
	for _, m := range ts {
		if m.kind == "message" && m.s >= t.e && m.s-t.e <= reach {
			return true
		}
	}
	return false
}

// fromHandsRe opens the carrier of what one receives ("de manos de", "des
// mains de", "from the hands of").
var fromHandsRe = mkf(`^\s+(?:de manos de|des mains d|from the hands of|at the hands of)`)

// agreementObject reports whether a signing verb is about an agreement-like text.
var (
	backgroundRe = mkf(`\b(?:depuis|since|desde|apres|after|tras|avant|before|antes de)\s+(?:la |le |l'|the |el |)?$`)
	mouRe        = mkf(`\b(?:memorandum|memoranda|memorando|mou|mous|accord|agreement|acuerdo|protocole|protocol|protocolo)\b[^.;]{0,30}\b(?:sur|on|sobre|relatif aux|relatif a|regarding|concerning)\s+(?:les |the |las |la |le )?(?:(?:holding|tenir|tenue de|celebrar|celebracion de|regular|annual|bilateral|political|politiques|politicas|bilaterales|regulieres|regulares)\s+){0,3}$`)
	// mechanismRe ends the words of a standing mechanism named after its
	// consultations ("a mechanism for political consultations"): an
	// institution, not a session
	mechanismRe = mkf(`\b(?:mechanism|mecanisme|mecanismo|cadre|framework|marco)\s+(?:for|of|de|des|para|pour|du)\s+(?:les |the |las |la |le |los )?$`)
)

var agreementObjRe = mk(`\b(?:documento|document|annexe|anexo|annex|accords?|agreements?|acuerdos?|memorandums?|memorandum|memoranda|memorandos?|protocoles?|protocols?|protocolos?|conventions?|convenios?|declaration|declaracion|traites?|treaty|treaties|tratados?|programmes? executifs?|feuille de route|roadmap|hoja de ruta|mous?|moas?|plan d'action|action plan|statuts?|statute|charte|charter|exchange of notes|echange de notes|echange de lettres|canje de notas|notas reversales|exchange of letters|lettres? d'intention|letters? of intent|cartas? de intencion)\b`)

func (x *engine) agreementObject(s, e, limit int) bool {
	return x.match(agreementObjRe, max(0, min(s, e-30)-60), min(limit, e+120)) // (before a passive "la Declaración conjunta firmada … por")
}

// visitOK filters weak visit triggers ("se rendre", "la visite") that are not trips.
func (x *engine) visitOK(s, e int, sp span) bool {
	w := x.f.low[s:e]
	if privateVisitorsRe.MatchString(x.f.low[e:min(sp.e, e+50)]) {
		return false // "the visit of over 70 Pakistani businessmen to Ethiopia": no state's representatives
	}
	if visitQualifierRe.MatchString(x.f.low[e:min(sp.e, e+30)]) {
		return true // "la visite de travail dans le Royaume de …"
	}
	if tripWordRe.MatchString(w) && x.matchIn(multilateralVenueRe, sp.s, sp.e) {
		return false // "en déplacement à New York pour l'Assemblée générale": a trip to a conference, no visit to its host
	}
	if strings.HasSuffix(w, " by") {
		w = "visit of" // "the visit paid by X to Accra": a destination after the agent
	}
	switch w {
	case "visit of", "visite du", "visite de", "visita del", "visita de", "une visite", "la visite", "sa visite", "visiting", "to visit", "will visit", "visitar", "una visita", "su visita", "la visita a", "su visita a", "se rendre", "se rendra", "visit to", "visita a", "visita al", "visite a", "visite au", "visite aux", "visite en",
		"visited", "visits", "visito", "visitaron", "a visite", "ont visite", "visitera", "visiteront", "se traslado a", "se trasladara a", "escala en", "estuvo en":
		// needs a destination state or city right after
		if theCountryRe.MatchString(x.f.low[e:min(sp.e, e+45)]) {
			return true // "who is currently visiting the country": the host's
		}
		for _, m := range x.mentsIn(e, min(sp.e, x.visitReach(e, 60, sp))) {
			if m.kind == kState && !m.demonym || m.kind == kCity || m.capital {
				return true
			}
			if m.kind == kState && m.demonym && (strings.Contains(x.f.low[e:m.s], "visite") || capitalBeforeRe.MatchString(x.f.low[e:m.s]) || strings.HasPrefix(x.f.low[m.e:min(sp.e, m.e+9)], " capital")) {
				return true // (and "su visita a la capital chilena", "his visit to the Chilean capital")
			}
		}
		return false
	}
	return true
}

// orgOfficial reports whether p holds an office of an organisation and none
// of a state.
func orgOfficial(p *person) bool {
	org := false
	for _, o := range p.offices {
		if o.state != "" {
			return false
		}
		org = org || o.org != ""
	}
	return org
}

// tripWordRe: the words of a trip or an arrival that are visits only when
// the trip is not to a conference ("lors d'un déplacement à Rabat", "a
// trip to", "à son arrivée à Kinshasa").
var tripWordRe = mkf(`^(?:deplacement|trip|a son arrivee|upon|on (?:his|her|their) arrival|a su llegada)\b`)

// multilateralVenueRe finds a conference or a body's session a trip is for.
var multilateralVenueRe = mkf(`\b(?:assemblee generale|general assembly|asamblea general|sommet|summit|cumbre|conference|conferencia|forum|foro|session|sesion|en marge|on the sidelines|al margen)\b`)

// privateVisitorsRe: visitors who represent no state, named after a visit.
var privateVisitorsRe = mkf(`^\s*(?:of\s+|de\s+|d'|des\s+|del\s+|by\s+)?(?:(?:over|more than|some|about|plus de|pres de|une|un groupe de|a group of|mas de|unos|unas|cerca de|\d+|dozens of|des dizaines d'|decenas de)\s+)*(?:[a-z-]+\s+|d'|de\s+){0,3}(?:businessmen|businesspeople|business people|investors|journalists|students|tourists|hommes d'affaires|investisseurs|journalistes|etudiants|touristes|empresarios|inversionistas|inversores|periodistas|estudiantes|turistas)\b`)

// firstToRe ends "the first … to" before an infinitive trigger: the act is
// reported as done ("Naidu is the first senior Indian leader to visit").
var firstToRe = mkf(`\b(?:first|premier|premiere|primer|primera)\s+(?:[a-z-]+\s+){0,4}(?:(?:to|a|en)\s+)?$`)

// firstTo reports whether trigger t is an infinitive after "the first …":
// "the first senior Indian leader to visit", "le premier chef d'Etat à visiter".
func (x *engine) firstTo(t trig, sp span) bool {
	low := x.f.low
	pre := low[max(sp.s, t.s-60):t.s]
	return firstToRe.MatchString(pre) && (strings.HasPrefix(low[t.s:t.e], "to ") || strings.HasSuffix(pre, " to ") || strings.HasSuffix(pre, " a "))
}

// visitAgentRe opens the agent of a visit noun: "la visite effectuée par",
// "the visit paid by", "la visita realizada por".
var visitAgentRe = mkf(`^\s*(?:[a-z]+\s+)?(?:effectuee?s? par|menee?s? par|rendue? par|paid by|made by|undertaken by|conducted by|realizada por|efectuada por|llevada a cabo por|cumplida por)\b`)

// proDropRe is a Spanish sentence opening with its verb, the subject left
// out: only adverbs before the trigger ("Después visitó …").
var proDropRe = mkf(`^\s*(?:(?:despues|luego|posteriormente|mas tarde|tambien|ademas|asimismo|finalmente|enseguida|seguidamente),?\s+)+$`)

// originBeforeRe ends the words that make the next state where a traveller
// comes from ("procedente de Estados Unidos", "coming from", "en provenance
// du Niger").
var originBeforeRe = mkf(`\b(?:procedentes? de|provenientes? de|coming from|arriving from|en provenance (?:de la|de l'|du|des|de|d')|venant (?:de la|de l'|du|des|de|d'))\s*(?:la |el |los |las |the )?$`)

// withoutOrigins removes from actors the states sentence sp names only as
// where a traveller comes from.
func (x *engine) withoutOrigins(actors []string, sp span) []string {
	var origin []string
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.kind == kState && !m.demonym && originBeforeRe.MatchString(x.f.low[max(sp.s, m.s-30):m.s]) {
			origin = append(origin, m.key)
		}
	}
	if origin == nil {
		return actors
	}
	var out []string
	for _, a := range actors {
		if !contains(origin, a) || x.namedOtherwise(a, sp) {
			out = append(out, a)
		}
	}
	return out
}

// namedOtherwise reports whether state st is named in sentence sp other than
// as an origin.
func (x *engine) namedOtherwise(st string, sp span) bool {
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.key == st && m.kind == kState && !originBeforeRe.MatchString(x.f.low[max(sp.s, m.s-30):m.s]) {
			return true
		}
	}
	return false
}

// visitReach is how far after a visit noun ending at e its destination is
// looked for: n bytes, or more past an agent ("la visite effectuée par le
// ministre algérien des Affaires étrangères, X, à Nouakchott").
func (x *engine) visitReach(e, n int, sp span) int {
	if strings.HasSuffix(x.f.low[max(0, e-3):e], " by") || visitAgentRe.MatchString(x.f.low[e:min(sp.e, e+25)]) {
		return e + 130
	}
	return e + n
}

// namedRole reports whether a person named with a title in sentence si holds role there.
func (x *engine) namedRole(si int, sp span, role string) bool {
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p == nil || pm.coref {
			continue
		}
		for _, o := range pm.p.offices {
			if o.role == role && o.sent == si {
				return true
			}
		}
	}
	return false
}

// namedNonAmbassador reports whether a person of the sentence holds no
// ambassador office: "the Minister of Higher Education discussed with
// Ambassador X" is not a list of ambassadors presenting credentials.
func (x *engine) namedNonAmbassador(sp span) bool {
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p != nil && !pm.coref && len(pm.p.offices) > 0 && pm.p.office("ambassador", "head_of_state") == nil {
			return true // (the head of state receiving them is the ceremony's host: "le troisième hôte du Président X")
		}
	}
	return false
}

func (x *engine) hasRole(sp span, role string) bool {
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p != nil && pm.p.office(role) != nil {
			return true
		}
	}
	return false
}

// participants collects the persons and actor states of a trigger's sentence.
func (x *engine) participants(sp span) (ps []*person, actors []string) {
	low := x.f.low
	// presence zones
	var zones []span
	for _, m := range x.find(presenceRe, sp.s, sp.e) {
		zs := m[0]
		ze := sp.e
		if k := strings.IndexAny(low[m[1]:sp.e], ";"); k >= 0 {
			ze = m[1] + k
		}
		zones = append(zones, span{zs, ze})
	}
	inZone := func(off int) bool {
		for _, z := range zones {
			if off >= z.s && off < z.e {
				return true
			}
		}
		return false
	}
	from := sp.s
	if exceptOpenRe.MatchString(low[sp.s:min(sp.e, sp.s+20)]) {
		if k := strings.IndexByte(low[sp.s:sp.e], ','); k > 0 {
			from = sp.s + k // "Apart from the Malaysian Foreign Minister, X also received Y"
		}
	}
	for _, pm := range pmRange(x.pms, from, sp.e) {
		if inZone(pm.s) || x.attributedTo(pm.s) {
			continue
		}
		if pm.p != nil {
			if !containsP(ps, pm.p) {
				if ps == nil {
					ps = make([]*person, 0, 4) // one allocation for the usual few
				}
				ps = append(ps, pm.p)
			}
		} else if pm.state != "" && !contains(actors, pm.state) {
			actors = append(actors, pm.state)
		}
	}
	return ps, actors
}

// isInPlaceRe is the verb that places the visitor before his visit ("is in",
// "se trouve à", "se encuentra en").
var isInPlaceRe = mkf(`\b(?:is in|is currently in|se trouve a|se trouve en|se trouve au|se encuentra en)\s`)

func containsP(ps []*person, p *person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// exceptOpenRe opens a sentence with the event told before, set apart
// from the one it tells ("Apart from the Malaysian minister, …").
var exceptOpenRe = mkf(`^\s*(?:apart from|aside from|besides|in addition to|other than|outre|en plus d|ademas d|aparte d)`)

// stateMentions returns the states named in [s,e) that are not inside a
// person's title, not topics ("sur la Libye") and not in presence zones.
func (x *engine) stateMentions(sp span, skipDemonymOfPersons bool) []string {
	var out []string
	topicEnd := -1 // the end of the last state named as a topic ("on Syria and Yemen")
	from := sp.s
	if exceptOpenRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+20)]) {
		if k := strings.IndexByte(x.f.low[sp.s:sp.e], ','); k > 0 {
			from = sp.s + k // "Apart from the Malaysian Foreign Minister, X also received Y": not a party
		}
	}
	for _, m := range x.mentsIn(from, sp.e) {
		if m.kind != kState {
			continue
		}
		pre := x.f.low[max(sp.s, m.s-30):m.s]
		if topicPrepRe.MatchString(pre) || topicEnd >= 0 && topicEnd <= m.s && coordGapRe.MatchString(x.f.low[topicEnd:m.s]) {
			topicEnd = m.e
			continue
		}
		if x.isVenue(m, sp) {
			continue
		}
		if x.match(presenceRe, max(sp.s, m.s-60), m.s) {
			continue
		}
		if !contains(out, m.key) {
			out = append(out, m.key)
		}
	}
	return out
}

// addEvent builds an event from a trigger and merges it with an earlier one
// of the same happening.
func (x *engine) addEvent(t trig, sp span) {
	if x.receptionSplit(t, sp) {
		return
	}
	ps, actors := x.participants(sp)
	if t.kind == "visit" {
		actors = x.withoutOrigins(actors, sp) // "arribó a Taiwán procedente de Estados Unidos": not a party
		if v := x.visitorBefore(t, sp); v != nil {
			ps = []*person{v} // "X, en visite de travail en Algérie": the visitor
		}
	}
	if t.kind == "visit" && len(ps) <= 1 {
		if p := x.pronounSubject(sp); p != nil && (len(ps) == 0 || ps[0] == p) {
			if x.visitedAlready(p, sp) {
				return // "She will travel to Mumbai": a stop of the visit to India told before
			}
			ps = []*person{p} // "Il se rendra ensuite à Berlin": the person the sentence before is about
		}
	}
	if t.kind == "visit" && len(ps) == 0 && proDropRe.MatchString(x.f.low[sp.s:t.s]) {
		// "Después visitó Etiopía, Burkina Faso…": the subject of the sentence before
		cur := sp
		for i := 0; i < 2 && len(ps) == 0; i++ {
			prev, ok := x.sentenceBefore(cur)
			if !ok {
				break
			}
			for _, pm := range pmRange(x.pms, prev.s, prev.e) {
				if pm.p != nil {
					ps = []*person{pm.p}
					break
				}
			}
			cur = prev
		}
	}
	if t.kind == "visit" {
		if m := possTitleRe.FindStringSubmatch(x.f.low[max(sp.s, t.s-60):t.s]); m != nil {
			// "the foreign minister's four-country swing": the one so titled, else the holder named first
			p := x.titledHolder(m[1])
			if p == nil && len(ps) == 0 {
				p = x.firstHolder(roleClass(m[1]))
			}
			if p != nil {
				ps = []*person{p}
			}
		}
	}
	if t.kind == "visit" && len(ps) == 0 && bareVisitVerb[x.f.low[t.s:t.e]] {
		return // "a team of officials also visited Bon Fim in Brazil": a field trip, no named visitor
	}
	if t.kind == "visit" && x.tourVisits(t, sp, ps) {
		return // "X will fly to Uganda…, to Laos… and to Belgium…": one visit each
	}
	if t.kind == "meeting" {
		ps = x.withoutGreeted(ps, t, sp)
	}
	if (t.kind == "meeting" || t.kind == "phone_call") && len(ps) > 0 && len(pmRange(x.pms, sp.s, t.s)) == 0 {
		if p := x.pronounSubject(sp); p != nil && !containsP(ps, p) {
			ps = append([]*person{p}, ps...) // "Il s'est ainsi entretenu avec X, avec Y": the one the sentence before is about
		}
	}
	if (t.kind == "meeting" || t.kind == "phone_call") && x.bilateralSplit(t, sp, ps) {
		return // "X will sit down with the Indonesian minister …; and with the German minister"
	}
	if t.kind == "visit" && len(ps) > 1 && visitPossRe.MatchString(x.f.low[max(sp.s, t.s-25):t.s]) {
		ps = ps[:1] // "briefed X on his recent visit to Israel": the subject's trip
	}
	if t.kind == "meeting" || t.kind == "visit" || t.kind == "phone_call" {
		ps = x.withoutMessageParties(ps, t, sp)
	}
	states := make([]string, 0, 4) // room for the usual two or three: one allocation
	hos := false
	for _, p := range ps {
		var sbuf [4]string
		for _, st := range p.appendActorStates(sbuf[:0]) {
			if !contains(states, st) {
				states = append(states, st)
			}
		}
		if p.office("head_of_state", "head_of_government") != nil {
			hos = true
		}
	}
	unnamedLeader := "" // the role of a leader met by title alone
	if t.kind == "meeting" {
		if m := leaderAfterRe.FindStringSubmatch(x.f.low[t.e:min(sp.e, t.e+25)]); m != nil {
			hos = true // "reçu en audience par le chef de l'Etat mauritanien": a leader met, unnamed
			if r := classify(m[1], m[1]); !personsHold(ps, r) {
				unnamedLeader = r // (not "par le président de la République de Corée, Yoon": named)
			}
		}
	}
	host := ""
	if t.kind == "visit" {
		if ms := x.mentsIn(t.e, min(sp.e, t.e+30)); len(ms) > 0 && ms[0].kind == kOrg && orgVenueRe.MatchString(x.f.low[t.e:ms[0].s]) {
			return // "his visit to the UN General Assembly in New York": a session, not a state
		}
		if buildingVisitRe.MatchString(x.f.low[t.e:min(sp.e, t.e+60)]) {
			return // "paid an official visit to the Merdeka Palace and met President X": a call at a building, not a trip
		}
		for _, m := range x.mentsIn(t.e, min(sp.e, x.visitReach(t.e, 80, sp))) {
			if m.kind == kState && !m.demonym || m.kind == kCity || m.capital {
				host = m.key
				break
			}
		}
		if host == "" {
			for _, m := range x.mentsIn(t.e, min(sp.e, t.e+40)) {
				if m.kind == kState {
					host = m.key
					break
				}
			}
		}
		if host == "" {
			// "Minister X is in Yaoundé, Cameroon, on an official working visit": the place before
			if m := x.indexIn(isInPlaceRe, max(sp.s, t.s-120), t.s); m != nil {
				for _, mm := range x.mentsIn(m[1], t.s) {
					if (mm.kind == kState && !mm.demonym || mm.kind == kCity || mm.capital) && !contains(states, mm.key) {
						host = mm.key
						break
					}
				}
			}
		}
		if host == "" && len(states) == 1 && theCountryRe.MatchString(x.f.low[t.e:min(sp.e, t.e+45)]) {
			host = x.otherState(states[0]) // "to visit the Mediterranean nation": the document's other state
			if loc := theCountryRe.FindStringIndex(x.f.low[t.e:min(sp.e, t.e+45)]); loc != nil {
				if regions := titleRegions(x.f.low[t.e : t.e+loc[1]]); regions != nil {
					// "su visita a ese país europeo": the last European state named before
					for _, m := range x.mentsIn(max(0, sp.s-300), t.s) {
						if m.kind == kState && m.key != states[0] && x.inRegion(m.key, regions) {
							host = m.key
						}
					}
				}
			}
		}
		if host != "" && !contains(states, host) {
			states = append(states, host)
		}
	}
	for _, a := range actors {
		if !contains(states, a) {
			states = append(states, a)
		}
	}
	orgSide := false
	for _, p := range ps {
		for _, o := range p.offices {
			if o.org != "" && o.state == "" {
				orgSide = true
			}
		}
	}
	if !orgSide && t.kind == "meeting" && len(states) == 1 && x.orgGathering(t, sp) {
		orgSide = true // "took part in the summit of the SCO": one state at an organisation's gathering
	}
	if orgSide && len(states) == 0 && t.kind != "visit" && x.withOrgOfficial(t, sp) {
		// a meeting of the communiqué's protagonist with an organisation's official
		if st := x.protagonistState(); st != "" {
			states = append(states, st)
		}
	}
	if st := x.stateOrgPair(sp); st != "" && t.kind != "visit" && (len(states) == 0 || len(states) == 1 && states[0] == st) {
		// "le Maroc et l'ICESCO ont signé", "entre le Royaume du Maroc et l'AFROSAI"
		states, orgSide = []string{st}, true
	}
	if orgSide && len(states) >= 1 && t.kind != "visit" {
		// an event between a state and an organisation lists the state only
		goto done
	}
	if orgSide && t.kind == "visit" && host != "" && len(states) == 1 && states[0] == host && len(ps) > 0 && orgOfficial(ps[0]) {
		goto done // "UN Secretary-General X visited Morocco": an organisation's visit to a state lists the state only
	}
	if len(states) == 1 && t.kind == "meeting" {
		// "X a reçu Kong Quan, ambassadeur de Chine en France": the ambassador's host
		for _, p := range ps {
			if o := p.office("ambassador"); o != nil && o.host != "" && !contains(states, o.host) {
				states = append(states, o.host)
				break
			}
		}
	}
	if len(states) == 0 {
		// "The foreign ministers of Japan, Korea and the United States met": the whole list
		if l := x.leadingStateList(sp, t); len(l) >= 3 {
			states = l
		}
	}
	if len(states) < 2 {
		for _, st := range x.stateMentions(sp, true) {
			if len(states) >= 2 {
				break
			}
			if !contains(states, st) {
				states = append(states, st)
			}
		}
	}
	if len(states) < 2 && x.match(twoStatesRe, sp.s, sp.e) {
		for _, st := range []string{x.ownSide(), x.partner} {
			if st != "" && !contains(states, st) && len(states) < 2 {
				states = append(states, st)
			}
		}
	}
	if len(states) == 1 && x.reporting != "" && states[0] != x.reporting && !x.weakReporting {
		states = append(states, x.reporting)
	} else if own := x.ownSide(); len(states) == 1 && x.reporting == "" && own != "" && states[0] != own {
		// no reporting state: the communiqué's protagonist is the other side
		states = append(states, own)
	}
	if len(states) < 2 && (jointBodyRe.MatchString(x.f.low[t.s:t.e]) || t.e-t.s >= 2 && isAllCaps(x.f.up[t.s:t.e])) {
		// "La sixième session de cette commission mixte se tiendra au Maroc", "the
		// next FOC will be hosted in Bangladesh": the two states of the body told before
		for i := len(x.events) - 1; i >= 0; i-- {
			if ev := x.events[i]; len(ev.states) == 2 && (len(states) == 0 || contains(ev.states, states[0])) {
				for _, st := range ev.states {
					if !contains(states, st) {
						states = append(states, st)
					}
				}
				break
			}
		}
	}
	if len(states) < 2 && len(x.events) > 0 && pronounStartRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+30)]) {
		// "They signed a memorandum": the parties of the event just reported
		for _, st := range x.events[len(x.events)-1].states {
			if !contains(states, st) {
				states = append(states, st)
			}
		}
	}
	if len(states) < 2 {
		return
	}
done:
	sort.Strings(states)
	date := x.dateNear(sp, t.s)
	if x.ref.Year > 0 && len(date) >= 4 && date[:4] < fmt.Sprintf("%04d", x.ref.Year) {
		return // an event of an earlier year: background
	}
	conf := 0.8
	if len(ps) == 0 {
		conf = 0.65
	}
	if t.kind == "meeting" && len(ps) == 1 && len(actors) >= 2 && len(states) == len(actors)+1 && !x.accompanying(t.e, sp) {
		if own := ps[0].states(); len(own) == 1 && !contains(actors, own[0]) {
			// "a rencontré son homologue libyen, la ministre hollandaise des Affaires
			// étrangères et la ministre indonésienne…": one meeting with each
			h := ps[0].office("head_of_state", "head_of_government") != nil
			for _, a := range actors {
				x.events = append(x.events, &event{kind: t.kind, status: t.status, persons: ps, states: sortedPair(own[0], a), ev: sp, conf: conf, hos: h, host: host, date: date, split: true})
			}
			return
		}
	}
	if t.kind == "meeting" && len(states) == 2 && !x.accompanying(t.e, sp) {
		if parts := x.separateMeetings(t, sp, ps, states); len(parts) > 1 {
			// "le chef de la diplomatie luxembourgeoise a rencontré le ministre des
			// Finances, X, le ministre de l'Emploi, Y…": one meeting with each
			for _, pp := range parts {
				h := false
				for _, p := range pp {
					h = h || p.office("head_of_state", "head_of_government") != nil
				}
				x.events = append(x.events, &event{kind: t.kind, status: t.status, persons: pp, states: states, ev: sp, conf: conf, hos: h, host: host, date: date, split: true})
			}
			return
		}
	}
	if t.kind == "agreement" && sameAgreementRe.MatchString(x.f.low[t.e:min(sp.e, t.e+30)]) {
		// "Por la Argentina, suscribió el protocolo el vicecanciller X": a signatory
		// of the agreement just reported
		if old := x.recentEvent("agreement", sp, 2); old != nil && overlaps(old.states, states) {
			for _, p := range ps {
				if !containsP(old.persons, p) {
					old.persons = append(old.persons, p)
				}
			}
			for _, st := range states {
				if !contains(old.states, st) {
					old.states = append(old.states, st)
				}
			}
			sort.Strings(old.states)
			return
		}
	}
	ev := &event{kind: t.kind, status: t.status, persons: ps, states: states, ev: sp, conf: conf, hos: hos, host: host, date: date}
	another := t.kind == "meeting" && alsoMetRe.MatchString(x.f.low[max(sp.s, t.s-40):t.e])
	otherOne := anotherRe.MatchString(x.f.low[max(sp.s, t.s-14):t.e]) // "a remis un autre message du souverain"
	for _, old := range x.events {
		if otherOne && old.ev.s < sp.s {
			continue
		}
		if another && old.ev.s < sp.s && len(old.persons) >= 1 && newPersons(old.persons, ps) {
			continue // "Elle a également eu des entretiens avec le ministre des Finances": another meeting
		}
		if unnamedLeader != "" && old.kind == "meeting" && old.ev.s < sp.s && !personsHold(old.persons, unnamedLeader) {
			continue // "X avait été reçu par le chef de l'Etat" after talks with the Prime Minister: another meeting
		}
		if old.kind == ev.kind && equalWords(old.states, ev.states) && (old.kind != "meeting" || old.hos == ev.hos || len(old.persons) == 0) && (old.status == ev.status || t.anaph) {
			old.hos = old.hos || ev.hos // a headline's meeting named without its persons
			for _, p := range ps {
				if !containsP(old.persons, p) {
					old.persons = append(old.persons, p)
				}
			}
			if old.date == "" {
				old.date = date
			}
			return
		}
	}
	x.events = append(x.events, ev)
}

// singleEnvoyRe is the title of one ambassador, named or not.
var singleEnvoyRe = mk(`\b(?:l'ambassadeur|l'ambassadrice|le nouvel ambassadeur|la nouvelle ambassadrice|el embajador|la embajadora|el nuevo embajador|la nueva embajadora|the ambassador|the new ambassador|ambassador|ambassadeur|ambassadrice|embajador|embajadora)\b`)

// envoyGenitiveRe is what may come between an ambassador's title and the
// state that sends him ("extraordinaire et plénipotentiaire de la").
var envoyGenitiveRe = mkf(`^\s*(?:(?:extraordinaire|et|plenipotentiaire|extraordinario|y|plenipotenciario|extraordinary|and|plenipotentiary|designe|designee|designado|designada|designate|nouvellement|accredite)\s+)*(?:(?:de la|de l'|du|d'|del|de|of the|of)\s*(?:republique|republica|republic|royaume|reino|kingdom|etat|estado|state)?\s*(?:de la|de l'|du|d'|del|de|of the|of)?\s*)?$`)

// namelessEnvoyState returns the state of the one unnamed ambassador of
// sentence sp ("l'ambassadeur extraordinaire et plénipotentiaire de la
// République du Mali", "el nuevo embajador de Chile", "the Malian
// ambassador"), "" when there is none or a named one.
func (x *engine) namelessEnvoyState(sp span) string {
	ms := x.find(singleEnvoyRe, sp.s, sp.e)
	if len(ms) != 1 {
		return ""
	}
	s, e := ms[0][0], ms[0][1]
	for _, m := range x.mentsIn(e, min(sp.e, e+80)) {
		if m.kind == kState && !m.capital && (envoyGenitiveRe.MatchString(x.f.low[e:m.s]) || m.demonym && strings.TrimSpace(x.f.low[e:m.s]) == "") {
			if pm := pmRange(x.pms, m.e, min(sp.e, m.e+6)); len(pm) > 0 {
				return "" // a named envoy: the persons path has him
			}
			return m.key
		}
		break
	}
	if m := x.mentAt(s - 2); m != nil && m.kind == kState && m.demonym && len(pmRange(x.pms, e, min(sp.e, e+4))) == 0 {
		return m.key // "the Ghanaian ambassador"
	}
	return ""
}

// partOfRe ends "is part of (the) regular", "s'inscrit dans le cadre des",
// "forma parte de las": an act framed by a practice, not a session of it.
var partOfRe = mkf(`\b(?:part of|s'inscrit dans le cadre d[eu']s?|forma parte de)\s+(?:(?:the|les|la|las|los|le|l')\s*)?(?:(?:regular|ongoing|periodic|regulieres|periodiques|habituelles|regulares|periodicas|habituales)\s+)?$`)

// leaderAfterRe opens a head of state or government named by title alone
// right after a meeting's words.
var leaderAfterRe = mkf(`^\s*(?:(?:par|by|por|avec|with|con)\s+)?(?:le|la|the|el)\s+(chef de l'etat|chef du gouvernement|head of state|jefe de estado|jefe del estado|president|presidente|premier ministre|prime minister|primer ministro|roi|king|rey|emir)\b`)

// mediaInterviewRe opens the medium an interview is given to.
var mediaInterviewRe = mkf(`^\s*(?:(?:accordee?|concedida|exclusiva|exclusive|given|granted|publiee?|publicada)\s+)?(?:con|with|avec|a|al|au|to|par|por|de|del|du)\s+(?:(?:la|le|el|the|l'|un|une|una|a)\s*)?(?:\w+\s+){0,2}?(?:cnn|bbc|france ?24|al ?jazeera|rfi|tv5|efe|afp|reuters|bloomberg|prensa|presse|press|medios|media|diario|periodico|journal|newspaper|television|televisora|radio|cadena|chaine|channel|agencia|agence|agency|revista|magazine|podcast|hebdomadaire|quotidien|daily)\b`)

// anotherRe finds "un autre", "another", "otro" before or in an event's words: a new one.
var anotherRe = mkf(`\b(?:un autre|une autre|another|otro|otra)\s+\w+$|\b(?:un autre|une autre|another|otro|otra)\s+$`)

// alsoMetRe ends the words of a further meeting of the same traveller
// ("a également eu des entretiens avec", "also met", "se reunió además").
var alsoMetRe = mkf(`\b(?:egalement|aussi|ensuite|also|then|later|ademas|asimismo|tambien|luego|posteriormente|par la suite)\b[^.;]{0,40}$`)

// sameCeremony reports whether meeting m is credentials event c told as an
// audience: m meets c's ambassador, and anyone else in m received them
// (when c names who did).
func sameCeremony(c, m *event) bool {
	envoy, receiver := false, false
	for _, p := range c.persons {
		receiver = receiver || p.office("ambassador") == nil
	}
	for _, p := range m.persons {
		if p.office("ambassador") != nil {
			if !containsP(c.persons, p) {
				return false
			}
			envoy = true
		} else if receiver && !containsP(c.persons, p) {
			return false // the credentials went to someone else ("to the Governor-General")
		}
	}
	return envoy
}

// personsHold reports whether one of ps holds an office with role.
func personsHold(ps []*person, role string) bool {
	for _, p := range ps {
		if p.office(role) != nil {
			return true
		}
	}
	return false
}

// newPersons reports whether ps names someone other than the persons of an
// earlier event.
func newPersons(old, ps []*person) bool {
	for _, p := range ps {
		if !containsP(old, p) {
			return true
		}
	}
	return false
}

// credentials makes one event per ambassador presenting credentials.
func (x *engine) credentials(t trig, si int, sp span) {
	ps, actors := x.participants(sp)
	host := ""
	var receivers []*person
	var ambs []*person
	for _, p := range ps {
		if p.office("ambassador") != nil {
			ambs = append(ambs, p)
		} else {
			receivers = append(receivers, p)
			if st := p.states(); len(st) > 0 && host == "" {
				host = st[0]
			}
		}
	}
	if host == "" && len(ambs) > 0 {
		// credentials presented to an organisation's head ("entregó cartas
		// credenciales al secretario general de la OEA"): the sender is the one state
		for _, r := range receivers {
			if o := r.office("secretary_general"); o != nil && o.org != "" {
				for _, a := range ambs {
					if st := a.states(); len(st) == 1 {
						x.events = append(x.events, &event{kind: "credentials", status: t.status, persons: []*person{a, r}, states: st, ev: sp, conf: 0.7, date: x.dateIn(sp)})
					}
				}
				return
			}
		}
	}
	if host == "" {
		// "l'ambassadeur de France auprès de l'Union des Comores … lettres de créance"
		for _, a := range ambs {
			if o := a.office("ambassador"); o != nil && o.host != "" && o.host != o.state {
				host = o.host
				break
			}
		}
	}
	if host == "" {
		host = x.ambassadorsCapital(sp) // "les nouveaux ambassadeurs à Séoul"
	}
	if host == "" && len(actors) > 0 {
		host = actors[0]
	}
	if host == "" {
		host = x.credHost // a list after the trigger sentence, or the ceremony reported before
	}
	if host == "" && si > 0 {
		// "tres nuevos embajadores han sido recibidos por el Presidente X. A, de
		// Nigeria, … han presentado sus cartas credenciales": the receiver named before
		prev := x.sents[si-1]
		for _, pm := range pmRange(x.pms, prev.s, prev.e) {
			if pm.p != nil && pm.p.office("ambassador") == nil {
				if st := pm.p.states(); len(st) > 0 {
					host = st[0]
					break
				}
			}
		}
	}
	if host == "" {
		host = x.reporting
	}
	if host == "" {
		host = x.sourceState // "El rey ha recibido las cartas credenciales…" on a Spanish outlet's site
	}
	if host != "" {
		// the host is never one of the senders
		senders := x.ambassadorStates(t, sp)
		for _, a := range ambs {
			senders = append(senders, a.states()...)
		}
		if contains(senders, host) {
			host = x.credentialsHost(senders)
		}
	}
	if t.s != sp.s {
		x.credHost = host
	}
	date := x.dateIn(sp)
	if len(ambs) == 0 && host != "" && len(x.ambassadorStates(t, sp)) == 0 {
		// "L'ambassadeur du Mali a présenté ses lettres de créance au président X": an envoy without a name
		if st := x.namelessEnvoyState(sp); st != "" && st != host {
			states := sortedPair(st, host)
			told := false // the envoy named before ("S.E. X. L'ambassadeur désigné de la RDC…")
			for _, old := range x.events {
				told = told || old.kind == "credentials" && equalWords(old.states, states)
			}
			if !told {
				x.events = append(x.events, &event{kind: "credentials", status: t.status, persons: receivers, states: states, ev: sp, conf: 0.6, date: date})
				return
			}
		}
	}
	if len(ambs) == 0 && si == 0 && host != "" {
		// "recibieron las cartas credenciales de los embajadores de México y de Chile"
		for _, st := range x.ambassadorStates(t, sp) {
			if st != host {
				x.events = append(x.events, &event{kind: "credentials", status: t.status, states: sortedPair(st, host), ev: sp, conf: 0.6, date: date})
			}
		}
		return
	}
	if len(ambs) == 0 && si > 0 && host != "" && onlyState(x.stateMentions(sp, false), host) {
		// "El presidente X recibió sus cartas credenciales": the ambassadors just named
		ambs = x.prevAmbassadors(t, si, sp)
	}
	if len(ambs) == 0 && si > 0 {
		// the ambassador may be introduced in the same sentence by state only
		for _, st := range x.stateMentions(sp, false) {
			if st != host && host != "" {
				x.events = append(x.events, &event{kind: "credentials", status: t.status, states: sortedPair(st, host), ev: sp, conf: 0.6, date: date})
			}
		}
		return
	}
	for _, a := range ambs {
		st := a.states()
		if len(st) == 0 || host == "" || st[0] == host {
			continue
		}
		ev := &event{kind: "credentials", status: t.status, persons: append([]*person{a}, receivers...), states: sortedPair(st[0], host), ev: sp, conf: 0.8, date: date}
		dup := false
		for _, old := range x.events {
			if old.kind == "credentials" && equalWords(old.states, ev.states) {
				dup = true
				for _, p := range ev.persons {
					if !containsP(old.persons, p) {
						old.persons = append(old.persons, p) // the ambassador named after the states
					}
				}
			}
		}
		if !dup {
			x.events = append(x.events, ev)
		}
	}
}

// ambCapitalRe ends the words that place ambassadors in a capital.
var ambCapitalRe = mkf(`\b(?:ambassad\w*|embajador\w*|accredit\w*|accredite\w*|acreditad\w*)\s+(?:(?:nouveaux|nouvelles|nuevos|nuevas|new|residents?|residentes?)\s+)?(?:a|en|in|to)\s+$`)

// accreditedInRe ends the words that accredit envoys to the state named next.
var accreditedInRe = mkf(`\b(?:accredited (?:to|in)|acreditacion (?:en|ante)|acreditad[oa]s? (?:en|ante)|accredite(?:e|s|es)? (?:au|aux|en|a|aupres d[eu]|aupres de la|aupres de l'))\s+(?:(?:the|la|le|l'|el)\s*)?$`)

// ambassadorsCapital returns the state whose capital the sentence names as
// the ambassadors' post ("the new ambassadors in Seoul"), or "".
func (x *engine) ambassadorsCapital(sp span) string {
	for _, m := range x.mentsIn(sp.s, sp.e) {
		if m.capital && m.key != "" && len(m.key) == 2 && ambCapitalRe.MatchString(x.f.low[max(sp.s, m.s-40):m.s]) {
			return m.key
		}
		if m.kind == kState && !m.demonym && !m.capital && accreditedInRe.MatchString(x.f.low[max(sp.s, m.s-40):m.s]) {
			return m.key // "Embajadores de países con acreditación en Guinea Ecuatorial"
		}
	}
	return ""
}

func sortedPair(a, b string) []string {
	if a > b {
		a, b = b, a
	}
	return []string{a, b}
}

// visitRule drops held meetings that are part of a held visit with the same
// states and no head of state or government beyond the visit's own.
// beyondCounterpart reports whether a meeting split from a list names, on
// the host's side, someone else than the visitor's counterpart: such a
// meeting is recorded beside the visit (GUIDE: "meetings held during it
// only when they have other participants than the visit itself").
func (x *engine) beyondCounterpart(ev *event) bool {
	for _, p := range ev.persons {
		if len(p.offices) > 0 && p.office("foreign_minister") == nil {
			return true
		}
	}
	return false
}

// subjunctiveVisitRe: "(invitación) para que X visite", "a que X visite".
var subjunctiveVisitRe = mkf(`\b(?:para|a|de) que\b[^.;]{0,80}$`)

// delegationRe: the persons met form one delegation or team.
var delegationRe = mk(`\b(?:delegation|delegations|delegacion|delegaciones|(?:and|et|y) (?:her|his|son|sa|su) (?:team|equipe|equipo))\b`)

// separateMeetings splits the participants of a meeting between two states
// into one meeting per person of one side when that side has several
// persons, each named with an office of their own, and the other side one
// person: "X met President Y and Defence Minister Z". It returns nil when
// the meeting stays one.
func (x *engine) separateMeetings(t trig, sp span, ps []*person, states []string) [][]*person {
	side := map[string][]*person{}
	met := map[*person]bool{} // named after the trigger as someone met
	for _, p := range ps {
		var sbuf [4]string
		st := p.appendStates(sbuf[:0])
		if len(st) != 1 || !contains(states, st[0]) {
			return nil
		}
		side[st[0]] = append(side[st[0]], p)
		for _, pm := range pmRange(x.pms, t.e, sp.e) {
			if pm.p == p && !pm.coref {
				met[p] = !messageWordRe.MatchString(x.f.low[t.e:pm.s]) && !greetingRe.MatchString(x.f.low[t.e:pm.s]) && !x.speakerAt(p, pm.s, sp)
				break
			}
		}
	}
	a, b := side[states[0]], side[states[1]]
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) != 1 || len(b) < 2 {
		return nil
	}
	if x.match(delegationRe, sp.s, sp.e) {
		return nil // "X and her team met the US delegation: A, B and C": one meeting
	}
	for _, p := range b {
		if !met[p] {
			return nil // a sender of greetings, a spokesman: one meeting
		}
		for _, o := range p.offices {
			if o.role == "ambassador" && o.host != "" && contains(a[0].states(), o.host) {
				return nil // the visitors' ambassador to the host comes with them
			}
		}
	}
	subject := false // the one who meets is named before the trigger
	for _, pm := range pmRange(x.pms, sp.s, t.s) {
		subject = subject || pm.p == a[0]
	}
	for _, pm := range x.refs {
		subject = subject || pm.p == a[0] && pm.s >= sp.s && pm.s < t.s
	}
	if !subject {
		return nil
	}
	var out [][]*person
	for _, p := range b {
		out = append(out, []*person{a[0], p})
	}
	return out
}

// calledOnToRe follows "called on" in an appeal: its addressee and "to"
// with a verb ("called on Armenia to respect", "called on all parties to").
var calledOnToRe = mkf(`^\s+(?:[\w'-]+\s+){1,4}to\s+[a-z]+`)

// tourDestRe ends the words that send a traveller to the place named next.
var tourDestRe = mkf(`(?:\bto|\ba|\bau|\baux|\ben|\bstops? in|\bstopovers? in|\bcovering|\bthrough|\btaking in|\bpor|\bdans|\btour of)\s+(?:the\s+)?$`)

// destListGlueRe joins the next state of a list of destinations to the one
// before ("Malaysia and Indonesia", "Portugal y Grecia", "Italy, Spain").
var destListGlueRe = mkf(`^\s*(?:,\s*(?:(?:and|et|y|e)\s+)?|(?:and|et|y|e)\s+)(?:(?:the|la|le|l'|el|les|los|las|en|au|aux)\s*)?(?:(?:la|le|l'|les)\s*)?$`)

// bareVisitVerb are the verbs of visiting that make a visit only with a
// named visitor.
var bareVisitVerb = setOf(`visited visits visito visitaron`)

// tourVisitVerb are the other verbs of a visit whose object may be a list
// of states, one visit each ("is set to visit Portugal and Spain").
var tourVisitVerb = map[string]bool{"to visit": true, "will visit": true, "visitara": true, "visitera": true, "visiteront": true, "visitar": true}

// possTitleRe is a bare title in the possessive before a trip ("the
// foreign minister's tour"); group 1 holds the title.
var possTitleRe = mkf(`\bthe\s+(foreign minister|foreign secretary|secretary of state|prime minister|president|minister)'s\s+(?:[\w-]+[\s-]+){0,4}$`)

// titledHolder returns the one person whose office title as written ends
// with title ("Foreign Minister Penny Wong" for "the Foreign Minister's",
// not "Secretary of State Antony Blinken"), nil if none or several.
func (x *engine) titledHolder(title string) *person {
	var got *person
	for _, p := range x.persons {
		for _, o := range p.offices {
			if strings.HasSuffix(foldString(o.title), title) {
				if got != nil && got != p {
					return nil
				}
				got = p
			}
		}
	}
	return got
}

// firstHolder returns the person named first in the document who holds
// one of roles (the communiqué's protagonist, as a rule), or nil.
func (x *engine) firstHolder(roles []string) *person {
	var got *person
	for _, p := range x.persons {
		if p.office(roles...) != nil && (got == nil || p.first < got.first) {
			got = p
		}
	}
	return got
}

// personPronounRe opens a sentence with a personal pronoun subject ("Il
// se rendra", "She will travel"); the Spanish "el" is an article, left out.
var personPronounRe = mkf(`^(?:il|elle|he|she|ella)\s`)

// privateCounterpartRe opens, after a meeting word, a meeting with private
// persons: businessmen, students, the diaspora, journalists.
var privateCounterpartRe = mkf(`^\s+(?:with|con|avec)\s+(?:(?:the|los|las|les|des|a group of|un groupe d'|un grupo de|representantes de|representatives of|representants d[eu'])\s+)?(?:empresari[oa]s|businessmen|business leaders|business people|hommes d'affaires|chefs d'entreprises?|operadores economicos|operateurs economiques|students|estudiantes|etudiants|journalists|periodistas|journalistes|la diaspora|the diaspora|members of the diaspora|la comunidad|la communaute|the community)\b`)

// prepForRe ends the words that prepare an event to come: "plans for an
// inaugural", "preparations for a", "en vue de la prochaine".
var prepForRe = mkf(`\b(?:plans? for|preparations? for|preparing for|prepare for|esperan (?:concretar|celebrar|realizar)|espera (?:concretar|celebrar|realizar)|hope to hold|esperent tenir|preparatifs d[eu']|preparation d[eu']|en vue d[eu']|con miras a|en preparacion de|preparativos de|preparar)\s*(?:(?:the|an?|la|le|l'|el|una?|une|del)\s+)?(?:[\w-]+\s+){0,3}$`)

// heldAfterRe opens, after an event word, the participle that says it took
// place ("en el marco de la Reunión de Consultas Políticas celebrada en…").
var heldAfterRe = mkf(`^\s*(?:[\w-]+\s+){0,2}?(?:celebrad[ao]s?|realizad[ao]s?|efectuad[ao]s?|tenues?|held|qui s'est tenue|qui se sont tenues|que tuvo lugar|que se celebro)\b`)

// mechanismSetUpRe ends the words that set up a mechanism before it works.
var mechanismSetUpRe = mkf(`\b(?:etablissement d'(?:un|une)|etablir (?:un|une)|mise en place d'(?:un|une)|mettre en place (?:un|une)|creation d'(?:un|une)|creer (?:un|une)|establishment of (?:an?|the)|establish(?:ing)? (?:an?|the)|set(?:ting)? up (?:an?|the)|creation of (?:an?|the)|establecimiento de (?:un|una)|establecer (?:un|una)|crear (?:un|una)|creacion de (?:un|una))\s+(?:[\w-]+\s+){0,2}$`)

// jointBodyRe is a bilateral joint commission in a meeting trigger.
var jointBodyRe = mkf(`\b(?:commission mixte|joint commission|comision mixta|commission binationale|comision binacional|binational commission)\b`)

// pronounSaidRe opens a sentence with a pronoun and a verb of saying: the
// speaker reports, he takes no part.
var pronounSaidRe = mkf(`^(?:il|elle|he|she|ella)\s+(?:said|says|added|noted|stated|explained|told|indicated|disclosed|revealed|a (?:dit|indique|declare|precise|ajoute|explique|affirme|revele)|dijo|indico|afirmo|agrego|explico|senalo|preciso)\b`)

// pronounSubject returns the person a sentence opening with a personal
// pronoun is about: the first person named in the sentence before.
func (x *engine) pronounSubject(sp span) *person {
	if !personPronounRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+8)]) || pronounSaidRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+24)]) {
		return nil // (but "He said that the delegation was received by X": the speaker)
	}
	prev, ok := x.sentenceBefore(sp)
	if !ok {
		return nil
	}
	if p := x.firstPersonIn(prev); p != nil {
		return p
	}
	return x.namedUntitled(x.sentenceOf(prev.s), prev.e, nil) // "En marge de cette réunion, Bourita a multiplié …"
}

// firstPersonIn returns the first person named with a title in sentence
// sp, nil if none.
func (x *engine) firstPersonIn(sp span) *person {
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p != nil {
			return pm.p
		}
	}
	return nil
}

// sentenceBefore returns the sentence before the one that opens at sp.s,
// and whether there is one.
func (x *engine) sentenceBefore(sp span) (span, bool) {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.s })
	if k == 0 {
		return span{}, false
	}
	return x.sents[k-1], true
}

// sentenceAfter returns the sentence after sp, and whether there is one.
func (x *engine) sentenceAfter(sp span) (span, bool) {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s > sp.s })
	if k >= len(x.sents) {
		return span{}, false
	}
	return x.sents[k], true
}

// visitedAlready reports whether p is on a visit recorded before to every
// state the sentence names ("He will travel to Mumbai": the same visit).
func (x *engine) visitedAlready(p *person, sp span) bool {
	sts := x.stateMentions(sp, false)
	for _, ev := range x.events {
		if ev.kind != "visit" || !containsP(ev.persons, p) {
			continue
		}
		all := true
		for _, st := range sts {
			all = all && contains(ev.states, st)
		}
		if all {
			return true
		}
	}
	return false
}

// groupDestRe ends a group of states named before the list of its members
// in parentheses ("dans les Etats baltes (Estonie, …", "to the Gulf states (").
var groupDestRe = mkf(`(?:\bdans|\bin|\bto|\ben|\ba|\baux)\s+(?:les\s+|the\s+|los\s+|las\s+)?[\w' -]{2,30}\(\s*$`)

// tourVisits splits a trip to several states listed after the trigger into
// one visit per state, for a visitor of a known state. It reports whether
// it did.
func (x *engine) tourVisits(t trig, sp span, ps []*person) bool {
	if len(ps) == 0 {
		return false
	}
	vs := ps[0].states()
	if len(vs) != 1 {
		return false
	}
	var dests []string
	last := -1 // the end of the previous destination
	for _, m := range x.mentsIn(t.e, sp.e) {
		if m.kind != kState || m.demonym || m.key == vs[0] {
			continue
		}
		// "to Uganda", or a state listed right after a destination ("to Malaysia and Indonesia")
		if tourDestRe.MatchString(x.f.low[max(t.s, m.s-14):m.s]) || last >= 0 && destListGlueRe.MatchString(x.f.low[last:m.s]) ||
			last < 0 && (bareVisitVerb[x.f.low[t.s:t.e]] || tourVisitVerb[x.f.low[t.s:t.e]] || strings.HasSuffix(x.f.low[t.s:t.e], " for")) && strings.TrimSpace(x.f.low[t.e:m.s]) == "" || // "visitó Etiopía, Burkina Faso…", "is set to visit Portugal and Spain", "is leaving Australia for Samoa and Tonga"

			groupDestRe.MatchString(x.f.low[max(t.s, m.s-45):m.s]) {
			if !contains(dests, m.key) {
				dests = append(dests, m.key)
			}
			last = m.e
		}
	}
	if len(dests) < 2 {
		return false
	}
	date := x.dateIn(sp)
next:
	for _, d := range dests {
		states := sortedPair(vs[0], d)
		for _, old := range x.events {
			if old.kind == "visit" && old.status == t.status && equalWords(old.states, states) {
				if !containsP(old.persons, ps[0]) {
					old.persons = append(old.persons, ps[0]) // the visit a headline told before
				}
				continue next
			}
		}
		x.events = append(x.events, &event{kind: "visit", status: t.status, persons: ps[:1], states: states, ev: sp, conf: 0.7, host: d, date: date})
	}
	return true
}

// bilateralSplit splits a meeting of one person, named before the trigger,
// with persons of two or more other states, each of their own, into one
// meeting per state. It reports whether it did.
func (x *engine) bilateralSplit(t trig, sp span, ps []*person) bool {
	if len(ps) < 3 || containsAny(x.f.low[sp.s:sp.e], "trilat", "conjointement", "jointly", "together", "conjuntamente", "ensemble", "juntos", "multilat") ||
		t.kind != "phone_call" && containsAny(x.f.low[sp.s:sp.e], "sommet", "summit", "cumbre") {
		return false // (a call is bilateral even on the sidelines of a summit)
	}
	var subj *person
	for _, l := range [][]pmention{pmRange(x.pms, sp.s, t.s), pmRange(x.refs, sp.s, t.s)} {
		for _, pm := range l {
			if pm.p != nil {
				if subj != nil && subj != pm.p {
					return false
				}
				subj = pm.p
			}
		}
	}
	if subj == nil {
		subj = x.pronounSubject(sp) // "Il s'est ainsi entretenu avec X, avec Y"
	}
	own := ""
	if subj != nil && len(subj.states()) == 1 {
		own = subj.states()[0]
	} else if x.reporting != "" && !x.weakReporting && t.kind == "phone_call" {
		// "El virtual ganador de las elecciones habló con los presidentes de A, X;
		// B, Y…": a subject of no office, on the side of the reporting state
		own, subj = x.reporting, nil
	} else {
		return false
	}
	byState := map[string][]*person{}
	var order []string
	for _, p := range ps {
		if p == subj {
			continue
		}
		st := p.appendActorStates(nil)
		if len(st) == 0 {
			continue // "avec le commissaire de l'UA …, X": of no state the text names
		}
		if len(st) != 1 || st[0] == own {
			return false
		}
		if _, ok := byState[st[0]]; !ok {
			order = append(order, st[0])
		}
		byState[st[0]] = append(byState[st[0]], p)
	}
	if len(order) < 2 {
		return false
	}
	// "a reçu des appels téléphoniques de X et de Y, et rencontré Z": Z is met
	met := map[*person]bool{}
	if t.kind == "phone_call" {
		if m := andMetRe.FindStringIndex(x.f.low[t.e:sp.e]); m != nil {
			for _, pm := range pmRange(x.pms, t.e+m[1], sp.e) {
				met[pm.p] = true
			}
		}
	}
	date := x.dateIn(sp)
	for _, st := range order {
		kind := t.kind
		if met[byState[st][0]] {
			kind = "meeting"
		}
		persons := byState[st]
		if subj != nil {
			persons = append([]*person{subj}, persons...)
		}
		x.mergeOrAdd(&event{kind: kind, status: t.status, persons: persons, states: sortedPair(own, st), ev: sp, conf: 0.7, date: date, split: true})
	}
	return true
}

// mergeOrAdd adds a split event, or its persons to the same event of an
// earlier split (a communiqué quoted after its summary reports it twice).
func (x *engine) mergeOrAdd(ev *event) {
	for _, old := range x.events {
		if old.split && old.kind == ev.kind && old.status == ev.status && equalWords(old.states, ev.states) {
			for _, p := range ev.persons {
				if !containsP(old.persons, p) {
					old.persons = append(old.persons, p)
				}
			}
			return
		}
	}
	x.events = append(x.events, ev)
}

// andMetRe opens a second clause of the same subject meeting someone.
var andMetRe = mkf(`\b(?:et|and|y)\s+(?:a\s+|has\s+|also\s+|egalement\s+)?(?:rencontre|recu|met|received|se reunio con|recibio|s'est entretenu avec)\b`)

// greetingRe finds the words of greetings or a message passed on.
var greetingRe = mkf(`\b(?:salutations|greetings|saludos|salut|message|mensaje|on behalf of|au nom de|de la part de|en nombre de|remis|transmis|handed|transmitio|entrego)\b`)

// virtualRe finds the words of a meeting held by video.
var virtualRe = mkf(`\b(?:video|videoconferen\w*|visioconferen\w*|teleconferen\w*|virtual\w*|virtuel\w*|en ligne|online)\b`)

func (x *engine) visitRule() {
	var out []*event
	for _, ev := range x.events {
		drop := false
		if ev.kind == "meeting" && !ev.hos && !x.beyondCounterpart(ev) {
			for _, v := range x.events {
				if v.kind == "visit" && v.status == ev.status && equalWords(v.states, ev.states) && !x.ownMeeting(ev, v) {
					drop = true
				}
			}
		}
		if ev.kind == "meeting" && len(ev.persons) > 0 {
			for _, c := range x.events {
				if c.kind == "credentials" && c.status == ev.status && equalWords(c.states, ev.states) && sameCeremony(c, ev) && absInt(x.sentenceOf(c.ev.s)-x.sentenceOf(ev.ev.s)) <= 2 {
					drop = true // "X a reçu le nouvel ambassadeur Y. … Y lui a remis une copie de ses lettres de créance": one happening
				}
			}
		}
		if ev.kind == "visit" && x.ambassadorArrival(ev) {
			drop = true // "X, the new UK High Commissioner, has arrived in T": he takes up his post
		}
		if ev.kind == "meeting" {
			for _, c := range x.events {
				if c.kind == "phone_call" && c.status == ev.status && equalWords(c.states, ev.states) && (virtualRe.MatchString(x.f.low[c.ev.s:c.ev.e]) || x.headline(ev.ev) && samePersons(ev.persons, c.persons)) {
					drop = true // "met … by video teleconference", a headline "Entretien de X avec Y": the call, not a second event
				}
			}
		}
		if !drop {
			out = append(out, ev)
		}
	}
	x.events = out
}

// ambassadorArrival reports whether visit ev is an envoy's coming to his
// post: all its persons are ambassadors of one of its states, and the same
// states hold a credentials event of the same status.
func (x *engine) ambassadorArrival(ev *event) bool {
	if len(ev.persons) == 0 {
		return false
	}
	for _, p := range ev.persons {
		envoy := false
		for _, o := range p.offices {
			envoy = envoy || o.role == "ambassador" && contains(ev.states, o.state)
		}
		if !envoy {
			return false
		}
	}
	for _, c := range x.events {
		if c.kind == "credentials" && c.status == ev.status && equalWords(c.states, ev.states) {
			return true
		}
	}
	return false
}

// newEnvoyRe marks an envoy as newly appointed.
var newEnvoyRe = mkf(`\b(?:nouvel|nouveau|nouvelle|nouveaux|nouvelles|new|nuevo|nueva|nuevos|nuevas|designad[oa]s?|designee?s?|designated|incoming|entrant)\b`)

// alsoRe: an adverb adding one more act to those told before.
var alsoRe = mkf(`\b(?:egalement|aussi|also|as well|tambien|asimismo)\b`)

// envoyPapersRe names the papers an envoy hands over ("recibió la
// documentación oficial de la embajadora").
var envoyPapersRe = mkf(`\b(?:documentacion|documentos|documents|cartas|lettres|letters|copias|copie|copies|credenciales|credentials|creance)\b`)

// oneSeatedEnvoy reports whether sentence sp, with a meeting trigger of its
// own, tells of one ambassador not said to be new ("X a également reçu
// l'ambassadeur d'Espagne au Liban"): an audience, not one more envoy of the
// credentials ceremony told before.
func (x *engine) oneSeatedEnvoy(si int, sp span, keep []trig) bool {
	if len(keep) == 0 || newEnvoyRe.MatchString(x.f.low[sp.s:sp.e]) || envoyPapersRe.MatchString(x.f.low[sp.s:sp.e]) || !alsoRe.MatchString(x.f.low[sp.s:sp.e]) {
		return false
	}
	n := 0
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.sent == si && o.role == "ambassador" {
				n++
				break
			}
		}
	}
	return n == 1
}

// conversationRe: a meeting trigger that only says two persons talked.
var conversationRe = mkf(`\b(?:entreten\w*|s'entretient|s'entretiennent|spoke|talked|convers\w*)`)

// callSeriesRe: phone calls in the plural, a series the text then tells one by one.
var callSeriesRe = mk(`\b(?:appels telephoniques|entretiens telephoniques|conversations telephoniques|phone calls|telephone calls|telephone conversations|llamadas telefonicas|conversaciones telefonicas)\b`)

// callSeriesBefore reports whether the text before view offset off speaks
// of phone calls in the plural.
func (x *engine) callSeriesBefore(off int) bool {
	return off > 0 && x.match(callSeriesRe, 0, off)
}

// dateIn returns the first date of the sentence, else the document date.
func (x *engine) dateIn(sp span) string {
	return x.dateNear(sp, -1)
}

// dateNear is dateIn for the event whose trigger starts at view offset at
// (at < 0: none): a date inside a quotation dates only an event quoted with
// it (a speaker's "lleva ausente desde 1984" dates no visit told outside).
func (x *engine) dateNear(sp span, at int) string {
	ts, te := x.f.text(sp.s), x.f.textEnd(sp.e)
	quoted := at >= 0 && inQuote(x.doc.Text[ts:x.f.text(at)])
	for _, dm := range text.FindDates(x.doc.Text[ts:te], x.lang, x.ref) {
		if s := dm.Date.String(); s != "" && (at < 0 || inQuote(x.doc.Text[ts:ts+dm.Start]) == quoted && !x.otherEventBetween(at, ts+dm.Start)) {
			return s
		}
	}
	return x.ref.String()
}

// otherEventNounRe names another event between a trigger and a date.
var otherEventNounRe = mkf(`\b(?:visite|visit|visita|sommet|summit|cumbre|depuis|since|desde)\b`)

// otherEventBetween reports whether another event (or "since") is named
// between the trigger at view offset at and the date at text offset dt:
// "transmis un message … depuis la visite effectuée par le Souverain à
// Bissau en 2015" dates the visit, not the message.
func (x *engine) otherEventBetween(at, dt int) bool {
	ta := x.f.text(at)
	if dt <= ta+12 {
		return false
	}
	seg := foldString(x.doc.Text[ta+12 : dt])
	if pastRelativeRe.MatchString(seg) {
		return true // "… au Palais où fut proclamée l'indépendance le 30 juin 1960": the place's past
	}
	for _, m := range otherEventNounRe.FindAllStringIndex(seg, -1) {
		if !duringRe.MatchString(seg[max(0, m[0]-60):m[0]]) {
			return true
		}
	}
	return false
}

// pastRelativeRe is a relative clause in a past tense of its own ("où fut
// proclamée", "where … was signed", "donde fue firmado"): a date after it
// dates what the clause tells.
var pastRelativeRe = mkf(`\b(?:ou|where|donde|in which|dans lequel|dans laquelle|en el que|en la que)\s+(?:[\w'-]+\s+){0,3}?(?:fut|furent|avait ete|avaient ete|fue|fueron|habia sido|was|were|had been)\b`)

// duringRe ends the words that make the next event the frame of the one
// before ("signed during President X's State Visit to Kenya in 2016").
var duringRe = mkf(`\b(?:during|lors d[eu']?|lors de la|durante|pendant|au cours d[eu']?|au cours de la|en marge d[eu']?|on the sidelines of)\s+(?:[\w'-]+\s+){0,6}$`)

// inQuote reports whether the end of s is inside a quotation: a speaker's
// "lleva ausente desde 1984" dates no event of the sentence.
func inQuote(s string) bool {
	open := false
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			open = !open
		}
	}
	return open || strings.Count(s, "«") > strings.Count(s, "»") || strings.Count(s, "“") > strings.Count(s, "”")
}

// datedClause reports whether the clause after an event noun ending at e
// dates it ("l'entretien téléphonique tenu en janvier").
func (x *engine) datedClause(e int, sp span) bool {
	end := clauseEnd(x.f.low, e, min(sp.e, e+80))
	ts, te := x.f.text(e), x.f.textEnd(end)
	return len(text.FindDates(x.doc.Text[ts:te], x.lang, x.ref)) > 0
}

// messagePartyRe ends the words that make the next person the sender or the
// addressee of a message carried by someone else: "porteur d'un message
// écrit du président X au Roi Y", "a letter from President X to".
var messagePartyRe = mkf(`\b(?:message|messages|lettre|letter|carta|mensaje|missive)\b[^.;()]{0,60}$`)

// withoutMessageParties drops from the participants of a meeting the persons
// named only as the sender or the addressee of a message carried to it, as
// long as two participants remain.
func (x *engine) withoutMessageParties(ps []*person, t trig, sp span) []*person {
	if len(ps) <= 2 {
		return ps
	}
	var out []*person
	for _, p := range ps {
		only := true
		for _, pm := range pmRange(x.pms, sp.s, sp.e) {
			if pm.p == p && (pm.s < t.s || !messagePartyRe.MatchString(x.f.low[max(sp.s, pm.s-70):pm.s])) {
				only = false
				break
			}
		}
		if !only {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return ps
	}
	return out
}

// leadingStateList returns the coordinated list of states named before
// trigger t as the participants ("The foreign ministers of Japan, Korea and
// the United States met"), nil when there is none.
func (x *engine) leadingStateList(sp span, t trig) []string {
	for _, m := range x.mentsIn(sp.s, t.s) {
		if m.kind != kState || topicPrepRe.MatchString(x.f.low[max(sp.s, m.s-30):m.s]) || x.isVenue(m, sp) {
			continue
		}
		l := x.coordList(m, sp, kState)
		return l
	}
	return nil
}

// headline reports whether sp is a headline: the first sentence of the body,
// ended by a line break instead of a full stop.
func (x *engine) headline(sp span) bool {
	if len(x.sents) == 0 || sp != x.sents[0] {
		return false
	}
	t := strings.TrimRight(x.f.low[sp.s:sp.e], " ")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:;") && (sp.e >= len(x.f.low) || strings.Contains(x.f.low[sp.e:min(len(x.f.low), sp.e+3)], "\n"))
}

// samePersons reports whether the persons of a are all among those of b
// (and a names at least one).
func samePersons(a, b []*person) bool {
	if len(a) == 0 {
		return false
	}
	for _, p := range a {
		if !containsP(b, p) {
			return false
		}
	}
	return true
}

// orgMeeting reports whether meeting trigger t is a meeting of an
// organisation ("la próxima reunión de la CELAC"), not of the persons named.
func (x *engine) orgMeeting(t trig, sp span) bool {
	for _, m := range x.mentsIn(t.e, min(sp.e, t.e+30)) {
		return m.kind == kOrg && genitiveRe.MatchString(x.f.low[t.e:m.s])
	}
	return false
}

// greetedVerbRe is the verb of greetings sent to those named after it ("envió
// saludos a", "a transmis ses salutations à", "sent greetings to").
var greetedVerbRe = mkf(`\b(?:envio|envia|enviar|transmitio|sent|conveyed|a adresse|a envoye)\s+(?:(?:sus|his|her|warm|ses|de|cordiales|cordial)\s+)?(?:saludos|greetings|salutations)\s+(?:a|al|to|a son|a sa)\b`)

// withoutGreeted drops from ps the persons named after a verb of sending
// greetings that follows the meeting trigger t: "Maduro destacó su encuentro
// con el embajador, al tiempo que envió saludos a su homólogo X": X is not met.
func (x *engine) withoutGreeted(ps []*person, t trig, sp span) []*person {
	m := x.indexIn(greetedVerbRe, t.e, sp.e)
	if m == nil {
		return ps
	}
	var out []*person
	for _, p := range ps {
		greeted := false
		for _, pm := range pmRange(x.pms, m[1], sp.e) {
			greeted = greeted || pm.p == p
		}
		before := false
		for _, pm := range pmRange(x.pms, sp.s, sp.s+m[0]) {
			before = before || pm.p == p
		}
		if greeted && !before {
			continue
		}
		out = append(out, p)
	}
	return out
}

// restMeetings adds, for a sentence that goes on with the list of the
// meetings split in the sentence before ("…held meetings with her
// counterparts, namely X of A and Y of B. The rest are Z of C; W of D"), one
// meeting of the same subject with each person it names.
func (x *engine) restMeetings(sp span) {
	prev := x.recentEvent("meeting", sp, 1)
	if prev == nil || !prev.split || len(prev.persons) != 2 {
		return
	}
	subj := prev.persons[0]
	var own [4]string
	ss := subj.appendStates(own[:0])
	if len(ss) != 1 {
		return
	}
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		var buf [4]string
		st := pm.p.appendStates(buf[:0])
		if pm.p == subj || len(st) != 1 || st[0] == ss[0] {
			continue
		}
		x.mergeOrAdd(&event{kind: "meeting", status: prev.status, persons: []*person{subj, pm.p}, states: sortedPair(ss[0], st[0]), ev: sp, conf: prev.conf, date: prev.date, split: true})
	}
}

// farewellRe tells of envoys taking their leave at the end of their mission.
var farewellRe = mk(`\b(?:take (?:their|his|her) leave|taking (?:their|his|her) leave|took (?:their|his|her) leave|farewell|prendre conge|pris conge|prennent conge|visite d'adieu|audience d'adieu|audiences d'adieu|visita de despedida|audiencia de despedida|despedirse|se despidieron|se despidio)\b`)

// farewellMeetings adds, for the ambassadors named in sentence si after a
// credentials ceremony when this sentence or the one before tells of a
// farewell (or goes on, cont, with the list of the sentence before), one
// meeting each with the receiver of the ceremony. It reports whether it took
// the sentence.
func (x *engine) farewellMeetings(si int, sp span, cont bool) bool {
	from := sp.s
	if si > 0 {
		from = x.sents[si-1].s
	}
	if !cont && len(x.find(farewellRe, from, sp.e)) == 0 {
		return false
	}
	var receivers []*person
	for i := len(x.events) - 1; i >= 0 && receivers == nil; i-- {
		if ev := x.events[i]; ev.kind == "credentials" {
			for _, p := range ev.persons {
				if p.office("ambassador") == nil {
					receivers = append(receivers, p)
				}
			}
		}
	}
	for _, pm := range pmRange(x.pms, from, sp.s) {
		if pm.p.office("head_of_state", "head_of_government", "foreign_minister") != nil && !containsP(receivers, pm.p) {
			receivers = append(receivers, pm.p) // "HM the King received afterwards…"
		}
	}
	host := []string{x.credHost}
	if len(receivers) > 0 {
		var hs [4]string
		host = receivers[0].appendStates(hs[:0])
	}
	if len(host) != 1 || host[0] == "" {
		return false
	}
	took := false
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		var buf [4]string
		st := pm.p.appendStates(buf[:0])
		if pm.p.office("ambassador") == nil || len(st) != 1 || st[0] == host[0] {
			continue
		}
		x.mergeOrAdd(&event{kind: "meeting", status: "held", persons: append([]*person{pm.p}, receivers...), states: sortedPair(st[0], host[0]), ev: sp, conf: 0.7, date: x.dateIn(sp), split: true})
		took = true
	}
	return took
}

// participantsOpenRe opens a sentence that lists who took part in the
// meeting just reported.
// (Those who "attended" are only present: GUIDE.md.)
var participantsOpenRe = mkf(`^(?:participants in (?:the|this) (?:meeting|talks|session)|les participants (?:a|de) (?:la|cette) (?:reunion|rencontre|seance)|ont pris part a (?:la|cette) (?:reunion|rencontre)|participaron (?:en|de) (?:la|esta) (?:reunion|sesion|cita))\b`)

// joinParticipants adds the persons named in sentence sp, and their states,
// to the meeting reported in the two sentences before. It reports whether
// there was one.
func (x *engine) joinParticipants(sp span) bool {
	ev := x.recentEvent("meeting", sp, 4)
	if ev == nil {
		// "Secretary X met with leaders of CARICOM … Participants in the meeting
		// included …": the one who met them, named in the sentences before
		var subj *person
		cur := sp
		for i := 0; i < 2 && subj == nil; i++ {
			prev, ok := x.sentenceBefore(cur)
			if !ok {
				break
			}
			subj, cur = x.firstPersonIn(prev), prev
		}
		if subj == nil {
			return false
		}
		ev = &event{kind: "meeting", status: "held", persons: []*person{subj}, states: subj.states(), ev: sp, conf: 0.7, date: x.dateIn(sp)}
		x.events = append(x.events, ev)
	}
	for _, pm := range pmRange(x.pms, sp.s, sp.e) {
		if pm.p == nil || containsP(ev.persons, pm.p) {
			continue
		}
		ev.persons = append(ev.persons, pm.p)
		var buf [4]string
		for _, st := range pm.p.appendActorStates(buf[:0]) {
			if !contains(ev.states, st) {
				ev.states = append(ev.states, st)
			}
		}
	}
	sort.Strings(ev.states)
	return true
}

// eventAcronym is an acronym a text gives an event's name: "Foreign Office
// Consultations (FOC)".
type eventAcronym struct {
	name, kind string
	def        int // the offset after its definition
}

// eventAcronymRe is an acronym in brackets right after an event's name.
var eventAcronymRe = regexp.MustCompile(`^ \(([A-Z]{2,6})\)`)

// eventAcronyms returns the acronyms the text defines for event names. It
// looks for the rare " (ABC)" first, then for a trigger ending right there.
func (x *engine) eventAcronyms() []eventAcronym {
	var out []eventAcronym
	up := x.f.up
	for k := 0; ; {
		i := strings.Index(up[k:], " (")
		if i < 0 {
			break
		}
		p := k + i
		k = p + 2
		am := eventAcronymRe.FindStringSubmatchIndex(up[p:min(len(up), p+10)])
		if am == nil {
			continue
		}
		for _, et := range eventTriggers {
			if et.kind != "consultations" && et.kind != "meeting" {
				continue
			}
			for _, m := range x.find(et.re, max(0, p-80), p) {
				if m[1] == p {
					out = append(out, eventAcronym{name: up[p+am[2] : p+am[3]], kind: et.kind, def: p + am[1]})
				}
			}
		}
	}
	return out
}

// thisVisitRe names a visit already told ("Cette visite s'inscrit…", "This
// visit is part of…", "Esta visita…").
var thisVisitRe = mkf(`\b(?:cette|this|esta|dicha)\s+(?:\w+\s+)?(?:visite|visit|visita)\b`)

// meetingsCalledVisits turns into a visit the meeting that a later sentence
// calls "this visit" when the text reports no visit ("X a rencontré, à
// Cotonou, son homologue … Cette visite s'inscrit dans …": the guest's trip).
func (x *engine) meetingsCalledVisits() {
	for _, ev := range x.events {
		if ev.kind == "visit" {
			return
		}
	}
	for _, sp := range x.sents {
		if !x.matchIn(thisVisitRe, sp.s, sp.e) {
			continue
		}
		if ev := x.recentEvent("meeting", sp, 3); ev != nil && ev.status == "held" && len(ev.states) == 2 && x.abroad(ev) {
			ev.kind = "visit"
		}
		return
	}
}

// abroad reports whether the sentence of event ev places it in a city or
// state of one party while the first person it names, the subject, is of
// the other ("X a rencontré, à Cotonou, son homologue béninois"): the
// subject travelled.
func (x *engine) abroad(ev *event) bool {
	var subj *person
	for _, pm := range pmRange(x.pms, ev.ev.s, ev.ev.e) {
		if pm.p != nil {
			subj = pm.p
			break
		}
	}
	if subj == nil {
		return false
	}
	for _, pl := range x.venuePlaces(ev.ev) {
		if pl.host != "" && contains(ev.states, pl.host) {
			sts := subj.states()
			return len(sts) > 0 && !contains(sts, pl.host)
		}
	}
	return false
}

// demonstrativeBeforeRe: a demonstrative right before a trigger noun ("cet
// entretien", "this meeting"): the event told before, whoever follows.
var demonstrativeBeforeRe = mkf(`\b(?:cet|cette|ce|ces|this|these|that|este|esta|estos|estas|ese|esa|dicho|dicha)\s+(?:[a-z-]+\s+)?$`)

// newPartyAfter reports whether the person named right after "with" past
// trigger t takes part in no event reported so far.
func (x *engine) newPartyAfter(t trig, sp span) bool {
	for _, pm := range pmRange(x.pms, t.e, min(sp.e, t.e+90)) {
		if pm.p == nil {
			continue
		}
		for _, ev := range x.events {
			if containsP(ev.persons, pm.p) {
				return false
			}
		}
		return true
	}
	return false
}

// ownMeeting reports whether meeting ev, told in a sentence of its own
// before the visit v it belongs to, names someone the visit does not ("X met
// Minister Y in Putrajaya. … X is part of the delegation on a working visit
// to Malaysia"): a meeting with other participants than the visit.
func (x *engine) ownMeeting(ev, v *event) bool {
	if ev.ev == v.ev || ev.ev.s > v.ev.s || ev.status != "held" {
		return false
	}
	for _, p := range ev.persons {
		if !containsP(v.persons, p) {
			return true
		}
	}
	return false
}

// callNounRe names a call ("la llamada", "l'appel téléphonique", "the call").
var callNounRe = mkf(`\b(?:la llamada|esta llamada|dicha llamada|l'appel|cet appel|the call|this call|telefonica|telefonico|telephonique|by phone|por telefono|par telephone)\b`)

// callAround reports whether sentence sp, the one after it or the headline
// names a call.
func (x *engine) callAround(sp span) bool {
	k := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s >= sp.s })
	end := sp.e
	if k+1 < len(x.sents) {
		end = x.sents[k+1].e
	}
	if x.matchIn(callNounRe, sp.s, end) {
		return true
	}
	return callNounRe.MatchString(foldString(x.doc.Header.Title))
}

// thisBeforeRe ends a demonstrative ("cette décision", "this decision").
var thisBeforeRe = mkf(`\b(?:cette|this|esta|dicha|cet|ce)\s+$`)

// gatheringOfRe: the gathering of an organisation right after a trigger of
// taking part ("… in the summit of the", "à la 35e session ordinaire de la
// Conférence des chefs d'Etat de l'", "en la cumbre de la").
var gatheringOfRe = mkf(`^\s*(?:a la|au|aux|in the|in|at the|en la|en el|a|de la|du)?\s*(?:[\w-]+\s+){0,3}(?:sommet|summit|cumbre|session|sesion|conference|conferencia|assemblee|assembly|asamblea)\b[^.;]{0,60}?\b(?:de l'|de la|du|des|of the|of|de|del)\s*$`)

// orgGathering reports whether meeting trigger t is the taking part of a
// participant in a gathering of an organisation named right after it.
func (x *engine) orgGathering(t trig, sp span) bool {
	if !strings.Contains(x.f.low[t.s:t.e], "part") && !strings.Contains(x.f.low[t.s:t.e], "particip") {
		return false
	}
	for _, m := range x.mentsIn(t.e, min(sp.e, t.e+140)) {
		if m.kind == kOrg {
			if gatheringTailRe.MatchString(x.f.low[t.s:t.e]) {
				return genitiveGapRe.MatchString(x.f.low[t.e:m.s]) // "took part in the summit | of the SCO"
			}
			return gatheringOfRe.MatchString(x.f.low[t.e:m.s])
		}
		if m.kind == kState && !m.capital {
			return false
		}
	}
	return false
}

// gatheringTailRe ends a trigger on a gathering noun ("took part in the summit").
var gatheringTailRe = mkf(`(?:sommet|summit|cumbre|session|sesion|conference|conferencia)$`)

// genitiveGapRe is a genitive, past ordinals and adjectives, up to an
// organisation ("of the", " ordinaire de la Conférence … de l'").
var genitiveGapRe = mkf(`^[^.;]{0,60}?\b(?:de l'|de la|du|des|of the|of|de|del)\s*$`)

// pluralMeetingsRe is a plural of meetings held with unnamed parties.
var pluralMeetingsRe = mkf(`\b(?:held|had|holds|conducted|a eu|a tenu|ha tenido|sostuvo|mantuvo)[\s,]+(?:[\w']+[\s,]+){0,4}?(?:a series of\s+|a number of\s+|several\s+|une serie d'|plusieurs\s+|una serie de\s+|varias\s+)?(?:bilateral\s+)?(?:meetings|talks|entretiens|rencontres|reuniones|encuentros)(?:\s+bilateraux|\s+bilaterales)?\b`)

// meetingListOpenRe opens a sentence listing the parties of the meetings just
// told ("The list includes …", "Il s'agit de …", "Entre ellos …").
var meetingListOpenRe = mkf(`^\W*(?:the list includes|the list included|they included|they include|these included|these include|among them(?: were)?|il s'agit (?:notamment |entre autres )?(?:de|du|des|d')|il s'agissait (?:notamment )?(?:de|du|des|d')|parmi eux|se trata de|entre ellos(?: estaban)?|entre ellas)\b`)

// listedMeetings gives one meeting to each person listed in the sentence
// after "X held bilateral meetings with leaders of several delegations":
// "The list includes Foreign Minister A of Pakistan, B of Saudi Arabia …".
func (x *engine) listedMeetings() {
	low := x.f.low
	for si := 0; si+1 < len(x.sents); si++ {
		sp, next := x.sents[si], x.sents[si+1]
		if !meetingListOpenRe.MatchString(low[next.s:min(next.e, next.s+40)]) {
			continue
		}
		m := x.indexIn(pluralMeetingsRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		subj := x.firstOneStatePerson(sp.s, sp.s+m[0], false)
		if subj == nil {
			continue
		}
		own := subj.states()[0]
		for _, pm := range pmRange(x.pms, next.s, next.e) {
			if pm.p == nil || pm.p == subj || len(pm.p.states()) != 1 || pm.p.states()[0] == own {
				continue
			}
			states := sortedPair(own, pm.p.states()[0])
			dup := false
			for _, ev := range x.events {
				dup = dup || ev.kind == "meeting" && slices.Equal(ev.states, states) && (ev.ev == next || ev.ev == sp)
			}
			if !dup {
				x.events = append(x.events, &event{kind: "meeting", status: "held", persons: []*person{subj, pm.p}, states: states, ev: next, conf: 0.6, date: x.dateIn(sp), split: true})
			}
		}
	}
}

// visitingBeforeRe ends "visiting" right before a person's name or title
// ("described by visiting Musalia Mudavadi", "the visiting Foreign Minister").
var visitingBeforeRe = mkf(`\b(?:the\s+)?visiting\s+(?:[\w'-]+\s+){0,4}$`)

// visitingPersons records a visit held by a person the text calls
// "visiting" to the other state of the text, when no visit of theirs is
// told: "The opening of the embassy was described by visiting Musalia
// Mudavadi and his Moroccan peer Nasser Bourita".
func (x *engine) visitingPersons() {
	low := x.f.low
	if !strings.Contains(low, "visiting ") {
		return
	}
	for _, sp := range x.sents {
		for _, pm := range pmRange(x.pms, sp.s, sp.e) {
			if pm.p == nil || pm.s-sp.s < 9 || len(pm.p.states()) != 1 {
				continue
			}
			m := visitingBeforeRe.FindStringIndex(low[max(sp.s, pm.s-60):pm.s])
			if m == nil || strings.ContainsAny(low[max(sp.s, pm.s-60)+m[0]:pm.s], ",;") {
				continue
			}
			own := pm.p.states()[0]
			host := x.otherState(own)
			if host == "" {
				continue
			}
			if states := sortedPair(own, host); !x.hasEvent("visit", states) {
				x.events = append(x.events, &event{kind: "visit", status: "held", persons: []*person{pm.p}, states: states, ev: sp, conf: 0.55, date: x.dateIn(sp)})
			}
		}
	}
}

// pressInterviewRe follows an interview given to a news outlet ("entrevista
// a EFE", "an interview with Reuters", "un entretien accordé à l'AFP").
var pressInterviewRe = mkf(`^\s*(?:exclusiv[ae]\s+)?(?:a|con|with|to|al|a la|accordee? a|concedida a|granted to|given to)\s+(?:la agencia |l'agence |l'|the |el diario |le journal |el periodico |la cadena |la chaine )?(?:efe|afp|reuters|ap|map|xinhua|sputnik|tass|ria novosti|anadolu|aps|bbc|cnn|al jazeera|france 24|rfi|europa press|prensa latina|telam|andina|bloomberg|le monde|el pais|jeune afrique)\b`)

// envoyListOpenRe opens a sentence naming the envoys of the credentials
// ceremony told just before ("Il s'agit en plus de l'ambassadeur de
// Mauritanie, de ses collègues de la Suisse, de l'Allemagne…").
var envoyListOpenRe = mkf(`^\W*(?:il s'agit|ils sont|ce sont|se trata|they are|these are|they were|these were|son los|fueron)\b`)

// envoyWordRe is an envoy's noun in such a sentence.
var envoyWordRe = mkf(`\b(?:ambassadeurs?|ambassadrices?|collegues|ambassadors?|colleagues|embajador(?:es|as|a)?|colegas|envoys|envoyes|diplomates|diplomats|diplomaticos)\b`)

// listedEnvoys gives each state listed in the sentence that names the
// envoys of a credentials ceremony told in the sentence before its own
// credentials event with the ceremony's host.
func (x *engine) listedEnvoys() {
	for si := 1; si < len(x.sents); si++ {
		sp, prev := x.sents[si], x.sents[si-1]
		if !envoyListOpenRe.MatchString(x.f.low[sp.s:min(sp.e, sp.s+30)]) || !x.matchIn(envoyWordRe, sp.s, sp.e) {
			continue
		}
		var base *event
		for _, ev := range x.events {
			if ev.kind == "credentials" && ev.ev == prev && len(ev.states) == 2 {
				base = ev
			}
		}
		if base == nil {
			continue
		}
		host := ""
		for _, p := range base.persons {
			if p.office("ambassador") == nil && len(p.states()) == 1 {
				host = p.states()[0]
			}
		}
		if host == "" {
			continue
		}
		for _, st := range x.stateMentions(sp, false) {
			if st == host {
				continue
			}
			if states := sortedPair(st, host); !x.hasEvent("credentials", states) {
				x.events = append(x.events, &event{kind: "credentials", status: base.status, states: states, ev: sp, conf: 0.6, date: base.date})
			}
		}
	}
}

// envoysRepresentRe ends the envoys of a ceremony and the verb telling
// whom they represent ("The new diplomats represent", "los nuevos
// embajadores acreditados representan a los gobiernos de").
var envoysRepresentRe = mkf(`\b(?:envoys|ambassadors|diplomats|embajadores|embajadoras|diplomaticos|ambassadeurs|ambassadrices|diplomates)\b[^.;]{0,30}?\b(?:represent|representan|representent|representing|representant|representando)\s+(?:a\s+)?(?:(?:los|las|the|les)\s+)?(?:(?:gobiernos|governments|gouvernements|paises|countries|pays|estados|states|etats)\s+(?:de|of|du|des)\s+)?`)

// copiesWordsRe names the copies of credentials a foreign minister receives.
var copiesWordsRe = mkf(`\b(?:copies?|copias?|open letters|figurees?|de estilo)\b`)

// representedEnvoys gives each state whose envoys "represent" in a
// sentence right after a credentials ceremony (the same sentence or one of
// the two before tells it) a credentials event with the ceremony's host,
// the head of state named there: "… presented their credentials to
// President X. The new diplomats represent A, B and C."
func (x *engine) representedEnvoys() {
	for si, sp := range x.sents {
		m := x.indexIn(envoysRepresentRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		states := x.stateListAfter(sp.s+m[1], sp)
		if len(states) < 2 {
			continue
		}
		host, status := "", "held"
		var receiver *person
		for k := si; k >= max(0, si-2) && host == ""; k-- {
			ks := x.sents[k]
			if !x.matchIn(credenceWordsRe, ks.s, ks.e) {
				continue
			}
			if p := x.firstOneStatePerson(ks.s, ks.e, true); p != nil && (p.office("head_of_state") != nil || p.office("foreign_minister") != nil && x.matchIn(copiesWordsRe, ks.s, ks.e)) {
				host, receiver = p.states()[0], p
				if x.plannedIn(ks.s, ks.e) {
					status = "planned"
				}
			}
		}
		if host == "" {
			continue
		}
		date := x.dateIn(sp)
		for _, st := range states {
			if st == host {
				continue
			}
			if pair := sortedPair(st, host); !x.hasEvent("credentials", pair) {
				x.events = append(x.events, &event{kind: "credentials", status: status, persons: []*person{receiver}, states: pair, ev: sp, conf: 0.55, date: date})
			}
		}
	}
}

// rosterCredentials gives each envoy named in a sentence that lists the
// envoys of a credentials ceremony ("Six new envoys presented their letters
// of credence to President X. They are A from Algeria, B from Suriname …")
// a credentials event with the ceremony's host.
func (x *engine) rosterCredentials() {
	for si := 1; si < len(x.sents); si++ {
		k := x.rosterCeremony(si)
		if k < 0 {
			continue
		}
		ks, sp := x.sents[k], x.sents[si]
		host := x.firstOneStatePerson(ks.s, ks.e, true)
		if host == nil {
			continue
		}
		hs := host.states()[0]
		status := "held"
		if x.plannedIn(ks.s, ks.e) {
			status = "planned" // "El presidente X recibirá este miércoles las cartas credenciales de siete embajadores"
		}
		for _, pm := range pmRange(x.pms, sp.s, sp.e) {
			o := (*office)(nil)
			if pm.p != nil {
				o = pm.p.office("ambassador")
				if o == nil && len(pm.p.offices) == 1 && pm.p.offices[0].role == "official" && strings.HasPrefix(foldString(pm.p.offices[0].title), "represent") {
					o = pm.p.offices[0] // "- X, représentant de la République algérienne": in a roster of envoys, its ambassador
					o.role = "ambassador"
				}
			}
			if o == nil || o.state == "" || o.state == hs {
				continue
			}
			if states := sortedPair(o.state, hs); !x.hasEvent("credentials", states) {
				x.events = append(x.events, &event{kind: "credentials", status: status, persons: []*person{pm.p, host}, states: states, ev: sp, conf: 0.6, date: x.dateIn(ks)})
			}
		}
	}
}

// dropEnvoyPairs removes the credentials events whose persons are all
// envoys and whose states are only theirs: an envoy presents credentials to
// a host who is none ("se destacan
// A, representante de los Estados Unidos, así como B, de la India…" names
// two envoys of one ceremony, not an envoy and her host).
func (x *engine) dropEnvoyPairs() {
	out := x.events[:0]
	for _, ev := range x.events {
		if ev.kind == "credentials" && len(ev.persons) >= 2 && allEnvoys(ev.persons) && envoysOnly(ev) {
			continue
		}
		out = append(out, ev)
	}
	clear(x.events[len(out):])
	x.events = out
}

// envoysOnly reports whether every state of ev is the state of one of its
// envoys: no host's state is left.
func envoysOnly(ev *event) bool {
	for _, st := range ev.states {
		found := false
		for _, p := range ev.persons {
			if o := p.office("ambassador"); o != nil && o.state == st {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// allEnvoys reports whether every person holds an ambassador's office.
func allEnvoys(ps []*person) bool {
	for _, p := range ps {
		if p == nil || p.office("ambassador") == nil {
			return false
		}
	}
	return true
}

var meetTrigRe *kre

func init() {
	for _, et := range eventTriggers {
		if et.kind == "meeting" && meetTrigRe == nil {
			meetTrigRe = et.re
		}
	}
}

// visitorsNounRe is a plural of visiting officials ("The visiting Foreign
// Ministers and other dignitaries … called on").
var visitorsNounRe = mkf(`\b(?:ministers|dignitaries|delegations|leaders|envoys|counterparts|ministres|dirigeants|delegations|homologues|ministros|lideres|delegaciones|dignatarios|homologos|homologas|pares)\b`)

// theseIncludedRe opens the sentence naming them one by one.
var theseIncludedRe = mkf(`^\W*(?:these|they|those|il s'agit|parmi eux|ce sont|se trata|entre ellos|estos|ellos)\s+(?:included|include|were|are|de|d'|du|des|figuraient|fueron|son|eran)?\b`)

// rosterMeetings gives each state of the officials listed one by one after a
// meeting of several visitors with one host ("The visiting Foreign Ministers
// … called on Foreign Minister X. These included A from Bangladesh, B from
// Bhutan …") a meeting with the host's state.
func (x *engine) rosterMeetings() {
	if meetTrigRe == nil {
		return
	}
	low := x.f.low
	for si := 1; si < len(x.sents); si++ {
		sp, prev := x.sents[si], x.sents[si-1]
		if !theseIncludedRe.MatchString(low[sp.s:min(sp.e, sp.s+30)]) || len(x.find(meetTrigRe, prev.s, prev.e)) == 0 || !x.matchIn(visitorsNounRe, prev.s, prev.e) {
			continue
		}
		if credTrigRe != nil && len(x.find(credTrigRe, prev.s, prev.e)) > 0 || x.matchIn(envoyWordRe, sp.s, sp.e) || x.matchIn(highCommissionerRe, sp.s, sp.e) {
			continue // envoys presenting credentials: the credentials rules' own
		}
		var host *person
		for _, pm := range pmRange(x.pms, prev.s, prev.e) {
			if pm.p != nil && len(pm.p.states()) == 1 {
				if host != nil && host != pm.p {
					host = nil
					break
				}
				host = pm.p
			}
		}
		if host == nil {
			continue
		}
		hs := host.states()[0]
		for _, m := range x.mentsIn(sp.s, sp.e) {
			if m.kind != kState || m.demonym || m.key == hs || !fromNameGapRe.MatchString(low[max(sp.s, m.s-12):m.s]) {
				continue
			}
			if states := sortedPair(m.key, hs); !x.hasEvent("meeting", states) {
				x.events = append(x.events, &event{kind: "meeting", status: "held", persons: []*person{host}, states: states, ev: sp, conf: 0.55, date: x.dateIn(prev)})
			}
		}
	}
}

// highCommissionerRe names a Commonwealth envoy.
var highCommissionerRe = mkf(`\bhigh commissioners?\b`)

// fromNameGapRe ends "from" or "of" (with an article) right before a state
// that follows a person's name.
var fromNameGapRe = mkf(`\b(?:from|of|de|du|d'|del)(?:\s+(?:the|la|le|l'|el))?\s*$`)

// firstOneStatePerson returns the first person named in view[s:e] whose
// offices are of one state (no ambassador when noEnvoy), nil if none.
func (x *engine) firstOneStatePerson(s, e int, noEnvoy bool) *person {
	for _, pm := range pmRange(x.pms, s, e) {
		if pm.p != nil && len(pm.p.states()) == 1 && !(noEnvoy && pm.p.office("ambassador") != nil) {
			return pm.p
		}
	}
	return nil
}

// hasEvent reports whether an event of kind between exactly states is
// already recorded.
func (x *engine) hasEvent(kind string, states []string) bool {
	for _, ev := range x.events {
		if ev.kind == kind && slices.Equal(ev.states, states) {
			return true
		}
	}
	return false
}

// includedPartiesRe follows plural meetings with the counterparts whose
// states come next ("… with his foreign counterparts that included Iran,
// Bulgaria…", "avec ses homologues, dont ceux de", "con sus homólogos,
// entre ellos").
var includedPartiesRe = mkf(`^\s*with\s+(?:his|her|their|the)\s+(?:foreign\s+)?(?:counterparts|leaders|ministers)|^\s*avec\s+(?:ses|leurs|les)\s+(?:homologues|dirigeants|ministres)|^\s*con\s+(?:sus|los)\s+(?:homologos|homologas|lideres|ministros|cancilleres)`)

// includedListRe opens, after the counterparts, the list of their states.
var includedListRe = mkf(`^\s*,?\s*(?:that|which|who)?\s*(?:included|include|including|among them|notamment|dont ceux de|dont|parmi lesquels|incluyendo|entre ellos los de|entre ellos|como los de|such as|from)\s*(?:(?:the|le|la|les|l'|el|los|las)\s+)?`)

// includedMeetings gives one meeting with each state listed after plural
// meetings with counterparts, unless the text tells one between the same
// states: "X held 11 bilateral meetings with his foreign counterparts that
// included Iran, Bulgaria, Turkey…".
func (x *engine) includedMeetings() {
	low := x.f.low
	for _, sp := range x.sents {
		m := x.indexIn(pluralMeetingsRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		at := sp.s + m[1]
		w := includedPartiesRe.FindStringIndex(low[at:sp.e])
		if w == nil {
			continue
		}
		at += w[1]
		l := includedListRe.FindStringIndex(low[at:sp.e])
		if l == nil || l[1] == 0 {
			continue
		}
		states := x.stateListAfter(at+l[1], sp)
		if len(states) < 2 {
			continue
		}
		subj := x.firstOneStatePerson(sp.s, sp.s+m[0], false)
		if subj == nil {
			continue
		}
		own := subj.states()[0]
		for _, st := range states {
			if st == own {
				continue
			}
			if states := sortedPair(own, st); !x.hasEvent("meeting", states) { // (the text may tell one again)
				x.events = append(x.events, &event{kind: "meeting", status: "held", persons: []*person{subj}, states: states, ev: sp, conf: 0.6, date: x.dateIn(sp)})
			}
		}
	}
}

// dropPersonlessRepeats removes an event that names no person when another
// of the same kind, status and states names some: two passes told the same
// happening ("the Ambassador of Sudan, X, presented her credentials"; "seven
// new ambassadors … of Sudan, Slovakia…").
func (x *engine) dropPersonlessRepeats() {
	out := x.events[:0]
	for _, ev := range x.events {
		if len(ev.persons) == 0 {
			dup := false
			for _, o := range x.events {
				if o != ev && len(o.persons) > 0 && o.kind == ev.kind && o.status == ev.status && slices.Equal(o.states, ev.states) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
		}
		out = append(out, ev)
	}
	clear(x.events[len(out):])
	x.events = out
}
