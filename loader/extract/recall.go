package extract

import (
	"regexp"
	"sort"
)

// jointSupporters returns the parties of the last event reported before a
// sentence whose subject is those parties ("Both reaffirmed their support
// for…", "Les deux ministres ont réaffirmé leur soutien à…", "Ambos
// reiteraron su apoyo a…"), minus the subjects of the position.
func (x *engine) jointSupporters(sp span, subjs []string) []string {
	low := x.f.low
	if sp.e-sp.s < 4 || !pronounStartRe.MatchString(low[sp.s:min(sp.e, sp.s+20)]) {
		return nil
	}
	var last *event
	for _, ev := range x.events {
		if ev.ev.s <= sp.s && len(ev.states) >= 2 && (last == nil || ev.ev.s >= last.ev.s) {
			last = ev
		}
	}
	if last == nil {
		return nil
	}
	var out []string
	for _, st := range last.states {
		if !contains(subjs, st) && !contains(out, st) {
			out = append(out, st)
		}
	}
	sort.Strings(out)
	return out
}

// relClauseRe is a relative or participial clause after a name in a list
// of pairs: ", que reside en México", ", qui réside à Paris", ", resident in
// Mexico City", ", con sede en Lima", up to the next semicolon or comma.
var relClauseRe = regexp.MustCompile(`^\s*,\s*(?:que|qui|who|quien|resident|residente|residant|avec residence|con (?:sede|residencia)|based)\b[^,;.]*`)

// relClauseEnd returns the length of a relative clause opening s, or 0.
func relClauseEnd(s string) int {
	if len(s) < 4 || s[0] != ',' && s[0] != ' ' {
		return 0
	}
	if m := relClauseRe.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// hasUpper reports whether s holds an upper-case ASCII letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
