package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTemplates checks that the event rules hold across the ways one fact is
// worded: every subject × verb × adverbial × object combination of a template
// must give the same event. A rule written for one wording that breaks when
// "hier, à Accra," or "este lunes" sits between the verb and its object fails
// here (a CheckList-style invariance test; the names are invented).
func TestTemplates(t *testing.T) {
	type template struct {
		lang     string
		subjects []string
		verbs    []string
		adverbs  []string
		objects  []string
		want     string
	}
	templates := []template{
		{"fr",
			[]string{"Le président ghanéen, Kofi Mensah,", "Le chef de l'État ghanéen Kofi Mensah"},
			[]string{"a reçu", "a accueilli", "a rencontré", "s'est entretenu avec", "a eu un entretien avec", "a eu des entretiens avec", "a reçu en audience", "s'est réuni avec", "a eu une séance de travail avec"},
			[]string{"", " hier", ", hier,", ", hier, à Accra,", " lundi au palais du Jubilé", " ce mardi 4 mars", ", mardi à Accra,", " dans la soirée de dimanche", " tôt ce lundi matin"},
			[]string{"le ministre péruvien des Affaires étrangères, Luis Paz", "M. Luis Paz, ministre péruvien des Affaires étrangères", "le chef de la diplomatie péruvienne, Luis Paz"},
			"event:meeting:held:GH,PE"},
		{"en",
			[]string{"Ghanaian President Kofi Mensah", "The President of Ghana, Kofi Mensah,"},
			[]string{"met", "met with", "received", "hosted", "held talks with", "sat down with", "held a meeting with", "had a meeting with", "conferred with", "had talks with"},
			[]string{"", " on Monday", " in Accra on Monday", ", on Monday,", " yesterday", " at the presidential palace"},
			[]string{"Peruvian Foreign Minister Luis Paz", "the Peruvian Minister of Foreign Affairs, Luis Paz"},
			"event:meeting:held:GH,PE"},
		{"es",
			[]string{"El presidente ghanés, Kofi Mensah,", "El mandatario ghanés Kofi Mensah"},
			[]string{"recibió", "se reunió", "mantuvo un encuentro", "sostuvo una reunión", "dio la bienvenida", "conversó", "dialogó", "se entrevistó", "recibió en audiencia"},
			[]string{"", " este lunes", ", este lunes,", " en Acra", " el pasado lunes en el palacio presidencial", ", ayer en Acra,", " la tarde de este domingo"},
			[]string{"el ministro peruano de Relaciones Exteriores, Luis Paz", "el canciller peruano, Luis Paz", "el jefe de la diplomacia peruana, Luis Paz"},
			"event:meeting:held:GH,PE"},
		{"fr",
			[]string{"Le ministre péruvien des Affaires étrangères, Luis Paz,", "Luis Paz, ministre péruvien des Affaires étrangères,"},
			[]string{"a effectué une visite officielle", "est arrivé", "s'est rendu", "effectue une visite de travail", "a entamé une visite", "est en visite", "a séjourné", "a achevé une visite", "a atterri"},
			[]string{"", " lundi", " ce lundi", " le 3 mars", " dans la soirée de dimanche", ", dans l'après-midi de lundi,", " lundi 3 mars 2025"},
			[]string{"au Ghana", "à Accra"},
			"event:visit:held:GH,PE"},
		{"en",
			[]string{"Peruvian Foreign Minister Luis Paz", "Luis Paz, the Peruvian Foreign Minister,"},
			[]string{"paid an official visit to", "arrived in", "traveled to", "visited", "is on a working visit to", "began a two-day visit to", "concluded a visit to", "landed in"},
			[]string{"", " on Monday", " yesterday"},
			[]string{"Ghana", "Accra"},
			"event:visit:held:GH,PE"},
		{"es",
			[]string{"El canciller peruano, Luis Paz,", "Luis Paz, ministro peruano de Relaciones Exteriores,"},
			[]string{"realizó una visita oficial a", "llegó a", "arribó a", "aterrizó en", "viajó a", "visitó", "inició una visita de dos días a", "concluyó su visita a", "estuvo en"},
			[]string{"", " este lunes", " el lunes"},
			[]string{"Ghana", "Acra"},
			"event:visit:held:GH,PE"},
		{"fr",
			[]string{"Le président ghanéen Kofi Mensah"},
			[]string{"a eu un entretien téléphonique avec", "s'est entretenu au téléphone avec", "a eu une conversation téléphonique avec", "s'est entretenu par téléphone avec", "a appelé"},
			[]string{"", ", lundi,"},
			[]string{"le président péruvien, Luis Paz", "son homologue péruvien, Luis Paz"},
			"event:phone_call:held:GH,PE"},
		{"en",
			[]string{"Ghanaian President Kofi Mensah"},
			[]string{"held a phone call with", "spoke by phone with", "had a telephone conversation with", "received a phone call from", "spoke by telephone with", "phoned"},
			[]string{"", " on Monday"},
			[]string{"Peruvian President Luis Paz", "his Peruvian counterpart, Luis Paz"},
			"event:phone_call:held:GH,PE"},
		{"es",
			[]string{"El presidente ghanés, Kofi Mensah,"},
			[]string{"sostuvo una conversación telefónica con", "conversó telefónicamente con", "habló por teléfono con", "recibió una llamada telefónica de", "mantuvo una conversación telefónica con"},
			[]string{"", " este lunes"},
			[]string{"el presidente peruano, Luis Paz", "su homólogo peruano, Luis Paz"},
			"event:phone_call:held:GH,PE"},
	}
	n := 0
	for _, tp := range templates {
		for _, s := range tp.subjects {
			for _, v := range tp.verbs {
				for _, a := range tp.adverbs {
					for _, o := range tp.objects {
						txt := sentence(tp.lang, s, v, a, o)
						n++
						if fs := facts(t, "date: 2025-03-05\n\n"+txt); !slices.Contains(fs, tp.want) {
							t.Errorf("%s: missing %s\n  %s\n  got %v", tp.lang, tp.want, txt, fs)
						}
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d combinations", n)
	}
}

// sentence joins a template's parts. A Spanish meeting verb takes its
// preposition after the adverbial ("se reunió, este lunes, con el …"; "recibió
// al …"), and an adverbial that would split a preposition from its object
// ("arrived in on Monday Ghana") goes to the end of the sentence.
func sentence(lang, subj, verb, adv, obj string) string {
	if lang == "es" && strings.HasPrefix(obj, "el ") {
		switch verb {
		case "recibió", "recibió en audiencia", "dio la bienvenida":
			obj = "al " + strings.TrimPrefix(obj, "el ")
		case "se reunió", "mantuvo un encuentro", "sostuvo una reunión", "conversó", "dialogó", "se entrevistó":
			obj = "con " + obj
		}
	}
	for _, p := range []string{" to", " in", " a", " en", " with", " con", " de", " from"} {
		if strings.HasSuffix(verb, p) && adv != "" {
			return fmt.Sprintf("%s %s %s%s.", subj, verb, obj, strings.TrimSuffix(adv, ","))
		}
	}
	return fmt.Sprintf("%s %s%s %s.", subj, verb, adv, obj)
}

// TestMissionTemplates is TestTemplates for the missions two states open,
// have or close together: every verb of a list, with an embassy or a
// consulate general, gives one mission per state.
func TestMissionTemplates(t *testing.T) {
	type template struct {
		subject, place, host string
		verbs                []string
		nouns                map[string]string // mission noun → kind
	}
	templates := []template{
		{"Peru and Chile", "in Rabat", "MA",
			[]string{"opened", "inaugurated", "have opened", "will open", "plan to open", "are set to open", "decided to open", "announced the opening of", "reopened", "will reopen", "closed", "have closed", "maintain", "have", "established", "set up", "are opening", "intend to open"},
			map[string]string{"embassies": "embassy", "consulates general": "consulate"}},
		{"Le Pérou et le Chili", "à Rabat", "MA",
			[]string{"ont ouvert", "ont inauguré", "vont ouvrir", "ouvriront", "ont décidé d'ouvrir", "ont rouvert", "ont fermé", "ont établi", "comptent ouvrir", "prévoient d'ouvrir"},
			map[string]string{"des ambassades": "embassy", "des consulats généraux": "consulate"}},
		{"Perú y Chile", "en Rabat", "MA",
			[]string{"abrieron", "inauguraron", "abrirán", "van a abrir", "decidieron abrir", "anunciaron la apertura de", "reabrieron", "cerraron", "tienen", "establecieron", "planean abrir", "prevén abrir"},
			map[string]string{"embajadas": "embassy", "consulados generales": "consulate"}},
	}
	n := 0
	for _, tp := range templates {
		for _, v := range tp.verbs {
			for noun, kind := range tp.nouns {
				txt := fmt.Sprintf("%s %s %s %s.", tp.subject, v, noun, tp.place)
				n++
				fs := facts(t, "date: 2025-03-05\n\n"+txt)
				for _, st := range []string{"PE", "CL"} {
					prefix := "mission:" + kind + ":" + st + ">" + tp.host + ":"
					if !slices.ContainsFunc(fs, func(f string) bool { return strings.HasPrefix(f, prefix) }) {
						t.Errorf("missing %s…\n  %s\n  got %v", prefix, txt, fs)
					}
				}
			}
		}
	}
	if n < 70 {
		t.Fatalf("only %d combinations", n)
	}
}

// TestMemberTemplates is TestTemplates for memberships: two coordinated
// states and every verb of a list give one membership per state.
func TestMemberTemplates(t *testing.T) {
	type template struct {
		subject string
		verbs   []string
		orgs    map[string]string // name as written → key
	}
	templates := []template{
		{"Peru and Chile",
			[]string{"are members of", "joined", "have joined", "became members of", "were admitted to", "applied to join", "have applied for membership of", "left", "withdrew from", "have withdrawn from", "announced their withdrawal from", "rejoined", "returned to", "are founding members of", "requested membership in", "formally joined"},
			map[string]string{"the African Union": "AU", "ECOWAS": "ECOWAS", "the Organisation of Islamic Cooperation": "OIC"}},
		{"Le Pérou et le Chili",
			[]string{"sont membres de", "ont adhéré à", "ont rejoint", "sont devenus membres de", "ont été admis à", "ont demandé leur adhésion à", "ont quitté", "se sont retirés de", "ont annoncé leur retrait de", "ont réintégré", "sont membres fondateurs de", "ont officiellement rejoint", "ont intégré"},
			map[string]string{"l'Union africaine": "AU", "la CEDEAO": "ECOWAS", "l'Organisation de coopération islamique": "OIC"}},
		{"Perú y Chile",
			[]string{"son miembros de", "se adhirieron a", "se incorporaron a", "ingresaron a", "fueron admitidos en", "solicitaron su ingreso a", "abandonaron", "se retiraron de", "anunciaron su retiro de", "se reincorporaron a", "son miembros fundadores de", "se unieron a", "integran"},
			map[string]string{"la Unión Africana": "AU", "la CEDEAO": "ECOWAS", "la Organización de Cooperación Islámica": "OIC"}},
	}
	n := 0
	for _, tp := range templates {
		for _, v := range tp.verbs {
			for name, key := range tp.orgs {
				txt := fmt.Sprintf("%s %s %s.", tp.subject, v, name)
				txt = strings.NewReplacer(" à le ", " au ", " de le ", " du ").Replace(txt)
				n++
				fs := facts(t, "date: 2025-03-05\n\n"+txt)
				for _, st := range []string{"PE", "CL"} {
					prefix := "member:" + st + ":" + key + ":"
					if !slices.ContainsFunc(fs, func(f string) bool { return strings.HasPrefix(f, prefix) }) {
						t.Errorf("missing %s…\n  %s\n  got %v", prefix, txt, fs)
					}
				}
			}
		}
	}
	if n < 120 {
		t.Fatalf("only %d combinations", n)
	}
}

// TestSupportTemplates is TestTemplates for positions: every supporter ×
// verb × position wording gives the same support, whoever speaks for the
// state (the state, its minister, its government).
func TestSupportTemplates(t *testing.T) {
	type topic struct{ text, key string }
	type template struct {
		subjects []string
		verbs    []string
		topics   []topic
	}
	templates := []template{
		{[]string{"Le Ghana", "Le ministre ghanéen des Affaires étrangères, Kofi Mensah,", "Le gouvernement ghanéen"},
			[]string{"a réitéré son soutien à", "a réaffirmé son soutien à", "a exprimé son soutien à", "soutient", "appuie", "a renouvelé son soutien à", "a exprimé le soutien de son pays à", "a réaffirmé le soutien constant de son pays à"},
			[]topic{{"l'intégrité territoriale du Pérou", "territorial_integrity"}, {"la souveraineté du Pérou sur ses îles", "sovereignty"}, {"la candidature du Pérou au Conseil des droits de l'homme", "candidacy"}}},
		{[]string{"Ghana", "Ghanaian Foreign Minister Kofi Mensah", "The Government of Ghana"},
			[]string{"reiterated its support for", "reaffirmed his country's support for", "expressed support for", "supports", "backs", "voiced support for", "renewed its support for", "endorsed", "expressed its strong support for"},
			[]topic{{"Peru's territorial integrity", "territorial_integrity"}, {"the territorial integrity of Peru", "territorial_integrity"}, {"Peru's candidacy for the Human Rights Council", "candidacy"}, {"Peru's sovereignty over its islands", "sovereignty"}}},
		{[]string{"Ghana", "El canciller ghanés, Kofi Mensah,", "El Gobierno de Ghana"},
			[]string{"reiteró su apoyo a", "reafirmó su respaldo a", "expresó su apoyo a", "apoya", "respalda", "manifestó su apoyo a", "reiteró el firme apoyo de su país a", "ratificó su respaldo a"},
			[]topic{{"la integridad territorial de Perú", "territorial_integrity"}, {"la candidatura de Perú al Consejo de Derechos Humanos", "candidacy"}, {"la soberanía de Perú sobre sus islas", "sovereignty"}, {"la soberanía e integridad territorial de Perú", "sovereignty"}}},
	}
	n := 0
	for _, tp := range templates {
		for _, s := range tp.subjects {
			for _, v := range tp.verbs {
				for _, tc := range tp.topics {
					txt := strings.ReplaceAll(fmt.Sprintf("%s %s %s.", s, v, tc.text), " à le ", " au ")
					n++
					want := "support:GH>PE:" + tc.key + ":support"
					if fs := facts(t, "date: 2025-03-05\n\n"+txt); !slices.Contains(fs, want) {
						t.Errorf("missing %s\n  %s\n  got %v", want, txt, fs)
					}
				}
			}
		}
	}
	if n < 250 {
		t.Fatalf("only %d combinations", n)
	}
}
