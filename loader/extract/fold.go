package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// folded is an analysis view of the normalised text: Latin accents removed,
// typographic punctuation mapped to ASCII, with a map from every byte of the
// view back to the byte of the normalised text it came from. up keeps the
// letter case (for proper names), low is its ASCII-lower-cased twin (for
// keywords); both have the same length and share the offset map.
type folded struct {
	up, low string
	// the offset maps hold int32 (half the memory of int): the text layer
	// caps inputs far below 2 GiB, and Extract rejects longer texts
	toText  []int32 // view offset → text offset; len(up)+1 entries
	fromTxt []int32 // text offset → view offset; len(text)+1 entries
}

// foldRune returns the accent-free replacement of r ("" when r is kept).
func foldRune(r rune) string {
	if r < foldTabLen {
		return foldTab[r]
	}
	return foldRuneSwitch(r)
}

// foldTabLen bounds the runes whose replacement foldTab holds: ASCII,
// Latin-1 and Latin Extended-A and B, most of the non-ASCII runes of the
// texts (a table read instead of the switch's comparisons).
const foldTabLen = 0x250

// foldTab holds foldRuneSwitch(r) for r < foldTabLen.
var foldTab = func() (t [foldTabLen]string) {
	for r := range rune(foldTabLen) {
		t[r] = foldRuneSwitch(r)
	}
	return t
}()

// foldRuneSwitch is foldRune without the table.
func foldRuneSwitch(r rune) string {
	if r < 0x80 {
		return ""
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā', 'Ă', 'Ą':
		return "A"
	case 'ç', 'ć', 'č', 'ĉ', 'ċ':
		return "c"
	case 'Ç', 'Ć', 'Č':
		return "C"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě':
		return "e"
	case 'È', 'É', 'Ê', 'Ë', 'Ē', 'Ė', 'Ę', 'Ě':
		return "E"
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı':
		return "i"
	case 'Ì', 'Í', 'Î', 'Ï', 'Ĩ', 'Ī', 'İ':
		return "I"
	case 'ñ', 'ń', 'ň':
		return "n"
	case 'Ñ', 'Ń', 'Ň':
		return "N"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return "o"
	case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Ō', 'Ő':
		return "O"
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ů', 'ű':
		return "u"
	case 'Ù', 'Ú', 'Û', 'Ü', 'Ũ', 'Ū', 'Ů', 'Ű':
		return "U"
	case 'ý', 'ÿ':
		return "y"
	case 'Ý', 'Ÿ':
		return "Y"
	case 'š', 'ś', 'ş', 'ș':
		return "s"
	case 'Š', 'Ś', 'Ş', 'Ș':
		return "S"
	case 'ž', 'ź', 'ż':
		return "z"
	case 'Ž', 'Ź', 'Ż':
		return "Z"
	case 'ğ':
		return "g"
	case 'Ğ':
		return "G"
	case 'ř':
		return "r"
	case 'ł':
		return "l"
	case 'Ł':
		return "L"
	case 'ţ', 'ț', 'ť':
		return "t"
	case 'ď', 'đ':
		return "d"
	case 'œ':
		return "oe"
	case 'Œ':
		return "OE"
	case 'æ':
		return "ae"
	case 'Æ':
		return "AE"
	case 'ß':
		return "ss"
	case '’', '‘', 'ʼ', '`', '´', 'ʻ':
		return "'"
	case '“', '”', '«', '»', '„':
		return "\""
	case '–', '—', '‑', '‒', '−':
		return "-"
	case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003':
		return " "
	case '…':
		return "..."
	case 'º', '°':
		return "o"
	case 'ª':
		return "a"
	}
	if unicode.IsSpace(r) {
		return " "
	}
	return ""
}

// fold builds the analysis view of s.
func fold(s string) *folded { return foldWith(s, nil) }

// foldWith is fold with the offset maps in the buffers of sc (when not nil
// and large enough; the maps are left in sc for the next document).
func foldWith(s string, sc *scratch) *folded {
	var ub strings.Builder
	ub.Grow(len(s))
	var toText, fromTxt []int32
	if sc != nil && cap(sc.toText) >= len(s)+1 && cap(sc.fromTxt) >= len(s)+1 {
		// every entry of fromTxt is written below: no need to clear it
		toText, fromTxt = sc.toText[:0], sc.fromTxt[:len(s)+1]
	} else {
		toText, fromTxt = make([]int32, 0, len(s)+1), make([]int32, len(s)+1)
	}
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			// ASCII stays as is: copy the run at once, its offsets shift
			// by a constant
			j := i + 1
			for j+8 <= len(s) && load8(s, j)&0x8080808080808080 == 0 {
				j += 8 // eight ASCII bytes at once
			}
			for j < len(s) && s[j] < 0x80 {
				j++
			}
			shift := int32(ub.Len() - i)
			base := len(toText)
			toText = slices.Grow(toText, j-i)[:base+j-i]
			ft, tt := fromTxt[i:j], toText[base:]
			tt = tt[:len(ft)]
			for d, v := 0, int32(i); d < len(ft); d, v = d+1, v+1 {
				ft[d] = v + shift
				tt[d] = v
			}
			ub.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		rep := foldRune(r)
		for k := 0; k < n; k++ {
			fromTxt[i+k] = int32(ub.Len())
		}
		if rep == "" {
			ub.WriteString(s[i : i+n])
			for k := 0; k < n; k++ {
				toText = append(toText, int32(i+k))
			}
		} else {
			ub.WriteString(rep)
			for k := 0; k < len(rep); k++ {
				toText = append(toText, int32(i))
			}
		}
		i += n
	}
	fromTxt[len(s)] = int32(ub.Len())
	toText = append(toText, int32(len(s)))
	if sc != nil {
		sc.toText, sc.fromTxt = toText, fromTxt
	}
	up := ub.String()
	var low strings.Builder
	low.Grow(len(up))
	start := 0 // up[start:i] has no upper-case ASCII: copied at once
	for i := 0; i < len(up); i++ {
		if c := up[i]; c >= 'A' && c <= 'Z' {
			low.WriteString(up[start:i])
			low.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	low.WriteString(up[start:])
	return &folded{up: up, low: low.String(), toText: toText, fromTxt: fromTxt}
}

// text maps a view offset to a text offset.
func (f *folded) text(off int) int {
	if off < 0 {
		return 0
	}
	if off >= len(f.toText) {
		return int(f.toText[len(f.toText)-1])
	}
	return int(f.toText[off])
}

// textEnd maps an exclusive view end offset to an exclusive text end offset.
func (f *folded) textEnd(off int) int { return f.text(off) }

// view maps a text offset to a view offset.
func (f *folded) view(off int) int {
	if off < 0 {
		return 0
	}
	if off >= len(f.fromTxt) {
		return len(f.up)
	}
	return int(f.fromTxt[off])
}

// foldString folds s for comparisons: accents removed, lower case.
// It gives fold(s).low without building the offset maps.
func foldString(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return s
	}
	// one allocation: the builder's buffer becomes the string (folding
	// never makes s longer), ASCII upper case lowered on the way
	var b strings.Builder
	b.Grow(len(s))
	if ascii {
		writeLower(&b, s)
		return b.String()
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// an ASCII run: written at once
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			writeLower(&b, s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if rep := foldRune(r); rep == "" {
			writeLower(&b, s[i:i+n])
		} else {
			writeLower(&b, rep)
		}
		i += n
	}
	return b.String()
}

// writeLower writes s to b with ASCII letters in lower case: the runs
// without upper-case letters are copied at once.
func writeLower(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}
