package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// want is an expected mention: kind, key and matched text.
type want struct {
	kind Kind
	key  string
	text string
}

func (w want) String() string { return fmt.Sprintf("%v:%s:%q", w.kind, w.key, w.text) }

func got(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, want{m.Kind, m.Key, m.Text}.String())
	}
	return out
}

func TestFind(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"fr official and demonym", "Le Royaume du Maroc et la République du Kazakhstan ont salué l'ambassadeur kazakh.",
			[]want{{State, "MA", "Royaume du Maroc"}, {State, "KZ", "République du Kazakhstan"}, {Demonym, "KZ", "kazakh"}}},
		{"fr demonym genders", "la partie marocaine, les diplomates marocains, les autorités marocaines, un diplomate marocain",
			[]want{{Demonym, "MA", "marocaine"}, {Demonym, "MA", "marocains"}, {Demonym, "MA", "marocaines"}, {Demonym, "MA", "marocain"}}},
		{"fr kazakh forms", "la délégation kazakhe et les officiels kazakhs",
			[]want{{Demonym, "KZ", "kazakhe"}, {Demonym, "KZ", "kazakhs"}}},
		{"fr ivoirien burkinabè équato-guinéen", "le ministre ivoirien, son homologue burkinabè et la délégation équato-guinéenne",
			[]want{{Demonym, "CI", "ivoirien"}, {Demonym, "BF", "burkinabè"}, {Demonym, "GQ", "équato-guinéenne"}}},
		{"es demonyms", "el canciller marroquí, los empresarios marroquíes, la embajadora estadounidense y la ministra española",
			[]want{{Demonym, "MA", "marroquí"}, {Demonym, "MA", "marroquíes"}, {Demonym, "US", "estadounidense"}, {Demonym, "ES", "española"}}},
		{"es official", "El Reino de España y el Reino de Marruecos firmaron con EE.UU. en Madrid.",
			[]want{{State, "ES", "Reino de España"}, {State, "MA", "Reino de Marruecos"}, {State, "US", "EE.UU."}, {Capital, "ES", "Madrid"}}},
		{"en forms", "The Kingdom of Morocco and the United States; U.S. Secretary of State spoke from Washington to Rabat.",
			[]want{{State, "MA", "Kingdom of Morocco"}, {State, "US", "United States"}, {State, "US", "U.S."}, {Capital, "US", "Washington"}, {Capital, "MA", "Rabat"}}},
		{"fr États-Unis", "les États-Unis et l'Algérie, à Alger", []want{{State, "US", "États-Unis"}, {State, "DZ", "Algérie"}, {Capital, "DZ", "Alger"}}},
		{"St for Saint", "the summit in St Kitts and Nevis with St. Lucia and St Vincent and the Grenadines", []want{{State, "KN", "St Kitts and Nevis"}, {State, "LC", "St. Lucia"}, {State, "VC", "St Vincent and the Grenadines"}}},
		{"St for Saint in capitals", "from St. John's and St George's", []want{{Capital, "AG", "St. John's"}, {Capital, "GD", "St George's"}}},
		{"fr contracted article", "son siège au Caire et du Caire", []want{{Capital, "EG", "Caire"}, {Capital, "EG", "Caire"}}},
		{"es Argel", "viajó a Argel y a Nur-Sultán", []want{{Capital, "DZ", "Argel"}, {Capital, "KZ", "Nur-Sultán"}}},
		{"capitals KZ", "à Nour-Soultan puis à Astana", []want{{Capital, "KZ", "Nour-Soultan"}, {Capital, "KZ", "Astana"}}},
		{"special states", "la Palestine, le Saint-Siège, the Holy See, el Kosovo, la Côte d'Ivoire, la Guinée équatoriale",
			[]want{{State, "PS", "Palestine"}, {State, "VA", "Saint-Siège"}, {State, "VA", "Holy See"}, {State, "XK", "Kosovo"}, {State, "CI", "Côte d'Ivoire"}, {State, "GQ", "Guinée équatoriale"}}},
		{"sadr", "la RASD et la République arabe sahraouie démocratique", []want{{Territory, "ESH", "RASD"}, {Territory, "ESH", "République arabe sahraouie démocratique"}}},
		{"santiago", "Santiago de Compostela y Santiago", []want{{City, "ES", "Santiago de Compostela"}, {Capital, "CL", "Santiago"}}},
		{"western sahara territory", "le Sahara marocain, le Sahara occidental, Western Sahara, el Sáhara Occidental",
			[]want{{Territory, "ESH", "Sahara marocain"}, {Territory, "ESH", "Sahara occidental"}, {Territory, "ESH", "Western Sahara"}, {Territory, "ESH", "Sáhara Occidental"}}},
		{"guinea longest", "Equatorial Guinea, Guinea-Bissau and Guinea; la Guinée", []want{{State, "GQ", "Equatorial Guinea"}, {State, "GW", "Guinea-Bissau"}, {State, "GN", "Guinea"}, {State, "GN", "Guinée"}}},
		{"niger nigeria", "Niger and Nigeria", []want{{State, "NE", "Niger"}, {State, "NG", "Nigeria"}}},
		{"a hyphen continues the name inside", "le Togo, le Cap-Vert et le Mali; relations Maroc-Espagne",
			[]want{{State, "TG", "Togo"}, {State, "CV", "Cap-Vert"}, {State, "ML", "Mali"}, {State, "MA", "Maroc"}, {State, "ES", "Espagne"}}},
		{"a longer name after the article of a shorter one", "le Cap Vert et la Guinée",
			[]want{{State, "CV", "Cap Vert"}, {State, "GN", "Guinée"}}},
		{"long acronyms in Title Case", "le Comesa et la Cepal, mais pas Alba Rojas", []want{{Org, "COMESA", "Comesa"}, {Org, "ECLAC", "Cepal"}}},
		{"ampersand in a name", "visited Trinidad & Tobago and Antigua & Barbuda", []want{{State, "TT", "Trinidad & Tobago"}, {State, "AG", "Antigua & Barbuda"}}},
		{"demonyms added by hand", "the Uzbek, Kyrgyz and Ecuadorian ministers; el canciller paquistaní; le ministre timorais", []want{{Demonym, "UZ", "Uzbek"}, {Demonym, "KG", "Kyrgyz"}, {Demonym, "EC", "Ecuadorian"}, {Demonym, "PK", "paquistaní"}, {Demonym, "TL", "timorais"}}},
		{"the EAC with the article of its French name", "l'entrée de la RDC dans la communauté de l'Afrique de l'Est",
			[]want{{State, "CD", "RDC"}, {Org, "EAC", "communauté de l'Afrique de l'Est"}}},
		{"an organisation written in lower case but for a word inside; the Indo-Pacific is not India", "membre du conseil de sécurité des Nations unies pour un Indo-Pacifique libre",
			[]want{{Org, "UNSC", "conseil de sécurité des Nations unies"}}},
		{"a meeting is not Réunion island", "La reunión incluyó un saludo. La réunion a porté sur le commerce. L'île de la Réunion.", []want{{State, "RE", "île de la Réunion"}}},
		{"acronyms and unhyphenated names", "PNG's cabinet; Timor Leste and Port Moresby", []want{{State, "PG", "PNG"}, {State, "TL", "Timor Leste"}, {Capital, "PG", "Port Moresby"}}},
		{"congo", "le Congo, la RDC, la République démocratique du Congo, the DRC", []want{{State, "CG", "Congo"}, {State, "CD", "RDC"}, {State, "CD", "République démocratique du Congo"}, {State, "CD", "DRC"}}},
		{"korea", "la Corée, la Corée du Nord, Korea, Corea del Sur", []want{{State, "KR", "Corée"}, {State, "KP", "Corée du Nord"}, {State, "KR", "Korea"}, {State, "KR", "Corea del Sur"}}},
		{"turkey", "Turkey, Türkiye, la Turquie; roast turkey", []want{{State, "TR", "Turkey"}, {State, "TR", "Türkiye"}, {State, "TR", "Turquie"}}},
		{"orgs fr", "l'ONU, l'UA, l'UE, l'OCI, la CEDEAO, l'OTAN, l'UMA, le Conseil de sécurité, l'Union africaine",
			[]want{{Org, "UN", "ONU"}, {Org, "AFRICAN UNION", "UA"}, {Org, "EU", "UE"}, {Org, "OIC", "OCI"}, {Org, "ECOWAS", "CEDEAO"}, {Org, "NATO", "OTAN"}, {Org, "AMU", "UMA"}, {Org, "UNSC", "Conseil de sécurité"}, {Org, "AFRICAN UNION", "Union africaine"}}},
		{"orgs en", "The UN, the African Union, the WHO and the Security Council; who knows", []want{{Org, "UN", "UN"}, {Org, "AFRICAN UNION", "African Union"}, {Org, "WHO", "WHO"}, {Org, "UNSC", "Security Council"}}},
		{"orgs es", "la ONU, la Unión Africana, la UE, la OTAN y el Consejo de Seguridad", []want{{Org, "UN", "ONU"}, {Org, "AFRICAN UNION", "Unión Africana"}, {Org, "EU", "UE"}, {Org, "NATO", "OTAN"}, {Org, "UNSC", "Consejo de Seguridad"}}},
		{"iofs", "l'Organisation islamique pour la sécurité alimentaire (OISA) et l'IOFS", []want{{Org, "IOFS", "Organisation islamique pour la sécurité alimentaire"}, {Org, "IOFS", "OISA"}, {Org, "IOFS", "IOFS"}}},
		{"polisario", "le Front Polisario et le Polisario", []want{{Org, "POLISARIO", "Front Polisario"}, {Org, "POLISARIO", "Polisario"}}},
		{"g5", "le G5 Sahel et le G5-Sahel", []want{{Org, "G5S", "G5 Sahel"}, {Org, "G5S", "G5-Sahel"}}},
		{"lowercase acronyms are words", "un accord; ue; ua; us; who; oms", nil},
		{"'R.D. du Congo' is the Democratic Republic of the Congo, not the Republic of the Congo", "la R.D. du Congo et la R.D. Congo", []want{{State, "CD", "R.D. du Congo"}, {State, "CD", "R.D. Congo"}}},
		{"a capital inside a word makes it a name ('eSwatini'); all lower case does not", "la ministra de eSwatini; un eswatini", []want{{State, "SZ", "eSwatini"}}},
		{"no match inside words", "Marocanité, Omanais? Maliens, USAID, Turquoise, Chinatown, Parisien",
			[]want{{Demonym, "OM", "Omanais"}, {Demonym, "ML", "Maliens"}}},
		{"prefix forms", "le partenariat maroco-kazakh et la coopération franco-espagnole, hispano-marroquí",
			[]want{{Demonym, "MA", "maroco"}, {Demonym, "KZ", "kazakh"}, {Demonym, "FR", "franco"}, {Demonym, "ES", "espagnole"}, {Demonym, "ES", "hispano"}, {Demonym, "MA", "marroquí"}}},
		{"franco not prefix", "un diálogo franco y abierto", nil},
		{"blocked phrases", "New Jersey, the Indian Ocean, le golfe de Guinée", nil},
		{"a meeting is not Réunion island", "II Reunión del Mecanismo de Consultas. Réunion de travail. La Reunión de Cancilleres.", nil},
		{"lower-case common nouns", "chile con carne, roast turkey, a jersey", nil},
		{"apostrophes and spacing", "Côte   d’Ivoire, Royaume  du\nMaroc", []want{{State, "CI", "Côte   d’Ivoire"}, {State, "MA", "Royaume  du\nMaroc"}}},
		{"no match across sentences", "le Royaume. Du Maroc", []want{{State, "MA", "Maroc"}}},
		{"all caps", "LE ROYAUME DU MAROC ET L'UNION AFRICAINE", []want{{State, "MA", "ROYAUME DU MAROC"}, {Org, "AFRICAN UNION", "UNION AFRICAINE"}}},
		{"decomposed accents", "la Re\u0301publique du Kazakhstan", []want{{State, "KZ", "Re\u0301publique du Kazakhstan"}}},
		{"es orgs", "la Organización para la Cooperación Islámica, la Liga Árabe, el Consejo de Cooperación del Golfo y la Unión del Magreb Árabe",
			[]want{{Org, "OIC", "Organización para la Cooperación Islámica"}, {Org, "LAS", "Liga Árabe"}, {Org, "GCC", "Consejo de Cooperación del Golfo"}, {Org, "AMU", "Unión del Magreb Árabe"}}},
		{"en orgs", "the Arab League, the Gulf Cooperation Council, the Organisation of Islamic Cooperation and the Shanghai Cooperation Organization",
			[]want{{Org, "LAS", "Arab League"}, {Org, "GCC", "Gulf Cooperation Council"}, {Org, "OIC", "Organisation of Islamic Cooperation"}, {Org, "SCO", "Shanghai Cooperation Organization"}}},
		{"commission of the AU is the AU", "le président de la Commission de l'Union africaine", []want{{Org, "AFRICAN UNION", "Union africaine"}}},
		{"psc", "le Conseil de paix et de sécurité de l'UA", []want{{Org, "PSC", "Conseil de paix et de sécurité de l'UA"}}},
		{"security council alone", "el Consejo de Seguridad de la ONU y el Consejo de Seguridad", []want{{Org, "UNSC", "Consejo de Seguridad de la ONU"}, {Org, "UNSC", "Consejo de Seguridad"}}},
		{"es states", "Marruecos, Kazajistán, Estados Unidos, Costa de Marfil, Guinea Ecuatorial, Argelia y Túnez",
			[]want{{State, "MA", "Marruecos"}, {State, "KZ", "Kazajistán"}, {State, "US", "Estados Unidos"}, {State, "CI", "Costa de Marfil"}, {State, "GQ", "Guinea Ecuatorial"}, {State, "DZ", "Argelia"}, {State, "TN", "Túnez"}}}, // Túnez is both the state and its capital: State wins
		{"en demonyms", "the Kazakh minister, Moroccan officials, an Ivorian delegation and Equatorial Guinean diplomats",
			[]want{{Demonym, "KZ", "Kazakh"}, {Demonym, "MA", "Moroccan"}, {Demonym, "CI", "Ivorian"}, {Demonym, "GQ", "Equatorial Guinean"}}},
		{"en lower-case demonym is not taken", "polish the text", nil},
		{"us in words", "USAID, AUS, PLUS, focus, trust US-led", []want{{State, "US", "US"}}},
		{"unga unhrc", "l'Assemblée générale des Nations unies et le Conseil des droits de l'homme", []want{{Org, "UNGA", "Assemblée générale des Nations unies"}, {Org, "UNHRC", "Conseil des droits de l'homme"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(tc.text)
			var ws []string
			for _, w := range tc.want {
				ws = append(ws, w.String())
			}
			if strings.Join(got(ms), " ") != strings.Join(ws, " ") {
				t.Errorf("Find(%q)\n got %v\nwant %v", tc.text, got(ms), ws)
			}
			for _, m := range ms {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, Text %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
			}
		})
	}
}

func TestOffsetsAccented(t *testing.T) {
	g := Default()
	text := "Évidemment, l’Équateur — et la Guinée‑Bissau (Guinée-Bissau) — côtoient l’Érythrée à Asmara."
	ms := g.Find(text)
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets %d:%d give %q, Text %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
	if ms[0].Text != "Équateur" || ms[0].Key != "EC" {
		t.Errorf("first mention %+v, want Équateur EC", ms[0])
	}
}

func TestLookups(t *testing.T) {
	g := Default()
	s, ok := g.State("ma")
	if !ok || s.ISO3 != "MAR" || s.Name != "Morocco" || s.Capital != "Rabat" {
		t.Errorf("State(ma) = %+v, %v", s, ok)
	}
	if s, ok := g.StateByISO3("KAZ"); !ok || s.ISO2 != "KZ" {
		t.Errorf("StateByISO3(KAZ) = %+v, %v", s, ok)
	}
	if _, ok := g.State("EH"); ok {
		t.Error("EH must not be a state")
	}
	if tr, ok := g.Territory("ESH"); !ok || tr.ISO2 != "EH" {
		t.Errorf("Territory(ESH) = %+v, %v", tr, ok)
	}
	o, ok := g.Org("AFRICAN UNION")
	if !ok || o.ID != "org:au" || o.Acronym != "AU" {
		t.Errorf("Org(AFRICAN UNION) = %+v, %v", o, ok)
	}
	if o, ok := g.OrgByID("org:iofs"); !ok || o.Key != "IOFS" || o.Parent != "OIC" {
		t.Errorf("OrgByID(org:iofs) = %+v, %v", o, ok)
	}
	for name, want := range map[string]string{"Dakhla": "MA", "Laâyoune": "MA", "laayoune": "MA", "Genève": "CH", "Geneva": "CH", "Ginebra": "CH",
		"Bruxelles": "BE", "Addis-Abeba": "ET", "New York": "US", "Casablanca": "MA", "Tanger": "MA", "Rabat": "MA", "Washington": "US", "Nur-Sultán": "KZ"} {
		if got, ok := g.CityState(name); !ok || got != want {
			t.Errorf("CityState(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if _, ok := g.CityState("Jerusalem"); ok {
		t.Error("Jerusalem must not be attached to a state")
	}
	if m, ok := g.Match(" Royaume du Maroc "); !ok || m.Key != "MA" {
		t.Errorf("Match = %+v, %v", m, ok)
	}
	if _, ok := g.Match("Royaume du Maroc et Espagne"); ok {
		t.Error("Match must reject two mentions")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Côte d’Ivoire": "cote d ivoire", "  ÉTATS-UNIS ": "etats unis", "Straße Œuvre": "strasse oeuvre"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// benchText is a mix of our own sentences in the three languages.
const benchText = `Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger a reçu mardi à Rabat son homologue kazakh, en visite de travail au Royaume. Les deux ministres ont salué la décision de la République du Kazakhstan d'ouvrir une ambassade résidente et ont convenu de renforcer leur coordination au sein de l'ONU, de l'OCI et de l'Union africaine.
The Secretary of State spoke by phone with the Foreign Minister of the Kingdom of Morocco about regional stability, the situation in the Sahel and cooperation within the Security Council; he reaffirmed the support of the United States for the autonomy plan.
El ministro de Asuntos Exteriores, Unión Europea y Cooperación recibió en Madrid a la canciller marroquí para preparar la reunión de alto nivel entre España y Marruecos, y ambos saludaron la cooperación en materia migratoria con la CEDEAO y la Unión Africana.
`

// BenchmarkFind reports MB/s (wall clock) and, because the machine may be
// shared, MB/cpu-s: bytes per second of CPU time consumed by the process.
func BenchmarkFind(b *testing.B) {
	g := Default()
	text := strings.Repeat(benchText, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Find(text)
	}
	b.StopTimer()
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/d.Seconds()/1e6, "MB/cpu-s")
	}
}

func TestHeadlines(t *testing.T) {
	g := Default()
	for text, want := range map[string]string{
		"UN ACCORD HISTORIQUE ENTRE LE MAROC ET L'ESPAGNE": "state:MA state:ES",
		"WHO WILL PAY FOR IT":                              "",
		"THE UN AND THE EU":                                "", // all capitals: "UN" and "EU" cannot be told from words
		"the UN and the EU":                                "org:UN org:EU",
		"a loan of US$ 5 million from the US":              "state:US",
		"UN-OIC cooperation":                               "org:UN org:OIC",
	} {
		var got []string
		for _, m := range g.Find(text) {
			got = append(got, m.Kind.String()+":"+m.Key)
		}
		if w := strings.Fields(want); strings.Join(got, " ") != strings.Join(w, " ") {
			t.Errorf("Find(%q) = %v, want %v", text, got, w)
		}
	}
}

func TestConcurrent(t *testing.T) {
	g := Default()
	want := len(g.Find(benchText))
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			n := 0
			for k := 0; k < 50; k++ {
				n = len(g.Find(benchText))
			}
			done <- n
		}()
	}
	for i := 0; i < 4; i++ {
		if n := <-done; n != want {
			t.Errorf("concurrent Find: %d mentions, want %d", n, want)
		}
	}
}

// FuzzFind checks that mentions are within the text, ordered, non-overlapping
// and that Text is the text at their offsets, whatever the input.
func FuzzFind(f *testing.F) {
	for _, s := range []string{benchText, "Côte d’Ivoire", "EE.UU.", "U.S.", "l'UA", "maroco-", "\xff\xfeR\x00", "Re\u0301publique du Kazakhstan", ""} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range g.Find(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad mention %+v after %d in %q", m, last, text)
			}
			if text[m.Start:m.End] != m.Text || m.Key == "" || m.Kind < State || m.Kind > City {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
			last = m.End
		}
	})
}

func TestKosovoISO3(t *testing.T) {
	g := Default()
	for _, code := range []string{"XKX", "UNK"} {
		if s, ok := g.StateByISO3(code); !ok || s.ISO2 != "XK" {
			t.Errorf("StateByISO3(%s) = %+v, %v", code, s, ok)
		}
	}
}
