package extract

import "strings"

// Rules for the organisation and mission facts that the singular triggers
// of positions.go miss: plural missions ("leurs consulats généraux à
// Laâyoune", "deux nouvelles ambassades, à Lomé et Malabo"), missions
// distributed over the next sentence ("L'une sera établie à Rabat, la
// deuxième à Ankara"), …

// pluralMissionRe: plural and collective mission words.
var pluralMissionRe = mk(`\b(?:embajadas (?:o|y|u) consulados(?: generales)?|embassies (?:or|and) consulates(?:[- ]general)?|ambassades (?:ou|et) consulats(?: generaux)?|diplomatic posts|postes diplomatiques|new posts|nouveaux postes|permanent diplomatic missions|diplomatic missions|missions diplomatiques permanentes|missions diplomatiques|misiones diplomaticas permanentes|misiones diplomaticas|representaciones diplomaticas|ambassades|embassies|embajadas|consulats generaux|consulats|consulates general|consulates-general|consulates|consulados generales|consulados|representations consulaires|consular representations|consular missions|representaciones consulares|antennes consulaires|consular offices|oficinas consulares|sedes consulares)\b`)

var (
	// byActorRe: "l'ouverture par le Sénégal de deux ambassades", "by Chile"
	byActorRe = mkf(`\b(?:par|by|por)\s+(?:le |la |l'|les |the |el |los )?$`)
	// pluralOwnRe: "leurs consulats", "their embassies", "sus embajadas"
	pluralOwnRe = mkf(`\b(?:leurs|their|sus|its|ses)\s+(?:\w+\s+){0,2}$`)
	// firstHostGapRe: what may stand between a plural trigger and its first place
	// ("deux nouvelles ambassades en Afrique, à Lomé", "consulats généraux à Laâyoune")
	// or a dash or colon right before a list ("The new embassies - Doha, Kuwait City and Abu Dhabi")
	firstHostGapRe = mkf(`^[^.;:]{0,40}?\b(?:a|au|aux|en|in|at|dans)\s+(?:la |le |l'|les |the |el )?(?:(?:ville|city|ciudad|town|capitale|capital) (?:de |d'|of |del )?)?$|^\s*[-:\x{2013}\x{2014}]\s*(?:(?:a|au|aux|en|in|at|dans)\s+(?:la |le |l'|les |the |el )?)?$`)
	// hostGlueRe: between two places of a list ("à Lomé (Togo) et Malabo", "in Rabat, Ankara and Abu Dhabi")
	hostGlueRe = mkf(`^[\s,()\-]*(?:(?:et|and|y|e|ainsi qu'a|as well as)\s+)?(?:(?:a|au|aux|en|in|at|dans)\s+)?(?:la |le |l'|les |the |el )?$`)
	// ordinalLeadRe: a sentence distributing items announced before ("L'une sera établie à …, la deuxième à …")
	ordinalLeadRe = mkf(`^\W*(?:l'une|l'un|la premiere|le premier|one|the first|una|uno|la primera|el primero)\b`)
	// ordinalRe: "la troisième nouvelle ambassade": one of the items announced before
	ordinalRe = mkf(`\b(?:la deuxieme|la seconde|la troisieme|la quatrieme|la derniere|l'autre|the second|the third|the fourth|the last|the other|la segunda|la tercera|la cuarta|la ultima|la otra)\s+(?:\w+\s+){0,2}$`)
	// countRe: "trois nouvelles ambassades", "two new embassies"
	countRe = mkf(`\b(?:deux|trois|quatre|cinq|six|two|three|four|five|six|dos|tres|cuatro|cinco|seis|[2-9])\s+(?:\w+\s+){0,2}$`)
	// respectiveRe pairs two lists item by item.
	respectiveRe = mkf(`\b(?:respectivement|respectively|respectivamente)\b`)
)

// place is a host of a mission: a state and, when named, a city.
type place struct{ host, city string }

// pluralMissions is pass 4c”: missions named by a plural trigger, each
// sender of the list with each place of the list.
func (x *engine) pluralMissions() {
	low := x.f.low
	for si, sp := range x.sents {
		for _, m := range x.find(pluralMissionRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			w := low[s:e]
			kind := "consulate"
			generic := strings.Contains(w, "post") || strings.Contains(w, "diplomati")
			if strings.HasPrefix(w, "amb") || strings.HasPrefix(w, "emb") || generic {
				kind = "embassy" // a diplomatic post abroad is recorded as an embassy
			}
			senders, cur := x.pluralSenders(s, e, sp)
			if len(senders) == 0 {
				// "porte à sept le nombre de consulats africains dans la région, qui
				// comprennent la République centrafricaine, …": the missions counted so far
				if m := includingMissionsRe.FindStringIndex(low[e:min(sp.e, e+60)]); m != nil {
					if l := x.stateListAfter(e+m[1], sp); len(l) >= 2 {
						host := x.reporting
						for i := len(x.missions) - 1; i >= 0; i-- {
							if x.missions[i].kind == kind {
								host = x.missions[i].host
								break
							}
						}
						for _, st := range l {
							if st != host && host != "" {
								x.addMission(mission{kind: kind, sender: st, host: host, status: "exists", ev: sp, conf: 0.6})
							}
						}
						continue
					}
				}
			}
			if len(senders) == 0 {
				if pairs := x.parenPlacePairs(e, sp); len(pairs) >= 2 {
					// "los consulados honorarios que han abierto Senegal (en El Aaiún) y Costa de Marfil (en Dajla)"
					status := x.missionStatus(s, e, sp)
					for _, pp := range pairs {
						x.addMission(mission{kind: kind, sender: pp[0].host, host: pp[1].host, city: pp[1].city, status: status, ev: sp, conf: 0.7})
					}
					continue
				}
			}
			hosts := x.placesAfter(cur, sp)
			if len(hosts) == 0 {
				hosts = x.cityListAfter(cur, sp) // "consulados en Hermosillo, Guadalajara, Mérida y Nogales"
			}
			if len(hosts) == 0 && strings.HasSuffix(strings.TrimSpace(low[sp.s:sp.e]), ":") {
				hosts = x.bulletPlaces(si + 1) // "The new posts will …:\n • Lesotho\n • Samoa"
			}
			if len(senders) == 0 && (generic || newBeforeRe.MatchString(low[max(sp.s, s-20):s]) || openingOfRe.MatchString(low[max(sp.s, s-30):s])) && len(hosts) > 0 && x.reporting != "" && !x.weakReporting {
				senders = []string{x.reporting} // "the opening of nine new diplomatic posts", "the new embassies in …": the reporting state's
			}
			if len(senders) == 0 && len(hosts) > 0 && otherOnesRe.MatchString(low[max(sp.s, s-25):s]) {
				// "cuatro nuevas embajadas españolas … Las otras tres embajadas se abrirán en …": the same sender's
				for i := len(x.missions) - 1; i >= 0; i-- {
					if x.missions[i].kind == kind {
						senders = []string{x.missions[i].sender}
						break
					}
				}
			}
			if len(senders) == 0 && len(hosts) > 0 {
				// "El embajador también destacó las recientes inauguraciones de consulados en …": the subject's
				if p := x.subjectPerson(sp, s); p != nil && len(p.states()) == 1 {
					senders = p.states()
				}
			}
			if len(senders) == 0 && len(hosts) > 0 && closingOfRe.MatchString(low[max(sp.s, s-40):s]) {
				// "El canciller paraguayo anunció el cierre de las embajadas en …": the subject's state
				for _, mm := range x.mentsIn(sp.s, s) {
					if mm.capital {
						continue // a dateline's city
					}
					if mm.kind == kState && mm.demonym && !hostIn(hosts, mm.key) {
						senders = []string{mm.key}
					}
					break
				}
			}
			if len(senders) == 0 && len(hosts) > 0 && x.matchIn(countriesNounRe, max(sp.s, s-60), s) {
				// "African countries that opened consulates in Laayoune include: A, B…": the list closing the sentence
				if m := countriesIncludeRe.FindStringIndex(low[cur:sp.e]); m != nil {
					if l := x.stateListAfter(cur+m[1], sp); len(l) >= 2 {
						senders = l
					}
				}
			}
			if len(senders) == 0 && len(hosts) > 0 && si+1 < len(x.sents) && x.matchIn(countriesNounRe, max(sp.s, s-60), s) {
				// "Several other countries also opened consulates in Laayoune. These include A, B…"
				next := x.sents[si+1]
				if m := theseIncludeRe.FindStringIndex(low[next.s:min(next.e, next.s+40)]); m != nil {
					if l := x.stateListAfter(next.s+m[1], next); len(l) >= 2 {
						senders = l
					}
				}
			}
			if generic && len(hosts) == 0 {
				continue // no place named: "diplomatic missions" may be anybody's
			}
			if len(senders) == 0 || maybeRe.MatchString(low[max(sp.s, s-60):s]) || interestedRe.MatchString(low[max(sp.s, s-60):s]) {
				continue
			}
			status := x.missionStatus(s, e, sp)
			if generic && status == "exists" && strings.HasPrefix(w, "new") {
				status = "announced" // "the new posts will …": posts to be opened
			}
			if !generic && status == "exists" && newBeforeRe.MatchString(low[max(sp.s, s-20):s]) {
				status = "opened" // "the new embassies in …"
			}
			conf := 0.75
			if len(hosts) == 0 && countRe.MatchString(low[max(sp.s, s-30):s]) && si+1 < len(x.sents) {
				// "trois nouvelles ambassades … L'une sera établie à Rabat, la deuxième à Ankara"
				next := x.sents[si+1]
				if ordinalLeadRe.MatchString(low[next.s:next.e]) {
					hosts = x.venuePlaces(next)
					if len(hosts) > 0 {
						x.dropMissionsIn(next, kind)
					}
				}
			}
			if len(hosts) == 0 && si+1 < len(x.sents) {
				if cm := countRe.FindString(low[max(sp.s, s-30):s]); cm != "" {
					// "la Belgique ouvre quatre nouvelles ambassades. Les bureaux existants à
					// Cotonou (Bénin), Conakry (Guinée), Bamako (Mali) et Niamey (Niger) …": as many places
					if l := x.countedPlacesNext(si+1, countValue(firstWord(cm))); len(l) > 0 {
						hosts = l
						x.dropMissionsIn(x.sents[si+1], kind)
					}
				}
			}
			if len(hosts) == 0 {
				// "La ville de Laâyoune a connu … l'inauguration des représentations consulaires de …"
				for _, mm := range x.mentsIn(sp.s, s) {
					if (mm.kind == kCity || mm.capital) && (cityOfRe.MatchString(low[max(sp.s, mm.s-20):mm.s]) || cityHostsRe.MatchString(low[mm.e:s])) {
						hosts = []place{{mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]}}
					}
				}
			}
			if len(hosts) == 0 && x.reporting != "" && !contains(senders, x.reporting) {
				hosts, conf = []place{{x.reporting, ""}}, 0.6
			}
			if len(hosts) == 0 {
				continue
			}
			var pairs [][2]int
			switch {
			case len(senders) == 1 || len(hosts) == 1:
				for i := range senders {
					for j := range hosts {
						pairs = append(pairs, [2]int{i, j})
					}
				}
			case len(senders) == len(hosts) && respectiveRe.MatchString(low[sp.s:sp.e]):
				for i := range senders {
					pairs = append(pairs, [2]int{i, i})
				}
			}
			for _, p := range pairs {
				snd, h := senders[p[0]], hosts[p[1]]
				if h.host == "" && h.city != "" {
					h.host = x.otherState(snd) // "consulados en Hermosillo": the other state of the text
				}
				if snd == h.host || h.host == "" {
					continue
				}
				x.addMission(mission{kind: kind, sender: snd, host: h.host, city: h.city, status: status, ev: sp, conf: conf})
			}
		}
	}
}

// countriesNounRe: a plural of states left unnamed ("several other
// countries", "d'autres pays").
var countriesNounRe = mkf(`\b(?:countries|states|nations|pays|etats|paises|estados|naciones)\b`)

// theseIncludeRe opens a sentence that names the states just left unnamed.
var theseIncludeRe = mkf(`^\W*(?:these|they|those|ceux-ci|ces pays|il s'agit|se trata|estos|estos paises|ellos|among them|parmi eux|entre ellos)\s+(?:include|included|are|were|sont|etaient|comprennent|incluyen|son|eran|de|d')?\s*(?:notamment\s+|including\s+|in particular\s+)?`)

// cityHostsRe: a city that hosts the missions named after it ("Dakhla also
// hosts the consulates of", "Dajla alberga ya los consulados de").
var cityHostsRe = mkf(`^\s*(?:(?:also|already|now|aussi|deja|desormais|egalement|ya|tambien|ahora)\s+)*(?:hosts|hosted|is home to|houses|abrite|abritait|accueille|accueillait|alberga|albergaba|acoge|acogia)\s+(?:(?:also|already|now|aussi|deja|desormais|egalement|ya|tambien|ahora)\s+)*(?:the|les|los|las|des)?\s*$`)

// cityListAfter lists the places (two at least) named after a preposition
// at off that the gazetteer may not know as cities ("en Hermosillo,
// Guadalajara, Mérida y Nogales"): capitalised words, up to three each,
// joined by commas and "and". The host of an unknown city is left empty
// for the caller to fill.
func (x *engine) cityListAfter(off int, sp span) []place {
	low := x.f.low
	m := cityPrepRe.FindStringSubmatchIndex(low[off:min(sp.e, off+12)])
	if m == nil {
		return nil
	}
	var buf [32]tok
	toks := x.appendTokens(buf[:0], off+m[2], min(sp.e, off+m[2]+200))
	var out []place
	listEnd := off
	for k := 0; k < len(toks); {
		if !isCap(toks[k]) || nameStop[toks[k].low] {
			break
		}
		if mm := x.mentAt(toks[k].s); mm != nil {
			if !(mm.capital || mm.kind == kCity) {
				break
			}
			out = append(out, place{mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]})
			for k < len(toks) && toks[k].s < mm.e {
				k++
			}
		} else {
			ce, j := toks[k].e, k+1
			for ; j < len(toks) && j < k+3 && x.f.up[toks[j-1].e:toks[j].s] == " " && isCap(toks[j]) && x.mentAt(toks[j].s) == nil; j++ {
				ce = toks[j].e
			}
			city := x.doc.Text[x.f.text(toks[k].s):x.f.textEnd(ce)]
			host, _ := x.g.CityState(city)
			out = append(out, place{host, city})
			k = j
		}
		last := toks[k-1].e
		listEnd = last
		if k < len(toks) && (toks[k].low == "y" || toks[k].low == "et" || toks[k].low == "and" || toks[k].low == "e") {
			k++ // the conjunction before the last item
		}
		if k >= len(toks) || !cityGlueRe.MatchString(low[last:toks[k].s]) {
			break
		}
	}
	if len(out) < 2 {
		return nil
	}
	if st := x.trailingState(listEnd, sp); st != "" {
		for i := range out {
			out[i].host = st // "en Caracas, Maracaibo y Valencia, en Venezuela": all of them there
		}
	}
	return out
}

// trailingHostRe is what stands between a list of cities and the state
// that holds them all ("…, en Venezuela", "… in Brazil", "… (Argentine)").
var trailingHostRe = mkf(`^\s*(?:,\s*)?(?:(?:en|in|au|aux|dans|a)\s+(?:la |le |l'|les |el |the )?|\()$`)

// trailingState returns the state named right after a list of cities
// ending at off when the list's places are said to lie in it, "" if none.
func (x *engine) trailingState(off int, sp span) string {
	for _, mm := range x.mentsIn(off, min(sp.e, off+30)) {
		if mm.kind == kState && !mm.demonym && !mm.capital && trailingHostRe.MatchString(x.f.low[off:mm.s]) {
			return mm.key
		}
		break
	}
	return ""
}

// cityGlueRe is what stands between two cities of a list.
var cityGlueRe = mkf(`^\s*(?:,\s*(?:(?:et|and|y|e)\s+)?|(?:et|and|y|e)\s+)$`)

// bulletPlaces lists the states of the lines from sentence si on that each
// hold one state and nothing else but list marks ("• Lesotho", "- Samoa,").
func (x *engine) bulletPlaces(si int) []place {
	var out []place
	for ; si < len(x.sents); si++ {
		sp := x.sents[si]
		ms := x.mentsIn(sp.s, sp.e)
		if len(ms) != 1 || ms[0].kind != kState || ms[0].demonym {
			break
		}
		if lead := strings.Trim(x.f.low[sp.s:ms[0].s], " \t-*•·–—"); lead != "" && lead != "the" && lead != "la" && lead != "le" && lead != "l'" && lead != "las" && lead != "los" && lead != "les" || strings.Trim(x.f.low[ms[0].e:sp.e], " \t,;.") != "" {
			break
		}
		out = append(out, place{ms[0].key, ""})
	}
	return out
}

var cityOfRe = mkf(`\b(?:ville d[eu']?|city of|ciudad de)\s*$`)

// pluralSenders finds the states a plural trigger belongs to: a genitive
// list or an adjective after it, a possessive of the subject list before
// it, or the agent ("par le Sénégal"). It returns them and the offset after
// which the places follow.
func (x *engine) pluralSenders(s, e int, sp span) ([]string, int) {
	low := x.f.low
	for _, mm := range x.mentsIn(e, min(sp.e, e+30)) {
		if mm.kind != kState || mm.capital {
			break
		}
		gap := low[e:mm.s]
		if genitiveRe.MatchString(gap) || listGlueRe.MatchString(gap) && strings.TrimSpace(gap) != "" || mm.demonym && strings.TrimSpace(gap) == "" {
			l := x.stateListAfter(e, sp)
			if mm.demonym {
				l = []string{mm.key}
			}
			end := mm.e
			for _, m2 := range x.mentsIn(mm.s, sp.e) {
				if contains(l, m2.key) && m2.kind == kState {
					end = m2.e
				}
			}
			return l, end
		}
		break
	}
	ms := x.mentsIn(max(sp.s, s-160), s)
	if n := len(ms); n > 0 && ms[n-1].kind == kState && ms[n-1].demonym && strings.TrimSpace(low[ms[n-1].e:s]) == "" {
		// "the Central African and Santomean consulates": the demonyms right before
		l := []string{ms[n-1].key}
		for i := n - 2; i >= 0 && ms[i].kind == kState && ms[i].demonym && listGlueRe.MatchString(low[ms[i].e:ms[i+1].s]); i-- {
			if !contains(l, ms[i].key) {
				l = append([]string{ms[i].key}, l...)
			}
		}
		return l, e
	}
	if pluralOwnRe.MatchString(low[max(sp.s, s-30):s]) {
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].kind == kState && !ms[i].capital && !ms[i].demonym {
				return x.coordBefore(ms[i], sp, kState), e
			}
		}
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].kind == kState && !ms[i].capital && byActorRe.MatchString(low[max(sp.s, ms[i].s-12):ms[i].s]) {
			return []string{ms[i].key}, e
		}
	}
	for _, mm := range ms {
		if mm.kind == kState && !mm.capital && !mm.demonym && govBodyOfRe.MatchString(low[max(sp.s, mm.s-60):mm.s]) && x.matchIn(pluralOpenVerbRe, max(sp.s, s-60), s) {
			// "El Ministerio de Exteriores de Corea del Sur anunció que abrirá embajadas en …": the ministry's state
			return []string{mm.key}, e
		}
	}
	if m := pluralOpenVerbRe.FindStringIndex(low[max(sp.s, s-60):s]); m != nil {
		// "La Guinée équatoriale, la Guinée-Bissau et le Burkina Faso ont ouvert vendredi des consulats": the subjects
		if mm, ok := x.verbSubjectState(ms, max(sp.s, s-60)+m[0]); ok {
			if l := x.coordBefore(mm, sp, kState); len(l) >= 2 || len(l) == 1 && singleSubjectRe.MatchString(x.f.low[max(sp.s, mm.s-12):mm.s]) {
				return l, e // (one state, the sentence's subject: "Ghana opened embassies in …")
			}
		}
	}
	if m := haveMissionsRe.FindStringIndex(low[max(sp.s, s-40):s]); m != nil {
		// "India has consulates general in Atlanta, Chicago…": the subject's
		if mm, ok := x.verbSubjectState(ms, max(sp.s, s-40)+m[0]); ok {
			return []string{mm.key}, e
		}
	}
	return nil, e
}

// verbSubjectState returns the last mention of ms before the verb at view
// offset v when it is a state (no capital, no demonym) with only capitalised
// words between it and the verb: the verb's subject.
func (x *engine) verbSubjectState(ms []ment, v int) (ment, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].s >= v {
			continue
		}
		if ms[i].kind == kState && !ms[i].capital && !ms[i].demonym && capitalsOnly(x.f.up[ms[i].e:v]) {
			return ms[i], true
		}
		break
	}
	return ment{}, false
}

// haveMissionsRe ends a verb of having before plural missions, with at most a
// count between ("has six consulates", "possède des ambassades", "tiene
// embajadas").
var haveMissionsRe = mkf(`\b(?:has|have|maintains|maintain|possede|possedent|dispose de|disposent de|tiene|tienen|mantiene|mantienen|cuenta con|cuentan con)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|plusieurs|dos|tres|cuatro|cinco|seis|varios|varias|des|unos|unas|new|nouveaux|nouvelles|nuevos|nuevas)\s+)?$`)

// countriesIncludeRe opens, after the places of missions, the list of the
// countries that opened them ("… in Laayoune include: A, B", "… à Dakhla
// sont A, B", "… en El Aaiún son A, B").
var countriesIncludeRe = mkf(`^[^.;]{0,80}?\b(?:include|includes|included|are|were|sont|comprennent|incluent|figurent|son|fueron|incluyen)\s*:?\s*(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// govBodyOfRe ends a government body before its state ("le ministère des
// Affaires étrangères du", "the Ministry of Foreign Affairs of", "el
// Gobierno de").
var govBodyOfRe = mkf(`\b(?:ministerio|ministere|ministry|gobierno|gouvernement|government|cancilleria|chancellerie)\b[^.;,]{0,40}?\s(?:de la|de l'|du|of the|of|del|de)\s*$`)

// otherOnesRe ends "the other (three)" before a plural mission word.
var otherOnesRe = mkf(`\b(?:the other|les autres|las otras|los otros)\s+(?:\w+\s+)?$`)

// newBeforeRe ends the words before a plural mission word that make the
// missions new ones ("the new embassies", "les nouvelles ambassades").
var newBeforeRe = mkf(`\b(?:new|nouvelles|nouveaux|nuevas|nuevos)\s+$`)

// singleSubjectRe: a state opening its sentence, the subject of its verb.
var singleSubjectRe = mkf(`(?:^|\b(?:que|that|qu'))\s*(?:(?:currently|today|now|to date|so far|presently|actuellement|aujourd'hui|a ce jour|actualmente|hoy|hasta ahora|a la fecha)\s*,?\s*)?(?:(?:le|la|l'|el|the)\s*)?$`)

// pluralOpenVerbRe is a plural verb of opening missions and what may stand
// between it and the plural mission word.
var pluralOpenVerbRe = mkf(`\b(?:(?:have|has|ont|han|a) (?:all|also|already|both|tous|toutes|deja|aussi|egalement|ya|tambien|todos) (?:opened|inaugurated|ouvert|inaugure|abierto|inaugurado)|will close|is closing|are closing|has closed|have closed|closed|closes|close|ferme|ferment|fermera|fermeront|va fermer|vont fermer|a ferme|ont ferme|cierra|cierran|cerrara|cerraran|cerro|cerraron|ha cerrado|han cerrado|va a cerrar|van a cerrar|is opening|are opening|will be opening|plans to open|ouvre|ouvrent|abre|abren|esta abriendo|ont ouvert|ont inaugure|vont ouvrir|va (?:bientot |prochainement |egalement )?ouvrir|vont (?:bientot |prochainement )ouvrir|va a abrir|van a abrir|will soon open|ouvriront|opened|have opened|has opened|will open|abrieron|han abierto|inauguraron|abriran|a ouvert|a inaugure|ouvrira|abrio|ha abierto|abrira|inauguro|inaugurara|inauguraran|inaugurera|inaugureront|va inaugurer|vont inaugurer|will inaugurate|inaugurates|inaugurate|inaugure|inaugurent|inaugura|inauguran|reabrira|reabriran|rouvrira|rouvriront|will reopen|inaugurated|have inaugurated|has inaugurated|reopened|have reopened|has reopened|ont rouvert|a rouvert|reabrieron|reabrio|han reabierto|established|have established|has established|set up|have set up|ont etabli|a etabli|ont cree|establecieron|establecio|han establecido|have|maintain|maintained|tienen|mantienen|cuentan con|disposent d[e']|disposent|possedent|(?:plan|plans|planned|intend|intends|intended|decided|decide|decides|agreed|agree|are set|is set|are going|hope|hopes|seek|seeks|expect|expects|prevoient|prevoit|comptent|compte|envisagent|envisage|ont decide|a decide|ont convenu|a convenu|souhaitent|souhaite|planean|planea|preven|preve|decidieron|decidio|acordaron|acordo|esperan|espera|pretenden|pretende)\s+(?:to\s+|d'|de\s+|a\s+)?(?:open|reopen|establish|set up|inaugurate|ouvrir|rouvrir|etablir|inaugurer|abrir|reabrir|establecer|inaugurar)|announced the opening of|announce the opening of|ont annonce l'ouverture|a annonce l'ouverture|anunciaron la apertura de|anuncio la apertura de)\s+(?:[\w']+\s+){0,3}$`)

// placesAfter lists the places named from off on: "à Lomé (Togo) et Malabo
// (Guinée Equatoriale)", "in Rabat, Ankara and Abu Dhabi", "à Laâyoune".
func (x *engine) placesAfter(off int, sp span) []place {
	low := x.f.low
	var out []place
	lastGlue := ""
	cur := off
	for _, mm := range x.mentsIn(off, min(sp.e, off+160)) {
		if mm.s < cur {
			continue
		}
		gap := low[cur:mm.s]
		if len(out) == 0 && !firstHostGapRe.MatchString(gap) || len(out) > 0 && !hostGlueRe.MatchString(gap) {
			break
		}
		lastGlue = gap
		switch {
		case mm.capital || mm.kind == kCity:
			out = append(out, place{mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]})
		case mm.kind == kState && !mm.demonym:
			if len(out) > 0 && out[len(out)-1].host == mm.key {
				break // "Lomé (Togo)", "à Rabat au Maroc"
			}
			out = append(out, place{mm.key, ""})
		default:
			return out
		}
		cur = mm.e
	}
	if n := len(out); n >= 2 && out[n-1].city == "" && out[n-2].city != "" && trailingHostRe.MatchString(lastGlue) && strings.Contains(lastGlue, ",") {
		// "en Caracas, Maracaibo y Valencia, en Venezuela": the state that holds the cities before
		for i := 0; i < n-1; i++ {
			if out[i].city == "" {
				return out
			}
		}
		st := out[n-1].host
		out = out[:n-1]
		for i := range out {
			out[i].host = st
		}
	}
	return out
}

// venuePlaces lists the capitals and cities of a sentence named after "à",
// "in", "en".
func (x *engine) venuePlaces(sp span) []place {
	var out []place
	for _, mm := range x.mentsIn(sp.s, sp.e) {
		if (mm.capital || mm.kind == kCity) && venueRe.MatchString(x.f.low[max(sp.s, mm.s-12):mm.s]) {
			out = append(out, place{mm.key, x.doc.Text[x.f.text(mm.s):x.f.textEnd(mm.e)]})
		}
	}
	return out
}

// dropMissionsIn removes the missions of kind found in sentence sp (they
// are items of a list distributed there, whose sender was named before).
func (x *engine) dropMissionsIn(sp span, kind string) {
	var keep []mission
	for _, m := range x.missions {
		if m.ev == sp && m.kind == kind {
			continue
		}
		keep = append(keep, m)
	}
	x.missions = keep
}

// addMission appends m unless the same mission is already known.
func (x *engine) addMission(m mission) {
	for _, o := range x.missions {
		if o.kind == m.kind && o.sender == m.sender && o.host == m.host && (o.city == m.city || m.city == "") {
			return
		}
	}
	x.missions = append(x.missions, m)
}

var (
	// topicFrameRe: a sentence opening on the state it is about ("Pour le Togo,", "As for Chile,").
	topicFrameRe = mkf(`^\W*(?:pour|concernant|quant a|s'agissant d[eu]?|as for|regarding|concerning|en cuanto a|respecto a|con respecto a|en lo que respecta a)\s+(?:le |la |l'|les |the |el |los |las )?$`)
	// ourRe: "notre ambassade", "our embassy", "nuestra embajada"
	ourRe = mkf(`\b(?:notre|nos|our|nuestra|nuestras|nuestro|nuestros)\s+(?:\w+\s+)?$`)
	// interestedRe: a wish, not a mission of the sender ("interesada en incorporarse a las embajadas españolas")
	interestedRe = mkf(`\b(?:interes\w*|interested|interet|interest)\b`)
)

// hasMission reports whether a mission of kind is already known.
func (x *engine) hasMission(kind string) bool {
	for _, m := range x.missions {
		if m.kind == kind {
			return true
		}
	}
	return false
}

// extraMemberRes: membership cues besides lexicon.go's memberRes (plural
// forms its word boundaries miss).
var extraMemberRes = []struct {
	status string
	re     *kre
}{
	{"observer", mk(`\b(?:observateurs|observatrices|observers|observadores|observadoras)\b`)},
	// "cuyo país hace parte del MERCOSUR", "le Maroc fait partie de l'UA"
	{"member", mk(`\b(?:hace parte|hacen parte|forma parte|forman parte|fait partie|font partie|is part of|are part of|is a part of)\b`)},
}

// observerAsRe: plural observers are members' statuses only after "as",
// "en tant qu'", "Etats observateurs" (not election observers).
var observerAsRe = mkf(`(?:\b(?:en tant qu'|en qualite d'|au titre d'|statut d'|categorie d'|categoria de|category of)|\b(?:devenue?s?|deviennent|devient|became|become|becomes|comme|as|como|en calidad de|status of|estatus de|etats|states|estados|paises|pays|gouvernements|governments|gobiernos|membres|members|miembros)\s+(?:\w+\s+)?)$`)

// extraCueOK vets a match of extraMemberRes ending before off.
func (x *engine) extraCueOK(status string, s int, sp span) bool {
	if status == "observer" {
		return observerAsRe.MatchString(x.f.low[max(sp.s, s-30):s])
	}
	return true
}

var (
	// memberListRe: "los países miembros del Mercosur (…) -Argentina, Brasil…-", "the member states of ASEAN: …"
	// and "los otros tres miembros del Mercosur, Argentina, Paraguay y Uruguay"
	memberListRe = mkf(`\b(?:(?:(?:pays|etats|states|countries|paises|estados|nations|naciones)\s+)?(?:membres|miembros|members)|member\s+(?:states|countries|nations))\s+(?:de la|de l'|du|des|de|d'|of the|of|del|de los|de las)\s*$`)
	// listOpenRe: what opens a list after the organisation ("(Mercosur) -", ":",
	// ", à savoir", "son", "'s 10 member states include")
	listOpenRe = mkf(`^\s*(?:\([^()]{1,15}\))?[\s()\-–—:,]*(?:(?:a savoir|namely|es decir|soit|to wit|are|include|sont|son)\s*:?\s*)?(?:(?:le|la|les|l'|the|el|los|las)\s*)?$`)
	// possessiveMembersRe: the organisation's members named after it ("ASEAN's
	// 10-member states include", "the EAC's member countries are")
	possessiveMembersRe = mkf(`^'s\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+)?(?:member states|member countries|member nations|members|member-states)\s+(?:include|includes|are|comprise)\s*:?\s*(?:the\s+)?$`)
	// accessionActRe: the act of accession of a state ("protocolo de adhesión de Bolivia al Mercosur")
	accessionActRe = mk(`\b(?:protocole d'adhesion|protocole d'accession|traite d'adhesion|protocolo de adhesion|tratado de adhesion|protocol of accession|accession protocol|treaty of accession|accession treaty|instrument d'adhesion|instrumento de adhesion|instrument of accession)\b`)
	// returnToRe: "la vuelta de Paraguay al Mercosur", "le retour du Maroc au sein de l'UA"
	returnToRe = mk(`\b(?:vuelta|retorno|regreso|reingreso|reincorporacion|retour|reintegration|return)\b`)
	// intoOrgRe: the preposition before the organisation of a return or an accession
	intoOrgRe = mkf(`^\s*(?:,\s*)?(?:al|a la|a los|a|au sein de l'|au sein de la|au sein du|au sein des|au|a l'|aux|dans l'|dans la|to the|to|into the|into|in the|en el|en la)\s*$`)
	// postverbJoinRe: a Spanish joining verb before its subject ("también se unió Ecuador")
	postverbJoinRe = mk(`\b(?:se unio|se unieron|se sumo|se sumaron|se incorporo|se incorporaron|se adhirio|se adhirieron|ingreso|ingresaron)\b`)
	// thisOrgRe: a demonstrative naming the organisation of the text ("A esta alianza")
	thisOrgRe = mkf(`\b(?:esta|este|cette|ce|this|dicha|dicho)\s+(?:alianza|alliance|organizacion|organisation|organization|organismo|bloque|bloc|union|comunidad|communaute|community|grupo|groupe|group|foro|forum|mecanismo|mechanism)\b`)
	// creationOfRe: the founding of an organisation ("la creación, junto con República Dominicana, de la Alianza")
	// or its founders' verb ("avaient mis sur pied l'Alliance des Etats du Sahel")
	creationOfRe = mk(`\b(?:creacion|creation|fundacion|fondation|founding|establishment|(?:ont|avaient|avons) (?:cree|fonde|mis sur pied)|(?:have |had )?(?:created|founded|set up|established)|(?:han |habian )?(?:creado|fundado)|crearon|fundaron|establecieron|constituyeron)\b`)
	// withClauseRe: "junto con X,", "avec X,", "together with X," inside a creation phrase
	creationGapRe = mkf(`^\s*,?\s*(?:(?:junto con|avec|along with|together with|con|with)\s+[^,.;]{0,50},\s*)?(?:de la|de l'|du|des|de|d'|of the|of|del|l'|la|le|les|the|el|los|las)\s*$`)
)

// memberFacts is pass 4b”: member lists after an organisation, acts of
// accession, returns, postverbal joiners and founders.
func (x *engine) memberFacts() {
	low := x.f.low
	add := func(st, org, status string, sp span, conf float64) {
		for _, o := range x.members {
			if o.state == st && o.org == org {
				return
			}
		}
		x.members = append(x.members, membership{state: st, org: org, status: status, ev: sp, conf: conf})
	}
	for _, sp := range x.sents {
		ms := x.mentsIn(sp.s, sp.e)
		for i, mm := range ms {
			if mm.kind != kOrg {
				continue
			}
			if strings.HasPrefix(low[mm.e:], "'s ") {
				if nms := x.mentsIn(mm.e, min(sp.e, mm.e+50)); len(nms) > 0 && nms[0].kind == kState && possessiveMembersRe.MatchString(low[mm.e:nms[0].s]) {
					nm := nms[0]
					if l := x.stateListAfter(nm.s, sp); len(l) > 1 {
						for _, st := range l {
							add(st, mm.key, "member", sp, 0.75)
						}
					}
				}
				continue
			}
			if !memberListRe.MatchString(low[max(sp.s, mm.s-40):mm.s]) {
				continue
			}
			// skip the acronym in brackets: "del Mercado Común del Sur (Mercosur)"
			end := mm.e
			for j := i + 1; j < len(ms) && ms[j].kind == kOrg && ms[j].key == mm.key && strings.TrimSpace(strings.Trim(low[end:ms[j].s], " (")) == ""; j++ {
				end = ms[j].e
			}
			for _, nm := range x.mentsIn(end, min(sp.e, end+30)) {
				if nm.kind == kState && !nm.capital && !nm.demonym && listOpenRe.MatchString(low[end:nm.s]) {
					if l := x.stateListAfter(nm.s, sp); len(l) > 1 {
						for _, st := range l {
							add(st, mm.key, "member", sp, 0.75)
						}
					}
				}
				break
			}
		}
		for _, m := range x.find(accessionActRe, sp.s, sp.e) {
			st, org := x.stateOrgAfter(m[1], sp)
			if st == "" {
				continue
			}
			if org == "" {
				org = x.orgOfSentence(m[0], sp)
			}
			if org != "" {
				add(st, org, "joined", sp, 0.7)
			}
		}
		for _, m := range x.find(returnToRe, sp.s, sp.e) {
			if st, org := x.stateOrgAfter(m[1], sp); st != "" && org != "" {
				add(st, org, "joined", sp, 0.75)
			}
		}
		for _, m := range x.find(postverbJoinRe, sp.s, sp.e) {
			var states []string
			for _, nm := range x.mentsIn(m[1], min(sp.e, m[1]+20)) {
				if nm.kind == kState && !nm.capital && !nm.demonym && strings.TrimSpace(low[m[1]:nm.s]) == "" {
					states = x.stateListAfter(nm.s, sp)
				}
				break
			}
			if len(states) == 0 {
				continue
			}
			org := ""
			for _, om := range x.mentsIn(m[1], min(sp.e, m[1]+60)) {
				if om.kind == kOrg && intoOrgRe.MatchString(low[om.s-min(om.s, 8):om.s]) {
					org = om.key
				}
			}
			if org == "" && thisOrgRe.MatchString(low[sp.s:m[0]]) {
				org = x.mainOrg(m[0])
			}
			if org == "" {
				continue
			}
			for _, st := range states {
				add(st, org, "joined", sp, 0.7)
			}
		}
		x.founders(sp, add)
	}
}

// stateOrgAfter reads "de Bolivia al Mercosur" from off on: the state of
// the genitive and the organisation after it, if any.
func (x *engine) stateOrgAfter(off int, sp span) (string, string) {
	low := x.f.low
	st, org := "", ""
	for _, nm := range x.mentsIn(off, min(sp.e, off+30)) {
		if nm.kind == kState && !nm.capital && genitiveRe.MatchString(low[off:nm.s]) {
			st = nm.key
			// the organisation may sit past a line break the sentence splitter cut at
			for _, om := range x.mentsIn(nm.e, min(len(low), nm.e+30)) {
				if om.kind == kOrg && intoOrgRe.MatchString(low[nm.e:om.s]) {
					org = om.key
				}
				break
			}
		}
		break
	}
	return st, org
}

// orgOfSentence is the organisation named in the sentence before off, else
// the organisation of the text.
func (x *engine) orgOfSentence(off int, sp span) string {
	ms := x.mentsIn(sp.s, off)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].kind == kOrg {
			return ms[i].key
		}
	}
	return x.mainOrg(off)
}

// firstOrgIn returns the key of the first organisation named in view[s:e],
// "" if none.
func (x *engine) firstOrgIn(s, e int) string {
	for _, m := range x.mentsIn(s, e) {
		if m.kind == kOrg {
			return m.key
		}
	}
	return ""
}

// founders records the states that created an organisation: "ambos países
// … mediante la creación, junto con República Dominicana, de la Alianza".
func (x *engine) founders(sp span, add func(st, org, status string, sp span, conf float64)) {
	low := x.f.low
	for _, m := range x.find(creationOfRe, sp.s, sp.e) {
		org, orgPos := "", 0
		for _, om := range x.mentsIn(m[1], min(sp.e, m[1]+80)) {
			if om.kind == kOrg && creationGapRe.MatchString(low[m[1]:om.s]) {
				org, orgPos = om.key, om.s
			}
			break
		}
		if org == "" {
			// the state of "junto con X" sits between the cue and the organisation
			for _, om := range x.mentsIn(m[1], min(sp.e, m[1]+80)) {
				if om.kind == kOrg {
					if creationGapRe.MatchString(low[m[1]:om.s]) {
						org, orgPos = om.key, om.s
					}
					break
				}
			}
		}
		if org == "" {
			continue
		}
		var states []string
		for _, mm := range x.mentsIn(sp.s, orgPos) {
			if mm.kind == kState && !mm.capital && !mm.demonym && !contains(states, mm.key) {
				states = append(states, mm.key)
			}
		}
		if x.match(twoStatesRe, sp.s, m[0]) {
			for _, st := range []string{x.reporting, x.partner} {
				if st != "" && !contains(states, st) {
					states = append(states, st)
				}
			}
		}
		if len(states) < 2 {
			continue
		}
		for _, st := range states {
			add(st, org, "member", sp, 0.65)
		}
	}
}

// extraTopicRes: position topics besides lexicon.go's topicRes. need, when
// set, must match the text right after the topic word; gov, when set, the
// text right before it (the support noun or verb that governs it).
var extraTopicRes = []struct {
	topic string
	re    *kre
	need  *fre
	gov   *fre
}{
	// "la revendication comorienne sur Mayotte", "Argentina's claim over the islands"
	{"sovereignty", mk(`\b(?:revendications?|claims?|reivindicacion|reivindicaciones|reclamo|reclamos)\b`), mkf(`^\s*(?:\w+\s+){0,3}(?:sur|over|to|sobre)\s`), nil},
	// "le soutien du Togo au processus de transition", "apoyo al proceso de integración de la Unasur"
	// "his support for Japan's position regarding North Korea", "son soutien à la position du Japon"
	{"other", mk(`\b(?:position|positions|stance|posicion|postura|initiative|initiatives|iniciativa|proposal|proposition|propuesta)\b`), mkf(`^\s*(?:(?:du|de la|de l'|des|del|de|of)\s+\S+\s+)?(?:regarding|on|concerning|sur|concernant|sobre|respecto|en|in|pour|for|para)\b`), otherGovernedRe},
	// "appuyer les réformes de l'Union africaine", "support the reforms of the AU"
	{"other", mk(`\b(?:reformes|reforms|reformas|reforme institutionnelle|institutional reform|reforma institucional)\b`), mkf(`^\s*(?:de l'|de la|du|des|of the|of|de|del)\s*(?:[a-z]+\s+)?[a-z]`), otherGovernedRe},
	// "son soutien aux efforts déployés par l'ONU", "full support for the role played by the United Nations"
	{"other", mk(`\b(?:efforts|esfuerzos|role|rol|papel|mediation|mediacion|bons offices|good offices|buenos oficios)\b`), mkf(`^\s*(?:(?:deployes|menes|joue|played|led|made|undertaken|realizados|desplegados|desempenado|que (?:mene|menent|deploie|deploient|joue|jouent))\s+)?(?:de l'|de la|du|des|of the|of|by the|by|par l'|par la|par le|par les|par|del|de la|de las|de los|de)\s*(?:l'|la|le|les|the|el|los|las)?\s*(?:onu|nations|united|un|naciones|union|organisation|organization|organizacion|secretaire general|secretary-general|secretary general|secretario general)\b`), otherGovernedRe},
	// "their full support for United Nations Personal Envoy of the Secretary-General X": the UN's
	{"other", mk(`\b(?:personal envoy|envoye personnel|enviado personal)\b`), mkf(`^\s*(?:(?:of the|du|del)\s+(?:un\s+|onu\s+)?(?:secretary[- ]general|secretaire general|secretario general)|(?:of the united nations|des nations unies|de las naciones unidas|de l'onu|de la onu)\b)`), otherGovernedRe},
	// "its support for Timor-Leste's full membership of ASEAN", "support Timor-Leste to become the 11th member":
	// a bid to join, backed
	{"candidacy", mk(`\b(?:membership|admission|accession)\b`), nil, membershipBackedRe},
	// "su respaldo a las aspiraciones de la República Dominicana a un puesto como miembro no permanente"
	{"candidacy", mk(`\b(?:aspiraciones|aspiracion|aspirations|aspiration|ambitions|ambition)\b`), aspirationToPostRe, otherGovernedRe},
	{"candidacy", mk(`\b(?:to become|becoming)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:full(?:-fledged)?\s+)?members?\b`), nil, membershipBackedRe},
	{"other", mk(`\b(?:processus de transition|processus de reconciliation|processus d'integration|proceso de transicion|proceso de reconciliacion|proceso de integracion|transition process|reconciliation process|integration process|transicion politica|transition politique|political transition)\b`), nil, otherGovernedRe},
}

// aspirationToPostRe: what makes an aspiration a candidacy: a seat, a post
// or a body sought, after the aspiring state's genitive.
var aspirationToPostRe = mkf(`^\s*(?:(?:de|del|de la|de l'|of|of the|d')\s*[^,.;]{1,45}?\s+)?(?:a un puesto|a ocupar|de ocupar|a un asiento|a un escano|a la presidencia|a la secretaria|a integrar|de integrar|to a seat|for a seat|to become|to join|to the post|to chair|a un siege|pour un siege|a devenir|au poste|a la presidence|al cargo|a la direccion|d'integrer|a integrer)\b`)

// membershipBackedRe: a bid to join governed by a support word ("support
// for Timor-Leste's", "support Timor-Leste").
var membershipBackedRe = mkf(`\b(?:support|supports|supported|supporting|backing|backs|backed|back|endorse|endorses|endorsed|endorsement)\s+(?:(?:for|of|to)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+(?:'s?)?\s+(?:(?:full|full-fledged|eventual|future|early|speedy|swift)\s+)?$`)

// otherGovernedRe: a topic "other" counts only as the object of a support
// noun or verb ("plein soutien du Togo au", "total apoyo al", "supports the").
var otherGovernedRe = mkf(`\b(?:soutien|appui|support|supports|supported|backing|apoyo|respaldo|soutient|apoya|respalda|appuyer|soutenir|apoyar|respaldar)"?\s+(?:(?:[\w']+\s+){0,3}(?:au|a la|a l'|aux|al|a|to the|to|for the|for|the|el|la|les|las|los)|(?:for|to)\s+(?:the\s+)?(?:\w+\s+){0,2}\w+'s)\s*$`)

// membersOfRe: an organisation named as the group its members belong to
// ("los países de la Comunidad Andina y del Mercosur respaldan"): the
// members, not the organisation, take the position.
var membersOfRe = mkf(`\b(?:pays|paises|countries|states|etats|estados|miembros|membres|members|naciones|nations)\s+(?:de la |de l'|du |des |de |del |of the |of )\s*(?:[^,.;]{0,45}\s(?:y|et|and|e)\s+(?:de la|de l'|du|des|de|del|of the|of)?\s*)?$`)

// otherSubject returns the subject of a topic "other" without a genitive:
// the side of the communiqué that is not the supporter.
func (x *engine) otherSubject(sups []string) []string {
	for _, c := range []string{x.partner, x.reporting} {
		if c != "" && !contains(sups, c) {
			return []string{c}
		}
	}
	return nil
}

// recognitionRe: the English noun, which recognizeRe's stems miss ("its
// recognition of the sovereignty of the Kingdom of Morocco").
var recognitionRe = mk(`\b(?:recognition)\b`)

var (
	// bidRe: "Timor-Leste's ASEAN and WTO bids", "its OECD membership bid"
	bidRe = mk(`\b(?:bids?|membership bids?|accession bids?|membership applications?|accession applications?)\b`)
	// entryForRe: a vote or support for a state's entry into a body ("el voto de
	// Kuwait a favor de la entrada de República Dominicana al Consejo de Seguridad")
	entryForRe = mk(`\b(?:entrada|ingreso|eleccion|election|entry|admission|admision|adhesion|accession)\b`)
	// forEntryRe: what governs the entry: a vote, a support, "in favour of"
	forEntryRe = mkf(`\b(?:vot\w*|soutien|appui|support\w*|apoyo|apoya\w*|respaldo|respald\w*|backing|a favor de|en faveur de|in favou?r of)\s+(?:[\w']+\s+){0,5}$`)
	// voteOfRe: the voter of "el voto de Kuwait", "the vote of Kuwait"
	voteOfRe = mk(`\b(?:voto|vote|soutien|appui|support|apoyo|respaldo)\b`)
)

// bidsAndEntries is pass 4b”': "X's ORG and ORG bids" (applied, and the
// supporter of the bids supports X's candidacy) and a vote for a state's
// entry into a body (member, and the voter supports the candidacy).
func (x *engine) bidsAndEntries() {
	low := x.f.low
	addMember := func(st, org, status string, sp span) {
		for _, o := range x.members {
			if o.state == st && o.org == org {
				return
			}
		}
		x.members = append(x.members, membership{state: st, org: org, status: status, ev: sp, conf: 0.7})
	}
	addSupport := func(sup, subj string, sp span, conf float64) {
		if sup == "" || sup == subj {
			return
		}
		for _, o := range x.supports {
			if o.supporter == sup && o.subject == subj && o.topic == "candidacy" {
				return
			}
		}
		x.supports = append(x.supports, support{supporter: sup, subject: subj, topic: "candidacy", stance: "support", ev: sp, conf: conf})
	}
	for _, sp := range x.sents {
		for _, m := range x.find(bidRe, sp.s, sp.e) {
			// the organisations coordinated right before the bid
			var orgs []string
			cur := m[0]
			ms := x.mentsIn(max(sp.s, m[0]-80), m[0])
			first := -1
			for i := len(ms) - 1; i >= 0; i-- {
				gap := strings.TrimSpace(low[ms[i].e:cur])
				if ms[i].kind != kOrg || !(gap == "" || gap == "," || gap == "and" || gap == "et" || gap == "y" || gap == "membership") {
					break
				}
				orgs = append(orgs, ms[i].key)
				cur, first = ms[i].s, i
			}
			if len(orgs) == 0 {
				continue
			}
			// the bidder: "X's" within the noun phrase before the organisations
			st := ""
			for i := first - 1; i >= 0; i-- {
				if ms[i].kind == kState && !ms[i].demonym && strings.HasPrefix(low[ms[i].e:min(sp.e, ms[i].e+3)], "'s") && !strings.ContainsAny(low[ms[i].e:cur], ".;") {
					st = ms[i].key
					break
				}
			}
			if st == "" {
				continue
			}
			for _, o := range orgs {
				addMember(st, o, "applied", sp)
			}
			if x.match(supportRe, max(sp.s, ms[0].s-80), cur) {
				sups, conf := x.supportersOf(cur, sp, []string{st})
				for _, sup := range sups {
					addSupport(sup, st, sp, conf)
				}
			}
		}
		for _, m := range x.find(entryForRe, sp.s, sp.e) {
			if !forEntryRe.MatchString(low[max(sp.s, m[0]-60):m[0]]) {
				continue
			}
			st, org := x.stateOrgAfter(m[1], sp)
			if st == "" || org == "" {
				continue
			}
			w := low[m[0]:m[1]]
			status := "joined"
			if w == "entrada" || w == "entry" || strings.HasPrefix(w, "elec") {
				status = "member"
			}
			addMember(st, org, status, sp)
			// the voter: "el voto de Kuwait", else the actor before
			sup := ""
			for _, vm := range x.find(voteOfRe, max(sp.s, m[0]-60), m[0]) {
				for _, mm := range x.mentsIn(vm[1], min(m[0], vm[1]+30)) {
					if mm.kind == kState && mm.key != st && stanceGen.MatchString(low[vm[1]:mm.s]) {
						sup = mm.key
					}
					break
				}
			}
			if sup == "" {
				if sups, _ := x.supportersOf(m[0], sp, []string{st}); len(sups) == 1 {
					sup = sups[0]
				}
			}
			addSupport(sup, st, sp, 0.7)
		}
	}
}

var (
	// seatAgreementRe: "accord de siège", "acuerdo de sede": a host agreement.
	seatAgreementRe = mkf(`\b(?:accords?|acuerdos?|convenios?|conventions?)\s+de\s+$`)
	// orgNounAfterRe: the headquarters "of the organisation" named before.
	orgNounAfterRe = mkf(`^\s*(?:du|de l'|de la|del|de|of the|of)\s*(?:(?:secretariat general|secretariat|secretaria general|general secretariat)\s+(?:de l'|de la|du|del|of the|de)\s*)?(?:ladite |dudit |dicha |dicho |said |this |cette |cet |esta |este )?(?:organisme|organisation|organization|organismo|organizacion|bloc|bloque|institution|institucion|union|alliance|alianza|banco|banque|bank|fondo|fonds|fund|comunidad|communaute|community)\b`)
)

var (
	// institutionsRe: the bodies of an organisation ("the following African
	// Union (AU) Institutions:", "les institutions suivantes de l'UA :")
	institutionsRe = mk(`\b(?:institutions|organes|organs|bodies|agencies|agences|instituciones|organismos|organos)\b`)
	// listColonRe: the list opens right after ("Institutions:", "institutions suivantes :")
	listColonRe = mkf(`^\s*(?:suivantes|suivants|siguientes)?\s*:`)
	// followingRe: "the following" before an English list head
	followingRe = mkf(`\b(?:the following|les|los|las)\s+(?:[\w'()]+\s+){0,6}$`)
	// bracketGapRe: only an acronym in brackets between a name and the next word
	bracketGapRe = mkf(`^\s*(?:\([^()]{1,12}\))?\s*$`)
	// seatedRe: "headquartered, in Yaoundé", "basées à Addis-Abeba", "con sede en Quito"
	seatedRe = mkf(`^\s*(?:headquartered|based|basee?s?|installee?s?|sises?|con sede|establecid[oa]s)\s*,?\s*(?:in|a|en|at)\s+(?:la |le |l'|el |the )?$`)
)

// orgInstitutions is pass 4d': the organisations listed after "the
// following ORG institutions:" are part of ORG, and "the institutions of
// ORG headquartered in X" places those listed before in X.
func (x *engine) orgInstitutions() {
	low := x.f.low
	listed := map[string][]string{} // parent → children listed so far
	for _, sp := range x.sents {
		for _, m := range x.find(institutionsRe, sp.s, sp.e) {
			s, e := m[0], m[1]
			if x.mentAt(s) != nil {
				continue // a word of a name ("Organisation africaine des Institutions supérieures …")
			}
			// the organisation: right before ("African Union (AU) Institutions") or genitive after
			parent, after := "", e
			ms := x.mentsIn(max(sp.s, s-60), s)
			for i := len(ms) - 1; i >= 0; i-- {
				if ms[i].kind == kOrg && ms[i].e <= s && bracketGapRe.MatchString(low[ms[i].e:s]) {
					parent = ms[i].key
					break
				}
			}
			if parent == "" {
				for _, mm := range x.mentsIn(e, min(sp.e, e+40)) {
					if mm.kind == kOrg && genitiveRe.MatchString(low[e:mm.s]) {
						parent, after = mm.key, mm.e
					}
					break
				}
			}
			if parent == "" {
				continue
			}
			if listColonRe.MatchString(low[after:min(len(low), after+14)]) && (followingRe.MatchString(low[max(sp.s, s-80):s]) || after > e) {
				// the list: the next block of lines
				c := after + strings.IndexByte(low[after:], ':') + 1
				end := min(len(low), c+700)
				if p := strings.Index(strings.TrimLeft(low[c:end], " \n\r\t"), "\n\n"); p >= 0 {
					end = c + (len(low[c:end]) - len(strings.TrimLeft(low[c:end], " \n\r\t"))) + p
				}
				for _, mm := range x.mentsIn(c, end) {
					if mm.kind == kOrg && mm.key != parent && !contains(listed[parent], mm.key) {
						listed[parent] = append(listed[parent], mm.key)
						x.parents = append(x.parents, orgRel{org: mm.key, parent: parent, ev: x.spanOf(mm.s), conf: 0.7})
					}
				}
				continue
			}
			// "the three important institutions of the African Union headquartered, in Yaoundé, Cameroon"
			if len(listed[parent]) == 0 || after == e {
				continue
			}
			for _, pm := range x.mentsIn(after, min(sp.e, after+40)) {
				if (pm.capital || pm.kind == kCity) && seatedRe.MatchString(low[after:pm.s]) {
					city := x.doc.Text[x.f.text(pm.s):x.f.textEnd(pm.e)]
					for _, child := range listed[parent] {
						x.hqs = append(x.hqs, orgRel{org: child, state: pm.key, city: city, ev: sp, conf: 0.65})
					}
				}
				break
			}
		}
	}
}

// spanOf returns the sentence holding view offset off.
func (x *engine) spanOf(off int) span {
	for _, sp := range x.sents {
		if sp.s <= off && off < sp.e {
			return sp
		}
	}
	return span{off, off}
}

// backingWords are the words of support that may stand right before the
// person supported; backingGlue the words that may come between them.
var (
	backingWords = setOf(`respaldo apoyo soutien support backing endorsement respaldan respaldaron apoyan apoyaron soutiennent supports supported endorsed endorse backs backed`)
	backingGlue  = setOf(`mr. mr mrs. mrs ms. m. mme dr. sr. sra. h.e. s.e. a al à to for de du la le el the candidature candidatura candidacy postulacion postulation of del`)
)

// backedBefore reports whether the words before a name end with a word of
// support, skipping prepositions and "candidatura de" ("expresaron su
// respaldo a", "their support for the candidacy of").
func backedBefore(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		w := strings.Trim(ws[k], ",;:")
		if backingWords[w] {
			return true
		}
		if !backingGlue[w] {
			return false
		}
	}
	return false
}

// backedTitled reports whether the words before a name are a word of
// support followed by the name's own title ("son soutien à la ministre
// rwandaise des Affaires étrangères, X", "supports Rwandan Foreign Minister
// X"): glue, title and portfolio words, and adjectives of nationality.
func backedTitled(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		w := strings.Trim(ws[k], ",;:")
		if backingWords[w] {
			// the support goes to the name ("soutien à la ministre", "supports
			// Rwandan"), not comes from it ("l'appui du chef de l'État")
			next := strings.Trim(ws[min(k+1, len(ws)-1)], ",;:")
			return k < len(ws)-1 && !ofWords[next]
		}
		if !backingGlue[w] && !titleWords[w] && !nationalityAdj(w) {
			return false
		}
	}
	return false
}

// ofWords are the prepositions of a support's author ("le soutien du
// président X").
var ofWords = setOf(`du de des del of from d'`)

// titleWords are the words of an office title before a name.
var titleWords = setOf(`ministre ministra ministro minister foreign affairs affaires etrangeres exteriores relaciones asuntos exterior external president presidente presidenta presidential premier prime secretary secretaire secretaria secretario general state etat estado ambassador ambassadeur ambassadrice embajador embajadora des of the la le el de del du et and y cooperation cooperacion international internationale`)

// nationalityAdj reports whether w looks like an adjective of nationality
// ("rwandaise", "rwandan", "keniano").
func nationalityAdj(w string) bool {
	for _, suf := range []string{"aise", "ais", "ienne", "ien", "ian", "an", "ano", "ana", "ese", "ois", "oise", "ite", "ien"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// backingKeys are the words of backing a sentence needs for
// personCandidacySupports to look at it.
var backingKeys = newKeySet("respald", "apoy", "soutien", "support", "backing", "endorse", "backs", "backed")

// personCandidacySupports is pass 4e: states expressing support for a
// person standing for a post ("Costa Rica, Ecuador y República Dominicana
// expresaron su respaldo a Ramdin como el próximo secretario general")
// support the candidacy of the person's state.
func (x *engine) personCandidacySupports() {
	low := x.f.low
	context := -1 // whether the text speaks of a post to stand for, decided on first need
	for _, sp := range x.sents {
		if !x.contains(backingKeys, sp.s, sp.e) {
			continue
		}
		pms := append(append([]pmention{}, pmRange(x.pms, sp.s, sp.e)...), pmRange(x.refs, sp.s, sp.e)...)
		for _, pm := range pms {
			if pm.p == nil || pm.s <= sp.s {
				continue
			}
			if !backedBefore(low[max(sp.s, pm.s-60):pm.s]) && !backedTitled(low[max(sp.s, pm.s-90):pm.s]) {
				continue
			}
			st := pm.p.states()
			subjOrg := false
			if len(st) == 0 {
				if o := pm.p.office("secretary_general"); o != nil && o.org != "" {
					// "Pakistan's full support for Mr. Guterres's re-appointment": the organisation he heads
					st, subjOrg = []string{o.org}, true
				}
			}
			if len(st) != 1 {
				continue
			}
			if context < 0 {
				context = 0
				if containsAny(low, "candidat", "postula", "secretari", "secretary", "secretaire", "eleccion", "election", "elected", "elu ", "elegid", "director", "presiden") {
					context = 1
				}
			}
			if context == 0 {
				return // no post to stand for
			}
			subj := st[0]
			var sups []string
			for _, m := range x.mentsIn(sp.s, pm.s) {
				if m.kind == kState && !m.demonym && m.key != subj && !contains(sups, m.key) && !x.matchIn(locativeRe, max(sp.s, m.s-12), m.s) {
					sups = append(sups, m.key)
				}
			}
			if len(sups) == 0 && containsAny(low[sp.s:sp.e], "candida", "postula", "elect", "eleccion", " bid") {
				// "Le président français Emmanuel Macron a apporté son soutien à … X, candidate à …": the backer's state
				for _, q := range pmRange(x.pms, sp.s, pm.s) {
					if q.p != nil && q.p != pm.p && len(q.p.states()) == 1 && q.p.states()[0] != subj && !contains(sups, q.p.states()[0]) {
						sups = append(sups, q.p.states()[0])
					}
				}
			}
			for _, sup := range sups {
				dup := false
				for _, s := range x.supports {
					dup = dup || s.supporter == sup && s.subject == subj && s.topic == "candidacy"
				}
				if !dup {
					x.supports = append(x.supports, support{supporter: sup, subject: subj, subjOrg: subjOrg, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
				}
			}
		}
	}
}

// compriseRe is an organisation, or a noun standing for the one just named,
// followed by a verb that lists its members.
// memberPreambleRe: what may stand between a verb of comprising and the
// list of members ("compte, outre la Tunisie, 19 pays membres :", "has 15
// member states:", "cuenta con 12 países miembros:").
var memberPreambleRe = mkf(`^\s*,?\s*(?:(?:outre|besides|apart from|ademas de|aparte de)\s+[^,:;.]{1,40},\s*)?(?:(?:con|de|of)\s+)?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:pays|etats|states|countries|paises|estados|nations|naciones|membres|members|miembros)(?:\s+(?:membres|members|miembros|member states))?\s*:?\s*`)

var compriseRe = mk(`\b(?:(?:asientos|sieges|seats) permanent(?:es|s)?\s*[-(,]?\s*(?:que ocupan|occupes par|held by|occupied by)|(?:compte|comptent|cuenta|cuentan|counts|has|have) (?:comme|como|as) (?:pays |etats |paises |estados |states |countries )?(?:membres|miembros|members)|comprend|comprenait|compte|regroupe|englobe|englobait|aglutina|aglutinaba|engloba|englobaba|unites|(?:had |has )?(?:previously |originally )?comprised|rassemble|reunit|includes|comprises|consists of|is made up of|brings together|groups|agrupa|incluye|comprende|reune|esta integrad[oa] por|esta compuest[oa] por|est composee? de|se compose de|(?:integrad[oa]|compuest[oa]|conformad[oa]|formad[oa]) (?:tambien |ademas |actualmente |hoy |ahora |hoy en dia )?por|(?:composee?|constituee?|formee?) (?:aussi |egalement )?(?:du|des|de|par)|(?:made up|composed|formed) (?:also )?(?:of|by)|comprising|(?:cuenta con|contaba con|tiene|tenia|compte|comptait|has|had) \d+ (?:estados |paises |etats |pays |member |)(?:miembros|membres|members|states|countries|estados|paises|etats|pays),? (?:entre ellos|entre los cuales|incluidos|dont|parmi lesquels|including|among them|a savoir|namely|a saber|to wit|soit)|(?:de los cuales|dont|of which|among which)[^.()]{0,40}\(|(?:miembros|membres|members)(?: permanentes| permanents| permanent)?\s*:)\s*(?:(?:desormais|aujourd'hui|now|today|actualmente|ahora)\s+)?`)

// orgNounRe opens a sentence with a noun standing for an organisation.
var orgNounRe = mkf(`^(?:la communaute|l'organisation|le bloc|l'union|the community|the organi[sz]ation|the bloc|the union|la comunidad|la organizacion|el bloque|la union)\b`)

// orgNounBeforeRe ends a noun standing for the organisation just named,
// right before the verb that lists its members.
var orgNounBeforeRe = mkf(`\b(?:communaute|organisation|organization|organisation|bloc|union|community|comunidad|organizacion|bloque|alliance|alianza|grouping|groupement|agrupacion|grupo|groupe|group)(?:\s+[\w-]+){0,2}\s*,?\s*$`)

// addMember records that state st is a member of org (with a status),
// unless the membership is already recorded.
func (x *engine) addMember(st, org, status string, sp span, conf float64) {
	if x.hasMember(st, org) {
		return
	}
	x.members = append(x.members, membership{state: st, org: org, status: status, ev: sp, conf: conf})
}

// comprisedMembers is pass 4f: "La communauté comprend le Burundi, le
// Kenya… et la République démocratique du Congo": the listed states are
// members of the organisation the sentence is about.
func (x *engine) comprisedMembers() {
	low := x.f.low
	lastOrg := ""
	for _, sp := range x.sents {
		org := ""
		for _, m := range x.find(compriseRe, sp.s, sp.e) {
			for _, om := range x.mentsIn(sp.s, m[0]) {
				if om.kind == kOrg {
					org = om.key
				}
			}
			if org == "" && proDropCopulaRe.MatchString(low[sp.s:m[0]]) {
				// "El Parlacen, con sede en …, es el órgano … del SICA. Está compuesto por
				// seis países": the subject of the sentence before
				if prev, ok := x.sentenceBefore(sp); ok {
					for _, om := range x.mentsIn(prev.s, prev.e) {
						if om.kind == kOrg {
							org = om.key
							break
						}
					}
				}
			}
			if org == "" && (orgNounRe.MatchString(low[sp.s:m[0]]) || orgNounBeforeRe.MatchString(low[max(sp.s, m[0]-60):m[0]])) {
				org = lastOrg // "la organización subregional, integrada también por …"
			}
			if org == "" {
				break
			}
			from := m[1]
			if strings.HasPrefix(low[from:min(sp.e, from+2)], "a ") {
				from += 2 // "grupo que incluye a Rusia, China…": the personal "a"
			}
			if pm := memberPreambleRe.FindStringIndex(low[from:min(sp.e, from+90)]); pm != nil {
				from += pm[1] // "compte, outre la Tunisie, 19 pays membres : le Burundi, …"
			}
			list := x.stateListAfter(from, sp)
			if len(list) == 0 {
				// "composé de quinze membres : cinq permanents pourvus du droit de veto (Chine, États-Unis…)"
				if p := strings.IndexByte(low[from:min(sp.e, from+80)], '('); p >= 0 && !strings.ContainsAny(low[from:from+p], ".;") {
					if l := x.stateListAfter(from+p+1, sp); len(l) >= 2 {
						list = l
					}
				}
			}
			if len(list) == 0 {
				continue // "La OCDE reúne hoy a 38 Estados, de los cuales … (A, B…)": the list comes later
			}
			for _, st := range list {
				x.addMember(st, org, "member", sp, 0.6)
			}
			break
		}
		if x.matchIn(accessionWordRe, sp.s, sp.e) {
			x.accessionCandidates(sp, lastOrg)
		}
		x.applicantList(sp, lastOrg)
		x.joinedMembers(sp, lastOrg)
		x.parenMembers(sp)
		for _, m := range x.mentsIn(sp.s, sp.e) {
			if m.kind == kOrg && !passiveAgentBeforeRe.MatchString(low[max(sp.s, m.s-12):m.s]) {
				lastOrg = m.key // not "reconnue par l'Union africaine": an agent, not the topic
			}
		}
	}
}

// passiveAgentBeforeRe ends the preposition of a passive's agent ("reconnue par
// l'Union africaine", "recognised by the AU", "reconocida por la UA").
var passiveAgentBeforeRe = mkf(`\b(?:par|by|por)\s+(?:l'|la |le |les |the |el |los )?$`)

// parenMembers records the states listed in parentheses right after an
// organisation ("los países de la Alianza del Pacífico (Chile, Perú y
// México)") as its members: two states or more, and nothing else inside.
func (x *engine) parenMembers(sp span) {
	low := x.f.low
	for _, om := range x.mentsIn(sp.s, sp.e) {
		if om.kind != kOrg {
			continue
		}
		i := om.e
		for i < sp.e && low[i] == ' ' {
			i++
		}
		if i >= sp.e || low[i] != '(' {
			continue
		}
		if ms := x.mentsIn(i+1, min(sp.e, i+40)); len(ms) > 0 && ms[0].kind == kOrg && ms[0].key == om.key && strings.TrimSpace(low[i+1:ms[0].s]) == "" {
			// "el Mercado Común del Sur (MERCOSUR, Argentina, Brasil…)": the acronym, then the members
			j := skipSpaces(low, ms[0].e)
			if j >= sp.e || low[j] != ',' {
				continue
			}
			i = j
		}
		list := x.stateListAfter(i+1, sp)
		if len(list) < 2 {
			continue
		}
		// the list must close the parenthesis
		last := i + 1
		for _, m := range x.mentsIn(i+1, sp.e) {
			if m.kind == kState && contains(list, m.key) {
				last = m.e
			} else {
				break
			}
		}
		if strings.TrimSpace(low[last:min(sp.e, last+3)]) == "" || low[skipSpaces(low, last)] != ')' {
			continue
		}
		for _, st := range list {
			x.addMember(st, om.key, "member", sp, 0.6)
		}
	}
}

// observerListRe is an observer status held in several organisations
// listed after a colon ("bénéficie du statut de membre observateur dans
// neuf organisations régionales: …").
var observerListRe = mkf(`\b(?:statut (?:de membre )?d'observateur|statut de membre observateur|observer status|status of observer|estatus de (?:miembro )?observador|estatuto de (?:miembro )?observador|calidad de observador)\b[^.:;]{0,80}:`)

// ownCountryRe ends "notre pays", "our country", "nuestro país".
var ownCountryRe = mkf(`\b(?:notre pays|our country|nuestro pais|le royaume|the kingdom|el reino)\b`)

// observerLists records each organisation listed after such a status as one
// the subject state observes: the state named before the status, or the
// reporting state for "notre pays".
func (x *engine) observerLists() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.matchIn(observerListRe, sp.s, sp.e) {
			continue
		}
		m := observerListRe.FindStringIndex(low[sp.s:sp.e])
		if m == nil {
			continue
		}
		s, e := sp.s+m[0], sp.s+m[1]
		st, at := "", -1
		for _, mm := range x.mentsIn(sp.s, s) {
			if mm.kind == kState {
				st, at = mm.key, mm.s
			}
		}
		if loc := ownCountryRe.FindAllStringIndex(low[sp.s:s], -1); len(loc) > 0 && sp.s+loc[len(loc)-1][0] > at && x.reporting != "" {
			st = x.reporting // "notre pays bénéficie du statut…": the reporting state
		}
		if st == "" {
			continue
		}
		for _, om := range x.mentsIn(e, sp.e) {
			if om.kind != kOrg {
				continue
			}
			x.addMember(st, om.key, "observer", sp, 0.6)
		}
	}
}

// accessionWordRe and applicantsRe: accession talks "with six candidates
// (A, B …)": the listed states applied to join.
var (
	accessionWordRe = mkfi(`\b(?:adhesion|accession|ingreso|incorporacion)\b`)
	applicantsRe    = mk(`\b(?:candidatos|candidatas|candidates|candidats|aspirantes|candidate countries|candidate states)\s*(?:\(|:|,)?\s*`)
)

// accessionCandidates records the states listed after "candidates" in a
// sentence about accession as applicants to the organisation the sentence
// names, else to the one named last (lastOrg) when a noun stands for it.
func (x *engine) accessionCandidates(sp span, lastOrg string) {
	for _, m := range x.find(applicantsRe, sp.s, sp.e) {
		org := ""
		for _, om := range x.mentsIn(sp.s, m[0]) {
			if om.kind == kOrg {
				org = om.key
			}
		}
		if org == "" && x.matchIn(orgNounAnyRe, sp.s, m[0]) {
			org = lastOrg
		}
		if org == "" {
			return
		}
		for _, st := range x.stateListAfter(m[1], sp) {
			x.addMember(st, org, "applied", sp, 0.55)
		}
		return
	}
}

// orgNounAnyRe is a noun standing for an organisation named before.
var orgNounAnyRe = mkfi(`\b(?:la communaute|l'organisation|le bloc|the community|the organi[sz]ation|the bloc|la comunidad|la organizacion|el bloque|el organismo|l'organisme)\b`)

// capitalsOnly reports whether s holds only capitalised words, commas and
// spaces: the rest of a name ("République du Burkina Faso," after "Burkina").
func capitalsOnly(s string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= 0x80) {
			return false
		}
	}
	return true
}

// observersColonRe is a plural of observers before a colon and the list of
// them ("tiene seis observadores regionales: Argentina, Brasil…").
var observersColonRe = mk(`\b(?:observadores|observateurs|observers)(?:\s+(?:y|et|and|regionales|extrarregionales|regionaux|extra-regionaux|extraregionaux|regional|extra-regional|extraregional|permanentes|permanents|permanent)){0,3}\s*:\s*`)

// listedObservers records the states listed after "N observers:" as
// observers of the organisation the sentence names before the list, else of
// the organisation of the text (the subject "it").
func (x *engine) listedObservers() {
	x.listAfterCue(observersColonRe, "observer")
	x.listAfterCue(observersAddedRe, "observer")
	x.listAfterCue(memberListColonRe, "member")
	x.listAfterCue(whichAreColonRe, "member")
	x.listAfterCue(formingGroupColonRe, "member")
	x.listAfterCue(asObserversRe, "observer")
	x.listAfterCue(observersAreRe, "observer")
	x.listAfterCue(extraObserversAreRe, "observer")
	x.listAfterCueAfter(membersAreRe, "member", ownMembersBeforeRe)
	x.listAfterCue(nthMemberAfterRe, "member")
	x.electedBeforeList()
	x.foundingMembers()
	x.relativeMembers()
	x.joinedFellows()
	x.listAfterCue(groupMembersCommaRe, "member")
}

// joinsFellowsRe: a new member joining the states listed after it ("La
// Somalie rejoint désormais le Burundi, le Kenya … au sein du bloc").
var joinsFellowsRe = mk(`\b(?:rejoint|rejoignent|joins|se une a|se suma a|se une al|se suma al)\s+(?:(?:desormais|ainsi|now|thus|ahora|asi)\s+)?`)

// withinBlocRe: where the fellows are, after their list.
var withinBlocRe = mkf(`^\s*,?\s*(?:au sein d[ue']|au sein de la|within|in|en el seno d[el]|dentro d[el]|dans)\s*(?:le |la |l'|the |el )?(?:bloc|bloque|organisation|organization|organizacion|groupe|group|grupo|union|communaute|community|comunidad|alliance|alianza)?`)

// joinedFellows records the states a new member joins "au sein du bloc"
// as members of the organisation of the text (or the one named there).
func (x *engine) joinedFellows() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(joinsFellowsRe, sp.s, sp.e) {
			states := x.stateListAfter(m[1], sp)
			if len(states) < 2 {
				continue
			}
			last := m[1]
			for _, mm := range x.mentsIn(m[1], sp.e) {
				if mm.kind == kState && contains(states, mm.key) {
					last = mm.e
				}
			}
			w := withinBlocRe.FindStringIndex(low[last:min(sp.e, last+40)])
			if w == nil || w[1] == 0 {
				continue
			}
			org := ""
			if ms := x.mentsIn(last+w[1]-1, min(sp.e, last+w[1]+40)); len(ms) > 0 && ms[0].kind == kOrg {
				org = ms[0].key
			}
			if org == "" {
				org = x.mainOrg(m[0])
			}
			if org == "" {
				continue
			}
			for _, st := range states {
				x.addMember(st, org, "member", sp, 0.6)
			}
		}
	}
}

// relativeMembersRe: states that make up an organisation, told in a
// relative clause ("Chile, Colombia, México y Perú, que integran el
// mecanismo Alianza del Pacífico", "Argentina -que integra el Mercosur
// junto con Brasil…-", "les pays qui composent la CEDEAO").
var relativeMembersRe = mk(`\b(?:que integran|que conforman|que componen|que forman|que integra|que conforma|qui composent|qui forment|qui constituent|that make up|that form|which make up|who make up)\s+`)

// relativeGapRe is what stands between the states and their relative.
var relativeGapRe = mkf(`^\s*(?:,|-|–|—|\()?\s*$`)

// withTheseRe opens the fellow members after the organisation: "junto con
// Brasil, Paraguay…", "avec le Bénin…", "along with …".
var withTheseRe = mkf(`^\s*(?:,\s*)?(?:junto con|junto a|con|avec|along with|together with|with)\s+`)

// groupMembersCommaRe: "los actuales integrantes del grupo, Argentina,
// Brasil…", "the current members of the bloc, A, B…".
var groupMembersCommaRe = mk(`\b(?:integrantes|miembros|membres|members)\s+(?:actuales\s+|actuels\s+|current\s+)?(?:del grupo|del bloque|de la organizacion|du groupe|du bloc|de l'organisation|of the group|of the bloc|of the organi[sz]ation)\s*,\s*`)

// relativeMembers records the states before a relative "que integran ORG"
// and those "junto con" after the organisation as its members.
func (x *engine) relativeMembers() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(relativeMembersRe, sp.s, sp.e) {
			var org *ment
			for _, mm := range x.mentsIn(m[1], min(sp.e, m[1]+60)) {
				if mm.kind == kOrg {
					org = &mm
				}
				break
			}
			if org == nil {
				continue
			}
			var states []string
			ms := x.mentsIn(sp.s, m[0])
			if n := len(ms); n > 0 && ms[n-1].kind == kState && !ms[n-1].demonym && relativeGapRe.MatchString(low[ms[n-1].e:m[0]]) {
				states = x.coordBefore(ms[n-1], sp, kState)
			}
			if w := withTheseRe.FindStringIndex(low[org.e:sp.e]); w != nil {
				states = append(states, x.stateListAfter(org.e+w[1], sp)...)
			}
			if len(states) < 2 {
				continue
			}
			for _, st := range states {
				x.addMember(st, org.key, "member", sp, 0.6)
			}
		}
	}
}

// foundedOrgRe: states creating an organisation ("Ces trois pays ont créé
// en septembre l'Alliance des États du Sahel", "Chile, Colombia, México y
// Perú fundaron la Alianza del Pacífico").
var foundedOrgRe = mk(`\b(?:ont cree|ont fonde|avaient cree|avaient fonde|created|founded|co-founded|crearon|fundaron|constituyeron|han creado|han fundado)\b`)

// foundingMembers records the states that create an organisation as its
// members: those coordinated right before the verb, or "ces trois pays".
func (x *engine) foundingMembers() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(foundedOrgRe, sp.s, sp.e) {
			var org string
			for _, mm := range x.mentsIn(m[1], min(sp.e, m[1]+50)) {
				if mm.kind == kOrg {
					org = mm.key
				}
				break
			}
			if org == "" {
				continue
			}
			states := x.numberedCountries(sp, m[0])
			if states == nil {
				ms := x.mentsIn(sp.s, m[0])
				if n := len(ms); n > 0 && ms[n-1].kind == kState && !ms[n-1].demonym && strings.TrimSpace(low[ms[n-1].e:m[0]]) == "" {
					states = x.coordBefore(ms[n-1], sp, kState)
				}
			}
			if len(states) < 2 {
				continue
			}
			for _, st := range states {
				x.addMember(st, org, "member", sp, 0.6)
			}
		}
	}
}

// electedToRe: an election told before the body and the states elected
// ("fueron elegidos en el Consejo de Derechos Humanos Libia, Mauritania…",
// "Also elected to the Council were …", "Ont été élus au Conseil …").
var electedToRe = mk(`\b(?:fueron (?:\w+ )?(?:elegidos|electos)|resultaron (?:\w+ )?(?:elegidos|electos)|han sido (?:\w+ )?(?:elegidos|electos)|elected|(?:ont|avaient) (?:\w+ )?ete elus|sont (?:\w+ )?elus|furent (?:\w+ )?elus)\s+(?:(?:este|ce|this|el|le|on|hoy|aujourd'hui|today|jueves|lunes|martes|miercoles|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi)\s+){0,2}(?:en el|en la|en|al|a la|a|to the|to|on the|au|a l'|dans le|de)\s*`)

// electedListGapRe is what stands between the body and the states elected.
var electedListGapRe = mkf(`^\s*(?:de las naciones unidas|des nations unies|of the united nations|de la onu|de l'onu)?\s*(?:,\s*)?(?:(?:were|fueron|furent|sont|ont ete)\s+)?`)

// besidesListRe opens a sentence with states that share the fact told
// after ("Además de Venezuela y Brasil, …").
var besidesListRe = mkf(`^\W*(?:ademas de|aparte de|besides|in addition to|apart from|outre)\s+`)

// electedBeforeList records the states listed after "elected to BODY" as
// its members, with those of a leading "Además de A y B,".
func (x *engine) electedBeforeList() {
	low := x.f.low
	for _, sp := range x.sents {
		for _, m := range x.find(electedToRe, sp.s, sp.e) {
			ms := x.mentsIn(m[1], min(sp.e, m[1]+12))
			if len(ms) == 0 || ms[0].kind != kOrg {
				continue
			}
			org := ms[0]
			g := electedListGapRe.FindStringIndex(low[org.e:sp.e])
			states := x.stateListAfter(org.e+g[1], sp)
			if len(states) < 2 {
				continue
			}
			if b := besidesListRe.FindStringIndex(low[sp.s:m[0]]); b != nil {
				states = append(x.stateListAfter(sp.s+b[1], sp), states...)
			}
			for _, st := range states {
				x.addMember(st, org.key, "member", sp, 0.6)
			}
		}
	}
}

// nthMemberAfterRe: a state joining as the next member "after" those
// listed ("devenant le huitième membre de l'Union après le Burundi, la
// RDC…", "the tenth member after A, B…"): the listed states are members.
var nthMemberAfterRe = mk(`\b(?:membre|member|miembro)\b[^.;]{0,40}?\b(?:apres|after|tras|despues de)\s+`)

// observersAreRe: "Los observadores regionales son México, Chile…", "les
// pays observateurs sont …", "the observers are …": the list after the copula.
var observersAreRe = mk(`\b(?:observadores|observateurs|observers)(?:\s+(?:regionales|extrarregionales|extraregionales|regionaux|extra-regionaux|extraregionaux|regional|extra-regional|extraregional|permanentes|permanents|permanent|actuales|actuels|current))*\s+(?:son|sont|are|were|eran|etaient|incluyen|include|comprennent)\s+`)

// extraObserversAreRe: the second list of observers in a sentence, "… y
// los extrarregionales son Taiwán, España…".
var extraObserversAreRe = mk(`\b(?:extrarregionales|extraregionales|extra-regionaux|extraregionaux|extra-regional)\s+(?:ones\s+)?(?:son|sont|are)\s+`)

// membersAreRe: "Los miembros plenos son A, B…", "its founding members are
// …" (but "the new members are" tells who joined: another rule).
var membersAreRe = mk(`\b(?:member states|member countries|members|miembros|membres|estados miembros|paises miembros|etats membres|pays membres)(?:\s+(?:plenos|de pleno derecho|fundadores|fondateurs|actuales|actuels|permanentes|permanents))?\s+(?:son|sont|are|were|eran|etaient)\s+`)

// whichAreColonRe: "integrado por 15 miembros, cinco de los cuales son
// permanentes: China, Francia…", "dont cinq permanents : …".
var whichAreColonRe = mk(`\b(?:de los cuales|de las cuales|dont|of which|of whom)\b[^.:;]{0,40}:\s*`)

// formingGroupColonRe: "acronyme des cinq pays qui forment actuellement le
// groupe : le Brésil, la Russie…".
var formingGroupColonRe = mk(`\b(?:qui|que|that|which)\s+(?:forment|composent|constituent|conforman|integran|componen|form|make up)\s+(?:actuellement\s+|actualmente\s+|currently\s+|today\s+)?(?:le|la|el|the|l')\s*(?:groupe|grupo|group|bloc|bloque|organisation|organizacion|organization|organisation)\s*:\s*`)

// asObserversRe: "como observadores España, México y Taiwán", "and as
// observers Spain, Mexico…": the observers listed right after.
var asObserversRe = mk(`\b(?:como|as|comme|en tant qu')\s+(?:(?:estados|paises|pays|etats|states|countries)\s+)?(?:observadores|observateurs|observers)\s+`)

// memberListColonRe is a plural of members before a colon and the list of
// them ("suma ahora once miembros plenos: Brasil, Rusia…", "its members: A, B").
var memberListColonRe = mk(`\b(?:miembros|membres|members|member states|member countries|estados miembros|paises miembros|etats membres|pays membres)(?:\s+(?:plenos|de pleno derecho|de plein droit|fondateurs|fundadores|founding|permanentes|permanents))?\s*:\s*`)

// observersAddedRe is an organisation taking in states as observers, before
// the list of them ("ha sumado ya como observadores a A, B…", "has admitted
// as observers A, B…").
var observersAddedRe = mk(`\b(?:ha sumado|ha incorporado|ha admitido|ha acogido|sumo|incorporo|admitio|a admis|a accueilli|admet|has admitted|admitted|has welcomed|welcomed)\s+(?:ya\s+|deja\s+|already\s+)?(?:como|en tant qu'|as)\s+(?:(?:paises|estados|pays|etats|countries|states)\s+)?(?:observadores|observateurs|observers)\s+(?:a\s+)?`)

// listAfterCue records the states listed (two at least) after each match
// of cue with status, for the organisation the sentence names before the
// cue, else the organisation of the text.
func (x *engine) listAfterCue(cue *kre, status string) {
	x.listAfterCueAfter(cue, status, nil)
}

// ownMembersBeforeRe ends the determiner (and the qualifier) of an
// organisation's members: "its founding", "the", "los" (but not "the new":
// who joined is another rule's).
var ownMembersBeforeRe = mkf(`\b(?:its|their|sus|ses|leurs|the|los|las|les)\s+(?:(?:founding|full|current|permanent|fundadores|plenos|actuales|fondateurs|actuels|permanents|permanentes)\s+)?$`)

// listAfterCueAfter is listAfterCue where the text right before the cue
// must match before (when set).
func (x *engine) listAfterCueAfter(cue *kre, status string, before *fre) {
	for _, sp := range x.sents {
		for _, m := range x.find(cue, sp.s, sp.e) {
			if before != nil && !before.MatchString(x.f.low[max(sp.s, m[0]-30):m[0]]) {
				continue
			}
			states := x.stateListAfter(m[1], sp)
			if len(states) < 2 {
				continue
			}
			org := x.orgOfSentence(m[0], sp)
			if org == "" {
				continue
			}
			for _, st := range states {
				x.addMember(st, org, status, sp, 0.6)
			}
		}
	}
}

// parenPlaceRe is the opening of a place in parentheses after a state ("Senegal (en El Aaiún)").
var parenPlaceRe = mkf(`^\s*\(\s*(?:en|a|à|in|at)?\s*$`)

// parenPlacePairs lists the "State (en City)" items after view offset e in
// sentence sp: each sender with the city of its mission.
func (x *engine) parenPlacePairs(e int, sp span) [][2]place {
	low := x.f.low
	var out [][2]place
	ms := x.mentsIn(e, sp.e)
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.kind != kState || a.demonym || a.capital || !(b.capital || b.kind == kCity) || !parenPlaceRe.MatchString(low[a.e:b.s]) || b.e >= len(low) || !strings.HasPrefix(strings.TrimLeft(low[b.e:], " "), ")") {
			continue
		}
		out = append(out, [2]place{{a.key, ""}, {b.key, x.doc.Text[x.f.text(b.s):x.f.textEnd(b.e)]}})
		i++
	}
	return out
}

// oneOfMembersRe: a state "one of the twelve countries that make up the
// bloc", its fellow members listed after "junto a", "along with".
var oneOfMembersRe = mk(`\b(?:uno de los|una de las|l'un des|l'une des|one of the)\s+(?:\w+\s+)?(?:paises|estados|pays|etats|countries|states|nations|naciones|miembros|membres|members)\s+(?:que (?:forman|integran|componen|conforman)|qui (?:forment|composent)|that (?:make up|form|comprise)|(?:miembros|membres|members) (?:de|du|of))\b`)

// withListRe opens the fellow members after the bloc ("…, junto a A, B y C").
var withListRe = mk(`\b(?:junto a|junto con|aux cotes de|avec|along with|together with|alongside)\s+`)

// oneOfMembers records the state "one of the N countries that form" an
// organisation, and the states listed with it, as its members. The
// organisation is the one the phrase names, else the last one named before.
func (x *engine) oneOfMembers() {
	for _, sp := range x.sents {
		for _, m := range x.find(oneOfMembersRe, sp.s, sp.e) {
			org := ""
			for _, om := range x.mentsIn(m[1], min(sp.e, m[1]+60)) {
				if om.kind == kOrg {
					org = om.key
					break
				}
			}
			subj := ""
			for _, mm := range x.mentsIn(max(0, sp.s-1), m[0]) {
				if mm.kind == kOrg && org == "" {
					org = mm.key
				}
				if mm.kind == kState && !mm.demonym {
					subj = mm.key
				}
			}
			if org == "" {
				continue
			}
			states := []string{}
			if subj != "" {
				states = append(states, subj)
			}
			if w := x.find(withListRe, m[1], sp.e); len(w) > 0 {
				states = append(states, x.stateListAfter(w[0][1], sp)...)
			}
			if len(states) < 2 {
				continue
			}
			for _, st := range states {
				x.addMember(st, org, "member", sp, 0.6)
			}
		}
	}
}

// membersColonRe: the member states before a colon and a list of their
// representatives ("los cancilleres de los países miembros: X, de Brasil; Y, de Uruguay").
var membersColonRe = mk(`\b(?:paises miembros|estados miembros|pays membres|etats membres|member states|member countries)\s*:\s*`)

// itemStateRe ends the preposition of an item's state ("X, de Brasil").
var itemStateRe = mkf(`(?:,\s*|\s)(?:de|del|de la|du|de l'|d'|of|from)\s*$`)

// newMembersAreRe introduces the list of an organisation's new members:
// "Ces nouveaux arrivants sont le Chili, …", "The new members are …",
// "Los nuevos miembros son …".
var newMembersAreRe = mk(`\b(?:nouveaux|new|nuevos)\s+(?:membres|arrivants|adherents|entrants|members|entrants|miembros|integrantes)\s+(?:sont|are|son)\s*:?\s*`)

// composedOfRe opens the list of the states an organisation is made of:
// "este grupo, que conforman Colombia, Chile, México y Perú".
var composedOfRe = mk(`\b(?:regroupant|rassemblant|grouping|bringing together|agrupando|que conforman|que integran|que componen|(?:conformad[oa]|integrad[oa]|compuest[oa]) (?:actualmente |hoy |ahora )?por|composee? de|formee? de|made up of|composed of|comprising|qui regroupe|qui rassemble|que agrupa|que reune)\b`)

// composedMembers is pass 4b”: the states an organisation is said to be
// made of are its members.
func (x *engine) composedMembers() {
	x.listAfterCue(composedOfRe, "member") // "la CAN, integrada por …", "este grupo, que conforman …"
}

// listItemRe ends the glue before an item of a list: ", la", " et l'", ", and".
var listItemRe = mkf(`(?:^|,|\bet|\band|\by|\be)\s*(?:(?:le|la|les|l'|el|los|las|the)\s*)?$`)

// newMembers is pass 4b': the states listed as an organisation's new members joined it.
func (x *engine) newMembers() {
	for _, sp := range x.sents {
		for _, m := range x.find(newMembersAreRe, sp.s, sp.e) {
			org := x.orgOfSentence(m[0], sp)
			if org == "" {
				continue
			}
			for _, st := range x.itemStates(m[1], sp, listItemRe, 8) {
				if si, ok := x.g.State(st); ok && si.Independent {
					x.addMember(st, org, "joined", sp, 0.6) // (not "la Polynésie française", a territory)
				}
			}
		}
	}
}

// itemStates returns the states named, once each, in sentence sp after
// view offset from whose preceding back bytes glue ends: the items of a
// list ("le Chili, l'Angola", "X, de Brasil; Y, de Uruguay").
func (x *engine) itemStates(from int, sp span, glue *fre, back int) []string {
	var states []string
	for _, mm := range x.mentsIn(from, sp.e) {
		if mm.kind == kState && !mm.demonym && !mm.capital && glue.MatchString(x.f.low[max(from, mm.s-back):mm.s]) && !contains(states, mm.key) {
			states = append(states, mm.key)
		}
	}
	return states
}

// colonMembers records the states of the items listed after "member
// states:" ("Mauro Vieira, de Brasil; …") as members of the organisation
// the sentence names, else of the organisation of the text.
func (x *engine) colonMembers() {
	for _, sp := range x.sents {
		for _, m := range x.find(membersColonRe, sp.s, sp.e) {
			org := x.orgOfSentence(m[0], sp)
			if org == "" {
				continue
			}
			states := x.itemStates(m[1], sp, itemStateRe, 10)
			if len(states) < 2 {
				continue
			}
			for _, st := range states {
				x.addMember(st, org, "member", sp, 0.6)
			}
		}
	}
}

// submittedRe: applications filed, then the list of applicants ("some have
// already formally submitted applications, including Venezuela, …").
var submittedRe = mkf(`\b(?:submitted|filed|lodged|presented|have applied|formally applied|ont depose|ont presente|ont soumis|han presentado|presentaron)\s+(?:\w+\s+)?(?:applications?|requests?|bids?|candidatures?|demandes?(?: d'adhesion)?|solicitudes(?: de ingreso| de adhesion)?|candidaturas)?\s*,?\s*(?:including|notamment|among them|such as|parmi lesquels|dont|entre ellos|como)\s*:?\s*(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// applicantList records as applicants the states listed after submittedRe;
// the organisation is the one the sentence names, else the one named last.
func (x *engine) applicantList(sp span, lastOrg string) {
	m := x.indexIn(submittedRe, sp.s, sp.e)
	if m == nil {
		return
	}
	org := lastOrg
	for _, om := range x.mentsIn(sp.s, sp.s+m[0]) {
		if om.kind == kOrg {
			org = om.key
		}
	}
	if org == "" {
		return
	}
	for _, st := range x.stateListAfter(sp.s+m[1], sp) {
		x.addMember(st, org, "applied", sp, 0.6)
	}
}

// countValue reads a small cardinal ("quatre", "four", "4"); 0 if none.
func countValue(w string) int {
	switch w {
	case "deux", "two", "dos", "2":
		return 2
	case "trois", "three", "tres", "3":
		return 3
	case "quatre", "four", "cuatro", "4":
		return 4
	case "cinq", "five", "cinco", "5":
		return 5
	case "six", "seis", "6":
		return 6
	case "7":
		return 7
	case "8":
		return 8
	case "9":
		return 9
	}
	return 0
}

// countedPlacesNext returns the list of places sentence si opens with its
// first venue ("à Cotonou (Bénin), Conakry (Guinée) …") when it holds
// exactly n places; nil otherwise.
func (x *engine) countedPlacesNext(si, n int) []place {
	if n < 2 {
		return nil
	}
	next := x.sents[si]
	low := x.f.low
	for _, mm := range x.mentsIn(next.s, next.e) {
		if !mm.capital && mm.kind != kCity {
			continue
		}
		a := max(next.s, mm.s-12)
		vm := venueRe.FindStringIndex(low[a:mm.s])
		if vm == nil {
			return nil
		}
		if l := x.placesAfter(a+vm[0], next); len(l) == n {
			return l
		}
		return nil
	}
	return nil
}

// includingMissionsRe opens the senders of missions counted before them
// ("… consulats africains dans la région, qui comprennent la République …").
var includingMissionsRe = mkf(`^[^.;]{0,40}?\b(?:qui comprennent|comprenant|parmi lesquels|parmi lesquelles|dont ceux d[eu']|including those of|including|among them those of|entre ellos los de|entre ellos|incluidos los de)\s*:?\s*(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// proDropCopulaRe: a sentence opening on its verb, the subject dropped or a
// pronoun ("Está compuesto por", "It comprises", "Elle regroupe").
var proDropCopulaRe = mkf(`^\W*(?:(?:it|elle|il|ella)\s+)?(?:esta|est|is|es)?\s*$`)

// closingOfRe ends the opening or the closing of missions ("the closure
// of", "el cierre de las"), before a plural mission word.
var closingOfRe = mkf(`\b(?:l'ouverture|la fermeture|the opening|the closure|the closing|la apertura|el cierre)\s+(?:de|des|of|of the|de las|de los|d')\s*(?:(?:\w+\s+){0,2})?$`)

// hostIn reports whether one of places is in state iso.
func hostIn(places []place, iso string) bool {
	for _, p := range places {
		if p.host == iso {
			return true
		}
	}
	return false
}

// openingOfRe ends "the opening of", "l'établissement de" before a plural
// mission word with no sender named: the reporting state's missions.
var openingOfRe = mkf(`\b(?:l'etablissement de|l'ouverture de|the opening of|the establishment of|la apertura de|el establecimiento de|la creation de|la creacion de)\s*$`)

// joinsRe: a state joining others ("La RDC y rejoint le Burundi, le Kenya…",
// "joins Burundi, Kenya … in the EAC").
var joinsRe = mkf(`\b(?:y rejoint|rejoint|rejoindra|joins|se une a|se suma a|(?:rejoindre|rejoint|rejoignent|join|joins|joined|unirse a|se une a) (?:les|the|las) (?:rangs|ranks|filas) (?:du|de la|des|de l'|de|d'|of|del|de los|de las))\s+(?:(?:le|la|les|the|el|los|las)\s+|l')?`)

// joinedMembers records as members of the organisation the states a
// joining state "joins": two or more listed right after the verb; the
// organisation is the one named in the sentence, else the one of the last
// membership told, else the one named last.
func (x *engine) joinedMembers(sp span, lastOrg string) {
	m := x.indexIn(joinsRe, sp.s, sp.e)
	if m == nil {
		return
	}
	at := sp.s + m[1]
	ms := x.mentsIn(at, min(sp.e, at+4))
	if len(ms) == 0 || ms[0].kind != kState || ms[0].demonym {
		return
	}
	l := x.stateListAfter(ms[0].s, sp)
	if len(l) < 2 {
		return
	}
	org := x.firstOrgIn(sp.s, sp.e)
	if org == "" && len(x.members) > 0 {
		org = x.members[len(x.members)-1].org
	}
	if org == "" {
		org = lastOrg
	}
	if org == "" {
		return
	}
	for _, st := range l {
		x.addMember(st, org, "member", sp, 0.6)
	}
}
