package text

import (
	"reflect"
	"strings"
	"testing"
)

const enDoc = "title: Readout of a call\nsource: https://example.org/readout\n\nWashington, DC \u2014 Secretary of State Antony J. Blinken spoke on Tuesday with the Foreign Minister of Ghana. " +
	"They discussed the U.S. commitment to the region and the 2.5 million doses delivered. The Secretary said: \u201cWe stand together.\u201d Mr. Blinken thanked Dr. Ayorkor for her work.\n\n" +
	"- Trade and investment\n- Health security\n"

const esDoc = "fecha: 2022-01-14\n\nMadrid, 10 ene (EFE).- El ministro de Asuntos Exteriores, José Manuel Albares, recibió el pasado lunes a su homólogo de EE.UU. en el palacio de Santa Cruz. " +
	"¿Cuál fue el resultado? Ambos firmaron un memorando; la Sra. Pérez asistió a la firma."

func texts(d *Doc, ss []Span) []string {
	var out []string
	for _, s := range ss {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"fr abbreviations", "S.M. le Roi Mohammed VI a reçu M. Jean Dupont. S.E. l'ambassadeur était présent. Le texte (art. 5) a été signé.",
			[]string{"S.M. le Roi Mohammed VI a reçu M. Jean Dupont.", "S.E. l'ambassadeur était présent.", "Le texte (art. 5) a été signé."}},
		{"fr quote and question", `Le ministre a déclaré : "Nous sommes prêts." Qui paiera ? Personne ne le sait.`,
			[]string{`Le ministre a déclaré : "Nous sommes prêts."`, "Qui paiera ?", "Personne ne le sait."}},
		{"en initials and decimals", "Antony J. Blinken met Mrs. Smith at 3.30 p.m. on Monday. The U.S. delegation left. Growth was 2.5 percent.",
			[]string{"Antony J. Blinken met Mrs. Smith at 3.30 p.m. on Monday.", "The U.S. delegation left.", "Growth was 2.5 percent."}},
		{"acronym before a sentence", "They praised the U.S. The talks ended. S.M. le Roi a reçu S.E.M. Dupont. Aid from the U.S. Agency grew.",
			[]string{"They praised the U.S.", "The talks ended.", "S.M. le Roi a reçu S.E.M. Dupont.", "Aid from the U.S. Agency grew."}},
		{"numbered items", "1. Les ministres ont salué le Conseil.\n2. Ils se reverront en 2022. Le texte a été publié.",
			[]string{"1. Les ministres ont salué le Conseil.", "2. Ils se reverront en 2022.", "Le texte a été publié."}},
		{"es abbreviations 2", "Según el núm. 3 del acuerdo, p. ej. la energía, duró aprox. dos horas. Fin.",
			[]string{"Según el núm. 3 del acuerdo, p. ej. la energía, duró aprox. dos horas.", "Fin."}},
		{"en No.", "Resolution No. 2602 was adopted. It passed.", []string{"Resolution No. 2602 was adopted.", "It passed."}},
		{"en Indian honorifics", "The talks were led by Shri. Anil Mehta and Smt. Rani Das. They ended.", []string{"The talks were led by Shri. Anil Mehta and Smt. Rani Das.", "They ended."}},
		{"es abbreviations", "El Sr. Albares viajó a EE.UU. el martes. ¿Habrá acuerdo? ¡Sí! La Dra. Ruiz lo confirmó.",
			[]string{"El Sr. Albares viajó a EE.UU. el martes.", "¿Habrá acuerdo?", "¡Sí!", "La Dra. Ruiz lo confirmó."}},
		{"paragraphs without punctuation", "Communiqué conjoint\n\nLe Maroc et le Pérou ont signé un accord\n\nFin",
			[]string{"Communiqué conjoint", "Le Maroc et le Pérou ont signé un accord", "Fin"}},
		{"bullets", "Les deux parties ont convenu de:\n- renforcer le dialogue politique\n- ouvrir un consulat\n1. premier point\n• dernier point",
			[]string{"Les deux parties ont convenu de:", "- renforcer le dialogue politique", "- ouvrir un consulat", "1. premier point", "• dernier point"}},
		{"wrapped lines", "Le ministre des Affaires étrangères a reçu hier\nson homologue du Pérou pour un entretien. Puis il est\nparti.",
			[]string{"Le ministre des Affaires étrangères a reçu hier\nson homologue du Pérou pour un entretien.", "Puis il est\nparti."}},
		{"narrow wrapped text", "Le ministre des Affaires étrangères\nNasser Bourita a reçu son homologue\nKazakh Mukhtar Tleuberdi.",
			[]string{"Le ministre des Affaires étrangères\nNasser Bourita a reçu son homologue\nKazakh Mukhtar Tleuberdi."}},
		{"a short first line ending with a preposition is wrapped text, no title", "La comunidad está integrada por\nPerú, Chile, Ecuador, Bolivia, Colombia y Argentina, dijo hoy.",
			[]string{"La comunidad está integrada por\nPerú, Chile, Ecuador, Bolivia, Colombia y Argentina, dijo hoy."}},
		{"'EE. UU.' written with a space is one acronym", "Se hace cargo de la Embajada de EE. UU. en un momento de tensiones. Luego partió.",
			[]string{"Se hace cargo de la Embajada de EE. UU. en un momento de tensiones.", "Luego partió."}},
		{"title line", "Visite officielle au Pérou\nLe ministre est arrivé lundi à Lima.",
			[]string{"Visite officielle au Pérou", "Le ministre est arrivé lundi à Lima."}},
		{"ellipsis and lowercase", "Il a cité le commerce, l'énergie, etc. et la santé… Ensuite il est parti.",
			[]string{"Il a cité le commerce, l'énergie, etc. et la santé…", "Ensuite il est parti."}},
		{"no final stop", "Une phrase. Une autre sans point", []string{"Une phrase.", "Une autre sans point"}},
		{"a line ending with a colon opens a list", "The President received the letters of credence of the following envoys:\nH.E. Mr. Tom Ward - Kingdom of Morocco\nand a wrapped line: of text\ncontinues here.",
			[]string{"The President received the letters of credence of the following envoys:", "H.E. Mr. Tom Ward - Kingdom of Morocco\nand a wrapped line: of text\ncontinues here."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustDecode(t, []byte(c.in))
			got := texts(d, SplitSentences(d.Text, 0)) // the splitter only, headers aside
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestSentencesOfDocs(t *testing.T) {
	d := mustDecode(t, []byte(enDoc))
	got := texts(d, d.Sentences())
	want := []string{
		"Secretary of State Antony J. Blinken spoke on Tuesday with the Foreign Minister of Ghana.",
		"They discussed the U.S. commitment to the region and the 2.5 million doses delivered.",
		`The Secretary said: "We stand together."`,
		"Mr. Blinken thanked Dr. Ayorkor for her work.",
		"- Trade and investment", "- Health security",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	d = mustDecode(t, []byte(esDoc))
	got = texts(d, d.Sentences())
	want = []string{
		"El ministro de Asuntos Exteriores, José Manuel Albares, recibió el pasado lunes a su homólogo de EE.UU. en el palacio de Santa Cruz.",
		"¿Cuál fue el resultado?",
		"Ambos firmaron un memorando; la Sra. Pérez asistió a la firma.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for off, want := range map[int]int{strings.Index(d.Text, "Ambos") + 3: 2, strings.Index(d.Text, "Madrid"): -1, len(d.Text): -1, d.BodyStart: 0} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestSentencesLongAreSplit(t *testing.T) {
	clause := "les deux ministres ont examiné les moyens de renforcer la coopération bilatérale dans les domaines de l'énergie, de l'agriculture et du tourisme"
	long := "Au cours de cet entretien, " + clause + "; " + clause + "; " + clause + "; " + clause + "; " + clause + "."
	d := mustDecode(t, []byte(long))
	ss := d.Sentences()
	if len(ss) < 2 {
		t.Fatalf("a %d-byte sentence was not split: %v", len(long), ss)
	}
	for i, s := range ss {
		if s.Len() > ClauseBytes || (i > 0 && s.Start < ss[i-1].End) {
			t.Errorf("clause %d %v too long or overlapping", i, s)
		}
	}
	// A run without any punctuation or space is cut at MaxSpanBytes.
	d = mustDecode(t, []byte(strings.Repeat("é", 5000)))
	for _, s := range d.Sentences() {
		if s.Len() > MaxSpanBytes {
			t.Errorf("span %v longer than %d", s, MaxSpanBytes)
		}
	}
}

func TestHeaderAndDateline(t *testing.T) {
	cases := []struct {
		name     string
		in       string
		header   Header
		dateline Dateline
		body     string // start of the body
	}{
		{"seed-style bare date", " date 2021-04 Le ministre a reçu son homologue.", Header{Date: Date{2021, 4, 0}, DateText: "2021-04"}, Dateline{}, "Le ministre"},
		{"key value lines", "source: https://example.org/a\ndate: 23 avril 2021\nlang: fr\ntitre: Entretien téléphonique\n\nLe ministre a reçu son homologue.",
			Header{Date: Date{2021, 4, 23}, DateText: "23 avril 2021", Lang: "fr", Source: "https://example.org/a", Title: "Entretien téléphonique"}, Dateline{}, "Le ministre"},
		{"spanish keys", "fuente: EFE\nfecha: 10/01/2022\nidioma: español\n\nEl ministro recibió a su homólogo.",
			Header{Date: Date{2022, 1, 10}, DateText: "10/01/2022", Lang: "es", Source: "EFE"}, Dateline{}, "El ministro"},
		{"front matter", "---\ntitle: Joint statement\ndate: 2020-12-01\n---\nThe two ministers met.",
			Header{Date: Date{2020, 12, 1}, DateText: "2020-12-01", Title: "Joint statement"}, Dateline{}, "The two ministers"},
		{"MAP dateline", "date 2021-04\nRABAT, 23 avril (MAP) - Le ministre a reçu son homologue.", Header{Date: Date{2021, 4, 0}, DateText: "2021-04"},
			Dateline{City: "RABAT", Date: Date{0, 4, 23}, DateText: "23 avril", Agency: "MAP"}, "Le ministre"},
		{"DC dateline", "Washington, DC \u2014 The Secretary met the minister.", Header{}, Dateline{City: "Washington", Region: "DC"}, "The Secretary"},
		{"a dateline with the year after a comma", "ABU DHABI, 30th September, 2019 (WAM) \u2013 The King opened an embassy.", Header{},
			Dateline{City: "ABU DHABI", Date: Date{2019, 9, 30}, DateText: "30th September, 2019", Agency: "WAM"}, "The King"},
		{"long title on the header line, then a city and region dateline", " date 2017-09-23 Kenya, Lithuania Sign Cooperation Agreement On Sidelines of UN General Assembly\n\nNew York, United States \u2014 Kenya and Lithuania have signed an agreement.",
			Header{Date: Date{2017, 9, 23}, DateText: "2017-09-23", Title: "Kenya, Lithuania Sign Cooperation Agreement On Sidelines of UN General Assembly"}, Dateline{City: "New York", Region: "United States"}, "Kenya and Lithuania"},
		{"EFE dateline", "Madrid, 10 ene (EFE).- El ministro recibió a su homólogo.", Header{}, Dateline{City: "Madrid", Date: Date{0, 1, 10}, DateText: "10 ene", Agency: "EFE"}, "El ministro"},
		{"dateline with year", "Nur-Sultan, le 5 mars 2021 \u2013 Les deux pays ont signé.", Header{}, Dateline{City: "Nur-Sultan", Date: Date{2021, 3, 5}, DateText: "le 5 mars 2021"}, "Les deux pays"},
		{"region in parentheses", "Nueva York (EE.UU.), 10 ene (EFE).- El Consejo de Seguridad aprobó la resolución.", Header{},
			Dateline{City: "Nueva York", Region: "EE.UU.", Date: Date{0, 1, 10}, DateText: "10 ene", Agency: "EFE"}, "El Consejo"},
		{"Reuters", "WASHINGTON, April 23 (Reuters) - The United States said on Friday.", Header{},
			Dateline{City: "WASHINGTON", Date: Date{0, 4, 23}, DateText: "April 23", Agency: "Reuters"}, "The United States"},
		{"dateline line without separator", "Madrid, 10 de enero de 2022\n\nEl ministro recibió a su homólogo.", Header{},
			Dateline{City: "Madrid", Date: Date{2022, 1, 10}, DateText: "10 de enero de 2022"}, "El ministro"},
		{"title and date lines", "Office of the Spokesperson\nApril 23, 2021\n\nThe Secretary spoke with the minister.",
			Header{Date: Date{2021, 4, 23}, DateText: "April 23, 2021", Title: "Office of the Spokesperson"}, Dateline{}, "The Secretary"},
		{"date line then dateline", "Vendredi 23 avril 2021\nRABAT (MAP) - Le ministre a reçu son homologue.",
			Header{Date: Date{2021, 4, 23}, DateText: "Vendredi 23 avril 2021"}, Dateline{City: "RABAT", Agency: "MAP"}, "Le ministre"},
		{"title line then body", "Visite officielle au Pérou\nLe ministre est arrivé lundi à Lima.", Header{}, Dateline{}, "Visite officielle"},
		{"agency only", "PARIS (AFP) - Le ministre est arrivé.", Header{}, Dateline{City: "PARIS", Agency: "AFP"}, "Le ministre"},
		{"colon dateline with bracketed region and agency", "New Delhi [India], January 15 (ANI): External Affairs Minister Ravi Kumar paid a visit.", Header{},
			Dateline{City: "New Delhi", Region: "India", Date: Date{0, 1, 15}, DateText: "January 15", Agency: "ANI"}, "External Affairs"},
		{"colon dateline in capitals", "KUWAIT: The Foreign Minister received the ambassador.", Header{}, Dateline{City: "KUWAIT"}, "The Foreign"},
		{"colon dateline", "Canberra: The Minister for Foreign Affairs will visit.", Header{}, Dateline{City: "Canberra"}, "The Minister"},
		{"dateline closed by a full stop after the date", "Tegucigalpa, 12 de marzo de 2024. La presidenta recibió las cartas credenciales.", Header{},
			Dateline{City: "Tegucigalpa", Date: Date{2024, 3, 12}, DateText: "12 de marzo de 2024"}, "La presidenta"},
		{"not a dateline: a sentence with a comma and a full stop", "Le ministre, ému, a parlé. La séance est levée.", Header{}, Dateline{}, "Le ministre"},
		{"not a dateline: label and colon", "Background: The two ministers met in 2020.", Header{}, Dateline{}, "Background:"},
		{"not a dateline: sentence", "Le ministre des Affaires étrangères, de la Coopération africaine - et des Marocains - a reçu.", Header{}, Dateline{}, "Le ministre"},
		{"not a dateline: title", "Joint Statement - The two ministers met.", Header{}, Dateline{}, "Joint Statement"},
		{"not a header: prose date", "Date limite pour les inscriptions: demain.", Header{}, Dateline{}, "Date limite"},
		{"not a header: long date line", "date: " + strings.Repeat("x", 600) + "\nTexte.", Header{}, Dateline{}, "date: xxx"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustDecode(t, []byte(c.in))
			h := d.Header
			h.Span = Span{}
			if span := d.Text[h.TitleSpan.Start:h.TitleSpan.End]; strings.Join(strings.Fields(span), " ") != strings.Join(strings.Fields(h.Title), " ") {
				t.Errorf("TitleSpan %v holds %q, not the title %q", h.TitleSpan, d.Text[h.TitleSpan.Start:h.TitleSpan.End], h.Title)
			}
			h.TitleSpan = Span{} // (TestTitleSpan)
			if h != c.header {
				t.Errorf("Header = %+v\nwant     %+v", h, c.header)
			}
			dl := d.Dateline
			dl.Span = Span{}
			if dl != c.dateline {
				t.Errorf("Dateline = %+v\nwant       %+v", dl, c.dateline)
			}
			if !strings.HasPrefix(d.Text[d.BodyStart:], c.body) {
				t.Errorf("body = %q, want prefix %q", sample(d.Text[d.BodyStart:], 40), c.body)
			}
			if !d.Dateline.IsZero() && d.Dateline.Span.End > d.BodyStart {
				t.Errorf("dateline span %v beyond body start %d", d.Dateline.Span, d.BodyStart)
			}
		})
	}
}

func TestRefDate(t *testing.T) {
	cases := []struct {
		in, override string
		want         Date
	}{
		{"date 2021-04 Le ministre est parti.", "", Date{2021, 4, 0}},
		{"date 2021-04 Le ministre est parti.", "2021-04-23", Date{2021, 4, 23}},
		{"date 2021-04\nRABAT, 23 avril (MAP) - Le ministre est parti.", "", Date{2021, 4, 23}},
		{"date 2021\nRABAT, 23 avril (MAP) - Le ministre est parti.", "", Date{2021, 4, 23}},
		{"date 2021-05\nRABAT, 23 avril (MAP) - Le ministre est parti.", "", Date{2021, 5, 0}},
		{"RABAT, 23 avril (MAP) - Le ministre est parti.", "", Date{}},
		{"RABAT, 23 avril (MAP) - Le ministre est parti.", "2021", Date{2021, 4, 23}},
		{"Nur-Sultan, le 5 mars 2021 - Les deux pays ont signé.", "", Date{2021, 3, 5}},
		{"Le ministre est parti.", "garbage", Date{}},
	}
	for _, c := range cases {
		d := mustDecode(t, []byte(c.in))
		if got := d.RefDate(c.override); got != c.want {
			t.Errorf("RefDate(%q) of %q = %v, want %v", c.override, c.in, got, c.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Le ministre a reçu son homologue pour un entretien sur la coopération entre les deux pays.", "fr"},
		{"Les deux parties ont souligné l'importance de leurs relations.", "fr"},
		{"The minister met his counterpart to discuss the cooperation between the two countries.", "en"},
		{"The Secretary reaffirmed the support of the United States for the initiative.", "en"},
		{"El ministro recibió a su homólogo para hablar de la cooperación entre los dos países.", "es"},
		{"Ambos gobiernos firmaron un acuerdo sobre comercio y energía.", "es"},
		{"Ok.", ""},
		{"1234 5678 !!!", ""},
		{"Der Minister hat seinen Amtskollegen getroffen.", ""},
		{"Der Außenminister ist mit dem Präsidenten und der Delegation zusammengetroffen.", ""},
		{"O ministro dos Negócios Estrangeiros também se reuniu com uma delegação, não foi possível.", ""},
		{"Il ministro degli Esteri ha incontrato il presidente della Repubblica e gli ambasciatori.", ""},
		{"Secretary Blinken spoke with Moroccan Foreign Minister Bourita.", "en"},
		{"El canciller habló con su homólogo.", "es"},
		{"Le ministre a reçu l'ambassadeur.", "fr"},
	}
	for _, c := range cases {
		if got, score := DetectLang(c.in); got != c.want {
			t.Errorf("DetectLang(%q) = %q (%.2f), want %q", c.in, got, score, c.want)
		} else if got != "" && (score <= 0 || score > 1) {
			t.Errorf("DetectLang(%q) score %v", c.in, score)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2021", Date{2021, 0, 0}, true},
		{"2021-04", Date{2021, 4, 0}, true},
		{"2021-04-23", Date{2021, 4, 23}, true},
		{"23/04/2021", Date{2021, 4, 23}, true},
		{"23.04.2021", Date{2021, 4, 23}, true},
		{"23 avril 2021", Date{2021, 4, 23}, true},
		{"1er avril 2021", Date{2021, 4, 1}, true},
		{"le vendredi 23 avril 2021", Date{2021, 4, 23}, true},
		{"23 Avril 2021", Date{2021, 4, 23}, true},
		{"April 23, 2021", Date{2021, 4, 23}, true},
		{"Friday, April 23, 2021", Date{2021, 4, 23}, true},
		{"23 April 2021", Date{2021, 4, 23}, true},
		{"April 2021", Date{2021, 4, 0}, true},
		{"23 de abril de 2021", Date{2021, 4, 23}, true},
		{"abril de 2021", Date{2021, 4, 0}, true},
		{"10 ene 2022", Date{2022, 1, 10}, true},
		{"29 février 2024", Date{2024, 2, 29}, true},
		{"29 février 2023", Date{}, false},
		{"2021-13", Date{}, false},
		{"31/04/2021", Date{}, false},
		{"23 avril", Date{}, false},
		{"demain", Date{}, false},
		{"", Date{}, false},
		{"2021-04-23 et plus", Date{}, false},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestDateString(t *testing.T) {
	for d, want := range map[Date]string{{2021, 0, 0}: "2021", {2021, 4, 0}: "2021-04", {2021, 4, 3}: "2021-04-03", {}: "", {0, 4, 23}: ""} {
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
	if !(Date{}).IsZero() || (Date{2021, 0, 0}).IsZero() {
		t.Error("IsZero")
	}
}

func TestFindDates(t *testing.T) {
	day := Date{2021, 4, 23}  // a Friday
	month := Date{2021, 4, 0} // month precision
	type m struct {
		text string
		date Date
		rel  bool
	}
	cases := []struct {
		in   string
		lang string
		ref  Date
		want []m
	}{
		{"Le ministre a reçu le 23 avril 2021 son homologue.", "fr", Date{}, []m{{"23 avril 2021", Date{2021, 4, 23}, false}}},
		{"Il a adhéré en mars 2021 à l'organisation.", "fr", day, []m{{"mars 2021", Date{2021, 3, 0}, false}}},
		{"Il a adhéré en mars à l'organisation.", "fr", day, []m{{"mars", Date{2021, 3, 0}, false}}},
		{"Le ministre a eu vendredi un entretien.", "fr", day, []m{{"vendredi", day, true}}},
		{"Le ministre a eu vendredi un entretien.", "fr", month, []m{{"vendredi", month, true}}},
		{"Ce mardi, il a reçu l'ambassadeur.", "fr", day, []m{{"Ce mardi", Date{2021, 4, 20}, true}}},
		{"Il est arrivé hier et repart demain.", "fr", day, []m{{"hier", Date{2021, 4, 22}, true}, {"demain", Date{2021, 4, 24}, true}}},
		{"Aujourd'hui, le ministre a reçu, avant-hier il voyageait.", "fr", day, []m{{"Aujourd'hui", day, true}, {"avant-hier", Date{2021, 4, 21}, true}}},
		{"Il avait signé vendredi dernier et reviendra lundi prochain.", "fr", day, []m{{"vendredi dernier", Date{2021, 4, 16}, true}, {"lundi prochain", Date{2021, 4, 26}, true}}},
		{"La réunion du 1er juin a été reportée.", "fr", day, []m{{"1er juin", Date{2021, 6, 1}, false}}},
		{"The minister arrived on April 23 and left on Tuesday.", "en", day, []m{{"April 23", day, false}, {"Tuesday", Date{2021, 4, 20}, true}}},
		{"Secretary Blinken spoke yesterday with his counterpart.", "en", day, []m{{"yesterday", Date{2021, 4, 22}, true}}},
		{"They met last Friday and will meet next Friday.", "en", day, []m{{"last Friday", Date{2021, 4, 16}, true}, {"next Friday", Date{2021, 4, 30}, true}}},
		{"The talks on 23 April 2021 in March 2020 went well.", "en", day, []m{{"23 April 2021", day, false}, {"March 2020", Date{2020, 3, 0}, false}}},
		{"We may march on.", "en", day, nil},
		{"La cumbre de Santo Domingo terminó; São Domingos y Saint Lundi también.", "es", day, nil},
		{"He came in May.", "en", day, []m{{"May", Date{2021, 5, 0}, false}}},
		{"El ministro llegó el 10 de enero y se fue ayer.", "es", day, []m{{"10 de enero", Date{2021, 1, 10}, false}, {"ayer", Date{2021, 4, 22}, true}}},
		{"Se reunieron el pasado lunes y este martes.", "es", day, []m{{"el pasado lunes", Date{2021, 4, 19}, true}, {"este martes", Date{2021, 4, 20}, true}}},
		{"Viajará mañana; esta mañana firmó. El lunes próximo vuelve.", "es", day, []m{{"mañana", Date{2021, 4, 24}, true}, {"esta mañana", day, true}, {"lunes próximo", Date{2021, 4, 26}, true}}},
		{"La cumbre del 23 de abril de 2021 fue un éxito.", "es", Date{}, []m{{"23 de abril de 2021", day, false}}},
		{"Signé le 23/04/2021 et publié le 2021-04-24.", "", Date{}, []m{{"23/04/2021", day, false}, {"2021-04-24", Date{2021, 4, 24}, false}}},
		{"Depuis 2019, les deux pays coopèrent.", "fr", day, []m{{"2019", Date{2019, 0, 0}, false}}},
		{"La semaine dernière, récemment, il est venu.", "fr", day, nil},
		{"Il est venu vendredi.", "fr", Date{2021, 0, 0}, []m{{"vendredi", Date{2021, 0, 0}, true}}},
		{"Il est venu vendredi.", "fr", Date{}, []m{{"vendredi", Date{}, true}}},
		{"Le 32 avril et le 1234-56 ne sont pas des dates.", "fr", day, nil},
		{"Les réunions du 23 au 25 avril, puis les 3 et 4 mai, enfin 10-12 June.", "", day, []m{{"23 au 25 avril", day, false}, {"3 et 4 mai", Date{2021, 5, 3}, false}, {"10-12 June", Date{2021, 6, 10}, false}}},
		{"Cette année et l'an dernier, le mois prochain; ce mois-ci; l'année passée.", "fr", day, []m{{"Cette année", Date{2021, 0, 0}, true}, {"l'an dernier", Date{2020, 0, 0}, true}, {"le mois prochain", Date{2021, 5, 0}, true}, {"ce mois-ci", Date{2021, 4, 0}, true}, {"l'année passée", Date{2020, 0, 0}, true}}},
		{"Last year, this month and next year; a year ago.", "en", Date{2021, 12, 0}, []m{{"Last year", Date{2020, 0, 0}, true}, {"this month", Date{2021, 12, 0}, true}, {"next year", Date{2022, 0, 0}, true}}},
		{"El año pasado y el próximo mes; este año; el mes que viene.", "es", Date{2021, 12, 3}, []m{{"El año pasado", Date{2020, 0, 0}, true}, {"el próximo mes", Date{2022, 1, 0}, true}, {"este año", Date{2021, 0, 0}, true}, {"el mes que viene", Date{2022, 1, 0}, true}}},
		{"Visite prévue fin avril, puis mi-mai et début juin 2022; jusqu'en mars.", "fr", day, []m{{"avril", Date{2021, 4, 0}, false}, {"mai", Date{2021, 5, 0}, false}, {"juin 2022", Date{2022, 6, 0}, false}, {"mars", Date{2021, 3, 0}, false}}},
		{"A finales de abril y a mediados de mayo de 2022.", "es", day, []m{{"abril", Date{2021, 4, 0}, false}, {"mayo de 2022", Date{2022, 5, 0}, false}}},
		{"Talks in early May and at the end of June; the end of talks.", "en", day, []m{{"May", Date{2021, 5, 0}, false}, {"June", Date{2021, 6, 0}, false}}},
		{"On Jan. 5, 2021, and Feb. 10 they met.", "en", day, []m{{"Jan. 5, 2021", Date{2021, 1, 5}, false}, {"Feb. 10", Date{2021, 2, 10}, false}}},
		{"They spoke on Tuesday, April 20, about trade.", "en", day, []m{{"Tuesday, April 20", Date{2021, 4, 20}, false}}},
		{"Le sommet du 23 décembre et la visite prévue en mars.", "fr", Date{2022, 1, 5}, []m{{"23 décembre", Date{2021, 12, 23}, false}, {"mars", Date{2022, 3, 0}, false}}},
		{"La visite prévue en mars.", "fr", Date{2021, 12, 0}, []m{{"mars", Date{2022, 3, 0}, false}}},
		{"Le sommet du 23 décembre.", "fr", Date{2022, 0, 0}, []m{{"23 décembre", Date{2022, 12, 23}, false}}},
	}
	for _, c := range cases {
		got := FindDates(c.in, c.lang, c.ref)
		var gm []m
		for _, g := range got {
			gm = append(gm, m{c.in[g.Start:g.End], g.Date, g.Relative})
		}
		if !reflect.DeepEqual(gm, c.want) {
			t.Errorf("FindDates(%q, %q, %v)\n got  %+v\n want %+v", c.in, c.lang, c.ref, gm, c.want)
		}
	}
}

func TestTitleBeforeDateline(t *testing.T) {
	d := mustDecode(t, []byte("Maroc-Pérou : entretien téléphonique\n\nRABAT, 23 avril (MAP) - Le ministre a reçu son homologue."))
	if d.Dateline.City != "RABAT" || d.Header.Title != "Maroc-Pérou : entretien téléphonique" || !strings.HasPrefix(d.Text[d.BodyStart:], "Le ministre") {
		t.Errorf("dateline %+v title %q body %q", d.Dateline, d.Header.Title, d.Text[d.BodyStart:])
	}
	d = mustDecode(t, []byte("Une phrase courte\nUne autre - avec un tiret."))
	if !d.Dateline.IsZero() || d.BodyStart != 0 {
		t.Errorf("dateline %+v body start %d", d.Dateline, d.BodyStart)
	}
}

func TestLanguage(t *testing.T) {
	d := mustDecode(t, []byte("lang: English\n\nOk."))
	if d.Lang != "" || d.Language("") != "en" || d.Language("fr") != "fr" || d.Language("xx") != "en" {
		t.Errorf("Lang %q Language() %q", d.Lang, d.Language(""))
	}
	d = mustDecode(t, []byte("lang: de\n\nLe ministre a reçu son homologue pour un entretien sur la coopération."))
	if d.Lang != "fr" || d.Language("") != "" || d.Language("fr-FR") != "fr" {
		t.Errorf("declared German: Lang %q Language() %q", d.Lang, d.Language(""))
	}
	if got, ok := ParseDate("2021-04-23T10:00:00Z"); !ok || got != (Date{2021, 4, 23}) {
		t.Errorf("ParseDate(timestamp) = %v, %v", got, ok)
	}
}
