package extract

import (
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"diplograph/loader"
)

// sharedDir returns <repo root>/../shared, skipping (or failing in CI) when absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dir := filepath.Join(root, "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "eval", "score.py")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared folder %s missing: %v", dir, err)
		}
		t.Skipf("shared folder %s not found (it sits beside the checkout in CI): %v", dir, err)
	}
	return dir
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// devTexts returns the contents of the development set's texts
// (testdata/dev/*.txt); it fails the test when there are none.
// randomJoins calls check on 200,000 strings of 1 to most pieces drawn at
// random (seeded), each piece followed by a space half of the time: the
// random inputs on which the hand-written matchers are checked against
// their regexps.
func randomJoins(seed int64, most int, pieces []string, check func(string)) {
	r := rand.New(rand.NewSource(seed))
	for range 200000 {
		var b strings.Builder
		for range 1 + r.Intn(most) {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(2) == 0 {
				b.WriteString(" ")
			}
		}
		check(b.String())
	}
}

func devTexts(t testing.TB) [][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(repoRoot(), "testdata", "dev", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no dev texts")
	}
	docs := make([][]byte, 0, len(files))
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}

// extractFiles extracts each file and writes the JSON lines to out.
func extractFiles(t testing.TB, files []string, out string) map[string][]byte {
	t.Helper()
	x := New(Options{})
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inputs := map[string][]byte{}
	enc := json.NewEncoder(f)
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		c, err := x.Extract(context.Background(), loader.TextInput{Path: path, ID: id, Data: data})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if err := c.Document.Validate(len(data)); err != nil {
			t.Fatalf("%s: invalid output: %v", path, err)
		}
		for _, r := range c.Relations {
			if len(r.Evidence) == 0 {
				t.Errorf("%s: relation %s %s→%s without evidence", path, r.Type, r.From, r.To)
			}
			for _, ev := range r.Evidence {
				if string(data[ev.Start:ev.End]) != ev.Quote {
					t.Errorf("%s: quote %q != input[%d:%d] %q", path, ev.Quote, ev.Start, ev.End, data[ev.Start:ev.End])
				}
			}
		}
		if err := enc.Encode(c.Document); err != nil {
			t.Fatal(err)
		}
		inputs[id] = data
	}
	return inputs
}

func runScorer(t testing.TB, shared, gold, extracted string, args ...string) string {
	t.Helper()
	cmd := exec.Command("python3", append([]string{filepath.Join(shared, "eval", "score.py"), gold, extracted}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

func TestSeedScoresOne(t *testing.T) {
	shared := sharedDir(t)
	out := filepath.Join(t.TempDir(), "seed.jsonl")
	extractFiles(t, []string{filepath.Join(shared, "seed", "communique.txt")}, out)
	// the seed's gold is gold/seed.json: the doc id must be "seed"
	b, _ := os.ReadFile(out)
	b = []byte(strings.Replace(string(b), `"id":"communique"`, `"id":"seed"`, 1))
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	res := runScorer(t, shared, filepath.Join(shared, "eval", "gold"), out, "--by-doc")
	t.Logf("\n%s", res)
	if !regexp.MustCompile(`micro F1 = 1\.000`).MatchString(res) {
		t.Errorf("seed does not score 1.000:\n%s", res)
	}
}
