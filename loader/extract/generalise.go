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
