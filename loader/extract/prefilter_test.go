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

// TestAnchoredWindow checks that cutting the anchored search to
// anchorWindow bytes after a candidate loses no match on real-length
// sentences: at every candidate word start of the dev texts, with the range
// running up to 400 bytes on, anchored must give what the pattern gives over
// the whole range. A pattern whose matches can run past the window (a long
// `.{0,200}` gap) fails here.
func TestAnchoredWindow(t *testing.T) {
	checked, cut := 0, 0
	for _, b := range devTexts(t) {
		x := &engine{f: fold(string(b))}
		low := x.f.low
		x.wstarts = wordStarts(low)
		x.indexStarts()
		for _, k := range kreAll {
			if !k.ok {
				continue
			}
			for _, p := range x.kcand[k.id] {
				e := min(len(low), p+400)
				want := 0
				if loc := k.anch.FindStringIndex(low[p:e]); loc != nil {
					want = loc[1]
				}
				if got := x.anchored(k, p, e); got != want {
					t.Errorf("%.80s at %q: match of %d bytes, the regexp over the whole range gives %d", k.re, low[p:min(e, p+want+20)], got, want)
				}
				checked++
				if e-p > anchorWindow {
					cut++
				}
			}
		}
	}
	if cut == 0 {
		t.Fatal("no candidate had a range longer than the window: the test checks nothing")
	}
	t.Logf("%d candidates, %d with a range cut by the window", checked, cut)
}

// TestExactSame checks the exact sets (exactTrim among them) against the
// regexps on their own strings padded with spaces and altered.
func TestExactSame(t *testing.T) {
	pads := []string{"", " ", "  ", "\t", "\n ", "x", " x", ",", "'"}
	n := 0
	for _, f := range freAll {
		if f.exact == nil {
			continue
		}
		ins := []string{"", " ", "   "}
		for l := range f.exact {
			for _, a := range pads {
				for _, b := range pads {
					ins = append(ins, a+l+b, a+strings.ToUpper(l)+b)
				}
			}
			if len(l) > 1 {
				ins = append(ins, l[1:], l[:len(l)-1], " "+l[:len(l)-1]+" ")
			}
		}
		for _, s := range ins {
			if got, want := f.MatchString(s), f.Regexp.MatchString(s); got != want {
				t.Fatalf("%s on %q: %v, regexp says %v", f.Regexp, s, got, want)
			}
			if got, want := f.matchUpper(s), f.Regexp.MatchString(strings.ToUpper(s)); got != want {
				t.Fatalf("%s upper on %q: %v, regexp says %v", f.Regexp, s, got, want)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no exact set")
	}
}

// TestNeedIn checks needIn against one substring search per string of need.
func TestNeedIn(t *testing.T) {
	var fs []*fre
	for _, f := range freAll {
		if len(f.need) >= minNeedScan {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Skip("no pattern has enough strings in need")
	}
	n := 0
	for _, b := range devTexts(t) {
		low := fold(string(b)).low
		for s := 0; s < len(low); s += 7 {
			for _, w := range []int{3, 20, 90, 300} {
				in := low[s:min(len(low), s+w)]
				for _, f := range fs {
					want := false
					for _, l := range f.need {
						want = want || strings.Contains(in, l)
					}
					if got := f.needIn(in); got != want {
						t.Fatalf("%s: needIn(%q) = %v", f.Regexp, in, got)
					}
					if want {
						n++
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no input holds a string of need")
	}
}

// TestMayMatch checks that the document index never rejects a window where
// a pattern made by mkfi has a match: windows of the folded dev texts
// starting anywhere (inside words too) and ending anywhere.
func TestMayMatch(t *testing.T) {
	var fs []*fre
	for _, f := range freAll {
		if f.indexed {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Fatal("no indexed pattern")
	}
	r := rand.New(rand.NewSource(3))
	n, rejected := 0, 0
	for _, b := range devTexts(t) {
		x := &engine{f: fold(string(b))}
		low := x.f.low
		x.wstarts = wordStarts(low)
		x.indexStarts()
		var wins [][2]int
		for range 300 {
			s := r.Intn(len(low) + 1)
			wins = append(wins, [2]int{s, min(len(low), s+r.Intn(200))})
		}
		// and windows around the matches in the whole text, starting
		// before them, at them or inside their first word
		for _, f := range fs {
			for _, m := range f.Regexp.FindAllStringIndex(low, -1) {
				for _, d := range []int{-2, -1, 0, 1, 5, 20, 60} {
					s := min(max(0, m[0]-d), len(low))
					for _, e := range []int{m[1], min(len(low), m[1]+3), len(low)} {
						wins = append(wins, [2]int{s, max(s, e)})
					}
				}
			}
		}
		for _, w := range wins {
			s, e := w[0], w[1]
			for _, f := range fs {
				may := x.mayMatch(f, s, e)
				if !may {
					rejected++
					if f.Regexp.MatchString(low[s:e]) {
						t.Fatalf("%s on %q: a match, but mayMatch rejects the window", f.Regexp, low[s:e])
					}
				}
				if got, want := x.matchIn(f, s, e), f.Regexp.MatchString(low[s:e]); got != want {
					t.Fatalf("%s on %q: matchIn %v, regexp says %v", f.Regexp, low[s:e], got, want)
				}
				if got, want := x.indexIn(f, s, e), f.Regexp.FindStringIndex(low[s:e]); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: indexIn %v, regexp finds %v", f.Regexp, low[s:e], got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d patterns, %d windows, %d rejected by the index", len(fs), n, rejected)
}

// TestTailSame checks tailMatch against the regexp for the patterns of
// strings, spaces and $: on windows of the folded dev texts ending at word
// ends and after spaces (where these patterns match), and on strings of
// their own pieces.
func TestTailSame(t *testing.T) {
	var fs []*fre
	for _, f := range freAll {
		if f.tail != nil {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Fatal("no tail pattern")
	}
	n, hits := 0, 0
	check := func(w string) {
		for _, f := range fs {
			got, want := f.MatchString(w), f.Regexp.MatchString(w)
			if got != want {
				t.Fatalf("%s on %q: %v, regexp says %v", f.Regexp, w, got, want)
			}
			n++
			if got {
				hits++
			}
		}
	}
	for _, b := range devTexts(t) {
		low := fold(string(b)).low
		for e := 1; e <= len(low); e++ {
			if e < len(low) && (reWord(low[e]) || !reWord(low[e-1]) && !isSpace(low[e-1])) {
				continue // neither a word end nor after a space
			}
			for _, w := range []int{3, 12, 40} {
				check(low[max(0, e-w):e])
			}
		}
	}
	pieces := []string{"", " ", "  ", "\t", "\n", ".", "'", "x", "_", "9", "é", "\xff", "a", "e", "s", "d", "the", "de", "la", "l'", "of", "ex", "-"}
	for _, f := range fs {
		for _, l := range f.tail {
			pieces = append(pieces, l.s)
		}
	}
	r := rand.New(rand.NewSource(5))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.Intn(4) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	t.Logf("%d patterns, %d comparisons, %d matches", len(fs), n, hits)
}

// TestBackSame checks the backward matching of the patterns anchored at the
// end against the regexp: on windows of the folded dev texts ending at word
// ends and after spaces and punctuation (where these patterns match),
// starting anywhere, and on strings of pieces of the patterns, non-ASCII
// and invalid UTF-8 among them.
func TestBackSame(t *testing.T) {
	var fs []*fre
	for _, f := range freAll {
		if f.back != nil {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Fatal("no backward pattern")
	}
	n, hits := 0, 0
	check := func(w string) {
		for _, f := range fs {
			got, want := f.MatchString(w), f.Regexp.MatchString(w)
			if got != want {
				t.Fatalf("%s on %q: %v, regexp says %v", f.Regexp, w, got, want)
			}
			n++
			if got {
				hits++
			}
		}
	}
	for di, b := range devTexts(t) {
		if di%5 != 0 {
			continue // a fifth of the texts keeps the test short
		}
		low := fold(string(b)).low
		for e := 1; e <= len(low); e++ {
			if e < len(low) && reWord(low[e]) && reWord(low[e-1]) {
				continue // inside a word
			}
			for _, w := range []int{6, 30, maxBackLen, maxBackLen + 1} {
				check(low[max(0, e-w):e])
			}
			// non-ASCII letters, for the classes that match them
			check(strings.ReplaceAll(low[max(0, e-30):e], "e", "é"))
		}
	}
	pieces := []string{" ", "  ", "\t", "\n", ",", ".", ":", ";", "(", ")", "'", "-", "x", "_", "9", "é", "ñ", "\xff", "\xc3", "a", "e", "s", "de", "la", "le", "the", "of", "et", "y", "and", "m", "mr", "sr", "h.e", "en", "in", "du", "des", "por", "par", strings.Repeat(" ", 20), "abc def ghi "}
	r := rand.New(rand.NewSource(9))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	check(strings.Repeat("de ", 200)) // longer than maxBackLen: the regexp
	t.Logf("%d patterns, %d comparisons, %d matches", len(fs), n, hits)
}

// TestFwdSame checks the forward matching of the patterns anchored at the
// start against the regexp: on windows of the folded dev texts starting at
// word starts and after spaces and punctuation, and on strings of pieces of
// the patterns, non-ASCII and invalid UTF-8 among them.
func TestFwdSame(t *testing.T) {
	var fs []*fre
	for _, f := range freAll {
		if f.fwd != nil {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		t.Fatal("no forward pattern")
	}
	n, hits := 0, 0
	check := func(w string) {
		for _, f := range fs {
			got, want := f.MatchString(w), f.Regexp.MatchString(w)
			if got != want {
				t.Fatalf("%s on %q: %v, regexp says %v", f.Regexp, w, got, want)
			}
			n++
			if got {
				hits++
			}
		}
	}
	for _, b := range devTexts(t) {
		low := fold(string(b)).low
		for p := 0; p < len(low); p++ {
			if p > 0 && reWord(low[p]) && reWord(low[p-1]) {
				continue // inside a word
			}
			for _, w := range []int{5, 20, 60, 150} {
				check(low[p:min(len(low), p+w)])
			}
			check(strings.ReplaceAll(low[p:min(len(low), p+30)], "e", "é"))
		}
	}
	pieces := []string{" ", "  ", "\t", "\n", ",", ".", ":", ";", "(", ")", "'", "-", "x", "_", "9", "é", "ñ", "\xff", "\xc3", "a", "e", "s", "de", "la", "le", "the", "of", "et", "y", "and", "they", "both", "en", "in", "du", "des", "por", "par", "consejero", strings.Repeat(" ", 20), "abc def ghi ", strings.Repeat("é", 19), strings.Repeat("é", 29), "ont ete recue par", "received by", "backed by", "a", "at"}
	r := rand.New(rand.NewSource(11))
	for range 40000 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	t.Logf("%d patterns, %d comparisons, %d matches", len(fs), n, hits)
}
