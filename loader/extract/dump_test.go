package extract

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"diplograph/loader"
)

// TestDump logs the entities and relations extracted from the file named by
// $DUMP (a debugging aid: DUMP=path go test -run TestDump -v); skipped otherwise.
func TestDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(p)
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "x", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Entities {
		b, _ := json.Marshal(e)
		t.Log(string(b))
	}
	for _, r := range c.Relations {
		r.Evidence = nil
		b, _ := json.Marshal(r)
		t.Log(string(b))
	}
}
