package extract

import (
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
