package neo4j

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"diplograph"
	"diplograph/loader"
	"diplograph/neo4j/local"
	"diplograph/neo4j/neo4jtest"
)

// newStore returns a store on the test database with an empty graph and the
// schema in place.
func newStore(t *testing.T) (*Store, *neo4jtest.Env) {
	t.Helper()
	env := neo4jtest.Require(t)
	env.Reset(t)
	s := NewStore(env.Driver, Config{Database: env.Database})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	return s, env
}

// sharedFile returns <repo root>/../shared/rel, skipping the test when it is
// absent outside CI (failing it in CI).
func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	root, err := local.FindRepoRoot()
	if err != nil {
		t.Fatalf("repo root: %v", err)
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		if neo4jtest.InCI() {
			t.Fatalf("%s: %v (CI=true: the shared folder must sit beside the checkout)", p, err)
		}
		t.Skipf("%s absent: %v", p, err)
	}
	return p
}

// readFacts reads communiqués with the loader, failing on any bad item.
func readFacts(t *testing.T, paths ...string) []*diplograph.Communique {
	t.Helper()
	var out []*diplograph.Communique
	err := loader.Read(context.Background(), paths, nil, loader.Options{}, func(it loader.Item) error {
		if it.Err != nil {
			t.Fatalf("read: %v", it.Err)
		}
		out = append(out, it.Communique)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWriteSeedSmoke(t *testing.T) {
	s, env := newStore(t)
	ctx := context.Background()
	docs := readFacts(t, sharedFile(t, "eval/example-seed.jsonl"))
	res, err := s.Write(ctx, docs[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", res)
	if res.Status != diplograph.Loaded {
		t.Errorf("status %v", res.Status)
	}
	t.Logf("entities %d rels %d claims %d", env.Count(t, "MATCH (n:Entity) RETURN count(n)", nil),
		env.Count(t, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)", nil),
		env.Count(t, "MATCH (n:Claim) RETURN count(n)", nil))
	res, err = s.Write(ctx, docs[0])
	if err != nil || res.Status != diplograph.Unchanged {
		t.Fatalf("second write: %+v %v", res, err)
	}
}
