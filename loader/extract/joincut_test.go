package extract

import (
	"slices"
	"testing"
)

// TestJoinCutMentions checks that a mention running from one sentence into
// the next joins the two, and that other sentences stay apart.
func TestJoinCutMentions(t *testing.T) {
	x := &engine{
		sents: []span{{0, 10}, {11, 20}, {21, 30}, {31, 40}},
		ments: []ment{{s: 2, e: 5}, {s: 8, e: 14}, {s: 22, e: 25}, {s: 28, e: 33}, {s: 34, e: 36}},
	}
	x.joinCutMentions()
	want := []span{{0, 20}, {21, 40}}
	if !slices.Equal(x.sents, want) {
		t.Fatalf("sentences %v, want %v", x.sents, want)
	}
	y := &engine{sents: []span{{0, 10}, {11, 20}}, ments: []ment{{s: 2, e: 9}, {s: 12, e: 19}}}
	y.joinCutMentions()
	if len(y.sents) != 2 {
		t.Fatalf("sentences %v joined with no mention across them", y.sents)
	}
}
