package extract

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"diplograph"
	"diplograph/loader"
)

// facts reduces an extraction to short strings, as the scorer sees it:
// office:<surname>:<of>:<role>, event:<kind>:<status>:<states>,
// support:<supporter>><subject>:<topic>:<stance>, member:<state>:<org>:<status>,
// mission:<kind>:<sender>><host>:<city>:<status>, hq:<org>:<state>, parent:<org><<parent>.
func facts(t *testing.T, txt string) []string {
	t.Helper()
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	if err := c.Document.Validate(len(txt)); err != nil {
		t.Fatalf("invalid: %v", err)
	}
	return reduce(c.Document)
}

func reduce(d *diplograph.Document) []string {
	ents := map[string]diplograph.Entity{}
	for _, e := range d.Entities {
		ents[e.ID] = e
	}
	key := func(id string) string {
		e := ents[id]
		switch e.Type {
		case diplograph.TypeState:
			return e.Props["iso2"].(string)
		case diplograph.TypeOrganisation:
			if a, ok := e.Props["acronym"].(string); ok {
				return a
			}
			return e.Name
		}
		return id
	}
	personStates := map[string][]string{}
	for _, r := range d.Relations {
		if r.Type == diplograph.RelHoldsOffice && ents[r.To].Type == diplograph.TypeState {
			personStates[r.From] = append(personStates[r.From], key(r.To))
		}
	}
	var out []string
	evStates := map[string][]string{}
	concerns := map[string]string{}
	located := map[string]string{}
	for _, r := range d.Relations {
		switch r.Type {
		case diplograph.RelHoldsOffice:
			name := ents[r.From].Name
			f := strings.Fields(foldString(name))
			if i := slices.Index(f, "of"); i > 0 {
				f = f[:i] // a peer's "Baroness X of Y": the surname before the place
			}
			out = append(out, fmt.Sprintf("office:%s:%s:%s", f[len(f)-1], key(r.To), r.Props["role"]))
		case diplograph.RelParticipatedIn:
			if ents[r.From].Type == diplograph.TypePerson {
				evStates[r.To] = append(evStates[r.To], personStates[r.From]...)
			} else {
				evStates[r.To] = append(evStates[r.To], key(r.From))
			}
		case diplograph.RelConcerns:
			concerns[r.From] = key(r.To)
		case diplograph.RelLocatedIn:
			if ents[r.To].Type == diplograph.TypeState {
				located[r.From] = key(r.To)
			}
		}
	}
	for _, e := range d.Entities {
		if e.Type == diplograph.TypeEvent {
			st := evStates[e.ID]
			sort.Strings(st)
			st = slices.Compact(st)
			out = append(out, fmt.Sprintf("event:%s:%s:%s", e.Props["kind"], e.Props["status"], strings.Join(st, ",")))
		}
	}
	for _, r := range d.Relations {
		switch r.Type {
		case diplograph.RelSupports:
			out = append(out, fmt.Sprintf("support:%s>%s:%s:%s", key(r.From), concerns[r.To], ents[r.To].Props["topic"], r.Props["stance"]))
		case diplograph.RelMemberOf:
			out = append(out, fmt.Sprintf("member:%s:%s:%s", key(r.From), key(r.To), r.Props["status"]))
		case diplograph.RelHasMission:
			m := ents[r.To]
			city, _ := m.Props["city"].(string)
			out = append(out, fmt.Sprintf("mission:%s:%s>%s:%s:%s", strings.ToLower(m.Type), key(r.From), located[r.To], city, m.Props["status"]))
		case diplograph.RelHeadquarteredIn:
			if ents[r.To].Type == diplograph.TypeState {
				out = append(out, fmt.Sprintf("hq:%s:%s", key(r.From), key(r.To)))
			}
		case diplograph.RelPartOf:
			out = append(out, fmt.Sprintf("parent:%s<%s", key(r.From), key(r.To)))
		}
	}
	sort.Strings(out)
	return out
}

type ruleCase struct {
	name string
	text string
	want []string // facts that must be present
	not  []string // facts that must be absent
}

func runCases(t *testing.T, cases []ruleCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := facts(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s\ngot: %s", w, strings.Join(got, "\n     "))
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %s", n)
				}
			}
		})
	}
}

func TestOffices(t *testing.T) {
	runCases(t, []ruleCase{
		{"apposition with two roles", "date 2022-05\nLe ministre des Affaires étrangères, Karim Alaoui, a reçu le Vice-premier ministre, ministre des Affaires étrangères du Kazakhstan, Arman Seitkali.",
			[]string{"office:seitkali:KZ:deputy_prime_minister", "office:seitkali:KZ:foreign_minister"}, nil},
		{"adjective and counterpart", "RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, s'est entretenu avec son homologue malien, Abdou Traoré.",
			[]string{"office:alaoui:MA:foreign_minister", "office:traore:ML:foreign_minister"}, nil},
		{"king and president", "RABAT, 3 mai (MAP) - Les deux ministres ont salué les liens voulus par le roi Mohammed VI et le président Kassym-Jomart Tokaïev du Kazakhstan.",
			[]string{"office:vi:MA:head_of_state", "office:tokaiev:KZ:head_of_state"}, nil},
		{"english pre-head", "Secretary of State Jane Roe met with Moroccan Foreign Minister Karim Alaoui in Washington.",
			[]string{"office:roe:US:foreign_minister", "office:alaoui:MA:foreign_minister"}, nil},
		{"spanish", "Madrid, 10 ene (EFE).- El ministro de Asuntos Exteriores, Pedro Gómez, recibió al embajador de Chile, Luis Pérez.",
			[]string{"office:gomez:ES:foreign_minister", "office:perez:CL:ambassador"}, nil},
		{"head of organisation", "date 2023\nLe Secrétaire général de l'Organisation de la coopération islamique, Hissein Brahim Taha, a reçu le ministre sénégalais des Affaires étrangères, Awa Ndiaye.",
			[]string{"office:taha:OIC:secretary_general", "office:ndiaye:SN:foreign_minister"}, nil},
		{"deputy is official", "date 2023\nLe vice-ministre des Affaires étrangères du Japon, Ken Sato, est arrivé à Rabat.",
			[]string{"office:sato:JP:official"}, []string{"office:sato:JP:foreign_minister"}},
	})
}

func TestPersonIDs(t *testing.T) {
	for _, names := range [][]string{{"Tokaïev", "Tokayev", "Tokaev"}, {"Kassym-Jomart Tokaïev", "Kassym Jomart Tokayev"}, {"Sergueï Lavrov", "Sergey Lavrov", "Sergei Lavrov"}} {
		id := personSlug(names[0])
		for _, n := range names[1:] {
			if s := personSlug(n); s != id {
				t.Errorf("%q → %q, %q → %q: want one id", names[0], id, n, s)
			}
		}
	}
	if s := personSlug("Kassym Jomart Tokayev"); s != "kassym-jomart-tokaiev" {
		t.Errorf("transliteration: got %q, want the id of FORMAT's example (kassym-jomart-tokaiev)", s)
	}
	if s := personSlug("Antony J. Blinken"); s != "antony-blinken" {
		t.Errorf("initials: got %q", s)
	}
}

func TestEvents(t *testing.T) {
	runCases(t, []ruleCase{
		{"phone call reported twice is one event", "RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, a eu un entretien téléphonique avec son homologue malien, Abdou Traoré. Au cours de cet entretien, les deux ministres ont salué leurs relations.",
			[]string{"event:phone_call:held:MA,ML"}, []string{"event:meeting:held:MA,ML"}},
		{"planned visit and consultations", "RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, a reçu son homologue malien, Abdou Traoré. Les deux ministres ont convenu de tenir des consultations politiques. M. Traoré a invité M. Alaoui à effectuer une visite officielle au Mali.",
			[]string{"event:meeting:held:MA,ML", "event:consultations:planned:MA,ML", "event:visit:planned:MA,ML"}, nil},
		{"presence is not participation", "RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, a reçu l'ambassadeur du Japon, Ken Sato, en présence de l'ambassadeur de France, Paul Martin.",
			[]string{"event:meeting:held:JP,MA"}, []string{"event:meeting:held:FR,JP,MA"}},
		{"credentials per ambassador", "RABAT, 3 mai (MAP) - Le roi Mohammed VI a reçu les lettres de créance des ambassadeurs suivants :\n- M. Ken Sato, ambassadeur du Japon ;\n- M. Paul Martin, ambassadeur de France.",
			[]string{"event:credentials:held:JP,MA", "event:credentials:held:FR,MA"}, nil},
		{"signed agreement", "Madrid, 10 ene (EFE).- El ministro de Asuntos Exteriores, Pedro Gómez, y su homólogo marroquí, Karim Alaoui, firmaron un memorando de entendimiento.",
			[]string{"event:agreement:held:ES,MA"}, nil},
	})
}

func TestSupports(t *testing.T) {
	runCases(t, []ruleCase{
		{"genitive supporter", "RABAT, 3 mai (MAP) - Le ministre a salué le soutien constant du Sénégal à l'intégrité territoriale du Royaume et au plan d'autonomie.",
			[]string{"support:SN>MA:territorial_integrity:support", "support:SN>MA:autonomy_plan:support"}, nil},
		{"possessive english", "Minister Jane Roe reiterated Canada's support for the sovereignty and territorial integrity of Armenia.",
			[]string{"support:CA>AM:sovereignty:support", "support:CA>AM:territorial_integrity:support"}, nil},
		{"recognition", "Madrid, 10 ene (EFE).- España reconoce oficialmente al Estado de Palestina.",
			[]string{"support:ES>PS:sovereignty:recognize"}, nil},
		{"opposition by an organisation", "date 2023\nLe Front Polisario rejette le plan d'autonomie proposé par le Maroc.",
			[]string{"support:POLISARIO>MA:autonomy_plan:oppose"}, nil},
		{"no stance, no fact", "date 2023\nLe respect de l'intégrité territoriale des Etats est un principe de la Charte.", nil,
			[]string{"support:"}},
	})
}

func TestMembershipsMissionsOrgs(t *testing.T) {
	runCases(t, []ruleCase{
		{"joined with org after", "date 2021-04\nLe ministre a remercié le Maroc pour son adhésion en mars 2021 à l'Organisation islamique pour la sécurité alimentaire, créée sous l'égide de l'OCI, à l'initiative du Kazakhstan qui abrite son siège.",
			[]string{"member:MA:IOFS:joined", "parent:IOFS<OIC", "hq:IOFS:KZ"}, nil},
		{"left, coordinated", "date 2024\nLe Mali, le Burkina Faso et le Niger ont quitté la CEDEAO.",
			[]string{"member:ML:ECOWAS:left", "member:BF:ECOWAS:left", "member:NE:ECOWAS:left"}, nil},
		{"member states are not memberships", "date 2024\nLes Etats membres de l'Union africaine se sont réunis.", nil, []string{"member:"}},
		{"embassy announced", "RABAT, 3 mai (MAP) - Les deux ministres se sont réjouis de la décision du Kazakhstan d'ouvrir une ambassade résidente à Rabat.",
			[]string{"mission:embassy:KZ>MA:Rabat:announced"}, nil},
		{"consulate opened in a city", "date 2020\nLa Gambie a inauguré un consulat général à Dakhla.",
			[]string{"mission:consulate:GM>MA:Dakhla:opened"}, nil},
		{"headquarters city", "Ginebra, 2 oct (EFE).- El Consejo de Derechos Humanos, con sede en Ginebra y órgano subsidiario de la Asamblea General, abrió su sesión.",
			[]string{"hq:UNHRC:CH", "parent:UNHRC<UNGA"}, nil},
	})
}

func TestRobustness(t *testing.T) {
	x := New(Options{})
	ctx := context.Background()
	for name, data := range map[string][]byte{
		"empty":  {},
		"blank":  []byte("   \n\t  "),
		"binary": {0, 1, 2, 0, 'a', 0, 0xff, 0xfe, 0},
		"huge":   make([]byte, 50<<20),
	} {
		_, err := x.Extract(ctx, loader.TextInput{Path: name + ".txt", ID: name, Data: data})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if diplograph.KindOf(err) != diplograph.Invalid || !strings.Contains(err.Error(), name+".txt") {
			t.Errorf("%s: error %v: want kind Invalid naming the file", name, err)
		}
	}
	// deeply repeated text: bounded output, no error
	rep := strings.Repeat("Le ministre des Affaires étrangères, Karim Alaoui, a reçu son homologue malien, Abdou Traoré. ", 20000)
	c, err := x.Extract(ctx, loader.TextInput{ID: "rep", Data: []byte(rep)})
	if err != nil {
		t.Fatalf("repeated: %v", err)
	}
	if len(c.Entities) > 50 {
		t.Errorf("repeated text gave %d entities", len(c.Entities))
	}
}

func TestHeadWords(t *testing.T) {
	if headWords == nil {
		t.Fatal("headRe is not a plain list of literals: isHead falls back to a regexp")
	}
	for _, w := range []string{"ministre", "president", "roi", "ambassadeur", "ministro"} {
		if !headWords[w] {
			t.Errorf("%s is not a head word", w)
		}
	}
}

// TestFamilyNamesOnePerson checks that a person named later by the family
// names of the full name ("President Sissoco Embaló" after "Umaro Sissoco
// Embaló") is one person, while a father's name ending the son's ("Salman
// bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz") is another.
func TestFamilyNamesOnePerson(t *testing.T) {
	for _, c := range []struct {
		txt  string
		want int // persons whose id ends with the family name
		end  string
	}{
		{"date 2022-07-15\n\nPresident Sissoko Diallo said his country was committed to the ties. The talks were held by Omar Sissoko Diallo, President of Mali, and by Luis Paz, President of Peru.", 1, "sissoko-diallo"},
		{"date 2021-06-12\n\nHe conveyed wishes to King Salman bin Abdulaziz Al Saud and to Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud.", 2, "abdulaziz-al-saud"},
		{"date 2005\n\nCrown Prince Khalid receives a message from the President of Peru\n\nDeputy Prime Minister Crown Prince Khalid bin Faisal received a message today from President Luis Paz of Peru.", 1, "khalid"},
	} {
		doc, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(c.txt)})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range doc.Entities {
			if strings.HasSuffix(e.ID, c.end) || strings.HasPrefix(e.ID, "person:"+c.end) {
				ids = append(ids, e.ID)
			}
		}
		if len(ids) != c.want {
			t.Errorf("%.50s…: persons %v, want %d", c.txt, ids, c.want)
		}
	}
}
