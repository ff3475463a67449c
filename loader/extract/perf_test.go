package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"testing"

	"diplograph"
	"diplograph/loader"
)

// TestNameWordsSame checks nameWords' byte loop against the
// strings.FieldsFunc split it replaces.
func TestNameWordsSame(t *testing.T) {
	docs := devTexts(t)
	ins := []string{"", " ", "J. R. R. Tolkien", "Ould Cheikh Ahmed", "Sergueï Lavrov", "İlham Əliyev", "\xff\xfeX y", "a--b..c"}
	for _, b := range docs {
		for _, l := range strings.Split(string(b), "\n") {
			ins = append(ins, l)
			if f := strings.Fields(l); len(f) >= 3 {
				ins = append(ins, strings.Join(f[:3], " "))
			}
		}
	}
	for _, s := range ins {
		want := strings.FieldsFunc(foldString(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
		})
		got := nameWords(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("nameWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNeedFactors checks the necessary-substring prefilter (fre.need) and
// the literals after leading spaces (atStartSpace, atStartSpacePunct): on windows of the
// folded dev texts, an input they reject has no match.
func TestNeedFactors(t *testing.T) {
	docs := devTexts(t)
	var fs []*fre
	for _, f := range freAll {
		if f.need != nil || f.ends != nil || f.where == atStartSpace || f.where == atStartSpacePunct {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Skip("no pattern has such a prefilter")
	}
	matched := 0
	for _, b := range docs {
		low := fold(string(b)).low
		raw := string(b) // with case and accents, for (?i) patterns
		for s := 0; s < 2*len(low); s += 3 {
			for _, n := range []int{12, 40, 90} {
				var w string
				if s < len(low) {
					w = low[s:min(len(low), s+n)]
				} else if s-len(low) < len(raw) {
					w = raw[s-len(low) : min(len(raw), s-len(low)+n)]
				}
				for _, f := range fs {
					want := f.Regexp.MatchString(w)
					if want {
						matched++
					}
					if !f.possible(w) && want {
						t.Fatalf("%s matches %q but its prefilter rejects it", f.Regexp, w)
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no window matched: the test checks nothing")
	}
}

// TestEndLits checks the suffix prefilter on inputs that (?i) matches
// through non-ASCII runes.
func TestEndLits(t *testing.T) {
	for _, c := range []struct{ pat, in string }{
		{`(?i)(?:,\s*(?:abs|Mr\.?|Doña))+$`, "x, abſ"},
		{`(?i)(?:,\s*(?:abs|Mr\.?|Doña))+$`, "x, DOÑA"},
		{`(?i)(?:,\s*(?:kab|Mr\.?))+$`, "x, \u212aab"},
		{`(?i)(?:,\s*(?:abs|Mr\.?))+$`, "x, MR"},
		{`(?:\b(?:en|in)\s+(?:la |le )?)$`, "vive en la "},
	} {
		tree, err := syntax.Parse(c.pat, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		lits := endLits(tree.Simplify())
		if lits == nil {
			t.Errorf("%s: no suffix set", c.pat)
			continue
		}
		if !regexp.MustCompile(c.pat).MatchString(c.in) {
			t.Fatalf("%s does not match %q: bad test", c.pat, c.in)
		}
		if !endsWithAny(c.in, lits) {
			t.Errorf("%s matches %q, its suffix set %v rejects it", c.pat, c.in, lits)
		}
	}
}

// TestFactors checks factors on patterns with known sets.
func TestFactors(t *testing.T) {
	for pat, want := range map[string]string{
		`abc(?:de|fg)+h`:               "abc",
		`(?:x|y)?\s*(?:with|avec)\s+$`: "with|avec",
		`a*`:                           "",
	} {
		tree, err := syntax.Parse(pat, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := factors(tree.Simplify())
		if !ok {
			got = nil
		}
		if strings.Join(got, "|") != want {
			t.Errorf("factors(%s) = %q, want %q", pat, got, want)
		}
	}
}

// TestConcurrentSame checks that concurrent extractions, which share the
// pooled scratch buffers, give the results of sequential ones.
func TestConcurrentSame(t *testing.T) {
	docs := benchCorpus(t)
	x := New(Options{})
	ctx := context.Background()
	want := make([]string, len(docs))
	for k, d := range docs {
		c, err := x.Extract(ctx, loader.TextInput{ID: fmt.Sprint(k), Data: d})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(c.Document)
		want[k] = string(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range docs {
				k := (i + w*7) % len(docs)
				c, err := x.Extract(ctx, loader.TextInput{ID: fmt.Sprint(k), Data: docs[k]})
				if err != nil {
					errs <- err.Error()
					continue
				}
				if b, _ := json.Marshal(c.Document); string(b) != want[k] {
					errs <- fmt.Sprintf("document %d differs when extracted concurrently", k)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// TestNotNameWordsSame checks the merged set of nameOK against the lookups
// it replaces, on the words of the sets and of the dev texts.
func TestNotNameWordsSame(t *testing.T) {
	nn := notNameWords()
	if nn == nil {
		t.Skip("title heads are no plain list")
	}
	words := map[string]bool{"": true, "x": true}
	for _, set := range []map[string]bool{nameStop, headWords, titleContent, betweenWords, nameParticles} {
		for w := range set {
			words[w] = true
		}
	}
	docs := devTexts(t)
	for _, b := range docs {
		for _, w := range strings.Fields(foldString(string(b))) {
			words[strings.Trim(w, ".,;:()\"'")] = true
		}
	}
	x := &engine{}
	for w := range words {
		if got, want := nn[w], nameStop[w] || x.isHead(w) || titleWordNotName(w); got != want {
			t.Fatalf("%q: merged set says %v, the lookups %v", w, got, want)
		}
	}
}

// TestUpperFastPaths checks isAllCaps and matchUpper against the
// upper-casing they avoid.
func TestUpperFastPaths(t *testing.T) {
	for _, s := range []string{"", "a", "A", "ii", "II", "xiv", "XIV", "xvii", "vi-", "ıı", "İi", "ÉTAT", "État", "ABC d", "ÀBC", "abc", "iv\xff", "mohammed", "vi"} {
		if got, want := isAllCaps(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", s, got, want)
		}
		if got, want := romanNumeral.matchUpper(s), romanNumeral.MatchString(strings.ToUpper(s)); got != want {
			t.Errorf("matchUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSortByType checks the counting sort against a stable sort.
func TestSortByType(t *testing.T) {
	types := []string{"Event", "State", "Person", "City", "Unknown", "Organisation", "Position", "Embassy", "Consulate", "Mission"}
	for n := 0; n < 300; n += 7 {
		var ents []diplograph.Entity
		for i := 0; i < n; i++ {
			ents = append(ents, diplograph.Entity{ID: fmt.Sprint(i), Type: types[(i*7+n)%len(types)]})
		}
		want := slices.Clone(ents)
		slices.SortStableFunc(want, func(a, b diplograph.Entity) int { return typeRank(a.Type) - typeRank(b.Type) })
		got := sortByType(slices.Clone(ents))
		if !slices.EqualFunc(got, want, func(a, b diplograph.Entity) bool { return a.ID == b.ID }) {
			t.Fatalf("n=%d: counting sort differs from the stable sort", n)
		}
	}
}

// TestTriggersPrefiltered checks that every event trigger and the other
// patterns run on every sentence open with literal words, so that the
// literal prefilter keeps them off text that cannot match (a pattern opening
// with a class such as `\w+-day` runs the regexp at every offset instead).
func TestTriggersPrefiltered(t *testing.T) {
	check := func(name string, k *kre) {
		if k.tab == nil {
			t.Errorf("%s: %.80s… has no literal prefixes for the prefilter", name, k.re)
		}
	}
	for _, et := range eventTriggers {
		check("trigger "+et.kind, et.re)
	}
	check("plannedRe", plannedRe)
	check("pluralHeadRe", pluralHeadRe)
	check("pluralAmbRe", pluralAmbRe)
}
