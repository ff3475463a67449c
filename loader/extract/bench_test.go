package extract

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"diplograph/loader"
)

// benchCorpus is the dev set plus generated communiqués in the three languages.
func benchCorpus(tb testing.TB) [][]byte {
	docs := devTexts(tb)
	r := rand.New(rand.NewSource(1))
	names := []string{"Karim Alaoui", "Abdou Traoré", "Jane Roe", "Pedro Gómez", "Ken Sato", "Ana Silva", "Arman Seitkali"}
	states := [][3]string{{"malien", "Mali", "ML"}, {"japonais", "Japon", "JP"}, {"sénégalais", "Sénégal", "SN"}, {"kazakh", "Kazakhstan", "KZ"}, {"chilien", "Chili", "CL"}}
	for i := 0; i < 40; i++ {
		a, b := names[r.Intn(len(names))], names[r.Intn(len(names))]
		s := states[r.Intn(len(states))]
		var sb strings.Builder
		fmt.Fprintf(&sb, "RABAT, %d mai (MAP) - Le ministre des Affaires étrangères, %s, a eu un entretien téléphonique avec son homologue %s, %s.\n\n", 1+i%28, a, s[0], b)
		fmt.Fprintf(&sb, "Les deux ministres ont convenu de tenir des consultations politiques. Le %s a réitéré son soutien à l'intégrité territoriale du Royaume et au plan d'autonomie.\n\n", s[1])
		fmt.Fprintf(&sb, "Secretary of State %s spoke with Moroccan Foreign Minister %s about the new consulate in Dakhla.\n\n", a, b)
		fmt.Fprintf(&sb, "El ministro de Asuntos Exteriores, %s, recibió al embajador de %s, %s, en Madrid.\n", b, s[1], a)
		docs = append(docs, []byte(sb.String()))
	}
	return docs
}

func BenchmarkExtract(b *testing.B) {
	benchExtract(b, benchCorpus(b))
}

// benchExtract times the extraction of docs, in bytes per second.
func benchExtract(b *testing.B, docs [][]byte) {
	x := New(Options{})
	ctx := context.Background()
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			if _, err := x.Extract(ctx, loader.TextInput{ID: fmt.Sprint(k), Data: d}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCorpus measures extraction on the communiqués of the folders
// listed in DIPLOGRAPH_BENCH_CORPUS (separated as in PATH; every *.txt of
// each), for throughput on real texts, which the repository does not hold.
// The dev set of BenchmarkExtract is denser in facts than real communiqués
// (every sentence there is a hard case), so it is the slower figure.
// Without the variable the benchmark reads ../shared/seed.
func BenchmarkCorpus(b *testing.B) {
	dirs := filepath.SplitList(os.Getenv("DIPLOGRAPH_BENCH_CORPUS"))
	if len(dirs) == 0 {
		dirs = []string{filepath.Join("..", "..", "..", "shared", "seed")}
	}
	var docs [][]byte
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		b.Skipf("no *.txt in %s (set DIPLOGRAPH_BENCH_CORPUS)", strings.Join(dirs, ", "))
	}
	benchExtract(b, docs)
}

func BenchmarkRepeated(b *testing.B) {
	rep := strings.Repeat("Le ministre des Affaires étrangères, Karim Alaoui, a reçu son homologue malien, Abdou Traoré. ", 2000)
	x := New(Options{})
	b.SetBytes(int64(len(rep)))
	for i := 0; i < b.N; i++ {
		x.Extract(context.Background(), loader.TextInput{ID: "rep", Data: []byte(rep)})
	}
}
