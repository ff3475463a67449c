package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"diplograph/loader/gazetteer"
	"diplograph/loader/text"
)

// mention kinds used by the rules.
const (
	kState = iota + 1 // a state: name, demonym, capital standing for it, "le Royaume"
	kOrg
	kCity      // a city (not standing for a government) or a capital used as a place
	kTerritory // a territory: blocks names, never a state
)

// ment is a gazetteer mention in view offsets.
type ment struct {
	s, e    int
	kind    int
	key     string // ISO2 or org key
	text    string // as written (normalised text)
	capital bool   // a capital (also usable as a city)
	demonym bool
	city    bool // a non-capital city of the gazetteer
}

type span struct{ s, e int }

// office is one role held by a person.
type office struct {
	role, title string
	state, org  string
	ev          span    // evidence span (sentence)
	conf        float64 // confidence
	pending     bool    // state to be resolved by default rules
	counterpart bool    // "son homologue": role from the other participant
	head        string  // the title head as matched (folded)
	sent        int     // sentence index
	pos         int     // view offset of the name
	host        string  // an ambassador's host state, when the title names it ("auprès de l'Union des Comores")
}

// person is one person of the document.
type person struct {
	id      string
	name    string
	forms   []string
	words   []string // folded words of the fullest name
	offices []*office
	first   int
	former  string // the state of a former office, when the text names one
}

// pmention is a mention of a person (or of a state standing as an actor) in a sentence.
type pmention struct {
	s, e  int
	p     *person
	state string // actor state when p == nil
	coref bool
}

// byStart orders person mentions by start (for slices.SortStableFunc, which
// unlike sort.SliceStable allocates nothing).
func byStart(a, b pmention) int { return cmp.Compare(a.s, b.s) }

// event is one happening reported by the document.
type event struct {
	kind, status, date string
	persons            []*person
	states             []string // sorted participating states
	ev                 span
	conf               float64
	hos                bool // a head of state or government takes part
	host               string
	split              bool // one of several meetings split from a list of persons met
}

type support struct {
	supporter, subject, topic, stance string
	subjOrg                           bool
	ev                                span
	conf                              float64
}

type membership struct {
	state, org, status, date string
	ev                       span
	conf                     float64
}

type mission struct {
	kind, sender, host, city, status string
	resident                         bool
	ev                               span
	conf                             float64
}

type orgRel struct {
	org, state, city, parent string
	ev                       span
	conf                     float64
}

// engine holds the state of one extraction.
type engine struct {
	softWraps bool // the body is hard-wrapped (softWrapped): a line break is no sentence break
	g         *gazetteer.Gazetteer
	doc       *text.Doc
	f         *folded
	lang      string
	ref       text.Date
	docID     string

	sents []span
	ments []ment

	reporting, partner string
	fallbackR          string
	weakReporting      bool        // the reporting state is only a wire agency's dateline place
	sourceState        string      // the state of the source's domain, kept when the text never names it (a speaker's "our")
	guessedReporting   bool        // the reporting state is only the state the text names most
	titledLists        [][]*office // the offices of the names listed after one plural title
	bothSidesLists     [][]*office // the two offices of "the ministers of both countries, X and Y"
	ranked             []string

	persons       []*person
	pms           []pmention
	headCache     map[string]bool
	nameless      map[string]string // namelessState results by role (generalise.go)
	credHostDone  bool              // credentialsHost computed (recall.go)
	credHostState string            // the host of a credentials ceremony
	credHostCands []string          // the candidate hosts, best first
	meetTrig      map[int][][2]int  // meeting and call triggers per sentence (persons.go)
	allHeads      [][2]int          // the title heads of the whole text (namelessScan)
	credDoc       int               // 1: the text may report credentials, 2: it does not, 0: unknown
	ambDoc        int               // 1: the text names ambassadors ("embajador", "ambassad"), 2: it does not, 0: unknown
	credHost      string            // host of the last credentials ceremony
	cands         [][]candidate     // name candidates per sentence
	sc            *scratch          // reusable buffers (scratch.go)
	wstarts       []int             // word starts of the view, for the kre prefilter
	kcand         [][]int           // per prefiltered pattern: word starts where a literal prefix begins
	refs          []pmention        // pass 2: references found so far, in text order
	nameSpans     []span
	genitives     []int // starts of names of known holders after "de", "of": no participants (known.go)
	events        []*event
	supports      []support
	members       []membership
	missions      []mission
	hqs           []orgRel
	parents       []orgRel
	cities        map[string]string // city id → name
	tris          []triSet          // trigrams of each sentence (keysets.go)
	dtris         *docTriSet        // trigrams of the document (docHas)
	used          map[string]bool   // state keys and org keys mentioned
	titleCase     int               // end of a headline in Title Case, -1 when there is none, 0 before titleCaseHeadline
}

// sentence returns the index of the sentence holding view offset off.
func (x *engine) sentenceOf(off int) int {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].e > off })
	if i < len(x.sents) && x.sents[i].s <= off {
		return i
	}
	return -1
}

// mentsIn returns the mentions that start inside [s,e).
func (x *engine) mentsIn(s, e int) []ment {
	i := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].s >= s })
	j := i
	for j < len(x.ments) && x.ments[j].s < e {
		j++
	}
	return x.ments[i:j]
}

// mentAt returns the mention covering view offset off.
func (x *engine) mentAt(off int) *ment {
	i := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].e > off })
	if i < len(x.ments) && x.ments[i].s <= off {
		return &x.ments[i]
	}
	return nil
}

// loadMentions runs the gazetteer over the text and converts the mentions.
func (x *engine) loadMentions() {
	found := x.g.Find(x.doc.Text)
	// the mentions go to a pooled buffer (the document keeps none of them);
	// room for addKingdomRefs
	x.ments = slices.Grow(x.scr().ments[:0], len(found)+8)
	for _, m := range found {
		vm := ment{s: x.f.view(m.Start), e: x.f.view(m.End), key: m.Key, text: m.Text}
		switch m.Kind {
		case gazetteer.State:
			vm.kind = kState
		case gazetteer.Capital:
			vm.kind, vm.capital = kState, true
		case gazetteer.Demonym:
			vm.kind, vm.demonym = kState, true
			if x.languageUse(vm.s, vm.e) {
				continue // "translated into English", "en español": the language
			}
		case gazetteer.Org:
			vm.kind = kOrg
		case gazetteer.City:
			vm.kind, vm.city = kCity, true
		case gazetteer.Territory:
			vm.kind = kTerritory
		default:
			continue
		}
		if vm.e <= vm.s {
			continue
		}
		x.ments = append(x.ments, vm)
	}
}

// languageUse reports whether the adjective at view [s,e) names a language
// ("translated into English", "s'est exprimé en français", "en español y
// en inglés"): after "in", "into", "en", "al" and before a punctuation mark,
// a conjunction or the end of the text.
func (x *engine) languageUse(s, e int) bool {
	low := x.f.low
	if !languageBeforeRe.MatchString(low[max(0, s-12):s]) {
		return false
	}
	rest := strings.TrimLeft(low[e:min(len(low), e+6)], " ")
	return rest == "" || strings.IndexByte(".,;:)", rest[0]) >= 0 || strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "et ") || strings.HasPrefix(rest, "y ") || strings.HasPrefix(rest, "or ") || strings.HasPrefix(rest, "ou ") || strings.HasPrefix(rest, "o ")
}

// languageBeforeRe ends the preposition before a language's name.
var languageBeforeRe = mkf(`\b(?:in|into|en|al)\s+$`)

// acronymStates adds the mentions of a state's or organisation's acronym
// the document defines: "Papua New Guinea (PNG)" makes every later "PNG"
// the state, "the Pacific Islands Forum (PIF)" every later "PIF" the Forum.
func (x *engine) acronymStates() {
	up := x.f.up
	var added []ment
	for _, m := range x.ments {
		if m.kind != kState && m.kind != kOrg || m.demonym || m.capital {
			continue
		}
		j := m.e
		for j < len(up) && up[j] == ' ' {
			j++
		}
		if j >= len(up) || up[j] != '(' {
			continue
		}
		k := j + 1
		for k < len(up) && up[k] >= 'A' && up[k] <= 'Z' {
			k++
		}
		if k >= len(up) || up[k] != ')' || k-j-1 < 2 || k-j-1 > 5 || x.mentAt(j+1) != nil {
			continue
		}
		acr := up[j+1 : k]
		for off := k; ; {
			a := strings.Index(up[off:], acr)
			if a < 0 {
				break
			}
			a += off
			off = a + len(acr)
			if a > 0 && isWordByte(x.f.low[a-1]) || off < len(up) && isWordByte(x.f.low[off]) || x.mentAt(a) != nil || addedAt(added, a) {
				continue // (an acronym the text defines twice is added once)
			}
			added = append(added, ment{s: a, e: off, kind: m.kind, key: m.key, text: acr})
		}
	}
	if len(added) > 0 {
		x.ments = append(x.ments, added...)
		slices.SortStableFunc(x.ments, func(a, b ment) int { return cmp.Compare(a.s, b.s) })
	}
}

// addedAt reports whether one of ms starts at view offset s.
func addedAt(ms []ment, s int) bool {
	for _, m := range ms {
		if m.s == s {
			return true
		}
	}
	return false
}

// demonymAlternates maps a demonym's default state to the other state the
// same adjective may name ("congolais": Congo or DR Congo).
var demonymAlternates = map[string]string{"CG": "CD", "DO": "DM", "KR": "KP"}

// disambiguateDemonyms gives an ambiguous demonym the state its document
// names explicitly: "le président congolais" in a text about the RDC that
// never names the Republic of the Congo is Congolese of the DRC.
func (x *engine) disambiguateDemonyms() {
	named := map[string]bool{}
	for _, m := range x.ments {
		if m.kind == kState && !m.demonym {
			named[m.key] = true
		}
	}
	for i := range x.ments {
		m := &x.ments[i]
		if !m.demonym || m.kind != kState {
			continue
		}
		if alt, ok := demonymAlternates[m.key]; ok && named[alt] && !named[m.key] {
			m.key = alt
		}
	}
}

// dropMentionsInNames removes the place mentions that pass 1 found to be
// part of a person's name ("el canciller Santiago Cafiero", "Álvaro Mauricio
// Echeverry"): they name no state.
func (x *engine) dropMentionsInNames() {
	if len(x.nameSpans) == 0 {
		return
	}
	out := x.ments[:0]
	for _, m := range x.ments {
		inside := false
		if m.kind != kOrg {
			for _, sp := range x.nameSpans {
				if m.s >= sp.s && m.e <= sp.e {
					inside = true
					break
				}
			}
		}
		if !inside && m.kind == kCity && !placePrepRe.MatchString(x.f.low[max(0, m.s-8):m.s]) && x.surnameOfPerson(x.f.low[m.s:m.e]) {
			inside = true // "Medina se reunió con Xi" after "Danilo Medina": the president, not the city
		}
		if !inside {
			out = append(out, m)
		}
	}
	x.ments = out
}

// placePrepRe ends a preposition that makes the next word a place.
var placePrepRe = mkf(`\b(?:en|a|in|to|at|au|aux|de|from|desde|hacia|vers|pour|para|of|d')\s*$`)

// surnameOfPerson reports whether w, one word, is the last word of the name
// of a person of the text.
func (x *engine) surnameOfPerson(w string) bool {
	if strings.ContainsAny(w, " -") {
		return false
	}
	for _, p := range x.persons {
		if len(p.words) >= 2 && p.words[len(p.words)-1] == w {
			return true
		}
	}
	return false
}

// kingdomWords name a kingdom (addKingdomRefs).
var kingdomWords = newKeySet("royaume", "kingdom", "reino")

// usSignatureWords occur in the signatures of State Department texts
// (findReporting).
var usSignatureWords = newKeySet("spokesperson", "department of state", "secretary ")

// addKingdomRefs adds "le Royaume"/"the Kingdom"/"el Reino" as mentions of
// the reporting state when it is a monarchy.
func (x *engine) addKingdomRefs() {
	low := x.f.low
	if !x.docHas(kingdomWords) {
		return
	}
	king := x.reporting
	if named := x.namedKingdom(); named != "" {
		king = named // "the Kingdom of Morocco … the kingdom's territorial integrity" in a text from Riyadh
	}
	if king == "" || !monarchies[king] {
		// "the kingdom's sovereignty" in a text about one monarchy only
		king = ""
		for _, m := range x.ments {
			if m.kind == kState && monarchies[m.key] && m.key != king {
				if king != "" {
					return
				}
				king = m.key
			}
		}
		if king == "" {
			return
		}
	}
	var add []ment
	for _, m := range x.find(kingdomRe, 0, len(low)) {
		s := m[1] - len(lastWord(low[m[0]:m[1]]))
		rest := low[m[1]:]
		if strings.HasPrefix(rest, "-uni") || strings.HasPrefix(rest, " uni") || strings.HasPrefix(rest, " unido") ||
			strings.HasPrefix(rest, " d") || strings.HasPrefix(rest, " of") || strings.HasPrefix(rest, " de") {
			continue
		}
		if x.mentAt(s) != nil {
			continue
		}
		add = append(add, ment{s: s, e: m[1], kind: kState, key: king, text: x.doc.Text[x.f.text(s):x.f.textEnd(m[1])]})
	}
	if len(add) > 0 {
		x.ments = append(x.ments, add...)
		sort.Slice(x.ments, func(i, j int) bool { return x.ments[i].s < x.ments[j].s })
	}
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// agencies maps news agencies to the state they report for.
var agencies = map[string]string{
	"map": "MA", "aps": "DZ", "kazinform": "KZ", "wam": "AE", "spa": "SA", "kuna": "KW", "qna": "QA",
	"bna": "BH", "ona": "OM", "petra": "JO", "mena": "EG", "tap": "TN", "lana": "LY", "aip": "CI", "aps senegal": "SN",
	"xinhua": "CN", "tass": "RU", "ria": "RU", "anadolu": "TR", "wafa": "PS", "sana": "SY", "ina": "IQ", "irna": "IR", "ami": "MR", "acp": "CD", "atop": "TG", "abp": "BJ", "anp": "NE", "amp": "ML", "agp": "GA", "andina": "PE", "telam": "AR", "bernama": "MY", "antara": "ID", "pti": "IN", "app": "PK",
}

// sharedAgencies are acronyms of agencies of several states (APS: Algérie
// Presse Service and Agence de presse sénégalaise): the dateline's city
// decides.
var sharedAgencies = map[string]bool{"aps": true}

// agencySig is the state of an agency and the signatures that name it in a
// text.
type agencySig struct {
	iso  string
	pats [8]string
}

// agencySigs returns the signatures of the agencies of three letters or
// more, built once (not per document).
var agencySigs = sync.OnceValue(func() []agencySig {
	var names []string
	for a := range agencies {
		if len(a) >= 3 {
			names = append(names, a)
		}
	}
	sort.Strings(names) // a fixed order: a text naming two agencies gets the same state every run
	m := make([]agencySig, 0, len(names))
	for _, a := range names {
		m = append(m, agencySig{agencies[a], [8]string{"(" + a + ")", "(avec " + a + ")", "(with " + a + ")", "(con " + a + ")", "- " + a + "\n", "(" + a + " ", "\n" + a + " - ", "\n" + a + "\n"}})
	}
	return m
})

// agencyKeys indexes the signatures of agencySigs by their first three
// bytes (every signature has five or more): key → (signature index,
// pattern) pairs, in signature order.
var agencyKeys = sync.OnceValue(func() map[uint32][]agencyPat {
	m := map[uint32][]agencyPat{}
	for i, sig := range agencySigs() {
		for _, pat := range sig.pats {
			k := key3(pat, 0)
			m[k] = append(m[k], agencyPat{i, pat})
		}
	}
	return m
})

type agencyPat struct {
	sig int
	pat string
}

// key3 packs the three bytes of s from i (i+3 <= len(s)).
func key3(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16
}

// agencyIn returns the state of the first signature of agencySigs (in its
// order) one of whose patterns occurs in low, "" when none does: one pass
// over the bytes opening a pattern ('(', '-', '\n') instead of a substring
// search of low per pattern.
func agencyIn(low string) string {
	sigs := agencySigs()
	keys := agencyKeys()
	best := len(sigs)
	for i := 0; i+3 <= len(low); i++ {
		if c := low[i]; c != '(' && c != '-' && c != '\n' {
			continue
		}
		for _, ap := range keys[key3(low, i)] {
			if ap.sig < best && strings.HasPrefix(low[i:], ap.pat) {
				best = ap.sig
			}
		}
	}
	if best < len(sigs) {
		return sigs[best].iso
	}
	return ""
}

// wireAgencies report from anywhere: their datelines give a place only.
var wireAgencies = map[string]bool{"afp": true, "efe": true, "reuters": true, "ap": true, "pana": true, "ansa": true, "dpa": true, "upi": true}

// sources maps web domains of foreign ministries and agencies to states.
var sources = []struct{ pat, iso string }{
	{"state.gov", "US"}, {"whitehouse.gov", "US"}, {"mapexpress", "MA"}, {"mapnews", "MA"}, {"diplomatie.ma", "MA"}, {"maec.gov.ma", "MA"},
	{"mae.gov", ""}, {"exteriores.gob.es", "ES"}, {"lamoncloa", "ES"}, {"diplomatie.gouv.fr", "FR"}, {"elysee.fr", "FR"},
	{"gov.uk", "GB"}, {"mfa.kz", "KZ"}, {"gov.kz", "KZ"},
}

// findReporting sets the reporting state (source, dateline, agency, most
// mentioned state) and the partner state (most mentioned other state).
func (x *engine) findReporting(srcOverride string) {
	src := strings.ToLower(srcOverride)
	if src == "" {
		src = strings.ToLower(x.doc.Header.Source)
	}
	if src != "" {
		for _, s := range sources {
			if strings.Contains(src, s.pat) {
				x.reporting = s.iso
				break
			}
		}
		if x.reporting == "" {
			if a, ok := agencies[strings.Trim(src, " ()")]; ok {
				x.reporting = a
			}
		}
		if x.reporting == "" {
			host := src
			if i := strings.Index(host, "://"); i >= 0 {
				host = host[i+3:]
			}
			if i := strings.IndexAny(host, "/:"); i >= 0 {
				host = host[:i]
			}
			if i := strings.LastIndexByte(host, '.'); i >= 0 && len(host)-i == 3 {
				tld := strings.ToUpper(host[i+1:])
				if _, ok := x.g.State(tld); ok && tld != "UK" && !(vanityTLD[tld] && !govSLDRe.MatchString(host)) {
					x.reporting = tld
					// "dnanews.com.pk": a commercial outlet of the country, which reports on others too
					x.weakReporting = commercialSLDRe.MatchString(host)
					if sov := overseasTLD[tld]; sov != "" {
						x.reporting = sov // "linfo.re": a French department's press reports for France
					}
					if overseasTLD[tld] == "" && !govSLDRe.MatchString(host) && !x.mentionsState(x.reporting) {
						// "kbc.co.ke" on a visit to Morocco that never names Kenya: an outlet
						// reporting on others, no side of the story
						x.sourceState, x.reporting, x.weakReporting = x.reporting, "", false
					}
				}
			} else if strings.HasSuffix(host, ".gov") {
				x.reporting = "US"
			}
		}
	}
	dl := x.doc.Dateline
	if x.reporting == "" && dl.Agency != "" {
		x.reporting = agencies[strings.ToLower(dl.Agency)]
		if x.reporting == "" && strings.Contains(dl.Agency, "/") {
			// "(UrduPoint / Pakistan Point News / WAM - 02nd May, 2021)": the agency
			// the story comes from is named last
			parts := strings.Split(dl.Agency, "/")
			for i := len(parts) - 1; i >= 0 && x.reporting == ""; i-- {
				w := strings.ToLower(strings.TrimSpace(parts[i]))
				if j := strings.IndexAny(w, "-,"); j > 0 {
					w = strings.TrimSpace(w[:j])
				}
				x.reporting = agencies[w]
			}
		}
		if sharedAgencies[strings.ToLower(dl.Agency)] && dl.City != "" {
			if iso, ok := x.g.CityState(dl.City); ok {
				x.reporting = iso // "DAKAR, 8 juin (APS)": the Senegalese APS, not the Algerian one
			}
		}
	}
	if x.reporting == "" && dl.Agency == "" && dl.City != "" {
		x.reporting = agencies[strings.ToLower(dl.City)] // "AMI - Le Président de la République…": the agency alone
	}
	if x.reporting == "" && (dl.Agency == "" || wireAgencies[strings.ToLower(dl.Agency)]) {
		// an agency signature "(MAP)", "(avec MAP)", "Map - L'Economiste"
		// anywhere in the text: the agency reports for its state wherever the
		// dateline places the story ("Santiago : … Map")
		x.reporting = agencyIn(x.f.low)
	}
	if x.reporting == "" && dl.City != "" {
		iso, ok := x.g.CityState(dl.City)
		if m, found := x.g.Match(dl.City); !ok && found && m.Kind == gazetteer.State {
			iso, ok = m.Key, true // "KUWAIT: …": a city-state's dateline under the state's name
		}
		if ok {
			x.reporting = iso
			// a wire agency's dateline names where the story happened, not who reports it
			x.weakReporting = wireAgencies[strings.ToLower(dl.Agency)]
		}
	}
	counts := map[string]int{}
	for _, m := range x.ments {
		if m.kind == kState {
			counts[m.key] += 2
			if !m.demonym && !m.capital && x.matchIn(locativeRe, max(0, m.s-12), m.s) {
				counts[m.key]-- // "en Azerbaiyán": a place counts less than a party
			}
		}
	}
	type kc struct {
		k string
		c int
	}
	var ranked []kc
	for k, c := range counts {
		ranked = append(ranked, kc{k, c})
	}
	// a total order (keys are distinct): any sort gives the same result
	slices.SortFunc(ranked, func(a, b kc) int {
		if a.c != b.c {
			return cmp.Compare(b.c, a.c)
		}
		return strings.Compare(a.k, b.k)
	})
	if x.reporting == "" {
		// a first line holding only a city: a dateline on its own line ("Madrid")
		body := x.f.up[x.f.view(x.doc.BodyStart):]
		line := body
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			line = body[:i]
		}
		line = strings.TrimSpace(line)
		if line != "" && len(line) <= 40 && !strings.ContainsAny(line, ".!?") {
			if iso, ok := x.g.CityState(strings.TrimRight(line, " ,-")); ok {
				x.reporting = iso
			}
		}
	}
	if x.reporting == "" && x.docHas(usSignatureWords) {
		for _, sig := range []struct{ pat, iso string }{{"office of the spokesperson", "US"}, {"department of state", "US"}, {"attributable to spokesperson", "US"}, {"attributable to department spokesperson", "US"}, {"secretary blinken", "US"}, {"secretary rubio", "US"}, {"secretary pompeo", "US"}} {
			if strings.Contains(x.f.low, sig.pat) {
				x.reporting = sig.iso
				break
			}
		}
	}
	x.ranked = nil
	for _, r := range ranked {
		x.ranked = append(x.ranked, r.k)
	}
	if x.reporting == "" && len(ranked) > 0 && ranked[0].c >= 4 && (len(ranked) == 1 || ranked[0].c > ranked[1].c) {
		x.fallbackR = ranked[0].k
		if len(ranked) > 1 && x.visitedEarly(ranked[0].k) {
			// "Minister X undertakes working visit to Mauritius": the text
			// speaks for the visitor's side
			x.fallbackR = ranked[1].k
		}
	}
	x.setPartner()
}

// visitedEarly reports whether the first sentences of the text name state
// iso as the destination of a visit.
func (x *engine) visitedEarly(iso string) bool {
	end := len(x.f.low)
	if len(x.sents) > 2 {
		end = x.sents[2].s
	}
	for _, m := range x.mentsIn(0, end) {
		if m.key == iso && m.kind == kState && !m.demonym && visitToRe.MatchString(x.f.low[max(0, m.s-45):m.s]) {
			return true
		}
	}
	return false
}

// setPartner sets the partner: the most mentioned state other than the reporting one.
func (x *engine) setPartner() {
	x.partner = ""
	for _, k := range x.ranked {
		if k != x.reporting {
			x.partner = k
			break
		}
	}
}

// reportingFromPersons sets the reporting state, when no source, dateline or
// agency gave it, to the state of the first official whose title names it
// (communiqués open with their own minister), else the most mentioned state.
func (x *engine) reportingFromPersons() {
	if x.reporting != "" {
		return
	}
	pendingFirst := x.firstTitledPending()
	switch {
	case pendingFirst && x.firstKnownState() != "":
		// "El canciller Santiago Cafiero arribará a Estados Unidos": the
		// communiqué's own minister, whose state the list of known holders gives
		x.reporting = x.firstKnownState()
	case pendingFirst && x.lang == "es" && x.mentionsState("ES"):
		// a Spanish text naming its own minister without a state: Spain's
		// ministry (when Spain is named at all: Spanish is also the language
		// of Latin American and Moroccan agencies)
		x.reporting = "ES"
	case !pendingFirst:
		best := -1
		for _, p := range x.persons {
			for _, o := range p.offices {
				if o.state != "" && !o.pending && !o.counterpart && o.org == "" && o.role != "ambassador" && (best < 0 || o.pos < best) {
					best = o.pos
					x.reporting = o.state
				}
			}
		}
	}
	if x.reporting == "" {
		x.reporting, x.guessedReporting = x.fallbackR, true
		if h := x.envoyHost(); h != "" {
			// "l'ambassadeur du Gabon au Liban", "Mme X, ambassadrice de Tchéquie":
			// a text that meets foreign envoys in one state speaks from there
			x.reporting = h
		}
	}
	x.setPartner()
}

// envoyHostRe ends the words placing foreign envoys or embassies in the
// state named next ("l'ambassadeur du Gabon au ", "the Ambassador of Peru to ",
// "l'ambassade gabonaise au ").
var envoyHostRe = mkf(`\b(?:ambassade|ambassades|ambassadeurs?|ambassadrices?|embassy|embassies|ambassadors?|embajadas?|embajador(?:es|as)?|embajadora)\s+(?:(?:du|de la|de l'|de|d'|des|of the|of|del)\s+[^.;,()]{2,40}?|[a-z]+)\s(?:au|aux|en|in|to|a)\s+(?:la |le |l'|the )?$`)

// envoyHost returns the one state where the text places foreign envoys or
// embassies (at least twice, and no other such state), "" otherwise.
func (x *engine) envoyHost() string {
	counts := map[string]int{}
	for _, m := range x.ments {
		if m.kind == kState && !m.demonym && envoyHostRe.MatchString(x.f.low[max(0, m.s-90):m.s]) {
			counts[m.key]++
		}
	}
	if len(counts) != 1 {
		return ""
	}
	for k, c := range counts {
		if c >= 2 {
			return k
		}
	}
	return ""
}

// firstTitledPending reports whether the first official named in the text
// holds an office whose state the title does not name.
// firstKnownState returns the state the list of known holders gives the
// first official named with a title that names no state, if the text names
// that state; "" otherwise.
func (x *engine) firstKnownState() string {
	var first *person
	var at int
	for _, p := range x.persons {
		for _, o := range p.offices {
			if first == nil || o.pos < at {
				first, at = p, o.pos
			}
		}
	}
	if first == nil {
		return ""
	}
	if v, ok := knownPeople().lookup(first.words, x.ref.Year); ok && v.state != "" && x.mentionsState(v.state) {
		return v.state
	}
	return ""
}

func (x *engine) firstTitledPending() bool {
	var first *office
	for _, p := range x.persons {
		for _, o := range p.offices {
			if first == nil || o.pos < first.pos {
				first = o
			}
		}
	}
	return first != nil && first.pending && first.org == ""
}

// overseasTLD maps the country-code domains of territories that conduct no
// foreign policy of their own to the state that does.
var overseasTLD = map[string]string{"RE": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "YT": "FR", "PM": "FR", "WF": "FR", "PF": "FR", "NC": "FR", "BL": "FR", "MF": "FR", "GL": "DK", "FO": "DK", "AW": "NL", "CW": "NL", "SX": "NL", "PR": "US", "GU": "US", "VI": "US", "AS": "US"}

// commercialSLDRe matches a host under a commercial second-level domain
// ("com.pk", "co.uk", "net.ng").
var commercialSLDRe = mkf(`\.(?:com|co|net|org|info|biz)\.[a-z]{2}$`)

// vanityTLD are country-code domains sold worldwide ("newnation.io",
// "x.tv"): they tell the reporting state only under a government name.
var vanityTLD = map[string]bool{"IO": true, "TV": true, "ME": true, "AI": true, "FM": true, "TO": true, "WS": true, "CC": true, "SH": true, "AC": true, "NU": true, "TK": true, "GG": true, "CO": true, "LY": true, "LA": true, "AM": true, "IM": true, "VC": true, "GL": true, "ST": true, "CD": true, "IS": true, "IT": true, "BE": true}

// govSLDRe matches a host under a government second-level domain.
var govSLDRe = mkf(`\.(?:gov|gob|gouv|go|gv|govt|mil|mre|mrecic|minrel|mfa)\.[a-z]{2}$|^(?:www\.)?(?:mfa|mre|mae|gov|gob|presidencia|cancilleria)\.`)

// namedKingdom returns the one state the text calls "the Kingdom of X",
// "le Royaume du X", "el Reino de X", if there is exactly one.
func (x *engine) namedKingdom() string {
	low := x.f.low
	got := ""
	for _, m := range x.find(kingdomRe, 0, len(low)) {
		if mm := x.mentAt(m[1] - len(lastWord(low[m[0]:m[1]]))); mm != nil && mm.kind == kState && mm.e > m[1] {
			// "the Kingdom of Morocco" named whole
			if got != "" && got != mm.key {
				return ""
			}
			got = mm.key
			continue
		}
		for _, mm := range x.mentsIn(m[1], min(len(low), m[1]+12)) {
			if mm.kind == kState && !mm.demonym && ofStateRe.MatchString(low[m[1]:mm.s]) {
				if got != "" && got != mm.key {
					return ""
				}
				got = mm.key
			}
			break
		}
	}
	return got
}
