package text

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCQuick checks that the fast NFC test never accepts a string that
// is not in NFC, and that it accepts ordinary accented text.
func TestNFCQuick(t *testing.T) {
	for r := rune(0); r < nfcSafeLimit+16; r++ {
		for _, s := range []string{string(r), "e" + string(r), string(r) + "\u0301", "a" + string(r) + "b"} {
			if nfcQuick(s) && !norm.NFC.IsNormalString(s) {
				t.Fatalf("nfcQuick(%q) = true, but it is not in NFC", s)
			}
		}
	}
	for _, s := range []string{"Le ministre des Affaires étrangères, M. Nasser Bourita — à Rabat…", "España, año", "plain ASCII text, long enough to skip words"} {
		if !nfcQuick(s) {
			t.Errorf("nfcQuick(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"e\u0301", "Ku\u0308\u0308", "\u2000", "\uFFFD"} {
		if nfcQuick(s) {
			t.Errorf("nfcQuick(%q) = true, want false", s)
		}
	}
}

// TestFirstChangeWords checks the word-at-a-time skipping of firstChange
// against a byte-by-byte reference.
func TestFirstChangeWords(t *testing.T) {
	ref := func(s string) int {
		for i, r := range s {
			if r == '\r' {
				return i
			}
			if _, ok := replacement(r); ok && r >= utf8.RuneSelf {
				return i
			}
		}
		return -1
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "bc", " ", "\r", "\n", "é", "\u00A0", "’", "x", "\u200B", "0123456"}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(40); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := firstChange(s), ref(s); got != want {
			t.Fatalf("firstChange(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestDateStarters checks that matchAt finds nothing at a vocabulary word
// outside dateStarters, whatever follows it, so that FindDates may skip
// those words.
func TestDateStarters(t *testing.T) {
	var words, others []string
	for w := range vocab {
		if _, starts, _ := vocabTable.get([]byte(w)); !starts {
			words = append(words, w)
		}
		others = append(others, w)
	}
	others = append(others, "23", "1er", "2021", "23/04/2021", "2021-04-23", "avril", "Avril", "x")
	ref := Date{2021, 4, 23}
	for _, w := range words {
		for _, a := range others {
			for _, sep := range []string{" ", "-", "'", ", "} {
				for _, tail := range []string{"", " 2021", " de 2021", " avril 2021", " dernier", " prochain", " que viene"} {
					s := w + sep + a + tail
					toks := tokenize(s)
					for _, lang := range []string{"", "fr", "en", "es"} {
						if m, ok := matchAt(s, toks, 0, lang, ref); ok {
							t.Fatalf("matchAt(%q, lang %q) = %+v, but %q is not in dateStarters", s, lang, m, w)
						}
					}
				}
			}
		}
	}
	if len(words) == 0 {
		t.Fatal("every vocabulary word starts a date?")
	}
}

// TestIsBinaryWords checks the word-at-a-time isBinary against the plain
// rune loop.
func TestIsBinaryWords(t *testing.T) {
	ref := func(s string) bool {
		s = sample(s, 64<<10)
		var n, ctrl int
		for _, r := range s {
			n++
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7F || r >= 0x80 && r < 0xA0 || r == utf8.RuneError {
				ctrl++
			}
		}
		return ctrl*20 > n
	}
	rng := rand.New(rand.NewSource(2))
	pieces := []string{"abcdefgh", "x", " ", "\n", "\x01", "\x1f", "\x7f", "\x00", "é", "\u0085", "\xff", "~", "0123456789", "\t"}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := isBinary(s), ref(s); got != want {
			t.Fatalf("isBinary(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWordTable checks that a wordTable finds exactly the words of its map.
func TestWordTable(t *testing.T) {
	m := map[string]int{}
	for i, w := range strings.Fields("le la les de the of el los a b ab ba abc cab " + strings.Repeat("x", 15)) {
		m[w] = i
	}
	tab := newWordTable(m)
	for w, v := range m {
		if k, got, ok := tab.get([]byte(w)); !ok || got != v || k != w {
			t.Errorf("get(%q) = %q, %d, %v; want %q, %d, true", w, k, got, ok, w, v)
		}
		if got, ok := tab.getString(w); !ok || got != v {
			t.Errorf("getString(%q) = %d, %v; want %d, true", w, got, ok, v)
		}
	}
	for _, w := range []string{"", "lé", "l", "des", "abcd", "ca", strings.Repeat("x", 14)} {
		if _, _, ok := tab.get([]byte(w)); ok {
			t.Errorf("get(%q) found a word not in the table", w)
		}
		if _, ok := tab.getString(w); ok {
			t.Errorf("getString(%q) found a word not in the table", w)
		}
	}
}

// TestDetectLangAccentedWords checks that accented function words are found
// (DetectLang hashes words while lower-casing them).
func TestDetectLangAccentedWords(t *testing.T) {
	if lang, _ := DetectLang("Été, été, ÉTÉ : également."); lang != "fr" {
		t.Errorf("DetectLang = %q, want fr (été and également are French function words)", lang)
	}
	if lang, _ := DetectLang("según también según"); lang != "es" {
		t.Errorf("DetectLang = %q, want es", lang)
	}
}
