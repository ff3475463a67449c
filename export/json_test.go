package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzJSONString checks the fast JSON string writer against encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `quote " backslash \ slash /`, "ctl \x00\x01\x1f\x7f", "nl\n cr\r tab\t",
		"<&>", "accents éïÂ Қазақстан 中文 😀", "bad utf8 \xff\xfe x", "sep \u2028 \u2029", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		w := newWriter(&buf)
		w.jsonString(s)
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		var got string
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("%q: invalid JSON %s: %v", s, buf.Bytes(), err)
		}
		ref, _ := json.Marshal(s)
		var want string
		if err := json.Unmarshal(ref, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%q: decoded %q, want %q", s, got, want)
		}
	})
}
