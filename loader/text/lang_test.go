package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDetectLangSame checks DetectLang, whose ASCII words are hashed and
// compared in place, against the version that copies every word lower-cased
// into a buffer (detectLangRef), on the dev texts, their parts and mixed
// strings.
func TestDetectLangSame(t *testing.T) {
	ins := []string{"", "a", "Été, été, ÉTÉ : également.", "según también según", "l'état d'Ici qu'il it's", "THE OF AND", "ministreé étrangères", "x’y", "abc\xffdef de la", strings.Repeat("und der die ", 3), "ñandú ¿qué? ça", "The Foreign Minister said ÜBER the ministre"}
	files, _ := filepath.Glob("../../testdata/dev/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		ins = append(ins, s)
		for i := 0; i+40 <= len(s); i += 97 {
			ins = append(ins, s[i:i+40], strings.ToUpper(s[i:i+40]))
		}
	}
	if len(files) == 0 {
		t.Fatal("no dev texts")
	}
	for _, s := range ins {
		l1, s1 := DetectLang(s)
		l2, s2 := detectLangRef(s)
		if l1 != l2 || s1 != s2 {
			t.Fatalf("DetectLang(%.60q) = %q %v, reference %q %v", s, l1, s1, l2, s2)
		}
	}
}

// detectLangRef is DetectLang as it was before its ASCII fast path.
func detectLangRef(s string) (lang string, score float64) {
	s = sample(s, 64<<10)
	var counts [4]float64 // fr, en, es, other
	var buf [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case 'ñ', 'Ñ', '¿', '¡':
				counts[2] += 0.5
			case 'ç', 'œ', 'è', 'ê', 'à', 'ù', 'û':
				counts[0] += 0.25
			case 'ã', 'õ', 'ß', 'ü', 'ö', 'ä':
				counts[3] += 0.5
			}
			if !isWordRune(r) {
				i += n
				continue
			}
		} else if !isASCIILetter(c) {
			if c == '\'' && i > 0 && i+1 < len(s) && isASCIILetter(s[i+1]) {
				switch p := s[i-1]; {
				case (p == 'l' || p == 'd' || p == 'L' || p == 'D') && (i == 1 || !isASCIILetter(s[i-2])):
					counts[0] += 0.5
				case p == 'u' && i >= 2 && s[i-2] == 'q':
					counts[0] += 0.5
				case s[i+1] == 's' && (i+2 >= len(s) || !isASCIILetter(s[i+2])):
					counts[1] += 0.5
				}
			}
			i++
			continue
		}
		j := i
		n := 0
		h := hashSeed // hashWord(buf[:n]) while n <= len(buf), computed on the way
		for j < len(s) {
			if s[j] < utf8.RuneSelf {
				b := asciiLower[s[j]]
				if b == 0 { // not a letter
					break
				}
				if n < len(buf) {
					buf[n] = b
				}
				h = hashStep(h, b)
				n++
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			if n+size <= len(buf) {
				for _, b := range buf[n : n+utf8.EncodeRune(buf[n:], toLowerLatin(r))] {
					h = hashStep(h, b)
				}
			}
			n += size
			j += size
		}
		if n <= len(buf) {
			if _, k, ok := langTable.getHashed(buf[:n], hashFinish(h)); ok {
				counts[k]++
			}
		}
		i = j
	}
	best, second := 0, -1
	for k := 1; k < 3; k++ {
		if counts[k] > counts[best] {
			best = k
		}
	}
	for k := 0; k < 3; k++ {
		if k != best && (second < 0 || counts[k] > counts[second]) {
			second = k
		}
	}
	total := counts[0] + counts[1] + counts[2] + counts[3]
	if total < 2 || counts[best] < 2 || counts[best] < 2*counts[second] || counts[best] < 2*counts[3] {
		return "", 0
	}
	share := counts[best] / total
	if share < 0.6 {
		return "", 0
	}
	return langCodes[best], share * min(1, total/6)
}
