package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNameWordsSame checks nameWords' byte loop against the
// strings.FieldsFunc split it replaces.
func TestNameWordsSame(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoRoot(), "testdata", "dev", "*.txt"))
	ins := []string{"", " ", "J. R. R. Tolkien", "Ould Cheikh Ahmed", "Sergueï Lavrov", "İlham Əliyev", "\xff\xfeX y", "a--b..c"}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			ins = append(ins, l)
			if f := strings.Fields(l); len(f) >= 3 {
				ins = append(ins, strings.Join(f[:3], " "))
			}
		}
	}
	for _, s := range ins {
		want := strings.FieldsFunc(foldString(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
		})
		got := nameWords(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("nameWords(%q) = %q, want %q", s, got, want)
		}
	}
}
