package extract

import (
	"context"
	"os"
	"testing"

	"diplograph/loader"
	"diplograph/loader/text"
)

func TestX6Debug(t *testing.T) {
	p := os.Getenv("X6DUMP")
	if p == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(p)
	d, _ := text.Decode(data)
	x := &engine{g: New(Options{}).g, doc: d, lang: d.Lang, ref: d.RefDate(""), docID: "x"}
	_ = x.run(context.Background(), "")
	for _, h := range x.find(headRe, 0, len(x.f.low)) {
		t.Logf("head %q inName=%v nameBefore=%v", x.f.low[h[0]:min(len(x.f.low),h[1]+30)], x.inName(h[0]), x.nameEndsBefore(h[0]))
	}
	t.Log("nameless", x.namelessState("foreign_minister"))
	t.Log("reporting", x.reporting, "partner", x.partner)
	for _, p := range x.persons {
		for _, o := range p.offices {
			t.Logf("%s | %s %s st=%s org=%s pend=%v cp=%v", p.name, o.role, o.title, o.state, o.org, o.pending, o.counterpart)
		}
		if len(p.offices) == 0 {
			t.Logf("%s | no office", p.name)
		}
	}
	for _, e := range x.events {
		t.Logf("event %s %s %v %q", e.kind, e.status, e.states, x.f.low[e.ev.s:e.ev.e])
	}
	_ = loader.TextInput{}
}
