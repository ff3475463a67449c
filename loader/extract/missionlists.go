package extract

// missionListOfRe opens the list of senders right after a mission word:
// "the consulate general of the Gambia, Guinea…", "les consulats de A, B…".
var missionListOfRe = mkf(`^\s+(?:of the|of|de la|de l'|des|du|de|d'|del|de los)\s*`)

// missionSenderLists records one mission for each state listed in the
// genitive of a mission word, when the list names two states or more:
// "Dakhla also hosts several other countries, including the consulate
// general of the Gambia, Guinea, Djibouti and Liberia". findMissions reads
// the first of them as the sender and the next as the host; here the
// place is the city or capital named before the mission word in the
// sentence, else that of the mission told just before.
func (x *engine) missionSenderLists() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(missionRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			g := missionListOfRe.FindStringIndex(low[e:min(sp.e, e+12)])
			if g == nil {
				continue
			}
			senders := x.stateListAfter(e+g[1], sp)
			if len(senders) < 2 {
				continue
			}
			host, city := x.listedMissionsPlace(sp, s)
			if host == "" || contains(senders, host) {
				continue
			}
			kind := "consulate"
			if w := low[s:e]; w[0] == 'a' || w[0] == 'e' || w[0] == 'h' {
				kind = "embassy"
			}
			// the pair findMissions read from the list (its first state sending, the next hosting)
			out := x.missions[:0]
			for _, o := range x.missions {
				if o.ev == sp && contains(senders, o.sender) && contains(senders, o.host) {
					continue
				}
				out = append(out, o)
			}
			clear(x.missions[len(out):])
			x.missions = out
			status := x.missionStatus(s, e, sp)
			for _, st := range senders {
				x.addMission(mission{kind: kind, sender: st, host: host, city: city, status: status, ev: sp, conf: 0.6})
			}
		}
	}
}

// openedMissionWordRe is a mission word, singular or plural, whose senders
// may follow as the agents of its opening.
var openedMissionWordRe = mk(`\b(?:consulates?(?:[ -]general)?|consulats?(?: generaux| general)?|consulados?(?: generales?)?|consular missions|missions consulaires|misiones consulares|embass(?:y|ies)|ambassades?|embajadas?)\b`)

// openedByRe follows a mission word with the passive of its opening and
// the agent ("were inaugurated by respectively", "ont été inaugurés par").
var openedByRe = mkf(`^[^.;]{0,40}?\b(?:were|was|have been|has been|had been|ont ete|a ete|avaient ete|fueron|fue|han sido|habian sido)\s+(?:\w+\s+)?(?:inaugurated|opened|inaugure[es]*|ouverte?s?|inaugurad[oa]s?|abiert[oa]s?)\s+(?:[\w']+\s+){0,3}?(?:by|par|por)\s+(?:respectively\s+|respectivement\s+|respectivamente\s+)?(?:the\s+|la\s+|le\s+|les\s+|l'|el\s+|los\s+)?`)

// openedByMissions records one mission opened by each state listed as the
// agent of a mission's opening: "three new consular missions were
// inaugurated by respectively Equatorial Guinea, Guinea-Bissau and Burkina
// Faso". The place is the city named in the sentence, else that of the
// mission told just before; the kind is the mission word's.
func (x *engine) openedByMissions() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(openedMissionWordRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			g := openedByRe.FindStringIndex(low[e:min(sp.e, e+120)])
			if g == nil {
				continue
			}
			senders := x.stateListAfter(e+g[1], sp)
			if len(senders) < 2 {
				continue
			}
			host, city := x.listedMissionsPlace(sp, sp.e)
			if host == "" || contains(senders, host) {
				continue
			}
			kind := "consulate"
			if w := low[s:e]; w[0] == 'a' || w[0] == 'e' {
				kind = "embassy"
			}
			for _, st := range senders {
				x.addMission(mission{kind: kind, sender: st, host: host, city: city, status: "opened", ev: sp, conf: 0.6})
			}
		}
	}
}

// listedMissionsPlace returns where the missions listed in sentence sp
// are: the last city or capital named in it before view offset upto, else
// the place of the mission with a city told before the sentence.
func (x *engine) listedMissionsPlace(sp span, upto int) (host, city string) {
	for _, mm := range x.mentsIn(sp.s, upto) {
		if mm.kind == kCity || mm.capital {
			host, city = mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]
		}
	}
	if host != "" {
		return host, city
	}
	for i := len(x.missions) - 1; i >= 0; i-- {
		if x.missions[i].city != "" && x.missions[i].ev.s < sp.s {
			return x.missions[i].host, x.missions[i].city
		}
	}
	return "", ""
}
