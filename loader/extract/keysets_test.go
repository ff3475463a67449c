package extract

import (
	"math/rand"
	"testing"

	"diplograph/loader/text"
)

// TestKeySetSame checks that engine.contains answers as containsAny, on
// spans inside and across the sentences of the dev texts.
func TestKeySetSame(t *testing.T) {
	docs := devTexts(t)
	sets := []*keySet{foundedKeys, nextKeys, reciprocalKeys, recallKeys, provisionKeys, backingKeys,
		newKeySet("le", "ministre", "a", "de la", "affaires etrangeres", "embassy"), newKeySet("the", "minister", "s")}
	r := rand.New(rand.NewSource(3))
	checked, found := 0, 0
	for _, b := range docs {
		d, err := text.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		x := &engine{doc: d, f: fold(d.Text)}
		for _, s := range d.Sentences() {
			x.sents = x.appendLines(x.sents, span{x.f.view(s.Start), x.f.view(s.End)})
		}
		low := x.f.low
		for n := 0; n < 200; n++ {
			s := r.Intn(len(low) + 1)
			e := min(len(low), s+r.Intn(200))
			if n%2 == 0 && len(x.sents) > 0 { // a sentence or a part of one
				sp := x.sents[r.Intn(len(x.sents))]
				s = sp.s + r.Intn(sp.e-sp.s+1)
				e = s + r.Intn(sp.e-s+1)
				if n%4 == 0 {
					s, e = sp.s, sp.e
				}
			}
			for _, ks := range sets {
				got, want := x.contains(ks, s, e), containsAny(low[s:e], ks.subs...)
				if got != want {
					t.Fatalf("%q in %q: %v, containsAny says %v", ks.subs, low[s:e], got, want)
				}
				if want {
					found++
				}
				checked++
			}
		}
	}
	t.Logf("%d comparisons, %d found", checked, found)
}
