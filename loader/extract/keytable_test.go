package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestKeyTable checks that a keyTable gives the lists of its map, in order,
// and nothing for other keys.
func TestKeyTable(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 3, 8, 100, 1000} {
		m := map[uint32][]int{}
		for len(m) < n {
			k := uint32(r.Intn(1<<20)) + 1
			for j := r.Intn(4); j >= 0; j-- {
				m[k] = append(m[k], r.Int())
			}
		}
		tab := newKeyTable(m)
		for k, want := range m {
			if got := tab.get(k); !slices.Equal(got, want) {
				t.Fatalf("%d keys: get(%d) = %v, want %v", n, k, got, want)
			}
		}
		for i := 0; i < 1000; i++ {
			k := uint32(r.Intn(1<<20)) + 1
			if _, ok := m[k]; !ok && tab.get(k) != nil {
				t.Fatalf("%d keys: get(%d) = %v, want nil", n, k, tab.get(k))
			}
		}
	}
}
