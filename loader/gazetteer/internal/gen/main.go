// Command gen builds loader/gazetteer/data.json from the countries data set
// (mledoze/countries, ODbL), CLDR display names (golang.org/x/text/language/display)
// and the curated additions in curated.json.
//
// Usage (from loader/gazetteer, as go:generate does):
//
//	go run ./internal/gen -countries ../../../shared/data/countries/countries.json -curated curated.json -out data.json
//
// Names that read the same once folded but belong to several states are
// resolved by the "prefer" table of curated.json, then in favour of the only
// independent state among them; otherwise they are dropped (and reported).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string                       `json:"cca2"`
	CCA3         string                       `json:"cca3"`
	Independent  *bool                        `json:"independent"`
	Capital      []string                     `json:"capital"`
	AltSpellings []string                     `json:"altSpellings"`
	Translations map[string]map[string]string `json:"translations"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
	Region       string                       `json:"region"`
	Subregion    string                       `json:"subregion"`
}

type curatedState struct {
	Name        string              `json:"name"`
	ISO3        string              `json:"iso3"` // overrides countries.json's cca3 ("XKX" for Kosovo rather than "UNK")
	Independent *bool               `json:"independent"`
	Names       map[string][]string `json:"names"`
	Acronyms    []string            `json:"acronyms"`
	Demonyms    map[string][]string `json:"demonyms"` // full forms, added as is
	Es          string              `json:"es"`       // Spanish masculine singular demonym, expanded by rule
	Prefixes    []string            `json:"prefixes"`
	Capitals    map[string][]string `json:"capitals"`
	NoCapital   bool                `json:"nocapital"` // do not use countries.json's capital
}

type curated struct {
	States      map[string]curatedState `json:"states"`
	Prefer      map[string]string       `json:"prefer"`     // folded name → ISO2
	Drop        []string                `json:"drop"`       // folded names never used for states
	NoCapitals  []string                `json:"nocapitals"` // capitals (folded) not used: ambiguous or disputed
	Exclude     []string                `json:"exclude"`    // ISO2 codes not treated as states (territories)
	Territories []json.RawMessage       `json:"territories"`
	Orgs        []json.RawMessage       `json:"orgs"`
	Cities      []json.RawMessage       `json:"cities"`
	Block       []string                `json:"block"` // phrases that must not yield mentions ("New Jersey")
}

type stateOut struct {
	ISO2        string              `json:"ISO2"`
	ISO3        string              `json:"ISO3"`
	Name        string              `json:"Name"`
	Names       map[string][]string `json:"names"`
	Acronyms    []string            `json:"acronyms,omitempty"`
	Demonyms    map[string][]string `json:"demonyms,omitempty"`
	Prefixes    []string            `json:"prefixes,omitempty"`
	Capital     string              `json:"Capital,omitempty"`
	Capitals    map[string][]string `json:"capitals,omitempty"`
	Independent bool                `json:"independent"`
	Region      string              `json:"region,omitempty"`
	Subregion   string              `json:"subregion,omitempty"`
}

func main() {
	countriesPath := flag.String("countries", "../../../shared/data/countries/countries.json", "countries.json of mledoze/countries")
	curatedPath := flag.String("curated", "curated.json", "curated additions")
	outPath := flag.String("out", "data.json", "output file")
	flag.Parse()
	if err := run(*countriesPath, *curatedPath, *outPath); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// fold mirrors gazetteer.Fold closely enough for conflict detection.
func fold(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) && r != 'ʼ' || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			switch r {
			case 'ß':
				b.WriteString("ss")
			case 'æ':
				b.WriteString("ae")
			case 'œ':
				b.WriteString("oe")
			case 'ø':
				b.WriteString("o")
			case 'ł':
				b.WriteString("l")
			case 'đ':
				b.WriteString("d")
			default:
				b.WriteRune(r)
			}
		default:
			space = true
		}
	}
	return b.String()
}

var parenRe = regexp.MustCompile(`\s*\(([^)]*)\)`)

// cleanNames splits "Myanmar (Burma)" into both parts and drops names with
// commas ("Korea, Republic of").
func cleanNames(names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || strings.Contains(n, ",") {
			continue
		}
		if m := parenRe.FindStringSubmatch(n); m != nil {
			out = append(out, strings.TrimSpace(parenRe.ReplaceAllString(n, "")))
			if in := strings.TrimSpace(m[1]); len([]rune(in)) >= 4 && !strings.ContainsAny(in, ".,") {
				out = append(out, in)
			}
			continue
		}
		out = append(out, n)
	}
	return out
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	return true
}

// frPlural returns the plural of a French demonym.
func frPlural(s string) string {
	if strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "è") {
		return s
	}
	return s + "s"
}

var unaccent = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u")

// esForms expands a Spanish masculine singular demonym into its four forms.
func esForms(m string) []string {
	r := []rune(m)
	last := r[len(r)-1]
	switch {
	case last == 'o':
		b := string(r[:len(r)-1])
		return []string{m, b + "a", b + "os", b + "as"}
	case last == 'í' || last == 'ú':
		return []string{m, m + "es", m + "s"}
	case last == 'e' || last == 'a' || last == 'é':
		return []string{m, m + "s"}
	default: // consonant: alemán → alemana, alemanes, alemanas
		b := m
		if i := strings.LastIndexAny(b, "áéíóú"); i >= 0 && len(b)-i <= 4 {
			b = b[:i] + unaccent.Replace(b[i:])
		}
		return []string{m, b + "a", b + "es", b + "as"}
	}
}

func add(m map[string][]string, lang string, names ...string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		dup := false
		for _, x := range m[lang] {
			if x == n {
				dup = true
				break
			}
		}
		if !dup {
			m[lang] = append(m[lang], n)
		}
	}
}

func run(countriesPath, curatedPath, outPath string) error {
	var cs []country
	b, err := os.ReadFile(countriesPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("%s: %w", countriesPath, err)
	}
	var cur curated
	b, err = os.ReadFile(curatedPath)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cur); err != nil {
		return fmt.Errorf("%s: %w", curatedPath, err)
	}
	exclude := map[string]bool{}
	for _, x := range cur.Exclude {
		exclude[x] = true
	}
	drop := map[string]bool{}
	for _, x := range cur.Drop {
		drop[fold(x)] = true
	}
	noCap := map[string]bool{}
	for _, x := range cur.NoCapitals {
		noCap[fold(x)] = true
	}
	en, fr, es := display.Regions(language.English), display.Regions(language.French), display.Regions(language.Spanish)

	var states []*stateOut
	for _, c := range cs {
		if exclude[c.CCA2] {
			continue
		}
		s := &stateOut{ISO2: c.CCA2, ISO3: c.CCA3, Name: c.Name.Common, Region: c.Region, Subregion: c.Subregion,
			Names: map[string][]string{}, Demonyms: map[string][]string{}, Capitals: map[string][]string{}}
		if c.Independent != nil {
			s.Independent = *c.Independent
		}
		cu := cur.States[c.CCA2]
		if cu.Independent != nil {
			s.Independent = *cu.Independent
		}
		if cu.Name != "" {
			s.Name = cu.Name
		}
		if cu.ISO3 != "" {
			s.ISO3 = cu.ISO3
		}
		if r, err := language.ParseRegion(c.CCA2); err == nil {
			add(s.Names, "en", cleanNames([]string{en.Name(r)})...)
			add(s.Names, "fr", cleanNames([]string{fr.Name(r)})...)
			add(s.Names, "es", cleanNames([]string{es.Name(r)})...)
		}
		add(s.Names, "en", cleanNames([]string{c.Name.Common, c.Name.Official})...)
		if t := c.Translations["fra"]; t != nil {
			add(s.Names, "fr", cleanNames([]string{t["common"], t["official"]})...)
		}
		if t := c.Translations["spa"]; t != nil {
			add(s.Names, "es", cleanNames([]string{t["common"], t["official"]})...)
		}
		for _, a := range c.AltSpellings {
			if !isLatin(a) || a == c.CCA2 {
				continue
			}
			if strings.ToUpper(a) == a && len(a) <= 5 { // codes and acronyms
				if len(a) >= 3 {
					s.Acronyms = append(s.Acronyms, a)
				}
				continue
			}
			add(s.Names, "alt", cleanNames([]string{a})...)
		}
		for lang, ns := range cu.Names {
			add(s.Names, lang, ns...)
		}
		s.Acronyms = append(s.Acronyms, cu.Acronyms...)
		// demonyms
		if d := c.Demonyms["eng"]; d != nil {
			for _, g := range []string{d["m"], d["f"]} {
				if g == "" {
					continue
				}
				add(s.Demonyms, "en", g)
				if !strings.HasSuffix(g, "s") && !strings.HasSuffix(g, "sh") && !strings.HasSuffix(g, "ch") &&
					!strings.HasSuffix(g, "x") && !strings.HasSuffix(g, "z") && !strings.HasSuffix(g, "e") {
					add(s.Demonyms, "en", g+"s")
				}
			}
		}
		if d := c.Demonyms["fra"]; d != nil {
			for _, g := range []string{d["m"], d["f"]} {
				if g == "" {
					continue
				}
				g = strings.ToLower(g)
				add(s.Demonyms, "fr", g, frPlural(g))
			}
		}
		if cu.Es != "" {
			add(s.Demonyms, "es", esForms(strings.ToLower(cu.Es))...)
		}
		for lang, ns := range cu.Demonyms {
			if lang == "es" {
				for _, n := range ns {
					add(s.Demonyms, "es", esForms(n)...)
				}
				continue
			}
			add(s.Demonyms, lang, ns...)
		}
		s.Prefixes = cu.Prefixes
		if len(c.Capital) > 0 {
			s.Capital = c.Capital[0]
		}
		if s.Independent && !cu.NoCapital {
			for _, cp := range c.Capital {
				add(s.Capitals, "en", cp)
			}
		}
		for lang, ns := range cu.Capitals {
			add(s.Capitals, lang, ns...)
		}
		for _, cp := range s.Capitals["en"] {
			if rest, ok := strings.CutPrefix(cp, "Saint "); ok {
				add(s.Capitals, "en", "St. "+rest, "St "+rest) // "St. John's", "St George's"
			}
		}
		for lang, ns := range s.Capitals {
			var keep []string
			for _, n := range ns {
				if !noCap[fold(n)] {
					keep = append(keep, n)
				}
			}
			s.Capitals[lang] = keep
		}
		states = append(states, s)
	}
	sort.Slice(states, func(i, j int) bool { return states[i].ISO2 < states[j].ISO2 })
	byISO := map[string]*stateOut{}
	for _, s := range states {
		byISO[s.ISO2] = s
	}
	for iso := range cur.States {
		if byISO[iso] == nil && !exclude[iso] {
			return fmt.Errorf("%s: state %s is not in %s", curatedPath, iso, countriesPath)
		}
	}

	// Conflicts: the same folded name for several states, per field.
	resolve := func(field string, get func(*stateOut) map[string][]string) {
		owners := map[string]map[string]bool{}
		for _, s := range states {
			for _, ns := range get(s) {
				for _, n := range ns {
					f := fold(n)
					if owners[f] == nil {
						owners[f] = map[string]bool{}
					}
					owners[f][s.ISO2] = true
				}
			}
		}
		winner := map[string]string{} // folded → iso2 ("" = nobody)
		for f, set := range owners {
			if drop[f] && field == "names" {
				winner[f] = ""
				continue
			}
			if len(set) == 1 {
				continue
			}
			if p, ok := cur.Prefer[f]; ok && set[p] {
				winner[f] = p
				continue
			}
			var indep []string
			for iso := range set {
				if byISO[iso].Independent {
					indep = append(indep, iso)
				}
			}
			if len(indep) == 1 {
				winner[f] = indep[0]
				continue
			}
			var all []string
			for iso := range set {
				all = append(all, iso)
			}
			sort.Strings(all)
			slog.Info("ambiguous name dropped", "field", field, "name", f, "states", strings.Join(all, ","))
			winner[f] = ""
		}
		for _, s := range states {
			m := get(s)
			for lang, ns := range m {
				var keep []string
				for _, n := range ns {
					if w, ok := winner[fold(n)]; ok && w != s.ISO2 {
						continue
					}
					keep = append(keep, n)
				}
				if len(keep) == 0 {
					delete(m, lang)
				} else {
					m[lang] = keep
				}
			}
		}
	}
	resolve("names", func(s *stateOut) map[string][]string { return s.Names })
	resolve("demonyms", func(s *stateOut) map[string][]string { return s.Demonyms })
	resolve("capitals", func(s *stateOut) map[string][]string { return s.Capitals })

	// Output, one record per line for readable diffs.
	var out bytes.Buffer
	out.WriteString("{\"states\": [\n")
	for i, s := range states {
		if len(s.Demonyms) == 0 {
			s.Demonyms = nil
		}
		if len(s.Capitals) == 0 {
			s.Capitals = nil
		}
		line, err := json.Marshal(s)
		if err != nil {
			return err
		}
		out.Write(line)
		if i < len(states)-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	writeRaw := func(name string, items []json.RawMessage, last bool) error {
		fmt.Fprintf(&out, "], %q: [\n", name)
		for i, it := range items {
			var buf bytes.Buffer
			if err := json.Compact(&buf, it); err != nil {
				return err
			}
			out.Write(buf.Bytes())
			if i < len(items)-1 {
				out.WriteByte(',')
			}
			out.WriteByte('\n')
		}
		return nil
	}
	if err := writeRaw("orgs", cur.Orgs, false); err != nil {
		return err
	}
	if err := writeRaw("territories", cur.Territories, false); err != nil {
		return err
	}
	if err := writeRaw("cities", cur.Cities, false); err != nil {
		return err
	}
	blocks, _ := json.Marshal(cur.Block)
	fmt.Fprintf(&out, "], \"block\": %s}\n", blocks)
	var check any
	if err := json.Unmarshal(out.Bytes(), &check); err != nil {
		return fmt.Errorf("generated JSON is invalid: %w", err)
	}
	return os.WriteFile(outPath, out.Bytes(), 0o644)
}
