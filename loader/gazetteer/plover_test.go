package gazetteer

import (
	"os"
	"path/filepath"
	"testing"

	"diplograph/loader/internal/plover"
)

// sharedDir returns <repo root>/../shared, the read-only material beside the
// checkout, or "" when the repository root cannot be found.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ploverFloor is the number of records measured to get all their state actors
// recognised (59 of the 66 records with state actors; the misses name the
// state only through a person, a misspelling or a group), minus a margin.
const ploverFloor = 57

// TestPLOVERActors counts, over the PLOVER gold standard records of the
// cooperative event types, how many get all their state actors (actors whose
// code is an ISO 3166-1 alpha-3 code the gazetteer knows) found in the text.
func TestPLOVERActors(t *testing.T) {
	path := filepath.Join(sharedDir(t), "peers", "plover-gsr", "PLOVER_GSR_CAMEO.json")
	recs, err := plover.Load(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PLOVER gold records missing: %v", err)
		}
		t.Skipf("PLOVER gold records not found (%v): put the shared folder beside the repository", err)
	}
	g := Default()
	types := plover.CooperationTypes
	total, withStates, allFound, actors, found := 0, 0, 0, 0, 0
	for _, r := range recs {
		if !types[r.Event] {
			continue
		}
		total++
		want := map[string]bool{}
		for _, code := range r.Codes() {
			if len(code) != 3 {
				continue
			}
			if s, ok := g.StateByISO3(code); ok {
				want[s.ISO2] = true
			}
		}
		if len(want) == 0 {
			continue
		}
		withStates++
		have := map[string]bool{}
		for _, m := range g.Find(r.Text) {
			switch m.Kind {
			case State, Capital, Demonym, City:
				have[m.Key] = true
			}
		}
		ok := true
		for iso := range want {
			actors++
			if have[iso] {
				found++
			} else {
				ok = false
				t.Logf("%s: %s not found in %q", r.ID, iso, r.Text)
			}
		}
		if ok {
			allFound++
		}
	}
	t.Logf("PLOVER CONSULT/AGREE/SUPPORT/COOPERATE: %d records, %d with state actors, %d with all state actors recognised; %d/%d actors",
		total, withStates, allFound, found, actors)
	if allFound < ploverFloor {
		t.Errorf("%d records with all state actors recognised, floor %d", allFound, ploverFloor)
	}
}
