package extract

import (
	"slices"
	"strings"
)

// This file holds the rule for a state taking part in a meeting of an
// organisation ("X led the delegation at the meeting of the Council of
// Foreign Ministers of the CIS", "Le Maroc a été représenté à ce sommet de
// l'UA par X", "El canciller X participó en la Reunión Ministerial de la
// OCDE"). GUIDE.md records such a meeting with the states of its named
// participants, the organisation left out; the bilateral rules find none.

// orgMeetingCueRe: taking part, attending, leading or representing.
var orgMeetingCueRe = mkf(`\b(?:took part|takes part|take part|participated|participates|attended|attends|led (?:the|his|her|a|an) (?:[\w-]+ ){0,2}delegation|headed (?:the|his|her|a|an) (?:[\w-]+ ){0,2}delegation|represented (?:his|her|the) (?:country|kingdom|government|state)|delegation [^.;]{0,80}?(?:was led|was headed)|a pris part|ont pris part|prend part|prennent part|a participe|ont participe|participe|participent|a assiste|ont assiste|a conduit (?:la|une) delegation|conduisait la delegation|delegation [^.;]{0,80}?(?:etait|est|a ete) conduite|a represente|a ete represente|est represente|etait represente|participo|participaron|participa|participan|asistio|asistieron|encabezo la delegacion|encabeza la delegacion|presidio la delegacion|represento a|estuvo representad[oa]|fue representad[oa]|delegacion [^.;]{0,80}?(?:fue|estuvo) encabezada)\b`)

// orgMeetingNounRe names the meeting.
var orgMeetingNounRe = mkf(`\b(?:meeting|session|summit|conference|council|assembly|forum|reunion|sesion|cumbre|conferencia|consejo|asamblea|foro|sommet|conseil|assemblee|seance)\b`)

// orgMeetings is the pass described at the top of the file: one meeting per
// sentence with the states of its participants, when no other rule read an
// event there.
func (x *engine) orgMeetings() {
	low := x.f.low
sents:
	for _, sp := range x.sents {
		if x.firstOrgIn(sp.s, sp.e) == "" || !x.matchIn(orgMeetingNounRe, sp.s, sp.e) {
			continue
		}
		m := x.indexIn(orgMeetingCueRe, sp.s, sp.e)
		if m == nil || strings.HasPrefix(low[sp.s+m[1]:min(sp.e, sp.s+m[1]+4)], " by") {
			continue // "attended by": those present, not the parties
		}
		for _, ev := range x.events {
			if ev.ev == sp {
				continue sents // the sentence told its event already
			}
		}
		var states []string
		var persons []*person
		for _, pm := range pmRange(x.pms, sp.s, sp.e) {
			if pm.p == nil {
				if pm.state != "" && !contains(states, pm.state) {
					states = append(states, pm.state)
				}
				continue
			}
			var buf [4]string
			ss := pm.p.appendStates(buf[:0])
			if len(ss) != 1 {
				continue
			}
			if !containsP(persons, pm.p) {
				persons = append(persons, pm.p)
			}
			if !contains(states, ss[0]) {
				states = append(states, ss[0])
			}
		}
		if len(states) == 0 {
			continue
		}
		slices.Sort(states)
		if x.hasEvent("meeting", states) {
			continue
		}
		status := "held"
		if x.plannedIn(sp.s, sp.e) {
			status = "planned"
		}
		x.events = append(x.events, &event{kind: "meeting", status: status, persons: persons, states: states, ev: sp, conf: 0.55, date: x.dateIn(sp)})
	}
}
