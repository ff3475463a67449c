package text

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"diplograph"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// A communiqué of our own, with the typographic characters normalisation
// deals with: curly apostrophes and quotes, guillemets with narrow no-break
// spaces, a no-break space, a soft hyphen, CRLF line ends, a decomposed é
// and a ligature.
const frDoc = "date 2021-05\r\n\r\nRABAT, 12 mai (MAP) - Le ministre des Affaires étrangères a reçu jeudi l\u2019ambassadeur du Pérou, M. Carlos Ruiz.\r\n\r\n" +
	"Les deux parties ont salué \u00ab\u202fl\u2019excellence\u202f\u00bb des relations bilatérales et la coopération e\u0301conomique.\u00a0Elles ont convenu d\u2019une visite o\u00adfficielle en juin 2021 pour signer un accord sur l\u2019\ufb01nancement."

func mustDecode(t testing.TB, data []byte) *Doc {
	t.Helper()
	d, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return d
}

func TestDecodeNormalises(t *testing.T) {
	d := mustDecode(t, []byte(frDoc))
	if d.Encoding != UTF8 {
		t.Errorf("Encoding = %q, want utf-8", d.Encoding)
	}
	for _, bad := range []string{"\r", "\u2019", "\u00ab", "\u00bb", "\u202f", "\u00a0", "\u00ad", "e\u0301"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("Text still contains %q", bad)
		}
	}
	for _, want := range []string{"l'ambassadeur", `" l'excellence "`, "coopération économique. Elles", "officielle", "\ufb01nancement", "(MAP) - Le"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, d.Text)
		}
	}
	if got := d.Orig(len(d.Text)); got != len(frDoc) {
		t.Errorf("Orig(len(Text)) = %d, want %d", got, len(frDoc))
	}
	// The quote of a normalised span is the original text.
	i := strings.Index(d.Text, `" l'excellence "`)
	q, a, b := d.Quote(i, i+len(`" l'excellence "`))
	if want := "\u00ab\u202fl\u2019excellence\u202f\u00bb"; q != want || frDoc[a:b] != want {
		t.Errorf("Quote = %q [%d,%d) (input %q), want %q", q, a, b, frDoc[a:b], want)
	}
	i = strings.Index(d.Text, "économique")
	q, _, _ = d.Quote(i, i+len("économique"))
	if q != "e\u0301conomique" {
		t.Errorf("Quote of NFC span = %q, want the decomposed original", q)
	}
}

func TestDecodeEncodings(t *testing.T) {
	const body = "Madrid, 10 ene (EFE).- El ministro de Asuntos Exteriores recibió ayer a su homólogo francés. Ambos subrayaron la «excelente» relación."
	enc16 := func(e unicode.Endianness) []byte {
		b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	enc16nobom := func(e unicode.Endianness) []byte {
		b, err := unicode.UTF16(e, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cp, err := charmap.Windows1252.NewEncoder().Bytes([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(body), UTF8},
		{"utf-8-bom", append([]byte{0xEF, 0xBB, 0xBF}, body...), UTF8BOM},
		{"utf-16le", enc16(unicode.LittleEndian), UTF16LE},
		{"utf-16be", enc16(unicode.BigEndian), UTF16BE},
		{"utf-16le without BOM", enc16nobom(unicode.LittleEndian), UTF16LE},
		{"windows-1252", cp, Windows1252},
		{"utf-8 with BOM and a stray byte", []byte("\ufeff" + strings.Replace(body, "homólogo", "hom\xf3logo", 1)), UTF8Mixed},
		{"utf-8 with a stray byte", []byte(strings.Replace(body, "homólogo", "hom\xf3logo", 1)), UTF8Mixed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mustDecode(t, c.data)
			if d.Encoding != c.enc {
				t.Errorf("Encoding = %q, want %q", d.Encoding, c.enc)
			}
			if !strings.HasPrefix(d.Text, "Madrid, 10 ene (EFE).- El ministro") || !strings.Contains(d.Text, `la "excelente" relación`) {
				t.Errorf("Text = %q", d.Text)
			}
			if d.Lang != "es" {
				t.Errorf("Lang = %q", d.Lang)
			}
			if d.Dateline.City != "Madrid" || d.Dateline.Agency != "EFE" || d.Dateline.Date != (Date{0, 1, 10}) {
				t.Errorf("Dateline = %+v", d.Dateline)
			}
			if got := d.Orig(len(d.Text)); got != len(c.data) {
				t.Errorf("Orig(len(Text)) = %d, want %d", got, len(c.data))
			}
			// Every word quoted maps back to the bytes encoding it.
			for _, w := range []string{"recibió", "homólogo francés", `"excelente"`, "relación."} {
				i := strings.Index(d.Text, w)
				q, a, b := d.QuoteInput(i, i+len(w))
				want := strings.NewReplacer(`"`, "").Replace(w)
				if !strings.Contains(q, want) {
					t.Errorf("QuoteInput(%q) = %q", w, q)
				}
				raw := decodeAs(t, c.enc, c.data[a:b])
				if raw != q {
					t.Errorf("input[%d:%d] decodes to %q, quote is %q", a, b, raw, q)
				}
				q2, a2, b2 := d.Quote(i, i+len(w))
				if q2 != q || d.Original()[a2:b2] != q || a2 != d.OrigDecoded(i) {
					t.Errorf("Quote(%q) = %q [%d,%d), Original()[%d:%d] = %q", w, q2, a2, b2, a2, b2, d.Original()[a2:b2])
				}
			}
		})
	}
}

// decodeAs decodes a slice of input in encoding enc with x/text.
func decodeAs(t testing.TB, enc string, b []byte) string {
	t.Helper()
	var out []byte
	var err error
	switch enc {
	case UTF16LE:
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
	case UTF16BE:
		out, err = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
	case Windows1252:
		out, err = charmap.Windows1252.NewDecoder().Bytes(b)
	case UTF8Mixed:
		for len(b) > 0 {
			r, n := utf8.DecodeRune(b)
			if r == utf8.RuneError && n == 1 {
				r = charmap.Windows1252.DecodeByte(b[0])
			}
			out = utf8.AppendRune(out, r)
			b = b[n:]
		}
	default:
		out = b
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(string(out), "\ufeff")
}

func TestDecodeErrors(t *testing.T) {
	old := MaxBytes
	defer func() { MaxBytes = old }()
	MaxBytes = 1000
	cases := map[string][]byte{
		"empty":         nil,
		"blank":         []byte(" \n\t\r\n  "),
		"blank nbsp":    []byte("\u00a0\u202f\n"),
		"nul":           []byte("Le ministre\x00 a reçu"),
		"controls":      []byte("\x01\x02\x03\x04abc\x05\x06\x07\x08\x0e\x0f"),
		"too big":       bytes1001(),
		"binary random": randomBytes(900),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			d, err := Decode(data)
			if err == nil {
				t.Fatalf("Decode succeeded: %q", d.Text)
			}
			var e *diplograph.Error
			if !errors.As(err, &e) || diplograph.KindOf(err) != diplograph.Invalid {
				t.Errorf("error %v is not a diplograph.Error of kind Invalid", err)
			}
		})
	}
}

func bytes1001() []byte { return []byte(strings.Repeat("a", 1001)) }

func randomBytes(n int) []byte {
	r := rand.New(rand.NewSource(1))
	b := make([]byte, n)
	r.Read(b)
	return b
}

func TestQuoteEqualsInputUTF8(t *testing.T) {
	inputs := []string{frDoc, "\ufeff" + frDoc, enDoc, esDoc, "a\u00ad\u00adb\r\r\nc\u200b", "x\u2019\u2019y e\u0301\u0301 \ufb01",
		"\u1e9b\u0323 A\u030a\u0323 \u00a0\u00ab\u202fQ\u202f\u00bb ko\u0308\u00ad\u0301 \u2028x\u0085"}
	r := rand.New(rand.NewSource(2))
	for _, in := range inputs {
		d := mustDecode(t, []byte(in))
		check := func(s, e int) {
			q, a, b := d.Quote(s, e)
			if a < 0 || b > len(in) || a > b {
				t.Fatalf("Quote(%d,%d) offsets [%d,%d) out of input of %d bytes", s, e, a, b, len(in))
			}
			if q != in[a:b] {
				t.Fatalf("Quote(%d,%d) = %q, input[%d:%d] = %q", s, e, q, a, b, in[a:b])
			}
			if q != strings.TrimSpace(q) {
				t.Fatalf("Quote(%d,%d) = %q is not trimmed", s, e, q)
			}
			// Normalising the quote gives back the span (or a little more when
			// the span cuts a composed character).
			if s >= 0 && e <= len(d.Text) && s < e && utf8.RuneStart(d.Text[s]) && (e == len(d.Text) || utf8.RuneStart(d.Text[e])) {
				if n, _ := normalize(q); !strings.Contains(n, strings.TrimSpace(d.Text[s:e])) {
					t.Fatalf("Quote(%d,%d) = %q normalises to %q, not containing %q", s, e, q, n, d.Text[s:e])
				}
			}
		}
		for _, s := range d.Sentences() {
			check(s.Start, s.End)
		}
		for k := 0; k < 500; k++ {
			s, e := r.Intn(len(d.Text)+1), r.Intn(len(d.Text)+1)
			check(min(s, e), max(s, e))
		}
		check(-5, len(d.Text)+5)
		prev := -1
		for i := 0; i <= len(d.Text); i++ {
			o := d.Orig(i)
			if o < prev || o > len(in) {
				t.Fatalf("Orig(%d) = %d after %d (input %d bytes)", i, o, prev, len(in))
			}
			prev = o
		}
	}
}

func TestOrigSkipsBOMAndMapsReplacements(t *testing.T) {
	in := "\ufeffl\u2019ONU"
	d := mustDecode(t, []byte(in))
	if d.Text != "l'ONU" || d.Encoding != UTF8BOM {
		t.Fatalf("Text %q enc %q", d.Text, d.Encoding)
	}
	want := []int{3, 4, 7, 8, 9, 10}
	for i, w := range want {
		if got := d.Orig(i); got != w {
			t.Errorf("Orig(%d) = %d, want %d", i, got, w)
		}
	}
	if d.Original() != in {
		t.Errorf("Original() = %q", d.Original())
	}
}

// sharedDir returns <repo root>/../shared, or "" when absent.
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func TestSeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "communique.txt"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("seed communiqué missing (CI=true): %v", err)
		}
		t.Skipf("seed communiqué not available: %v", err)
	}
	d := mustDecode(t, data)
	if d.Header.Date != (Date{2021, 4, 0}) {
		t.Errorf("header date = %v", d.Header.Date)
	}
	if !strings.HasPrefix(d.Text[d.BodyStart:], "Le ministre des Affaires") {
		t.Errorf("body starts with %q", sample(d.Text[d.BodyStart:], 30))
	}
	if d.Lang != "fr" {
		t.Errorf("Lang = %q", d.Lang)
	}
	ss := d.Sentences()
	if len(ss) < 8 {
		t.Errorf("%d sentences", len(ss))
	}
	for _, s := range ss {
		q, a, b := d.Quote(s.Start, s.End)
		if string(data[a:b]) != q || !utf8.ValidString(q) {
			t.Errorf("sentence %v: quote %q != input[%d:%d]", s, q, a, b)
		}
	}
	first := d.Text[ss[0].Start:ss[0].End]
	if !strings.HasSuffix(first, "Mukhtar Tleuberdi.") {
		t.Errorf("first sentence = %q", first)
	}
	ms := FindDates(first, d.Lang, d.RefDate(""))
	if len(ms) != 1 || first[ms[0].Start:ms[0].End] != "vendredi" || ms[0].Date != (Date{2021, 4, 0}) || !ms[0].Relative {
		t.Errorf("dates in first sentence: %+v", ms)
	}
}

// TestPathological runs the text layer on large degenerate inputs; a
// quadratic step would make it time out.
func TestPathological(t *testing.T) {
	const n = 2 << 20
	for name, unit := range map[string]string{
		"dots":       ".",
		"ellipses":   "…",
		"initials":   "M. ",
		"sentences":  "a. B",
		"newlines":   "a\n",
		"bullets":    "- x\n",
		"closers":    `."')] `,
		"header":     "date 2021 ",
		"quotes":     "\u2019",
		"combining":  "e\u0301\u0302",
		"long words": "x",
		"dates":      "le 23 avril 2021 hier vendredi ",
	} {
		t.Run(name, func(t *testing.T) {
			in := strings.Repeat(unit, n/len(unit))
			d, err := Decode([]byte(in))
			if err != nil {
				t.Fatal(err)
			}
			ss := d.Sentences()
			for i, s := range ss {
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End || (i > 0 && s.Start < ss[i-1].End) {
					t.Fatalf("bad span %v", s)
				}
			}
			FindDates(d.Text, "", Date{2021, 4, 23})
			if o := d.Orig(len(d.Text)); o != len(in) {
				t.Fatalf("Orig(end) = %d", o)
			}
		})
	}
}

func TestZeroDocDoesNotPanic(t *testing.T) {
	d := &Doc{Text: "Le ministre a reçu son homologue."}
	d.Quote(0, 10)
	d.QuoteInput(3, 100)
	d.Orig(5)
	d.OrigDecoded(-1)
	d.Sentences()
	d.RefDate("2021")
	d.Language("")
	d.SentenceAt(4)
}

// TestTitleSpan checks where the title stands in Text: a "title:" line's
// value, or the lead lines before a dateline; none without a title.
func TestTitleSpan(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"date: 2024-05-10\ntitle:  Visite de travail à Dakar du ministre ghanéen \nsource: x\n\nLe ministre a été reçu.", "Visite de travail à Dakar du ministre ghanéen"},
		{"Maroc-Ghana : entretien téléphonique\nRABAT, 23 avril (MAP) - Le ministre a eu un entretien.", "Maroc-Ghana : entretien téléphonique"},
		{"date 2021-04\n\nLe ministre a eu un entretien téléphonique.", ""},
	} {
		d, err := Decode([]byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		got := d.Text[d.Header.TitleSpan.Start:d.Header.TitleSpan.End]
		if got != c.want {
			t.Errorf("TitleSpan of %q = %q, want %q", c.in, got, c.want)
		}
		if got != "" && d.Header.TitleSpan.End > d.BodyStart {
			t.Errorf("TitleSpan %v ends after the body start %d", d.Header.TitleSpan, d.BodyStart)
		}
	}
}
