package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestPrefilterSame checks that the literal prefilters and the narrowed
// alternatives never change a result, on windows of the folded dev texts.
func TestPrefilterSame(t *testing.T) {
	docs := devTexts(t)
	r := rand.New(rand.NewSource(7))
	checked := 0
	for _, b := range docs {
		x := &engine{f: fold(string(b))}
		low := x.f.low
		x.wstarts = wordStarts(low)
		x.indexStarts()
		for n := 0; n < 60; n++ {
			s := r.Intn(len(low) + 1)
			e := min(len(low), s+r.Intn(120))
			w := low[s:e]
			for _, f := range freAll {
				if got, want := f.MatchString(w), f.Regexp.MatchString(w); got != want {
					t.Fatalf("%s on %q: %v, regexp says %v", f.Regexp, w, got, want)
				}
				if got, want := f.FindStringIndex(w), f.Regexp.FindStringIndex(w); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: found %v, regexp finds %v", f.Regexp, w, got, want)
				}
				if got, want := f.FindStringSubmatchIndex(w), f.Regexp.FindStringSubmatchIndex(w); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: submatches %v, regexp gives %v", f.Regexp, w, got, want)
				}
				if got, want := f.FindStringSubmatch(w), f.Regexp.FindStringSubmatch(w); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: submatches %q, regexp gives %q", f.Regexp, w, got, want)
				}
				if got, want := f.FindAllStringIndex(w, -1), f.Regexp.FindAllStringIndex(w, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Fatalf("%s on %q: all matches %v, regexp finds %v", f.Regexp, w, got, want)
				}
				checked++
			}
			for _, k := range kreAll {
				for _, p := range x.wstarts {
					if p < s || p >= e {
						continue
					}
					loc := k.anch.FindStringIndex(low[p:e])
					want := 0
					if loc != nil {
						want = loc[1]
					}
					if p+anchorWindow >= e { // no window cut: compare directly
						if got := x.anchored(k, p, e); got != want {
							t.Fatalf("%s at %d..%d: %d, regexp says %d", k.re, p, e, got, want)
						}
						checked++
					}
				}
			}
		}
	}
	t.Logf("%d comparisons", checked)
}

// TestFoldStringSame checks the short path of foldString against fold.
func TestFoldStringSame(t *testing.T) {
	docs := devTexts(t)
	ins := []string{"", "abc", "ABC Déf", "Ça\tva\u00a0bien", "İstanbul ß ﬁ", "\xff\xfeX"}
	for _, b := range docs {
		ins = append(ins, strings.Split(string(b), " ")...)
		ins = append(ins, string(b))
	}
	for _, s := range ins {
		if got, want := foldString(s), fold(s).low; got != want {
			t.Fatalf("foldString(%q) = %q, fold gives %q", s, got, want)
		}
	}
}
