package text

import (
	"os"
	"testing"
)

func TestSmokeSeed(t *testing.T) {
	data, err := os.ReadFile("../../../shared/seed/communique.txt")
	if err != nil {
		t.Skip(err)
	}
	d, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("enc=%s header=%+v dateline=%+v body=%d lang=%s %.2f ref=%v", d.Encoding, d.Header, d.Dateline, d.BodyStart, d.Lang, d.LangScore, d.RefDate(""))
	for _, s := range d.Sentences() {
		q, a, b := d.Quote(s.Start, s.End)
		t.Logf("%v [%d,%d) %q", s, a, b, q)
		for _, m := range FindDates(d.Text[s.Start:s.End], d.Lang, d.RefDate("")) {
			t.Logf("   date %+v %q", m, d.Text[s.Start+m.Start:s.Start+m.End])
		}
	}
}
