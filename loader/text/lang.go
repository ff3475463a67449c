package text

import (
	"strings"
	"unicode/utf8"
)

// Language profiles: frequent function words that are (nearly) exclusive to
// one of the three languages. Words shared by two of them ("de", "la",
// "en", "que", "a", "se", "son", "entre") are left out.
var langWords = map[string]int{} // word → index in langCodes

// langTable is langWords as a wordTable, built by init.
var langTable *wordTable[int]

var langCodes = [3]string{"fr", "en", "es"}

func init() {
	add := func(i int, words string) {
		for _, w := range strings.Fields(words) {
			langWords[w] = i
		}
	}
	add(0, "le les des du et est une dans pour avec sur qui au aux ce cette ces ses ont été sont pas mais nous il elle ils leur leurs sa deux lors ainsi également selon où très avait sera été aussi afin dont être entretien ministre affaires étrangères")
	add(1, "the of and to is that for with on was as by are his her this from at have has it which were be an its their will said two between also minister foreign affairs would been after over")
	add(2, "el los las del y por con para una su sus es al como ha fue lo más sobre han dos este esta también según ministro asuntos exteriores gobierno ambos países cual está sido tras")
	// Words of other languages (German, Portuguese, Italian) that would
	// otherwise pass for one of ours: evidence that the text is none of them.
	add(3, "und der die das nicht mit ist ein eine auch wurde sich dem zum zur von não também são pelo pela foi ao aos às uma com della delle degli gli sono che nel nella anche è")
	langTable = newWordTable(langWords)
}

// DetectLang identifies the language of s among French, English and Spanish
// by counting frequent function words exclusive to each language, plus a few
// characters (ñ ¿ ¡ → es; ç œ è ê à and the elisions l' d' qu' → fr). Frequent
// words and letters of German, Portuguese and Italian count against all
// three. It returns "" when s has too little evidence (fewer than two
// words), no clear winner (twice the runner-up and 60% of all evidence), or
// looks like another language; score in [0,1] is the winner's share, scaled
// down when there are fewer than six pieces of evidence. It looks at most at
// the first 64 KiB of s.
func DetectLang(s string) (lang string, score float64) {
	s = sample(s, 64<<10)
	var counts [4]float64 // fr, en, es, other
	var buf [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiLower[c] != 0 {
			// a word opening with an ASCII letter: while its letters are
			// ASCII, hash them lower-cased and compare the word in place
			j, h := i, hashSeed
			for j < len(s) {
				b := asciiLower[s[j]]
				if b == 0 {
					break
				}
				h = hashStep(h, b)
				j++
			}
			if j == len(s) || s[j] < utf8.RuneSelf {
				if j-i <= len(buf) {
					if k, ok := langTable.getLowerASCII(s[i:j], hashFinish(h)); ok {
						counts[k]++
					}
				}
				i = j
				continue
			}
			// a non-ASCII letter follows: the word is read below
		} else if c >= utf8.RuneSelf {
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

// asciiLower maps ASCII letters to lower case and every other byte to 0.
var asciiLower = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

func isWordRune(r rune) bool {
	return r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7
}

func toLowerLatin(r rune) rune {
	if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
		return r + 0x20
	}
	return r
}
