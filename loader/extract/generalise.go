package extract

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
	lord sir dame monseigneur sheikh cheikh jeque`)

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
	case "foreign_minister", "head_of_state", "head_of_government", "deputy_prime_minister":
	default:
		return ""
	}
	low := x.f.low
	found := ""
	for _, h := range x.find(headRe, 0, len(low)) {
		h0, h1 := h[0], h[1]
		if x.inName(h0) || x.nameEndsBefore(h0) {
			continue
		}
		e := x.extendTitle(h1, min(len(low), h1+160))
		if e <= h1 {
			continue
		}
		j := e
		for j < len(low) && (low[j] == ' ' || low[j] == ',') {
			j++
		}
		if x.inName(j) {
			continue // the title of a named person
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
	return ""
}
