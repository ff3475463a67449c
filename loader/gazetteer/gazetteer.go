package gazetteer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -countries ../../../shared/data/countries/countries.json -curated curated.json -out data.json

//go:embed data.json
var embedded []byte

// Kind is the kind of a Mention.
type Kind int

// The kinds of mention.
const (
	State     Kind = iota + 1 // a state by its name, official name, article form or acronym ("Maroc", "the Kingdom of Morocco", "EE.UU.")
	Capital                   // a capital, which may stand for its state's government ("Rabat", "Washington")
	Demonym                   // an adjective or a people ("marocaine", "Kazakh", "estadounidenses"), or a combining form ("maroco-")
	Org                       // an international organisation or body ("OCI", "Security Council", "Front Polisario")
	Territory                 // a territory that is not treated as a state ("Sahara occidental" → key "ESH")
	City                      // another city of the curated list ("Dakhla", "Genève"); Key is the state it is presented in
)

// String returns the lower-case name of the kind ("state", "capital", …).
func (k Kind) String() string {
	switch k {
	case State:
		return "state"
	case Capital:
		return "capital"
	case Demonym:
		return "demonym"
	case Org:
		return "org"
	case Territory:
		return "territory"
	case City:
		return "city"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Mention is one recognised name in a text.
type Mention struct {
	Start, End int    // byte offsets in the searched text: Text == text[Start:End]
	Kind       Kind   // what was recognised
	Key        string // ISO2 for State, Capital, Demonym and City ("MA"); canonical org key ("IOFS"); territory key ("ESH")
	Text       string // the matched text, as written
}

// StateInfo is a state (or another ISO 3166-1 entity such as a dependent
// territory) of the gazetteer. (The name State is taken by the Kind constant,
// hence StateInfo; likewise OrgInfo.) Names are as written (with accents); matching
// is done on their folded forms.
type StateInfo struct {
	ISO2        string              // ISO 3166-1 alpha-2 ("MA"); "XK" for Kosovo
	ISO3        string              // ISO 3166-1 alpha-3 ("MAR"); "XKX" for Kosovo ("UNK" is also accepted by StateByISO3)
	Name        string              // English common name ("Morocco")
	Names       map[string][]string `json:"names"`    // names by language: "en", "fr", "es", and "alt" for other spellings
	Acronyms    []string            `json:"acronyms"` // case-sensitive short forms ("USA", "EE.UU.", "RDC")
	Demonyms    map[string][]string `json:"demonyms"` // adjectives and peoples by language, all genders and numbers
	Prefixes    []string            `json:"prefixes"` // combining forms before a hyphen ("maroco", "franco")
	Capital     string              // English name of the capital ("Rabat"); empty for some territories
	Capitals    map[string][]string `json:"capitals"`    // capital names by language
	Independent bool                `json:"independent"` // a sovereign state (UN member or observer, Kosovo, Taiwan…)
	Region      string              `json:"region"`      // continent of the countries data ("Africa", "Americas", "Asia", "Europe", "Oceania")
	Subregion   string              `json:"subregion"`   // its subregion ("Northern Africa", "Central America", "Caribbean"…)
}

// OrgInfo is an international organisation or body.
type OrgInfo struct {
	Key      string              // canonical key: score.py ORG_ALIASES key where there is one ("AFRICAN UNION", "IOFS"), else the upper-cased English acronym or name
	ID       string              // FORMAT id: "org:" + slug of the English acronym, else of the English name ("org:au", "org:world-bank")
	Name     string              // English name ("African Union")
	Acronym  string              // English acronym ("AU"), empty when none is usual
	Names    map[string][]string `json:"names"`    // names by language ("en", "fr", "es"), case-insensitive
	Acronyms []string            `json:"acronyms"` // acronyms in any language ("UA", "OCI"), matched case-sensitively
	Parent   string              `json:"parent"`   // key of the parent organisation, when it is a body or agency of another ("UNSC" → "UN")
}

// TerritoryInfo is a territory whose status is disputed or that is not to be
// treated as a state by the extractor (Western Sahara, key "ESH").
type TerritoryInfo struct {
	Key      string              // "ESH"
	ISO2     string              // "EH"
	Name     string              // English name
	Names    map[string][]string `json:"names"`    // names by language, including those of the self-proclaimed republic
	Acronyms []string            `json:"acronyms"` // case-sensitive short forms ("RASD", "SADR")
}

// CityInfo is a city of the curated list (capitals are in StateInfo).
type CityInfo struct {
	Name  string   // English or usual name
	ISO2  string   // the state the city is in, as presented by the sources the project reads
	Names []string `json:"names"` // spellings in fr/en/es and transliterations
}

// data is the layout of data.json (written by internal/gen).
type data struct {
	States      []StateInfo     `json:"states"`
	Orgs        []OrgInfo       `json:"orgs"`
	Territories []TerritoryInfo `json:"territories"`
	Cities      []CityInfo      `json:"cities"`
	Block       []string        `json:"block"` // phrases that yield no mention ("New Jersey", "océan Indien")
}

// Gazetteer holds the names and the matcher. It is immutable once built and
// safe for concurrent use.
type Gazetteer struct {
	states    map[string]*StateInfo
	iso3      map[string]string
	orgs      map[string]*OrgInfo
	orgIDs    map[string]string
	terrs     map[string]*TerritoryInfo
	cities    map[string]string // folded city or capital name → ISO2
	stateList []StateInfo
	orgList   []OrgInfo
	m         *matcher
}

var (
	defOnce sync.Once
	def     *Gazetteer
)

// titleAcronym returns the acronym a written in Title Case ("Comesa" for
// "COMESA"), as the French and Spanish press write the long ones; "" when a
// is short, not all letters, or reads as a name once written so ("Alba").
func titleAcronym(a string) string {
	if len(a) < 4 || strings.ToUpper(a) != a || namelikeAcronyms[a] {
		return ""
	}
	for _, r := range a {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	return a[:1] + strings.ToLower(a[1:])
}

// namelikeAcronyms are acronyms that, in Title Case, are names or words.
var namelikeAcronyms = map[string]bool{"ALBA": true, "SICA": true, "FIDA": true, "CICA": true, "IORA": true, "BAII": true, "BERD": true, "AELC": true, "AELE": true, "OISA": true, "SMOM": true, "CBLT": true, "LCBC": true, "OECO": true, "OECS": true}

// Default returns the gazetteer built from the embedded data. It is built once
// (on first use) and shared; it is safe for concurrent use.
func Default() *Gazetteer {
	defOnce.Do(func() {
		g, err := load(embedded)
		if err != nil {
			panic("gazetteer: embedded data: " + err.Error())
		}
		def = g
	})
	return def
}

// load builds a Gazetteer from the JSON of data.json.
func load(b []byte) (*Gazetteer, error) {
	var d data
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, err
	}
	g := &Gazetteer{
		states: map[string]*StateInfo{}, iso3: map[string]string{},
		orgs: map[string]*OrgInfo{}, orgIDs: map[string]string{},
		terrs: map[string]*TerritoryInfo{}, cities: map[string]string{},
		stateList: d.States, orgList: d.Orgs,
	}
	bld := newBuilder()
	for i := range g.stateList {
		s := &g.stateList[i]
		g.states[s.ISO2] = s
		g.iso3[s.ISO3] = s.ISO2
		for _, lang := range sortedKeys(s.Names) {
			for _, n := range s.Names[lang] {
				bld.add(n, cand{kind: State, key: s.ISO2, needCap: true})
			}
		}
		for _, a := range s.Acronyms {
			bld.add(a, cand{kind: State, key: s.ISO2, exact: true})
		}
		for _, lang := range sortedKeys(s.Demonyms) {
			for _, n := range s.Demonyms[lang] {
				bld.add(n, cand{kind: Demonym, key: s.ISO2, needCap: lang == "en"})
			}
		}
		for _, p := range s.Prefixes {
			bld.add(p, cand{kind: Demonym, key: s.ISO2, prefix: true})
		}
		for _, lang := range sortedKeys(s.Capitals) {
			for _, n := range s.Capitals[lang] {
				bld.add(n, cand{kind: Capital, key: s.ISO2, needCap: true})
				g.cities[Fold(n)] = s.ISO2
			}
		}
	}
	if _, ok := g.iso3["UNK"]; !ok && g.states["XK"] != nil {
		g.iso3["UNK"] = "XK" // the UN's code for Kosovo, used by countries.json
	}
	for i := range g.orgList {
		o := &g.orgList[i]
		g.orgs[o.Key] = o
		g.orgIDs[o.ID] = o.Key
		for _, lang := range sortedKeys(o.Names) {
			for _, n := range o.Names[lang] {
				bld.add(n, cand{kind: Org, key: o.Key, needCap: true})
				if rest, ok := strings.CutPrefix(n, "United Nations "); ok && lang == "en" {
					bld.add("UN "+rest, cand{kind: Org, key: o.Key, needCap: true}) // "UN Environment Programme"
				}
			}
		}
		for _, a := range o.Acronyms {
			bld.add(a, cand{kind: Org, key: o.Key, exact: true})
			if t := titleAcronym(a); t != "" {
				bld.add(t, cand{kind: Org, key: o.Key, exact: true}) // "le Comesa", "la Cepal"
			}
		}
	}
	for i := range d.Territories {
		t := &d.Territories[i]
		g.terrs[t.Key] = t
		for _, lang := range sortedKeys(t.Names) {
			for _, n := range t.Names[lang] {
				bld.add(n, cand{kind: Territory, key: t.Key, needCap: true})
			}
		}
		for _, a := range t.Acronyms {
			bld.add(a, cand{kind: Territory, key: t.Key, exact: true})
		}
	}
	for _, c := range d.Cities {
		for _, n := range append([]string{c.Name}, c.Names...) {
			bld.add(n, cand{kind: City, key: c.ISO2, needCap: true})
			if _, ok := g.cities[Fold(n)]; !ok {
				g.cities[Fold(n)] = c.ISO2
			}
		}
	}
	for _, p := range d.Block {
		bld.add(p, cand{kind: 0, key: ""})
	}
	g.m = bld.build()
	return g, nil
}

func sortedKeys(m map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// State returns the state with ISO 3166-1 alpha-2 code iso2 (case-insensitive).
func (g *Gazetteer) State(iso2 string) (StateInfo, bool) {
	s, ok := g.states[strings.ToUpper(iso2)]
	if !ok {
		return StateInfo{}, false
	}
	return *s, true
}

// StateByISO3 returns the state with ISO 3166-1 alpha-3 code iso3 (case-insensitive).
func (g *Gazetteer) StateByISO3(iso3 string) (StateInfo, bool) {
	iso2, ok := g.iso3[strings.ToUpper(iso3)]
	if !ok {
		return StateInfo{}, false
	}
	return g.State(iso2)
}

// States returns all states, sorted by ISO2. The slice is shared: do not modify it.
func (g *Gazetteer) States() []StateInfo { return g.stateList }

// Org returns the organisation with canonical key key ("IOFS", "AFRICAN UNION").
func (g *Gazetteer) Org(key string) (OrgInfo, bool) {
	o, ok := g.orgs[key]
	if !ok {
		return OrgInfo{}, false
	}
	return *o, true
}

// OrgByID returns the organisation with FORMAT id id ("org:iofs").
func (g *Gazetteer) OrgByID(id string) (OrgInfo, bool) {
	k, ok := g.orgIDs[id]
	if !ok {
		return OrgInfo{}, false
	}
	return g.Org(k)
}

// Orgs returns all organisations, sorted by key. The slice is shared: do not modify it.
func (g *Gazetteer) Orgs() []OrgInfo { return g.orgList }

// Territory returns the territory with key key ("ESH").
func (g *Gazetteer) Territory(key string) (TerritoryInfo, bool) {
	t, ok := g.terrs[key]
	if !ok {
		return TerritoryInfo{}, false
	}
	return *t, true
}

// CityState returns the ISO2 code of the state a city is in: capitals in their
// fr/en/es forms and a curated set of other cities ("Dakhla" and "Laâyoune" →
// MA as Moroccan sources present them, "Genève"/"Geneva"/"Ginebra" → CH,
// "New York" → US). The name is folded (case, accents, hyphens, apostrophes).
func (g *Gazetteer) CityState(name string) (iso2 string, ok bool) {
	iso2, ok = g.cities[Fold(name)]
	return iso2, ok
}

// Match recognises name as a whole: it returns the mention when Find finds
// exactly one mention covering all of name (surrounding spaces and
// punctuation aside), for resolving a name taken from elsewhere.
func (g *Gazetteer) Match(name string) (Mention, bool) {
	ms := g.Find(name)
	if len(ms) != 1 {
		return Mention{}, false
	}
	m := ms[0]
	if strings.TrimFunc(name[:m.Start], isSepRune) != "" || strings.TrimFunc(name[m.End:], isSepRune) != "" {
		return Mention{}, false
	}
	return m, true
}
