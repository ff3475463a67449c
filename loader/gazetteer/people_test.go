package gazetteer

import (
	"regexp"
	"testing"
)

var yearsRe = regexp.MustCompile(`^(19|20)\d\d-((19|20)\d\d)?$`)

// TestPeople checks the list of known office holders: every line parses,
// names a state or an organisation of the gazetteer, a role of the FORMAT
// vocabulary and a span of years.
func TestPeople(t *testing.T) {
	people, err := People()
	if err != nil {
		t.Fatal(err)
	}
	if len(people) < 1 {
		t.Fatal("no known office holders")
	}
	g := Default()
	roles := map[string]bool{"head_of_state": true, "head_of_government": true, "foreign_minister": true, "deputy_prime_minister": true,
		"minister": true, "official": true, "secretary_general": true, "ambassador": true}
	for _, p := range people {
		if p.State != "" {
			if _, ok := g.State(p.State); !ok {
				t.Errorf("%s: unknown state %q", p.Name, p.State)
			}
		} else if _, ok := g.Org(p.Org); !ok {
			t.Errorf("%s: unknown organisation %q", p.Name, p.Org)
		}
		if !roles[p.Role] {
			t.Errorf("%s: role %q not in the vocabulary", p.Name, p.Role)
		}
		if !yearsRe.MatchString(p.Years) {
			t.Errorf("%s: years %q, want YYYY- or YYYY-YYYY", p.Name, p.Years)
		}
	}
	t.Logf("%d office holders", len(people))
}

// TestParsePeopleErrors checks that a bad line is reported with its number.
func TestParsePeopleErrors(t *testing.T) {
	for _, in := range []string{
		`{"n": "A B", "s": "MA", "r": "minister", "y": "2020-"}` + "\n{bad",
		`{"n": "A B", "r": "minister", "y": "2020-"}`,
		`{"n": "A B", "s": "MA", "o": "UN", "r": "minister", "y": "2020-"}`,
	} {
		if _, err := parsePeople([]byte(in)); err == nil {
			t.Errorf("parsePeople(%q): no error", in)
		}
	}
}
