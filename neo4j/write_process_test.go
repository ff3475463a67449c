package neo4j

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"diplograph"
	"diplograph/neo4j/neo4jtest"
)

// buildDiplograph builds the diplograph binary into a temporary folder.
func buildDiplograph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "diplograph")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/diplograph")
	cmd.Dir = repoFile(t, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/diplograph: %v\n%s", err, out)
	}
	return bin
}

// writeJSONL writes communiqués as facts JSON Lines.
func writeJSONL(t *testing.T, path string, docs []*diplograph.Communique) {
	t.Helper()
	var b bytes.Buffer
	for _, d := range docs {
		line, err := json.Marshal(d.Document)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

type loadRunOut struct {
	code           int
	stdout, stderr string
	counts         map[string]int // loaded, unchanged, replaced, failed
}

var summaryRE = regexp.MustCompile(`documents: (\d+) loaded, (\d+) unchanged, (\d+) replaced, (\d+) failed; created (\d+) nodes and (\d+) relationships`)

func runLoadCmd(t *testing.T, env *neo4jtest.Env, bin string, args ...string) loadRunOut {
	cmd := exec.Command(bin, append([]string{"load"}, args...)...)
	cmd.Env = append(os.Environ(), "NEO4J_URI="+env.URI, "NEO4J_USERNAME="+env.Username, "NEO4J_PASSWORD="+env.Password,
		"NEO4J_DATABASE="+env.Database)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	out := loadRunOut{stdout: stdout.String(), stderr: stderr.String(), counts: map[string]int{}}
	if ee, ok := err.(*exec.ExitError); ok {
		out.code = ee.ExitCode()
	} else if err != nil {
		t.Errorf("running %s: %v", bin, err)
		out.code = -1
	}
	if m := summaryRE.FindStringSubmatch(out.stdout); m != nil {
		for i, k := range []string{"loaded", "unchanged", "replaced", "failed", "nodes", "relationships"} {
			out.counts[k], _ = strconv.Atoi(m[i+1])
		}
	} else {
		t.Errorf("no summary line in the output of load %v:\nstdout: %s\nstderr: %s", args, out.stdout, out.stderr)
	}
	return out
}

// TestLoadCommand runs `diplograph load` as a user would: two processes at
// once on overlapping inputs (no duplicates, neither fails), then a bad
// file among good ones (one error line per bad input, exit status 1, the
// good ones loaded).
func TestLoadCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	_, env := newStore(t)
	bin := buildDiplograph(t)
	dir := t.TempDir()
	docs := synthDocs(90, 12, "proc", 5)
	first, second := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	writeJSONL(t, first, docs[:60])
	rev := append([]*diplograph.Communique(nil), docs[30:]...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	writeJSONL(t, second, rev)

	var wg sync.WaitGroup
	outs := make([]loadRunOut, 2)
	for i, args := range [][]string{{"--batch", "100", first}, {"--batch", "300", second}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = runLoadCmd(t, env, bin, args...)
		}()
	}
	wg.Wait()
	for i, o := range outs {
		if o.code != 0 || o.counts["failed"] != 0 {
			t.Errorf("process %d: exit %d\nstdout: %s\nstderr: %s", i, o.code, o.stdout, o.stderr)
		}
	}
	if l, u := outs[0].counts["loaded"]+outs[1].counts["loaded"], outs[0].counts["unchanged"]+outs[1].counts["unchanged"]; l != 90 || u != 30 {
		t.Errorf("%d loaded and %d unchanged in all, want 90 and 30", l, u)
	}
	checkNoDuplicates(t, env)
	if n := env.Count(t, "MATCH (c:Communique) RETURN count(c)", nil); n != 90 {
		t.Errorf("%d communiqués, want 90", n)
	}
	nodes := env.Count(t, "MATCH (n) RETURN count(n)", nil)
	rels := env.Count(t, "MATCH ()-[r]->() RETURN count(r)", nil)
	if c := outs[0].counts["nodes"] + outs[1].counts["nodes"]; int64(c) != nodes {
		t.Errorf("the processes report %d nodes created; the graph has %d", c, nodes)
	}
	if c := outs[0].counts["relationships"] + outs[1].counts["relationships"]; int64(c) != rels {
		t.Errorf("the processes report %d relationships created; the graph has %d", c, rels)
	}

	// Same again: everything unchanged.
	o := runLoadCmd(t, env, bin, first, second)
	if o.code != 0 || o.counts["unchanged"] != 120 || o.counts["nodes"] != 0 {
		t.Errorf("reload: exit %d, %v\n%s", o.code, o.counts, o.stderr)
	}

	// A bad file among good ones.
	env.Reset(t)
	facts := repoFile(t, "testdata/facts")
	o = runLoadCmd(t, env, bin, "--progress", "none", filepath.Join(facts, "good.jsonl"), filepath.Join(facts, "bad.jsonl"),
		filepath.Join(facts, "empty.jsonl"), filepath.Join(facts, "latin1.jsonl"), filepath.Join(facts, "missing.jsonl"))
	if o.code != 1 {
		t.Errorf("exit status %d with bad inputs, want 1", o.code)
	}
	if o.counts["loaded"] != 4 || o.counts["failed"] != 7 {
		t.Errorf("counts %v, want 4 loaded and 7 failed", o.counts)
	}
	var errLines []string
	for _, l := range strings.Split(strings.TrimSpace(o.stderr), "\n") {
		if strings.HasPrefix(l, "error: ") {
			errLines = append(errLines, l)
		}
	}
	want := []string{
		"bad.jsonl:2: decode: invalid: not valid JSON",
		`bad.jsonl:3: validate: invalid: relation 2 (SUPPORTS): to "position:x" is not an entity of the document`,
		`bad.jsonl:4: validate: invalid: entity 2 ("river:nile"): unknown entity type "River"`,
		`bad.jsonl:5: validate: invalid: relation 1: unknown relation type "LIKES"`,
		"empty.jsonl: load: invalid: empty file",
		"latin1.jsonl:1: decode: invalid: not valid UTF-8",
		"missing.jsonl: load: not found",
	}
	if len(errLines) != len(want) {
		t.Fatalf("error lines:\n%s\nwant %d", strings.Join(errLines, "\n"), len(want))
	}
	for i, w := range want {
		if !strings.Contains(errLines[i], w) {
			t.Errorf("error line %q, want it to contain %q", errLines[i], w)
		}
	}
	if n := env.Count(t, "MATCH (c:Communique) RETURN count(c)", nil); n != 4 {
		t.Errorf("%d communiqués in the graph, want the 4 good ones", n)
	}
	if !strings.Contains(o.stderr, "diplograph load: 7 of 11 documents failed") {
		t.Errorf("no final error in stderr:\n%s", o.stderr)
	}
}
