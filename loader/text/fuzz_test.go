package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that Decode never panics and that every offset it and
// its methods return stays within bounds and in order.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{frDoc, enDoc, esDoc, " date 2021-04 Le ministre a eu vendredi un entretien.", "\xff\xfeL\x00e\x00", "caf\xe9 \x93ok\x94", "a\r\n\r\nb", "M. M. M. M.", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Text is not valid UTF-8")
		}
		if d.BodyStart < 0 || d.BodyStart > len(d.Text) {
			t.Fatalf("BodyStart %d out of [0,%d]", d.BodyStart, len(d.Text))
		}
		if got := d.Orig(len(d.Text)); got != len(data) {
			t.Fatalf("Orig(len(Text)) = %d, want %d", got, len(data))
		}
		prev := 0
		for i := 0; i <= len(d.Text); i++ {
			o := d.Orig(i)
			if o < prev || o > len(data) {
				t.Fatalf("Orig(%d) = %d after %d (input %d bytes)", i, o, prev, len(data))
			}
			prev = o
		}
		end := d.BodyStart
		for _, s := range d.Sentences() {
			if s.Start < end || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("sentence %v after %d out of order or bounds (%d)", s, end, len(d.Text))
			}
			end = s.End
			q, a, b := d.QuoteInput(s.Start, s.End)
			if a < 0 || b < a || b > len(data) {
				t.Fatalf("QuoteInput(%v) offsets [%d,%d) out of bounds", s, a, b)
			}
			q2, a2, b2 := d.Quote(s.Start, s.End)
			if a2 < 0 || b2 < a2 || b2 > len(d.Original()) || q2 != d.Original()[a2:b2] || q2 != q {
				t.Fatalf("Quote(%v) = %q [%d,%d) does not index Original()", s, q2, a2, b2)
			}
			// x/text may decode invalid UTF-16 differently (several lone
			// surrogates, one U+FFFD); compare valid text only.
			if n, _ := normalize(q); !strings.Contains(n, d.Text[s.Start:s.End]) {
				t.Fatalf("Quote(%v) = %q normalises to %q, not containing the sentence %q", s, q, n, d.Text[s.Start:s.End])
			}
			if (d.Encoding == UTF8 || d.Encoding == UTF8BOM) && q != string(data[a:b]) {
				t.Fatalf("Quote(%v) = %q != input[%d:%d] = %q", s, q, a, b, data[a:b])
			}
			if raw := decodeAs(t, d.Encoding, data[a:b]); q != raw && !strings.ContainsRune(q+raw, utf8.RuneError) {
				t.Fatalf("Quote(%v) = %q != decoded input[%d:%d] = %q (%s)", s, q, a, b, raw, d.Encoding)
			}
		}
		for _, m := range FindDates(d.Text, d.Lang, d.RefDate("")) {
			if m.Start < 0 || m.End <= m.Start || m.End > len(d.Text) {
				t.Fatalf("date mention %+v out of bounds", m)
			}
			if s := m.Date.String(); s != "" && !strings.HasPrefix(s, "0") && len(s) != 4 && len(s) != 7 && len(s) != 10 {
				t.Fatalf("bad date %q", s)
			}
		}
		DetectLang(d.Text)
	})
}
