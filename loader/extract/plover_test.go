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

// ploverFloor is the share of PLOVER gold records (CONSULT, AGREE, SUPPORT,
// COOPERATE) whose state actors are all recognised; set a little below the
// measured value.
const ploverFloor = 0.80

// TestPloverActors is the peer test: for each PLOVER record of the four
// cooperative types, are all its state actors (ISO3 codes) among the states
// the extractor finds in the record's text (named states and the states of
// the offices it extracts)?
func TestPloverActors(t *testing.T) {
	shared := sharedDir(t)
	b, err := os.ReadFile(filepath.Join(shared, "peers", "plover-gsr", "PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		ID, Event, Text string
		Source, Target  json.RawMessage
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	x := New(Options{})
	n, ok := 0, 0
	for _, r := range recs {
		switch r.Event {
		case "CONSULT", "AGREE", "SUPPORT", "COOPERATE":
		default:
			continue
		}
		want := map[string]bool{}
		for _, raw := range []json.RawMessage{r.Source, r.Target} {
			var actors []struct{ Code string }
			if json.Unmarshal(raw, &actors) != nil {
				continue // some records hold a plain string
			}
			for _, a := range actors {
				if si, found := g.StateByISO3(a.Code); found {
					want[si.ISO2] = true
				}
			}
		}
		if len(want) == 0 {
			continue
		}
		n++
		c, err := x.Extract(context.Background(), loader.TextInput{ID: r.ID, Data: []byte(r.Text), Lang: "en"})
		if err != nil {
			t.Errorf("%s: %v", r.ID, err)
			continue
		}
		got := map[string]bool{}
		for _, e := range c.Entities {
			if e.Type == "State" {
				got[strings.TrimPrefix(e.ID, "state:")] = true
			}
		}
		all := true
		for s := range want {
			if !got[s] {
				all = false
			}
		}
		if all {
			ok++
		} else if testing.Verbose() {
			t.Logf("%s: want %v, got %v: %s", r.ID, keys(want), keys(got), r.Text)
		}
	}
	share := float64(ok) / float64(max(n, 1))
	t.Logf("PLOVER CONSULT/AGREE/SUPPORT/COOPERATE records with all state actors recognised: %d of %d (%.2f)", ok, n, share)
	if share < ploverFloor {
		t.Errorf("share %.2f below the floor %.2f", share, ploverFloor)
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
