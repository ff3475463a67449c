package gazetteer

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// scorerAliases is ORG_ALIASES of ../shared/eval/score.py (the scorer's
// canonical organisation keys and the names that fold to them).
var scorerAliases = map[string][]string{
	"UN":               {"un", "onu", "united nations", "nations unies", "organisation des nations unies", "naciones unidas", "organizacion de las naciones unidas"},
	"UNSC":             {"unsc", "security council", "conseil de securite", "consejo de seguridad", "un security council", "conseil de securite des nations unies", "conseil de securite de l onu"},
	"UNHRC":            {"unhrc", "hrc", "human rights council", "conseil des droits de l homme", "consejo de derechos humanos", "cdh"},
	"UNGA":             {"unga", "general assembly", "assemblee generale", "asamblea general"},
	"AFRICAN UNION":    {"au", "ua", "african union", "union africaine", "union africana"},
	"OIC":              {"oic", "oci", "organisation of islamic cooperation", "organization of islamic cooperation", "organisation de la cooperation islamique", "organizacion para la cooperacion islamica", "organisation de la conference islamique", "organization of the islamic conference"},
	"IOFS":             {"iofs", "oisa", "islamic organization for food security", "islamic organisation for food security", "organisation islamique pour la securite alimentaire", "organizacion islamica para la seguridad alimentaria"},
	"ECOWAS":           {"ecowas", "cedeao", "economic community of west african states", "communaute economique des etats de l afrique de l ouest", "comunidad economica de estados de africa occidental"},
	"EU":               {"eu", "ue", "european union", "union europeenne", "union europea"},
	"NATO":             {"nato", "otan", "north atlantic treaty organization"},
	"AMU":              {"amu", "uma", "arab maghreb union", "union du maghreb arabe", "union del magreb arabe"},
	"G5S":              {"g5s", "g5 sahel", "g5-sahel", "groupe des 5 pays du sahel", "g5 du sahel", "groupe des cinq pays du sahel"},
	"GCC":              {"gcc", "ccg", "gulf cooperation council", "conseil de cooperation du golfe"},
	"LAS":              {"las", "arab league", "ligue arabe", "league of arab states", "ligue des etats arabes", "liga arabe"},
	"OSCE":             {"osce"},
	"CICA":             {"cica", "conference on interaction and confidence building measures in asia"},
	"SCO":              {"sco", "ocs", "shanghai cooperation organisation", "shanghai cooperation organization", "organisation de cooperation de shanghai"},
	"BRICS":            {"brics"},
	"WHO":              {"who", "oms", "world health organization", "organisation mondiale de la sante"},
	"IAEA":             {"iaea", "aiea"},
	"BAYT MAL AL QUDS": {"bayt mal al quds", "bayt mal al quds asharif", "agence bayt mal al qods", "bayt mal al qods"},
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// scorerFold is score.py's fold: NFKD, combining marks removed, lower case,
// non-alphanumerics to spaces.
func scorerFold(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(nonAlnum.ReplaceAllString(strings.ToLower(s), " "))
}

// scorerParty is score.py's Extraction.party for an Organisation entity.
func scorerParty(acronym, name, id string) string {
	alias := map[string]string{}
	for k, ns := range scorerAliases {
		for _, n := range append(ns, k) {
			alias[scorerFold(n)] = k
		}
	}
	for _, c := range []string{acronym, name, strings.SplitN(id, ":", 2)[1]} {
		if c != "" {
			if k, ok := alias[scorerFold(c)]; ok {
				return k
			}
		}
	}
	c := acronym
	if c == "" {
		c = name
	}
	f := scorerFold(c)
	if k, ok := alias[f]; ok {
		return k
	}
	return strings.ToUpper(f)
}

var idRe = regexp.MustCompile(`^org:[a-z0-9]+(-[a-z0-9]+)*$`)

// TestOrgKeysMatchScorer checks that each organisation, written as an entity
// with its ID, Name and Acronym, is reduced by the scorer to its Key, and that
// every scorer key exists.
func TestOrgKeysMatchScorer(t *testing.T) {
	g := Default()
	ids := map[string]bool{}
	for _, o := range g.Orgs() {
		if got := scorerParty(o.Acronym, o.Name, o.ID); got != o.Key {
			t.Errorf("org %q (id %s, acronym %q, name %q): scorer reads %q", o.Key, o.ID, o.Acronym, o.Name, got)
		}
		if !idRe.MatchString(o.ID) {
			t.Errorf("org %q: bad id %q", o.Key, o.ID)
		}
		want := o.Acronym
		if want == "" {
			want = o.Name
		}
		if slug := "org:" + strings.Trim(nonAlnum.ReplaceAllString(scorerFold(want), "-"), "-"); slug != o.ID {
			t.Errorf("org %q: id %q, want %q (slug of English acronym, else name)", o.Key, o.ID, slug)
		}
		if ids[o.ID] {
			t.Errorf("duplicate id %s", o.ID)
		}
		ids[o.ID] = true
		if o.Parent != "" {
			if _, ok := g.Org(o.Parent); !ok {
				t.Errorf("org %q: unknown parent %q", o.Key, o.Parent)
			}
		}
		// Every listed name and acronym is found as that organisation.
		for lang, ns := range o.Names {
			for _, n := range ns {
				if m, ok := g.Match(n); !ok || m.Key != o.Key || m.Kind != Org {
					t.Errorf("org %q: %s name %q matches %+v, %v", o.Key, lang, n, m, ok)
				}
			}
		}
		for _, a := range o.Acronyms {
			if m, ok := g.Match(a); !ok || m.Key != o.Key {
				t.Errorf("org %q: acronym %q matches %+v, %v", o.Key, a, m, ok)
			}
		}
	}
	for k := range scorerAliases {
		if _, ok := g.Org(k); !ok {
			t.Errorf("scorer key %q has no organisation", k)
		}
	}
	if _, ok := g.Org("AU"); ok {
		t.Error(`"AU" must not be an organisation key (Australia); use "AFRICAN UNION"`)
	}
}

// TestScorerAliasesFound checks that the scorer's names for organisations,
// capitalised as in running text, are recognised as the same organisation.
func TestScorerAliasesFound(t *testing.T) {
	g := Default()
	skip := map[string]bool{"au": true, "las": true, "who": true, "un": true, "cdh": true, "hrc": true} // short forms matched only in upper case
	for k, ns := range scorerAliases {
		for _, n := range ns {
			if skip[n] {
				continue
			}
			text := strings.ToUpper(n[:1]) + n[1:]
			if len(n) <= 5 && !strings.Contains(n, " ") {
				text = strings.ToUpper(n)
			}
			m, ok := g.Match(text)
			if !ok || m.Kind != Org || m.Key != k {
				t.Errorf("%q (%s): got %+v, %v", text, k, m, ok)
			}
		}
	}
}
