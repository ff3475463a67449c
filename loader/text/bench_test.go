package text

import (
	"strings"
	"testing"
)

// benchText is a realistic mix of our three test communiqués, repeated to
// about 1 MiB.
func benchText() []byte {
	unit := frDoc + "\n\n" + enDoc + "\n\n" + esDoc + "\n\n"
	return []byte(strings.Repeat(unit, (1<<20)/len(unit)+1))
}

func BenchmarkDecode(b *testing.B) {
	data := benchText()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	data := benchText()
	d, err := Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		splitSentences(d.Text, d.BodyStart)
	}
}

// BenchmarkDecodeSentences measures the whole text layer as the extractor
// uses it.
func BenchmarkDecodeSentences(b *testing.B) {
	data := benchText()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		_ = d.Sentences()
	}
}

func BenchmarkFindDates(b *testing.B) {
	data := benchText()
	d, err := Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		FindDates(d.Text, "fr", Date{2021, 4, 23})
	}
}

func BenchmarkRejectHuge(b *testing.B) {
	data := make([]byte, 50<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err == nil {
			b.Fatal("50 MB accepted")
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	d, err := Decode(benchText())
	if err != nil {
		b.Fatal(err)
	}
	s := sample(d.Text, 16<<10)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		DetectLang(s)
	}
}
