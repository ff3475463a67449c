package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"diplograph/loader"
	"diplograph/loader/gazetteer"
)

// ploverRecord is a PLOVER gold record: its event type, sentence and the
// CAMEO codes of its actors ("source"/"target" are a list or "").
type ploverRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

func (r ploverRecord) codes() []string {
	var out []string
	for _, raw := range []json.RawMessage{r.Source, r.Target} {
		var as []struct {
			Code string `json:"code"`
		}
		if json.Unmarshal(raw, &as) == nil {
			for _, a := range as {
				out = append(out, a.Code)
			}
		}
	}
	return out
}

// ploverExtractFloor is the number of records measured to get all their
// state actors recognised by the extractor (62 of 66: the gazetteer's names
// plus the states of the persons it finds, known office holders among them;
// the misses name the state through an unnamed capital, a misspelt or
// untitled leader, or a group), minus a margin.
const ploverExtractFloor = 60

// TestPLOVERExtract is the peer test with the whole extractor: a state actor
// of a PLOVER CONSULT, AGREE, SUPPORT or COOPERATE record is recognised when
// the gazetteer names it in the sentence or a person the extractor finds
// there holds an office of it ("President Abdelaziz Bouteflika").
func TestPLOVERExtract(t *testing.T) {
	path := filepath.Join(sharedDir(t), "peers", "plover-gsr", "PLOVER_GSR_CAMEO.json")
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PLOVER gold records missing: %v", err)
		}
		t.Skipf("PLOVER gold records not found (%v): put the shared folder beside the repository", err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	g := gazetteer.Default()
	x := New(Options{})
	types := map[string]bool{"CONSULT": true, "AGREE": true, "SUPPORT": true, "COOPERATE": true}
	withStates, allFound := 0, 0
	for _, r := range recs {
		if !types[r.Event] {
			continue
		}
		want := map[string]bool{}
		for _, code := range r.codes() {
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
			case gazetteer.State, gazetteer.Capital, gazetteer.Demonym, gazetteer.City:
				have[m.Key] = true
			}
		}
		c, err := x.Extract(context.Background(), loader.TextInput{ID: r.ID, Data: []byte(r.Text), Lang: "en"})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		for _, rel := range c.Relations {
			if rel.Type == "HOLDS_OFFICE" && strings.HasPrefix(rel.To, "state:") {
				have[strings.ToUpper(strings.TrimPrefix(rel.To, "state:"))] = true
			}
		}
		ok := true
		for iso := range want {
			if !have[iso] {
				ok = false
				t.Logf("%s: %s not found in %q", r.ID, iso, r.Text)
			}
		}
		if ok {
			allFound++
		}
	}
	t.Logf("PLOVER with the extractor: %d of %d records with all state actors recognised", allFound, withStates)
	if allFound < ploverExtractFloor {
		t.Errorf("%d records with all state actors recognised, floor %d", allFound, ploverExtractFloor)
	}
}
