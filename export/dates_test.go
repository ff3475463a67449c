package export

import "testing"

func TestSpan(t *testing.T) {
	for _, c := range []struct{ in, start, end string }{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2024-12", "2024-12-01", "2024-12-31"},
		{"2024-05-07", "2024-05-07", "2024-05-07"},
		{"2024-05-07T23:10:00Z", "2024-05-07", "2024-05-07"},
		{"2024-13", "", ""},
		{"2024-02-30", "", ""},
		{"24", "", ""},
		{"2024x", "", ""},
		{"", "", ""},
	} {
		s, sok := spanStart(c.in)
		e, eok := spanEnd(c.in)
		if s != c.start || e != c.end || sok != (c.start != "") || eok != (c.end != "") {
			t.Errorf("span(%q) = %q %v, %q %v; want %q, %q", c.in, s, sok, e, eok, c.start, c.end)
		}
	}
}

func TestDeclareTypes(t *testing.T) {
	lists := [][]prop{
		props(map[string]any{"a": 1, "b": 1, "c": true, "d": "x", "e": []string{"x"}, "f": int64(1) << 40, "g": 1}, nil),
		props(map[string]any{"a": 2, "b": 2.5, "c": false, "d": 3, "f": 2, "g": nil}, nil),
	}
	want := map[string]xmlType{"a": tInt, "b": tDouble, "c": tBool, "d": tString, "e": tString, "f": tLong, "g": tInt}
	got := declare(lists)
	if len(got) != len(want) {
		t.Fatalf("declare: %v", got)
	}
	for _, d := range got {
		if want[d.name] != d.typ {
			t.Errorf("type of %q = %v, want %v", d.name, d.typ, want[d.name])
		}
	}
}
