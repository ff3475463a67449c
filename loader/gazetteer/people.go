package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// people.jsonl is the project's own list of office holders (heads of state
// and government, foreign ministers, heads of organisations), written by
// hand from general knowledge, one JSON object per line.
//
//go:embed people.jsonl
var peopleData []byte

// Person is a known office holder: the state (or organisation) a name
// serves. A text that names the person without saying whose office it is
// can take the state from here.
type Person struct {
	Name    string   `json:"n"`           // usual full name ("Nasser Bourita")
	Aliases []string `json:"a,omitempty"` // other spellings ("Kassym-Jomart Tokaïev")
	State   string   `json:"s"`           // ISO2 of the state served, "" for an organisation's head
	Org     string   `json:"o,omitempty"` // key of the organisation headed, when State is ""
	Role    string   `json:"r"`           // role in the FORMAT vocabulary
	Years   string   `json:"y"`           // "2013-", "2005-2010"
}

var (
	peopleOnce sync.Once
	peopleList []Person
	peopleErr  error
)

// People returns the known office holders, parsed once from the embedded list.
func People() ([]Person, error) {
	peopleOnce.Do(func() { peopleList, peopleErr = parsePeople(peopleData) })
	return peopleList, peopleErr
}

func parsePeople(data []byte) ([]Person, error) {
	var out []Person
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var p Person
		if err := json.Unmarshal(line, &p); err != nil {
			return nil, fmt.Errorf("people.jsonl:%d: %w", n, err)
		}
		if p.Name == "" || (p.State == "") == (p.Org == "") {
			return nil, fmt.Errorf("people.jsonl:%d: a person needs a name and either a state or an organisation", n)
		}
		out = append(out, p)
	}
	return out, sc.Err()
}
