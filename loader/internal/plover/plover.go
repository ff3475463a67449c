// Package plover reads the PLOVER gold-standard event records
// (shared/peers/plover-gsr, CC BY-SA 4.0) for the peer tests of the
// gazetteer and the extractor.
package plover

import (
	"encoding/json"
	"fmt"
	"os"
)

// Record is one PLOVER gold record: its event type, sentence and the CAMEO
// codes of its source and target actors.
type Record struct {
	ID     string `json:"id"`
	Event  string `json:"event"`
	Text   string `json:"text"`
	Source Actors `json:"source"`
	Target Actors `json:"target"`
}

// Actors reads a PLOVER "source" or "target" field: a list of actors or an
// empty string.
type Actors []struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

// UnmarshalJSON accepts a list of actors or anything else (no actors).
func (a *Actors) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		type plain Actors
		return json.Unmarshal(b, (*plain)(a))
	}
	*a = nil
	return nil
}

// Codes returns the CAMEO codes of the record's actors, sources first.
func (r Record) Codes() []string {
	var out []string
	for _, a := range append(append(Actors{}, r.Source...), r.Target...) {
		out = append(out, a.Code)
	}
	return out
}

// CooperationTypes are the event types of the peer test.
var CooperationTypes = map[string]bool{"CONSULT": true, "AGREE": true, "SUPPORT": true, "COOPERATE": true}

// Load reads the records of a PLOVER_GSR_CAMEO.json file.
func Load(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []Record
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}
