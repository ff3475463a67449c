package extract

// receivedBackingRe ends the words by which a state is said to enjoy or
// receive the backing of others: "Rabat enjoys the support of", "bénéficie
// d'un large soutien de", "cuenta con el respaldo de".
var receivedBackingRe = mkfi(`\b(?:enjoys|enjoyed|enjoy|has received|received|receives|won|obtained|counts on|beneficie|beneficient|jouit|a recu|a obtenu|recibio|obtuvo|ha recibido|ha obtenido|cuenta con|contaba con|conto con|contara con|contaran con|will have|will enjoy|will receive|beneficiera|beneficieront|recibira|goza|asegurar|aseguro|aseguraba|ha asegurado|secured|has secured|secures|securing|s'est assure)\s+(?:(?:[\w-]+\s+|l'|d'){0,5}?)(?:support|backing|endorsement|approval|soutien|appui|approbation|plebiscite|endossement|apoyo|respaldo|aval)s?\s+(?:(?:explicite?|explicito|expres|expreso|express|unanime|unanimous|total|plein|pleno|firme|firm|full|clair|claro|clear|decidido|resolute|ferme)\s+)?(?:of the|of|from the|from|de la|de l'|de los|de las|del|des|du|de|d')\s*`)

// backingStopRe, in the words between two backers, ends the list: what
// follows says what the backing is for or when it came ("for its
// candidacy", "pour sa candidature", "lors du sommet").
var backingStopRe = mkf(`\b(?:for|pour|para|to|in|dans|en|at|aupres|ante|during|lors|durante|since|depuis|desde|which|who|qui|que|whose|dont)\b`)

// voteWords speak of the votes a candidate won: "Ramdin contó con el apoyo
// de A, B… Eso le aseguró los 18 votos necesarios".
var voteWords = newKeySet("voto", "vote", "voix", "suffrage", "sufragio")

// receivedBacking records the backers listed after "X enjoys the support
// of" as supporters of X's candidacy, when the sentence or the one before
// speaks of a candidacy (or the sentence of votes): "Morocco has decided to stand as a candidate…
// Rabat enjoys the support of the African Union, the League of Arab States
// and friendly countries". The backers are the states and organisations
// named after the words of backing (unnamed groups between them are
// passed over); the candidate is the first state named before them. A
// support an earlier rule gave between two of the backers is dropped: a
// list of backers does not back itself.
func (x *engine) receivedBacking() {
	low := x.f.low
	for si, sp := range x.sents {
		m := x.indexIn(receivedBackingRe, sp.s, sp.e) // (indexIn rejects through the index first)
		if m == nil {
			continue
		}
		ms, me := sp.s+m[0], sp.s+m[1]
		from := sp.s
		if si > 0 {
			from = x.sents[si-1].s
		}
		if !x.contains(candidacyWords, sp.s, sp.e) && !x.contains(voteWords, sp.s, sp.e) && !(from < sp.s && x.contains(candidacyWords, from, x.sents[si-1].e)) {
			continue
		}
		subj := ""
		for _, mm := range x.mentsIn(sp.s, ms) {
			if mm.kind == kState {
				subj = mm.key
				break
			}
		}
		if subj == "" {
			// "Almagro declaró que contaba con el respaldo de…": the candidate's
			// state (of a former office when he holds none: "el excanciller
			// uruguayo Luis Almagro")
			for _, pm := range pmRange(x.pms, sp.s, ms) {
				if pm.p != nil {
					subj = pm.p.candidateState()
					break
				}
			}
		}
		if subj == "" {
			continue
		}
		var backers []string
		prev := me
		for _, mm := range x.mentsIn(me, sp.e) {
			gap := low[prev:mm.s]
			if len(gap) > 80 || backingStopRe.MatchString(gap) {
				break
			}
			prev = mm.e
			if mm.demonym || mm.key == subj || mm.kind != kState && mm.kind != kOrg || contains(backers, mm.key) {
				continue
			}
			backers = append(backers, mm.key)
		}
		if len(backers) == 0 {
			continue
		}
		out := x.supports[:0]
		for _, s := range x.supports {
			if s.ev == sp && contains(backers, s.supporter) && contains(backers, s.subject) {
				continue
			}
			out = append(out, s)
		}
		x.supports = out
		for _, b := range backers {
			if !x.hasSupport(b, subj, "candidacy") {
				x.supports = append(x.supports, support{supporter: b, subject: subj, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
			}
		}
	}
}

// dropBackerMemberships removes the candidacies read from an organisation
// that backs the candidate in the same sentence: "la candidatura de Chile
// cuenta con el respaldo de Argentina y de la Unión Europea" is no
// application of Chile to the European Union.
func (x *engine) dropBackerMemberships() {
	out := x.members[:0]
	for _, m := range x.members {
		if m.status == "applied" && x.backsIn(m.org, m.state, m.ev) {
			continue
		}
		out = append(out, m)
	}
	clear(x.members[len(out):])
	x.members = out
}

// backsIn reports whether sup supports subj's candidacy in sentence sp.
func (x *engine) backsIn(sup, subj string, sp span) bool {
	for _, s := range x.supports {
		if s.supporter == sup && s.subject == subj && s.topic == "candidacy" && s.ev == sp {
			return true
		}
	}
	return false
}

// possessiveBackingRe: an English possessive backing of another state's
// application ("Russia's backing of Azerbaijan's application", "China's
// support for Kenya's candidacy").
var possessiveBackingRe = mkf(`^'s\s+(?:(?:firm|full|strong|continued)\s+)?(?:backing|support|endorsement)\s+(?:of|for)\s+(?:the\s+)?$`)

// candidacyAfterRe opens what the possessed state's backing is for.
var candidacyAfterRe = mkf(`^'s\s+(?:(?:membership|accession|re-election)\s+)?(?:candidacy|candidature|application|bid)\b`)

// possessiveBackings records "A's backing of B's application": A supports B's candidacy.
func (x *engine) possessiveBackings() {
	low := x.f.low
	for _, sp := range x.sents {
		if !x.contains(candidacyEnWords, sp.s, sp.e) {
			continue
		}
		ms := x.mentsIn(sp.s, sp.e)
		for i, a := range ms {
			if a.kind != kState || a.demonym || i+1 >= len(ms) {
				continue
			}
			b := ms[i+1]
			if b.kind != kState || b.demonym || b.key == a.key || b.s < a.e || b.e > sp.e || !possessiveBackingRe.MatchString(low[a.e:b.s]) || !candidacyAfterRe.MatchString(low[b.e:min(sp.e, b.e+40)]) {
				continue
			}
			if !x.hasSupport(a.key, b.key, "candidacy") {
				x.supports = append(x.supports, support{supporter: a.key, subject: b.key, topic: "candidacy", stance: "support", ev: sp, conf: 0.6})
			}
		}
	}
}

// candidacyEnWords are the English nouns of an application.
var candidacyEnWords = newKeySet("candida", "applicat", " bid")

// similarStanceRe ends the words that give other states the stance just
// told: "fait suite à des déclarations similaires de", "following similar
// moves by", "tras decisiones similares de", "in the footsteps of".
var similarStanceRe = mkf(`\b(?:(?:declarations|decisions|annonces|reconnaissances|demarches|mesures)\s+(?:similaires|semblables|analogues)|(?:similar|identical)\s+(?:moves|decisions|declarations|announcements|steps|recognitions)|(?:declaraciones|decisiones|anuncios|reconocimientos|medidas)\s+(?:similares|analogas|semejantes))\s+(?:(?:recentes|recientes|recent|precedentes|anteriores|earlier|previous)\s+)?(?:(?:le mois dernier|last month|el mes pasado|la semaine derniere|last week|la semana pasada)\s+)?(?:de la|de l'|du|des|de|d'|by|of|from|del|de los)\s*`)

// similarStances gives the states listed after "similar declarations of"
// the stance of the support told in the same sentence or the one before
// ("La République d'Arménie a reconnu l'État de Palestine. Cette
// reconnaissance fait suite à des déclarations similaires de la Slovénie,
// de l'Espagne…": each of them recognises Palestine).
func (x *engine) similarStances() {
	for si, sp := range x.sents {
		m := x.indexIn(similarStanceRe, sp.s, sp.e)
		if m == nil {
			continue
		}
		states := x.stateListAfter(sp.s+m[1], sp)
		if len(states) == 0 {
			continue
		}
		from := sp
		if si > 0 {
			from = x.sents[si-1]
		}
		var base *support
		for i := len(x.supports) - 1; i >= 0; i-- {
			if s := &x.supports[i]; s.ev.s >= from.s && s.ev.s <= sp.s && !contains(states, s.supporter) {
				base = s
				break
			}
		}
		if base == nil {
			continue
		}
		for _, st := range states {
			if st != base.subject && !x.hasSupport(st, base.subject, base.topic) {
				x.supports = append(x.supports, support{supporter: st, subject: base.subject, topic: base.topic, stance: base.stance, subjOrg: base.subjOrg, ev: sp, conf: 0.55})
			}
		}
	}
}
